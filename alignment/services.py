"""Django glue around the pure aligner: read paragraphs, run
``alignment.aligner.align_versions`` against the pivot, store links.

Manual links survive re-alignment: the paragraphs they cover are left out of
the automatic run, which aligns only what is left.
"""

from __future__ import annotations

from django.db import models, transaction
from django.db.models import Prefetch
from django.utils.translation import gettext_noop

from alignment.aligner import align_versions
from alignment.carryover import restore_carried_links
from alignment.models import Link
from alignment.units import AlignParagraph
from curation.errors import Refusal
from documents.changes import document_changed
from documents.models import Document, FootnoteRef, Paragraph, Version


def _align_units(version: Version) -> list[AlignParagraph]:
    paragraphs = (
        Paragraph.objects.filter(version=version)
        .select_related("turn")
        .prefetch_related(
            Prefetch("footnote_refs", queryset=FootnoteRef.objects.select_related("footnote"))
        )
        .order_by("order")
    )
    return [
        AlignParagraph(
            id=p.id,
            kind=p.kind,
            number=p.number,
            text=p.text,
            footnote_markers=tuple(ref.footnote.marker for ref in p.footnote_refs.all()),
            turn=p.turn.index if p.turn else None,
            speaker=p.turn.name if p.turn else "",
        )
        for p in paragraphs
    ]


def _pair(ids: tuple[int, ...]) -> tuple[int | None, int | None]:
    ids = tuple(ids) + (None, None)
    return ids[0], ids[1]


@transaction.atomic
def align_document(document: Document) -> dict[str, int]:
    """Recompute the automatic links of every version against the pivot.

    Returns the number of links per language.
    """
    versions = {v.language: v for v in document.versions.all()}
    pivot = versions.get(document.pivot_language)
    counts: dict[str, int] = {}
    if pivot is None:
        return counts
    restore_carried_links(document)
    pivot_units = _align_units(pivot)
    pivot_ids = {u.id for u in pivot_units}
    for language, version in versions.items():
        if version.pk == pivot.pk:
            Link.objects.filter(version=version).delete()
            continue
        Link.objects.filter(version=version).exclude(method=Link.Method.MANUAL).delete()
        manual = list(Link.objects.filter(version=version, method=Link.Method.MANUAL))
        stale = [m.pk for m in manual if not set(m.pivot_ids) <= pivot_ids]
        Link.objects.filter(pk__in=stale).delete()
        manual = [m for m in manual if m.pk not in stale]
        fixed_pivot = {i for m in manual for i in m.pivot_ids}
        fixed_other = {i for m in manual for i in m.other_ids}
        other_units = [u for u in _align_units(version) if u.id not in fixed_other]
        links = align_versions(
            [u for u in pivot_units if u.id not in fixed_pivot],
            other_units,
            pivot_lang=pivot.language,
            other_lang=language,
        )
        Link.objects.bulk_create(
            Link(
                version=version,
                pivot_first_id=_pair(link.pivot)[0],
                pivot_second_id=_pair(link.pivot)[1],
                other_first_id=_pair(link.other)[0],
                other_second_id=_pair(link.other)[1],
                confidence=round(float(link.confidence), 4),
                method=link.method,
            )
            for link in links
        )
        counts[language] = len(links) + len(manual)
    document_changed(document.pk)  # the reading view and the aligned table show the links
    return counts


# --- review: a curator's corrections of links ---------------------------------
#
# Every correction makes the link(s) it leaves manual and checked (so they
# survive re-alignment), records the state before it and its author
# (``documents.history``), re-aligns what is left automatically around them,
# and announces the change (``documents.changes.document_changed``), in one
# transaction under the document's lock.
#
# Refusals are English (the API's messages) and marked for translation (the
# review page shows them in the curator's language: ``Refusal.translated``);
# so are the reasons recorded in the history, which are stored in English.

DIRECTIONS = ("previous", "next")
NO_NEIGHBOUR = {
    "previous": gettext_noop("{anchor} has no previous paragraph in the pivot to relink to"),
    "next": gettext_noop("{anchor} has no next paragraph in the pivot to relink to"),
}
NOTHING_TO_RELINK = gettext_noop("this link holds no paragraph of the {language} version")
NOTHING_TO_SPLIT = gettext_noop("only a link of two paragraphs on one side can be split")
NO_NEXT_LINK = gettext_noop("this is the last link of the version: nothing to merge with")
TOO_WIDE = gettext_noop(
    "a link holds at most two paragraphs a side; merging would make {pivot}:{other}")
NO_PIVOT_SIDE = gettext_noop(
    "this link holds no pivot paragraph: it is already not in the pivot")
UNKNOWN_DIRECTION = gettext_noop("relink to 'previous' or 'next', not {direction!r}")

# the reasons recorded in the history
CONFIRMED = gettext_noop("confirmed")
RELINKED = {
    "previous": gettext_noop("relinked to the previous paragraph"),
    "next": gettext_noop("relinked to the next paragraph"),
}
MERGED_WITH_NEXT = gettext_noop("merged with the next link")
SPLIT = gettext_noop("split")
MARKED_MISSING = gettext_noop("marked not in this version")


class ReviewError(Refusal):
    """A link correction that cannot be made; the message says why
    (``ReviewError(TOO_WIDE, pivot=3, other=1)``)."""


def _start(link: Link) -> tuple[Link, Document]:
    from documents.history import record_baseline
    from documents.services import lock_document

    document = link.version.document
    lock_document(document.symbol)
    link = Link.objects.select_related("version__document").get(pk=link.pk)
    record_baseline([link])  # the links an action deletes are recorded as they go
    return link, link.version.document


def _finish(document: Document) -> None:
    from documents.changes import document_changed

    align_document(document)
    document_changed(document.pk)


def _manual(version, pivot, other, *, user, reason: str) -> Link:
    from documents.history import attribute

    pivot_first, pivot_second = _pair(tuple(pivot))
    other_first, other_second = _pair(tuple(other))
    link = Link(version=version, pivot_first_id=pivot_first, pivot_second_id=pivot_second,
                other_first_id=other_first, other_second_id=other_second,
                confidence=1.0, method=Link.Method.MANUAL, checked=True)
    attribute(link, user=user, reason=reason)
    link.full_clean()
    link.save()
    return link


def _remove(links, *, user, reason: str) -> None:
    from documents.history import record_deleted

    for link in links:
        record_deleted(link, user=user, reason=reason)
        link.delete()


def _orders(ids) -> dict[int, int]:
    return dict(Paragraph.objects.filter(id__in=ids).values_list("id", "order"))


def _pivot_order(document: Document) -> list[int]:
    return list(
        Paragraph.objects.filter(version__document=document,
                                 version__language=document.pivot_language)
        .order_by("order").values_list("id", flat=True)
    )


@transaction.atomic
def confirm_link(*, link: Link, user=None) -> Link:
    """The curator agrees with the link: it becomes manual and checked."""
    return confirm_links(links=[link], user=user)[0]


@transaction.atomic
def confirm_links(*, links, user=None) -> list[Link]:
    """Confirm several links at once (one re-alignment per document)."""
    from documents.history import attribute

    confirmed, documents = [], {}
    for link in links:
        link, document = _start(link)
        link.method, link.checked, link.confidence = Link.Method.MANUAL, True, 1.0
        attribute(link, user=user, reason=CONFIRMED)
        link.save()
        confirmed.append(link)
        documents[document.pk] = document
    for document in documents.values():
        _finish(document)
    return confirmed


@transaction.atomic
def relink(*, link: Link, direction: str, user=None) -> Link:
    """The link's paragraphs of its own version belong with the pivot
    paragraph before (``previous``) or after (``next``) the link's pivot
    paragraphs; the links that held either are undone and the aligner
    places what they leave."""
    if direction not in DIRECTIONS:
        raise ReviewError(UNKNOWN_DIRECTION, direction=direction)
    link, document = _start(link)
    if not link.other_ids:
        raise ReviewError(NOTHING_TO_RELINK, language=link.version.language)
    pivot_order = _pivot_order(document)
    position = {pid: i for i, pid in enumerate(pivot_order)}
    if link.pivot_ids:
        here = sorted(position[i] for i in link.pivot_ids if i in position)
        target = here[0] - 1 if direction == "previous" else here[-1] + 1
    else:
        target = _pivot_beside(link, position, direction)
    if not 0 <= target < len(pivot_order):
        anchor = Paragraph.objects.get(pk=link.other_ids[0]).anchor
        raise ReviewError(NO_NEIGHBOUR[direction], anchor=anchor)
    target_id = pivot_order[target]
    touched = Link.objects.filter(version=link.version).filter(
        models.Q(pivot_first_id=target_id) | models.Q(pivot_second_id=target_id)
        | models.Q(pk=link.pk)
    )
    reason = RELINKED[direction]
    _remove(list(touched), user=user, reason=reason)
    made = _manual(link.version, [target_id], link.other_ids, user=user, reason=reason)
    _finish(document)
    return made


def _pivot_beside(link: Link, position: dict[int, int], direction: str) -> int:
    """For a link without a pivot side: the pivot position just before
    (after) it, read from the links around it in its own version's order."""
    orders = _orders(link.other_ids)
    start, end = min(orders.values()), max(orders.values())
    others = Link.objects.filter(version=link.version).exclude(pk=link.pk)
    all_orders = _orders({i for o in others for i in o.other_ids})
    best = None
    for other in others:
        if not other.pivot_ids or not other.other_ids:
            continue
        at = [all_orders[i] for i in other.other_ids if i in all_orders]
        pivots = [position[i] for i in other.pivot_ids if i in position]
        if not at or not pivots:
            continue
        if direction == "previous" and max(at) < start:
            candidate = (max(at), max(pivots))
            best = max(best, candidate) if best else candidate
        if direction == "next" and min(at) > end:
            candidate = (-min(at), min(pivots))
            best = max(best, candidate) if best else candidate
    return best[1] if best else -1


def _next_link(link: Link) -> Link | None:
    """The link after ``link``: by the pivot order when it holds pivot
    paragraphs, else by its own version's order."""
    links = list(Link.objects.filter(version=link.version))
    orders = _orders({i for x in links for i in (*x.pivot_ids, *x.other_ids)})
    side = "pivot_ids" if link.pivot_ids else "other_ids"
    last = max(orders[i] for i in getattr(link, side))
    after = [(min(orders[i] for i in getattr(x, side)), x.pk, x) for x in links
             if x.pk != link.pk and getattr(x, side)
             and min(orders[i] for i in getattr(x, side)) > last]
    return min(after, key=lambda item: item[:2])[2] if after else None


@transaction.atomic
def merge_with_next(*, link: Link, user=None) -> Link:
    """One link of this link and the next (at most two paragraphs a side):
    an Arabic paragraph that holds two English ones."""
    link, document = _start(link)
    following = _next_link(link)
    if following is None:
        raise ReviewError(NO_NEXT_LINK)
    pivot = list(dict.fromkeys((*link.pivot_ids, *following.pivot_ids)))
    other = list(dict.fromkeys((*link.other_ids, *following.other_ids)))
    if len(pivot) > 2 or len(other) > 2:
        raise ReviewError(TOO_WIDE, pivot=len(pivot), other=len(other))
    reason = MERGED_WITH_NEXT
    _remove([link, following], user=user, reason=reason)
    made = _manual(link.version, pivot, other, user=user, reason=reason)
    _finish(document)
    return made


@transaction.atomic
def split_link(*, link: Link, user=None) -> list[Link]:
    """A link of two paragraphs on a side becomes two links: first with
    first, second with second (or with nothing)."""
    link, document = _start(link)
    pivot, other = list(link.pivot_ids), list(link.other_ids)
    if max(len(pivot), len(other)) < 2:
        raise ReviewError(NOTHING_TO_SPLIT)
    reason = SPLIT
    _remove([link], user=user, reason=reason)
    made = [
        _manual(link.version, pivot[:1], other[:1], user=user, reason=reason),
        _manual(link.version, pivot[1:], other[1:], user=user, reason=reason),
    ]
    _finish(document)
    return made


@transaction.atomic
def mark_not_in_version(*, link: Link, user=None) -> Link:
    """The pivot paragraph(s) of the link have no counterpart in this
    version ("not in this version"); the version's paragraphs it held are
    placed again by the aligner."""
    link, document = _start(link)
    if not link.pivot_ids:
        raise ReviewError(NO_PIVOT_SIDE)
    reason = MARKED_MISSING
    _remove([link], user=user, reason=reason)
    made = _manual(link.version, link.pivot_ids, [], user=user, reason=reason)
    _finish(document)
    return made


@transaction.atomic
def restore_link(*, link: Link, state, user=None, reason: str = "") -> Link:
    """Put ``link`` back as a recorded ``state`` (``documents.history``)."""
    from documents.history import attribute

    link, document = _start(link)
    for field in ("pivot_first_id", "pivot_second_id", "other_first_id", "other_second_id",
                  "confidence", "method", "checked"):
        setattr(link, field, getattr(state, field))
    attribute(link, user=user, reason=reason)
    link.full_clean()
    link.save()
    _finish(document)
    return link


REVIEW_ACTIONS = {
    "confirm": lambda link, user: confirm_link(link=link, user=user),
    "previous": lambda link, user: relink(link=link, direction="previous", user=user),
    "next": lambda link, user: relink(link=link, direction="next", user=user),
    "merge": lambda link, user: merge_with_next(link=link, user=user),
    "split": lambda link, user: split_link(link=link, user=user),
    "missing": lambda link, user: mark_not_in_version(link=link, user=user),
}
