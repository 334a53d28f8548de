"""Inline markup: source markup becomes spans; HTML is built safely."""

import bleach
import pytest
from hypothesis import given
from hypothesis import strategies as st

from documents.ingest.markup import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_PROTOCOLS,
    ALLOWED_TAGS,
    Span,
    clean_html,
    parse_inline,
    render_html,
)
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


# -- the last fence: what bleach would give, without bleach's cost -------------------

HOSTILE = st.text(alphabet=st.sampled_from(list("ab <>&\"'=/:;#\u00a0é世ا")), max_size=40)


def _bleached(fragment: str) -> str:
    return bleach.clean(
        fragment, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS, strip=False,
    )  # fmt: skip


@given(
    plain=HOSTILE,
    marker=st.text(alphabet=st.sampled_from(list('1a*"<>&')), min_size=1, max_size=3),
    symbol=st.text(alphabet=st.sampled_from(list("A/RES7\"<>&' ")), min_size=1, max_size=8),
    data=st.data(),
)
def test_render_html_gives_what_bleach_would(plain, marker, symbol, data):
    length = len(plain)
    offset = data.draw(st.integers(0, length))
    end = data.draw(st.integers(offset, length))
    spans = [Span(0, end, "em"), Span(offset, length, "strong")]
    html = render_html(
        plain, spans, footnote_refs=[FootnoteRefData(marker, offset)],
        references=[ReferenceData(symbol, plain[offset:end], offset)],
    )  # fmt: skip
    assert html == _bleached(html)


@pytest.mark.parametrize(
    "fragment",
    [
        '<a href="javascript:alert(1)">x</a>',
        '<a class="ref" data-symbol="x" href="http://evil.example/">x</a>',
        '<sup class="fnref" onclick="x()">1</sup>',
        "<script>alert(1)</script>",
        '<em>a</em><img src=x onerror="y()">',
        "<em>an emphasis never closed",
        "</em>a closing tag never opened",
    ],
)
def test_anything_but_the_renderers_own_tags_goes_through_bleach(fragment):
    assert clean_html(fragment) == _bleached(fragment) != fragment
