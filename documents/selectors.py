"""Reads shared by the reading view and the API.

Every function here makes a constant number of queries, whatever the number
of paragraphs or languages: that is how pages and endpoints keep their query
counts flat. They return plain dicts (the API's JSON shapes), so templates and
serializers only map fields.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from itertools import starmap
from typing import NamedTuple

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL

from alignment.models import Link
from alignment.table import Row, build_table
from alignment.units import Link as LinkData
from documents.ingest.types import LANGUAGES
from documents.models import (
    Attendance,
    Document,
    Footnote,
    FootnoteRef,
    Meeting,
    Paragraph,
    Reference,
    SpeakerTurn,
    Version,
)

UNKNOWN_LANGUAGES = "unknown language code(s): {codes}"
MISSING_LANGUAGES = "{symbol} has no published version in: {codes}"


@dataclass(frozen=True)
class Freshness:
    """A document's freshness stamp: what pages and API answers derive their
    ETag and Last-Modified from. ``documents.changes`` keeps it current."""

    document_id: int
    symbol: str
    revision: int
    changed_at: datetime


def freshness(symbol: str) -> Freshness | None:
    """The stamp of the document ``symbol`` (as stored): one query on the
    unique index of symbols, no aggregate; None for an unknown symbol."""
    if "\x00" in symbol:
        return None
    rows = (
        Document.objects.filter(symbol=symbol)
        .order_by()
        .values_list("id", "symbol", "revision", "changed_at")[:1]
    )
    return next((Freshness(*row) for row in rows), None)


def freshness_of(document: Document) -> Freshness:
    """The stamp of a document already read (no query)."""
    return Freshness(document.pk, document.symbol, document.revision, document.changed_at)


ETAG_VERSION = "2"


def etag(stamp: Freshness, *variant) -> str:
    """The one ETag of pages and API answers: the document's stamp and what
    the response varies by besides it (the endpoint, languages, format,
    interface language...). Unquoted."""
    parts = [ETAG_VERSION, stamp.document_id, stamp.revision, stamp.changed_at.timestamp(),
             *variant]
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:32]


def published_versions() -> QuerySet[Version]:
    return Version.objects.filter(status=Version.Status.PUBLISHED)


def in_session(session: str, path: str = "") -> Q:
    """Documents of a session number or, with four digits, also of a year
    (never year 0, which PostgreSQL refuses); ``path`` leads to the
    document from the model filtered ("version__document__")."""
    if not re.fullmatch(r"\d{1,4}", session, re.ASCII):
        return Q(pk__in=[])
    found = Q(**{f"{path}session": session})
    if len(session) == 4 and int(session):
        found |= Q(**{f"{path}date__year": session})
    return found


def library_documents(
    *, body: str = "", kind: str = "", session: str = "", language: str = "", q: str = ""
) -> QuerySet[Document]:
    """Documents with at least one published version, filtered, with their
    published versions prefetched (two queries)."""
    documents = Document.objects.annotate(
        published=Count("versions", filter=Q(versions__status=Version.Status.PUBLISHED))
    ).filter(published__gt=0)
    if body:
        documents = documents.filter(body__iexact=body)
    if kind:
        documents = documents.filter(kind=kind)
    if session:
        documents = documents.filter(in_session(session))
    if language:
        documents = documents.filter(
            versions__language=language, versions__status=Version.Status.PUBLISHED
        )
    if q:
        documents = documents.filter(
            Q(symbol__icontains=q)
            | Q(versions__title__icontains=q, versions__status=Version.Status.PUBLISHED)
        )
    return documents.distinct().prefetch_related(
        Prefetch("versions", queryset=published_versions().defer("source", "text"))
    )


def get_document(symbol: str) -> Document | None:
    """A document with its published versions (light fields only)."""
    if "\x00" in symbol:
        return None  # PostgreSQL text cannot hold NUL: no such document
    return (
        Document.objects.filter(symbol=symbol)
        .select_related("edition")  # the link to the changes since the last edition
        .prefetch_related(
            Prefetch(
                "versions",
                queryset=published_versions().defer("source", "text").order_by("language"),
            )
        )
        .first()
    )


def paragraph_dict(paragraph: Paragraph, refs: list[FootnoteRef]) -> dict:
    turn = paragraph.turn
    return {
        "id": paragraph.id,
        "anchor": paragraph.anchor,
        "kind": paragraph.kind,
        "number": paragraph.number,
        "text": paragraph.text,
        "html": paragraph.html,
        "footnote_refs": [{"marker": r.footnote.marker, "offset": r.offset} for r in refs],
        "speaker": (
            {
                "turn": turn.index,
                "name": turn.name,
                "role": turn.role,
                "delegation": turn.delegation_printed,
                "language": turn.language,
            }
            if turn
            else None
        ),
    }


PARAGRAPH_COLUMNS = (
    "id", "version_id", "anchor", "kind", "number",
    "turn__index", "turn__name", "turn__role", "turn__delegation_printed", "turn__language",
)


class StoredParagraph(NamedTuple):
    """One paragraph as read for a table (a row of ``values_list``, no model
    instance: a long record has tens of thousands): what naming, paging and
    the contents need for every row. ``text`` and ``html`` are None when read
    without them (``paragraph_texts`` loads those a page shows)."""

    id: int
    version_id: int
    anchor: str
    kind: str
    number: str
    turn: int | None
    name: str | None
    role: str | None
    delegation: str | None
    language: str | None
    text: str | None = None
    html: str | None = None


def _stored_paragraphs(version_ids: list[int], *, texts: bool) -> dict[int, list[StoredParagraph]]:
    """The paragraphs of several versions in reading order, by version: one query."""
    columns = PARAGRAPH_COLUMNS + (("text", "html") if texts else ())
    paragraphs: dict[int, list[StoredParagraph]] = defaultdict(list)
    for paragraph in starmap(StoredParagraph, Paragraph.objects.filter(
            version_id__in=version_ids).order_by("version_id", "order").values_list(*columns)):
        paragraphs[paragraph.version_id].append(paragraph)
    return paragraphs


def _footnote_refs(version_ids: list[int]) -> dict[int, list[dict]]:
    """The footnote marks of the paragraphs of several versions, by paragraph: one query."""
    refs: dict[int, list[dict]] = defaultdict(list)
    for paragraph_id, marker, offset in (
        FootnoteRef.objects.filter(paragraph__version_id__in=version_ids)
        .order_by("paragraph_id", "offset")
        .values_list("paragraph_id", "footnote__marker", "offset")
    ):
        refs[paragraph_id].append({"marker": marker, "offset": offset})
    return refs


def stored_paragraph_dict(p: StoredParagraph, refs: list[dict]) -> dict:
    """A stored paragraph in the API's shape (as ``paragraph_dict``)."""
    return {
        "id": p.id,
        "anchor": p.anchor,
        "kind": p.kind,
        "number": p.number,
        "text": p.text,
        "html": p.html,
        "footnote_refs": refs,
        "speaker": {"turn": p.turn, "name": p.name, "role": p.role, "delegation": p.delegation,
                    "language": p.language} if p.turn is not None else None,
    }  # fmt: skip


def _paragraphs_by_version(version_ids: list[int], *, texts: bool = True) -> dict[int, list[dict]]:
    """Paragraph dicts of several versions in reading order: two queries.
    With ``texts=False`` their ``text`` and ``html`` are None, for
    ``fill_texts`` to load where a page shows them."""
    refs = _footnote_refs(version_ids)
    return {
        version_id: [stored_paragraph_dict(p, refs.get(p.id, [])) for p in paragraphs]
        for version_id, paragraphs in _stored_paragraphs(version_ids, texts=texts).items()
    }


def paragraph_texts(ids: list[int]) -> dict[int, tuple[str, str]]:
    """The ``text`` and ``html`` of paragraphs read without them: one query,
    whatever their number (none when there is nothing to read)."""
    if not ids:
        return {}
    # the ids as one array parameter: a page of rows asks for thousands, and
    # "IN (%s, %s, ...)" costs the driver as much as the rows it reads
    return {pid: (text, html) for pid, text, html in Paragraph.objects.filter(
        id__in=RawSQL("SELECT unnest(%s::bigint[])", [list(ids)])).values_list(
        "id", "text", "html")}


def fill_texts(paragraphs: list[dict]) -> None:
    """Load the ``text`` and ``html`` of paragraph dicts read without them
    (one query, whatever their number)."""
    wanted = {p["id"]: p for p in paragraphs if p["html"] is None}
    for pid, (text, html) in paragraph_texts(list(wanted)).items():
        wanted[pid]["text"], wanted[pid]["html"] = text, html


def _footnotes_by_version(version_ids: list[int]) -> dict[int, list[dict]]:
    """Footnotes with the anchors of every paragraph that marks them."""
    marks: dict[int, list[str]] = defaultdict(list)
    for footnote_id, anchor in FootnoteRef.objects.filter(
        footnote__version_id__in=version_ids
    ).order_by("paragraph__order").values_list("footnote_id", "paragraph__anchor"):
        marks[footnote_id].append(anchor)
    footnotes: dict[int, list[dict]] = defaultdict(list)
    for f in Footnote.objects.filter(version_id__in=version_ids).order_by("version_id", "order"):
        footnotes[f.version_id].append(
            {"marker": f.marker, "text": f.text, "html": f.html, "referenced_by": marks[f.id]}
        )
    return footnotes


def version_detail(version: Version) -> dict:
    """One version as the API's version endpoint shows it."""
    return {
        "symbol": version.document.symbol,
        "language": version.language,
        "title": version.title,
        "status": version.status,
        "warnings": version.warnings,
        "source_sha256": version.source_sha256,
        "ingested_at": version.ingested_at,
        "updated_at": version.updated_at,
        "paragraphs": _paragraphs_by_version([version.id])[version.id],
        "footnotes": _footnotes_by_version([version.id])[version.id],
    }


def parse_languages(document: Document, requested: str | list[str] | None) -> list[str]:
    """Validated language codes for a document, in the order asked; the
    document's own languages (pivot first) when none are asked. Raises
    ValueError with a message naming the unknown or missing codes."""
    available = [v.language for v in document.versions.all()]
    if isinstance(requested, str):
        requested = [c.strip() for c in requested.split(",") if c.strip()]
    if not requested:
        pivot = document.pivot_language
        return sorted(available, key=lambda c: (c != pivot, c))[:3]
    codes = list(dict.fromkeys(requested))
    unknown = [c for c in codes if c not in LANGUAGES]
    if unknown:
        raise ValueError(UNKNOWN_LANGUAGES.format(codes=", ".join(unknown)))
    missing = [c for c in codes if c not in available]
    if missing:
        raise ValueError(MISSING_LANGUAGES.format(symbol=document.symbol, codes=", ".join(missing)))
    return codes


@dataclass
class AlignedTable:
    """The alignment table of a document for some languages, as ids: the
    rows of ``alignment.table.build_table`` over the stored paragraphs.
    Naming, paging and the contents read every row cheaply from it (the
    ``paragraphs`` as read, ``anchor``, ``kind``); ``row_dict`` gives a row
    in the API's shape, its paragraphs as dicts made once and shared, so
    that a page builds dicts only for the rows it shows."""

    symbol: str
    languages: list[str]
    pivot: str  # the pivot's language ("" when the document has none)
    pivot_shown: str | None  # the column that holds the pivot paragraphs, if shown
    rows: list[Row]
    paragraphs: dict[int, StoredParagraph]
    pivot_anchors: dict[int, str]  # every pivot paragraph's anchor, shown or not
    checked: set[tuple[str, int]]  # (language, paragraph) placed or checked by a curator
    refs: dict[int, list[dict]]
    _dicts: dict[int, dict] = field(default_factory=dict, repr=False)

    def paragraph(self, paragraph_id: int) -> dict:
        """A paragraph in the API's shape, made once (``fill_texts`` fills
        the same dict the rows hold)."""
        found = self._dicts.get(paragraph_id)
        if found is None:
            found = self._dicts[paragraph_id] = stored_paragraph_dict(
                self.paragraphs[paragraph_id], self.refs.get(paragraph_id, []))
        return found

    def __post_init__(self):
        # a link may name a paragraph the versions read do not hold (none
        # does in a consistent database): only then are cells filtered
        known = self.paragraphs
        self._all_known = all(
            i in known for row in self.rows for cell in row.cells.values() for i in cell)

    def cell_ids(self, row: Row, lang: str) -> list[int]:
        """The paragraphs of a row in ``lang`` (not to be changed: the row's own list)."""
        if self._all_known:
            return row.cells.get(lang, [])
        known = self.paragraphs
        return [i for i in row.cells.get(lang, ()) if i in known]

    def anchor(self, row: Row) -> str:
        """The pivot paragraph's anchor, so ``#op-5`` names the same row
        whatever languages are shown; a row the pivot lacks is named after
        its first cell."""
        for paragraph_id in row.pivot_ids:
            if paragraph_id in self.pivot_anchors:
                return self.pivot_anchors[paragraph_id]
        for lang in self.languages:
            cell = self.cell_ids(row, lang)
            if cell:
                return f"{lang}-only-{self.paragraphs[cell[0]].anchor}"
        return ""

    def kind(self, row: Row) -> str:
        """The kind of the row's first paragraph, in the first column that has one."""
        for lang in self.languages:
            cell = self.cell_ids(row, lang)
            if cell:
                return self.paragraphs[cell[0]].kind
        return "other"

    def row_dict(self, row: Row) -> dict:
        """One row as the API's aligned endpoint shows it."""
        cells = {lang: [self.paragraph(i) for i in self.cell_ids(row, lang)]
                 for lang in self.languages}
        return {
            "index": row.index + 1,
            "kind": self.kind(row),
            "anchor": self.anchor(row),
            "cells": cells,
            "confidence": {lang: row.confidence[lang] for lang in self.languages
                           if lang in row.confidence},
            "method": row.method,
            "checked": {
                lang: bool(cells[lang]) and all((lang, p["id"]) in self.checked
                                                for p in cells[lang])
                for lang in self.languages
                if lang != self.pivot_shown
            },
        }  # fmt: skip


def _present(first: int | None, second: int | None) -> tuple[int, ...]:
    """The paragraph ids a side of a link holds (either may be unset)."""
    if first:
        return (first, second) if second else (first,)
    return (second,) if second else ()


def table_of(document: Document, languages: list[str], *, texts: bool = True) -> AlignedTable:
    """The alignment table of ``document`` for ``languages`` (validated with
    parse_languages, document from get_document): the finest rows consistent
    with the links to the pivot. Constant number of queries. With
    ``texts=False`` the paragraphs come without text and html
    (``paragraph_texts``): a page of rows of a long record needs only its own."""
    versions = {v.language: v for v in document.versions.all()}
    pivot = versions.get(document.pivot_language) or (
        Version.objects.filter(document=document, language=document.pivot_language)
        .only("id", "language")
        .first()
    )  # a draft pivot still anchors the links, but its column is never shown
    wanted = [versions[c] for c in languages]
    ids = [v.id for v in wanted]
    stored = _stored_paragraphs(ids, texts=texts)
    refs = _footnote_refs(ids)
    if pivot is not None and pivot.id in stored:  # shown: its paragraphs are read already
        pivot_anchor = {p.id: p.anchor for p in stored[pivot.id]}
    elif pivot is not None:
        pivot_anchor = dict(Paragraph.objects.filter(version=pivot).order_by("order")
                            .values_list("id", "anchor"))
    else:
        pivot_anchor = {}
    pivot_order = list(pivot_anchor)
    links_by_lang: dict[str, list[LinkData]] = defaultdict(list)
    checked: set[tuple[str, int]] = set()
    language_of_version = {v.id: v.language for v in wanted}
    for (version_id, pivot_first, pivot_second, other_first, other_second, confidence,
         method, is_checked) in Link.objects.filter(version_id__in=ids).order_by(
            "version_id", "id").values_list(
            "version_id", "pivot_first_id", "pivot_second_id", "other_first_id",
            "other_second_id", "confidence", "method", "checked"):
        lang = language_of_version[version_id]
        other_ids = _present(other_first, other_second)
        links_by_lang[lang].append(
            LinkData(_present(pivot_first, pivot_second), other_ids, confidence, method))
        if is_checked or method == Link.Method.MANUAL:
            checked.update((lang, i) for i in other_ids)
    order_by_lang = {v.language: [p.id for p in stored[v.id]] for v in wanted}
    if pivot is None:
        pivot_order = order_by_lang[languages[0]]
        pivot_anchor = {p.id: p.anchor for p in stored[wanted[0].id]}
    pivot_shown = pivot.language if pivot and pivot.id in ids else None
    if pivot is None:
        pivot_shown = languages[0]
    rows = build_table(
        pivot_order,
        {lang: links_by_lang[lang] for lang in languages if lang != pivot_shown},
        order_by_lang,
        pivot_lang=pivot_shown,
    )
    return AlignedTable(
        symbol=document.symbol, languages=languages, pivot=pivot.language if pivot else "",
        pivot_shown=pivot_shown, rows=rows,
        paragraphs={p.id: p for v in wanted for p in stored[v.id]},
        pivot_anchors=pivot_anchor, checked=checked, refs=refs)


def aligned_table(document: Document, languages: list[str], *, texts: bool = True) -> dict:
    """The alignment table (``table_of``) in the API's shape: ``{"symbol",
    "languages", "pivot", "rows"}``, each row as ``AlignedTable.row_dict``."""
    table = table_of(document, languages, texts=texts)
    return {"symbol": table.symbol, "languages": languages, "pivot": table.pivot,
            "rows": [table.row_dict(row) for row in table.rows]}


def _meetings(version_ids: list[int]) -> dict[int, Meeting]:
    """The meeting header of each version of a record, with its attendance (two queries)."""
    return {
        m.version_id: m
        for m in Meeting.objects.filter(version_id__in=version_ids).prefetch_related(
            Prefetch("attendance", queryset=Attendance.objects.order_by("order"))
        )
    }


def rows_context(document: Document, languages: list[str]) -> dict:
    """What naming and paging the rows of the reading view needs, and no
    more (``reading_context`` has it too): the table as ids, and the
    meetings whose header holds the attendance."""
    versions = {v.language: v for v in document.versions.all()}
    meetings = _meetings([versions[c].id for c in languages])
    return {"table": table_of(document, languages, texts=False),
            "meetings": {c: meetings.get(versions[c].id) for c in languages}}


def reading_context(document: Document, languages: list[str]) -> dict:
    """Everything the reading view shows, in a constant number of queries.
    The table (``AlignedTable``) comes as ids, its paragraphs without their
    text and html: the page loads those of the rows it shows
    (``paragraph_texts``, one more query)."""
    versions = {v.language: v for v in document.versions.all()}
    ids = [versions[c].id for c in languages]
    table = table_of(document, languages, texts=False)
    footnotes = _footnotes_by_version(ids)
    references_out = [
        {**r, "target__symbol": r["target__symbol"] if r["published_target"] else None}
        for r in Reference.objects.filter(version_id__in=ids)
        .annotate(published_target=Exists(
            published_versions().filter(document_id=OuterRef("target_id"))
        ))
        .values("symbol", "target__symbol", "published_target")
        .distinct()
        .order_by("symbol")
    ]
    cited_by = list(
        Reference.objects.filter(target=document, version__status=Version.Status.PUBLISHED)
        .values_list("version__document__symbol", flat=True)
        .distinct()
        .order_by("version__document__symbol")
    )
    meetings = _meetings(ids)
    turns = defaultdict(list)
    for turn in SpeakerTurn.objects.filter(version_id__in=ids).order_by("version_id", "index"):
        turns[turn.version_id].append(turn)
    return {
        "document": document,
        "languages": languages,
        "versions": [versions[c] for c in languages],
        "table": table,
        "footnotes": {versions[c].language: footnotes[versions[c].id] for c in languages},
        "meetings": {c: meetings.get(versions[c].id) for c in languages},
        "turns": {c: turns[versions[c].id] for c in languages},
        "references_out": references_out,
        "cited_by": cited_by,
        "corpus_symbols": {r["target__symbol"] for r in references_out if r["target__symbol"]},
    }
