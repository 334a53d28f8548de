"""GET /api/v1/documents/<symbol>/aligned/?langs=...: the alignment table."""

import pytest

from documents.api.serializers import BAD_LANGUAGE_LIST
from documents.selectors import MISSING_LANGUAGES
from tests.api.conftest import EN, ZH

URL = "/api/v1/documents/A/RES/76/1/aligned/"


def test_aligned_rows_for_two_languages(api, small_resolution):
    response = api.get(URL, {"langs": "zh,en"})
    assert response.status_code == 200
    data = response.json()
    assert data["symbol"] == "A/RES/76/1"
    assert data["languages"] == ["zh", "en"]
    assert data["pivot"] == "en"
    assert len(data["rows"]) == len(EN)
    row = data["rows"][3]
    assert row["anchor"] == "op-1"
    assert [p["text"] for p in row["cells"]["en"]] == [EN[3][2]]
    assert [p["text"] for p in row["cells"]["zh"]] == [ZH[3][2]]
    assert 0 <= row["confidence"]["zh"] <= 1
    assert row["checked"] == {"zh": False}


def test_aligned_one_language_and_default(api, small_resolution):
    assert api.get(URL, {"langs": "zh"}).json()["languages"] == ["zh"]
    assert api.get(URL).json()["languages"] == ["en", "zh"]


@pytest.mark.parametrize(
    "langs, message",
    [
        ("en,xx", "langs: " + BAD_LANGUAGE_LIST.format(low=1, high=6)),
        ("en,fr", "langs: " + MISSING_LANGUAGES.format(symbol="A/RES/76/1", codes="fr")),
    ],
)
def test_aligned_bad_langs_is_a_400(api, small_resolution, langs, message):
    response = api.get(URL, {"langs": langs})
    assert response.status_code == 400
    assert response.json()["detail"] == message


def test_aligned_unknown_symbol_is_a_404(api, db):
    assert api.get("/api/v1/documents/A/RES/1/1/aligned/").status_code == 404


def test_aligned_etag_and_304(api, small_resolution, make_version):
    etag = api.get(URL, {"langs": "en,zh"})["ETag"]
    assert api.get(URL, {"langs": "en,zh"}, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert api.get(URL, {"langs": "zh"})["ETag"] != etag


def test_aligned_en_ar_shows_the_merge(api, corpus):
    """The Arabic A/RES/75/16 holds the English 4th and 5th preambular
    paragraphs in one: one row, two en paragraphs against one ar."""
    data = api.get("/api/v1/documents/A/RES/75/16/aligned/", {"langs": "en,ar"}).json()
    merges = [r for r in data["rows"] if len(r["cells"]["en"]) == 2 and len(r["cells"]["ar"]) == 1]
    assert any(
        [p["anchor"] for p in r["cells"]["en"]] == ["pp-4", "pp-5"] for r in merges
    ), [(r["anchor"], r["cells"]) for r in merges]
    with_zh = api.get("/api/v1/documents/A/RES/75/16/aligned/", {"langs": "en,zh"}).json()
    anchors = [[p["anchor"] for p in r["cells"]["en"]] for r in with_zh["rows"]]
    assert ["pp-4"] in anchors and ["pp-5"] in anchors


def _long(n, lang):
    texts = EN if lang == "en" else ZH
    return texts[:3] + [("operative", str(k), f"{texts[3][2]} {k}") for k in range(1, n + 1)]


def test_aligned_query_count_is_constant(api, make_version, django_assert_max_num_queries):
    """Short vs long document, one vs three languages: the same number of queries."""
    for lang in ("en", "zh", "fr"):
        make_version("A/RES/93/1", lang, _long(2, "en" if lang != "zh" else "zh"))
        make_version("A/RES/93/2", lang, _long(200, "en" if lang != "zh" else "zh"))
    with django_assert_max_num_queries(20) as baseline:
        api.get("/api/v1/documents/A/RES/93/1/aligned/", {"langs": "en"})
    limit = len(baseline.captured_queries)
    for symbol in ("A/RES/93/1", "A/RES/93/2"):
        for langs in ("en", "en,zh,fr"):
            with django_assert_max_num_queries(limit):
                response = api.get(f"/api/v1/documents/{symbol}/aligned/", {"langs": langs})
            assert response.status_code == 200
    assert len(response.json()["rows"]) == 203


def test_the_table_is_built_with_the_collector_paused(api, small_resolution, monkeypatch):
    import gc

    from documents.api import views
    from tests.web.helpers import collector_states

    seen = collector_states(monkeypatch, views, "aligned_table")
    assert api.get(URL, {"langs": "zh,en"}).status_code == 200
    assert seen == [False]
    assert gc.isenabled()
