"""Length evidence, after Gale and Church (1993), calibrated per language.

A translation's length is roughly proportional to its source's: in UN texts
a Chinese paragraph has about 0.3 times the characters (spaces not counted)
of its English original, Arabic about as many, French and Spanish some 15-20%
more. ``length_delta`` measures how far a candidate pairing is from that
expectation in standard deviations; the variance grows with the length, as in
Gale-Church, so short paragraphs are allowed more relative slack.

The numbers are data: ``CHARS_PER_ENGLISH_CHAR`` per language, and
``VARIANCE_PER_CHAR`` (in squared characters of the other side per character)
per language, with ``PAIR_OVERRIDES`` for pairs measured directly.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Letters per letter of the English text. Counting letters only (see
# ``text_length``) makes Chinese and Arabic shorter than the usual
# all-character figures (zh 0.3, ar 1.0-1.1): UN Arabic writes no short
# vowels and attaches articles and conjunctions; a Chinese paragraph's
# dates and numbers no longer count. Measured on UN resolutions (zh 0.24-0.26,
# ar 0.71-0.77 in A/RES/75/16), rounded towards the all-character figures.
CHARS_PER_ENGLISH_CHAR: dict[str, float] = {
    "en": 1.0,
    "fr": 1.18,
    "es": 1.17,
    "ru": 1.10,
    "ar": 0.82,
    "zh": 0.27,
}
# Relative noise of translation length for each language against English
# (Gale-Church's 6.8 per character for European pairs is noise 1).
NOISE: dict[str, float] = {"en": 1.0, "fr": 1.0, "es": 1.0, "ru": 1.1, "ar": 1.3, "zh": 1.3}
GALE_CHURCH_VARIANCE = 6.8


@dataclass(frozen=True)
class LengthModel:
    """Expected ``ratio`` (other chars per pivot char) and ``variance`` per
    character of the other side (the variance of a length L is about
    ``variance * L``)."""

    ratio: float
    variance: float

    def delta(self, pivot_length: int, other_length: int) -> float:
        """Signed distance from the expected length, in standard deviations."""
        expected = self.ratio * pivot_length
        mean_length = (expected + other_length) / 2 + 1
        return (other_length - expected) / math.sqrt(self.variance * mean_length)

    def probability(self, pivot_length: int, other_length: int) -> float:
        """Two-sided tail probability of a delta at least this large: 1.0 for
        a perfect fit, falling towards 0 as the lengths disagree."""
        return math.erfc(abs(self.delta(pivot_length, other_length)) / math.sqrt(2))

    def cost(self, pivot_length: int, other_length: int) -> float:
        """-log of ``probability`` (Gale-Church's length cost)."""
        return -math.log(max(self.probability(pivot_length, other_length), 1e-12))


# Pairs measured directly take precedence over the per-language numbers.
PAIR_OVERRIDES: dict[tuple[str, str], LengthModel] = {}


def length_model(pivot_lang: str, other_lang: str) -> LengthModel:
    """The length model for aligning ``other_lang`` against ``pivot_lang``
    (unknown languages fall back to ratio 1)."""
    if (pivot_lang, other_lang) in PAIR_OVERRIDES:
        return PAIR_OVERRIDES[(pivot_lang, other_lang)]
    ratio = CHARS_PER_ENGLISH_CHAR.get(other_lang, 1.0) / CHARS_PER_ENGLISH_CHAR.get(
        pivot_lang, 1.0
    )
    noise = max(NOISE.get(pivot_lang, 1.3), NOISE.get(other_lang, 1.3))
    # Variance expressed per character of the other side, so it scales with
    # the ratio: a Chinese paragraph has fewer, denser characters.
    variance = GALE_CHURCH_VARIANCE * noise**2 * ratio
    return LengthModel(ratio=ratio, variance=variance)


LETTER = re.compile(r"[^\W\d_]")


def text_length(text: str) -> int:
    """Characters that count: letters (of any script). Digits, punctuation
    and spaces are left out: a list of dates is as long in every language,
    and would make a Chinese paragraph look three times too long."""
    return len(LETTER.findall(text))
