"""Two editions of a resolution in one language: what changed, and how close
an earlier paragraph comes to a new one.

Most General Assembly resolutions come back every year or two under the
same title (A/RES/63/114 in 2008, A/RES/75/16 in 2020). This module compares
two editions *in the same language*, where text similarity can do what the
cross-language aligner (``alignment.aligner``) does with numbers, dates and
length ratios:

1. Each paragraph is read as tokens: a word or number, one punctuation mark,
   or one Chinese character (so a Chinese paragraph is compared character by
   character, as CAT tools do). Printed labels that always change between
   editions (the operative number "6.", the resolution number "75/16." of
   the title) are not part of the compared text.
2. ``similarity`` scores a pair of paragraphs in [0, 1]: the Dice overlap of
   their words and word pairs (character pairs in Chinese), or, when one
   text has grown around the other, how much of the shorter one the longer
   holds.
3. ``pair_paragraphs`` pairs the two editions. Candidate pairs are found
   through the features they share (never by scoring every pair); the
   heaviest chain of candidates in the order of the text is kept
   (structure first: the title, the preamble intro and the closing line
   pair with their own kind); the paragraphs left over are paired across
   the order when they are similar enough: those are *moved*; between two
   kept pairs, as many short paragraphs of the same kinds on each side
   ("Seventy-fifth session" / "Seventy-seventh session") pair in order.
   Whatever is left is *new* (only in the newer edition) or *dropped*
   (only in the older). Time grows with the number of candidate pairs,
   about linearly with the length of real texts.
4. ``compare_editions`` marks each pair unchanged or changed and gives a
   changed pair a word-level diff (``diff_ops``; character-level in
   Chinese) and a fuzzy match percentage (``fuzzy_match``).
5. ``closest_matches`` is the translation-memory lookup: for each paragraph
   of a new edition, the closest paragraph among earlier editions with its
   fuzzy match percentage.

The fuzzy match is computed as CAT tools compute it: one minus the edit
distance between the two token sequences over the longer one's length,
rounded down; 100 % only for the same text (whitespace and the width of
punctuation, "，" or ",", aside), so a one-word change in a long paragraph
is 99 % at most.

Pure: plain dataclasses in and out, no ORM, no settings.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from alignment.aligner import SECTION_OF_KIND, increasing_pairs

UNCHANGED = "unchanged"
CHANGED = "changed"
NEW = "new"
DROPPED = "dropped"
STATUSES = (UNCHANGED, CHANGED, NEW, DROPPED)

# Pairing thresholds, tuned on A/RES/63/114 zh -> A/RES/75/16 zh (gold in
# tests/editions/) and the constructed English edition of A/RES/75/16.
PAIR_THRESHOLD = 0.4  # in order: at least this similar
MOVE_THRESHOLD = 0.45  # across the order (a moved paragraph): at least this
GAP_FLOOR = 0.2  # in a gap between pairs, of the same kind: at least this
RARE_IN = 20  # a feature in at most this many older paragraphs finds candidate pairs
SHORT_TEXT = 6  # features: a text this short needs one rare feature in common, others two
OTHER_SECTION_FACTOR = 0.75  # a preambular paragraph paired with an operative one...
CONTAINMENT_WEIGHT = 0.85  # "the longer text holds the shorter" counts a little less
CONTAINMENT_SIZE = 10  # ...and not at all for very short texts (fewer features)
# The kinds printed once per edition: paired with each other first.
SINGLE_KINDS = ("title", "preamble_intro", "signature")
SHORTLIST = 4  # translation memory: candidates scored by edit distance
MINIMUM_MATCH = 50  # translation memory: weaker matches are not offered

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff"
# Combining marks that belong to the word they sit on (Arabic harakat...).
MARKS = "\u0300-\u036f\u064b-\u065f\u0670"
# A text as tokens, each with the whitespace that follows it, so that the
# tokens joined give the text back:
#   "Recalling its resolution 37/4," -> "Recalling ", "its ", "resolution ",
#   "37", "/", "4", ","     and     "回顾其 1982 年" -> "回", "顾", "其 ", "1982 ", "年"
TOKEN = re.compile(
    rf"""
      \s+                                   # whitespace before the first token
    | [{CJK}]\s*                            # one Chinese character: 合
    | (?:[^\W{CJK}]|[{MARKS}])+\s*          # a word or a number: Cooperation, 2016
    | [^\w\s]\s*                            # one punctuation mark: ， ; (
    """,
    re.VERBOSE,
)
CJK_CHARACTER = re.compile(rf"[{CJK}]")
WORDLIKE = re.compile(rf"(?:[^\W_]|[{MARKS}])")
# The resolution number printed before a title: "75/16. Cooperation ..."
TITLE_NUMBER = re.compile(r"^\s*\d+\s*/\s*\d+\s*[.．]\s*")


@dataclass(frozen=True)
class EditionParagraph:
    """One paragraph of an edition, as the comparison reads it: ``anchor``
    (pp-3, op-5), paragraph ``kind``, printed ``number`` ("5", "(a)") and
    plain ``text`` as stored (with its printed number)."""

    anchor: str
    kind: str
    number: str
    text: str


@dataclass(frozen=True)
class DiffOp:
    """A run of text: ``equal`` in both editions, ``delete`` (only in the
    older) or ``insert`` (only in the newer). An ``equal`` run's ``text`` is
    as the newer edition prints it; ``old`` is set when the older one
    prints it otherwise (whitespace, punctuation width)."""

    op: str
    text: str
    old: str = ""

    @property
    def old_text(self) -> str:
        return self.old or self.text if self.op != "insert" else ""


@dataclass
class ParagraphPair:
    """One row of a comparison. ``old`` is None for a new paragraph, ``new``
    None for a dropped one. ``similarity`` is the pairing score in [0, 1],
    ``match`` the fuzzy match percentage; ``moved`` says the paragraph left
    its place in the order of the text; ``diff`` covers the texts without
    their printed numbers (empty for new and dropped paragraphs)."""

    status: str
    old: EditionParagraph | None
    new: EditionParagraph | None
    similarity: float = 0.0
    match: int = 0
    moved: bool = False
    diff: list[DiffOp] = field(default_factory=list)


@dataclass
class EditionComparison:
    """``pairs`` in the newer edition's reading order, each dropped
    paragraph right after the pair that precedes it in the older edition."""

    language: str
    pairs: list[ParagraphPair]

    def summary(self) -> dict[str, int]:
        counts = {status: 0 for status in STATUSES}
        for pair in self.pairs:
            counts[pair.status] += 1
        counts["moved"] = sum(1 for pair in self.pairs if pair.moved)
        return counts


# --- reading a paragraph ------------------------------------------------------


def tokens(text: str) -> list[str]:
    """The text cut into tokens that, joined, give it back."""
    return TOKEN.findall(text)


def token_key(token: str) -> str:
    """What a token is compared by: without its whitespace, and with the
    full-width forms of Chinese typesetting folded ("，" -> ",")."""
    return unicodedata.normalize("NFKC", token).strip()


def label_free_text(paragraph: EditionParagraph) -> str:
    """The text without the printed label that changes between editions by
    itself: the paragraph's number ("6. ", "(a) ") or, in a title, the
    resolution number ("75/16. ")."""
    text = paragraph.text
    if paragraph.kind == "title":
        return TITLE_NUMBER.sub("", text, count=1)
    number = paragraph.number.strip()
    if number:
        bare = re.escape(number.strip("().．"))
        label = re.compile(rf"^\s*\(?{bare}\)?\s*[.)．、]?\s*")
        return label.sub("", text, count=1)
    return text


def _keys(text: str) -> list[str]:
    return [key for key in map(token_key, tokens(text)) if key]


def _features(keys: Sequence[str]) -> frozenset[str]:
    """Words (casefolded), and pairs of neighbouring words; in Chinese pairs
    of characters only, since one character says little by itself."""
    words = [k.casefold() for k in keys if WORDLIKE.match(k)]
    singles = {w for w in words if not CJK_CHARACTER.match(w)}
    pairs = {f"{a}\x1f{b}" for a, b in zip(words, words[1:], strict=False)}
    return frozenset(singles | pairs)


@dataclass(frozen=True)
class _Unit:
    paragraph: EditionParagraph
    body: str
    keys: tuple[str, ...]
    features: frozenset[str]
    section: str


def _unit(paragraph: EditionParagraph) -> _Unit:
    body = label_free_text(paragraph)
    keys = tuple(_keys(body))
    section = SECTION_OF_KIND.get(paragraph.kind) or (
        "annex" if paragraph.kind.startswith("annex") else "other"
    )
    return _Unit(paragraph, body, keys, _features(keys), section)


# --- scores -------------------------------------------------------------------


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """How alike two paragraphs' features are, in [0, 1]: their Dice overlap,
    or, when the longer holds most of the shorter (a paragraph that grew),
    that share, weighted down, and not trusted for very short texts."""
    shared = len(a & b)
    if not shared:
        return 0.0
    dice = 2 * shared / (len(a) + len(b))
    smaller = min(len(a), len(b))
    containment = shared / smaller * min(1.0, smaller / CONTAINMENT_SIZE)
    return max(dice, CONTAINMENT_WEIGHT * containment)


def text_similarity(a: str, b: str) -> float:
    """``similarity`` of two plain texts (titles, say)."""
    return similarity(_features(_keys(a)), _features(_keys(b)))


def levenshtein(a: Sequence[str], b: Sequence[str]) -> int:
    """Edit distance between two token sequences (insertions, deletions,
    substitutions of one token), by the bit-parallel algorithm of Myers
    (1999) as given by Hyyrö (2001): time len(a) * len(b) / word size."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    # b, the shorter, is the pattern: one bit per position
    masks: dict[str, int] = {}
    for position, token in enumerate(b):
        masks[token] = masks.get(token, 0) | (1 << position)
    all_ones = (1 << len(b)) - 1
    last = 1 << (len(b) - 1)
    plus, minus, distance = all_ones, 0, len(b)
    for token in a:
        match = masks.get(token, 0)
        x_vertical = match | minus
        x_horizontal = (((match & plus) + plus) ^ plus) | match
        h_plus = minus | (~(x_horizontal | plus) & all_ones)
        h_minus = plus & x_horizontal
        if h_plus & last:
            distance += 1
        elif h_minus & last:
            distance -= 1
        h_plus = ((h_plus << 1) | 1) & all_ones
        h_minus = (h_minus << 1) & all_ones
        plus = h_minus | (~(x_vertical | h_plus) & all_ones)
        minus = h_plus & x_vertical
    return distance


def match_percentage(a: Sequence[str], b: Sequence[str]) -> int:
    """The fuzzy match of two token sequences as CAT tools show it: 100
    only when they are the same, else (1 - distance / longer) * 100 rounded
    down and at most 99."""
    if list(a) == list(b):
        return 100
    longer = max(len(a), len(b))
    percent = int(100 * (longer - levenshtein(a, b)) / longer)
    return max(0, min(99, percent))


def fuzzy_match(old: str, new: str) -> int:
    """The fuzzy match percentage of two texts (see ``match_percentage``)."""
    return match_percentage(_keys(old), _keys(new))


# --- the word-level diff ---------------------------------------------------------


def diff_ops(old: str, new: str) -> list[DiffOp]:
    """What changed from ``old`` to ``new``, word by word (character by
    character in Chinese). The ``equal`` and ``insert`` runs joined give
    ``new`` back, the ``old_text`` of the ``equal`` and ``delete`` runs
    ``old``: exactly, whitespace and punctuation width included, which the
    comparison itself ignores. A lone word or mark left equal between two
    changes is folded into them, so the diff reads as a few whole
    phrases."""
    old_tokens, new_tokens = tokens(old), tokens(new)
    matcher = SequenceMatcher(
        None, [token_key(t) for t in old_tokens], [token_key(t) for t in new_tokens],
        autojunk=False,
    )
    # (op, text in the older edition, text in the newer)
    runs: list[tuple[str, str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_text, new_text = "".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2])
        if tag == "equal":
            runs.append(("equal", old_text, new_text))
            continue
        if tag in ("delete", "replace"):
            runs.append(("delete", old_text, ""))
        if tag in ("insert", "replace"):
            runs.append(("insert", "", new_text))
    return _spaces_outside(_merged(_fold_lone_equals(runs)))


def _is_lone(text: str) -> bool:
    """One token, or whitespace and punctuation only."""
    pieces = [key for key in map(token_key, tokens(text)) if key]
    return len(pieces) <= 1 or not any(WORDLIKE.match(key) for key in pieces)


def _fold_lone_equals(runs: list[tuple[str, str, str]]) -> list[DiffOp]:
    """An equal run of one token between two changes becomes part of both:
    "-a +b c -d +e" reads "-a c d +b c e"; within a run of changes every
    deletion comes before every insertion."""
    result: list[DiffOp] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush():
        result.extend(DiffOp("delete", text) for text in deleted)
        result.extend(DiffOp("insert", text) for text in inserted)
        deleted.clear()
        inserted.clear()

    for index, (op, old_text, new_text) in enumerate(runs):
        if op == "equal":
            between = 0 < index < len(runs) - 1 and runs[index - 1][0] != "equal" and (
                runs[index + 1][0] != "equal"
            )
            if between and _is_lone(new_text):
                deleted.append(old_text)
                inserted.append(new_text)
                continue
            flush()
            result.append(DiffOp("equal", new_text, old_text if old_text != new_text else ""))
        elif op == "delete":
            deleted.append(old_text)
        else:
            inserted.append(new_text)
    flush()
    return result


def _spaces_outside(ops: list[DiffOp]) -> list[DiffOp]:
    """The space after a changed word belongs to what follows: "seventy-
    [seventh ]session" reads "seventy-[seventh] session"."""
    result = list(ops)
    for index, op in enumerate(result):
        if op.op != "equal" or index == 0 or result[index - 1].op == "equal":
            continue
        group = index - 1
        while group > 0 and result[group - 1].op != "equal":
            group -= 1
        new_space = old_space = ""
        for k in range(group, index):
            change = result[k]
            stripped = change.text.rstrip()
            space = change.text[len(stripped):]
            if not stripped:
                continue
            if change.op == "insert":
                new_space = space
            else:
                old_space = space
            result[k] = DiffOp(change.op, stripped)
        text, old = new_space + op.text, old_space + op.old_text
        result[index] = DiffOp("equal", text, old if old != text else "")
    return [op for op in result if op.text]


def _merged(ops: list[DiffOp]) -> list[DiffOp]:
    merged: list[DiffOp] = []
    for op in ops:
        if not op.text:
            continue
        if merged and merged[-1].op == op.op:
            last = merged[-1]
            text, old = last.text + op.text, last.old_text + op.old_text
            merged[-1] = DiffOp(op.op, text, old if op.op == "equal" and old != text else "")
        else:
            merged.append(op)
    return merged


# --- pairing ------------------------------------------------------------------


def _score(old: _Unit, new: _Unit) -> float:
    score = similarity(old.features, new.features)
    if old.section != new.section:
        score *= OTHER_SECTION_FACTOR
    return score


def _single_kind_pins(old: Sequence[_Unit], new: Sequence[_Unit]) -> dict[int, int]:
    """Old index -> new index for the kinds printed once in each edition
    (title, preamble intro, closing line), when each edition has one."""
    pins = {}
    for kind in SINGLE_KINDS:
        o = [i for i, u in enumerate(old) if u.paragraph.kind == kind]
        n = [j for j, u in enumerate(new) if u.paragraph.kind == kind]
        if len(o) == 1 and len(n) == 1:
            pins[o[0]] = n[0]
    return pins


class _Scores:
    """Pair scores, computed once and only where needed."""

    def __init__(self, old: list[_Unit], new: list[_Unit]):
        self.old, self.new = old, new
        self.known: dict[tuple[int, int], float] = {}

    def __call__(self, i: int, j: int) -> float:
        if (i, j) not in self.known:
            self.known[i, j] = _score(self.old[i], self.new[j])
        return self.known[i, j]

    def candidates(self, threshold: float) -> dict[tuple[int, int], float]:
        """Pairs scoring at least ``threshold``, found without scoring every
        pair: the same text on both sides, or features in common that are
        rare in the older edition (each in at most a tenth of its
        paragraphs, or RARE_IN paragraphs): two, or one for a short text."""
        found: dict[tuple[int, int], float] = {}
        same_text: dict[tuple[str, ...], list[int]] = defaultdict(list)
        holders: dict[str, list[int]] = defaultdict(list)
        for i, unit in enumerate(self.old):
            if unit.keys:
                same_text[unit.keys].append(i)
            for feature in unit.features:
                holders[feature].append(i)
        rare = max(RARE_IN, len(self.old) // 10)
        for j, unit in enumerate(self.new):
            shared: Counter[int] = Counter()
            for feature in unit.features:
                olds = holders.get(feature, ())
                if len(olds) <= rare:
                    shared.update(olds)
            # one rare feature in common is enough for a short text only
            enough = 1 if len(unit.features) <= SHORT_TEXT else 2
            wanted = {i for i, count in shared.items() if count >= enough}
            wanted.update(same_text.get(unit.keys, ()) if unit.keys else ())
            for i in sorted(wanted):  # in order, whatever the hash seed
                score = self(i, j)
                if score >= threshold:
                    found[i, j] = score
        return found


def _monotone_pairs(
    candidates: dict[tuple[int, int], float], pins: dict[int, int], scores: _Scores
) -> list[tuple[int, int]]:
    """In-order pairs maximising the sum of (score - PAIR_THRESHOLD) over
    the candidate pairs; pinned pairs always count. A heaviest chain
    increasing in both indices, by a Fenwick tree over the new index:
    time K log K for K candidates, not old length times new length."""
    pinned_new = set(pins.values())
    weighted = [
        (i, j, score - PAIR_THRESHOLD)
        for (i, j), score in candidates.items()
        if i not in pins and j not in pinned_new
    ]
    weighted += [(i, j, 1.0 + scores(i, j)) for i, j in pins.items()]
    weighted.sort()
    size = max((j for _, j, _ in weighted), default=-1) + 1
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)

    def best_before(j: int) -> tuple[float, int]:
        best, position = (0.0, -1), j  # over new indices < j
        while position > 0:
            best = max(best, tree[position])
            position -= position & -position
        return best

    def record(j: int, value: tuple[float, int]) -> None:
        position = j + 1
        while position <= size:
            tree[position] = max(tree[position], value)
            position += position & -position

    totals = [0.0] * len(weighted)
    previous = [-1] * len(weighted)
    start = 0
    while start < len(weighted):
        end = start
        while end < len(weighted) and weighted[end][0] == weighted[start][0]:
            end += 1
        for k in range(start, end):  # one old paragraph: its pairs do not chain
            _, j, weight = weighted[k]
            total, previous[k] = best_before(j)
            totals[k] = total + weight
        for k in range(start, end):
            record(weighted[k][1], (totals[k], k))
        start = end
    k = max(range(len(weighted)), key=totals.__getitem__, default=-1)
    chain = []
    while k >= 0:
        chain.append(weighted[k][:2])
        k = previous[k]
    return chain[::-1]


def pair_paragraphs(
    old: Sequence[EditionParagraph], new: Sequence[EditionParagraph]
) -> list[tuple[int, int, float, bool]]:
    """Pairs ``(old index, new index, similarity, moved)`` of two editions
    of one text in one language, sorted by old index. Paragraphs in no pair
    are new (``new``) or dropped (``old``)."""
    old_units, new_units = [_unit(p) for p in old], [_unit(p) for p in new]
    return _pair_units(old_units, new_units)


def _pair_units(old: list[_Unit], new: list[_Unit]) -> list[tuple[int, int, float, bool]]:
    if not old or not new:
        return []
    scores = _Scores(old, new)
    candidates = scores.candidates(PAIR_THRESHOLD)
    pairs = _monotone_pairs(candidates, _single_kind_pins(old, new), scores)
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    leftovers = sorted(
        (
            (score, i, j)
            for (i, j), score in candidates.items()
            if score >= MOVE_THRESHOLD and i not in paired_old and j not in paired_new
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    for _, i, j in leftovers:
        if i not in paired_old and j not in paired_new:
            pairs.append((i, j))
            paired_old.add(i)
            paired_new.add(j)
    pairs.sort()
    kept = set(increasing_pairs(pairs))  # the pairs that kept their place
    moved = set(pairs) - kept
    pairs += _gap_pairs(sorted(kept), old, new, scores, paired_old, paired_new)
    pairs.sort()
    return [(i, j, round(scores(i, j), 3), (i, j) in moved) for i, j in pairs]


def _gap_pairs(
    kept: list[tuple[int, int]],
    old: list[_Unit],
    new: list[_Unit],
    scores: _Scores,
    paired_old: set[int],
    paired_new: set[int],
) -> list[tuple[int, int]]:
    """Structure where text says little: between two pairs that kept their
    place, as many unpaired paragraphs on each side, of the same kinds in
    the same order, are paired one to one when each pair shares something
    ("Seventy-fifth session" / "Seventy-seventh session")."""
    found = []
    bounds = [(-1, -1), *kept, (len(old), len(new))]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:], strict=False):
        old_gap = [i for i in range(i0 + 1, i1) if i not in paired_old]
        new_gap = [j for j in range(j0 + 1, j1) if j not in paired_new]
        if not old_gap or len(old_gap) != len(new_gap):
            continue
        candidates = list(zip(old_gap, new_gap, strict=True))
        if all(
            old[i].paragraph.kind == new[j].paragraph.kind and scores(i, j) >= GAP_FLOOR
            for i, j in candidates
        ):
            found += candidates
    return found


# --- comparison ------------------------------------------------------------------


def compare_editions(
    old: Sequence[EditionParagraph], new: Sequence[EditionParagraph], *, language: str
) -> EditionComparison:
    """The paragraphs of two editions in one ``language``, paired and marked
    unchanged, changed, new or dropped (see the module docstring)."""
    old_units, new_units = [_unit(p) for p in old], [_unit(p) for p in new]
    pairs = _pair_units(old_units, new_units)
    by_new = {j: (i, score, moved) for i, j, score, moved in pairs}
    in_place = {i: j for i, j, _, moved in pairs if not moved}
    paired_old = {i for i, _, _, _ in pairs}

    rows: list[ParagraphPair] = []
    # a dropped paragraph goes after the newer edition's paragraph paired
    # with its nearest predecessor that kept its place
    dropped_after: dict[int, list[int]] = {}
    after = -1
    for i in range(len(old_units)):
        if i in in_place:
            after = in_place[i]
        elif i not in paired_old:
            dropped_after.setdefault(after, []).append(i)

    def dropped(i: int) -> ParagraphPair:
        return ParagraphPair(DROPPED, old_units[i].paragraph, None)

    rows += [dropped(i) for i in dropped_after.get(-1, [])]
    for j, unit in enumerate(new_units):
        if j in by_new:
            i, score, moved = by_new[j]
            rows.append(_paired(old_units[i], unit, score, moved))
        else:
            rows.append(ParagraphPair(NEW, None, unit.paragraph))
        rows += [dropped(i) for i in dropped_after.get(j, [])]
    return EditionComparison(language=language, pairs=rows)


def _paired(old: _Unit, new: _Unit, score: float, moved: bool) -> ParagraphPair:
    if old.keys == new.keys:
        return ParagraphPair(UNCHANGED, old.paragraph, new.paragraph, score, 100, moved)
    return ParagraphPair(
        CHANGED, old.paragraph, new.paragraph, score,
        match_percentage(old.keys, new.keys), moved, diff_ops(old.body, new.body),
    )


# --- translation memory -------------------------------------------------------------


@dataclass(frozen=True)
class MemoryEntry:
    """A paragraph of an earlier edition offered as a translation memory
    entry: where it comes from (``source`` symbol), the paragraph itself,
    and whatever the caller attaches (its aligned translations)."""

    source: str
    paragraph: EditionParagraph
    translations: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class MemoryMatch:
    paragraph: EditionParagraph
    entry: MemoryEntry
    match: int


def closest_matches(
    paragraphs: Sequence[EditionParagraph],
    entries: Sequence[MemoryEntry],
    *,
    minimum: int = MINIMUM_MATCH,
) -> list[MemoryMatch | None]:
    """For each paragraph (of a new edition), the memory entry (a paragraph
    of an earlier edition in the same language) with the best fuzzy match,
    if it reaches ``minimum`` percent; else None. The entries sharing the
    most rare features are ranked by ``similarity`` and only the best few
    get the exact (edit distance) match; on a tie the entry given first
    wins, so give the most recent edition's entries first."""
    units = [_unit(entry.paragraph) for entry in entries]
    exact: dict[tuple[str, ...], int] = {}
    holders: dict[str, list[int]] = defaultdict(list)
    for index, unit in enumerate(units):
        if unit.keys:
            exact.setdefault(unit.keys, index)
            for feature in unit.features:
                holders[feature].append(index)
    rare = max(RARE_IN, len(units) // 10)
    found: list[MemoryMatch | None] = []
    for paragraph in paragraphs:
        unit = _unit(paragraph)
        if not unit.keys:
            found.append(None)
            continue
        if unit.keys in exact:
            found.append(MemoryMatch(paragraph, entries[exact[unit.keys]], 100))
            continue
        # the entries sharing the most rare features, else every entry
        shared: Counter[int] = Counter()
        for feature in unit.features:
            if len(holders.get(feature, ())) <= rare:
                shared.update(holders[feature])
        # most shared first, then the entry given first (features are a set:
        # counting in their order would break ties by the process's hash seed)
        pool = [i for i, _ in heapq.nsmallest(4 * SHORTLIST, shared.items(),
                                              key=lambda held: (-held[1], held[0]))] or [
            i for i, other in enumerate(units) if other.keys]
        ranked = sorted(
            (-similarity(unit.features, units[index].features), index) for index in pool
        )[:SHORTLIST]
        best: MemoryMatch | None = None
        for _, index in ranked:
            other = units[index]
            ceiling = 100 * min(len(unit.keys), len(other.keys)) // max(
                len(unit.keys), len(other.keys)
            )
            if ceiling < minimum or (best and ceiling <= best.match):
                continue
            percent = match_percentage(other.keys, unit.keys)
            if percent >= minimum and (best is None or percent > best.match):
                best = MemoryMatch(paragraph, entries[index], percent)
        found.append(best)
    return found
