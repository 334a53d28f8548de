"""Detection: read language, kind and symbol from the text when not given.

Reads: the decoded text (and the ``Line`` list from ``normalise``).
Produces: a language code (by script; Latin text by its function words),
a document kind ("verbatim_record" when the text says it is a provisional
record of a meeting, else "resolution") and a symbol ("75/16." or
"16/75 -" gives A/RES/75/16; records ask ``documents.ingest.record``).
Raises ``IngestError`` with UNKNOWN_LANGUAGE or UNKNOWN_SYMBOL.
"""

from __future__ import annotations

import re
from collections import Counter

from .errors import UNKNOWN_LANGUAGE, UNKNOWN_SYMBOL, IngestError
from .languages import LANGUAGES, Language
from .resolution import read_symbol_line

SCRIPTS = {
    "arab": ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    "han": ((0x4E00, 0x9FFF), (0x3400, 0x4DBF)),
    "cyrillic": ((0x0400, 0x04FF),),
    "latin": ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F)),
}
WORD = re.compile(r"[^\W\d_]+")
MIN_LETTERS = 20


def _script_counts(text: str) -> Counter:
    counts: Counter = Counter()
    for char in text:
        code = ord(char)
        for script, ranges in SCRIPTS.items():
            if any(low <= code <= high for low, high in ranges):
                counts[script] += 1
                break
    return counts


def detect_language(text: str) -> str:
    """The language code of ``text``, or IngestError(UNKNOWN_LANGUAGE)."""
    counts = _script_counts(text)
    if sum(counts.values()) < MIN_LETTERS:
        raise IngestError(UNKNOWN_LANGUAGE)
    # Latin letters appear in every language (symbols such as A/RES/75/16):
    # a non-Latin script that is well represented wins
    for script in ("han", "arab", "cyrillic"):
        if counts[script] >= max(MIN_LETTERS, counts["latin"] * 0.2):
            return next(code for code, lang in LANGUAGES.items() if lang.script == script)
    words = Counter(w.casefold() for w in WORD.findall(text))
    scores = {
        code: sum(words[w] for w in lang.function_words)
        for code, lang in LANGUAGES.items()
        if lang.script == "latin"
    }
    best = max(scores, key=scores.get)
    if scores[best] == 0:
        raise IngestError(UNKNOWN_LANGUAGE)
    return best


def is_record(text: str, lang: Language) -> bool:
    head = text[:3000].casefold()
    return any(all(word.casefold() in head for word in words) for words in lang.record_markers)


def detect_kind(text: str, language: str) -> str:
    return "verbatim_record" if is_record(text, LANGUAGES[language]) else "resolution"


def detect_symbol(text: str, language: str, kind: str) -> str:
    """The document symbol, or IngestError(UNKNOWN_SYMBOL)."""
    if kind == "verbatim_record":
        try:
            from . import record
        except ImportError:
            record = None
        reader = getattr(record, "read_record_symbol", None)
        symbol = reader(text) if reader else ""
        if symbol:
            return symbol
        raise IngestError(UNKNOWN_SYMBOL)
    lang = LANGUAGES[language]
    for line in text.splitlines():
        stripped = line.strip().strip("*").strip()
        symbol = read_symbol_line(stripped, lang)[0] if stripped else ""
        if symbol:
            return symbol
    raise IngestError(UNKNOWN_SYMBOL)
