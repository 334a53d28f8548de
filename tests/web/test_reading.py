"""The reading view: aligned columns, merges, omissions, footnotes,
citations, permalinks, errors."""

from __future__ import annotations

import pytest

from documents.models import Footnote, FootnoteRef, Paragraph

from .helpers import parse_page

pytestmark = pytest.mark.django_db


def get(client, url, **headers):
    response = client.get(url, **headers)
    return response, response.content.decode()


def test_three_columns_in_the_order_asked_with_arabic_right_to_left(client, resolution):
    response, html = get(client, "/A/RES/1/1/?langs=zh,en,ar")
    assert response.status_code == 200
    page = parse_page(html)
    heads = page.with_class("colhead")
    assert [a["lang"] for _, a in heads] == ["zh", "en", "ar"]
    cells = page.with_class("cell")
    assert {a["lang"]: a["dir"] for _, a in cells} == {"zh": "ltr", "en": "ltr", "ar": "rtl"}
    assert "cols-3" in html


def test_a_merge_is_one_cell_against_two_and_an_omission_an_empty_cell(client, resolution):
    _, html = get(client, "/A/RES/1/1/?langs=en,ar")
    page = parse_page(html)
    merges = page.with_class("is-merge")
    assert [a["lang"] for _, a in merges] == ["ar"]
    assert "one paragraph for 2 in other versions" in html
    # the merged row is named after its first pivot paragraph; #pp-3 still lands in it
    assert "pp-2" in page.ids and "pp-3" in page.ids
    assert html.count("not in this version") == 1  # op-2 in Arabic
    empty = page.with_class("is-empty")
    assert [a["lang"] for _, a in empty] == ["ar"]


def test_every_paragraph_has_a_per_language_permalink(client, resolution):
    _, html = get(client, "/A/RES/1/1/?langs=en,zh")
    page = parse_page(html)
    for anchor in ("pp-1", "pp-2", "pp-3", "op-1", "op-2", "op-3"):
        assert f"en-{anchor}" in page.ids and f"zh-{anchor}" in page.ids
        assert anchor in page.ids  # the row, in every column
        assert f"en-{anchor}" in page.fragment_links


def test_rows_say_whether_checked_or_automatic_and_mark_weak_links(client, resolution):
    from alignment.models import Link

    arabic = resolution.versions.get(language="ar")
    link = Link.objects.filter(version=arabic, other_first__anchor="op-1").get()
    link.checked = True
    link.save()
    Link.objects.filter(version=arabic, other_first__anchor="op-3").update(confidence=0.2)
    _, html = get(client, "/A/RES/1/1/?langs=en,ar&confidence=show")
    page = parse_page(html)
    rows = {a["id"]: a["class"].split() for _, a in page.with_class("row")}
    assert "status-checked" in rows["op-1"]
    assert "status-automatic" in rows["op-3"] and "is-weak" in rows["op-3"]
    assert "weak ar" in html


def test_no_languages_asked_shows_the_pivot_first(client, resolution):
    response, html = get(client, "/A/RES/1/1/")
    assert response.status_code == 200
    heads = parse_page(html).with_class("colhead")
    assert heads[0][1]["lang"] == "en"


def test_the_picker_accepts_one_select_per_column(client, resolution):
    response, html = get(client, "/A/RES/1/1/?langs=ar&langs=&langs=zh")
    assert response.status_code == 200
    heads = parse_page(html).with_class("colhead")
    assert [a["lang"] for _, a in heads] == ["ar", "zh"]


def test_unknown_symbol_is_404(client, resolution):
    assert client.get("/A/RES/999/1/").status_code == 404
    assert client.get("/nothing-here/").status_code == 404


def test_a_document_without_published_versions_is_404(client, make_version):
    make_version("A/RES/2/2", "en", [("operative", "1", "Decides;")], status="draft")
    assert client.get("/A/RES/2/2/").status_code == 404


@pytest.mark.parametrize(
    ("langs", "message", "shown"),
    [
        ("en,xx", "Not a language of the United Nations: xx.", ["en"]),
        ("en,fr", "A/RES/1/1 has no version in French; shown: English.", ["en"]),
        ("fr", "A/RES/1/1 has no version in French; shown: English, Arabic, Chinese.",
         ["en", "ar", "zh"]),
    ],
)
def test_languages_the_document_lacks_are_left_out_with_a_notice(
    client, resolution, langs, message, shown
):
    """The document is shown all the same, with a notice saying what is not."""
    response, html = get(client, f"/A/RES/1/1/?langs={langs}")
    assert response.status_code == 200
    assert message in html
    assert 'class="notice" role="status"' in html
    heads = parse_page(html).with_class("colhead")
    assert [a["lang"] for _, a in heads] == shown


def test_more_than_three_languages_shows_the_first_three(client, resolution, make_version):
    make_version("A/RES/1/1", "fr", [("operative", "1", "Prend note;")])
    response, html = get(client, "/A/RES/1/1/?langs=en,zh,ar,fr")
    assert response.status_code == 200
    assert "At most 3 languages can be read side by side" in html
    heads = parse_page(html).with_class("colhead")
    assert [a["lang"] for _, a in heads] == ["en", "zh", "ar"]


def _add_footnote(version, marker, paragraph_anchor, text="Note text."):
    paragraph = Paragraph.objects.get(version=version, anchor=paragraph_anchor)
    footnote = Footnote.objects.create(
        version=version, order=Footnote.objects.filter(version=version).count() + 1,
        marker=marker, text=text, html=text,
    )
    FootnoteRef.objects.create(paragraph=paragraph, footnote=footnote, offset=5)
    paragraph.html = (
        paragraph.html[:5] + f'<sup class="fnref"><a href="#fn-{marker}">{marker}</a></sup>'
        + paragraph.html[5:]
    )
    paragraph.save()
    return footnote


def test_footnote_marks_and_notes_link_to_each_other_per_column(client, resolution):
    english = resolution.versions.get(language="en")
    chinese = resolution.versions.get(language="zh")
    _add_footnote(english, "1", "pp-1")
    _add_footnote(chinese, "1", "pp-1", "注。")
    _, html = get(client, "/A/RES/1/1/?langs=en,zh")
    page = parse_page(html)
    assert "en-fn-1" in page.ids and "zh-fn-1" in page.ids
    assert "en-fnref-pp-1-1" in page.ids and "zh-fnref-pp-1-1" in page.ids
    assert "en-fn-1" in page.fragment_links and "en-fnref-pp-1-1" in page.fragment_links
    assert "#fn-1" not in html  # the parser's column-less link is rewritten


def test_citations_to_the_corpus_open_its_reading_view(client, resolution, make_version):
    make_version("A/RES/70/1", "en", [("operative", "1", "Adopts the Agenda;")])
    english = resolution.versions.get(language="en")
    paragraph = Paragraph.objects.get(version=english, anchor="pp-1")
    paragraph.html = (
        'Recalling its resolution <a class="ref" data-symbol="A/RES/70/1" '
        'href="https://undocs.org/A/RES/70/1">70/1</a> and <a class="ref" '
        'data-symbol="A/RES/69/313" href="https://undocs.org/A/RES/69/313">69/313</a>,'
    )
    paragraph.save()
    from documents.models import Document, Reference

    Reference.objects.create(version=english, paragraph=paragraph, symbol="A/RES/70/1",
                             text="70/1", target=Document.objects.get(symbol="A/RES/70/1"))
    Reference.objects.create(version=english, paragraph=paragraph, symbol="A/RES/69/313",
                             text="69/313")
    _, html = get(client, "/A/RES/1/1/?langs=en")
    assert 'href="/A/RES/70/1/"' in html
    assert 'href="https://undocs.org/A/RES/69/313"' in html
    _, cited = get(client, "/A/RES/70/1/")
    assert 'href="/A/RES/1/1/"' in cited  # "cited by"


def test_every_in_page_link_has_its_target(client, resolution):
    english = resolution.versions.get(language="en")
    _add_footnote(english, "1", "op-2")
    _add_footnote(english, "2", "op-2")
    for langs in ("en", "en,ar", "ar,zh,en"):
        _, html = get(client, f"/A/RES/1/1/?langs={langs}")
        page = parse_page(html)
        assert len(page.ids) == len(set(page.ids)), "ids are unique"
        missing = set(page.fragment_links) - set(page.ids)
        assert not missing, f"{langs}: links without target {missing}"


def test_a_mark_without_its_note_is_not_a_dead_link(client, resolution):
    english = resolution.versions.get(language="en")
    paragraph = Paragraph.objects.get(version=english, anchor="op-1")
    paragraph.html += '<sup class="fnref"><a href="#fn-9">9</a></sup>'
    paragraph.save()
    _, html = get(client, "/A/RES/1/1/?langs=en")
    page = parse_page(html)
    assert not set(page.fragment_links) - set(page.ids)
    assert '<sup class="fnref" id="en-fnref-op-1-9">9</sup>' in html


def test_sample_resolution_links_and_merge(client, sample_corpus):
    """A/RES/75/16 as ingested: the Arabic fourth preambular paragraph is
    one cell against the English fourth and fifth; no dead in-page link."""
    response, html = get(client, "/A/RES/75/16/?langs=en,zh,ar")
    assert response.status_code == 200
    page = parse_page(html)
    assert not set(page.fragment_links) - set(page.ids)
    assert len(page.ids) == len(set(page.ids))
    assert "pp-4" in page.ids and "pp-5" in page.ids
    assert any(a["lang"] == "ar" for _, a in page.with_class("is-merge"))
    assert page.with_class("note")


def test_sample_record_shows_meeting_and_speaker_index(client, sample_corpus):
    response, html = get(client, "/S/PV.7050/")
    assert response.status_code == 200
    page = parse_page(html)
    assert "Meeting" in html and "provisional record" in html
    assert page.with_class("speaker-index")
    assert page.with_class("speaker")
    assert "spoke in English" in html  # language names in the page's own words
    assert "President" in html and page.with_class("members")
    assert not set(page.fragment_links) - set(page.ids)
    # the President (Azerbaijan) spoke once in a national capacity
    assert html.count("(also in national capacity)") == 1


def test_the_agenda_item_is_isolated_in_an_arabic_interface(client, sample_corpus):
    """"130 (b)" in a right-to-left page must not read "(b) 130": isolated,
    it takes its own direction (left to right for "130 (b)", right to left
    for an Arabic version's "130 (ب)")."""
    html = client.get("/A/RES/75/16/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert '<dd><bdi>130 (b)</bdi></dd>' in html
