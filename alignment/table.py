"""The alignment table for any chosen set of languages, derived from links.

Links join each version to the pivot only; the table for, say, zh and ar is
read through the pivot. Rows are the *finest* ones consistent with the
links of the chosen languages:

- pivot paragraphs joined by a link in any chosen language (a 2:1 merge)
  share a row: with en+ar the Arabic paragraph holding the English pp-4 and
  pp-5 is one row; with en+zh those stay two rows;
- a paragraph found only in another version (0:1) gets a row of its own,
  right after the row of its predecessor in that version;
- a pivot paragraph a version lacks (1:0) leaves that version's cell empty;
- a row with nothing in any chosen column (the pivot not shown, and every
  shown version lacks the paragraph) is left out.

This one function serves the reading view, the API and the exports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from alignment.units import Link


@dataclass
class Row:
    """One row: ``cells`` maps each chosen language to its paragraph ids (in
    reading order; empty for "not in this version"); ``pivot_ids`` are the
    pivot paragraphs of the row even when the pivot column is not shown (they
    name the row: ``#pp-4``). ``confidence``, ``method`` and ``manual`` are per
    non-pivot language: the weakest link of the row and its method, and
    whether every link of the row was placed by a curator."""

    index: int
    cells: dict[str, list[int]]
    pivot_ids: list[int] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    method: dict[str, str] = field(default_factory=dict)
    manual: dict[str, bool] = field(default_factory=dict)


def _merged_groups(count: int, memberships: list[list[int]]) -> list[int]:
    """The group of each pivot position: the first position of the pivot
    paragraphs that links join (union-find, paths compressed), so a 2:1 link
    puts its two pivot paragraphs in one group."""
    parent = list(range(count))

    def find(item: int) -> int:
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    for members in memberships:
        for other in members[1:]:
            first, second = find(members[0]), find(other)
            if first != second:
                parent[max(first, second)] = min(first, second)
    return [find(k) for k in range(count)]


def _ordered(ids: list[int], rank: Mapping[int, int]) -> list[int]:
    """``ids`` once each, in the version's reading order."""
    if len(ids) < 2:
        return list(ids)
    return sorted(dict.fromkeys(ids), key=lambda o: rank.get(o, 0))


def _weakest(row: Row, lang: str, links: list[Link]) -> None:
    """The row's weakest link in ``lang``, and whether a curator placed them all."""
    if len(links) == 1:
        weakest = links[0]
        manual = weakest.method == "manual"
    else:
        weakest = min(links, key=lambda lk: lk.confidence)
        manual = all(lk.method == "manual" for lk in links)
    row.confidence[lang] = weakest.confidence
    row.method[lang] = weakest.method
    row.manual[lang] = manual


def build_table(
    pivot: Sequence[int],
    links_by_lang: Mapping[str, Sequence[Link]],
    order_by_lang: Mapping[str, Sequence[int]],
    *,
    pivot_lang: str | None = None,
) -> list[Row]:
    """Rows for the languages of ``links_by_lang`` (each a non-pivot
    language with its links to the pivot), plus the pivot column when
    ``pivot_lang`` is given.

    ``pivot`` is the pivot's paragraph ids in reading order;
    ``order_by_lang`` each version's paragraph ids in reading order (used to
    place 0:1 paragraphs and order cells). Links naming ids not in these
    lists are ignored.

    Linear in the number of paragraphs and links, apart from sorting the
    few 0:1 paragraphs: a record of 10,000 paragraphs in three languages
    is read a page at a time, but its rows are derived whole.
    """
    position = {pid: k for k, pid in enumerate(pivot)}
    languages = list(links_by_lang)
    members_by_lang = {
        lang: [[position[p] for p in link.pivot if p in position] for link in links_by_lang[lang]]
        for lang in languages
    }
    group = _merged_groups(
        len(pivot), [m for lang in languages for m in members_by_lang[lang] if len(m) > 1])

    # per language, a pivot group's cells and links, by the group's first position
    group_cells: dict[str, dict[int, list[int]]] = {lang: {} for lang in languages}
    group_links: dict[str, dict[int, list[Link]]] = {lang: {} for lang in languages}
    # a row of paragraphs no pivot paragraph holds (0:1), after the group of
    # the paragraph before it in its version (-1: before every group):
    # (after group, language's place, first paragraph's place) -> (lang, ids, link)
    extras: dict[tuple[int, int, int], tuple[str, list[int], Link]] = {}
    rank_of: dict[str, dict[int, int]] = {}
    for lang_index, lang in enumerate(languages):
        order = list(order_by_lang.get(lang, ()))
        rank = rank_of[lang] = {oid: k for k, oid in enumerate(order)}
        owner: dict[int, int] = {}  # paragraph id -> the group its row follows or is
        covered = {oid for link in links_by_lang[lang] for oid in link.other}
        # a paragraph no link places (its link deleted, or never aligned) is
        # still shown, on a row of its own after its predecessor
        orphans = [Link(pivot=(), other=(oid,), confidence=0.0, method="none")
                   for oid in order if oid not in covered]
        cells_at, links_at = group_cells[lang], group_links[lang]
        for link, members in zip(links_by_lang[lang], members_by_lang[lang], strict=True):
            if not members:
                orphans.append(link)
                continue
            root = group[members[0]]
            if root in links_at:
                cells_at[root].extend(link.other)
                links_at[root].append(link)
            else:
                cells_at[root] = list(link.other)
                links_at[root] = [link]
            for oid in link.other:
                owner[oid] = root
        orphans.sort(key=lambda lk: min((rank.get(o, 0) for o in lk.other), default=0))
        for link in orphans:
            first = min((rank[o] for o in link.other if o in rank), default=None)
            after = -1
            if first is not None:
                for k in range(first - 1, -1, -1):
                    if order[k] in owner:
                        after = owner[order[k]]
                        break
            extras[(after, lang_index, first if first is not None else 0)] = (
                lang, list(link.other), link)
            for oid in link.other:
                owner[oid] = after

    extras_after: dict[int, list[tuple[int, int]]] = {}
    for after, lang_index, first in sorted(extras):
        extras_after.setdefault(after, []).append((lang_index, first))
    members_of: dict[int, list[int]] = {}
    for k, root in enumerate(group):
        members_of.setdefault(root, []).append(pivot[k])

    rows: list[Row] = []

    def extra_rows(after: int) -> None:
        for lang_index, first in extras_after.get(after, ()):
            lang, ids, link = extras[(after, lang_index, first)]
            row_cells = {pivot_lang: []} if pivot_lang is not None else {}
            for other in languages:
                row_cells[other] = _ordered(ids, rank_of[other]) if other == lang else []
            if not row_cells[lang]:
                continue
            row = Row(index=len(rows), cells=row_cells)
            _weakest(row, lang, [link])
            rows.append(row)

    extra_rows(-1)
    for root, pivot_ids in members_of.items():  # groups in pivot order: each by its first
        row_cells = {pivot_lang: list(pivot_ids)} if pivot_lang is not None else {}
        for lang in languages:
            ids = group_cells[lang].get(root, [])
            row_cells[lang] = list(ids) if len(ids) < 2 else _ordered(ids, rank_of[lang])
        if any(row_cells.values()):
            row = Row(index=len(rows), cells=row_cells, pivot_ids=list(pivot_ids))
            for lang in languages:
                if root in group_links[lang]:
                    _weakest(row, lang, group_links[lang][root])
            rows.append(row)
        if root in extras_after:
            extra_rows(root)
    return rows
