"""Curators' writes to paragraphs, and the upload preview.

Services (keyword-only, one transaction each, the document's lock first):

- ``correct_paragraph``: new text (``*emphasis*``, ``**strong**`` read as
  markup, as at ingest), kind and number. The HTML is derived again from the
  text by the parser's own ``render_html`` (every character escaped, then
  bleached with the parser's allowlist), footnote marks kept at their
  offsets, citations found again; the anchor never changes (permalinks and
  links hold to it);
- ``split_paragraph``: one paragraph becomes two at a character offset (the
  second gets the anchor ``<anchor>-s<n>``);
- ``merge_paragraph``: a paragraph takes in the next one of its version;
- ``restore_paragraph``: put back a recorded state (``documents.history``).

Each records the state before it (``history.record_baseline``) and the
change with its author, re-aligns the document (manual links are kept) and
calls ``documents.changes.document_changed``.

``preview_upload`` is pure: the parse of an upload, what was detected and
the audit line, before anything is stored.

A refusal is a ``CurationError`` (a ``curation.errors.Refusal``) whose
message is English (the API returns it as it is); its template and values
are kept too, so the admin pages can show it in the curator's interface
language (``translated()``). The reasons a change is recorded under are
English too (stored data, as the services write them); their templates are
the constants below, by which the history page shows them translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models.functions import Now
from django.utils.translation import gettext_noop

from alignment.services import align_document
from curation.errors import Refusal
from documents.audit import AuditLine, audit_parsed
from documents.changes import document_changed
from documents.history import attribute, record_baseline, record_deleted
from documents.ingest.consistency import check_given, check_symbol
from documents.ingest.errors import UNSUPPORTED_LANGUAGE, IngestError
from documents.ingest.limits import ANCHOR_LENGTH, NUMBER_LENGTH
from documents.ingest.markup import clean_html, parse_inline, render_html
from documents.ingest.pipeline import parse_version
from documents.ingest.references import find_references
from documents.ingest.types import LANGUAGES, FootnoteRefData, ParsedVersion
from documents.models import FootnoteRef, Paragraph, Reference, Version

# messages (marked with gettext_noop: plain English here, translated by the pages)
EMPTY_TEXT = gettext_noop("a paragraph needs some text")
UNKNOWN_KIND = gettext_noop("unknown paragraph kind {kind!r}")
NUMBER_TOO_LONG = gettext_noop("a paragraph number is at most {limit} characters")
BAD_SPLIT = gettext_noop("split between the first and the last character: 1 to {last}")
NO_NEXT = gettext_noop("{anchor} is the last paragraph of its version: nothing to merge with")
NOTHING_CHANGED = "nothing to change"

# the reasons recorded in the history (stored in English, formatted as here;
# ``fields``: what changed of text, kind and number, joined by ", ")
CORRECTED = gettext_noop("corrected {fields}")
SPLIT_FROM = gettext_noop("split from {anchor}")
SPLIT_AT = gettext_noop("split at {at}")
MERGED_INTO = gettext_noop("merged into {anchor}")
MERGED_WITH = gettext_noop("merged with {anchor}")

# languages whose sentences are joined without a space
NO_SPACE_JOIN = {"zh"}


class CurationError(Refusal):
    """A correction that cannot be made; the message says why.

    ``CurationError(BAD_SPLIT, last=41)``: ``str()`` is the English message
    with its values, ``translated()`` the same in the active language."""


def _finish(paragraph: Paragraph) -> None:
    """Re-align, mark the version changed (pages and ETags follow its
    update time) and announce the change."""
    document = paragraph.version.document
    align_document(document)
    Version.objects.filter(pk=paragraph.version_id).update(updated_at=Now())
    document_changed(document.pk)


def _lock(paragraph: Paragraph) -> Paragraph:
    from documents.services import lock_document

    lock_document(paragraph.version.document.symbol)
    return Paragraph.objects.select_related("version__document").get(pk=paragraph.pk)


def _marks(paragraph: Paragraph) -> list[FootnoteRef]:
    return list(paragraph.footnote_refs.select_related("footnote").order_by("offset"))


def _render(paragraph: Paragraph, plain: str, spans, marks: list[FootnoteRef]) -> str:
    """HTML for ``plain``: the marks at their offsets (kept within the new
    text), the citations found again (their rows replaced)."""
    for mark in marks:
        mark.offset = min(mark.offset, len(plain))
    if marks:
        FootnoteRef.objects.bulk_update(marks, ["offset"])
    references = find_references(plain, paragraph.version.language)
    Reference.objects.filter(paragraph=paragraph).delete()
    Reference.objects.bulk_create(
        Reference(version=paragraph.version, paragraph=paragraph, symbol=r.symbol[:100],
                  text=r.text[:300], offset=r.offset)
        for r in references
    )
    refs = [FootnoteRefData(marker=m.footnote.marker, offset=m.offset) for m in marks]
    return render_html(plain, spans, refs, references)


def _check(kind: str, number: str) -> None:
    if kind not in Paragraph.Kind.values:
        raise CurationError(UNKNOWN_KIND, kind=kind)
    if len(number) > NUMBER_LENGTH:
        raise CurationError(NUMBER_TOO_LONG, limit=NUMBER_LENGTH)


def correct_paragraph(
    *, paragraph: Paragraph, text: str | None = None, kind: str | None = None,
    number: str | None = None, user=None, reason: str = "",
) -> Paragraph:
    """Correct a paragraph's text, kind or number (those given)."""
    source = (text if text is not None else "").replace("\x00", "").strip()
    if text is not None and not source:
        raise CurationError(EMPTY_TEXT)
    kind = paragraph.kind if kind is None else kind
    number = paragraph.number if number is None else number.strip()
    _check(kind, number)
    with transaction.atomic():
        paragraph = _lock(paragraph)
        record_baseline([paragraph])
        changed = []
        if text is not None:
            plain, spans = parse_inline(source)
            if plain != paragraph.text or spans:
                paragraph.text = plain
                paragraph.html = _render(paragraph, plain, spans, _marks(paragraph))
                changed.append("text")
        if kind != paragraph.kind:
            paragraph.kind = kind
            changed.append("kind")
        if number != paragraph.number:
            paragraph.number = number
            changed.append("number")
        if not changed:
            return paragraph
        attribute(paragraph, user=user,
                  reason=reason or CORRECTED.format(fields=", ".join(changed)))
        paragraph.save()
        _finish(paragraph)
    return paragraph


def restore_paragraph(
    *, paragraph: Paragraph, text: str, html: str, kind: str, number: str, user, reason: str
) -> Paragraph:
    """Put back a recorded state of ``paragraph`` (its HTML as recorded,
    bleached again; citations found again)."""
    _check(kind, number)
    with transaction.atomic():
        paragraph = _lock(paragraph)
        record_baseline([paragraph])
        _render(paragraph, text, (), _marks(paragraph))  # citations rows follow the text
        paragraph.text, paragraph.html = text, clean_html(html)
        paragraph.kind, paragraph.number = kind, number
        attribute(paragraph, user=user, reason=reason)
        paragraph.save()
        _finish(paragraph)
    return paragraph


def _make_room_after(paragraph: Paragraph) -> None:
    """Move the paragraphs after ``paragraph`` one place down (two updates:
    PostgreSQL checks the unique order row by row)."""
    from django.db.models import F

    later = Paragraph.objects.filter(version_id=paragraph.version_id, order__gt=paragraph.order)
    later.update(order=F("order") + 1_000_000)
    Paragraph.objects.filter(version_id=paragraph.version_id, order__gt=1_000_000).update(
        order=F("order") - 999_999
    )


def _split_anchor(paragraph: Paragraph) -> str:
    taken = set(Paragraph.objects.filter(version_id=paragraph.version_id)
                .values_list("anchor", flat=True))
    n = 2
    while f"{paragraph.anchor}-s{n}" in taken:
        n += 1
    return f"{paragraph.anchor}-s{n}"[:ANCHOR_LENGTH]


def split_paragraph(*, paragraph: Paragraph, at: int, user=None) -> tuple[Paragraph, Paragraph]:
    """Cut ``paragraph`` at character ``at`` of its text: the first part
    keeps the paragraph (anchor, kind, number), the second follows it as a
    new paragraph of the same kind, taking the marks after the cut."""
    with transaction.atomic():
        paragraph = _lock(paragraph)
        head, tail = paragraph.text[:at].rstrip(), paragraph.text[at:].lstrip()
        if not (0 < at < len(paragraph.text)) or not head or not tail:
            raise CurationError(BAD_SPLIT, last=max(len(paragraph.text) - 1, 1))
        record_baseline([paragraph])
        marks = _marks(paragraph)
        skipped = len(paragraph.text) - len(paragraph.text[at:].lstrip())
        _make_room_after(paragraph)
        second = Paragraph(
            version=paragraph.version, order=paragraph.order + 1, kind=paragraph.kind,
            number="", anchor=_split_anchor(paragraph), text=tail, html="",
            line=paragraph.line, turn=paragraph.turn,
        )
        attribute(second, user=user, reason=SPLIT_FROM.format(anchor=paragraph.anchor))
        second.save()
        moved = [m for m in marks if m.offset > at]
        for mark in moved:
            mark.paragraph = second
            mark.offset = max(mark.offset - skipped, 0)
        if moved:
            FootnoteRef.objects.bulk_update(moved, ["paragraph", "offset"])
        second.html = _render(second, tail, (), moved)
        second.skip_history_when_saving = True
        second.save(update_fields=["html"])
        del second.skip_history_when_saving
        paragraph.text = head
        paragraph.html = _render(paragraph, head, (), [m for m in marks if m.offset <= at])
        attribute(paragraph, user=user, reason=SPLIT_AT.format(at=at))
        paragraph.save()
        _finish(paragraph)
    return paragraph, second


def merge_paragraph(*, paragraph: Paragraph, user=None) -> Paragraph:
    """``paragraph`` takes in the next paragraph of its version (its text,
    marks and citations); the next one is deleted, and the links that held
    it with it (the aligner places the merged paragraph again)."""
    with transaction.atomic():
        paragraph = _lock(paragraph)
        following = (Paragraph.objects.filter(version_id=paragraph.version_id,
                                              order__gt=paragraph.order)
                     .order_by("order").first())
        if following is None:
            raise CurationError(NO_NEXT, anchor=paragraph.anchor)
        record_baseline([paragraph, following])
        joiner = "" if paragraph.version.language in NO_SPACE_JOIN else " "
        shift = len(paragraph.text) + len(joiner)
        marks = _marks(paragraph)
        for mark in _marks(following):
            mark.paragraph = paragraph
            mark.offset += shift
            marks.append(mark)
        if marks:
            FootnoteRef.objects.bulk_update(marks, ["paragraph", "offset"])
        merged = paragraph.text + joiner + following.text
        record_deleted(following, user=user, reason=MERGED_INTO.format(anchor=paragraph.anchor))
        following.delete()
        paragraph.text = merged
        paragraph.html = _render(paragraph, merged, (), marks)
        attribute(paragraph, user=user, reason=MERGED_WITH.format(anchor=following.anchor))
        paragraph.save()
        _finish(paragraph)
    return paragraph


# --- the upload preview (pure) -----------------------------------------------

@dataclass
class UploadPreview:
    parsed: ParsedVersion
    audit: AuditLine

    @property
    def audit_line(self) -> str:
        return self.audit.render()


def preview_upload(
    *, raw: bytes, name: str = "", symbol: str | None = None, language: str | None = None,
    kind: str | None = None,
) -> UploadPreview:
    """What ``ingest_version`` would store for ``raw``, without storing it:
    the parse with the detected symbol, language and kind, its warnings, and
    the audit line. Raises IngestError with the parser's message."""
    from documents.services import check_parse

    if language and language not in LANGUAGES:
        raise IngestError(UNSUPPORTED_LANGUAGE.format(language=language))
    symbol = check_symbol(symbol) if symbol else None
    parsed = parse_version(raw, symbol=symbol, language=language or None, kind=kind or None)
    parsed.warnings = [*parsed.warnings, *check_given(parsed, symbol=symbol, language=language)]
    check_parse(parsed)
    return UploadPreview(parsed=parsed, audit=audit_parsed(name or "upload", parsed))
