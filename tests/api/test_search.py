"""GET /api/v1/search/?q=&lang=: paragraph hits with their aligned paragraphs."""

import pytest

from tests.api.conftest import EN, ZH

URL = "/api/v1/search/"


def test_search_hits_carry_the_aligned_paragraphs(api, small_resolution):
    response = api.get(URL, {"q": "appreciation of the REPORT;", "page_size": 200})
    assert response.status_code == 200
    (hit,) = [h for h in response.json()["results"] if h["symbol"] == "A/RES/76/1"]
    assert hit["symbol"] == "A/RES/76/1" and hit["language"] == "en"
    assert hit["paragraph"]["anchor"] == "op-1"
    assert [p["text"] for p in hit["aligned"]["zh"]] == [ZH[3][2]]
    assert hit["url"] == "/A/RES/76/1/?langs=en#en-op-1"


def test_search_from_a_non_pivot_language(api, small_resolution):
    data = api.get(URL, {"q": "秘书长的报告，", "lang": "zh", "page_size": 200}).json()
    (hit,) = [h for h in data["results"] if h["symbol"] == "A/RES/76/1"]
    assert hit["language"] == "zh"
    assert [p["text"] for p in hit["aligned"]["en"]] == [EN[2][2]]


def test_search_language_filter(api, small_resolution):
    assert api.get(URL, {"q": "年第74/4号", "lang": "zh"}).json()["count"] == 1
    assert api.get(URL, {"q": "年第74/4号", "lang": "en"}).json()["count"] == 0


def test_search_shows_a_merge_from_the_merged_side(api, corpus):
    """An Arabic paragraph holding two English ones is aligned with both."""
    table = api.get("/api/v1/documents/A/RES/75/16/aligned/", {"langs": "en,ar"}).json()
    merged = next(r for r in table["rows"] if len(r["cells"]["en"]) == 2)
    arabic = merged["cells"]["ar"][0]["text"]
    words = arabic.split()
    query = " ".join(words[1:4])
    hits = api.get(URL, {"q": query, "lang": "ar"}).json()["results"]
    hit = next(h for h in hits if h["paragraph"]["id"] == merged["cells"]["ar"][0]["id"])
    assert [p["anchor"] for p in hit["aligned"]["en"]] == [
        p["anchor"] for p in merged["cells"]["en"]
    ]


def test_search_is_paginated(api, make_version):
    make_version("A/RES/95/1", "en", [("operative", str(n), f"Zebra {n};") for n in range(1, 8)])
    first = api.get(URL, {"q": "zebra", "page_size": 5}).json()
    assert first["count"] == 7 and len(first["results"]) == 5 and first["next"]


@pytest.mark.parametrize(
    "params, detail",
    [
        ({}, "q: This field is required."),
        ({"q": "a"}, "q: Ensure this field has at least 2 characters."),
        ({"q": "report", "lang": "de"}, 'lang: "de" is not a valid choice.'),
        ({"q": "re\x00port"}, "q: Null characters are not allowed."),
    ],
)
def test_search_bad_parameters_are_400s(api, db, params, detail):
    response = api.get(URL, params)
    assert response.status_code == 400
    assert response.json()["detail"] == detail


def test_search_query_count_is_constant(api, make_version, django_assert_max_num_queries):
    """Few hits in two languages vs a full page of hits in three."""
    make_version("A/RES/96/1", "en", [("operative", "1", "Quokka;")])
    make_version("A/RES/96/1", "zh", [("operative", "1", "短尾矮袋鼠；")])
    with django_assert_max_num_queries(10) as baseline:
        api.get(URL, {"q": "quokka"})
    for lang in ("en", "zh", "fr"):
        make_version("A/RES/96/2", lang, [("operative", str(n), f"Quokka {n};")
                                          for n in range(1, 60)])
    with django_assert_max_num_queries(len(baseline.captured_queries)):
        data = api.get(URL, {"q": "quokka"}).json()
    assert len(data["results"]) == 50
    assert set(data["results"][-1]["aligned"]) == {"fr", "zh"}
