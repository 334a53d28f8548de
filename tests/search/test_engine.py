"""The engine's way with very common phrases (documents.searchindex.engine):
candidates ranked without positions, then checked with them. The
thresholds are lowered here so that a small library takes that way."""

import pytest

from documents.search import ENGINE_INDEX, SearchQuery, search
from documents.searchindex import engine

PHRASE = '"Organization of Islamic Cooperation"'
HOLDS_IT = "the Organization of Islamic Cooperation, number {n},"
#: Every piece of the phrase ("organiz of", "islam cooper"), not in order.
PIECES_APART = "Islamic Cooperation and the Organization of States, number {n},"


def found(q, **filters):
    results = search(SearchQuery(q, **filters))
    assert results.engine == ENGINE_INDEX, results.notice
    return results, results[0 : min(results.count(), 50)]


@pytest.fixture
def common_phrase(indexed_make_version, monkeypatch):
    """Six paragraphs holding the phrase and four holding its pieces apart;
    any phrase counts as very common."""
    indexed_make_version("A/RES/90/10", "en", [
        *(("preambular", "", HOLDS_IT.format(n=n)) for n in range(6)),
        *(("operative", "", PIECES_APART.format(n=n)) for n in range(4)),
    ])  # fmt: skip
    monkeypatch.setattr(engine, "RELAXED_FROM", 0)


def test_the_hits_are_those_of_the_exact_query(common_phrase, monkeypatch):
    results, hits = found(PHRASE)
    assert {h["paragraph"]["anchor"] for h in hits} == {f"pp-{n}" for n in range(1, 7)}
    assert results.count() == 6 and results.count_exact  # every candidate was checked
    monkeypatch.setattr(engine, "RELAXED_FROM", 10**9)
    exact, exact_hits = found(PHRASE)
    assert [h["paragraph"]["id"] for h in exact_hits] == [h["paragraph"]["id"] for h in hits]
    assert [h["score"] for h in exact_hits] == [h["score"] for h in hits]


def test_beyond_the_candidates_the_count_is_an_estimate(common_phrase, monkeypatch):
    """Five candidates of the ten paragraphs holding every piece: the
    count is ten times the share of the candidates that hold the phrase,
    and says it is an estimate; the hits shown still all hold it."""
    monkeypatch.setattr(engine, "CANDIDATES", 5)
    results, hits = found(PHRASE)
    assert not results.count_exact
    assert 1 <= results.count() <= 10
    assert hits and all(h["paragraph"]["anchor"].startswith("pp-") for h in hits[:5])


def test_a_rare_phrase_is_counted_exactly(indexed_make_version):
    indexed_make_version("A/RES/90/11", "en", [("preambular", "", HOLDS_IT.format(n=1))])
    results, hits = found(PHRASE)
    assert results.count() == 1 and results.count_exact


def test_how_many_paragraphs_a_phrase_makes_the_engine_look_at(common_phrase):
    from documents.search import _plan, index_status
    from documents.searchindex.engine import Filters, phrase_paragraphs

    searcher = index_status().opened.index.searcher()
    assert phrase_paragraphs(searcher, _plan(PHRASE), Filters()) == 10
    assert phrase_paragraphs(searcher, _plan("Organization"), Filters()) == 0  # no phrase
    assert phrase_paragraphs(searcher, _plan(PHRASE), Filters(language="fr")) == 0


def test_when_the_pieces_mostly_stand_apart_the_exact_query_answers(indexed_make_version,
                                                                     monkeypatch):
    """The best candidates (short paragraphs holding every piece, apart)
    hold no phrase: the exact query counts and ranks."""
    long_text = "the Organization of Islamic Cooperation " + "and other words " * 20 + "{n},"
    indexed_make_version("A/RES/90/12", "en", [
        *(("preambular", "", long_text.format(n=n)) for n in range(2)),
        *(("operative", "", f"Islamic Cooperation, Organization of {n};") for n in range(6)),
    ])  # fmt: skip
    monkeypatch.setattr(engine, "RELAXED_FROM", 0)
    monkeypatch.setattr(engine, "CANDIDATES", 4)
    results, hits = found(PHRASE)
    assert results.count() == 2 and results.count_exact
    assert [h["paragraph"]["anchor"] for h in hits] == ["pp-1", "pp-2"]
