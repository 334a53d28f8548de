"""Writes to the corpus. Every caller (commands, admin, API) goes through
``ingest_version``: it parses (pure), validates the whole parse, then stores
it in one short transaction and re-aligns the document. Either the whole
version is written, or nothing is.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.db import transaction

from alignment.services import align_document
from documents.delegations import delegation_for
from documents.ingest.consistency import check_given, check_symbol
from documents.ingest.errors import UNSUPPORTED_LANGUAGE, IngestError
from documents.ingest.limits import check_storable
from documents.ingest.pipeline import parse_version
from documents.ingest.types import LANGUAGES, ParsedVersion
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

VERSION_EXISTS = (
    "{symbol} already has a {language} version with different text; "
    "replace it explicitly (ingest --replace, or PUT in the API)"
)
KIND_MISMATCH = "{symbol} is a {existing}, but this text reads as a {found}"


@dataclass
class IngestResult:
    version: Version
    created: bool
    changed: bool
    paragraphs: int
    footnotes: int
    warnings: list[str]

    def summary(self) -> str:
        state = "created" if self.created else ("replaced" if self.changed else "unchanged")
        return (
            f"{self.version.document.symbol} [{self.version.language}] {state}: "
            f"{self.paragraphs} paragraphs, {self.footnotes} footnotes, "
            f"{len(self.warnings)} warnings"
        )


def ingest_version(
    *,
    raw: bytes,
    source_name: str = "",
    symbol: str | None = None,
    language: str | None = None,
    kind: str | None = None,
    replace: bool = False,
    draft: bool = False,
    metadata: dict | None = None,
    align: bool = True,
) -> IngestResult:
    """Parse ``raw`` and store it as one language version of its document.

    Re-ingesting identical bytes changes nothing. A different text for an
    existing version needs ``replace``. Raises IngestError on bad input,
    leaving the database as it was.
    """
    if language and language not in LANGUAGES:
        raise IngestError(UNSUPPORTED_LANGUAGE.format(language=language))
    symbol = check_symbol(symbol) if symbol else None
    checksum = hashlib.sha256(raw).hexdigest()
    metadata = metadata or {}
    if symbol and language:
        existing = _existing_version(symbol, language)
        if existing and existing.source_sha256 == checksum:
            return _unchanged(existing)  # known bytes: no need to parse again
    parsed = parse_version(raw, symbol=symbol, language=language, kind=kind)
    parsed.warnings = [*parsed.warnings, *check_given(parsed, symbol=symbol, language=language)]
    check_storable(parsed)
    with transaction.atomic():
        # decided under the document's row lock, so that two writers of the
        # same version cannot both replace it
        list(Document.objects.select_for_update().filter(symbol=parsed.symbol).values("pk"))
        existing = _existing_version(parsed.symbol, parsed.language)
        if existing and existing.source_sha256 == checksum:
            return _unchanged(existing)
        if existing and not replace:
            raise IngestError(
                VERSION_EXISTS.format(symbol=parsed.symbol, language=parsed.language)
            )
        document = _upsert_document(parsed, metadata, replacing=existing)
        if existing:
            existing.delete()
        version = Version.objects.create(
            document=document,
            language=parsed.language,
            title=metadata.get("title") or parsed.title,
            source=raw,
            source_sha256=checksum,
            source_name=source_name[:255],
            text=parsed.text,
            warnings=parsed.warnings,
            status=Version.Status.DRAFT if draft else Version.Status.PUBLISHED,
        )
        if existing:  # a replacement keeps its place in the order of ingestion (the pivot)
            Version.objects.filter(pk=version.pk).update(ingested_at=existing.ingested_at)
        _store_content(version, parsed)
        Reference.objects.filter(symbol=document.symbol, target__isnull=True).update(
            target=document
        )
        _choose_pivot(document)
        if align:
            align_document(document)
    return IngestResult(
        version=version,
        created=existing is None,
        changed=True,
        paragraphs=len(parsed.paragraphs),
        footnotes=len(parsed.footnotes),
        warnings=list(parsed.warnings),
    )


def _existing_version(symbol: str, language: str) -> Version | None:
    return (
        Version.objects.select_related("document")
        .filter(document__symbol=symbol, language=language)
        .first()
    )


def _unchanged(version: Version) -> IngestResult:
    return IngestResult(
        version=version,
        created=False,
        changed=False,
        paragraphs=version.paragraphs.count(),
        footnotes=version.footnotes.count(),
        warnings=list(version.warnings),
    )


def _upsert_document(
    parsed: ParsedVersion, metadata: dict, *, replacing: Version | None = None
) -> Document:
    """The document of ``parsed``, created on first sight. Its details come
    from the version that is (or will be) its pivot; another language only
    fills what is still empty, so an Arabic "130 (ب)" never replaces the
    English agenda item. The kind must agree with the document's other
    versions (the one being replaced does not count)."""
    document, created = Document.objects.select_for_update().get_or_create(
        symbol=parsed.symbol
    )
    others = document.versions.exclude(pk=replacing.pk) if replacing else document.versions
    has_versions = not created and others.exists()
    if has_versions and parsed.kind and document.kind != parsed.kind:
        raise IngestError(KIND_MISMATCH.format(
            symbol=document.symbol, existing=document.kind, found=parsed.kind))
    leads = (not has_versions or parsed.language == "en"
             or parsed.language == document.pivot_language)
    meeting_number = parsed.meeting.number if parsed.meeting else None
    details = {
        "kind": parsed.kind,
        "body": parsed.body or metadata.get("body_code"),
        "session": parsed.session or metadata.get("session"),
        "date": parsed.date or metadata.get("date"),
        "agenda_item": parsed.agenda_item,
        "meeting_number": meeting_number or metadata.get("meeting"),
    }
    for field, value in details.items():
        if value and (leads or not getattr(document, field)):
            setattr(document, field, value)
    document.full_clean(validate_unique=False)
    document.save()
    return document


def _choose_pivot(document: Document) -> None:
    """English when there is one, else the first version ingested."""
    languages = list(document.versions.order_by("ingested_at").values_list("language", flat=True))
    pivot = "en" if "en" in languages else (languages[0] if languages else "")
    if pivot != document.pivot_language:
        document.pivot_language = pivot
        document.save(update_fields=["pivot_language"])


def _store_content(version: Version, parsed: ParsedVersion) -> None:
    """Bulk-insert paragraphs, footnotes, marks, references and the
    meeting frame of a freshly created version."""
    turns = _store_meeting(version, parsed)
    paragraphs = Paragraph.objects.bulk_create(
        Paragraph(
            version=version,
            order=order,
            kind=p.kind,
            number=p.number,
            anchor=p.anchor,
            text=p.text,
            html=p.html,
            line=p.line,
            turn=turns.get(p.speaker.turn) if p.speaker else None,
        )
        for order, p in enumerate(parsed.paragraphs, start=1)
    )
    footnotes = Footnote.objects.bulk_create(
        Footnote(version=version, order=order, marker=f.marker, text=f.text, html=f.html)
        for order, f in enumerate(parsed.footnotes, start=1)
    )
    by_marker = {f.marker: f for f in footnotes}
    FootnoteRef.objects.bulk_create(
        FootnoteRef(paragraph=row, footnote=by_marker[ref.marker], offset=ref.offset)
        for row, p in zip(paragraphs, parsed.paragraphs, strict=True)
        for ref in p.footnote_refs
        if ref.marker in by_marker
    )
    cited = [(row, None, r) for row, p in zip(paragraphs, parsed.paragraphs, strict=True)
             for r in p.references]
    cited += [(None, row, r) for row, f in zip(footnotes, parsed.footnotes, strict=True)
              for r in f.references]
    targets = dict(
        Document.objects.filter(symbol__in={r.symbol for _, _, r in cited}).values_list(
            "symbol", "id"
        )
    )
    Reference.objects.bulk_create(
        Reference(
            version=version,
            paragraph=paragraph,
            footnote=footnote,
            symbol=r.symbol[:100],
            text=r.text[:300],
            offset=r.offset,
            target_id=targets.get(r.symbol),
        )
        for paragraph, footnote, r in cited
    )


def _store_meeting(version: Version, parsed: ParsedVersion) -> dict[int, SpeakerTurn]:
    """The meeting header, attendance and speaker turns of a record;
    returns the turns by index so paragraphs can point at them."""
    speakers = {}
    national = set()
    for paragraph in parsed.paragraphs:
        if paragraph.speaker:
            speakers.setdefault(paragraph.speaker.turn, paragraph.speaker)
            if paragraph.speaker.national_capacity:
                national.add(paragraph.speaker.turn)
    if parsed.meeting:
        m = parsed.meeting
        meeting = Meeting.objects.create(
            version=version,
            body=m.body,
            session=m.session,
            year=m.year,
            number=m.number,
            date=m.date or None,
            time=m.time,
            place=m.place,
            provisional=m.provisional,
            agenda=m.agenda,
            opened_at=m.opened_at,
            closed_at=m.closed_at,
        )
        Attendance.objects.bulk_create(
            Attendance(
                meeting=meeting,
                order=order,
                role=a.role,
                name=a.name,
                delegation_printed=a.delegation,
                delegation=delegation_for(a.delegation, version.language),
            )
            for order, a in enumerate(m.attendance, start=1)
        )
    turns = SpeakerTurn.objects.bulk_create(
        SpeakerTurn(
            version=version,
            index=s.turn,
            name=s.name,
            role=s.role,
            delegation_printed=s.delegation,
            delegation=delegation_for(s.delegation, version.language),
            language=s.language or version.language,
            national_capacity=s.turn in national,
        )
        for s in speakers.values()
    )
    return {t.index: t for t in turns}


@transaction.atomic
def set_status(*, version: Version, published: bool) -> Version:
    version.status = Version.Status.PUBLISHED if published else Version.Status.DRAFT
    version.save(update_fields=["status", "updated_at"])
    return version
