"""Reads the API needs beyond ``documents.selectors``.

Each function makes a constant number of queries, whatever the size of the
document or the number of languages, and returns plain dicts for the output
serializers. ETags are computed here too, from the versions' checksums and
update times, so a conditional GET answers 304 before the heavy reads.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from django.db.models import Count, Max

from alignment.models import Link
from documents.models import (
    Attendance,
    Document,
    Meeting,
    Paragraph,
    Reference,
    SpeakerTurn,
    Version,
)
from documents.selectors import published_versions


def _etag(*parts) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:32]


def _version_stamp(versions) -> list[str]:
    return [f"{v.language}:{v.source_sha256}:{v.updated_at.isoformat()}" for v in versions]


def document_etag(document: Document) -> str:
    """Changes when the document, one of its published versions, or the set
    of documents citing it changes (one query)."""
    citing = Reference.objects.filter(
        target=document, version__status=Version.Status.PUBLISHED
    ).aggregate(n=Count("id"), last=Max("version__updated_at"))
    return _etag(
        "document",
        document.pk,
        document.updated_at.isoformat(),
        *_version_stamp(document.versions.all()),
        citing["n"],
        citing["last"],
    )


def version_etag(version: Version) -> str:
    return _etag("version", version.pk, *_version_stamp([version]))


def table_etag(document: Document, languages: list[str], *extra) -> str:
    """Changes when a shown version or one of its links changes (one query)."""
    versions = [v for v in document.versions.all() if v.language in languages]
    links = Link.objects.filter(version__document=document).aggregate(
        n=Count("id"), last=Max("updated_at")
    )
    return _etag(
        "table",
        document.pk,
        document.updated_at,
        document.pivot_language,
        ",".join(languages),
        *_version_stamp(versions),
        links["n"],
        links["last"],
        *extra,
    )


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


