"""Writes to the corpus. Every caller (commands, admin, API) goes through
``ingest_version``: it parses (pure), validates the whole parse, then stores
it in one short transaction and re-aligns the document. Either the whole
version is written, or nothing is.

Writers of one document are serialised by an advisory lock on its symbol
(``lock_document``), taken first in the transaction: a second writer waits,
then sees what the first committed ("unchanged", or VERSION_EXISTS), even
when the document did not exist before. Drafts never change what the public
sees: a document's details and its pivot come from published versions
(``_upsert_document``, ``_choose_pivot``); publishing a draft
(``set_status``) is what makes it count.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.db import connection, transaction

from alignment.services import align_document
from documents.changes import document_changed
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
DUPLICATE_FOOTNOTE = "a second footnote {marker} (the first is on line {first})"

# The first key of the two-key advisory lock: tells Concord's document locks
# from any other advisory lock taken on the same database.
DOCUMENT_LOCK_NAMESPACE = 0x636F  # "co"

# A document's details, read from a parse, and their value when unknown.
DETAIL_FIELDS = {
    "kind": Document.Kind.OTHER,
    "body": "",
    "session": None,
    "date": None,
    "agenda_item": "",
    "meeting_number": None,
}


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
    check_parse(parsed)
    with transaction.atomic():
        # decided under the symbol's lock: a writer of the same document
        # waits here for the other to commit, then sees its rows
        lock_document(parsed.symbol)
        existing = _existing_version(parsed.symbol, parsed.language)
        if existing and existing.source_sha256 == checksum:
            return _unchanged(existing)
        if existing and not replace:
            raise IngestError(
                VERSION_EXISTS.format(symbol=parsed.symbol, language=parsed.language)
            )
        document = _upsert_document(parsed, metadata, replacing=existing, draft=draft)
        if existing:
            document_changed(document.pk)  # notes what the old text cites before it goes
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
        document_changed(document.pk)
    return IngestResult(
        version=version,
        created=existing is None,
        changed=True,
        paragraphs=len(parsed.paragraphs),
        footnotes=len(parsed.footnotes),
        warnings=list(parsed.warnings),
    )


def check_parse(parsed: ParsedVersion) -> None:
    """Everything the store needs of a parse, checked before any write:
    values that fit their columns and unique anchors
    (``limits.check_storable``), and one footnote per mark (the database
    holds one; two would be an IntegrityError, not a message)."""
    check_storable(parsed)
    first_line: dict[str, int] = {}
    for note in parsed.footnotes:
        if note.marker in first_line:
            raise IngestError(
                DUPLICATE_FOOTNOTE.format(marker=note.marker, first=first_line[note.marker]),
                line=note.line or None,
            )
        first_line[note.marker] = note.line


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


def lock_document(symbol: str) -> None:
    """Serialise the writers of one document until the current transaction
    ends: a PostgreSQL advisory lock on the symbol. A row lock cannot do it
    while the document's row does not exist yet: two first ingests of a new
    document would both find nothing to lock and race to insert it."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s, hashtext(%s))", [DOCUMENT_LOCK_NAMESPACE, symbol]
        )


def _details(parsed: ParsedVersion, metadata: dict) -> dict:
    meeting_number = parsed.meeting.number if parsed.meeting else None
    return {
        "kind": parsed.kind,
        "body": parsed.body or metadata.get("body_code"),
        "session": parsed.session or metadata.get("session"),
        "date": parsed.date or metadata.get("date"),
        "agenda_item": parsed.agenda_item,
        "meeting_number": meeting_number or metadata.get("meeting"),
    }


def _upsert_document(
    parsed: ParsedVersion, metadata: dict, *, replacing: Version | None = None,
    draft: bool = False,
) -> Document:
    """The document of ``parsed``, created on first sight. Its details are
    what the public sees, so they come from published versions only:

    - a draft changes nothing while the document has a published version;
    - the first published version (or a draft of a document nobody sees
      yet) sets them all, clearing what earlier drafts put there;
    - then the version that is (or will be) the pivot leads, and another
      language only fills what is still empty, so an Arabic "130 (ب)" never
      replaces the English agenda item.

    The kind must agree with the document's other versions (the one being
    replaced does not count)."""
    document, created = Document.objects.get_or_create(symbol=parsed.symbol)
    others = document.versions.exclude(pk=replacing.pk) if replacing else document.versions.all()
    if not created and parsed.kind and document.kind != parsed.kind and others.exists():
        raise IngestError(KIND_MISMATCH.format(
            symbol=document.symbol, existing=document.kind, found=parsed.kind))
    public = not created and others.filter(status=Version.Status.PUBLISHED).exists()
    if draft and public:
        return document
    _apply_details(
        document,
        _details(parsed, metadata),
        leads=not public or parsed.language in ("en", document.pivot_language),
        reset=not public,
    )
    return document


def _apply_details(document: Document, details: dict, *, leads: bool, reset: bool) -> None:
    """Set the document's details: all of them (unknown ones cleared) with
    ``reset``, the known ones when the version ``leads``, else only those
    still empty."""
    for field, value in details.items():
        if reset:
            setattr(document, field, value or DETAIL_FIELDS[field])
        elif value and (leads or not getattr(document, field)):
            setattr(document, field, value)
    document.full_clean(validate_unique=False)
    document.save()


def _choose_pivot(document: Document) -> bool:
    """English when it is published, else the first published version
    ingested: the public table is anchored on a text the public can read.
    A document with no published version (nobody sees it) applies the same
    rule to its drafts. Returns whether the pivot changed."""
    versions = list(
        document.versions.order_by("ingested_at", "pk").values_list("language", "status")
    )
    published = [language for language, status in versions
                 if status == Version.Status.PUBLISHED]
    candidates = published or [language for language, _ in versions]
    pivot = "en" if "en" in candidates else (candidates[0] if candidates else "")
    if pivot == document.pivot_language:
        return False
    document.pivot_language = pivot
    document.save(update_fields=["pivot_language"])
    return True


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


def set_status(*, version: Version, published: bool) -> Version:
    """Publish or withdraw a version. Published, its details count as those
    of a published ingest would (read again from its source: parsing is
    pure); either way the pivot is chosen again among the published
    versions, and the document re-aligned when it moved. A source the
    parser now refuses is published without touching the details."""
    document = version.document
    parsed = _parse_again(version, document) if published else None
    with transaction.atomic():
        lock_document(document.symbol)
        version.status = Version.Status.PUBLISHED if published else Version.Status.DRAFT
        version.save(update_fields=["status", "updated_at"])
        if parsed is not None:
            others = document.versions.exclude(pk=version.pk)
            public = others.filter(status=Version.Status.PUBLISHED).exists()
            _apply_details(
                document,
                _details(parsed, {}),
                leads=not public or version.language in ("en", document.pivot_language),
                reset=False,
            )
        if _choose_pivot(document):
            align_document(document)
        document_changed(document.pk)
    return version


def _parse_again(version: Version, document: Document) -> ParsedVersion | None:
    try:
        return parse_version(
            bytes(version.source), symbol=document.symbol, language=version.language,
            kind=document.kind,
        )
    except IngestError:
        return None
