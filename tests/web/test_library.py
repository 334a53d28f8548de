"""The library: filters, search, pagination, titles in the reader's language."""

from __future__ import annotations

import datetime
import re

import pytest

from documents.models import Document, Version
from documents.web.views import LIBRARY_PAGE_SIZE

pytestmark = pytest.mark.django_db


def _symbol_texts(html: str) -> list[str]:
    return re.findall(r'<span class="symbol">([^<]+)</span>', html)


@pytest.fixture
def library(make_version):
    make_version("A/RES/75/1", "en", [("operative", "1", "Decides;")],
                 session=75, date=datetime.date(2020, 9, 21))
    make_version("A/RES/75/1", "zh", [("operative", "1", "决定；")])
    make_version("S/PRST/2013/16", "fr", [("other", "", "Le Conseil...")],
                 kind="presidential_statement", body="SC", date=datetime.date(2013, 10, 28))
    make_version("S/PV.7050", "zh", [("other", "", "主席：会议开始")],
                 kind="verbatim_record", body="SC", meeting_number=7050,
                 date=datetime.date(2013, 10, 28))
    Version.objects.filter(document__symbol="A/RES/75/1", language="en").update(
        title="Declaration on the seventy-fifth anniversary")
    Version.objects.filter(document__symbol="A/RES/75/1", language="zh").update(
        title="纪念联合国成立七十五周年宣言")


def test_lists_every_published_document(client, library):
    response = client.get("/")
    assert response.status_code == 200
    assert sorted(_symbol_texts(response.content.decode())) == [
        "A/RES/75/1", "S/PRST/2013/16", "S/PV.7050"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"body": "SC"}, ["S/PRST/2013/16", "S/PV.7050"]),
        ({"kind": "verbatim_record"}, ["S/PV.7050"]),
        ({"session": "75"}, ["A/RES/75/1"]),
        ({"session": "2013"}, ["S/PRST/2013/16", "S/PV.7050"]),
        ({"language": "zh"}, ["A/RES/75/1", "S/PV.7050"]),
        ({"q": "anniversary"}, ["A/RES/75/1"]),
        ({"q": "PRST"}, ["S/PRST/2013/16"]),
        ({"body": "SC", "language": "fr"}, ["S/PRST/2013/16"]),
        ({"q": "nothing like this"}, []),
        ({"session": "0000"}, []),  # no year 0 (PostgreSQL refuses it: was a 500)
    ],
)
def test_filters(client, library, query, expected):
    response = client.get("/", query)
    assert sorted(_symbol_texts(response.content.decode())) == expected
    if not expected:
        assert "No document matches" in response.content.decode()


def test_title_in_the_readers_language(client, library):
    html = client.get(
        "/", {"q": "A/RES/75/1"}, HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9"
    ).content.decode()
    assert "纪念联合国成立七十五周年宣言" in html
    html = client.get("/", {"q": "A/RES/75/1", "ui": "en"},
                      HTTP_ACCEPT_LANGUAGE="zh-CN").content.decode()
    assert "Declaration on the seventy-fifth anniversary" in html
    html = client.get("/", {"q": "A/RES/75/1", "ui": "ru"}).content.decode()
    assert "Declaration on the seventy-fifth anniversary" in html  # falls back to the pivot


def test_drafts_are_not_listed(client, make_version):
    make_version("A/RES/1/9", "en", [("operative", "1", "Decides;")], status="draft")
    assert _symbol_texts(client.get("/").content.decode()) == []


def test_pagination_keeps_the_filters(client, make_version):
    total = LIBRARY_PAGE_SIZE + 5
    for n in range(total):
        make_version(f"A/RES/10/{n}", "en", [("operative", "1", "Decides;")])
    make_version("S/RES/1", "en", [("operative", "1", "Decides;")], body="SC")
    first = client.get("/", {"body": "GA"})
    html = first.content.decode()
    assert len(_symbol_texts(html)) == LIBRARY_PAGE_SIZE
    assert f"{total} documents" in html
    assert "Page 1 of 2" in html
    assert 'href="?body=GA&amp;page=2"' in html
    second = client.get("/", {"body": "GA", "page": 2})
    assert len(_symbol_texts(second.content.decode())) == 5
    assert not set(_symbol_texts(html)) & set(_symbol_texts(second.content.decode()))
    assert client.get("/", {"page": "999"}).status_code == 200
    assert client.get("/", {"page": "x"}).status_code == 200
    assert Document.objects.count() == total + 1


@pytest.mark.parametrize("name", ["q", "body", "kind", "session", "language"])
def test_nul_characters_in_filters_are_not_a_500(client, library, name):
    response = client.get("/", {name: "\x00A/RES"})
    assert response.status_code == 200


def test_a_non_ascii_digit_session_is_not_a_500(client, library):
    response = client.get("/", {"session": "²"})
    assert response.status_code == 200
    assert "No document matches" in response.content.decode()


def test_a_nul_in_the_symbol_is_a_404(client, library):
    assert client.get("/A/RES%00/75/1/").status_code == 404
