"""History per document, and undo.

The rows are django-simple-history's (registered in ``curation.models``):
every save or delete of a document, a version, a paragraph or a link leaves
the row as it then was, with who (``history_user``) and when
(``history_date``). The curation services name their change
(``history_change_reason``: "corrected text", "relinked to the next
paragraph") and call ``record_baseline`` first, so a row ingested in bulk
(no signal, so no history) has its state before the first correction on
record, and that correction can be undone.

``document_history`` reads a document's changes, newest first;
``revert_change`` undoes one change by applying the state before it through
the same services a curator uses (so HTML, references, alignment, cache
stamps and the search index follow). Only changes in place can be undone
this way: a split or a merge is undone by the opposite correction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from alignment.models import Link
from curation.errors import Refusal
from documents.models import Document, Paragraph, Version

# refusals (English, as the API gives them; marked for the admin pages, which
# show them translated: ``Refusal.translated``), one per model where the
# sentence names it
CANNOT_REVERT_KIND = gettext_noop(
    "only a change in place can be reverted; undo a split with a merge and a merge with a split"
)
NOTHING_BEFORE = {
    "paragraph": gettext_noop(
        "nothing earlier is recorded for this paragraph: there is no state to go back to"),
    "link": gettext_noop(
        "nothing earlier is recorded for this link: there is no state to go back to"),
}
GONE = {
    "paragraph": gettext_noop("this paragraph no longer exists"),
    "link": gettext_noop("this link no longer exists"),
}
NOT_THIS_DOCUMENT = gettext_noop("this change does not belong to {symbol}")
UNKNOWN_CHANGE = gettext_noop("no such change: {model} change {history_id}")

# the reasons recorded with a change (stored in English, formatted as here;
# a baseline is no change, and the history page leaves it out)
BASELINE_REASON = "as ingested"
REVERTED = gettext_noop("reverted change {history_id}")
REVERTABLE = {"paragraph": Paragraph, "link": Link}
TRACKED = {"document": Document, "version": Version, "paragraph": Paragraph, "link": Link}


def record_baseline(objects, *, reason: str = BASELINE_REASON) -> None:
    """Record the current state of each of ``objects`` that has no history
    yet (rows written in bulk at ingest or alignment). Call before changing
    them, inside the change's transaction."""
    by_model: dict[type, list] = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj)
    for model, rows in by_model.items():
        history = model.history.model
        known = set(
            history.objects.filter(id__in=[r.pk for r in rows]).values_list("id", flat=True)
        )
        fresh = [r for r in rows if r.pk not in known]
        if fresh:
            model.history.bulk_history_create(fresh, default_change_reason=reason)


def record_deleted(obj, *, user, reason: str) -> None:
    """Record that ``obj`` (a paragraph or a link, whose deletes send no
    history signal) is about to be deleted, as it is, by ``user``."""
    history = type(obj).history.model
    history.objects.create(
        history_type="-", history_date=timezone.now(),
        history_user=user if (user is not None and user.is_authenticated) else None,
        history_change_reason=reason,
        **{field.attname: getattr(obj, field.attname) for field in history.tracked_fields},
    )


def attribute(obj, *, user, reason: str):
    """Mark ``obj``'s next save or delete as ``user``'s, for ``reason``."""
    obj._history_user = user if (user is not None and user.is_authenticated) else None
    obj._change_reason = reason
    return obj


@dataclass
class Change:
    model: str
    history_id: int
    object_id: int
    date: datetime
    user: str
    type: str  # created, changed, deleted
    reason: str
    summary: str
    revertable: bool


TYPES = {"+": "created", "~": "changed", "-": "deleted"}


def _summary(model: str, record) -> str:
    if model == "paragraph":
        return f"{record.anchor} ({record.kind}{' ' + record.number if record.number else ''}): " \
               f"{record.text[:120]}"
    if model == "link":
        shape = (f"{len([i for i in (record.pivot_first_id, record.pivot_second_id) if i])}:"
                 f"{len([i for i in (record.other_first_id, record.other_second_id) if i])}")
        return f"link {record.id} {shape} {record.method}{' checked' if record.checked else ''}"
    if model == "version":
        return f"[{record.language}] {record.status}: {record.title[:80]}"
    return f"{record.symbol} {record.kind}"


def document_history(document: Document, *, limit: int = 200) -> list[Change]:
    """The recorded changes of ``document``, its versions, their paragraphs
    and links, newest first (baselines left out: they are no change)."""
    queries = {
        "document": Document.history.filter(id=document.pk),
        "version": Version.history.filter(document_id=document.pk),
        "paragraph": Paragraph.history.filter(
            version_id__in=Version.history.filter(document_id=document.pk).values("id")
        ),
        "link": Link.history.filter(
            version_id__in=Version.history.filter(document_id=document.pk).values("id")
        ),
    }
    changes: list[Change] = []
    for model, query in queries.items():
        rows = (query.exclude(history_change_reason=BASELINE_REASON)
                .select_related("history_user").order_by("-history_date")[:limit])
        for record in rows:
            changes.append(Change(
                model=model,
                history_id=record.history_id,
                object_id=record.id,
                date=record.history_date,
                user=record.history_user.get_username() if record.history_user else "",
                type=TYPES.get(record.history_type, record.history_type),
                reason=record.history_change_reason or "",
                summary=_summary(model, record),
                revertable=model in REVERTABLE and record.history_type == "~",
            ))
    changes.sort(key=lambda c: (c.date, c.history_id), reverse=True)
    return changes[:limit]


class RevertError(Refusal):
    """A change that cannot be undone; the message says why
    (``RevertError(NOT_THIS_DOCUMENT, symbol="A/RES/75/16")``)."""


def get_change(model: str, history_id: int):
    tracked = TRACKED.get(model)
    record = tracked.history.filter(history_id=history_id).first() if tracked else None
    if record is None:
        raise RevertError(UNKNOWN_CHANGE, model=model, history_id=history_id)
    return record


def revert_change(*, document: Document, model: str, history_id: int, user) -> object:
    """Undo one recorded change of ``document``: put the paragraph or link
    back as it was just before it (a new change, itself recorded)."""
    from alignment.services import restore_link
    from documents.curation import restore_paragraph

    record = get_change(model, history_id)
    if model not in REVERTABLE or record.history_type != "~":
        raise RevertError(CANNOT_REVERT_KIND)
    previous = record.prev_record
    if previous is None:
        raise RevertError(NOTHING_BEFORE[model])
    current = REVERTABLE[model].objects.filter(pk=record.id).select_related("version").first()
    if current is None:
        raise RevertError(GONE[model])
    if current.version.document_id != document.pk:
        raise RevertError(NOT_THIS_DOCUMENT, symbol=document.symbol)
    reason = REVERTED.format(history_id=history_id)
    with transaction.atomic():
        if model == "paragraph":
            return restore_paragraph(paragraph=current, text=previous.text, html=previous.html,
                                     kind=previous.kind, number=previous.number,
                                     user=user, reason=reason)
        return restore_link(link=current, state=previous, user=user, reason=reason)
