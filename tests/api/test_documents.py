"""GET /api/v1/documents/ and /api/v1/documents/<symbol>/."""

import pytest

from config.throttling import QUERIES_PER_REQUEST
from documents.api.views import UNKNOWN_DOCUMENT
from tests.api.conftest import EN, ZH

LIST = "/api/v1/documents/"


@pytest.fixture
def library(make_version):
    make_version("A/RES/76/1", "en", EN, session=76, date="2021-09-14")
    make_version("A/RES/76/1", "zh", ZH, session=76, date="2021-09-14")
    make_version("S/PRST/2013/16", "fr", EN[:2], kind="presidential_statement", body="SC",
                 date="2013-10-28")
    make_version("A/RES/76/2", "en", EN, session=76, status="draft")


def symbols(response):
    return [d["symbol"] for d in response.json()["results"]]


def test_list_shows_published_documents_with_their_languages(api, library):
    response = api.get(LIST, {"q": "A/RES/76/"})
    assert response.status_code == 200
    (document,) = response.json()["results"]
    assert document["symbol"] == "A/RES/76/1"
    assert document["languages"] == ["en", "zh"]
    assert document["titles"]["zh"] == "A/RES/76/1 zh"
    assert document["url"] == "/api/v1/documents/A/RES/76/1/"


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"kind": "presidential_statement"}, ["S/PRST/2013/16"]),
        ({"body": "sc"}, ["S/PRST/2013/16"]),
        ({"session": "76"}, ["A/RES/76/1"]),
        ({"session": "2013"}, ["S/PRST/2013/16"]),
        ({"language": "zh", "q": "76"}, ["A/RES/76/1"]),
        ({"language": "fr"}, ["S/PRST/2013/16"]),
        ({"q": "prst"}, ["S/PRST/2013/16"]),
    ],
)
def test_list_filters(api, library, params, expected):
    """(The shipped corpus may be loaded too: only this test's documents count.)"""
    mine = {"A/RES/76/1", "A/RES/76/2", "S/PRST/2013/16"}
    assert [s for s in symbols(api.get(LIST, params)) if s in mine] == expected


def test_list_orders_by_symbol_and_date(api, library):
    wanted = {"A/RES/76/1", "S/PRST/2013/16"}
    by_symbol = [s for s in symbols(api.get(LIST, {"ordering": "-symbol"})) if s in wanted]
    assert by_symbol == ["S/PRST/2013/16", "A/RES/76/1"]
    by_date = [s for s in symbols(api.get(LIST, {"ordering": "date"})) if s in wanted]
    assert by_date == ["S/PRST/2013/16", "A/RES/76/1"]


def test_list_is_paginated(api, make_version):
    for n in range(3):
        make_version(f"A/RES/90/{n}", "en", EN[:1], session=90)
    first = api.get(LIST, {"session": "90", "page_size": 2, "ordering": "symbol"}).json()
    assert first["count"] == 3
    assert [d["symbol"] for d in first["results"]] == ["A/RES/90/0", "A/RES/90/1"]
    assert "page=2" in first["next"]
    second = api.get(LIST, {"session": "90", "page_size": 2, "page": 2, "ordering": "symbol"})
    assert symbols(second) == ["A/RES/90/2"]


def test_list_bad_filter_is_a_400_with_detail(api, db):
    response = api.get(LIST, {"kind": "novel"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("kind: ")


def test_list_page_out_of_range_is_a_404(api, db):
    response = api.get(LIST, {"page": 999})
    assert response.status_code == 404
    assert "detail" in response.json()


def test_list_query_count_is_constant(api, make_version, django_assert_max_num_queries):
    make_version("A/RES/91/1", "en", EN, session=91)
    with django_assert_max_num_queries(3 + QUERIES_PER_REQUEST):
        api.get(LIST, {"session": "91"})
    for n in range(2, 12):
        make_version(f"A/RES/91/{n}", "en", EN, session=91)
        make_version(f"A/RES/91/{n}", "zh", ZH, session=91)
    with django_assert_max_num_queries(3 + QUERIES_PER_REQUEST):
        assert api.get(LIST, {"session": "91"}).json()["count"] == 11


def test_detail_shows_versions(api, library):
    response = api.get("/api/v1/documents/A/RES/76/1/")
    assert response.status_code == 200
    data = response.json()
    assert data["symbol"] == "A/RES/76/1"
    assert [v["language"] for v in data["versions"]] == ["en", "zh"]
    assert data["versions"][0]["paragraphs"] == len(EN)
    assert data["versions"][1]["url"] == "/api/v1/documents/A/RES/76/1/zh/"


def test_detail_shows_references_out_and_in(api, make_version):
    from documents.models import Reference

    cited = make_version("A/RES/74/4", "en", EN[:2], session=74)
    citing = make_version("A/RES/76/1", "en", EN, session=76)
    paragraph = citing.paragraphs.get(anchor="pp-1")
    Reference.objects.create(version=citing, paragraph=paragraph, symbol="A/RES/74/4",
                             text="resolution 74/4", target=cited.document)
    Reference.objects.create(version=citing, paragraph=paragraph, symbol="A/75/1",
                             text="A/75/1")
    out = api.get("/api/v1/documents/A/RES/76/1/").json()["references"]
    assert {"symbol": "A/RES/74/4", "text": "resolution 74/4", "language": "en",
            "target": "A/RES/74/4"} in out
    assert {"symbol": "A/75/1", "text": "A/75/1", "language": "en", "target": None} in out
    cited_by = api.get("/api/v1/documents/A/RES/74/4/").json()["cited_by"]
    assert cited_by == [{"symbol": "A/RES/76/1", "languages": ["en"]}]


def test_detail_of_unknown_or_unpublished_document_is_a_404(api, library):
    for symbol in ["A/RES/99/99", "A/RES/76/2"]:
        response = api.get(f"/api/v1/documents/{symbol}/")
        assert response.status_code == 404
        assert response.json() == {"detail": UNKNOWN_DOCUMENT.format(symbol=symbol)}


def test_detail_sends_an_etag_and_answers_304(api, library):
    url = "/api/v1/documents/A/RES/76/1/"
    first = api.get(url)
    etag = first["ETag"]
    assert etag.startswith('"')
    again = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert api.get(url, HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_detail_etag_changes_when_a_version_changes(api, library, make_version):
    url = "/api/v1/documents/A/RES/76/1/"
    etag = api.get(url)["ETag"]
    make_version("A/RES/76/1", "fr", EN)
    assert api.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200
    assert api.get(url)["ETag"] != etag


def test_a_session_that_is_not_a_number_is_a_400(api, db):
    from documents.api.filters import SESSION_FORMAT

    response = api.get("/api/v1/documents/", {"session": "abc"})
    assert response.status_code == 400
    assert SESSION_FORMAT in response.content.decode()
