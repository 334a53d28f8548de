"""Checks that what a curator says about a text agrees with the text.

Reads: the decoded text, the symbol and language given with it (if any) and
the ParsedVersion the pipeline made. Produces: IngestError when they
contradict each other (a Chinese text given as French, the text of
A/RES/63/114 given as A/RES/75/16, a symbol that is not a UN symbol),
warnings when the doubt is small. Pure: no database.
"""

from __future__ import annotations

import re

from .detect import detect_language, detect_symbol
from .errors import IngestError
from .types import ParsedVersion

INVALID_SYMBOL = (
    "{symbol!r} is not a UN document symbol (expected something like A/RES/75/16 or S/PV.7050)"
)
LANGUAGE_MISMATCH = "the text is written in {found}, not {given}"
LANGUAGE_DOUBT = "the text reads more like {found} than {given}; check the language"
SYMBOL_MISMATCH = "the text is {found}, not {given}"

# A/RES/75/16, S/PV.7050, S/RES/2532(2020), A/RES/3369(XXX), A/75/L.27/Add.1,
# A/HRC/RES/16/18, S/PRST/2013/16: an organ's letters, then 1-7 parts of
# letters, digits, dots, dashes and brackets, each starting with a letter or digit.
UN_SYMBOL = re.compile(
    r"""
    ^[A-Z]{1,6}                              # A, S, E, ST, UNEP...
    (?:/[A-Za-z0-9][A-Za-z0-9.()\-]{0,30}){1,7}$  # /RES /75 /16 /PV.7050 /L.27
    """,
    re.VERBOSE,
)

SCRIPTS = {"ar": "arabic", "zh": "han", "ru": "cyrillic", "en": "latin", "fr": "latin",
           "es": "latin"}


def check_symbol(symbol: str) -> str:
    """The symbol stripped of surrounding space, or IngestError."""
    symbol = symbol.strip()
    if not UN_SYMBOL.match(symbol) or ".." in symbol:
        raise IngestError(INVALID_SYMBOL.format(symbol=symbol[:80]))
    return symbol


def check_given(
    parsed: ParsedVersion, *, symbol: str | None, language: str | None
) -> list[str]:
    """Compare what was given with what the text says; returns warnings and
    raises IngestError on a contradiction."""
    warnings: list[str] = []
    check_symbol(parsed.symbol)
    if language:
        try:
            found = detect_language(parsed.text)
        except IngestError:
            found = language
        if found != language:
            if SCRIPTS[found] != SCRIPTS[language]:
                raise IngestError(LANGUAGE_MISMATCH.format(found=found, given=language))
            warnings.append(LANGUAGE_DOUBT.format(found=found, given=language))
    if symbol:
        try:
            found_symbol = detect_symbol(parsed.text, parsed.language, parsed.kind)
        except IngestError:
            found_symbol = ""
        if found_symbol and found_symbol != symbol:
            raise IngestError(SYMBOL_MISMATCH.format(found=found_symbol, given=symbol))
    return warnings
