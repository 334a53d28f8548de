"""GET /api/v1/search/?q=&lang=: paragraph hits, ranked, with their aligned
paragraphs; filters, concordance, and the database search while the index
is missing. Each test has an index of its own that ``make_version`` and
``corpus`` keep up to date, as the services do (``own_search_index``,
tests/conftest.py)."""

import pytest

from documents.api.serializers import SEARCH_TOO_SHORT
from documents.search import index_version
from tests.api.conftest import EN, ZH

pytestmark = pytest.mark.usefixtures("own_search_index")

URL = "/api/v1/search/"


@pytest.fixture
def corpus(corpus, search_index):
    search_index()
    return corpus


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
    # the row of the reading view that shows it: named after both
    assert hit["row_anchors"] == [p["anchor"] for p in merged["cells"]["en"]]


def test_search_is_paginated(api, make_version):
    make_version("A/RES/95/1", "en", [("operative", str(n), f"Zebra {n};") for n in range(1, 8)])
    first = api.get(URL, {"q": "zebra", "page_size": 5}).json()
    assert first["count"] == 7 and len(first["results"]) == 5 and first["next"]


@pytest.mark.parametrize(
    "params, detail",
    [
        ({}, "q: This field is required."),
        ({"q": "a"}, f"q: {SEARCH_TOO_SHORT}"),
        ({"q": "report", "mode": "kwic"}, 'mode: "kwic" is not a valid choice.'),
        ({"q": "report", "session": "seventy"}, "session: This value does not match the "
                                                "required pattern."),
        ({"q": "report", "session": "0000"}, "session: This value does not match the "
                                             "required pattern."),
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
    for hit in data["results"]:
        if hit["symbol"] == "A/RES/96/2":
            assert set(hit["aligned"]) == {"en", "fr", "zh"} - {hit["language"]}


# Normalisation: Arabic letter variants and harakat, spaces, CJK without spaces,
# Latin accents, document symbols.

ARABIC = "تعاون منظمة الأمم المتحدة ومنظمة التعاون الإسلامي؛"


def count(api, q, **params):
    response = api.get(URL, {"q": q, "page_size": 200, **params})
    assert response.status_code == 200
    return response.json()["count"]


@pytest.mark.parametrize(
    "query",
    ["الاسلامي", "الإسلامي", "منظمه التعاون", "الامم المتحده", "الإسْلامـي", "ٱلأمم"],
)
def test_arabic_without_hamza_harakat_or_tatweel(api, make_version, query):
    make_version("A/RES/97/1", "ar", [("operative", "1", ARABIC)])
    assert count(api, query, lang="ar") == 1
    assert count(api, "المسيحي", lang="ar") == 0


def test_arabic_text_with_harakat_and_alif_maqsura(api, make_version):
    make_version("A/RES/97/2", "ar", [("operative", "1", "إِنَّ الْمُسْتَشْفَى الإسْلامـيّ")])
    assert count(api, "المستشفي الاسلامي") == 1


@pytest.mark.parametrize(
    "query", ["Islamic  Cooperation", "  Islamic Cooperation ", "islamic\tcooperation"]
)
def test_spaces_and_line_breaks_are_one_space(api, make_version, query):
    text = "the Organisation of Islamic\nCooperation;"
    make_version("A/RES/97/3", "en", [("operative", "1", text)])
    assert count(api, query) == 1
    assert count(api, "IslamicCooperation") == 0


@pytest.mark.parametrize("query, text", [
    ("伊斯兰 合作", "与伊斯兰合作组织的合作"),
    ("伊斯兰合作", "与伊斯兰 合作组织的合作"),
    ("第 72/74 号决议", "回顾其第72/74号决议，"),
])
def test_chinese_ignores_spaces(api, make_version, query, text):
    make_version("A/RES/97/4", "zh", [("preambular", "", text)])
    assert count(api, query, lang="zh") == 1


def test_case_and_latin_accents_are_ignored(api, make_version):
    make_version("A/RES/97/5", "fr", [("operative", "1", "Prie la Côte d'Ivoire ÉGALEMENT;")])
    for query in ("Côte d'Ivoire", "cote d'ivoire", "COTE D'IVOIRE", "également"):
        assert count(api, query) == 1, query


@pytest.fixture
def citing(make_version):
    """A/RES/98/1 whose first paragraph cites A/RES/72/74 (as a Reference)
    and whose second writes the symbol out; the third cites nothing."""
    from documents.models import Reference

    version = make_version("A/RES/98/1", "en", [
        ("preambular", "", "Recalling its resolution 72/74 of 4 December 2017,"),
        ("preambular", "", "Having considered document A/RES/72/74 and Corr.1,"),
        ("operative", "1", "Decides to remain seized of the matter."),
    ])
    first = version.paragraphs.get(order=1)
    Reference.objects.create(version=version, paragraph=first, symbol="A/RES/72/74", text="72/74",
                             offset=first.text.index("72/74"))
    index_version(version)  # the service stores references before it indexes
    return version


def test_a_symbol_finds_the_paragraphs_citing_it(api, citing):
    hits = api.get(URL, {"q": "A/RES/72/74"}).json()["results"]
    assert sorted(h["paragraph"]["anchor"] for h in hits) == ["pp-1", "pp-2"]
    assert count(api, "a/res/72/74") == 2
    assert count(api, "resolution 72/74") == 2  # a short citation: the symbol it cites
    assert count(api, "A/RES/72/7") == 0  # a symbol is an exact term


def test_the_database_search_matches_symbols_as_text(api, no_search_index, citing):
    assert count(api, "A/RES/72/7") == 1
    assert count(api, "resolution 72/74") == 1


def test_a_symbol_as_printed_finds_the_paragraphs_citing_its_stored_form(api, make_version):
    """"S/RES/2532 (2020)" (with its space) is the symbol the references
    store as "S/RES/2532(2020)" (documents.ingest.symbols)."""
    from documents.models import Reference

    version = make_version("A/RES/98/2", "en", [
        ("preambular", "", "Recalling Security Council resolution 2532 (2020),"),
    ])  # fmt: skip
    Reference.objects.create(
        version=version, paragraph=version.paragraphs.get(order=1),
        symbol="S/RES/2532(2020)", text="2532 (2020)", offset=38,
    )  # fmt: skip
    index_version(version)
    for query in ("S/RES/2532 (2020)", "S/RES/2532(2020)", "s/res/2532 (2020)"):
        assert count(api, query) == 1, query
    (hit,) = api.get(URL, {"q": "S/RES/2532 (2020)"}).json()["results"]
    assert hit["highlights"] == [[38, 49]]  # "2532 (2020)", where the reference is


@pytest.mark.django_db
def test_search_paragraphs_drops_nul_and_empty_queries():
    from documents.search import search_paragraphs

    assert list(search_paragraphs("\x00\x00")) == []
    assert list(search_paragraphs("\u064e\u0640 ")) == []  # nothing left to look for


@pytest.mark.django_db
def test_search_paragraphs_strips_nul_characters(make_version):
    from documents.search import search_paragraphs

    make_version("A/RES/97/6", "en", [("operative", "1", "A report;")])
    assert search_paragraphs("re\x00port").count() == 1


TRICKY = [
    "  Organisation of  Islamic\r\n\tCooperation\u00a0\u3000end  ",
    "الإِسْلامـيّ أَمْ إِلَى ٱلْمَدْرَسَةِ",
    "伊斯兰 合作 组织 A B 2015 年 9 月 ，决议 ",
    "Côte d'Ivoire, ÉGALITÉ, São Tomé, Ñandú, Ålesund, Łódź, straße",
    "zero\u200bwidth\u00adsoft",
]


def test_the_database_normalises_as_python_does(make_version):
    """The two sides of the comparison come from one table: check they agree."""
    from django.db.models import F

    from documents.search import normalise, normalised

    version = make_version("A/RES/97/7", "en", [("operative", "", t) for t in TRICKY])
    rows = version.paragraphs.annotate(folded=normalised(F("text"))).order_by("order")
    for row in rows:
        assert row.folded.strip() == normalise(row.text), row.text


@pytest.mark.parametrize("text, q, marked", [
    ("the Islamic\n Cooperation;", "islamic  cooperation", ["Islamic\n Cooperation"]),
    ("منظمة التعاون الإسلامي", "الاسلامي", ["الإسلامي"]),
    ("与伊斯兰 合作组织", "伊斯兰合作", ["伊斯兰 合作"]),
    ("Côte d'Ivoire and cote", "COTE", ["Côte", "cote"]),
    ("nothing here", "zebra", []),
])
def test_match_spans_locate_normalised_matches(text, q, marked):
    from documents.search import match_spans

    assert [text[a:b] for a, b in match_spans(text, q)] == marked


# The index's answers: ranking, highlights, filters, grouping, concordance;
# the database's while the index is missing.


def test_hits_are_ranked_with_highlights_a_snippet_and_their_documents_count(api, make_version):
    make_version("A/RES/99/1", "en", [
        ("preambular", "", "Recalling the wombats of the world and other animals,"),
        ("operative", "1", "Welcomes wombats;"),
    ])  # fmt: skip
    data = api.get(URL, {"q": "Wombat"}).json()
    assert data["engine"] == "index" and data["notice"] == ""
    first, second = data["results"]
    assert first["paragraph"]["anchor"] == "op-1" and first["score"] > second["score"]
    assert first["highlights"] == [[9, 16]] and first["snippet"]["highlights"] == [[9, 16]]
    assert first["document_hits"] == 2 and first["line"] is None


def test_the_count_of_a_very_common_phrase_says_it_is_an_estimate(api, make_version,
                                                                  monkeypatch):
    from documents.searchindex import engine

    make_version("A/RES/99/4", "en", [("operative", str(n), f"Welcomes the zebra crossing {n};")
                                      for n in range(1, 6)])
    assert api.get(URL, {"q": '"zebra crossing"'}).json()["count_exact"] is True
    monkeypatch.setattr(engine, "RELAXED_FROM", 0)  # every phrase is very common
    monkeypatch.setattr(engine, "CANDIDATES", 2)
    data = api.get(URL, {"q": '"the zebra crossing"'}).json()
    assert data["count_exact"] is False and data["count"] == 5
    # a page longer than the candidates checked is read with the exact query
    assert [h["paragraph"]["anchor"] for h in data["results"]] == [f"op-{n}" for n in range(1, 6)]


def test_one_chinese_character_is_a_query(api, small_resolution):
    data = api.get(URL, {"q": "报"}).json()
    assert data["count"] == 2
    assert {h["paragraph"]["anchor"] for h in data["results"]} == {"pp-2", "op-1"}


def test_filters_by_body_kind_session_and_document(api, small_resolution, make_version):
    make_version("S/RES/9999(2099)", "en", [("operative", "1", "Takes note of the report;")],
                 body="SC")
    assert count(api, "report") == 3
    assert count(api, "report", body="SC") == 1
    assert count(api, "report", session="76") == 2
    assert count(api, "report", kind="decision") == 0
    assert count(api, "report", document="A/RES/76/1") == 2


def test_a_concordance_gives_one_line_per_occurrence_beside_its_translation(api, make_version):
    make_version("A/RES/99/2", "en", [
        ("operative", "1", "Welcomes the report and the second report;"),
        ("operative", "2", "Requests a report;"),
    ])  # fmt: skip
    make_version("A/RES/99/2", "zh", [("operative", "1", "欢迎报告和第二份报告；"),
                                      ("operative", "2", "请提交报告；")])
    data = api.get(URL, {"q": "report", "lang": "en", "mode": "concordance",
                         "sort": "left"}).json()
    assert data["count"] == 3
    lines = [(h["line"]["left"][-7:], h["line"]["key"]) for h in data["results"]]
    # by the word left of the key, then the one before: a, second, the
    assert lines == [("ests a ", "report"), ("second ", "report"), ("es the ", "report")]
    assert [p["text"] for p in data["results"][1]["aligned"]["zh"]] == ["欢迎报告和第二份报告；"]


def test_without_an_index_the_database_answers_and_says_so(api, no_search_index, make_version):
    make_version("A/RES/99/3", "en", [("operative", "1", "Welcomes wombats;")])
    data = api.get(URL, {"q": "wombats"}).json()
    assert data["engine"] == "database" and "rebuild_search_index" in data["notice"]
    assert data["count"] == 1 and data["results"][0]["score"] is None
    assert data["results"][0]["highlights"] == [[9, 16]]


def test_the_schema_documents_the_search(api, db):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    operation = schema["paths"]["/api/v1/search/"]["get"]
    names = {p["name"] for p in operation["parameters"]}
    assert {"q", "lang", "body", "kind", "session", "document", "mode", "sort", "page",
            "page_size"} <= names
    page = schema["components"]["schemas"]["SearchPage"]["properties"]
    assert {"engine", "notice", "results", "count_exact"} <= set(page)
