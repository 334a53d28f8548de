"""Long documents are read a page of rows at a time: the first page opens at
once, the others are linked, and an anchor or "go to paragraph" lands on the
page that holds its row."""

from __future__ import annotations

import re

import pytest

from documents.web import pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def long_document(make_version, monkeypatch):
    monkeypatch.setattr(pages, "ROWS_PER_PAGE", 4)
    paragraphs = [("preambular", "", f"Recalling report {n},") for n in range(1, 4)] + [
        ("operative", str(n), f"Decides point {n};") for n in range(1, 8)
    ]  # 10 rows: pp-1..3, op-1..7 -> pages of 4, 4 and 2 rows
    make_version("A/RES/7/7", "en", paragraphs)
    return make_version("A/RES/7/7", "fr", [(k, n, t.replace("Decides", "Décide"))
                                            for k, n, t in paragraphs]).document


def row_ids(html: str) -> list[str]:
    return re.findall(r'<div class="row [^"]*" id="([^"]+)"', html)


def test_the_first_page_holds_the_first_rows_and_links_the_others(client, long_document):
    html = client.get("/A/RES/7/7/?langs=en,fr").content.decode()
    assert row_ids(html) == ["pp-1", "pp-2", "pp-3", "op-1"]
    assert 'href="/A/RES/7/7/?langs=en,fr&amp;page=2"' in html
    assert 'href="/A/RES/7/7/?langs=en,fr&amp;page=3"' in html


def test_a_later_page_holds_its_rows(client, long_document):
    html = client.get("/A/RES/7/7/?langs=en,fr&page=3").content.decode()
    assert row_ids(html) == ["op-6", "op-7"]
    assert 'id="fr-op-7"' in html


def test_go_to_paragraph_lands_on_the_page_of_its_row(client, long_document):
    response = client.get("/A/RES/7/7/?langs=en,fr&go=6")
    assert response.status_code == 302
    assert response["Location"] == "/A/RES/7/7/?langs=en,fr&page=3#op-6"
    on_page = client.get("/A/RES/7/7/?langs=en,fr&page=3").content.decode()
    assert 'id="op-6"' in on_page
    first = client.get("/A/RES/7/7/?langs=en,fr&go=pp-2")
    assert first["Location"] == "/A/RES/7/7/?langs=en,fr#pp-2"


def test_contents_link_rows_on_other_pages_with_their_page(client, long_document):
    html = client.get("/A/RES/7/7/?langs=en,fr").content.decode()
    assert 'href="#op-1"' in html  # on this page
    assert 'href="/A/RES/7/7/?langs=en,fr&amp;page=2#op-2"' in html
    assert 'href="/A/RES/7/7/?langs=en,fr&amp;page=3#op-7"' in html


def test_row_permalinks_of_a_paged_document_find_their_page(client, long_document):
    html = client.get("/A/RES/7/7/?langs=en,fr&page=2").content.decode()
    assert "/A/RES/7/7/?go=op-2" in html


def test_a_page_beyond_the_last_shows_the_last(client, long_document):
    html = client.get("/A/RES/7/7/?langs=en,fr&page=99").content.decode()
    assert row_ids(html) == ["op-6", "op-7"]


def test_a_short_document_is_one_page_without_page_links(client, long_document, monkeypatch):
    monkeypatch.setattr(pages, "ROWS_PER_PAGE", 1000)
    html = client.get("/A/RES/7/7/?langs=en,fr").content.decode()
    assert len(row_ids(html)) == 10
    assert "row-pages" not in html
