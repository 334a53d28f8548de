"""Language-independent anchors: what a paragraph and its translation share.

Numbers, dates, UN symbols, resolution numbers, footnote marks and names in
Latin script survive translation unchanged (or nearly: Arabic writes the
resolution "75/16" as "16/75", Chinese writes months as digits). Each is
turned into a token such as ``n:2016``, ``mon:11``, ``res:16/75``,
``sym:S/PV.7813``, ``fn:3`` or ``name:bouaida``; two paragraphs that share
many tokens are likely translations of each other.

Language knowledge (month names) is data in ``MONTHS``; the extraction code
has no per-language branches.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from documents.ingest.symbols import SYMBOL_IN_TEXT, normalise_symbol

# Arabic-Indic, extended Arabic-Indic (Persian) and full-width digits -> ASCII.
_DIGIT_TABLE = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９／",
    "012345678901234567890123456789/",
)
_SUPERSCRIPT_TABLE = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")

# Month names per language (lower case, any inflection that starts with the
# stem). Chinese and Japanese write months as digits + 月 (see MONTH_DIGITS).
MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "ru": (
        "январ",
        "феврал",
        "март",
        "апрел",
        "ма[йя]",
        "июн",
        "июл",
        "август",
        "сентябр",
        "октябр",
        "ноябр",
        "декабр",
    ),
    # UN Arabic prints "تشرين الأول/أكتوبر": the second (Egyptian) name is enough.
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "[أا]بريل",
        "مايو",
        "يوني[هو]",
        "يولي[هو]",
        "[أا]غسطس",
        "سبتمبر",
        "[أا]كتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
}

# Words printed before the month name proper, removed with it: Arabic
# "تشرين الأول/أكتوبر" (the Levantine name, then the Egyptian one).
MONTH_PREFIX: dict[str, str] = {
    "ar": r"(?:(?:كانون|تشرين)\s+\S+|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول)\s*/\s*",
}

# "72/74", Arabic "74/72", "第 70/1 号"
NUMBER_PAIR = re.compile(r"(?<![\d/])(\d{1,5})\s?/\s?(\d{1,5})(?![\d/])")
# Chinese months: "10 月", "10月"
MONTH_DIGITS = re.compile(r"(?<!\d)(\d{1,2})\s*月")
# Chinese years and days: "2016 年", "22 日" (the number is kept, the
# character dropped so that it does not count as text).
DATE_CHARACTER = re.compile(r"(\d+)\s*[年日]")
# "1,000", "1 000" (narrow or no-break space) -> "1000"
GROUPED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?![\d])")
NUMBER = re.compile(r"\d+")
# Footnote marks printed in the text: "¹²", "⁽³⁾"
FOOTNOTE_MARK = re.compile(r"⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾?")
# A capitalised word in Latin script: "Bouaida", "Türkiye", "O'Brien"
LATIN_NAME = re.compile(r"(?<![A-Za-zà-öø-ÿ])[A-Z][a-zà-öø-ÿ'’-]{2,}(?![A-Za-zà-öø-ÿ])")
LATIN_LETTER = re.compile(r"[A-Za-z]")
_MONTH_PATTERNS = {
    lang: re.compile(
        "(?:" + MONTH_PREFIX.get(lang, "") + ")?"
        r"(?<!\w)(" + "|".join(f"(?:{stem})" for stem in stems) + r")\w*",
        re.IGNORECASE,
    )
    for lang, stems in MONTHS.items()
}


@dataclass
class Anchors:
    """Tokens of one paragraph (or several joined): ``strict`` (numbers,
    dates, symbols, footnote marks; a missing one is evidence against a
    pairing) and ``names`` (Latin-script words; a shared one is evidence
    for, a missing one is no evidence, since a Latin-script text is full of
    capitalised words)."""

    strict: Counter = field(default_factory=Counter)
    names: frozenset = frozenset()

    def __add__(self, other: Anchors) -> Anchors:
        return Anchors(self.strict + other.strict, self.names | other.names)


def normalise_digits(text: str) -> str:
    """Arabic-Indic and full-width digits to ASCII; "1,000" to "1000"."""
    text = text.translate(_DIGIT_TABLE)
    return GROUPED_NUMBER.sub(lambda m: re.sub(r"\D", "", m.group()), text)


def _month_index(lang_stems: tuple[str, ...], word: str) -> int | None:
    for index, stem in enumerate(lang_stems, start=1):
        if re.match(stem, word, re.IGNORECASE):
            return index
    return None


def extract_anchors(
    text: str, footnote_markers: tuple[str, ...] | list[str] = (), *, language: str = ""
) -> Anchors:
    """The anchors of ``text`` (``language`` selects the month names; all
    tables are tried when it is not given)."""
    return anchors_and_rest(text, footnote_markers, language=language)[0]


def anchors_and_rest(
    text: str, footnote_markers: tuple[str, ...] | list[str] = (), *, language: str = ""
) -> tuple[Anchors, str]:
    """The anchors of ``text`` and the text without them (numbers, symbols,
    dates and month names removed), whose length is the translation's
    length proper."""
    strict: Counter = Counter()
    for marker in footnote_markers:
        strict["fn:" + normalise_digits(str(marker)).strip("()[]*⁽⁾ ").lower()] += 1
    for match in FOOTNOTE_MARK.finditer(text):
        strict["fn:" + match.group(1).translate(_SUPERSCRIPT_TABLE)] += 1
    text = FOOTNOTE_MARK.sub(" ", text)
    text = normalise_digits(text)

    def take_symbol(match: re.Match) -> str:
        # the stored form, so that "S/RES/1325 (2000)" and "S/RES/1325(2000)" agree
        strict["sym:" + normalise_symbol(match.group()).upper()] += 1
        return " "

    # UN symbols as the references stage finds them (documents.ingest.symbols)
    text = SYMBOL_IN_TEXT.sub(take_symbol, text)

    def take_pair(match: re.Match) -> str:
        a, b = sorted((int(match.group(1)), int(match.group(2))))
        strict[f"res:{a}/{b}"] += 1
        return " "

    text = NUMBER_PAIR.sub(take_pair, text)

    def take_digit_month(match: re.Match) -> str:
        strict[f"mon:{int(match.group(1))}"] += 1
        return " "

    text = MONTH_DIGITS.sub(take_digit_month, text)
    text = DATE_CHARACTER.sub(r" \1 ", text)
    month_languages = [language] if language in MONTHS else list(MONTHS)
    for lang in month_languages:
        stems = MONTHS[lang]

        def take_month(match: re.Match, stems=stems) -> str:
            # Only in a date ("22 October", "October 2013"): English "may".
            start, end = match.start(), match.end()
            source = match.string
            near = source[max(0, start - 4) : start] + source[end : end + 6]
            index = _month_index(stems, match.group(1))
            if index is None or not any(c.isdigit() for c in near):
                return match.group()
            strict[f"mon:{index}"] += 1
            return " "

        text = _MONTH_PATTERNS[lang].sub(take_month, text)
    for match in NUMBER.finditer(text):
        strict[f"n:{int(match.group())}"] += 1
    names = frozenset(m.group().lower() for m in LATIN_NAME.finditer(text))
    return Anchors(strict, names), NUMBER.sub(" ", text)


def is_latin_script(text: str) -> bool:
    """True when most letters of ``text`` are Latin."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if c < "\u0250")
    return latin * 2 > len(letters)


@dataclass(frozen=True)
class Overlap:
    """How two anchor sets compare: ``matched``/``total`` strict tokens (a
    token counted on both sides counts twice in ``total``) and shared names."""

    matched: int
    total: int
    names: int
    unmatched_weight: float = 0.0

    @property
    def dice(self) -> float | None:
        """Share of strict tokens found on both sides; None without any."""
        return None if self.total == 0 else 2 * self.matched / self.total


# How much an anchor found on one side only speaks against a pairing, by
# kind: a UN symbol, a resolution number or a footnote mark is rarely
# dropped in translation; a bare number may be written out in words.
UNMATCHED_WEIGHT: dict[str, float] = {"sym": 2.5, "res": 2.0, "fn": 2.0, "mon": 0.5, "n": 1.0}


def _unmatched_weight(token: str) -> float:
    return UNMATCHED_WEIGHT.get(token.partition(":")[0], 1.0)


def compare(a: Anchors, b: Anchors) -> Overlap:
    """How ``a`` and ``b`` agree (the aligner asks this of every cell of
    its band: one pass over each side, no intermediate counters)."""
    names = len(a.names & b.names) if a.names and b.names else 0
    mine, theirs = a.strict, b.strict
    if not mine and not theirs:
        return Overlap(0, 0, names, 0.0)
    matched = total = 0
    weight = 0.0
    for token, count in mine.items():
        other = theirs.get(token, 0)
        total += count
        if count > other:
            matched += other
            weight += _unmatched_weight(token) * (count - other)
        else:
            matched += count
    for token, count in theirs.items():
        total += count
        missing = count - mine.get(token, 0)
        if missing > 0:
            weight += _unmatched_weight(token) * missing
    return Overlap(matched, total, names, weight)
