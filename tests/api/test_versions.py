"""GET /api/v1/documents/<symbol>/<lang>/: one language version."""

import pytest

from documents.api.views import UNKNOWN_DOCUMENT, UNKNOWN_VERSION
from tests.api.conftest import EN, ZH


def test_version_shows_paragraphs_footnotes_and_warnings(api, small_resolution):
    response = api.get("/api/v1/documents/A/RES/76/1/zh/")
    assert response.status_code == 200
    data = response.json()
    assert data["language"] == "zh"
    assert [p["anchor"] for p in data["paragraphs"]] == ["p-1", "pp-1", "pp-2", "op-1", "op-2"]
    paragraph = data["paragraphs"][3]
    assert set(paragraph) == {"id", "anchor", "kind", "number", "text", "html",
                              "footnote_refs", "speaker"}
    assert paragraph["kind"] == "operative" and paragraph["number"] == "1"
    assert data["footnotes"] == [] and data["warnings"] == []
    assert data["speakers"] == [] and data["meeting"] is None


def test_version_of_a_record_shows_speakers_and_meeting(api, corpus):
    data = api.get("/api/v1/documents/S/PV.7050/zh/").json()
    assert data["meeting"]["number"] == 7050
    assert data["meeting"]["attendance"]
    assert len(data["speakers"]) > 5
    turns = [p for p in data["paragraphs"] if p["kind"] == "speaker_turn"]
    assert turns and turns[0]["speaker"]["turn"] >= 1


def test_version_footnotes_carry_their_marks(api, corpus):
    data = api.get("/api/v1/documents/A/RES/75/16/en/").json()
    assert data["footnotes"]
    marked = [p for p in data["paragraphs"] if p["footnote_refs"]]
    assert marked
    assert marked[0]["footnote_refs"][0]["marker"] in {f["marker"] for f in data["footnotes"]}


@pytest.mark.parametrize(
    "url, message",
    [
        ("/api/v1/documents/A/RES/76/1/fr/",
         UNKNOWN_VERSION.format(symbol="A/RES/76/1", language="fr")),
        ("/api/v1/documents/A/RES/99/1/en/",
         UNKNOWN_VERSION.format(symbol="A/RES/99/1", language="en")),
        # not one of the six codes: read as part of a symbol, which is unknown
        ("/api/v1/documents/A/RES/76/1/de/", UNKNOWN_DOCUMENT.format(symbol="A/RES/76/1/de")),
    ],
)
def test_unknown_version_or_language_is_a_404(api, small_resolution, url, message):
    response = api.get(url)
    assert response.status_code == 404
    assert response.json() == {"detail": message}


def test_draft_version_is_not_shown(api, make_version):
    make_version("A/RES/76/3", "en", EN, status="draft")
    assert api.get("/api/v1/documents/A/RES/76/3/en/").status_code == 404


def test_version_etag_and_304(api, small_resolution):
    url = "/api/v1/documents/A/RES/76/1/en/"
    etag = api.get(url)["ETag"]
    assert api.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert api.get("/api/v1/documents/A/RES/76/1/zh/")["ETag"] != etag


def test_version_query_count_is_constant(api, make_version, django_assert_max_num_queries):
    make_version("A/RES/92/1", "en", EN[:2])
    with django_assert_max_num_queries(8) as short:
        api.get("/api/v1/documents/A/RES/92/1/en/")
    long_text = [("operative", str(n), f"Paragraph {n} of a long text.") for n in range(1, 301)]
    make_version("A/RES/92/2", "en", long_text)
    with django_assert_max_num_queries(len(short.captured_queries)):
        data = api.get("/api/v1/documents/A/RES/92/2/en/").json()
    assert len(data["paragraphs"]) == 300


def test_symbol_with_a_dot_and_no_language(api, make_version):
    make_version("S/PV.7813", "en", ZH[:1], kind="verbatim_record")
    assert api.get("/api/v1/documents/S/PV.7813/en/").status_code == 200
    assert api.get("/api/v1/documents/S/PV.7813/").json()["symbol"] == "S/PV.7813"
