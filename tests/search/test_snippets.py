"""Highlights, snippets and key-word-in-context lines, from the tokens'
offsets (documents.searchindex.snippets, .concordance). Pure."""

import pytest

from documents.ingest.references import find_references
from documents.search import cited_symbol, marked_pieces
from documents.searchindex.analysis import plan_query
from documents.searchindex.concordance import lines
from documents.searchindex.snippets import SNIPPET_CHARS, highlight_spans, snippet


def marked(text, language, q, citations=()):
    plan = plan_query(q, cited_symbol=cited_symbol, find_references=find_references)
    return [text[a:b] for a, b in highlight_spans(text, language, plan, citations)]


@pytest.mark.parametrize("text, language, q, expected", [
    ("Recalling its resolution", "en", "Recalls", ["Recalling"]),
    ("the Islamic\n Cooperation;", "en", "islamic  cooperation", ["Islamic\n Cooperation"]),
    ("the Secretary-General and the Secretary", "en", "secretary-general",
     ["Secretary-General"]),
    ("منظمة التعاون الإسلامي", "ar", "الاسلامي", ["الإسلامي"]),
    ("بما في ذلك كَرَاهِيَة الإِسْلَام،", "ar", "كراهية الإسلام", ["كَرَاهِيَة الإِسْلَام"]),
    ("与伊斯兰 合作组织", "zh", "伊斯兰合作", ["伊斯兰 合作"]),
    ("非洲联盟和阿拉伯国家联盟", "zh", "盟", ["盟", "盟"]),
    ("Côte d'Ivoire and cote", "fr", "COTE", ["Côte", "cote"]),
    ("nothing here", "en", "zebra", []),
])  # fmt: skip
def test_highlights_mark_what_the_query_matched(text, language, q, expected):
    assert marked(text, language, q) == expected


def test_a_citation_of_the_symbol_asked_for_is_marked():
    text = "Recalling its resolution 72/74 of 2017,"
    citations = [("A/RES/72/74", 25, 30), ("A/RES/70/1", 0, 9)]
    assert marked(text, "en", "A/RES/72/74", citations) == ["72/74"]


def test_a_short_paragraph_is_its_own_snippet():
    found = snippet("Takes note of the report;", [(18, 24)])
    assert (found.text, found.highlights, found.start) == ("Takes note of the report;",
                                                           [(18, 24)], 0)


def test_a_long_paragraph_is_cut_around_the_most_highlights_between_words():
    text = " ".join(f"word{i}" for i in range(200)) + " target here and target there"
    start = text.index("target")
    spans = [(start, start + 6), (text.rindex("target"), text.rindex("target") + 6)]
    found = snippet(text, spans)
    assert len(found.text) <= SNIPPET_CHARS
    assert found.text.count("target") == 2 and found.highlights
    for a, b in found.highlights:
        assert found.text[a:b] == "target"
    assert text[found.start - 1] == " " and found.as_dict(len(text))["truncated_start"]


def test_marked_pieces_alternate_text_and_matches():
    assert marked_pieces("a b c", [(2, 3)]) == [
        {"text": "a ", "match": False}, {"text": "b", "match": True},
        {"text": " c", "match": False}]


def test_one_line_per_occurrence_with_its_context():
    text = "The Council welcomes the report. The Council decides to remain seized."
    found = lines(text, "en", [(4, 11), (37, 44)])
    assert [(line.left, line.key, line.right[:8]) for line in found] == [
        ("The ", "Council", " welcome"),
        ("The Council welcomes the report. The ", "Council", " decides")]
    far = lines("word " * 30 + "key" + " word" * 30, "en", [(150, 153)])[0]
    assert far.left.startswith("word") and len(far.left) <= 60 and far.key == "key"


def test_lines_sort_by_the_words_left_or_right_of_the_key():
    text = "alpha key zulu. beta key yankee. gamma key xray."
    found = lines(text, "en", [(6, 9), (21, 24), (39, 42)])
    by_left = sorted(found, key=lambda line: line.sort_key("left"))
    by_right = sorted(found, key=lambda line: line.sort_key("right"))
    assert [line.start for line in by_left] == [6, 21, 39]  # alpha, beta, gamma
    assert [line.start for line in by_right] == [39, 21, 6]  # xray, yankee, zulu


def test_a_line_stays_on_one_line():
    (line,) = lines("first\nkey\nlast", "en", [(6, 9)])
    assert "\n" not in line.left + line.key + line.right


@pytest.mark.parametrize("language, q", [
    ("en", "Recalls"), ("en", "Islamic Cooperation"), ("en", '"Organization of Islamic"'),
    ("en", "the"), ("en", "A/75/L.27"), ("zh", "伊斯兰合作组织"), ("zh", "盟"),
    ("ar", "كراهية الإسلام"), ("ar", "الأمين العام"),
])  # fmt: skip
def test_reading_only_around_the_terms_marks_what_reading_everything_does(
    language, q, monkeypatch
):
    """Highlights come from windows of long texts (``_windows``): the same
    marks as analysing the whole text, on the sample corpus's paragraphs."""
    from documents.ingest.pipeline import parse_version
    from documents.sample_corpus import SAMPLE_CORPUS_DIR
    from documents.searchindex import snippets

    raw = (SAMPLE_CORPUS_DIR / f"A-RES-75-16.{language}.txt").read_bytes()
    texts = [p.text for p in parse_version(raw, language=language).paragraphs]
    plan = plan_query(q, cited_symbol=cited_symbol, find_references=find_references)
    windowed = [highlight_spans(t, language, plan) for t in texts]
    monkeypatch.setattr(snippets, "_windows", lambda text, *args: [(0, len(text))])
    assert windowed == [highlight_spans(t, language, plan) for t in texts]
    assert any(windowed)
