"""Navigation and output on the reading view: the table of contents, the
official PDFs of each language, the exports, and the record's meeting
header (attendance once, speakers as printed, agenda documents linked)."""

from __future__ import annotations

import pytest

from .helpers import parse_page

pytestmark = pytest.mark.django_db


def links(html, cls):
    page = parse_page(html)
    return [a for t, a in page.elements if t == "a" and cls in (a.get("class") or "").split()] \
        if cls else []


def hrefs_in(html, start_marker, end_marker="</details>"):
    part = html[html.index(start_marker):]
    part = part[: part.index(end_marker)]
    return [a.get("href") for t, a in parse_page(part).elements if t == "a"]


def test_the_contents_lead_to_title_preamble_and_each_operative_paragraph(client, sample_corpus):
    html = client.get("/A/RES/75/16/?langs=en,zh,ar").content.decode()
    targets = hrefs_in(html, '<details class="menu toc"')
    assert targets[:2] == ["#title", "#intro"]
    assert [f"#op-{n}" for n in range(1, 27)] == [t for t in targets if t.startswith("#op-")]
    ids = set(parse_page(html).ids)
    assert all(t[1:] in ids for t in targets)


def test_annex_headings_are_in_the_contents(client, make_version):
    make_version("A/RES/80/3", "en", [
        ("preambular", "", "Recalling its resolutions,"),
        ("operative", "1", "Adopts the Declaration annexed to the present resolution;"),
        ("annex_heading", "", "Awaza Political Declaration"),
        ("annex_paragraph", "", "We, the Heads of State,"),
    ])
    html = client.get("/A/RES/80/3/").content.decode()
    toc = html[html.index('<details class="menu toc"'):]
    assert "Awaza Political Declaration" in toc[: toc.index("</details>")]


def test_the_record_contents_list_its_speakers(client, sample_corpus):
    html = client.get("/S/PV.7050/").content.decode()
    toc = html[html.index('<details class="menu toc"'):]
    toc = toc[: toc.index("</details>")]
    assert "Speakers" in toc and "主席（阿塞拜疆）" in toc and 'href="#turn-1"' in toc


def test_each_language_links_to_its_official_pdf(client, sample_corpus):
    html = client.get("/A/RES/75/16/?langs=en").content.decode()
    targets = hrefs_in(html, '<details class="menu pdfs"')
    for code in ("ar", "zh", "en"):
        assert f"https://undocs.org/{code}/A/RES/75/16" in targets
        assert f"https://documents.un.org/api/symbol/access?s=A/RES/75/16&l={code}&t=pdf" \
            in targets
    assert "English PDF on undocs.org" in html


def test_the_download_menu_offers_the_exports_of_the_languages_shown(client, sample_corpus):
    html = client.get("/A/RES/75/16/?langs=zh,ar").content.decode()
    targets = hrefs_in(html, '<details class="menu downloads"')
    assert targets == [f"/api/v1/documents/A/RES/75/16/export/?format={f}&langs=zh,ar"
                       for f in ("tmx", "jsonl", "txt")]
    for target in targets:
        assert client.get(target).status_code == 200
    # one column: every language of the document, since an export needs two
    single = client.get("/A/RES/75/16/?langs=ar").content.decode()
    assert "/export/?format=tmx&amp;langs=ar,zh,en" in single
    # a document in one language has nothing to export
    assert '<details class="menu downloads"' not in client.get("/S/PV.7050/").content.decode()


def test_the_page_title_carries_the_document_title(client, sample_corpus):
    html = client.get("/A/RES/75/16/?langs=en,ar").content.decode()
    assert ("<title>A/RES/75/16 — Cooperation between the United Nations and the "
            "Organization of Islamic Cooperation · Concord</title>") in html


def test_the_record_prints_attendance_once(client, sample_corpus):
    html = client.get("/S/PV.7050/").content.decode()
    page = parse_page(html)
    assert not page.with_class("kind-attendance")  # the printed lines with dot leaders
    assert "....." not in html
    assert page.with_class("members") and "斯奎福女士" in html


def test_speakers_are_printed_with_their_delegation_and_no_doubled_parentheses(
    client, sample_corpus
):
    html = client.get("/S/PV.7050/").content.decode()
    assert "主席（阿塞拜疆）" in html
    assert "(President)" not in html and ") (" not in html.replace("> (", ">")
    assert '<span class="speaker-name">伊赫桑诺格鲁先生（伊斯兰合作组织）</span>' in html


def test_agenda_documents_are_linked(client, sample_corpus):
    html = client.get("/S/PV.7050/").content.decode()
    agenda = html[html.index('<ol class="agenda">'):]
    agenda = agenda[: agenda.index("</ol>")]
    assert '<a class="ref" href="https://undocs.org/S/2013/588">S/2013/588</a>' in agenda


def test_an_agenda_document_in_the_corpus_opens_its_reading_view(client, sample_corpus,
                                                                 make_version):
    make_version("S/2013/588", "zh", [("other", "", "信")], kind="other")
    from documents.models import Document, Reference

    Reference.objects.filter(symbol="S/2013/588").update(
        target=Document.objects.get(symbol="S/2013/588"))
    html = client.get("/S/PV.7050/").content.decode()
    agenda = html[html.index('<ol class="agenda">'):]
    assert 'href="/S/2013/588/">S/2013/588</a>' in agenda[: agenda.index("</ol>")]
