"""UN document symbols: the one grammar every stage shares.

A UN document symbol names one document of the Official Document System:
a series (the organ or body that issues it: ``A`` General Assembly, ``S``
Security Council, ``E`` Economic and Social Council, ``ST`` Secretariat,
``CEDAW`` ...), then components separated by slashes. A component is a
number (``75``, ``2020``), a word (``RES``, ``PRST``, ``HRC``, ``INF``), a
word with a number after a dot (``PV.7050``, ``L.27``, ``C.1``,
``CONF.189``, ``Add.1``) or after a hyphen (``ES-10``, ``S-27``). A symbol
holds at least one digit ("A/C" or "S/he" is no symbol). A resolution
numbered before the 31st session of the General Assembly, and every
Security Council resolution, carries its session or year in brackets
(``A/RES/2758 (XXVI)``, ``S/RES/2532 (2020)``); a report printed in parts or
volumes carries them too (``A/73/12 (Part I)``, ``NPT/CONF.2010/50 (Vol. I)``).
Two symbols joined by a hyphen are a joint symbol (``A/75/345-S/2020/898``):
one document issued under both.

Reads: a symbol as printed (in running text, on a header line, or typed by
a curator). Produces:

* ``find_symbols``: every symbol in running text, with the right end
  ("A/75/345." ends before the full stop, "A/73/12 (Part I)" takes its
  part) and whether it is joined to the previous one;
* ``normalise_symbol``: the stored form (ASCII slashes, dots, brackets,
  digits and hyphens; no spaces: "S/RES/2532 (2020)" -> "S/RES/2532(2020)",
  "A/73/12 (Part I)" -> "A/73/12(PartI)", so that a stored symbol is also a
  path of the reading view and of undocs.org);
* ``is_symbol``: whether a (normalised) text is one symbol, what
  ``consistency.check_symbol`` accepts; ``split_joint`` the symbols of a
  joint symbol;
* ``kind_of``: what the named patterns say the symbol is (resolution,
  decision, presidential statement, verbatim record, other).

Series: running text only yields symbols of the series in ``SERIES`` (so
"HIV/AIDS", "km/h" or the Organization of African Unity's "CM/Res.1225"
are not cited as UN documents); a symbol given by a curator may have any
series of capital letters (``WFP/EB.1/2020/4``), since a document of a
series missing here can still be read. Add a series to ``SERIES`` to have
its citations found.

What this module is *not* in charge of: the wording of citations in each
language ("resolution 72/74", "第 70/1 号决议", the Arabic "القرار 1/70" that
prints number/session), which stays in ``references`` and the language
tables; nor whether a cited document is in the corpus.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------

#: Series that open a UN document symbol found in running text.
SERIES: tuple[str, ...] = (
    # principal organs and the Secretariat: A/75/345, S/2020/898, E/2020/56,
    # ST/AI/189/Add.9/Rev.2
    "A", "S", "E", "ST",
    # funds, programmes, boards and commissions: DP/2020/1 (UNDP, UNFPA,
    # UNOPS), TD/B/67/1 (UNCTAD), UNEP/GC.27/17, UNW/2020/1 (UN-Women),
    # ICEF/... (UNICEF), IDB/... (UNIDO), TRADE/..., ECE/TRANS/2020/1,
    # JIU/REP/2020/1
    "DP", "TD", "UNEP", "UNW", "ICEF", "IDB", "TRADE", "ECE", "JIU",
    # human rights treaty bodies: CEDAW/C/GC/38, CCPR/C/GC/36, HRI/GEN/1/Rev.9
    "CCPR", "CRC", "CEDAW", "CERD", "CAT", "CRPD", "CMW", "CED", "HRI",
    # conferences and conventions: NPT/CONF.2010/50 (Vol. I), CD/1985,
    # BWC/CONF.IX/9, CCW/CONF.VI/11, FCCC/CP/2015/10/Add.1, CBD/COP/15/17,
    # SPLOS/30, ISBA/26/A/2
    "NPT", "CD", "BWC", "CCW", "FCCC", "CBD", "SPLOS", "ISBA",
)  # fmt: skip

# --------------------------------------------------------------------------
# Building blocks (pattern text, for the compiled patterns below and for the
# stages that embed a symbol in a larger pattern)
# --------------------------------------------------------------------------

#: The series alternatives, longest first ("CEDAW" before "CED", "ST" before "S").
SERIES_PATTERN = "(?:" + "|".join(sorted(SERIES, key=len, reverse=True)) + ")"

#: Any series, for a symbol given by a curator: "WFP", "UNODC".
ANY_SERIES_PATTERN = r"[A-Z][A-Z0-9]{0,9}"

#: The printed variants of the punctuation of a symbol (full-width in
#: Chinese text; a hyphen as a non-breaking hyphen, a figure dash, an en
#: dash or a minus sign).
SLASH = "[/／]"
DOT = "[.．]"
HYPHENS = "-‐‑‒–−"
DASH = f"[{re.escape(HYPHENS)}]"
OPEN = "[(（]"
CLOSE = "[)）]"

#: A year in brackets after a Security Council resolution number: "2020".
YEAR = r"(?:19|20)\d\d"

#: A General Assembly session in Roman numerals after an old resolution
#: number: "XXVI"; a special or emergency special session: "S-VI", "ES-I".
ROMAN_SESSION = rf"(?:E?S{DASH})?[IVXLC]{{1,8}}"

#: One component after a slash.
COMPONENT = rf"""
    (?: \d+                                     # 75, 2020, 345
      | [A-Z][A-Za-z]*                          # RES, PRST, HRC, C, INF, GC
        (?: {DOT}(?: \d+[A-Z]? | [IVXLC]+(?![A-Za-z0-9]) )  # PV.7050, L.27, CONF.IX
          | {DASH}\d+                           # ES-10, S-27
        )?
    )
"""

#: The session or year of a resolution, in brackets after its number
#: (one space or none before): "S/RES/2532 (2020)", "A/RES/3369(XXX)".
RESOLUTION_NUMBER_WITH_SESSION = rf"""
    {SLASH}RES{SLASH}\d+
    \s?{OPEN}\s?(?: {YEAR} | {ROMAN_SESSION} )\s?{CLOSE}
"""

#: A part or volume of a report: "(Part I)", "(Vol. I)", "(Vols. I-III)".
PART = rf"""
    \s?{OPEN}
    (?i: Part | Vols?){DOT}? \s?              # any case: "(PART I)" in a query
    (?: [IVXLC]+ | \d+ ) (?: \s?{DASH}\s?(?: [IVXLC]+ | \d+ ) )?
    {CLOSE}
"""

#: What follows the series: its components, then maybe a part or volume
#: and its own corrigenda ("NPT/CONF.1995/32 (Part I)/Corr.2"). The
#: resolution number with its session is tried first, so that
#: "S/RES/2532 (2020)" keeps its year.
SYMBOL_BODY = rf"""
    (?: {RESOLUTION_NUMBER_WITH_SESSION}
      | {SLASH}{COMPONENT}
    )+
    (?: {PART} (?: {SLASH}{COMPONENT} )* )?
"""

#: After its series, a symbol holds a digit before its first space or other
#: character that no symbol has ("A/C" and "S/he" are not symbols).
HAS_DIGIT = rf"(?=[A-Za-z/／.．{re.escape(HYPHENS)}]*\d)"

#: A symbol of a known series, as printed (the first lookahead only makes
#: the search fail fast where no series and slash start).
SYMBOL = rf"(?=[A-Z]{{1,{max(map(len, SERIES))}}}{SLASH}){SERIES_PATTERN}{HAS_DIGIT}{SYMBOL_BODY}"

#: A corrigendum, addendum, revision or amendment: "Corr.1", "Add.1",
#: "Rev.2", "Amend.1".
AMENDMENT = rf"(?:Corr|Add|Rev|Amend){DOT}\d+"

#: Between the two symbols of a joint symbol: "A/75/345-S/2020/898",
#: "A/75/345 – S/2020/898".
JOINT_SEPARATOR = rf"\s?{DASH}\s?"

# --------------------------------------------------------------------------
# Compiled patterns
# --------------------------------------------------------------------------

#: A symbol in running text: "see A/75/345." -> "A/75/345"; "第S/2013/588号"
#: -> "S/2013/588"; "A/73/12 (Part I)"; "S/RES/2532 (2020)". Not inside a
#: longer token ("XA/75/1", "A/75/1B2"), and not a prefix of a longer run of
#: slashes ("A/75" of "A/75/x"); a slash before other text may follow
#: ("S/2008/531/和 Corr.1").
SYMBOL_IN_TEXT = re.compile(
    rf"""
    (?<![A-Za-z0-9/／.．])
    (?P<symbol>{SYMBOL})
    (?![A-Za-z0-9] | {SLASH}[A-Za-z0-9])
    """,
    re.VERBOSE,
)

#: One whole symbol of any series, as printed: what a curator may give
#: ("A/RES/75/16", "S/RES/2532 (2020)", "WFP/EB.1/2020/4").
WHOLE_SYMBOL = re.compile(rf"{ANY_SERIES_PATTERN}{HAS_DIGIT}{SYMBOL_BODY}", re.VERBOSE)

#: Two or more symbols joined by hyphens: "A/75/345-S/2020/898".
JOINT_SYMBOL = re.compile(rf"{SYMBOL}(?:{JOINT_SEPARATOR}{SYMBOL})+", re.VERBOSE)

#: The joint separator alone: what stands between two symbols found in a row.
JOINT_SEPARATOR_RE = re.compile(rf"^{JOINT_SEPARATOR}$")

#: The named kinds of symbol Concord stores as documents, in the stored form
#: (``normalise_symbol`` first; without corrigenda).

#: General Assembly resolutions: "A/RES/75/16", special and emergency special
#: sessions "A/RES/S-10/2", "A/RES/ES-10/19"; before the 31st session the
#: number, then the session in Roman numerals: "A/RES/2758(XXVI)",
#: "A/RES/3369(XXX)", "A/RES/3201(S-VI)".
GA_RESOLUTION = re.compile(
    r"""
    A/RES/
    (?: (?P<session>\d{1,3} | E?S-\d{1,2}) / (?P<number>\d{1,4})
      | (?P<old_number>\d{1,4}) \( (?P<roman_session>(?:E?S-)?[IVXLC]{1,8}) \)
    )
    """,
    re.VERBOSE,
)

#: Security Council resolutions, the year in brackets: "S/RES/2532(2020)"
#: (printed "S/RES/2532 (2020)").
SC_RESOLUTION = re.compile(r"S/RES/(?P<number>\d{1,4})\((?P<year>(?:19|20)\d\d)\)")

#: Resolutions of the councils with a series of their own: Human Rights
#: Council "A/HRC/RES/16/18", "A/HRC/RES/S-27/1"; Economic and Social
#: Council "E/RES/2013/5" (numbered by year), "E/RES/1503(XLVIII)".
COUNCIL_RESOLUTION = re.compile(
    r"""
    (?P<series>A/HRC|E)/RES/
    (?: (?:\d{1,4} | S-\d{1,2}) / \d{1,4}
      | \d{1,4} \( [IVXLC]{1,8} \)
    )
    """,
    re.VERBOSE,
)

#: Decisions: "A/DEC/75/501", "A/HRC/DEC/16/115", "E/DEC/2013/215".
DECISION = re.compile(r"(?P<series>A|A/HRC|E)/DEC/(?:\d{1,4}|E?S-\d{1,2})/\d{1,4}")

#: Verbatim records: Security Council "S/PV.7050"; General Assembly plenary
#: "A/68/PV.5", emergency special and special sessions "A/ES-10/PV.5",
#: "A/S-27/PV.1"; Main Committees "A/C.1/75/PV.3"; before the 31st session
#: without the session: "A/PV.2345", "A/C.1/PV.1234".
#: (The pattern text has no group, so that a stage can embed it twice.)
VERBATIM_RECORD_PATTERN = r"(?:S|A(?:/C\.\d)?(?:/(?:\d{1,3}|E?S-\d{1,2}))?)/PV\.\d{1,5}"
VERBATIM_RECORD = re.compile(VERBATIM_RECORD_PATTERN)

#: Presidential statements of the Security Council: "S/PRST/2013/16".
PRESIDENTIAL_STATEMENT = re.compile(r"S/PRST/(?P<year>(?:19|20)\d\d)/(?P<number>\d{1,3})")

#: Kind per named pattern, tried in this order.
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("resolution", GA_RESOLUTION),
    ("resolution", SC_RESOLUTION),
    ("resolution", COUNCIL_RESOLUTION),
    ("decision", DECISION),
    ("verbatim_record", VERBATIM_RECORD),
    ("presidential_statement", PRESIDENTIAL_STATEMENT),
)

# --------------------------------------------------------------------------
# The stored form
# --------------------------------------------------------------------------

#: Printed variants -> ASCII: full-width slash, dot and brackets (Chinese
#: text), the hyphen's kin (``HYPHENS``).
_ASCII = str.maketrans({"／": "/", "．": ".", "（": "(", "）": ")", **dict.fromkeys(HYPHENS, "-")})

#: A part or volume once spaces are gone, in any case: "(PartI)", "(VOLI)",
#: "(Vols.I-III)".
_SPACELESS_PART_RE = re.compile(
    r"\((?P<word>(?i:Part|Vols?))\.?(?P<first>[IVXLC]+|\d+)(?:-(?P<last>[IVXLC]+|\d+))?\)"
)


def _stored_part(match: re.Match[str]) -> str:
    """A part or volume as stored: "(PARTI)" -> "(PartI)", "(VolI)" -> "(Vol.I)"."""
    word = match.group("word").capitalize()
    word += "" if word == "Part" else "."
    last = f"-{match.group('last')}" if match.group("last") else ""
    return f"({word}{match.group('first')}{last})"


def normalise_symbol(printed: str) -> str:
    """The stored form of a symbol as printed: ASCII punctuation and digits,
    no spaces, no full stop at the end, "Part" and "Vol." so written.

    "S/RES/2532 (2020)" -> "S/RES/2532(2020)"; "S／PV．7050" -> "S/PV.7050";
    "A/RES/ES–10/19" -> "A/RES/ES-10/19"; "A/RES/３３６９（XXX）" ->
    "A/RES/3369(XXX)"; "A/73/12 (Part I)" -> "A/73/12(PartI)";
    "NPT/CONF.2010/50 (Vol. I)" -> "NPT/CONF.2010/50(Vol.I)".
    """
    text = printed.translate(_ASCII)
    text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
    text = re.sub(r"\s+", "", text).strip(".")
    return _SPACELESS_PART_RE.sub(_stored_part, text)


def is_symbol(text: str) -> bool:
    """True when ``text`` is one UN document symbol in the stored form, of
    any series ("A/RES/75/16", "S/RES/2532(2020)", "WFP/EB.1/2020/4"); a
    joint symbol is two symbols, not one; "S/RES/2532 (2020)" is printed,
    not stored."""
    return WHOLE_SYMBOL.fullmatch(text) is not None and normalise_symbol(text) == text


def split_joint(text: str) -> list[str]:
    """The stored symbols of a joint symbol ("A/75/345-S/2020/898" ->
    ["A/75/345", "S/2020/898"]); [] when ``text`` is no joint symbol."""
    if not JOINT_SYMBOL.fullmatch(text.strip()):
        return []
    return [normalise_symbol(m.group("symbol")) for m in SYMBOL_IN_TEXT.finditer(text)]


def kind_of(symbol: str) -> str:
    """The kind of document a stored symbol names: "resolution",
    "decision", "verbatim_record", "presidential_statement", else "other"
    (a report, a letter, a corrigendum of anything: "S/PV.7050/Corr.1")."""
    for kind, pattern in KINDS:
        if pattern.fullmatch(symbol):
            return kind
    return "other"


# --------------------------------------------------------------------------
# Symbols in running text
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class SymbolMatch:
    """One symbol found in running text: its stored form, the text as
    printed at ``start``:``end``, and whether a hyphen joins it to the
    symbol found before it (the second half of "A/75/345-S/2020/898")."""

    symbol: str
    printed: str
    start: int
    end: int
    joint: bool = False


def find_symbols(text: str) -> list[SymbolMatch]:
    """Every UN document symbol of a known series in ``text``, in reading
    order (see ``SYMBOL_IN_TEXT``)."""
    found: list[SymbolMatch] = []
    for match in SYMBOL_IN_TEXT.finditer(text):
        joint = bool(found) and JOINT_SEPARATOR_RE.match(text[found[-1].end : match.start()])
        found.append(
            SymbolMatch(
                symbol=normalise_symbol(match.group("symbol")),
                printed=match.group("symbol"),
                start=match.start(),
                end=match.end(),
                joint=bool(joint),
            )
        )
    return found
