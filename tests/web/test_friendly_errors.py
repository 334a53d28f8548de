"""Friendly errors: a symbol printed another way opens the document (one
redirect to the stored form), an unknown one gets a 404 page in the site's
layout with a search box and the closest symbols, and languages a document
lacks are a notice above it rather than an error page."""

from __future__ import annotations

import pytest

from .helpers import parse_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "printed",
    ["/a/res/75/16/", "/A/Res/75/16/", "/A/RES/75/%2016/", "/A/RES/75/16%20/",
     "/a%EF%BC%8Fres%EF%BC%8F75%EF%BC%8F16/"],  # full-width slashes
)
def test_a_symbol_printed_another_way_redirects_to_the_stored_one(client, sample_corpus, printed):
    response = client.get(f"{printed}?langs=en,ar")
    assert response.status_code == 301
    assert response["Location"] == "/A/RES/75/16/?langs=en,ar"
    assert client.get(response["Location"]).status_code == 200


def test_the_library_and_the_reading_view_agree_on_lower_case(client, sample_corpus):
    assert "A/RES/75/16" in client.get("/?q=a/res/75/16").content.decode()
    assert client.get("/a/res/75/16/", follow=True).status_code == 200


def test_an_unknown_symbol_gets_the_404_page_with_the_closest_symbols(client, sample_corpus):
    response = client.get("/A/RES/75/17/")
    assert response.status_code == 404
    html = response.content.decode()
    page = parse_page(html)
    assert [t for t, _ in page.elements].count("h1") == 1
    assert 'class="site-header"' in html  # the site's layout
    assert "A/RES/75/17" in html
    suggestions = [a["href"] for t, a in page.elements
                   if t == "a" and "ref-local" in (a.get("class") or "")]
    assert suggestions[0] == "/A/RES/75/16/"
    search = [a for t, a in page.elements if t == "form" and a.get("role") == "search"]
    assert search and search[0]["action"] == "/"


def test_a_404_escapes_what_was_asked(client, sample_corpus):
    html = client.get("/A/RES/<script>alert(1)</script>/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_a_nul_or_nonsense_is_a_404_without_suggestions(client, sample_corpus):
    assert client.get("/A/RES/75%00/16/").status_code == 404
    response = client.get("/nothing-here/")
    assert response.status_code == 404
    assert "Closest documents" not in response.content.decode()


def test_langs_in_capitals_are_accepted(client, sample_corpus):
    response = client.get("/A/RES/75/16/?langs=EN,Ar")
    assert response.status_code == 200
    heads = parse_page(response.content.decode()).with_class("colhead")
    assert [a["lang"] for _, a in heads] == ["en", "ar"]


def test_a_language_the_document_lacks_shows_the_document_with_a_notice(client, sample_corpus):
    response = client.get("/A/RES/75/16/?langs=fr")
    assert response.status_code == 200
    html = response.content.decode()
    assert "A/RES/75/16 has no version in French; shown: English, Arabic, Chinese." in html
    assert parse_page(html).with_class("row")


def test_go_to_paragraph_redirects_to_the_row_or_says_there_is_none(client, sample_corpus):
    response = client.get("/A/RES/75/16/", {"langs": "en,zh,ar", "go": "5"})
    assert response.status_code == 302
    assert response["Location"] == "/A/RES/75/16/?langs=en,zh,ar#op-5"
    response = client.get("/A/RES/75/16/", {"langs": "en", "go": "pp 4"})
    assert response["Location"] == "/A/RES/75/16/?langs=en#pp-4"
    missing = client.get("/A/RES/75/16/", {"langs": "en", "go": "99"})
    assert missing.status_code == 200
    assert "A/RES/75/16 has no paragraph “99”." in missing.content.decode()
