"""Find citations of UN documents in plain text (stage: references).

Reads: the plain text of one paragraph or footnote, and its language code.
Produces: a list of ``ReferenceData`` in reading order, one per cited
symbol, each with the symbol normalised (``A/RES/72/74``, ``S/PV.7813``,
``S/RES/1325(2000)``) and the citation ``text`` exactly as printed at
``offset``.

Two kinds of citation are recognised:

* Full symbols, whatever the language of the text, as the one grammar of
  symbols finds them (``documents.ingest.symbols``): ``A/75/345``,
  ``S/PV.7813``, ``S/PRST/2013/16``, ``A/75/L.27/Add.1``. A joint symbol
  ``A/75/345-S/2020/898`` is two citations, one per symbol; a trailing
  ``and Corr.1`` adds the corrigendum of each (``A/63/228/Corr.1``).
* Resolution numbers after a keyword of the text's language:
  "resolution 72/74", "resolutions 37/4 of 22 October 1982, 38/4 ... and
  39/7" (every item of the list), "resolution 1325 (2000)" (Security
  Council), "3369 (XXX)" (General Assembly, Roman session), Chinese
  "第 70/1 号决议", and Arabic "القرار 1/70", which writes number/session
  and so means ``A/RES/70/1``. An adjacent "Human Rights Council" (in any of
  the six languages) makes ``A/HRC/RES/16/18``; "Economic and Social
  Council" makes ``E/RES/2013/5``. In Chinese every "第 n/m 号" of a chain
  that ends in 决议 (决定) is cited, dates between items included
  ("1982 年 10 月 22 日第 37/4 号、…和 2018 年 12 月 13 日第 73/135 号决议"),
  and a council that is the subject of the clause counts
  ("人权理事会…通过…的第16/18号决议"). Arabic prints the Roman session as
  "3369 (د-30)" (``A/RES/3369(XXX)``); special sessions "(S-VI)" too.
* Decision numbers after a keyword, the same way: "decision 75/501",
  "décision", "decisión", "решение", Arabic "المقرر 501/75", Chinese
  "第75/501号决定" make ``A/DEC/75/501`` (``A/HRC/DEC/...``, ``E/DEC/...``
  next to a council's name). A decision has no "1325 (2000)" form.

For a resolution number ``text`` is the item as printed ("72/74",
"1325 (2000)", "1/70"): in a list only the item can point at its document.

What this module is *not* in charge of: what a symbol is and its stored
form (``documents.ingest.symbols``), deciding whether the cited document
exists in the corpus (the store step resolves symbols to documents), and
the markup of the citation (``documents.ingest.markup``).

Bare fractions and dates ("2/6", "23/11/2020") are never citations: a
number pair counts only after a resolution keyword, and never when it is
part of a longer run of slashes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from documents.ingest.numerals import int_to_roman
from documents.ingest.symbols import AMENDMENT, ROMAN_SESSION, YEAR, normalise_symbol
from documents.ingest.symbols import find_symbols as find_symbols_in_text
from documents.ingest.types import ReferenceData

# --------------------------------------------------------------------------
# Full symbols
# --------------------------------------------------------------------------

#: A corrigendum, addendum or revision printed after a (joint) symbol, as
#: for every symbol of it: "A/63/228-S/2008/531 and Corr.1" -> " and Corr.1",
#: "A/63/228-S/2008/531/和 Corr.1" -> "/和 Corr.1".
SYMBOL_SUFFIX_RE = re.compile(
    rf"""
    ^[/／]?\s*(?:and|et|y|и|و|和|及|,)\s*
    (?P<suffix>{AMENDMENT})
    (?![A-Za-z0-9])
    """,
    re.VERBOSE,
)

#: The name this stage gave the grammar's ``normalise_symbol``.
resolve_symbol = normalise_symbol


def find_symbols(text: str) -> list[ReferenceData]:
    """Every full UN symbol in ``text`` (``documents.ingest.symbols``), with
    the corrigenda printed after a joint symbol cited for each symbol."""
    refs: list[ReferenceData] = []
    chain: list[str] = []  # the symbols of the current joint group
    for match in find_symbols_in_text(text):
        if not match.joint:
            chain = []
        chain.append(match.symbol)
        refs.append(ReferenceData(symbol=match.symbol, text=match.printed, offset=match.start))
        position = match.end
        while suffix := SYMBOL_SUFFIX_RE.match(text[position:]):
            # "and Corr.1" after a joint symbol; a list of them after one
            # addendum: "S/7930/Add.43, Add.44 ... et Add.49"
            offset = position + suffix.start("suffix")
            amendment = normalise_symbol(suffix.group("suffix"))
            for base in chain:
                refs.append(
                    ReferenceData(
                        symbol=_amended(base, amendment),
                        text=suffix.group("suffix"),
                        offset=offset,
                    )
                )
            position += suffix.end()
    return refs


#: The amendment a symbol ends with: "S/7930/Add.43" -> "Add".
LAST_AMENDMENT_RE = re.compile(r"/(?P<kind>Corr|Add|Rev|Amend)\.\d+$")


def _amended(base: str, amendment: str) -> str:
    """``base`` with ``amendment``: appended ("A/63/228" + "Corr.1"), or in
    place of the amendment of its kind it ends with, for a list names each
    of a series ("S/7930/Add.43, Add.44": "S/7930/Add.44")."""
    last = LAST_AMENDMENT_RE.search(base)
    if last and amendment.startswith(last.group("kind") + "."):
        return base[: last.start()] + "/" + amendment
    return f"{base}/{amendment}"


# --------------------------------------------------------------------------
# Resolution numbers after a keyword
# --------------------------------------------------------------------------

#: One resolution number as printed: "72/74" (session/number; in Arabic
#: number/session), "1325 (2000)" (Security Council) or "3369 (XXX)"
#: (General Assembly before the 31st session).
RESOLUTION_ITEM_RE = re.compile(
    rf"""
    (?<![\d/.])
    (?:
        (?P<first>\d{{1,4}})/(?P<second>\d{{1,4}})(?![\d/])        # 72/74
      | (?P<number>\d{{1,4}})\s?[(（]\s?
        (?:
            (?P<year>{YEAR}|{ROMAN_SESSION})                   # 1325 (2000), 3369 (XXX)
          | (?P<ar_kind>د\s*(?:إ\s*(?:ط\s*)?)?)[-–ـ]\s*      # Arabic 3369 (د-30):
            (?P<ar_session>\d{{1,2}})                            # session 30 = XXX
        )
        \s?[)）]
    )
    """,
    re.VERBOSE,
)

#: A date inside a list of resolutions: "of 22 October 1982",
#: "du 22 octobre 1982", "de 22 de octubre de 1982", "от 22 октября 1982 года",
#: "المؤرخ 22 تشرين الأول/أكتوبر 1982", "1982年10月22日".
LIST_DATE_RE = re.compile(
    r"""
    (?:\b(?:of|dated|du|de|del|от)\s+|المؤرخ(?:ة|ين)?\s+)?
    (?:
        \d{1,2}(?:er)?\s+(?:de\s+)?[^\s\d,;]+(?:\s+[^\s\d,;]+)?\s+(?:de\s+)?\d{4}
        (?:\s*(?:года|г\.))?
      | \d{4}年\d{1,2}月\d{1,2}日
    )
    """,
    re.VERBOSE,
)

#: What may stand between two items of a list once dates are removed:
#: commas and conjunctions of the six languages.
LIST_GLUE_RE = re.compile(
    r"""
    ^[\s,;،、，]*
    (?:and|as\ well\ as|et|ainsi\ que|y|e|así\ como|и|а\ также|و|和|及|以及|与)?
    [\s,;،、，]*$
    """,
    re.VERBOSE,
)

#: The councils whose resolutions have their own series, keyed by the
#: symbol prefix; each a pattern per language.
COUNCIL_NAMES: dict[str, dict[str, str]] = {
    "A/HRC/RES": {
        "en": r"Human\s+Rights\s+Council(?:'s)?",
        "fr": r"Conseil\s+des\s+droits\s+de\s+l['’]homme",
        "es": r"Consejo\s+de\s+Derechos\s+Humanos",
        "ru": r"Совет(?:а|ом|у)?\s+по\s+правам\s+человека",
        "ar": r"مجلس\s+حقوق\s+الإنسان",
        "zh": r"人权理事会",
    },
    "E/RES": {
        "en": r"Economic\s+and\s+Social\s+Council(?:'s)?",
        "fr": r"Conseil\s+économique\s+et\s+social",
        "es": r"Consejo\s+Económico\s+y\s+Social",
        "ru": r"Экономическ(?:ий|ого|им)\s+и\s+Социальн(?:ый|ого|ым)\s+Совет(?:а|ом)?",
        "ar": r"المجلس\s+الاقتصادي\s+والاجتماعي",
        "zh": r"经济及社会理事会|经社理事会",
    },
}

#: Any organ name that may stand between an Arabic keyword and its number:
#: "قرار الجمعية العامة 1/70", "قرار مجلس الأمن 1325 (2000)".
ARABIC_ORGANS = (
    r"(?:الجمعية\s+العامة|مجلس\s+الأمن|مجلس\s+حقوق\s+الإنسان|المجلس\s+الاقتصادي\s+والاجتماعي)"
)


#: Above this a General Assembly session number is implausible (the 80th
#: session opened in 2025): "القرار 73/135" printed session-first is read
#: as 73/135 even though Arabic usually prints number/session.
MAX_SESSION = 120


@dataclass(frozen=True)
class ResolutionWording:
    """How one language cites resolutions.

    ``keyword`` precedes the list (alphabetic languages); ``reversed_pairs``
    says the language prints number/session ("1/70" for 70/1);
    ``lead`` is what may stand between the keyword and the first item.
    """

    keyword: str
    decision_keyword: str = ""
    reversed_pairs: bool = False
    lead: str = r"(?:No\.?|n[°o]\.?|№)?"


#: Keywords per language code: "resolution 72/74", "résolutions",
#: "resolución", "резолюции", Arabic "القرار"/"قراراتها" (with attached
#: و/ب/ل and suffixed pronouns).
RESOLUTION_WORDING: dict[str, ResolutionWording] = {
    "en": ResolutionWording(keyword=r"\b[Rr]esolutions?\b", decision_keyword=r"\b[Dd]ecisions?\b"),
    "fr": ResolutionWording(keyword=r"\b[Rr]ésolutions?\b", decision_keyword=r"\b[Dd]écisions?\b"),
    "es": ResolutionWording(
        keyword=r"\b[Rr]esoluci(?:ón|ones)\b", decision_keyword=r"\b[Dd]ecisi(?:ón|ones)\b"
    ),
    "ru": ResolutionWording(
        keyword=r"\b[Рр]езолюци(?:я|и|ю|ей|ям|ями|ях|й)\b",
        decision_keyword=r"\b[Рр]ешени(?:е|я|ю|ем|и|й|ям|ями|ях)\b",
    ),
    "ar": ResolutionWording(
        keyword=r"(?<![\w])[وفبلك]{0,2}(?:ال)?قرار(?:ات|ين|ان|ي)?(?:ها|ه|هما|هم)?(?![\w])",
        decision_keyword=r"(?<![\w])[وفبلك]{0,2}(?:ال)?مقرر(?:ات|ين|ان|ي)?(?:ها|ه|هما|هم)?(?![\w])",
        reversed_pairs=True,
        lead=rf"(?:{ARABIC_ORGANS})?",
    ),
}

#: Chinese: "第 70/1 号决议", "第37/4号、第38/4号和第73/135号决议",
#: "第822(1993)号决议". One item; lists are chained items.
ZH_ITEM_RE = re.compile(
    rf"""
    第\s*
    (?P<item>
        \d{{1,4}}\s*/\s*\d{{1,4}}(?![\d/])
      | \d{{1,4}}\s?[(（](?:{YEAR}|{ROMAN_SESSION})[)）]
    )
    \s*号
    """,
    re.VERBOSE,
)

#: After the last "第 … 号" of a Chinese list: the word for resolution(s)
#: ("RES") or decision(s) ("DEC").
ZH_KEYWORD_RE = re.compile(r"^\s*(?:(?P<res>决议|決議)|(?P<dec>决定|決定))")

#: A Chinese date, printed with or without spaces between its parts (and
#: so also across a hard-wrapped line): "1982年10月22日", "1982 年 10 月
#: 22 日", "1984 年 11 月 8日"; optionally followed by 的 ("…日的第 n 号").
ZH_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*的?"

#: What may stand between two Chinese items: "、", "和", "及", a date.
ZH_GLUE_RE = re.compile(rf"^[\s、，,]*(?:和|及|以及|与)?[\s、，,]*(?:{ZH_DATE})?\s*$")

#: (keyword pattern, series) per language: resolutions, then decisions.
_COMPILED_KEYWORDS: dict[str, list[tuple[re.Pattern[str], str]]] = {
    code: [(re.compile(wording.keyword), "RES")]
    + ([(re.compile(wording.decision_keyword), "DEC")] if wording.decision_keyword else [])
    for code, wording in RESOLUTION_WORDING.items()
}
_COMPILED_LEADS = {
    code: re.compile(rf"^\s*{wording.lead}\s*$") for code, wording in RESOLUTION_WORDING.items()
}
_COUNCIL_BEFORE = {
    (prefix, code): re.compile(rf"(?:{pattern})\s*(?:of\s+\d{{4}}\s*)?$")
    for prefix, names in COUNCIL_NAMES.items()
    for code, pattern in names.items()
}
_COUNCIL_AFTER = {
    (prefix, code): re.compile(
        rf"^\s*(?:of\s+the\s+|du\s+|de\s+la\s+|de\s+l['’]\s*|del\s+|de\s+)?(?:{pattern})"
    )
    for prefix, names in COUNCIL_NAMES.items()
    for code, pattern in names.items()
}


def _council(text: str, start: int, end: int, language: str, lead: str = "") -> str:
    """The resolution series named next to a citation spanning
    ``text[start:end]`` (or in ``lead``, the words between an Arabic keyword
    and its first number): "A/HRC/RES", "E/RES", or "" (General Assembly or
    Security Council, told by the number itself)."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    for prefix in COUNCIL_NAMES:
        for code in (language, "en"):
            key = (prefix, code)
            if key not in _COUNCIL_BEFORE:
                continue
            if (
                _COUNCIL_BEFORE[key].search(before)
                or _COUNCIL_AFTER[key].match(after)
                or _COUNCIL_AFTER[key].match(lead)
            ):
                return prefix
    return ""


#: series whose own decisions and resolutions a UN text may cite by number
#: right after naming one of their documents
UN_ORGAN_SERIES = ("A", "S", "E")


def _another_body_before(text: str, start: int) -> bool:
    """True when the clause before ``start`` names a document of a body that
    is not a UN organ ("... document CBD/COP/15/17, decision 15/4"): a bare
    "decision 15/4" after it is that body's, not the General Assembly's."""
    clause = re.split(r"[;.；。؛]\s", text[max(0, start - 120) : start])[-1]
    series = {found.symbol.split("/", 1)[0] for found in find_symbols_in_text(clause)}
    return bool(series - set(UN_ORGAN_SERIES))


def _resolution_symbol(
    item: re.Match[str], *, reversed_pairs: bool, council: str, series: str = "RES"
) -> str | None:
    """The symbol of one matched item, or None when it cannot be one.
    ``series`` is "RES" or "DEC"; ``council`` a resolution prefix such as
    "A/HRC/RES", whose series is replaced by ``series``."""
    if item.group("first") is not None:
        first, second = int(item.group("first")), int(item.group("second"))
        session, number = (second, first) if reversed_pairs else (first, second)
        if reversed_pairs and MAX_SESSION < session < 1946 and number <= MAX_SESSION:
            session, number = number, session  # printed session first after all
        if session == 0 or number == 0:
            return None
        if council:
            return f"{council.rsplit('/', 1)[0]}/{series}/{session}/{number}"
        if session >= 1946:  # ECOSOC numbers resolutions by year: 2013/5
            return f"E/{series}/{session}/{number}"
        return f"A/{series}/{session}/{number}"
    if series != "RES":
        return None  # "decision 1325 (2000)" is no form a decision takes
    number = int(item.group("number"))
    year = item.group("year") or _arabic_session(item)
    if not year:
        return None
    if year.isdigit():
        return f"S/RES/{number}({int(year)})"
    return normalise_symbol(f"A/RES/{number}({year})")  # "S–VI" printed with an en dash


#: Arabic prints the session of a resolution numbered before the 31st
#: session in Arabic numerals after "د" (الدورة): "3369 (د-30)" is
#: "3369 (XXX)"; "د إ-6" a special session (S-VI), "د إ ط-1" an emergency
#: special session (ES-I).
ARABIC_SESSION_PREFIX = {"د": "", "دإ": "S-", "دإط": "ES-"}


def _arabic_session(item: re.Match[str]) -> str:
    """The session ("XXX") of an Arabic "د-30" item, "" when it has none."""
    session = item.group("ar_session")
    if session is None or int(session) == 0:
        return ""
    prefix = ARABIC_SESSION_PREFIX[re.sub(r"\s+", "", item.group("ar_kind"))]
    return prefix + int_to_roman(int(session))


def _item_re_for_zh(printed: str) -> re.Match[str] | None:
    # "37/ 4" when a hard-wrapped line broke the item at its slash
    return RESOLUTION_ITEM_RE.fullmatch(re.sub(r"\s*/\s*", "/", printed.strip()))


#: Chinese organ names, for the organ that is the subject of the clause:
#: "人权理事会协商一致通过关于反对宗教不容忍的第16/18号决议".
ZH_ORGANS = {
    "A/HRC/RES": COUNCIL_NAMES["A/HRC/RES"]["zh"],
    "E/RES": COUNCIL_NAMES["E/RES"]["zh"],
    "": r"大会|安全理事会|安理会",
}
ZH_ORGAN_RE = re.compile("|".join(f"(?P<o{i}>{p})" for i, p in enumerate(ZH_ORGANS.values())))
#: Where a Chinese clause starts: the organ named before it is not the
#: subject of what follows.
ZH_CLAUSE_END = "，。；：！？,;:!?\n"
#: "关于人权理事会的第60/251号决议" names the council as the subject matter.
ZH_ABOUT_RE = re.compile(r"(?:关于|有关|就)$")


def _zh_clause_council(text: str, start: int) -> str:
    """The council series when the organ named last in the clause before
    ``start`` is a council with its own series ("人权理事会…通过…的第16/18号
    决议"); "" when it is the General Assembly or the Security Council, when
    no organ is named, or when the council is what the resolution is about
    ("关于人权理事会的")."""
    clause_start = max(text.rfind(ch, 0, start) for ch in ZH_CLAUSE_END) + 1
    organs = list(ZH_ORGAN_RE.finditer(text, clause_start, start))
    if not organs:
        return ""
    last = organs[-1]
    if ZH_ABOUT_RE.search(text, clause_start, last.start()):
        return ""
    index = int(last.lastgroup[1:])
    return list(ZH_ORGANS)[index]


def find_resolution_numbers(text: str, language: str) -> list[ReferenceData]:
    """Resolution numbers cited after a keyword of ``language``."""
    if language == "zh":
        return _find_chinese_resolutions(text)
    wording = RESOLUTION_WORDING.get(language)
    if wording is None:
        return []
    refs: list[ReferenceData] = []
    keywords = [
        (keyword, series)
        for pattern, series in _COMPILED_KEYWORDS[language]
        for keyword in pattern.finditer(text)
    ]
    for keyword, series in keywords:
        items: list[re.Match[str]] = []
        position = keyword.end()
        for item in RESOLUTION_ITEM_RE.finditer(text, position):
            gap = text[position : item.start()]
            if not items:
                if not _COMPILED_LEADS[language].match(gap):
                    break
            elif not LIST_GLUE_RE.match(LIST_DATE_RE.sub(" ", gap)):
                break
            items.append(item)
            position = item.end()
        if not items:
            continue
        lead = text[keyword.end() : items[0].start()]
        council = _council(text, keyword.start(), items[-1].end(), language, lead)
        if not council and _another_body_before(text, keyword.start()):
            continue  # "document CBD/COP/15/17, decision 15/4": that body's decision
        for item in items:
            symbol = _resolution_symbol(
                item, reversed_pairs=wording.reversed_pairs, council=council, series=series
            )
            if symbol:
                refs.append(ReferenceData(symbol=symbol, text=item.group(0), offset=item.start()))
    return refs


def _find_chinese_resolutions(text: str) -> list[ReferenceData]:
    """Every item of a chain "第37/4号、第38/4号和第73/135号决议" that ends
    in 决议."""
    refs: list[ReferenceData] = []
    chain: list[re.Match[str]] = []

    def close(chain: list[re.Match[str]]) -> None:
        keyword = chain and ZH_KEYWORD_RE.match(text[chain[-1].end() :])
        if not keyword:
            return
        series = "RES" if keyword.group("res") else "DEC"
        council = _council(text, chain[0].start(), chain[-1].end(), "zh") or (
            _zh_clause_council(text, chain[0].start())
        )
        for match in chain:
            item = _item_re_for_zh(match.group("item"))
            symbol = item and _resolution_symbol(
                item, reversed_pairs=False, council=council, series=series
            )
            if symbol:
                refs.append(
                    ReferenceData(
                        symbol=symbol, text=match.group("item"), offset=match.start("item")
                    )
                )

    for match in ZH_ITEM_RE.finditer(text):
        if chain and not ZH_GLUE_RE.match(text[chain[-1].end() : match.start()]):
            close(chain)
            chain = []
        chain.append(match)
    close(chain)
    return refs


def find_references(text: str, language: str) -> list[ReferenceData]:
    """Every citation in ``text`` (see the module docstring), in reading
    order, one per symbol cited at each place."""
    found = find_symbols(text) + find_resolution_numbers(text, language)
    seen: set[tuple[int, str]] = set()
    unique: list[ReferenceData] = []
    for ref in sorted(found, key=lambda r: (r.offset, r.symbol)):
        if (ref.offset, ref.symbol) not in seen:
            seen.add((ref.offset, ref.symbol))
            unique.append(ref)
    return unique
