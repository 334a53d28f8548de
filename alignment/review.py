"""What the alignment review page shows (reads only; the corrections are
services in ``alignment.services``).

One page per document and language: the links of that version to the
pivot, weakest first (unchecked before checked, then by confidence), each
with the texts of both sides and the rows just before and after it in
reading order, so a curator sees whether a paragraph belongs one row up or
down. A constant number of queries.

The words the page shows for an action or a method are here too, marked
for translation (the page is served in the curator's interface language);
the action and method codes themselves stay as they are in forms and data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from alignment.models import Link
from documents.models import Document, Paragraph, Version

WEAK = 0.5

# the buttons of a row, in the order shown (codes as ``alignment.services.REVIEW_ACTIONS``)
ACTION_LABELS = {
    "confirm": _("Confirm"),
    "previous": _("Relink to previous"),
    "next": _("Relink to next"),
    "merge": _("Merge with next"),
    "split": _("Split"),
    "missing": _("Not in this version"),
}
METHOD_LABELS = {
    Link.Method.STRUCTURAL: _("structural"),
    Link.Method.ANCHORS: _("anchors"),
    Link.Method.LENGTH: _("length"),
    Link.Method.MANUAL: _("manual"),
}


@dataclass
class Side:
    anchors: list[str]
    texts: list[str]

    @property
    def items(self) -> list[tuple[str, str]]:
        return list(zip(self.anchors, self.texts, strict=True))


@dataclass
class ReviewRow:
    link_id: int
    confidence: float
    method: str
    checked: bool
    weak: bool
    pivot: Side
    other: Side
    shape: str
    before: list[ReviewRow] = field(default_factory=list)
    after: list[ReviewRow] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)

    @property
    def method_label(self) -> str:
        return METHOD_LABELS.get(self.method, self.method)

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(action, label) for each action this row allows."""
        return [(action, ACTION_LABELS[action]) for action in self.actions]


def review_rows(document: Document, version: Version, *, context: int = 1) -> list[ReviewRow]:
    """The rows of ``version`` against the pivot, weakest first, each with
    ``context`` rows before and after it in reading order."""
    links = list(Link.objects.filter(version=version))
    ids = {i for link in links for i in (*link.pivot_ids, *link.other_ids)}
    paragraphs = {p.id: p for p in Paragraph.objects.filter(id__in=ids).only(
        "id", "anchor", "text", "order")}

    def side(pids) -> Side:
        found = [paragraphs[i] for i in pids if i in paragraphs]
        return Side([p.anchor for p in found], [p.text for p in found])

    def position(link: Link) -> tuple:
        pivot = [paragraphs[i].order for i in link.pivot_ids if i in paragraphs]
        other = [paragraphs[i].order for i in link.other_ids if i in paragraphs]
        return (min(pivot) if pivot else None, min(other) if other else 0)

    rows = {}
    for link in links:
        two_sided = max(len(link.pivot_ids), len(link.other_ids)) >= 2
        rows[link.pk] = ReviewRow(
            link_id=link.pk, confidence=link.confidence, method=link.method,
            checked=link.checked or link.manual, weak=link.confidence < WEAK,
            pivot=side(link.pivot_ids), other=side(link.other_ids),
            shape=f"{len(link.pivot_ids)}:{len(link.other_ids)}",
            actions=[a for a, ok in (
                ("confirm", True), ("previous", bool(link.other_ids)),
                ("next", bool(link.other_ids)), ("merge", True), ("split", two_sided),
                ("missing", bool(link.pivot_ids)),
            ) if ok],
        )
    reading = _reading_order(links, position)
    for index, link in enumerate(reading):
        row = rows[link.pk]
        row.before = [_plain(rows[x.pk]) for x in reading[max(0, index - context):index]]
        row.after = [_plain(rows[x.pk]) for x in reading[index + 1:index + 1 + context]]
    return sorted(rows.values(), key=lambda r: (r.checked, r.confidence, r.link_id))


def _plain(row: ReviewRow) -> ReviewRow:
    return ReviewRow(link_id=row.link_id, confidence=row.confidence, method=row.method,
                     checked=row.checked, weak=row.weak, pivot=row.pivot, other=row.other,
                     shape=row.shape)


def _reading_order(links: list[Link], position) -> list[Link]:
    """Links as the table reads them: by pivot order; a link without a pivot
    side just after the link that holds the paragraph before it."""
    placed = sorted((x for x in links if position(x)[0] is not None), key=lambda x: position(x))
    loose = sorted((x for x in links if position(x)[0] is None), key=lambda x: position(x)[1])
    for link in loose:
        other = position(link)[1]
        index = next((i + 1 for i in range(len(placed) - 1, -1, -1)
                      if position(placed[i])[1] and position(placed[i])[1] < other), 0)
        placed.insert(index, link)
    return placed
