"""Queries on the open index: a ``QueryPlan`` and ``Filters`` -> one Tantivy
query -> ranked hits with their stored fields, the number of hits, and the
number of hits per document.

The query, for each language whose field is searched (the filter's, or all
six): every required phrase of the plan must match in that language's
field (a chunk that is a symbol may match the ``symbols`` field instead),
and the unquoted words standing together rank higher (a boosted optional
phrase). The languages are alternatives; so is, for a short citation
("resolution 72/74"), the symbol it cites (in ``symbols``, or printed in
full in the text). Filters are exact terms that do not change the scores;
the language filter is the choice of the field (and, for citations, a
term). Scores are Tantivy's BM25.

A phrase is a positional query: every paragraph holding all its pieces has
its positions compared, about a tenth of a microsecond a piece. For a very
common phrase ("Organization of Islamic Cooperation" in a fifth of a
million paragraphs) that is most of the time a search takes, so when the
pieces of a query's phrases stand in more than ``RELAXED_FROM`` paragraphs,
``Search`` ranks without positions first (every piece required, anywhere:
the same paragraphs and more), takes the best ``CANDIDATES`` of them, and
ranks those with the exact query: the hits shown are exact, scored as
always; the count is then an estimate (``count_exact``), the paragraphs
holding every piece times the share of the candidates that held the
phrase, as search engines say "about" of a large count. When fewer than
half the candidates hold the phrase, the exact query answers after all.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import tantivy

from . import schema as f
from .analysis import Phrase, QueryPlan, as_pairs
from .languages import INDEXED_LANGUAGES
from .store import OpenIndex

#: How much more a paragraph where the unquoted words stand together counts.
PROXIMITY_BOOST = 2.0
#: A session (1 to 4 digits) or a year (4 digits).
SESSION_RE = re.compile(r"\d{1,4}", re.ASCII)


@dataclass(frozen=True)
class Filters:
    """What a search is restricted to; empty strings restrict nothing.
    ``session`` is a session number or, with four digits, also a year (as
    in the library); ``document`` a symbol as stored."""

    language: str = ""
    body: str = ""
    kind: str = ""
    session: str = ""
    document: str = ""


@dataclass
class EngineHit:
    paragraph_id: int
    document_id: int
    symbol: str
    language: str
    anchor: str
    order: int
    text: str
    citations: list[tuple[str, int, int]]
    score: float


def _term(schema, field: str, value) -> tantivy.Query:
    return tantivy.Query.term_query(schema, field, value)


def _pieces(phrase: Phrase) -> tuple[tuple[str, int], ...]:
    """The terms a phrase is looked up by: its word pairs when it is made
    of words ("united nations" is the one pair term), else its terms."""
    return as_pairs(phrase.terms) or phrase.terms


def _phrase(schema, field: str, phrase: Phrase, positions: bool = True) -> tantivy.Query:
    """A term, or a phrase of its pieces; without ``positions``, every
    piece anywhere in the paragraph."""
    terms = _pieces(phrase)
    if len(terms) == 1:
        return _term(schema, field, terms[0][0])
    if not positions:
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, _term(schema, field, t)) for t, _ in terms]
        )
    return tantivy.Query.phrase_query(schema, field, [(o, t) for t, o in terms])


def _zero(query: tantivy.Query) -> tantivy.Query:
    """A filter: matches as ``query`` does, adds nothing to the score."""
    return tantivy.Query.const_score_query(query, 0.0)


def _citing(schema, symbol: str, language: str) -> tantivy.Query:
    """The paragraphs citing ``symbol`` (in this language, if one is given):
    ``symbols`` is the one field that is not a language's."""
    citing = _term(schema, f.SYMBOLS, symbol)
    if not language:
        return citing
    return tantivy.Query.boolean_query([
        (tantivy.Occur.Must, citing),
        (tantivy.Occur.Must, _zero(_term(schema, f.LANGUAGE, language))),
    ])  # fmt: skip


def _language_query(schema, plan: QueryPlan, language: str,
                    positions: bool = True) -> tantivy.Query | None:
    planned = plan.for_language(language)
    if not planned.required:
        return None
    field = f.text_field(language)
    clauses = []
    for phrase, symbol in planned.required:
        query = _phrase(schema, field, phrase, positions)
        if symbol:  # or cited by a paragraph of this language
            query = tantivy.Query.boolean_query([
                (tantivy.Occur.Should, query),
                (tantivy.Occur.Should, _citing(schema, symbol, language)),
            ])  # fmt: skip
        clauses.append((tantivy.Occur.Must, query))
    if planned.proximity is not None:
        boosted = tantivy.Query.boost_query(
            _phrase(schema, field, planned.proximity, positions), PROXIMITY_BOOST
        )
        clauses.append((tantivy.Occur.Should, boosted))
    return tantivy.Query.boolean_query(clauses)


def _filter_queries(schema, filters: Filters) -> list[tantivy.Query]:
    """The filters but the language's (``build_query`` reads only that
    language's field, which holds nothing else)."""
    found = []
    if filters.body:
        found.append(_term(schema, f.BODY, filters.body.lower()))
    if filters.kind:
        found.append(_term(schema, f.KIND, filters.kind))
    if filters.document:
        found.append(_term(schema, f.SYMBOL, filters.document))
    if filters.session:
        if SESSION_RE.fullmatch(filters.session):
            number = int(filters.session)
            either = [(tantivy.Occur.Should, _term(schema, f.SESSION, number))]
            if len(filters.session) == 4:
                either.append((tantivy.Occur.Should, _term(schema, f.YEAR, number)))
            found.append(tantivy.Query.boolean_query(either))
        else:
            found.append(tantivy.Query.empty_query())
    return [_zero(q) for q in found]


def _languages(filters: Filters) -> list[str]:
    return [filters.language] if filters.language else list(INDEXED_LANGUAGES)


def build_query(schema, plan: QueryPlan, filters: Filters, *,
                positions: bool = True) -> tantivy.Query:
    """The query; without ``positions`` its phrases are their pieces
    anywhere (a wider query, for ``Search``'s candidates)."""
    languages = _languages(filters)
    alternatives = [q for lang in languages
                    if (q := _language_query(schema, plan, lang, positions))]
    if plan.cited:  # the paragraphs citing it, or printing it in full
        alternatives.append(_citing(schema, plan.cited, filters.language))
        alternatives += [_term(schema, f.text_field(lang), plan.cited.lower())
                         for lang in languages]
    if not alternatives:
        return tantivy.Query.empty_query()
    matching = tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in alternatives])
    restrictions = _filter_queries(schema, filters)
    if not restrictions:
        return matching
    return tantivy.Query.boolean_query(
        [(tantivy.Occur.Must, matching), *((tantivy.Occur.Must, q) for q in restrictions)]
    )


def phrase_paragraphs(searcher, plan: QueryPlan, filters: Filters) -> int:
    """At most how many paragraphs the query's phrases make Tantivy compare
    positions in: per language with a phrase, the paragraphs holding its
    rarest required term or piece (document frequencies, no search)."""
    total = 0
    for language in _languages(filters):
        required = [phrase for phrase, _ in plan.for_language(language).required]
        if all(len(_pieces(p)) == 1 for p in required):
            continue
        field = f.text_field(language)
        total += min(searcher.doc_freq(field, term) for p in required for term, _ in _pieces(p))
    return total


#: Hits ranked in the pass that counts them, so that the first page (20 on
#: the page, 50 in the API) needs no second pass.
FIRST_HITS = 50
#: Phrases standing in more paragraphs than this are ranked from candidates
#: (see the module's docstring); below it the exact query costs a few ms.
RELAXED_FROM = 50_000
#: Candidates ranked without positions, then with them.
CANDIDATES = 100


class Search:
    """One query on one open generation. The first ``count`` also ranks
    the first ``FIRST_HITS`` hits (from candidates, for a very common
    phrase: see the module's docstring); ``top`` beyond them and
    ``document_counts`` make one more pass each."""

    def __init__(self, opened: OpenIndex, plan: QueryPlan, filters: Filters):
        self.schema = opened.index.schema
        self.searcher = opened.index.searcher()
        self.query = build_query(self.schema, plan, filters)
        self.relaxed = (
            build_query(self.schema, plan, filters, positions=False)
            if phrase_paragraphs(self.searcher, plan, filters) > RELAXED_FROM else None
        )
        self.count_exact = True
        self._count: int | None = None
        self._first: list = []
        self._all_first = False  # _first holds every hit

    def count(self) -> int:
        """The number of hits; an estimate when ``count_exact`` is False."""
        if self._count is None:
            if self.relaxed is None:
                result = self.searcher.search(self.query, FIRST_HITS, count=True)
                self._count, self._first = result.count, result.hits
                self._all_first = result.count <= FIRST_HITS
            else:
                self._count_from_candidates()
        return self._count

    def _count_from_candidates(self) -> None:
        wider = self.searcher.search(self.relaxed, CANDIDATES, count=True)
        addresses = [address for _, address in wider.hits]
        if not addresses:
            self._count, self._all_first = 0, True
            return
        ids = self.searcher.fast_field_values(f.PARAGRAPH_ID, addresses)
        among = tantivy.Query.const_score_query(
            tantivy.Query.term_set_query(self.schema, f.PARAGRAPH_ID, ids), 0.0
        )
        exact = self.searcher.search(
            tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, self.query), (tantivy.Occur.Must, among)]
            ),
            CANDIDATES, count=True,
        )  # fmt: skip
        if wider.count > len(addresses) and exact.count * 2 < len(addresses):
            # the pieces mostly stand apart: candidates predict nothing
            result = self.searcher.search(self.query, FIRST_HITS, count=True)
            self._count, self._first = result.count, result.hits
            self._all_first = result.count <= FIRST_HITS
            return
        self._first = exact.hits[:FIRST_HITS]
        if wider.count <= len(addresses):  # every candidate was checked
            self._count, self._all_first = exact.count, exact.count <= FIRST_HITS
        else:
            self._count = max(len(self._first), round(wider.count * exact.count / len(addresses)))
            self.count_exact = False

    def top(self, offset: int, limit: int) -> list[EngineHit]:
        """Hits ``offset`` to ``offset + limit``, best first, with their
        stored fields."""
        if limit <= 0:
            return []
        if self._count is not None and (self._all_first or offset + limit <= len(self._first)):
            ranked = self._first[offset : offset + limit]
        else:
            ranked = self.searcher.search(self.query, limit, count=False, offset=offset).hits
        return [self._hit(score, address) for score, address in ranked]

    def _hit(self, score: float, address) -> EngineHit:
        doc = self.searcher.doc(address)
        return EngineHit(
            paragraph_id=doc.get_first(f.PARAGRAPH_ID),
            document_id=doc.get_first(f.DOCUMENT_ID),
            symbol=doc.get_first(f.SYMBOL),
            language=doc.get_first(f.LANGUAGE),
            anchor=doc.get_first(f.ANCHOR).decode(),
            order=doc.get_first(f.ORDER),
            text=doc.get_first(f.TEXT).decode(),
            citations=[tuple(c) for c in json.loads(doc.get_first(f.CITATIONS))],
            score=score,
        )

    def document_counts(self, document_ids: list[int]) -> dict[int, int]:
        """How many paragraphs of each of these documents match: one
        aggregation over the hits of these documents only."""
        if not document_ids:
            return {}
        ids = sorted(set(document_ids))
        within = tantivy.Query.boolean_query([
            (tantivy.Occur.Must, self.query),
            (tantivy.Occur.Must, tantivy.Query.term_set_query(self.schema, f.DOCUMENT_ID, ids)),
        ])  # fmt: skip
        result = self.searcher.aggregate(
            within, {"documents": {"terms": {"field": f.DOCUMENT_ID, "size": len(ids)}}}
        )
        return {int(b["key"]): b["doc_count"] for b in result["documents"]["buckets"]}
