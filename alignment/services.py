"""Django glue around the pure aligner: read paragraphs, run
``alignment.aligner.align_versions`` against the pivot, store links.

Manual links survive re-alignment: the paragraphs they cover are left out of
the automatic run, which aligns only what is left.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Prefetch

from alignment.aligner import align_versions
from alignment.models import Link
from alignment.units import AlignParagraph
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
