"""Synthetic parallel versions, for tests and benchmarks.

A pivot (English-like) version and a translation in another script whose
paragraph lengths follow ``alignment.lengths`` with some noise and which
carry the same anchors (years, numbers, resolution numbers written in either
order, UN symbols, footnote marks). Anchors are sparse, as in real texts:
many paragraphs have none and must be aligned by length and position.
"""

from __future__ import annotations

import random

from alignment.lengths import CHARS_PER_ENGLISH_CHAR
from alignment.units import AlignParagraph

_SCRIPTS = {
    "zh": [chr(c) for c in range(0x4E00, 0x4E00 + 400)],
    "ar": [chr(c) for c in range(0x0627, 0x064A)],
    "ru": [chr(c) for c in range(0x0430, 0x0450)],
}
_LATIN = "abcdefghijklmnopqrstuvwxyz"


def _words(rng: random.Random, letters: int, alphabet, spaced: bool) -> list[str]:
    words, total = [], 0
    while total < letters:
        size = (
            min(rng.randint(2, 9), letters - total)
            if spaced
            else min(rng.randint(1, 4), letters - total)
        )
        words.append("".join(rng.choice(alphabet) for _ in range(size)))
        total += size
    return words


def _anchors(rng: random.Random) -> list[tuple[str, str]]:
    """(pivot form, other form) pairs of anchor strings."""
    found = []
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 3])):
        kind = rng.random()
        if kind < 0.4:
            year = str(rng.randint(1960, 2024))
            found.append((year, year))
        elif kind < 0.7:
            a, b = rng.randint(1, 80), rng.randint(1, 300)
            found.append((f"{a}/{b}", f"{b}/{a}"))
        elif kind < 0.85:
            symbol = f"A/{rng.randint(50, 80)}/{rng.randint(1, 999)}"
            found.append((symbol, symbol))
        else:
            number = str(rng.randint(2, 99))
            found.append((number, number))
    return found


def synthetic_versions(
    n: int, *, other_lang: str = "zh", seed: int = 0, operatives: float = 0.4
) -> tuple[list[AlignParagraph], list[AlignParagraph]]:
    """``n`` pivot paragraphs and their 1:1 translations (other ids are the
    pivot ids + 1,000,000). The last ``operatives`` share are numbered
    operative paragraphs; the rest preambular. Each paragraph's ``anchor``
    is pp-N / op-N on both sides."""
    rng = random.Random(seed)
    ratio = CHARS_PER_ENGLISH_CHAR.get(other_lang, 1.0)
    alphabet = _SCRIPTS.get(other_lang, list(_LATIN))
    spaced = other_lang != "zh"
    first_operative = int(n * (1 - operatives))
    pivot, other = [], []
    for k in range(n):
        letters = int(rng.lognormvariate(5.6, 0.5)) + 20
        other_letters = max(3, int(letters * ratio * rng.gauss(1.0, 0.08)))
        anchors = _anchors(rng)
        p_words = _words(rng, letters, _LATIN, True)
        o_words = _words(rng, other_letters, alphabet, spaced)
        for p_form, o_form in anchors:
            p_words.insert(rng.randrange(len(p_words) + 1), p_form)
            o_words.insert(rng.randrange(len(o_words) + 1), o_form)
        markers = (str(k + 1),) if rng.random() < 0.05 else ()
        if k < first_operative:
            kind, number, anchor = "preambular", "", f"pp-{k + 1}"
        else:
            number = str(k - first_operative + 1)
            kind, anchor = "operative", f"op-{number}"
        joiner = " " if spaced else ""
        pivot.append(AlignParagraph(k + 1, kind, number, " ".join(p_words), markers, anchor=anchor))
        other.append(
            AlignParagraph(
                1_000_001 + k, kind, number, joiner.join(o_words), markers, anchor=anchor
            )
        )
    return pivot, other
