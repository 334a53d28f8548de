"""Search: paragraphs whose text contains a query, each with the paragraphs
aligned to it in the document's other languages. Shared by the search page
and the API; a constant number of queries whatever the number of hits.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Q

from alignment.models import Link
from documents.models import FootnoteRef, Paragraph, Version
from documents.selectors import paragraph_dict


def search_paragraphs(q: str, language: str = ""):
    """Paragraphs of published versions whose text contains ``q`` (any case),
    in symbol, language and reading order. A queryset, for the paginator."""
    hits = Paragraph.objects.filter(
        text__icontains=q, version__status=Version.Status.PUBLISHED
    )
    if language:
        hits = hits.filter(version__language=language)
    return hits.select_related("version__document", "turn").order_by(
        "version__document__symbol", "version__language", "order"
    )


def _links_touching(ids: set[int], *, pivot_only: bool = False) -> list[Link]:
    if not ids:
        return []
    condition = Q(pivot_first__in=ids) | Q(pivot_second__in=ids)
    if not pivot_only:
        condition |= Q(other_first__in=ids) | Q(other_second__in=ids)
    return list(Link.objects.filter(condition))


def search_hits(hits: list[Paragraph]) -> list[dict]:
    """Each hit with the paragraphs aligned to it in the document's other
    published languages, through the links to the pivot: five queries,
    whatever the number of hits or languages.

    A hit in the pivot version stands for itself; a hit in another version
    stands for the pivot paragraphs it is linked to. The aligned paragraphs
    of a language are those linked to these pivot paragraphs (so a merge
    shows the one paragraph covering two).
    """
    hit_ids = {p.id for p in hits}
    pivot_of_hit: dict[int, set[int]] = {}
    first_links = _links_touching(hit_ids)
    for p in hits:
        if p.version.language == p.version.document.pivot_language:
            pivot_of_hit[p.id] = {p.id}
        else:
            pivot_of_hit[p.id] = {
                i for link in first_links if p.id in link.other_ids for i in link.pivot_ids
            }
    pivot_ids = set().union(*pivot_of_hit.values()) if pivot_of_hit else set()
    links = _links_touching(pivot_ids, pivot_only=True)
    group_of_hit = {
        hit: pivots | {i for link in links if set(link.pivot_ids) & pivots for i in link.other_ids}
        for hit, pivots in pivot_of_hit.items()
    }
    wanted = set().union(*group_of_hit.values()) if group_of_hit else set()
    wanted |= hit_ids
    refs: dict[int, list[FootnoteRef]] = defaultdict(list)
    for ref in (
        FootnoteRef.objects.filter(paragraph_id__in=wanted)
        .select_related("footnote")
        .order_by("paragraph_id", "offset")
    ):
        refs[ref.paragraph_id].append(ref)
    paragraphs = {
        p.id: (p.version.language, p.order, paragraph_dict(p, refs[p.id]))
        for p in Paragraph.objects.filter(
            id__in=wanted, version__status=Version.Status.PUBLISHED
        ).select_related("version", "turn")
    }
    results = []
    for p in hits:
        aligned: dict[str, list[tuple[int, dict]]] = defaultdict(list)
        for i in group_of_hit[p.id]:
            if i in paragraphs and paragraphs[i][0] != p.version.language:
                language, order, data = paragraphs[i]
                aligned[language].append((order, data))
        symbol = p.version.document.symbol
        results.append(
            {
                "symbol": symbol,
                "language": p.version.language,
                "paragraph": paragraphs[p.id][2] if p.id in paragraphs else paragraph_dict(p, []),
                "aligned": {
                    lang: [data for _, data in sorted(cells, key=lambda c: c[0])]
                    for lang, cells in sorted(aligned.items())
                },
                "url": f"/{symbol}/?langs={p.version.language}#{p.version.language}-{p.anchor}",
            }
        )
    return results
