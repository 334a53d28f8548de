"""Manual links outlive the replacement of a version's text.

Replacing a version deletes it (and, by cascade, its paragraphs and every
link that holds one of them) before the new text is stored. Just before a
version is deleted (``pre_delete``), ``remember_manual_links`` writes down
the document's manual links that hold its paragraphs, by anchor; when the
document is aligned again in the same transaction (``align_document`` runs
at the end of every ingest), ``restore_carried_links`` puts back each one
whose anchors all still exist, still manual and checked. A link whose
paragraph is gone is dropped. What is remembered belongs to the transaction
that deleted the version: another transaction, or the same one after a
rollback, never sees it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection, transaction

_carried: dict[int, tuple[object, list[CarriedLink]]] = {}


@dataclass(frozen=True)
class CarriedLink:
    language: str  # of the version the link belongs to (the non-pivot side)
    pivot_language: str
    pivot: tuple[str, ...]
    other: tuple[str, ...]
    confidence: float
    checked: bool


def _transaction_token():
    """The outermost atomic block of this connection: one per transaction."""
    blocks = connection.atomic_blocks
    return blocks[0] if blocks else None


def remember_manual_links(sender, instance, **kwargs) -> None:
    """``pre_delete`` of a Version: keep its document's manual links that
    hold its paragraphs, by anchor."""
    from alignment.models import Link
    from documents.models import Paragraph

    token = _transaction_token()
    if token is None:
        return
    links = list(
        Link.objects.filter(version__document_id=instance.document_id, method=Link.Method.MANUAL)
        .select_related("version")
    )
    ids = {i for link in links for i in (*link.pivot_ids, *link.other_ids)}
    paragraphs = {
        p.id: (p.version.language, p.anchor)
        for p in Paragraph.objects.filter(id__in=ids).select_related("version")
    }
    carried = []
    for link in links:
        held = [paragraphs[i] for i in (*link.pivot_ids, *link.other_ids) if i in paragraphs]
        if not any(language == instance.language for language, _ in held):
            continue
        pivot_language = next((paragraphs[i][0] for i in link.pivot_ids), "")
        carried.append(CarriedLink(
            language=link.version.language,
            pivot_language=pivot_language,
            pivot=tuple(paragraphs[i][1] for i in link.pivot_ids),
            other=tuple(paragraphs[i][1] for i in link.other_ids),
            confidence=link.confidence,
            checked=link.checked,
        ))
    if carried:
        previous = _carried.get(instance.document_id)
        kept = previous[1] if previous and previous[0] is token else []
        _carried[instance.document_id] = (token, kept + carried)
        transaction.on_commit(lambda: _carried.pop(instance.document_id, None))


def restore_carried_links(document) -> int:
    """Put back the links remembered for ``document`` in this transaction
    whose anchors all exist in its current versions; returns how many."""
    from alignment.models import Link
    from documents.models import Paragraph

    entry = _carried.pop(document.pk, None)
    if entry is None or entry[0] is not _transaction_token():
        return 0
    versions = {v.language: v for v in document.versions.all()}
    anchors = {
        (language, anchor): pid
        for pid, language, anchor in Paragraph.objects.filter(
            version__document=document
        ).values_list("id", "version__language", "anchor")
    }
    restored = 0
    for carried in entry[1]:
        version = versions.get(carried.language)
        if version is None or (carried.pivot and carried.pivot_language != document.pivot_language):
            continue
        pivot = [anchors.get((carried.pivot_language, a)) for a in carried.pivot]
        other = [anchors.get((carried.language, a)) for a in carried.other]
        if None in pivot or None in other or not (pivot or other):
            continue
        taken = Link.objects.filter(version=version, method=Link.Method.MANUAL)
        used = {i for link in taken for i in (*link.pivot_ids, *link.other_ids)}
        if used & {*pivot, *other}:
            continue
        pivot += [None, None]
        other += [None, None]
        Link.objects.create(
            version=version, pivot_first_id=pivot[0], pivot_second_id=pivot[1],
            other_first_id=other[0], other_second_id=other[1],
            confidence=carried.confidence, method=Link.Method.MANUAL, checked=carried.checked,
        )
        restored += 1
    return restored
