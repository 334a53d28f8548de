"""What the index holds, read from PostgreSQL (the system of record).

Reads: documents, their published versions, paragraphs and the references
of those paragraphs.
Produces: ``ParagraphRecord``s, plain data the store turns into index
documents, and ``VersionStamps`` (version id -> last update) that say which
state of the database an index reflects.

Not in charge of: analysis (``analysis``) or writing the index (``store``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db.models import Count, Max, Sum

from documents.models import Paragraph, Reference, Version

#: Documents read per round trip when the whole library is indexed.
DOCUMENT_BATCH = 200

VersionStamps = dict[int, str]  # version id -> updated_at, ISO 8601


@dataclass(frozen=True)
class ParagraphRecord:
    paragraph_id: int
    document_id: int
    version_id: int
    order: int
    symbol: str
    language: str
    body: str
    kind: str
    session: int | None
    year: int | None
    anchor: str
    text: str
    citations: tuple[tuple[str, int, int], ...]  # (symbol, start, end) in text


def published_versions():
    return Version.objects.filter(status=Version.Status.PUBLISHED)


def version_stamps(document_ids: Iterable[int] | None = None) -> VersionStamps:
    """The published versions (of these documents, or all) and when each
    was last updated."""
    versions = published_versions()
    if document_ids is not None:
        versions = versions.filter(document_id__in=list(document_ids))
    return {pk: updated.isoformat() for pk, updated in versions.values_list("id", "updated_at")}


@dataclass(frozen=True)
class Fingerprint:
    """A summary of ``VersionStamps`` that one aggregate query gives for the
    database: equal fingerprints mean the index holds every published
    version at its latest update (an added, replaced, withdrawn, deleted
    or re-published version changes the count, the sum of ids or the
    latest update)."""

    versions: int
    id_sum: int
    latest: str

    @classmethod
    def of_stamps(cls, stamps: VersionStamps) -> Fingerprint:
        return cls(len(stamps), sum(stamps), max(stamps.values(), default=""))

    @classmethod
    def of_database(cls) -> Fingerprint:
        row = published_versions().aggregate(n=Count("id"), ids=Sum("id"), latest=Max("updated_at"))
        latest = row["latest"].isoformat() if row["latest"] else ""
        return cls(row["n"], row["ids"] or 0, latest)


def all_document_ids() -> list[int]:
    documents = published_versions().order_by("document_id").values_list("document_id", flat=True)
    return list(documents.distinct())


def paragraph_records(document_ids: list[int]) -> Iterator[ParagraphRecord]:
    """The paragraphs of the published versions of these documents, in
    document, language and reading order; two queries per
    ``DOCUMENT_BATCH`` documents."""
    for first in range(0, len(document_ids), DOCUMENT_BATCH):
        batch = document_ids[first : first + DOCUMENT_BATCH]
        citations: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
        for paragraph_id, symbol, text, offset in Reference.objects.filter(
            version__document_id__in=batch,
            version__status=Version.Status.PUBLISHED,
            paragraph__isnull=False,
        ).values_list("paragraph_id", "symbol", "text", "offset"):
            citations[paragraph_id].append((symbol, offset, offset + len(text)))
        rows = (
            Paragraph.objects.filter(
                version__document_id__in=batch, version__status=Version.Status.PUBLISHED
            )
            .order_by("version__document_id", "version__language", "order")
            .values_list(
                "id", "version__document_id", "version_id", "order",
                "version__document__symbol", "version__language",
                "version__document__body", "version__document__kind",
                "version__document__session", "version__document__date",
                "anchor", "text",
            )
        )  # fmt: skip
        for (pk, document_id, version_id, order, symbol, language, body, kind, session,
             date, anchor, text) in rows.iterator(chunk_size=2000):
            yield ParagraphRecord(
                paragraph_id=pk, document_id=document_id, version_id=version_id,
                order=order, symbol=symbol, language=language, body=body, kind=kind,
                session=session, year=date.year if date else None, anchor=anchor,
                text=text, citations=tuple(citations.get(pk, ())),
            )  # fmt: skip
