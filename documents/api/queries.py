"""Reads the API needs beyond ``documents.selectors``.

Each function makes a constant number of queries, whatever the size of the
document or the number of languages, and returns plain dicts for the output
serializers. ETags come from the document's freshness stamp through
``documents.selectors.etag``, the one the reading view uses too, so a
conditional GET answers 304 before the heavy reads.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count

from documents.models import (
    Attendance,
    Document,
    Meeting,
    Paragraph,
    Reference,
    SpeakerTurn,
    Version,
)
from documents.selectors import etag, freshness_of, published_versions


def document_etag(document: Document) -> str:
    """Changes when anything the document endpoint shows does: the
    document's freshness stamp (no query)."""
    return etag(freshness_of(document), "api-document")


def version_etag(version: Version) -> str:
    """``version`` read with its document (``get_published_version``)."""
    return etag(freshness_of(version.document), "api-version", version.language)


def table_etag(document: Document, languages: list[str], *extra) -> str:
    """The aligned table (and its exports) for ``languages`` (no query)."""
    return etag(freshness_of(document), "api-table", ",".join(languages), *extra)


def get_published_version(symbol: str, language: str) -> Version | None:
    if "\x00" in symbol:
        return None  # PostgreSQL text cannot hold NUL: no such version, as in get_document
    return (
        published_versions()
        .filter(document__symbol=symbol, language=language)
        .select_related("document")
        .defer("source", "text")
        .first()
    )


def document_detail(document: Document) -> dict:
    """The document with its published versions (prefetched by
    ``get_document``), the references its versions print and the documents
    that cite it: three queries."""
    versions = list(document.versions.all())
    counts = dict(
        Paragraph.objects.filter(version__in=versions)
        .values("version_id")
        .annotate(n=Count("id"))
        .values_list("version_id", "n")
    )
    references = [
        {"symbol": r["symbol"], "text": r["text"], "language": r["version__language"],
         "target": r["target__symbol"]}
        for r in Reference.objects.filter(version__in=versions)
        .values("symbol", "text", "version__language", "target__symbol")
        .distinct()
        .order_by("symbol", "version__language", "text")
    ]
    cited: dict[str, list[str]] = defaultdict(list)
    for symbol, language in (
        Reference.objects.filter(target=document, version__status=Version.Status.PUBLISHED)
        .values_list("version__document__symbol", "version__language")
        .distinct()
        .order_by("version__document__symbol", "version__language")
    ):
        cited[symbol].append(language)
    return {
        "symbol": document.symbol,
        "kind": document.kind,
        "body": document.body,
        "session": document.session,
        "meeting_number": document.meeting_number,
        "date": document.date,
        "agenda_item": document.agenda_item,
        "pivot_language": document.pivot_language,
        "versions": [
            {
                "language": v.language,
                "title": v.title,
                "status": v.status,
                "source_sha256": v.source_sha256,
                "ingested_at": v.ingested_at,
                "updated_at": v.updated_at,
                "warning_count": len(v.warnings),
                "paragraph_count": counts.get(v.id, 0),
                "url": f"/api/v1/documents/{document.symbol}/{v.language}/",
            }
            for v in versions
        ],
        "references": references,
        "cited_by": [{"symbol": s, "languages": langs} for s, langs in cited.items()],
    }


def speakers_and_meeting(version: Version) -> dict:
    """The speaker turns and meeting header of a verbatim record version
    (three queries; empty for other kinds)."""
    speakers = [
        {
            "turn": t.index,
            "name": t.name,
            "role": t.role,
            "delegation": t.delegation_printed,
            "delegation_key": t.delegation.key if t.delegation else None,
            "language": t.language,
            "national_capacity": t.national_capacity,
        }
        for t in SpeakerTurn.objects.filter(version=version)
        .select_related("delegation")
        .order_by("index")
    ]
    meeting = Meeting.objects.filter(version=version).first()
    if meeting is None:
        return {"speakers": speakers, "meeting": None}
    attendance = [
        {"role": a.role, "name": a.name, "delegation": a.delegation_printed}
        for a in Attendance.objects.filter(meeting=meeting).order_by("order")
    ]
    return {
        "speakers": speakers,
        "meeting": {
            "body": meeting.body,
            "session": meeting.session,
            "year": meeting.year,
            "number": meeting.number,
            "date": meeting.date,
            "time": meeting.time,
            "place": meeting.place,
            "provisional": meeting.provisional,
            "agenda": meeting.agenda,
            "opened_at": meeting.opened_at,
            "closed_at": meeting.closed_at,
            "attendance": attendance,
        },
    }


