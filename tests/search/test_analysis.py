"""The analysis (documents.searchindex.analysis): one function for the
paragraphs indexed and the queries, per language. Pure: no database."""

import pytest

from documents.ingest.references import find_references
from documents.search import cited_symbol
from documents.searchindex.analysis import Kind, analyse, arabic_light_stem, plan_query


def terms(text, language):
    return [t.term for t in analyse(text, language) if t.kind in (Kind.WORD, Kind.CHAR)]


def plan(q):
    return plan_query(q, cited_symbol=cited_symbol, find_references=find_references)


@pytest.mark.parametrize("language, forms", [
    ("en", ["Recalls", "Recalling", "recalled", "RECALL"]),
    ("fr", ["Rappelle", "rappelant", "rappelée"]),
    ("es", ["Recordando", "recuerda"]),
    ("ru", ["ссылаясь", "ссылается"]),
])  # fmt: skip
def test_snowball_stemming_makes_one_term_of_a_words_forms(language, forms):
    assert len({terms(form, language)[0] for form in forms}) <= 2
    first, second = forms[0], forms[1]
    if language == "en":
        assert terms(first, language) == terms(second, language)


def test_recalls_and_recalling_are_one_term():
    assert terms("Recalls", "en") == terms("Recalling", "en") == ["recal"]


def test_arabic_harakat_hamza_and_tatweel_do_not_count():
    plain = terms("كراهية الإسلام ومنظمة التعاون الاسلامي", "ar")
    voweled = terms("كَرَاهِيَةُ الإِسْلَامِ وَمُنَظَّمَة التَّعَاوُنِ الإسْلامـيّ", "ar")
    assert plain == voweled


@pytest.mark.parametrize("word, stem", [
    ("والمنظمات", "منظم"),
    ("بالأمم", "امم"),
    ("الإسلام", "اسلام"),
    ("كراهية", "كراه"),
    ("قراراتها", "قرارات"),
])  # fmt: skip
def test_arabic_light_stemming_strips_prefixes_and_one_suffix(word, stem):
    assert terms(word, "ar") == [stem]


def test_arabic_stems_keep_two_letters_at_least():
    assert arabic_light_stem("في") == "في"
    assert arabic_light_stem("اله") == "ال"
    assert arabic_light_stem("وها") == "وها"


def test_chinese_is_characters_and_pairs_at_the_characters_positions():
    tokens = analyse("仇视伊斯兰", "zh")
    assert [(t.term, t.position) for t in tokens if t.kind is Kind.BIGRAM] == [
        ("仇视", 0), ("视伊", 1), ("伊斯", 2), ("斯兰", 3)]
    assert [(t.term, t.position) for t in tokens if t.kind is Kind.RUN_CHAR] == [
        ("仇", 0), ("视", 1), ("伊", 2), ("斯", 3), ("兰", 4)]


def test_spaces_between_chinese_characters_do_not_count():
    spaced = analyse("伊斯兰 合作", "zh")
    joined = analyse("伊斯兰合作", "zh")
    assert [(t.term, t.position) for t in spaced] == [(t.term, t.position) for t in joined]


@pytest.mark.parametrize("text, language, expected", [
    ("Recalling A/RES/75/16 and S/PV.7050,", "en", ["a/res/75/16", "s/pv.7050"]),
    ("回顾第75/16号决议", "zh", ["75/16"]),
    ("القرار 1/70 و A/75/L.27/Add.1", "ar", ["1/70", "a/75/l.27/add.1"]),
    ("Ｓ／ＰＶ．7050", "en", ["s/pv.7050"]),
])  # fmt: skip
def test_symbols_are_exact_terms(text, language, expected):
    assert [t for t in terms(text, language) if "/" in t] == expected


def test_slashes_without_digits_are_words():
    assert terms("and/or", "en") == ["and", "or"]


def test_offsets_point_into_the_text_as_given():
    text = "الإِسْلَامِ, Côte d'Ivoire, 伊斯兰 合作"
    for language in ("ar", "fr", "zh"):
        for token in analyse(text, language):
            assert token.start < token.end <= len(text)
    arabic = analyse(text, "ar")[0]
    assert text[arabic.start:arabic.end] == "الإِسْلَامِ"
    pair = next(t for t in analyse(text, "zh") if t.term == "兰合")
    assert text[pair.start:pair.end] == "兰 合"


def test_case_and_accents_fold():
    assert terms("CÔTE D'IVOIRE", "fr") == terms("cote d'ivoire", "fr")


def test_a_query_is_required_chunks_quoted_phrases_and_the_words_together():
    planned = plan('"Islamic Cooperation" report Recalls').for_language("en")
    assert [p.terms for p, _ in planned.required] == [
        (("islam", 0), ("cooper", 1)), (("report", 0),), (("recal", 0),)]
    assert planned.proximity.terms == (("report", 0), ("recal", 1))


def test_one_chunk_is_not_asked_for_twice():
    """A query of one chunk ("伊斯兰合作组织", "Secretary-General") is its
    own words together: no second phrase to rank by."""
    assert plan("伊斯兰合作组织").for_language("zh").proximity is None
    assert plan("Secretary-General").for_language("en").proximity is None
    assert plan("United Nations").for_language("en").proximity is not None


def test_a_hyphenated_word_is_a_phrase():
    (phrase, _), = plan("Secretary-General").for_language("en").required
    assert phrase.terms == (("secretari", 0), ("general", 1))


def test_a_chinese_query_is_the_fewest_pieces_that_cover_it():
    def terms(q):
        (phrase, _), = plan(q).for_language("zh").required
        return phrase.terms

    assert terms("盟") == (("盟", 0),)
    assert terms("联盟") == (("联盟", 0),)
    assert terms("秘书长") == (("秘书长", 0),)
    assert terms("仇视伊斯兰") == (("仇视伊", 0), ("伊斯兰", 2))
    assert terms("伊斯兰合作组织") == (("伊斯兰", 0), ("合作组", 3), ("作组织", 4))
    assert terms("第75/16号决议") == (("第", 0), ("75/16", 1), ("号决议", 2))


def test_chinese_triples_stand_at_their_first_characters_position():
    tokens = analyse("仇视伊斯兰", "zh")
    assert [(t.term, t.position) for t in tokens if t.kind is Kind.TRIGRAM] == [
        ("仇视伊", 0), ("视伊斯", 1), ("伊斯兰", 2)]
    assert [t.position for t in tokens] == sorted(t.position for t in tokens)


@pytest.mark.parametrize("q, symbol", [
    ("A/RES/72/74", "A/RES/72/74"),
    ("s/res/2532 (2020)", "S/RES/2532(2020)"),
    ("resolution 72/74", "A/RES/72/74"),
    ("第75/16号决议", "A/RES/75/16"),
    ("القرار 1/70", "A/RES/70/1"),
    ("cooperation", ""),
    ("Recalling its resolution 72/74 of 4 December 2017 on cooperation", ""),
])  # fmt: skip
def test_a_short_citation_names_the_symbol_it_cites(q, symbol):
    assert plan(q).cited == symbol


def test_nothing_to_look_for():
    assert plan("\u064e\u0640 ").empty
    assert plan(";;").empty
    assert not plan("A/RES/72/74").empty


def test_words_standing_together_are_also_indexed_as_pairs():
    from documents.searchindex.analysis import word_pairs

    tokens = analyse("the United Nations, 联合国 A/RES/75/16", "en")
    assert [(t.term, t.position) for t in word_pairs(tokens)] == [
        ("the unit", 0), ("unit nation", 1)]


def test_a_phrase_of_words_is_looked_up_as_the_fewest_pairs_that_cover_it():
    from documents.searchindex.analysis import as_pairs

    def pairs(q):
        (phrase, _), = plan(f'"{q}"').for_language("en").required
        return as_pairs(phrase.terms)

    assert pairs("Organization of Islamic Cooperation") == (
        ("organiz of", 0), ("islam cooper", 2))
    assert pairs("United Nations") == (("unit nation", 0),)
    assert pairs("the United Nations") == (("the unit", 0), ("unit nation", 1))
    assert pairs("the Secretary-General to submit") == (
        ("the secretari", 0), ("general to", 2), ("to submit", 3))
    (chinese, _), = plan("伊斯兰合作").for_language("zh").required
    assert as_pairs(chinese.terms) is None  # Chinese has its pairs already
