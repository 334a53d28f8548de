"""Detection: read language, kind and symbol from the text when not given.

Reads: the decoded text (and the ``Line`` list from ``normalise``).
Produces: a language code (by script; Latin text by its function words),
a document kind ("verbatim_record" when the text says it is a provisional
record of a meeting, in its header's short lines or in a masthead run
together on one line with the record's symbol; "presidential_statement" for an S/PRST symbol line or
a "Statement by the President of the Security Council" line; "decision"
when a paragraph opens "At its 30th plenary meeting, on ..., the General
Assembly"; else "resolution") and a symbol ("75/16." or "16/75 -" gives
A/RES/75/16, or A/DEC/75/501 for a decision; "Resolution 2532 (2020)"
gives S/RES/2532(2020); "S/PRST/2013/16" alone on a line is itself (the
grammar of symbols is ``documents.ingest.symbols``);
records ask ``documents.ingest.record``).
Raises ``IngestError`` with UNKNOWN_LANGUAGE or UNKNOWN_SYMBOL.
"""

from __future__ import annotations

import re
from collections import Counter

from .errors import UNKNOWN_LANGUAGE, UNKNOWN_SYMBOL, IngestError
from .languages import LANGUAGES, Language, find_date
from .normalise import CATALOGUE_LINE
from .record import read_record_symbol, run_together_masthead
from .resolution import is_statement_title, preamble_body, read_symbol_line
from .symbols import PRESIDENTIAL_STATEMENT, SYMBOL_IN_TEXT, normalise_symbol

SCRIPTS = {
    "arab": ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    "han": ((0x4E00, 0x9FFF), (0x3400, 0x4DBF)),
    "cyrillic": ((0x0400, 0x04FF),),
    "latin": ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F)),
}
WORD = re.compile(r"[^\W\d_]+")
MIN_LETTERS = 20


def _script_class(ranges) -> re.Pattern:
    spans = (f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges)
    return re.compile("[" + "".join(spans) + "]")


SCRIPT_CHARACTERS = {script: _script_class(ranges) for script, ranges in SCRIPTS.items()}


def _script_counts(text: str) -> Counter:
    """Letters of each script in ``text`` (counted by the regex engine: a
    5 MB text in a fraction of a second)."""
    return Counter(
        {script: len(chars.findall(text)) for script, chars in SCRIPT_CHARACTERS.items()}
    )


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


RECORD_HEADER_LINES = 25
RECORD_HEADER_LINE_LENGTH = 60


def is_record(text: str, lang: Language) -> bool:
    """A meeting record says so in its header ("Provisional" or "Official
    Records", and "5th plenary meeting"): only the short lines at the top are
    read, so a resolution citing the Official Records in a footnote is not a
    record."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = "\n".join(
        line for line in lines[:RECORD_HEADER_LINES] if len(line) <= RECORD_HEADER_LINE_LENGTH
    ).casefold()
    # a masthead run together on one line is read over its opening, and only
    # when a record's symbol stands in it ("Naciones Unidas S/PV.5565 Consejo
    # de Seguridad Provisional ... 5565ª sesión ...")
    masthead = run_together_masthead(text)[0].casefold()
    return any(
        all(word.casefold() in part for word in words)
        for words in lang.record_markers
        for part in (head, masthead)
        if part
    )


# a statement's opening formula is read within this many characters, and a
# symbol with other words on its line within this many lines
STATEMENT_OPENING_WITHIN = 3000
STATEMENT_HEAD_LINES = 8


def statement_symbol(text: str) -> str:
    """The symbol of a presidential statement printed alone on its line
    ("S/PRST/2013/16", "**S/PRST/2013/16**", "S／PRST／2013／16"; see
    ``symbols.PRESIDENTIAL_STATEMENT``), in its stored form; "" when none is."""
    for line in text.splitlines():
        if "PRST" not in line:
            continue
        printed = SYMBOL_IN_TEXT.fullmatch(line.strip().strip("*").strip())
        symbol = normalise_symbol(printed.group()) if printed else ""
        if PRESIDENTIAL_STATEMENT.fullmatch(symbol):
            return symbol
    return ""


def statement_symbol_in_head(text: str) -> str:
    """A presidential statement's symbol printed among the first lines with
    other words (a web page's title row: "... S/PRST/2002/37 |"), or ""."""
    head = "\n".join(text.splitlines()[:STATEMENT_HEAD_LINES])
    for printed in SYMBOL_IN_TEXT.finditer(head):
        symbol = normalise_symbol(printed.group())
        if PRESIDENTIAL_STATEMENT.fullmatch(symbol):
            return symbol
    return ""


# a web page's title is read among its first non-blank lines
STATEMENT_PAGE_TITLE_LINES = 6


def statement_page_title_symbol(text: str, lang: Language) -> str:
    """A presidential statement's symbol read from a web page's title
    ("联合国安理会主席声明1998年第1号" gives S/PRST/1998/1;
    ``Language.statement_page_titles``): the first of the page's first lines
    that names a statement must name one only, for a navigation row naming
    the previous, this and the next statement does not say which is this
    page's; "" when no title names one."""
    head = [line.strip() for line in text.splitlines() if line.strip()]
    for line in head[:STATEMENT_PAGE_TITLE_LINES]:
        titles = [m for pattern in lang.statement_page_titles for m in pattern.finditer(line)]
        if len(titles) == 1:
            return f"S/PRST/{titles[0].group('year')}/{int(titles[0].group('number'))}"
        if titles:
            return ""
    return ""


def catalogue_symbol(text: str) -> str:
    """The symbol a library catalogue or a web page prints after its label
    on a line of its own (``Language.catalogue_labels``), in its stored
    form; "" when no such line holds one whole symbol."""
    for line in text.splitlines():
        labelled = CATALOGUE_LINE.match(line)
        printed = labelled and SYMBOL_IN_TEXT.fullmatch(labelled.group("symbol"))
        if printed:
            return normalise_symbol(printed.group())
    return ""


# what may follow a catalogue date: a full stop, nothing else
CATALOGUE_DATE_TAIL = " .。"


def catalogue_date(text: str, language: str) -> str:
    """The date a catalogue record or a web page's infobox prints after its
    label on a line of its own ("Date 22 octobre 1973", "Fecha: 29 de mayo
    de 1998"; ``Language.date_labels``), as ISO "1973-10-22"; "" when no
    such line holds a date and nothing more. The adoption line, when the
    text prints one, says when first: this is for texts that print none."""
    lang = LANGUAGES[language]
    labels = sorted(lang.date_labels, key=len, reverse=True)
    for line in text.splitlines():
        stripped = line.strip()
        label = next((lb for lb in labels if stripped.casefold().startswith(lb.casefold())), "")
        rest = stripped[len(label) :]
        if not label or not rest[:1].isspace() and rest[:1] not in ":：":
            continue  # "Dated ...", "Datenbank": not the label
        value = rest.lstrip(" \t:：")
        found = find_date(value, lang)
        tail = value[found[1].end() :].strip(CATALOGUE_DATE_TAIL) if found else ""
        if found and found[1].start() == 0 and not tail:
            return found[0]
    return ""


def _head_lines(text: str) -> list[str]:
    return [line.strip().strip("*").strip() for line in text[:6000].splitlines()]


def detect_kind(text: str, language: str) -> str:
    """The document kind read from the wording (see the module docstring)."""
    lang = LANGUAGES[language]
    if is_record(text, lang):
        return "verbatim_record"
    lines = [line for line in _head_lines(text) if line]
    if statement_symbol(text[:6000]) or any(is_statement_title(ln, lang) for ln in lines):
        return "presidential_statement"
    if PRESIDENTIAL_STATEMENT.fullmatch(catalogue_symbol(text)):
        return "presidential_statement"
    opening = text[:STATEMENT_OPENING_WITHIN].casefold()
    if any(formula.casefold() in opening for formula in lang.statement_openings):
        return "presidential_statement"
    opening = lang.decision_opening
    if opening and any(opening.match(ln) for ln in lines):
        if not any(preamble_body(ln, lang) for ln in lines):
            return "decision"
    return "resolution"


def detect_symbol(text: str, language: str, kind: str) -> str:
    """The document symbol, or IngestError(UNKNOWN_SYMBOL)."""
    if kind == "verbatim_record":
        symbol = read_record_symbol(text)
        if symbol:
            return symbol
        raise IngestError(UNKNOWN_SYMBOL)
    lang = LANGUAGES[language]
    if kind == "presidential_statement":
        found = (
            statement_symbol(text)
            or catalogue_symbol(text)
            or statement_symbol_in_head(text)
            or statement_page_title_symbol(text, lang)
        )
        if found:
            return found
        raise IngestError(UNKNOWN_SYMBOL)
    for line in text.splitlines():
        stripped = line.strip().strip("*").strip()
        symbol = read_symbol_line(stripped, lang, kind)[0] if stripped else ""
        if symbol:
            return symbol
    symbol = catalogue_symbol(text)
    if symbol:
        return symbol
    raise IngestError(UNKNOWN_SYMBOL)
