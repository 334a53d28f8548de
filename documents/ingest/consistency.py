"""Checks that what a curator says about a text agrees with the text.

Reads: the decoded text, the symbol and language given with it (if any) and
the ParsedVersion the pipeline made. Produces: IngestError when they
contradict each other (a Chinese text given as French, the text of
A/RES/63/114 given as A/RES/75/16, a symbol that is not a UN symbol),
warnings when the doubt is small. Pure: no database.
"""

from __future__ import annotations

from .detect import detect_language, detect_symbol
from .errors import IngestError
from .symbols import is_symbol, normalise_symbol, split_joint
from .types import ParsedVersion

INVALID_SYMBOL = (
    "{symbol!r} is not a UN document symbol (expected something like A/RES/75/16 or S/PV.7050)"
)
LANGUAGE_MISMATCH = "the text is written in {found}, not {given}"
LANGUAGE_DOUBT = "the text reads more like {found} than {given}; check the language"
SYMBOL_MISMATCH = "the text is {found}, not {given}"
JOINT_SYMBOL_GIVEN = (
    "{symbol!r} is a joint symbol; give the symbol of the document itself ({choices})"
)

SCRIPTS = {"ar": "arabic", "zh": "han", "ru": "cyrillic", "en": "latin", "fr": "latin",
           "es": "latin"}


def check_symbol(symbol: str) -> str:
    """The symbol in its stored form ("S/RES/2532 (2020)" given gives
    "S/RES/2532(2020)", see ``symbols.normalise_symbol``), or IngestError
    when it is not one UN document symbol (``symbols.is_symbol``)."""
    stored = normalise_symbol(symbol)
    if is_symbol(stored):
        return stored
    joint = split_joint(stored)
    if joint:
        raise IngestError(JOINT_SYMBOL_GIVEN.format(symbol=stored, choices=" or ".join(joint)))
    raise IngestError(INVALID_SYMBOL.format(symbol=symbol.strip()[:80]))


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
        if found_symbol and found_symbol != normalise_symbol(symbol):
            raise IngestError(SYMBOL_MISMATCH.format(found=found_symbol, given=symbol))
    return warnings
