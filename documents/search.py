"""Search: the one interface the search page, the API, the ingest services
and the commands use (``search``, ``concordance``, ``index_version``,
``unindex_version``, ``rebuild_index``, ``index_status``). Nothing else
imports ``documents.searchindex``; another engine (Quickwit, OpenSearch)
would take its place behind these functions (README, "Search").

Two engines answer, with results of one shape:

* the index (``documents.searchindex``, Tantivy, files under
  ``SEARCH_INDEX_DIR``): ranked (BM25), analysed per language (stemming,
  Arabic normalisation and light stemming, Chinese characters and
  character pairs, symbols as exact terms), phrases in quotes, filters,
  snippets and highlights from the tokens' offsets;
* PostgreSQL, as before the index (``search_paragraphs``), when the index
  is missing, unreadable or behind the database (``index_status``): every
  result then carries a ``notice`` saying so and what to run.

A hit is a paragraph of a published version with its aligned paragraphs in
the document's other published languages (``search_hits``), a constant
number of queries whatever the number of hits.

The database search compares query and text after the same normalisation,
done in Python for the query (``normalise``) and in PostgreSQL for the text
(``normalised``), both from the one table ``FOLD`` (which the index's
analysis folds with too) and the two patterns below, so the two sides
cannot drift:

* one character for another or for nothing: Arabic hamza forms of alif,
  alif maqsura, ta marbuta, tatweel and harakat; accented Latin letters;
  every kind of space;
* runs of spaces made one;
* no space next to a CJK character (Chinese is written without them).

Case is then ignored as before (``icontains``). A query that is a document
symbol (``A/RES/72/74``, ``S/RES/2532 (2020)`` as printed) also finds the
paragraphs citing that symbol (``cited_symbol``).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.db.models import Count, F, Func, Q, TextField, Value
from django.utils.translation import gettext, gettext_noop

from alignment.models import Link
from documents.ingest.symbols import is_symbol, normalise_symbol
from documents.models import FootnoteRef, Paragraph, Reference, Version
from documents.selectors import in_session, paragraph_dict

logger = logging.getLogger(__name__)


def _pairs(sources: str, target: str) -> dict[str, str]:
    return dict.fromkeys(sources, target)


# One character -> one character, or "" for none. Used by str.translate for
# the query and by PostgreSQL translate() for the text.
FOLD: dict[str, str] = {
    # Arabic: alif with hamza or madda and alif wasla, alif maqsura, ta marbuta
    **_pairs("\u0623\u0625\u0622\u0671", "\u0627"),
    "\u0649": "\u064a",
    "\u0629": "\u0647",
    # tatweel, harakat (fathatan .. wavy hamza below) and superscript alif
    **_pairs("\u0640" + "".join(map(chr, range(0x064B, 0x0660))) + "\u0670", ""),
    # Latin letters with accents
    **_pairs("ÀÁÂÃÄÅĀĂĄ", "A"), **_pairs("àáâãäåāăą", "a"),
    **_pairs("ÇĆĈĊČ", "C"), **_pairs("çćĉċč", "c"),
    **_pairs("ÈÉÊËĒĔĖĘĚ", "E"), **_pairs("èéêëēĕėęě", "e"),
    **_pairs("ÌÍÎÏĨĪĬĮİ", "I"), **_pairs("ìíîïĩīĭįı", "i"),
    **_pairs("ÑŃŅŇ", "N"), **_pairs("ñńņň", "n"),
    **_pairs("ÒÓÔÕÖØŌŎŐ", "O"), **_pairs("òóôõöøōŏő", "o"),
    **_pairs("ÙÚÛÜŨŪŬŮŰŲ", "U"), **_pairs("ùúûüũūŭůűų", "u"),
    **_pairs("ÝŸ", "Y"), **_pairs("ýÿ", "y"),
    # every space is a space; invisible characters are nothing
    **_pairs("\t\n\v\f\r\u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000", " "),
    **_pairs("".join(map(chr, range(0x2000, 0x200B))), " "),
    **_pairs("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
}
assert all(len(k) == 1 and len(v) <= 1 for k, v in FOLD.items())
_FROM = "".join(k for k, v in FOLD.items() if v) + "".join(k for k, v in FOLD.items() if not v)
_TO = "".join(v for v in FOLD.values() if v)
_TABLE = str.maketrans(FOLD)

# Patterns written the same in Python re and PostgreSQL regular expressions.
SPACES = " {2,}"
_CJK = "[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"  # literal characters
CJK_SPACE = f"(?<={_CJK}) | (?={_CJK})"


def normalise(text: str) -> str:
    """``text`` as it is compared (in Python): characters folded by FOLD,
    runs of spaces made one, no space next to a CJK character; NUL
    characters dropped, ends trimmed."""
    text = text.replace("\x00", "").translate(_TABLE)
    return re.sub(CJK_SPACE, "", re.sub(SPACES, " ", text)).strip()


def normalised(expression):
    """The database expression of ``normalise`` (without the trimming,
    which does not change what a text contains)."""
    folded = Func(expression, Value(_FROM), Value(_TO), function="translate",
                  output_field=TextField())
    for pattern, replacement in ((SPACES, " "), (CJK_SPACE, "")):
        folded = Func(folded, Value(pattern), Value(replacement), Value("g"),
                      function="regexp_replace", output_field=TextField())
    return folded


def match_spans(text: str, q: str) -> list[tuple[int, int]]:
    """Where ``q`` matches in ``text`` under the search's normalisation (and
    any case): (start, end) offsets in ``text``, for highlighting."""
    needle = normalise(q).lower()
    if not needle:
        return []
    kept: list[tuple[int, str]] = []  # (offset in text, folded character)
    for i, c in enumerate(text):
        c = c.translate(_TABLE)
        if c and not (c == " " and kept and kept[-1][1] == " "):
            lower = c.lower()
            kept.append((i, lower if len(lower) == 1 else c))
    folded = "".join(c for _, c in kept)
    drop = {m.start() for m in re.finditer(CJK_SPACE, folded)}
    kept = [k for n, k in enumerate(kept) if n not in drop]
    folded = "".join(c for _, c in kept)
    spans, start = [], 0
    while (found := folded.find(needle, start)) >= 0:
        end = found + len(needle)
        spans.append((kept[found][0], kept[end - 1][0] + 1))
        start = end
    return spans


def marked_pieces(text: str, spans) -> list[dict]:
    """``text`` cut into pieces, each saying whether it is one of ``spans``
    (sorted, apart), for a template to print escaped with <mark> around
    the matches."""
    pieces, last = [], 0
    for start, end in spans:
        if start > last:
            pieces.append({"text": text[last:start], "match": False})
        pieces.append({"text": text[start:end], "match": True})
        last = end
    if last < len(text):
        pieces.append({"text": text[last:], "match": False})
    return pieces


def cited_symbol(q: str) -> str:
    """The stored form of ``q``, in capitals, when it is a document symbol
    in any case ("s/res/2532 (2020)" -> "S/RES/2532(2020)"; see
    ``documents.ingest.symbols``), else "". References are compared with it
    without regard to case."""
    symbol = normalise_symbol(q.upper())
    return symbol if is_symbol(symbol) else ""


def search_paragraphs(
    q: str, language: str = "", *, body: str = "", kind: str = "", session: str = "",
    document: str = "",
):
    """Paragraphs of published versions whose text contains ``q`` (any case,
    normalised on both sides, see the module's docstring), or that cite
    ``q`` when it is a document symbol; in symbol, language and reading
    order; restricted by the same filters as ``search``. A queryset, for
    the paginator: the PostgreSQL search."""
    needle = normalise(q)
    condition = Q(folded__icontains=needle) if needle else Q(pk__in=[])
    symbol = cited_symbol(needle)
    if symbol:
        condition |= Q(
            pk__in=Reference.objects.filter(
                symbol__iexact=symbol, paragraph__isnull=False
            ).values("paragraph_id")
        )
    hits = Paragraph.objects.alias(folded=normalised(F("text"))).filter(
        condition, version__status=Version.Status.PUBLISHED
    )
    if language:
        hits = hits.filter(version__language=language)
    if body:
        hits = hits.filter(version__document__body__iexact=body)
    if kind:
        hits = hits.filter(version__document__kind=kind)
    if document:
        hits = hits.filter(version__document__symbol=document)
    if session:
        hits = hits.filter(in_session(session, "version__document__"))
    return hits.select_related("version__document", "turn").order_by(
        "version__document__symbol", "version__language", "order"
    )


def _links_touching(ids: set[int], *, pivot_only: bool = False) -> list[Link]:
    if not ids:
        return []
    condition = Q(pivot_first__in=ids) | Q(pivot_second__in=ids)
    if not pivot_only:
        condition |= Q(other_first__in=ids) | Q(other_second__in=ids)
    # no ordering: Link's default one joins versions and documents for nothing
    return list(Link.objects.filter(condition).order_by())


class HitSource(NamedTuple):
    """What ``aligned_hits`` needs to know of a hit paragraph;
    ``pivot_language`` "" when not known (the links tell)."""

    id: int
    language: str
    pivot_language: str
    symbol: str
    anchor: str


def search_hits(hits: list[Paragraph]) -> list[dict]:
    """Each hit (a Paragraph with its version and document) with the
    paragraphs aligned to it: see ``aligned_hits``."""
    return aligned_hits(
        [HitSource(p.id, p.version.language, p.version.document.pivot_language,
                   p.version.document.symbol, p.anchor) for p in hits],
        unpublished={p.id: p for p in hits},
    )  # fmt: skip


def hit_sources(ids: list[int]) -> list[HitSource]:
    """The hits of these paragraph ids, in this order, in one light query;
    paragraphs gone are left out."""
    rows = {
        row[0]: HitSource(*row)
        for row in Paragraph.objects.filter(pk__in=ids).values_list(
            "id", "version__language", "version__document__pivot_language",
            "version__document__symbol", "anchor",
        )
    }  # fmt: skip
    return [rows[pk] for pk in ids if pk in rows]


def aligned_hits(hits: list[HitSource], unpublished=None) -> list[dict]:
    """Each hit with the paragraphs aligned to it in the document's other
    published languages, through the links to the pivot: four queries,
    whatever the number of hits or languages.

    A hit in the pivot version stands for itself; a hit in another version
    stands for the pivot paragraphs it is linked to (a hit whose pivot
    language is not given is in the pivot version unless it is linked as
    another version's paragraph). The aligned paragraphs
    of a language are those linked to these pivot paragraphs (so a merge
    shows the one paragraph covering two). ``row_anchors`` are the anchors
    of these pivot paragraphs, in reading order (the hit's own anchor when
    it has none): the row of the reading view that shows the hit, which is
    named after them (the Arabic pp-6 stands in row "pp-7"). A hit no longer published is
    shown from ``unpublished`` (id -> Paragraph) when given, else left out.
    """
    hit_ids = {p.id for p in hits}
    pivot_of_hit: dict[int, set[int]] = {}
    first_links = _links_touching(hit_ids)
    for p in hits:
        linked = {i for link in first_links if p.id in link.other_ids for i in link.pivot_ids}
        pivot = p.language == p.pivot_language if p.pivot_language else not linked
        pivot_of_hit[p.id] = {p.id} if pivot else linked
    pivot_ids = set().union(*pivot_of_hit.values()) if pivot_of_hit else set()
    links = _links_touching(pivot_ids, pivot_only=True)
    group_of_hit = {
        hit: pivots | {i for link in links if set(link.pivot_ids) & pivots for i in link.other_ids}
        for hit, pivots in pivot_of_hit.items()
    }
    wanted = set().union(*group_of_hit.values()) if group_of_hit else set()
    wanted |= hit_ids
    refs: dict[int, list[FootnoteRef]] = defaultdict(list)
    for ref in (
        FootnoteRef.objects.filter(paragraph_id__in=wanted)
        .select_related("footnote")
        .order_by("paragraph_id", "offset")
    ):
        refs[ref.paragraph_id].append(ref)
    paragraphs = {
        p.id: (p.version.language, p.order, paragraph_dict(p, refs[p.id]))
        for p in Paragraph.objects.filter(
            id__in=wanted, version__status=Version.Status.PUBLISHED
        ).select_related("version", "turn")
    }
    results = []
    for p in hits:
        if p.id in paragraphs:
            paragraph = paragraphs[p.id][2]
        elif unpublished and p.id in unpublished:
            paragraph = paragraph_dict(unpublished[p.id], [])
        else:
            continue
        aligned: dict[str, list[tuple[int, dict]]] = defaultdict(list)
        for i in group_of_hit[p.id]:
            if i in paragraphs and paragraphs[i][0] != p.language:
                language, order, data = paragraphs[i]
                aligned[language].append((order, data))
        row = sorted((paragraphs[i][1], paragraphs[i][2]["anchor"])
                     for i in pivot_of_hit[p.id] if i in paragraphs)
        results.append(
            {
                "symbol": p.symbol,
                "language": p.language,
                "paragraph": paragraph,
                "row_anchors": [anchor for _, anchor in row] or [p.anchor],
                "aligned": {
                    lang: [data for _, data in sorted(cells, key=lambda c: c[0])]
                    for lang, cells in sorted(aligned.items())
                },
                "url": f"/{p.symbol}/?langs={p.language}#{p.language}-{p.anchor}",
            }
        )
    return results


# -- the interface over both engines -----------------------------------------

ENGINE_INDEX = "index"
ENGINE_DATABASE = "database"

#: What a reader is told when the database answers instead of the index
#: (in the interface's language, as the reason).
FALLBACK = gettext_noop(
    "{reason} Meanwhile these results come from the database: slower, in "
    "document order rather than ranked, and matching the query as one phrase."
)

#: A query needs at least this many characters, or one Han character.
MIN_QUERY_LENGTH = 2
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

#: Concordance: the paragraphs read (best first) and the lines kept.
CONCORDANCE_PARAGRAPHS = 400
CONCORDANCE_LINES = 2000


def long_enough(q: str) -> bool:
    """A query worth running: two characters, or one Chinese character."""
    q = q.strip()
    return len(q) >= MIN_QUERY_LENGTH or bool(_HAN_RE.search(q))


def index_dir() -> Path:
    """Where the index lives: ``SEARCH_INDEX_DIR``, by default var/search."""
    return Path(getattr(settings, "SEARCH_INDEX_DIR", settings.BASE_DIR / "var" / "search"))


def _lock_timeout() -> float:
    return float(getattr(settings, "SEARCH_INDEX_LOCK_TIMEOUT", 30))


def _freshness_seconds() -> float:
    """How long a process trusts its last look at the database when it
    asks whether the index is up to date (``SEARCH_FRESHNESS_SECONDS``):
    a change another process made without updating the index is noticed
    that much later. Updates made by this process are noticed at once."""
    return float(getattr(settings, "SEARCH_FRESHNESS_SECONDS", 2))


@dataclass(frozen=True)
class SearchQuery:
    """A search: the words (``"..."`` for a phrase) and the filters, each
    empty for none. ``session`` is a session number or a year, as in the
    library; ``document`` a symbol."""

    q: str
    language: str = ""
    body: str = ""
    kind: str = ""
    session: str = ""
    document: str = ""

    @property
    def symbol(self) -> str:
        """``document`` in its stored form ("a/res/75/16" -> "A/RES/75/16")."""
        return cited_symbol(self.document) or self.document.strip()

    def filters(self):
        from documents.searchindex.engine import Filters

        return Filters(self.language, self.body, self.kind, self.session, self.symbol)


def _plan(q: str):
    from documents.ingest.references import find_references
    from documents.searchindex.analysis import plan_query

    return plan_query(q, cited_symbol=cited_symbol, find_references=find_references)


_last_reported = [""]  # the fallback's reason last logged by this process


def index_status():
    """The index's state (``missing``, ``stale``, ``fresh``) with the
    message that explains it and, unless missing, the open index."""
    from documents.searchindex import store

    return store.status(index_dir(), _freshness_seconds())


def _open_index():
    """The open index when it can answer, else (None, notice)."""
    state = index_status()
    if state.state == "fresh":
        return state.opened, ""
    if state.message != _last_reported[0]:
        _last_reported[0] = state.message
        logger.warning("search falls back to the database: %s", state.message)
    return None, gettext(FALLBACK).format(reason=state.translated())


class _Results:
    """Hits for a paginator: ``count()`` then slices, each slice the hit
    dicts of that page (paragraph, aligned paragraphs, highlights,
    snippet, the number of hits in its document)."""

    engine = ENGINE_DATABASE
    notice = ""

    @property
    def count_exact(self) -> bool:
        """False when ``count()`` is an estimate (a very common phrase, see
        ``documents.searchindex.engine``)."""
        return True

    def count(self) -> int:
        raise NotImplementedError

    def page(self, offset: int, limit: int) -> list[dict]:
        raise NotImplementedError

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("search results are read a page (a slice) at a time")
        start = key.start or 0
        stop = self.count() if key.stop is None else min(key.stop, self.count())
        return self.page(start, stop - start) if stop > start else []


def _with_paragraphs(found: list[tuple[int, dict]], sources=None) -> list[dict]:
    """(paragraph id, extra fields) -> hit dicts in the same order: the
    hits' ``sources`` (else one light query for them), then
    ``aligned_hits``. Paragraphs gone or withdrawn since the index was read
    are left out."""
    extras = dict(found)
    hits = aligned_hits(sources or hit_sources([pk for pk, _ in found]))
    for hit in hits:
        hit.update(extras[hit["paragraph"]["id"]])
    return hits


def _hit_fields(text: str, spans, score, document_hits: int) -> dict:
    from documents.searchindex.snippets import snippet

    return {
        "score": score,
        "highlights": [list(s) for s in spans],
        "snippet": snippet(text, spans).as_dict(len(text)),
        "document_hits": document_hits,
    }


class IndexResults(_Results):
    engine = ENGINE_INDEX

    def __init__(self, opened, plan, filters):
        from documents.searchindex.engine import Search

        self.plan = plan
        self.search = Search(opened, plan, filters)

    def count(self) -> int:
        return self.search.count()

    @property
    def count_exact(self) -> bool:
        self.search.count()
        return self.search.count_exact

    def page(self, offset: int, limit: int) -> list[dict]:
        from documents.searchindex.snippets import Highlighter

        found = self.search.top(offset, limit)
        counts = self.search.document_counts([h.document_id for h in found])
        highlight = Highlighter(self.plan)
        sources = [HitSource(h.paragraph_id, h.language, "", h.symbol, h.anchor) for h in found]
        return _with_paragraphs([
            (h.paragraph_id, _hit_fields(
                h.text, highlight(h.text, h.language, h.citations), h.score,
                counts.get(h.document_id, 1),
            ))
            for h in found
        ], sources)  # fmt: skip


class DatabaseResults(_Results):
    def __init__(self, query: SearchQuery, notice: str):
        self.query = query
        self.notice = notice
        self.paragraphs = search_paragraphs(
            query.q, query.language, body=query.body, kind=query.kind,
            session=query.session, document=query.symbol,
        )  # fmt: skip
        self._count: int | None = None

    def count(self) -> int:
        if self._count is None:
            self._count = self.paragraphs.count()
        return self._count

    def page(self, offset: int, limit: int) -> list[dict]:
        found = list(self.paragraphs[offset : offset + limit])
        documents = {p.version.document_id for p in found}
        counts = dict(
            self.paragraphs.filter(version__document_id__in=documents)
            .order_by()
            .values_list("version__document_id")
            .annotate(n=Count("id"))
        )
        return _with_paragraphs([
            (p.id, _hit_fields(p.text, match_spans(p.text, self.query.q), None,
                               counts.get(p.version.document_id, 1)))
            for p in found
        ])  # fmt: skip


class _Empty(_Results):
    def __init__(self, engine: str, notice: str):
        self.engine, self.notice = engine, notice

    def count(self) -> int:
        return 0

    def page(self, offset: int, limit: int) -> list[dict]:
        return []


def search(query: SearchQuery) -> _Results:
    """Paragraph hits for ``query``, best first (from the index) or in
    document order (from the database, with a ``notice``): a lazy sequence
    a paginator reads with ``count()`` and one slice."""
    opened, notice = _open_index()
    if opened is None:
        return DatabaseResults(query, notice)
    plan = _plan(query.q)
    if plan.empty:
        return _Empty(ENGINE_INDEX, "")
    return IndexResults(opened, plan, query.filters())


# -- concordance -----------------------------------------------------------------


class ConcordanceResults(_Results):
    """Key-word-in-context lines, one per occurrence, sorted by ``sort``
    (``rank``: the paragraphs' order of relevance; ``left`` or ``right``
    context); a page's lines carry their paragraph's aligned paragraphs.
    Reads the best ``CONCORDANCE_PARAGRAPHS`` paragraphs."""

    def __init__(self, lines: list[tuple], engine: str, notice: str, truncated: bool):
        self.lines = lines  # (paragraph id, Line, document hits)
        self.engine, self.notice, self.truncated = engine, notice, truncated

    def count(self) -> int:
        return len(self.lines)

    def page(self, offset: int, limit: int) -> list[dict]:
        chosen = self.lines[offset : offset + limit]
        hits = {
            hit["paragraph"]["id"]: hit
            for hit in _with_paragraphs([(pk, {}) for pk in dict.fromkeys(pk for pk, _ in chosen)])
        }
        return [{**hits[pk], "line": line.as_dict()} for pk, line in chosen if pk in hits]


def concordance(query: SearchQuery, *, sort: str = "rank") -> ConcordanceResults:
    """Every occurrence of ``query`` in the best paragraphs, one line each
    (see ``documents.searchindex.concordance``)."""
    from documents.searchindex.concordance import lines as kwic_lines
    from documents.searchindex.engine import Search
    from documents.searchindex.snippets import Highlighter

    opened, notice = _open_index()
    found: list[tuple[int, object]] = []
    if opened is not None:
        plan = _plan(query.q)
        engine = ENGINE_INDEX
        hits = [] if plan.empty else Search(opened, plan, query.filters()).top(
            0, CONCORDANCE_PARAGRAPHS + 1
        )
        truncated = len(hits) > CONCORDANCE_PARAGRAPHS
        highlight = Highlighter(plan)
        for h in hits[:CONCORDANCE_PARAGRAPHS]:
            spans = highlight(h.text, h.language, h.citations)
            found += [(h.paragraph_id, line) for line in kwic_lines(h.text, h.language, spans)]
    else:
        engine = ENGINE_DATABASE
        paragraphs = list(
            search_paragraphs(
                query.q, query.language, body=query.body, kind=query.kind,
                session=query.session, document=query.symbol,
            ).select_related(None).only("id", "text", "version__language")[
                : CONCORDANCE_PARAGRAPHS + 1
            ]
        )  # fmt: skip
        truncated = len(paragraphs) > CONCORDANCE_PARAGRAPHS
        for p in paragraphs[:CONCORDANCE_PARAGRAPHS]:
            spans = match_spans(p.text, query.q)
            found += [(p.id, line) for line in kwic_lines(p.text, p.version.language, spans)]
    truncated = truncated or len(found) > CONCORDANCE_LINES
    found = found[:CONCORDANCE_LINES]
    if sort in ("left", "right"):
        found.sort(key=lambda item: item[1].sort_key(sort))
    return ConcordanceResults(found, engine, notice, truncated)


# -- keeping the index up to date ----------------------------------------------------


def index_documents(document_ids) -> bool:
    """Re-index these documents (all their published versions; nothing for
    a document gone or withdrawn). Called after the commit that changed
    them; never raises: on failure the index is left behind the database,
    which ``index_status`` reports, and the search falls back until the
    next update or rebuild. False when nothing was updated (no index yet,
    or the failure)."""
    from documents.searchindex import store

    try:
        return store.replace_documents(index_dir(), document_ids, lock_timeout=_lock_timeout())
    except Exception:  # the writes to PostgreSQL are committed: never undo them
        logger.exception("the search index could not be updated for documents %s",
                         sorted(document_ids))
        return False


def index_version(version: Version) -> bool:
    """Bring the index up to date with ``version``'s document after an
    ingest, a replacement, a publication or a withdrawal (see
    ``index_documents``): ``transaction.on_commit(lambda: index_version(v))``."""
    return index_documents([version.document_id])


def unindex_version(version: Version) -> bool:
    """Take ``version`` out of the index after it was deleted or withdrawn:
    its document is indexed again with the versions it still has."""
    return index_documents([version.document_id])


def rebuild_index(progress=None):
    """Build the index again from the database (``rebuild_search_index``)."""
    from documents.searchindex import store

    return store.rebuild(index_dir(), lock_timeout=_lock_timeout(), progress=progress)
