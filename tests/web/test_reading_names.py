"""One name per paragraph on the page: a row is labelled with every pivot
paragraph it holds ("pp-4–5"), and a paragraph of another column is called
by its row's label wherever the page names it (footnote backlinks,
citations), its id staying its own anchor (``#ar-pp-6``)."""

from __future__ import annotations

import re

import pytest

from documents.web.pages import anchor_range, citation, go_to_anchor, paragraph_number

from .helpers import parse_page


def row_of(page, element_id: str) -> str:
    """The id of the row an element stands in."""
    row = ""
    for _tag, attributes in page.elements:
        if "row" in (attributes.get("class") or "").split():
            row = attributes["id"]
        if attributes.get("id") == element_id:
            return row
    raise AssertionError(f"no element #{element_id}")


@pytest.mark.parametrize(
    ("anchors", "label"),
    [
        (["pp-4"], "pp-4"),
        (["pp-4", "pp-5"], "pp-4–5"),
        (["pp-4", "pp-5", "pp-6"], "pp-4–6"),
        (["op-5-a", "op-5-b"], "op-5-a–b"),
        (["pp-9", "op-1"], "pp-9, op-1"),
        (["pp-2", "pp-4"], "pp-2, pp-4"),
        (["title"], "title"),
        (["annex-op-3", "annex-op-4"], "annex-op-3–4"),
    ],
)
def test_anchor_range_names_every_paragraph_of_a_row(anchors, label):
    assert anchor_range(anchors) == label


@pytest.mark.parametrize(
    ("anchor", "number"),
    [("op-5", "5"), ("op-5-a", "5 (a)"), ("op-5-a-ii", "5 (a) (ii)"), ("pp-4", "4"),
     ("annex-op-3", "3"), ("annex-ii-op-3-b", "3 (b)"), ("title", ""), ("turn-2", "")],
)
def test_paragraph_numbers_as_citations_print_them(anchor, number):
    assert paragraph_number(anchor) == number


def _p(kind, anchor, speaker=None):
    return {"kind": kind, "anchor": anchor, "speaker": speaker}


@pytest.mark.parametrize(
    ("paragraphs", "text"),
    [
        ([_p("operative", "op-5")], "A/RES/75/16, para. 5"),
        ([_p("sub_paragraph", "op-5-a")], "A/RES/75/16, para. 5 (a)"),
        ([_p("preambular", "pp-4"), _p("preambular", "pp-5")],
         "A/RES/75/16, preambular paras. 4–5"),
        ([_p("annex_paragraph", "annex-op-3")], "A/RES/75/16, annex, para. 3"),
        ([_p("title", "title")], "A/RES/75/16"),
        ([], "A/RES/75/16"),
    ],
)
def test_a_row_is_cited_as_readers_cite_it(paragraphs, text):
    assert citation("A/RES/75/16", paragraphs) == text


@pytest.mark.parametrize(
    ("asked", "anchor"),
    [("5", "op-5"), ("op-5", "op-5"), ("para. 5", "op-5"), ("5 (a)", "op-5-a"),
     ("5a", "op-5-a"), ("pp 3", "pp-3"), ("PP-3", "pp-3"), ("annex 2", "annex-op-2"),
     ("title", "title"), ("99", ""), ("", ""), ("<script>", "")],
)
def test_go_to_paragraph_reads_what_readers_type(asked, anchor):
    anchors = ["title", "pp-3", "op-5", "op-5-a", "annex-op-2"]
    assert go_to_anchor(asked, anchors) == anchor


@pytest.mark.django_db
def test_the_merged_arabic_row_is_labelled_with_both_english_paragraphs(client, sample_corpus):
    html = client.get("/A/RES/75/16/?langs=en,ar").content.decode()
    page = parse_page(html)
    links = {a["href"]: a for _, a in page.with_class("row-link")}
    assert ">pp-4–5</a>" in html
    assert "pp-4–5" in links["#pp-4"]["aria-label"]
    assert row_of(page, "pp-5") == "pp-4"  # the alias lands in the merged row
    assert row_of(page, "en-pp-5") == "pp-4" and row_of(page, "ar-pp-4") == "pp-4"


@pytest.mark.django_db
def test_with_english_and_chinese_the_two_paragraphs_stay_two_rows(client, sample_corpus):
    html = client.get("/A/RES/75/16/?langs=en,zh").content.decode()
    assert "pp-4–5" not in html
    page = parse_page(html)
    assert row_of(page, "zh-pp-5") == "pp-5"


@pytest.mark.django_db
def test_an_arabic_backlink_names_the_row_that_shows_its_paragraph(client, sample_corpus):
    """The Arabic sixth preambular paragraph stands in row pp-7 (after the
    merge): its note's way back says pp-7 and leads into that row."""
    html = client.get("/A/RES/75/16/?langs=en,ar").content.decode()
    page = parse_page(html)
    assert row_of(page, "ar-pp-6") == "pp-7"
    arabic_backlinks = [a for _, a in page.with_class("backlink") if a["href"].startswith("#ar-")]
    into_pp_6 = [a for a in arabic_backlinks if a["href"].startswith("#ar-fnref-pp-6-")]
    assert into_pp_6
    for link in into_pp_6:
        assert row_of(page, link["href"][1:]) == "pp-7"
        assert link["aria-label"].endswith("paragraph pp-7")
    assert "↩ pp-6<" not in html
    assert "↩ pp-7<" in html


@pytest.mark.django_db
def test_every_row_has_a_citation_with_its_permalink(client, sample_corpus):
    html = client.get("/A/RES/75/16/?langs=en,zh,ar").content.decode()
    citations = copied_citations(html)
    assert "A/RES/75/16, para. 5, http://testserver/A/RES/75/16/#op-5" in citations
    # the Arabic merge holds pp-4 and pp-5 in one row whenever Arabic is shown
    assert "A/RES/75/16, preambular paras. 4–5, http://testserver/A/RES/75/16/#pp-4" in citations
    # without JavaScript the citation is text and a link, in a <details>
    assert '<a class="citation-link" href="http://testserver/A/RES/75/16/#op-5">' in html
    apart = client.get("/A/RES/75/16/?langs=en,zh").content.decode()
    assert "A/RES/75/16, preambular para. 5, http://testserver/A/RES/75/16/#pp-5" in \
        copied_citations(apart)


def copied_citations(html: str) -> set[str]:
    """What "Copy" copies for each citation on the page (reading.js): its
    text, a comma, its permalink."""
    return {f"{text}, {href}" for text, href in re.findall(
        r'<span class="citation-text">([^<]*)</span>, <a class="citation-link" href="([^"]*)">',
        html)}
