"""Align one version of a document with its pivot version.

Structure first, then content (DESIGN.md §4):

1. Each side is cut into *sections* by paragraph kind (front matter,
   preamble intro, preambular paragraphs, operative paragraphs, signature,
   speaker turns). Sections are paired in order by their kind (a longest
   common subsequence, so a section missing from one version is skipped).
2. Within a paired section, paragraphs that carry the same number on both
   sides (operative "5", sub-paragraph "5 (a)") are *pinned* to each other.
   Speaker turns are aligned turn by turn first (pinned by turn index), then
   the paragraphs of each pair of turns.
3. Everything else is aligned by a monotone dynamic programme allowing 1:1,
   1:2, 2:1, 1:0 and 0:1 links, scored with language-independent anchors
   (``alignment.anchors``) and a length model (``alignment.lengths``). The
   programme is banded around a line through the pins, so its time is linear
   in the length times the band.

Every paragraph of both sides appears in exactly one link. Each link gets a
confidence in [0, 1] from its shape and its evidence: merges and omissions
are always among the weakest, so curators review them first.

Front matter (headings, title) differs between language versions: not every
version prints the same letterhead lines. There a pairing or a merge that no
shared anchor supports costs more (an omission is often the truth) and is
never confident.

The aligner never raises on its input: when the band does not connect the
two sides it is widened, and as a last resort the paragraphs are paired in
order (1:1, leftovers 1:0 or 0:1) with a low confidence.
"""

from __future__ import annotations

import logging
import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from alignment.anchors import Anchors, anchors_and_rest, compare, normalise_digits
from alignment.lengths import LengthModel, length_model, text_length
from alignment.units import AlignParagraph, Link

# Section label of each paragraph kind; kinds absent here (other, procedural,
# attendance) belong to whatever section they appear in.
SECTION_OF_KIND: dict[str, str] = {
    "heading": "front",
    "title": "front",
    "preamble_intro": "intro",
    "preambular": "preamble",
    "operative": "operative",
    "sub_paragraph": "operative",
    "signature": "signature",
    "speaker_turn": "turns",
}

# Sub-paragraph letters in the order each script numbers them: (a) (b) (c),
# Russian а) б) в), Arabic abjad order (أ) (ب) (ج) (د) (هـ) (و)...
SUB_PARAGRAPH_LETTERS: tuple[str, ...] = (
    "abcdefghijklmnopqrstuvwxyz",
    "абвгдежзиклмнопрстуфхцчшщэюя",
    "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",
)
SUB_NUMBER = re.compile(r"[\s()\[\].،,\-–]+|ـ")

# Costs, in nats, of the link shapes before any evidence (Gale-Church priors).
MERGE_COST = 2.5  # 2:1 or 1:2
SKIP_COST = 4.0  # 1:0 or 0:1
KIND_MISMATCH_COST = 2.0
# Anchor evidence: each shared strict token lowers the cost, each unshared
# one raises it, both capped so one long list of dates cannot dominate.
MATCH_GAIN = 1.0
MISMATCH_COST = 1.0
ANCHOR_CAP = 8.0
LENGTH_CAP = 6.0
LENGTH_ANCHOR_SCALE = 8.0
NAME_GAIN = 0.3
NAME_CAP = 1.5
BAND = 8
# Retries when the band does not connect the two sides: a wider band, then
# the whole grid if it is small enough; past that, pairing in order.
WIDER_BANDS = (4 * BAND,)
FULL_GRID_CELLS = 250_000
# Front matter: a pairing no shared strict anchor supports, and a merge of
# which one part shares no strict anchor with the other side.
FRONT_UNANCHORED_COST = 3.0
FRONT_UNSUPPORTED_MERGE_COST = SKIP_COST

logger = logging.getLogger(__name__)


@dataclass
class _Unit:
    """What the programme compares: one paragraph, or one speaker turn."""

    ids: tuple[int, ...]
    length: int
    anchors: Anchors
    section: str


@dataclass
class _Evidence:
    length_probability: float
    anchor_dice: float | None
    anchor_weight: float

    @property
    def combined(self) -> float:
        if self.anchor_dice is None:
            return self.length_probability
        weight = 2 * self.anchor_weight
        return (self.length_probability + weight * self.anchor_dice) / (1 + weight)


class _Scorer:
    def __init__(self, model: LengthModel):
        self.model = model
        # keyed by the ids of a merge's ends; the units are kept with their
        # anchors, so that no id is reused while the key lives
        self._merged: dict[tuple[int, int], tuple[tuple[_Unit, ...], Anchors]] = {}

    def _anchors(self, units: Sequence[_Unit]) -> Anchors:
        """``_joined(units)``, a merge's joined once (the band asks for the
        same merge in every cell of a row)."""
        if len(units) == 1:
            return units[0].anchors
        key = (id(units[0]), id(units[-1]))
        if key not in self._merged:
            self._merged[key] = (tuple(units), _joined(units))
        return self._merged[key][1]

    def cost(self, pivot: Sequence[_Unit], other: Sequence[_Unit]) -> float:
        if not pivot or not other:
            return SKIP_COST
        p_len = sum(u.length for u in pivot)
        o_len = sum(u.length for u in other)
        p_anchors = self._anchors(pivot)
        o_anchors = self._anchors(other)
        overlap = compare(p_anchors, o_anchors)
        # Length counts less where many anchors agree: a list of dated
        # resolutions is mostly anchors, and its few words ("of", "第 号")
        # say little about the translation's length. Capped, so that strong
        # anchors can always outweigh it.
        length_weight = 1 / (1 + overlap.matched / LENGTH_ANCHOR_SCALE)
        cost = length_weight * min(LENGTH_CAP, self.model.cost(p_len, o_len))
        if len(pivot) + len(other) > 2:
            cost += MERGE_COST
        cost -= min(ANCHOR_CAP, MATCH_GAIN * overlap.matched)
        cost += min(ANCHOR_CAP, MISMATCH_COST * overlap.unmatched_weight)
        cost -= min(NAME_CAP, NAME_GAIN * overlap.names)
        if {u.section for u in pivot} != {u.section for u in other}:
            cost += KIND_MISMATCH_COST
        if _all_front(pivot, other):
            if overlap.matched == 0:
                cost += FRONT_UNANCHORED_COST
            elif not _merge_supported(pivot, other, p_anchors, o_anchors):
                cost += FRONT_UNSUPPORTED_MERGE_COST
        return cost

    def evidence(self, pivot: Sequence[_Unit], other: Sequence[_Unit]) -> _Evidence:
        p_len = sum(u.length for u in pivot)
        o_len = sum(u.length for u in other)
        overlap = compare(_joined(pivot), _joined(other))
        return _Evidence(
            length_probability=self.model.probability(p_len, o_len),
            anchor_dice=overlap.dice,
            anchor_weight=min(1.0, overlap.total / 4),
        )


def _all_front(pivot: Sequence[_Unit], other: Sequence[_Unit]) -> bool:
    return all(u.section == "front" for u in pivot) and all(u.section == "front" for u in other)


def _merge_supported(
    pivot: Sequence[_Unit], other: Sequence[_Unit], p_anchors: Anchors, o_anchors: Anchors
) -> bool:
    """True unless a part of a merge shares no strict anchor with the other
    side (a 1:1 link is always supported here)."""
    for units, opposite in ((pivot, o_anchors), (other, p_anchors)):
        if len(units) > 1 and any(not (u.anchors.strict & opposite.strict) for u in units):
            return False
    return True


def _anchored_front(pivot: Sequence[_Unit], other: Sequence[_Unit]) -> bool | None:
    """For a link within front matter: whether shared anchors support it
    (every part of a merge included); None outside front matter."""
    if not _all_front(pivot, other):
        return None
    p_anchors, o_anchors = _joined(pivot), _joined(other)
    if compare(p_anchors, o_anchors).matched == 0:
        return False
    return _merge_supported(pivot, other, p_anchors, o_anchors)


def _joined(units: Sequence[_Unit]) -> Anchors:
    if len(units) == 1:
        return units[0].anchors
    total = units[0].anchors
    for unit in units[1:]:
        total = total + unit.anchors
    return total


# Moves of the programme: (pivot units consumed, other units consumed).
MOVES_WITH_MERGES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
MOVES_WITHOUT_MERGES = ((1, 1), (1, 0), (0, 1))


def _band_centres(n: int, m: int, pins: dict[int, int]) -> list[float]:
    """For each pivot row 0..n the other index the path is expected near:
    piecewise linear through (0, 0), the pins, and (n, m)."""
    points = [(0, 0)] + sorted((i, j) for i, j in pins.items()) + [(n, m)]
    # pins are consumed as 1:1 cells from (i, j) to (i+1, j+1)
    knots: list[tuple[int, int]] = []
    for i, j in points:
        knots.append((i, j))
    centres = []
    k = 0
    for i in range(n + 1):
        while k + 1 < len(knots) and knots[k + 1][0] <= i:
            k += 1
        i0, j0 = knots[k]
        if k + 1 < len(knots):
            i1, j1 = knots[k + 1]
            centres.append(j0 + (j1 - j0) * (i - i0) / (i1 - i0) if i1 > i0 else j0)
        else:
            centres.append(j0)
    return centres


Path = list[tuple[tuple[int, ...], tuple[int, ...]]]


def _monotone_dp(
    pivot: list[_Unit],
    other: list[_Unit],
    scorer: _Scorer,
    *,
    pins: dict[int, int] | None = None,
    merges: bool = True,
    band: int = BAND,
) -> Path | None:
    """Best monotone path through the pivot x other grid; returns the links
    as (pivot unit indexes, other unit indexes). A pinned pivot unit must be
    linked 1:1 (or within a merge) with its pinned partner.

    When the band does not connect the two sides, it is widened (to the
    whole grid if that is small); None when no path is found at all (pins
    that cannot all be kept), for the caller to pair in order."""
    n, m = len(pivot), len(other)
    bands = [band, *(b for b in WIDER_BANDS if b > band)]
    if (n + 1) * (m + 1) <= FULL_GRID_CELLS and max(n, m) > bands[-1]:
        bands.append(max(n, m))
    for width in bands:
        path = _banded_dp(pivot, other, scorer, pins=pins or {}, merges=merges, band=width)
        if path is not None:
            return path
        logger.warning("alignment band %d does not connect %d x %d units", width, n, m)
    return None


def _in_order(n: int, m: int) -> Path:
    """The fallback path: 1:1 in order, the longer side's leftovers 1:0 or 0:1."""
    path: Path = [((k,), (k,)) for k in range(min(n, m))]
    path += [((k,), ()) for k in range(m, n)]
    path += [((), (k,)) for k in range(n, m)]
    return path


def _banded_dp(
    pivot: list[_Unit],
    other: list[_Unit],
    scorer: _Scorer,
    *,
    pins: dict[int, int],
    merges: bool,
    band: int,
) -> Path | None:
    n, m = len(pivot), len(other)
    pins = dict(pins or {})
    pinned_other = {j: i for i, j in pins.items()}
    moves = MOVES_WITH_MERGES if merges else MOVES_WITHOUT_MERGES
    centres = _band_centres(n, m, pins)
    lows, highs = [], []
    for i in range(n + 1):
        before = centres[i - 1] if i > 0 else centres[i]
        after = centres[i + 1] if i < n else centres[i]
        # Row 0 always holds the start (0, 0), even when the band's line
        # begins further on (no pivot units at all, or a pin on row 0).
        lows.append(0 if i == 0 else max(0, math.floor(min(before, centres[i])) - band))
        highs.append(min(m, math.ceil(max(after, centres[i])) + band))
    cost_rows: list[list[float]] = []
    back_rows: list[list[tuple[int, int] | None]] = []
    inf = math.inf

    def allowed(i: int, j: int, di: int, dj: int) -> bool:
        for k in range(i, i + di):
            partner = pins.get(k)
            if partner is not None and not (j <= partner < j + dj):
                return False
        for k in range(j, j + dj):
            partner = pinned_other.get(k)
            if partner is not None and not (i <= partner < i + di):
                return False
        return True

    for i in range(n + 1):
        lo, hi = lows[i], highs[i]
        row = [inf] * (hi - lo + 1)
        back: list[tuple[int, int] | None] = [None] * (hi - lo + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best, best_move = inf, None
            for di, dj in moves:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                if di == 0:
                    prev_row, prev_lo = row, lo
                else:
                    prev_row, prev_lo = cost_rows[pi], lows[pi]
                k = pj - prev_lo
                if k < 0 or k >= len(prev_row):
                    continue
                prev = prev_row[k]
                if prev == inf:
                    continue
                if not allowed(pi, pj, di, dj):
                    continue
                total = prev + scorer.cost(pivot[pi:i], other[pj:j])
                if total < best:
                    best, best_move = total, (di, dj)
            row[j - lo] = best
            back[j - lo] = best_move
        cost_rows.append(row)
        back_rows.append(back)
    if not lows[n] <= m <= highs[n] or cost_rows[n][m - lows[n]] == inf:
        return None
    path: Path = []
    i, j = n, m
    while i > 0 or j > 0:
        move = back_rows[i][j - lows[i]]
        if move is None:  # pragma: no cover - a finite cost always has a move
            return None
        di, dj = move
        path.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    path.reverse()
    return path


def _sections(paragraphs: list[AlignParagraph]) -> list[tuple[str, list[AlignParagraph]]]:
    """Maximal runs of paragraphs of one section label, in order."""
    sections: list[tuple[str, list[AlignParagraph]]] = []
    for paragraph in paragraphs:
        label = SECTION_OF_KIND.get(paragraph.kind)
        if label is None:
            label = sections[-1][0] if sections else "front"
        if sections and sections[-1][0] == label:
            sections[-1][1].append(paragraph)
        else:
            sections.append((label, [paragraph]))
    return sections


def _lcs_pairs(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Index pairs of a longest common subsequence of two label lists."""
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = (
                table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
            )
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _number_key(paragraph: AlignParagraph, parent: str) -> str | None:
    """A key equal across languages for a numbered paragraph: "5" for
    operative 5, "5/2" for its second sub-paragraph (b)."""
    number = normalise_digits(paragraph.number or "").strip()
    if not number:
        return None
    if paragraph.kind == "operative":
        digits = re.sub(r"\D", "", number)
        return digits or None
    if paragraph.kind == "sub_paragraph":
        bare = SUB_NUMBER.sub("", number).lower()
        if bare.isdigit():
            return f"{parent}/{int(bare)}"
        for letters in SUB_PARAGRAPH_LETTERS:
            if len(bare) == 1 and bare in letters:
                return f"{parent}/{letters.index(bare) + 1}"
        return f"{parent}/{bare}"
    return None


def _number_keys(paragraphs: list[AlignParagraph]) -> list[str | None]:
    keys, parent = [], ""
    for paragraph in paragraphs:
        key = _number_key(paragraph, parent)
        if paragraph.kind == "operative" and key:
            parent = key
        keys.append(key)
    return keys


def increasing_pairs(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence of (i, j) pairs (sorted by i) increasing in j:
    the pins that agree with the order of both sides here, the paragraphs
    that kept their place in ``alignment.editions``. Time P log P for P
    pairs (patience sorting)."""
    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[k] = j
            tail_index[k] = index
        previous[index] = tail_index[k - 1] if k > 0 else -1
    result = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        result.append(pairs[index])
        index = previous[index]
    return result[::-1]


def _numbered_pins(pivot: list[AlignParagraph], other: list[AlignParagraph]) -> dict[int, int]:
    """Pivot index -> other index for numbers found exactly once on each side."""
    p_keys, o_keys = _number_keys(pivot), _number_keys(other)
    p_seen: dict[str, list[int]] = {}
    o_seen: dict[str, list[int]] = {}
    for i, key in enumerate(p_keys):
        if key:
            p_seen.setdefault(key, []).append(i)
    for j, key in enumerate(o_keys):
        if key:
            o_seen.setdefault(key, []).append(j)
    pairs = sorted(
        (p_seen[key][0], o_seen[key][0])
        for key in p_seen
        if len(p_seen[key]) == 1 and len(o_seen.get(key, ())) == 1
    )
    return dict(increasing_pairs(pairs))


def _turn_pins(
    pivot: list[list[AlignParagraph]], other: list[list[AlignParagraph]]
) -> dict[int, int]:
    """Pivot turn group -> other turn group with the same turn index."""

    def index(groups: list[list[AlignParagraph]]) -> dict[int, list[int]]:
        seen: dict[int, list[int]] = {}
        for g, group in enumerate(groups):
            if group[0].turn is not None:
                seen.setdefault(group[0].turn, []).append(g)
        return seen

    p_seen, o_seen = index(pivot), index(other)
    pairs = sorted(
        (p_seen[t][0], o_seen[t][0])
        for t in p_seen
        if len(p_seen[t]) == 1 and len(o_seen.get(t, ())) == 1
    )
    return dict(increasing_pairs(pairs))


class _Aligner:
    def __init__(self, pivot_lang: str, other_lang: str):
        self.pivot_lang = pivot_lang
        self.other_lang = other_lang
        self.scorer = _Scorer(length_model(pivot_lang, other_lang))
        self.links: list[Link] = []

    def unit(self, paragraph: AlignParagraph, language: str) -> _Unit:
        anchors, rest = anchors_and_rest(
            paragraph.text, paragraph.footnote_markers, language=language
        )
        return _Unit(
            ids=(paragraph.id,),
            length=text_length(rest),
            anchors=anchors,
            section=SECTION_OF_KIND.get(paragraph.kind, "other"),
        )

    def align(self, pivot: list[AlignParagraph], other: list[AlignParagraph]) -> list[Link]:
        p_sections, o_sections = _sections(pivot), _sections(other)
        pairs = _lcs_pairs([s[0] for s in p_sections], [s[0] for s in o_sections])
        pi = oi = 0
        for p_index, o_index in [*pairs, (len(p_sections), len(o_sections))]:
            # Sections left unpaired between two paired ones are aligned together.
            p_gap = [p for _, ps in p_sections[pi:p_index] for p in ps]
            o_gap = [p for _, ps in o_sections[oi:o_index] for p in ps]
            if p_gap or o_gap:
                self.align_paragraphs(p_gap, o_gap)
            if p_index < len(p_sections):
                label, p_paragraphs = p_sections[p_index]
                o_paragraphs = o_sections[o_index][1]
                if label == "turns":
                    self.align_turns(p_paragraphs, o_paragraphs)
                else:
                    pins = (
                        _numbered_pins(p_paragraphs, o_paragraphs) if label == "operative" else {}
                    )
                    self.align_paragraphs(p_paragraphs, o_paragraphs, pins=pins)
            pi, oi = p_index + 1, o_index + 1
        return self.links

    def align_paragraphs(
        self,
        pivot: list[AlignParagraph],
        other: list[AlignParagraph],
        *,
        pins: dict[int, int] | None = None,
    ) -> None:
        p_units = [self.unit(p, self.pivot_lang) for p in pivot]
        o_units = [self.unit(p, self.other_lang) for p in other]
        pins = pins or {}
        path = _monotone_dp(p_units, o_units, self.scorer, pins=pins)
        if path is None:
            self.links.extend(_fallback_links(pivot, other))
            return
        for p_idx, o_idx in path:
            p = [p_units[k] for k in p_idx]
            o = [o_units[k] for k in o_idx]
            structural = any(pins.get(k) in o_idx for k in p_idx)
            self.links.append(self.make_link(p, o, structural=structural))

    def align_turns(self, pivot: list[AlignParagraph], other: list[AlignParagraph]) -> None:
        p_groups, o_groups = _turn_groups(pivot), _turn_groups(other)
        p_units = [self.turn_unit(g, self.pivot_lang) for g in p_groups]
        o_units = [self.turn_unit(g, self.other_lang) for g in o_groups]
        pins = _turn_pins(p_groups, o_groups)
        path = _monotone_dp(p_units, o_units, self.scorer, pins=pins, merges=False)
        if path is None:
            self.links.extend(_fallback_links(pivot, other))
            return
        for p_idx, o_idx in path:
            p_paragraphs = [p for k in p_idx for p in p_groups[k]]
            o_paragraphs = [p for k in o_idx for p in o_groups[k]]
            self.align_paragraphs(p_paragraphs, o_paragraphs)

    def turn_unit(self, group: list[AlignParagraph], language: str) -> _Unit:
        text = group[0].speaker + "\n" + "\n".join(p.text for p in group)
        markers = tuple(m for p in group for m in p.footnote_markers)
        anchors, rest = anchors_and_rest(text, markers, language=language)
        return _Unit(
            ids=tuple(p.id for p in group),
            length=text_length(rest),
            anchors=anchors,
            section="turns",
        )

    def make_link(self, pivot: list[_Unit], other: list[_Unit], *, structural: bool) -> Link:
        pivot_ids = tuple(i for u in pivot for i in u.ids)
        other_ids = tuple(i for u in other for i in u.ids)
        if not pivot or not other:
            return Link(pivot_ids, other_ids, OMISSION_CONFIDENCE, "length")
        evidence = self.scorer.evidence(pivot, other)
        combined = evidence.combined
        if _anchored_front(pivot, other) is False:
            low, high = FRONT_UNANCHORED_CONFIDENCE
        elif len(pivot) + len(other) > 2:
            low, high = MERGE_CONFIDENCE
        elif structural:
            low, high = STRUCTURAL_CONFIDENCE
        else:
            low, high = ONE_TO_ONE_CONFIDENCE
        if structural:
            method = "structural"
        elif evidence.anchor_dice is not None and evidence.anchor_dice > 0:
            method = "anchors"
        else:
            method = "length"
        return Link(pivot_ids, other_ids, round(low + (high - low) * combined, 4), method)


# Confidence ranges per link shape: (with no evidence, with perfect evidence).
ONE_TO_ONE_CONFIDENCE = (0.4, 1.0)
STRUCTURAL_CONFIDENCE = (0.6, 1.0)
MERGE_CONFIDENCE = (0.15, 0.5)
OMISSION_CONFIDENCE = 0.1
# Front matter that no shared anchor supports: below 0.5, so shown as weak.
FRONT_UNANCHORED_CONFIDENCE = (0.15, 0.45)
# Paragraphs paired in order because no alignment could be computed.
FALLBACK_CONFIDENCE = 0.2


def _fallback_links(pivot: list[AlignParagraph], other: list[AlignParagraph]) -> list[Link]:
    """Pivot and other paired in order, leftovers alone, all weak."""
    return [
        Link(
            tuple(pivot[k].id for k in p_idx),
            tuple(other[k].id for k in o_idx),
            FALLBACK_CONFIDENCE if p_idx and o_idx else OMISSION_CONFIDENCE,
            "length",
        )
        for p_idx, o_idx in _in_order(len(pivot), len(other))
    ]


def _turn_groups(paragraphs: list[AlignParagraph]) -> list[list[AlignParagraph]]:
    """Consecutive paragraphs of the same turn (procedural paragraphs between
    turns form groups of their own)."""
    groups: list[list[AlignParagraph]] = []
    for paragraph in paragraphs:
        if groups and groups[-1][0].turn == paragraph.turn:
            groups[-1].append(paragraph)
        else:
            groups.append([paragraph])
    return groups


def align_versions(
    pivot: list[AlignParagraph],
    other: list[AlignParagraph],
    *,
    pivot_lang: str,
    other_lang: str,
) -> list[Link]:
    """Links between the paragraphs of ``other`` and those of ``pivot``, in
    reading order; every paragraph of both lists is in exactly one link.

    Never raises on its input: should aligning fail, the two lists are
    paired in order with a low confidence (and the failure logged)."""
    pivot, other = list(pivot), list(other)
    try:
        return _Aligner(pivot_lang, other_lang).align(pivot, other)
    except Exception:  # a bad alignment is better than none; curators see it is weak
        logger.exception("aligning %d with %d paragraphs failed", len(pivot), len(other))
        return _fallback_links(pivot, other)
