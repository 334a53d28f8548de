"""Inline markup: source markup becomes spans; HTML is built safely."""

from documents.ingest.markup import Span, parse_inline, render_html
from documents.ingest.types import FootnoteRefData, ReferenceData


def test_emphasis_strong_and_links_are_stripped_to_plain_text_with_spans():
    plain, spans = parse_inline("1. *Takes note* of **the** [report](#);")
    assert plain == "1. Takes note of the report;"
    assert Span(3, 13, "em") in spans
    assert Span(17, 20, "strong") in spans


def test_unmatched_or_spaced_asterisks_stay_literal():
    assert parse_inline("a * b * c")[0] == "a * b * c"
    assert parse_inline("price 5*")[0] == "price 5*"


def test_wholly_italic_paragraph_keeps_its_number_in_plain_text():
    plain, spans = parse_inline("*1. Takes note of the report;*")
    assert plain.startswith("1. Takes")
    assert spans == [Span(0, len(plain), "em")]


def test_footnote_mark_rendered_at_offset_outside_the_plain_text():
    html = render_html("report,", footnote_refs=[FootnoteRefData("2", 7)])
    assert html == 'report,<sup class="fnref"><a href="#fn-2">2</a></sup>'


def test_reference_rendered_as_link_to_undocs():
    plain = "resolution 72/74 of 2017"
    html = render_html(plain, references=[ReferenceData("A/RES/72/74", "72/74", 11)])
    assert (
        'resolution <a class="ref" data-symbol="A/RES/72/74" '
        'href="https://undocs.org/A/RES/72/74">72/74</a> of 2017'
    ) == html


def test_overlapping_reference_and_emphasis_stay_well_formed():
    plain, spans = parse_inline("see *Official Records* now")
    html = render_html(plain, spans, references=[ReferenceData("A/1", "Records now", 13)])
    assert html.count("<em>") == html.count("</em>")
    assert html.count("<a ") == html.count("</a>") == 1


def test_script_and_html_in_source_are_escaped_not_executed():
    source = '<script>alert(1)</script> <b onclick="x()">bold</b> *it*'
    plain, spans = parse_inline(source)
    assert "<script>" in plain  # kept as text
    html = render_html(plain, spans)
    assert "<script" not in html and "<b " not in html
    assert "&lt;script&gt;" in html and "<em>it</em>" in html
