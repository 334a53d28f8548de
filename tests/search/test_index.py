"""The search through the index (documents.search over documents.searchindex):
what translators ask of it, on the sample corpus and on small documents."""

import pytest

from documents.search import ENGINE_INDEX, SearchQuery, search


def hits(q, **filters):
    results = search(SearchQuery(q, **filters))
    assert results.engine == ENGINE_INDEX, results.notice
    return results[0 : results.count()]


def anchors(q, **filters):
    return [(h["symbol"], h["language"], h["paragraph"]["anchor"]) for h in hits(q, **filters)]


# -- what the issue asks to see ------------------------------------------------


def test_recalls_finds_recalling(indexed_corpus):
    found = hits("Recalls", language="en")
    assert found and all(h["paragraph"]["text"].startswith("Recalling") for h in found)
    for hit in found:
        start, end = hit["highlights"][0]
        assert hit["paragraph"]["text"][start:end] == "Recalling"


def test_a_chinese_term_finds_the_paragraph_beside_its_english_and_arabic(indexed_corpus):
    (hit,) = hits("仇视伊斯兰")
    assert (hit["symbol"], hit["language"]) == ("A/RES/75/16", "zh")
    start, end = hit["highlights"][0]
    assert hit["paragraph"]["text"][start:end] == "仇视伊斯兰"
    assert any("Islamophobia" in p["text"] for p in hit["aligned"]["en"])
    assert any("كراهية الإسلام" in p["text"] for p in hit["aligned"]["ar"])


def test_arabic_with_and_without_harakat_finds_the_same_hits(indexed_corpus):
    plain = anchors("كراهية الإسلام")
    assert ("A/RES/75/16", "ar", "pp-14") == plain[0]  # the phrase itself ranks first
    assert anchors("كَرَاهِيَةُ الإِسْلَامِ") == plain
    assert anchors("كراهيـة الاسلام") == plain  # tatweel, alif without hamza


def test_one_chinese_character_finds_hits(indexed_corpus):
    found = hits("盟")
    assert found and all("盟" in h["paragraph"]["text"] for h in found)
    assert {h["symbol"] for h in found} >= {"S/PV.7050"}


def test_a_symbol_finds_the_paragraphs_citing_it(indexed_corpus):
    """A/RES/75/16 cites resolution 63/114 in its first preambular paragraph,
    in each language ("63/114", "第 63/114 号", "114/63")."""
    expected = {("A/RES/75/16", lang, "pp-1") for lang in ("en", "zh", "ar")}
    assert set(anchors("A/RES/63/114")) == expected
    assert set(anchors("resolution 63/114")) >= expected
    assert set(anchors("第63/114号决议")) == expected
    assert set(anchors("A/RES/63/114", language="zh")) == {("A/RES/75/16", "zh", "pp-1")}
    assert set(anchors("第63/114号决议", language="ar")) == {("A/RES/75/16", "ar", "pp-1")}
    (english,) = [h for h in hits("A/RES/63/114") if h["language"] == "en"]
    start, end = english["highlights"][0]
    assert english["paragraph"]["text"][start:end] == "63/114"


# -- ranking, phrases, filters, grouping -------------------------------------


def test_bm25_ranks_the_denser_paragraph_first(indexed_make_version):
    indexed_make_version("A/RES/90/1", "en", [
        ("preambular", "", "Noting the long report on many other things, among them "
                           "zebras, and a great deal more besides that is not about them,"),
        ("operative", "1", "Welcomes zebras, zebras and zebras;"),
    ])  # fmt: skip
    assert [a for _, _, a in anchors("zebras")] == ["op-1", "pp-1"]
    assert hits("zebras")[0]["score"] > hits("zebras")[1]["score"]


def test_words_together_rank_above_words_apart(indexed_make_version):
    indexed_make_version("A/RES/90/2", "en", [
        ("preambular", "", "Islamic states and regional cooperation,"),
        ("preambular", "", "the Organization of Islamic Cooperation,"),
    ])  # fmt: skip
    assert [a for _, _, a in anchors("Islamic Cooperation")] == ["pp-2", "pp-1"]
    assert [a for _, _, a in anchors('"Islamic Cooperation"')] == ["pp-2"]


def test_a_quoted_phrase_matches_its_words_in_order_and_nothing_between(indexed_make_version):
    """A phrase of four words is looked up by two word pairs at offsets 0
    and 2: still every word in its place."""
    indexed_make_version("A/RES/90/8", "en", [
        ("preambular", "", "the Organization of Islamic Cooperation,"),
        ("preambular", "", "the Organization of the Islamic Cooperation,"),
        ("preambular", "", "Islamic Cooperation of the Organization,"),
        ("preambular", "", "the Organization of Islamic States and Cooperation,"),
    ])  # fmt: skip
    assert [a for _, _, a in anchors('"Organization of Islamic Cooperation"')] == ["pp-1"]


def test_every_word_must_match(indexed_make_version):
    indexed_make_version("A/RES/90/3", "en", [("operative", "1", "Welcomes the report;")])
    assert len(hits("welcomes report")) == 1
    assert hits("welcomes zebras") == []


@pytest.mark.parametrize("filters, expected", [
    ({}, {"A/RES/90/4", "S/RES/9001(2090)"}),
    ({"language": "fr"}, {"A/RES/90/4"}),
    ({"body": "sc"}, {"S/RES/9001(2090)"}),
    ({"kind": "resolution"}, {"A/RES/90/4", "S/RES/9001(2090)"}),
    ({"kind": "decision"}, set()),
    ({"session": "90"}, {"A/RES/90/4"}),
    ({"session": "2090"}, {"S/RES/9001(2090)"}),
    ({"session": "x"}, set()),
    ({"document": "A/RES/90/4"}, {"A/RES/90/4"}),
    ({"document": "a/res/90/4 "}, {"A/RES/90/4"}),
])  # fmt: skip
def test_filters(indexed_make_version, filters, expected):
    import datetime

    indexed_make_version("A/RES/90/4", "fr", [("operative", "1", "Salue le rapport;")],
                         session=90, body="GA")
    indexed_make_version("S/RES/9001(2090)", "en", [("operative", "1", "Salue rapport;")],
                         body="SC", date=datetime.date(2090, 1, 2))
    assert {h["symbol"] for h in hits("salue", **filters)} == expected


def test_hits_carry_their_documents_count_and_a_snippet(indexed_make_version):
    long_text = "Zebra " + "filler words here " * 40 + "zebra end."
    indexed_make_version("A/RES/90/5", "en", [
        ("preambular", "", "Zebra one,"), ("preambular", "", "Zebra two,"),
        ("operative", "1", long_text),
    ])  # fmt: skip
    indexed_make_version("A/RES/90/6", "en", [("operative", "1", "A zebra;")])
    by_symbol = {}
    for hit in hits("zebra"):
        by_symbol.setdefault(hit["symbol"], []).append(hit)
    assert {s: {h["document_hits"] for h in found} for s, found in by_symbol.items()} == {
        "A/RES/90/5": {3}, "A/RES/90/6": {1}}
    (long_hit,) = [h for h in by_symbol["A/RES/90/5"] if h["paragraph"]["anchor"] == "op-1"]
    snippet = long_hit["snippet"]
    assert snippet["truncated_end"] and len(snippet["text"]) < len(long_text)
    a, b = snippet["highlights"][0]
    assert snippet["text"][a:b] == "Zebra"


def test_only_published_versions_are_found(indexed_make_version):
    indexed_make_version("A/RES/90/7", "en", [("operative", "1", "Quokkas;")], status="draft")
    assert hits("quokkas") == []


def test_nothing_to_look_for_finds_nothing(search_index):
    results = search(SearchQuery("\u064e\u0640 "))
    assert results.count() == 0 and results[0:20] == []
