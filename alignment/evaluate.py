"""Score predicted links against a gold alignment.

Links are compared as pairs (frozenset of pivot anchors, frozenset of other
anchors), so a 2:1 counts as right only when both sides are exactly right.
Gold files (``alignment/gold/*.json``) name paragraphs by their stable
anchors, not database ids::

    {"symbol": "A/RES/75/16", "pivot": "en",
     "pairs": {"zh": [[["pp-1"], ["pp-1"]], ...], "ar": [[["pp-4", "pp-5"], ["pp-4"]], ...]}}
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from alignment.units import Link

Pair = tuple[frozenset, frozenset]

GOLD_DIR = Path(__file__).resolve().parent / "gold"


def as_pair(item) -> Pair:
    """A link-like value as a comparable pair: a ``Link`` (use
    ``links_to_anchor_pairs`` first to compare by anchors), or a pair of
    sequences ``[pivot, other]``."""
    if isinstance(item, Link):
        return frozenset(item.pivot), frozenset(item.other)
    pivot, other = item
    return frozenset(pivot), frozenset(other)


def links_to_anchor_pairs(
    links: Iterable[Link], pivot_anchor: Mapping[int, str], other_anchor: Mapping[int, str]
) -> list[Pair]:
    """Links by paragraph id -> pairs of anchors, for comparison with gold."""
    return [
        (
            frozenset(pivot_anchor[i] for i in link.pivot),
            frozenset(other_anchor[i] for i in link.other),
        )
        for link in links
    ]


def load_gold(path: str | Path) -> dict:
    """A gold file, its pairs as comparable pairs per language."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    data["pairs"] = {lang: [as_pair(p) for p in pairs] for lang, pairs in data["pairs"].items()}
    return data


def evaluate(
    gold: Iterable,
    predicted: Iterable,
    *,
    in_scope: Callable[[str], bool] | None = None,
) -> dict[str, float]:
    """Precision, recall and F1 of ``predicted`` pairs against ``gold``.

    With ``in_scope`` (a test on one anchor or id), pairs that touch nothing
    in scope are ignored on both sides, so a gold file that covers only the
    preamble and operative part does not penalise front matter."""
    gold_pairs = {as_pair(p) for p in gold}
    predicted_pairs = {as_pair(p) for p in predicted}
    if in_scope is not None:

        def keep(pair: Pair) -> bool:
            return any(in_scope(a) for a in pair[0] | pair[1])

        gold_pairs = {p for p in gold_pairs if keep(p)}
        predicted_pairs = {p for p in predicted_pairs if keep(p)}
    correct = len(gold_pairs & predicted_pairs)
    precision = correct / len(predicted_pairs) if predicted_pairs else 1.0
    recall = correct / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def body_anchor(anchor: str) -> bool:
    """The scope of the shipped gold files: intro, pp-N and op-N."""
    return anchor == "intro" or anchor.startswith(("pp-", "op-"))
