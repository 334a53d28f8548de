"""What the analysis of each language does, as data (STYLE.md: language
knowledge is data). ``analysis`` reads these tables and has no branch on a
language code.

* ``stemmer``: a Snowball algorithm of PyStemmer (en, fr, es, ru), or
  ``ARABIC_LIGHT`` (the affix tables below), or None (Chinese: characters
  are the units, see ``analysis``). Each only touches words of its own
  script: a Latin name in an Arabic paragraph is only folded and
  lower-cased, the same in paragraphs and queries.

Every text is first folded with ``documents.search.FOLD`` (Arabic hamza
forms, alif maqsura, ta marbuta, harakat and tatweel; Latin accents; spaces),
so the affixes below are written in folded letters: ``ة`` is ``ه`` and
``ى`` is ``ي``.
"""

from __future__ import annotations

from dataclasses import dataclass

ARABIC_LIGHT = "arabic_light"


@dataclass(frozen=True)
class LanguageAnalysis:
    code: str
    stemmer: str | None


LANGUAGE_ANALYSIS: dict[str, LanguageAnalysis] = {
    "en": LanguageAnalysis("en", "english"),
    "fr": LanguageAnalysis("fr", "french"),
    "es": LanguageAnalysis("es", "spanish"),
    "ru": LanguageAnalysis("ru", "russian"),
    "ar": LanguageAnalysis("ar", ARABIC_LIGHT),
    "zh": LanguageAnalysis("zh", None),
}

#: The order of the per-language fields of the index.
INDEXED_LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_ANALYSIS)

# Arabic light stemming (after Larkey, Ballesteros and Connell's "light10"):
# a leading wa- when the word is long enough, then the longest article or
# preposition+article prefix, then the longest suffix, never leaving fewer
# than ``ARABIC_MIN_STEM`` letters. "والمنظمات" -> "منظم", "بالأمم" -> "امم",
# "كراهية" -> "كراه", "الإسلامي" -> "اسلام".
ARABIC_CONJUNCTION = "و"
ARABIC_CONJUNCTION_MIN_WORD = 4
ARABIC_PREFIXES: tuple[str, ...] = ("وال", "بال", "كال", "فال", "لل", "ال")
ARABIC_SUFFIXES: tuple[str, ...] = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
ARABIC_MIN_STEM = 2
