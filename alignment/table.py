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


class _UnionFind:
    def __init__(self, items: Sequence[int]):
        self.parent = {i: i for i in items}

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


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
    """
    position = {pid: k for k, pid in enumerate(pivot)}
    languages = list(links_by_lang)
    # Union-find keyed by pivot position: roots are the first paragraph of a group.
    groups = _UnionFind(list(range(len(pivot))))
    for lang in languages:
        for link in links_by_lang[lang]:
            members = [position[p] for p in link.pivot if p in position]
            for other in members[1:]:
                groups.union(members[0], other)

    # Group key: ("p", root position). Extra rows: ("x", after root position, lang, order).
    cells: dict[tuple, dict[str, list[int]]] = {}
    links_of: dict[tuple, dict[str, list[Link]]] = {}
    for k in range(len(pivot)):
        key = ("p", groups.find(k))
        cells.setdefault(key, {})
        links_of.setdefault(key, {})
    group_of_other: dict[str, dict[int, tuple]] = {}
    for lang in languages:
        owner: dict[int, tuple] = {}
        orphans: list[Link] = []
        covered = {oid for link in links_by_lang[lang] for oid in link.other}
        # a paragraph no link places (its link deleted, or never aligned) is
        # still shown, on a row of its own after its predecessor
        orphans += [
            Link(pivot=(), other=(oid,), confidence=0.0, method="none")
            for oid in order_by_lang.get(lang, ())
            if oid not in covered
        ]
        for link in links_by_lang[lang]:
            members = [position[p] for p in link.pivot if p in position]
            if not members:
                orphans.append(link)
                continue
            key = ("p", groups.find(members[0]))
            cells[key].setdefault(lang, []).extend(link.other)
            links_of[key].setdefault(lang, []).append(link)
            for oid in link.other:
                owner[oid] = key
        order = list(order_by_lang.get(lang, ()))
        rank = {oid: k for k, oid in enumerate(order)}
        for link in sorted(
            orphans, key=lambda lk: min((rank.get(o, 0) for o in lk.other), default=0)
        ):
            first = min((rank[o] for o in link.other if o in rank), default=None)
            anchor_root = -1
            if first is not None:
                for k in range(first - 1, -1, -1):
                    previous = owner.get(order[k])
                    if previous is not None:
                        anchor_root = previous[1]
                        break
            key = ("x", anchor_root, languages.index(lang), first if first is not None else 0)
            cells[key] = {lang: list(link.other)}
            links_of[key] = {lang: [link]}
            for oid in link.other:
                owner[oid] = ("p", anchor_root) if anchor_root >= 0 else key
        group_of_other[lang] = owner

    def sort_key(key: tuple) -> tuple:
        if key[0] == "p":
            return (key[1], 0, 0, 0)
        return (key[1], 1, key[2], key[3])

    rank_of = {
        lang: {oid: k for k, oid in enumerate(order_by_lang.get(lang, ()))} for lang in languages
    }
    rows: list[Row] = []
    members_of: dict[int, list[int]] = {}
    for k in range(len(pivot)):
        members_of.setdefault(groups.find(k), []).append(pivot[k])
    for key in sorted(cells, key=sort_key):
        pivot_ids = members_of.get(key[1], []) if key[0] == "p" else []
        row_cells: dict[str, list[int]] = {}
        if pivot_lang is not None:
            row_cells[pivot_lang] = list(pivot_ids)
        for lang in languages:
            ids = cells[key].get(lang, [])
            rank = rank_of[lang]
            row_cells[lang] = sorted(dict.fromkeys(ids), key=lambda o, r=rank: r.get(o, 0))
        if not any(row_cells.values()):
            continue
        row = Row(index=len(rows), cells=row_cells, pivot_ids=list(pivot_ids))
        for lang, lang_links in links_of[key].items():
            weakest = min(lang_links, key=lambda lk: lk.confidence)
            row.confidence[lang] = weakest.confidence
            row.method[lang] = weakest.method
            row.manual[lang] = all(lk.method == "manual" for lk in lang_links)
        rows.append(row)
    return rows
