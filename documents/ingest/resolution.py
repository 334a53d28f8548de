"""Stage 4 (resolutions): classify blocks into the parts of a resolution.

Reads: ``Block`` objects from ``segment`` (after
``normalise.join_split_paragraphs``) and the ``Language`` tables.
Produces: a ``ResolutionParse``: header facts (symbol, title, body, date,
agenda item) and ``Draft`` paragraphs in reading order, each with its kind,
number and anchor and its source text (inline markup and footnote marks
still in it; ``footnotes`` and ``markup`` take them out later), plus
validation warnings (never exceptions).

The parts, in order: headings (``h-1``...) and the symbol line
("75/16. Title" or Arabic "16/75 - Title": kind ``title``), the preamble
intro ("The General Assembly,": ``intro``), preambular paragraphs
(``pp-1``...), operative paragraphs numbered "1.", "1 -", "- 3 -" or "1．"
(``op-1``...; the text keeps the number as printed, without a list dash
before it: "- 3 - تلاحظ" -> "3 - تلاحظ"), their sub-paragraphs "(a)", "(i)"
(``op-5-a``, ``op-5-a-i``),
and the closing plenary-meeting line with its date (``signature``).
Security Council resolutions ("Resolution 2532 (2020)", "Adopted by the
Security Council at its 8743rd meeting, on 1 July 2020", "The Security
Council,") have the same parts.

Statements (kind ``decision``: "75/501. Title" then "At its 30th plenary
meeting, on ..., the General Assembly ... decided ..."; kind
``presidential_statement``: "Statement by the President of the Security
Council" then its paragraphs) have headings, a ``title`` and body
paragraphs of kind ``other`` (``p-1``...) with their sub-paragraphs
(``p-2-a``); no preamble, no operative numbering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import punctuation
from .languages import (
    COMMON_HEADER_LINES,
    CONTINUING_END,
    INTRO_PUNCTUATION,
    PARAGRAPH_END,
    Language,
    find_date,
    parse_date,
)
from .normalise import probe, probe_end
from .numerals import int_to_roman, read_number
from .segment import Block, is_cjk
from .symbols import SYMBOL_IN_TEXT

# "1. Takes note", "1 - تحيط", "- 3 - تلاحظ", "1．满意", "*1. Takes*" (after probe)
OPERATIVE_NUMBER = re.compile(
    r"""^\s*
    (?:[-–]\s*)?                 # Arabic "- 3 -" opens with a dash
    (?P<number>\d{1,3}|[一二三四五六七八九十]{1,3}(?=[.．、]))  # older Chinese texts: "一."
    \s*(?:[.．](?!\d)|[-–]\s|、)  # "1." or "1 - " (not "1.5", "1-2" or "48-е")
    \s*(?=\S)""",
    re.VERBOSE,
)
# a dash printed before an operative number as list decoration: "- 3 - تلاحظ"
# keeps "3 - تلاحظ" (like "1 - تحيط" and "1. Takes"), emphasis before it kept
LIST_DASH = re.compile(r"^(?P<keep>\s*(?:[*_]{1,3}\s*)?)[-–]\s*(?=\d{1,3}\s*(?:[.．]|[-–]))")
# "(a) ...", "(ii) ...", "a) ..." (French, Spanish, Russian), "(ب) ..." (Arabic)
SUB_PARAGRAPH = re.compile(
    r"""^\s*[(（]?\s?   # "(أ )": a web copy may space the label in its brackets
    (?P<label>[a-z]{1,2}|[ivxl]{1,6}|[а-яё]|[\u0621-\u064A]\u0640?|[甲乙丙丁戊己庚辛壬癸])
    (?: \s?[)）]
      | (?<=[\u0621-\u064A\u0640])\s?[–—-](?=\s)  # "أ – انسحاب ...": an Arabic web
    )                                             # copy's letter and dash
    \s*(?=\S)""",
    re.VERBOSE,
)
ROMAN = re.compile(r"^[ivxl]+$")
PARAGRAPH_CLOSED = punctuation.SENTENCE_END  # an operative or sub-paragraph ends so
MAX_SIGNATURE_LENGTH = 80
# a heading ending with one of these is finished: the next block is another
HEADING_END = punctuation.HEADING_END
# a heading ending so goes on in the next block: "... organizations:"
HEADING_GOES_ON = punctuation.HEADING_GOES_ON
# a section heading of an annexed text: "I. Values and principles", "B. Trade"
SECTION_HEADING = re.compile(
    r"^\s*(?P<label>[IVXLC]{1,6}|[A-H])\s*[.．]\s+(?P<title>\S.{0,150})$"
)
# a bulleted item: "• Reduce by half ...", "- ...", " ..." (a PDF symbol font)
BULLET = re.compile(r"^\s*[•·▪●○◦\uf0a7\uf0b7\-–—]\s+(?=\S)")
MAX_HEADING_LENGTH = 160
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass
class Draft:
    """A paragraph before footnote marks and markup are taken out."""

    kind: str
    anchor: str
    source: str
    number: str = ""
    line: int = 0
    bulleted: bool = False  # printed after a list bullet ("- "), taken off


@dataclass
class ResolutionParse:
    symbol: str = ""
    title: str = ""
    body: str = ""
    session: int | None = None
    date: str = ""
    agenda_item: str = ""
    paragraphs: list[Draft] = field(default_factory=list)
    footnote_blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _fold(text: str) -> str:
    return text.replace("’", "'").replace("`", "'").casefold().strip()


def preamble_body(text: str, lang: Language) -> str:
    """The body ("GA", "SC") when ``text`` is the preamble intro, else ""."""
    folded = _fold(text).rstrip(INTRO_PUNCTUATION + " ")
    for intro, body in lang.preamble_intros.items():
        if folded == _fold(intro):
            return body
    return ""


# the General Assembly series of each kind printed as "75/16. Title"
GA_SERIES = {"resolution": "A/RES", "decision": "A/DEC"}
# kinds made of plain body paragraphs, without preamble or operative numbers
STATEMENT_KINDS = ("decision", "presidential_statement")


def read_symbol_line(
    text: str, lang: Language, kind: str = "resolution"
) -> tuple[str, str, int | None]:
    """(symbol, title, session) from "75/16. Title" (A/RES/75/16; A/DEC/75/501
    for a decision) or "Resolution 2532 (2020)" (S/RES/2532(2020)), or
    ("", "", None)."""
    series = GA_SERIES.get(kind)
    for pattern in lang.symbol_lines if series else ():
        match = pattern.match(text)
        if match:
            session = int(match.group("session"))
            symbol = f"{series}/{session}/{int(match.group('number'))}"
            return symbol, match.group("title").strip(), session
    if lang.sc_resolution is not None and kind == "resolution":
        match = lang.sc_resolution.match(text)
        if match:
            return f"S/RES/{int(match.group('number'))}({match.group('year')})", "", None
    match = OLD_SESSION_LINE.match(text) if kind == "resolution" else None
    if match and not match.group("stop") and not match.group("title")[0].isupper():
        match = None  # a web copy may drop the full stop, never the title's capital
    if match:
        number, session = read_number(match.group("number")), read_number(match.group("session"))
        if number and session and session > YEAR_FROM:  # a Security Council resolution's year
            return f"S/RES/{number}({session})", match.group("title").strip(), None
        if number and session:
            symbol = f"A/RES/{number}({int_to_roman(session)})"
            return symbol, match.group("title").strip(), session
    return "", "", None


# a General Assembly resolution before the 31st session (1976) numbers itself
# on its own with the session in Roman numerals: "2758 (XXVI). Restitution
# ..." (or, in a web copy that dropped the full stop, "102 (I) Medidas ..."),
# in Chinese "二一五九(二十一)、中国在联合国之代表权问题"; an early
# Security Council resolution with its year: "五十六(一九四八).一九四八年..."
YEAR_FROM = 1900
OLD_SESSION_LINE = re.compile(
    r"""^\s*(?P<number>\d{1,4}|[〇零一二三四五六七八九十百0]{1,6})
    \s*[(（]\s*(?P<session>[IVXL]{1,7}|[一二三四五六七八九十]{1,4}
                |(?:19|20)\d\d|[一二][〇零一二三四五六七八九0]{3})\s*[)）]
    (?:\s*(?P<stop>[.．、])\s*|\s+)(?P<title>\S.*)$""",
    re.VERBOSE,
)
# warnings about a resolution that prints no preamble intro ("The General
# Assembly,"): one or the other, never both
NO_INTRO_BEFORE_OPERATIVE = "no preamble intro before the first operative paragraph"
NO_INTRO = "no preamble intro found"
# taken out of a paragraph before it is matched against a preambular formula:
# quotes and book-title brackets ("根据《联合国宪章》第七章")
FORMULA_MARKS = str.maketrans("", "", "《》〈〉「」『』“”‘’«»\"")
# lines of a page's head where a web copy prints its title
PAGE_TITLE_LINES = 6


def page_title_symbol(text: str, lang: Language) -> str:
    """The symbol of a Security Council resolution copied from a web page,
    read from the page's title ("联合国安理会第1232号决议", "Résolution 338
    du Conseil de sécurité ..."): S/RES/1232(1999) when the text prints the
    number with its year anywhere ("第1232(1999)号", "338 (1973)") or the
    title its date, else S/RES/1232; "" when no title names one."""
    head = [line.strip() for line in text.splitlines() if line.strip()][:PAGE_TITLE_LINES]
    named = 0  # the number the first title names, when none says the year
    for line in head:
        for pattern in lang.sc_page_titles:
            match = pattern.search(line)
            if match and (not named or int(match.group("number")) == named):
                number = int(match.group("number"))
                year = re.search(rf"(?<!\d){number}\s*\((?P<year>(?:19|20)\d\d)\)", text)
                if year:
                    return f"S/RES/{number}({year.group('year')})"
                # a Council resolution's year is the year it was adopted: the
                # title may say when ("قرار مجلس الأمن رقم 381 بتاريخ 30 ... 1975"),
                # or another title line of the page's head may
                adopted = parse_date(line[match.end() :], lang)
                if adopted:
                    return f"S/RES/{number}({adopted[:4]})"
                named = number
    if named:
        return f"S/RES/{named}"
    for line in head:
        for pattern in lang.ga_page_titles:
            match = pattern.search(line)
            number = match and read_number(match.group("number"))
            session = match and read_number(match.group("session"))
            if number and session:
                return f"A/RES/{number}({int_to_roman(session)})"
    return ""


def is_statement_title(text: str, lang: Language) -> bool:
    """"Statement by the President of the Security Council" and its kin."""
    folded = _fold(text).rstrip(".:： ")
    return any(folded == _fold(title) for title in lang.statement_titles)


def is_signature_line(text: str, lang: Language) -> bool:
    """"30th plenary meeting", "第 64 次全体会议", or a date alone."""
    if not text or len(text) > MAX_SIGNATURE_LENGTH:
        return False
    if lang.meeting_line.search(text):
        return True
    found = find_date(text, lang)  # a date alone on its line
    return found is not None and len(text.strip("*. ")) - len(found[1].group()) <= 2


def is_header_line(text: str, lang: Language) -> bool:
    """True for a header line that stands on its own: session, agenda item,
    adoption line, "[without reference ...]", "Distr.: General", a symbol,
    a date, the symbol line or the preamble intro."""
    if text.startswith(("[", "［")) or SYMBOL_IN_TEXT.fullmatch(text):
        return True
    if any(p.fullmatch(text) for p in (*lang.header_lines, *COMMON_HEADER_LINES)):
        return True
    if lang.agenda_item.match(text) or any(
        _fold(marker) in _fold(text) for marker in lang.adoption_markers
    ):
        return True
    if preamble_body(text, lang) or is_statement_title(text, lang):
        return True
    if any(read_symbol_line(text, lang, kind)[0] for kind in GA_SERIES):
        return True
    found = find_date(text, lang)  # a date alone
    return found is not None and len(text.strip("*. ")) - len(found[1].group()) <= 2


def continues_heading(previous: str, following: str, lang: Language) -> bool:
    """True when ``following`` is the rest of the heading ``previous``,
    hard-wrapped into two blocks: the first does not end a sentence or an
    item, and neither is a header line of its own. A letterhead or organ
    name ("United Nations") continues only a heading that ends with a
    connector ("between the") or a colon."""
    if not previous or not following or previous[-1] in HEADING_END:
        return False
    if is_header_line(previous, lang) or is_header_line(following, lang):
        return False
    if any(p.fullmatch(previous) for p in lang.organ_lines):
        return False
    if any(p.fullmatch(following) for p in lang.organ_lines):
        words = previous.split()
        last = words[-1].casefold() if words else ""
        return previous[-1] in HEADING_GOES_ON or last in lang.connectors or (
            previous[-1] in lang.connectors  # Chinese: "...同"
        )
    return True


def annex_prefix(text: str, lang: Language) -> str | None:
    """"annex" for "Annex", "annex-ii" for "Annex II", "附件二"... or None
    when ``text`` is not an annex label line."""
    folded = _fold(text).rstrip(".:： ")
    for label in lang.annex_labels:
        label = _fold(label)
        if folded == label:
            return "annex"
        if folded.startswith(label):
            rest = folded[len(label) :].strip()
            if re.fullmatch(r"[ivxlc]{1,6}|\d{1,2}|[a-h]", rest):
                return f"annex-{rest}"
    return None


def looks_like_heading(text: str) -> bool:
    """Short, and ends without a sentence's punctuation."""
    end = probe_end(text)
    return 0 < len(end) <= MAX_HEADING_LENGTH and end[-1] not in PARAGRAPH_END


def _glue(left: str, right: str) -> str:
    left, right = left.rstrip(), right.lstrip()
    if left and right and is_cjk(left[-1]) and is_cjk(right[0]):
        return left + right
    return f"{left} {right}"


# a paragraph number or a section label printed alone on its line: "3.", "I."
NUMBER_ALONE = re.compile(r"^\s*(?:[-–]\s*)?(?:\d{1,3}|[IVXLC]{1,6})\s*[.．]\s*$")
# lines from which a block is a whole header run together
HEADER_RUN_LINES = 5
# a sub-paragraph label alone on its line: "(a)"
SUB_PARAGRAPH_ALONE = re.compile(r"^\s*\(?(?:[a-z]{1,2}|[ivxl]{1,6})\)\s*$")


def _starts_paragraph(text: str) -> bool:
    return bool(OPERATIVE_NUMBER.match(text) or SUB_PARAGRAPH.match(text)
                or NUMBER_ALONE.match(text))


def _standalone(text: str, lang: Language) -> bool:
    """A line that is a block of its own wherever it is printed: an annex
    label, or a section heading of an annexed text ("I. Values and
    principles", "I." alone with its title on the next line)."""
    if annex_prefix(text, lang) is not None:
        return True
    section = SECTION_HEADING.match(text)
    return bool(section and looks_like_heading(section.group("title")))


def _one_paragraph_per_line(block: Block) -> bool:
    """Every line of the block ends a clause ("回顾...，" / "又回顾...，")
    and the next opens a paragraph (a capital, a Chinese character, a
    number "1."): a web copy that prints one paragraph per line without
    blank lines between (of four lines or more, one may have lost its
    comma); hard-wrapped text never ends every line so."""
    lines = [probe(raw) for raw in block.lines if raw.strip()]
    ends = [probe_end(line)[-1:] for line in lines]
    # a hard-wrapped list goes on in lower case or with a number: "60/48 of ..."
    starts_anew = all(
        (line[:1].isalpha() and not line[:1].islower()) or OPERATIVE_NUMBER.match(line)
        for line in lines[1:]
    )
    labels_alone = any(
        NUMBER_ALONE.match(line) or SUB_PARAGRAPH_ALONE.match(line) for line in lines
    )
    closed = [bool(end) and end in PARAGRAPH_CLOSED + CONTINUING_END for end in ends]
    # of four lines or more one may have lost its comma (web copies)
    ended = all(closed) if len(lines) < 4 else closed.count(False) <= 1
    return len(lines) > 1 and starts_anew and not labels_alone and ended


def split_run_together(blocks: list[Block], lang: Language) -> list[Block]:
    """Cut blocks whose lines begin new numbered paragraphs, the closing
    lines, annex labels or section headings: "1. ...;" and "2. ..." printed
    on consecutive lines, "Annex" / "Awaza Political Declaration" / "1." /
    "We, the Heads of State ...", "Partnerships" / "17. We invite ...".
    A label alone on its line ("3.", "I.") stays with the line after it.
    Before the preamble intro, header lines ("Agenda item 60 (b)", "55/2.
    Title", "The General Assembly") stand alone too: hard-wrapped text
    without blank lines runs them together."""
    result: list[Block] = []
    in_header = True  # until the preamble intro: header lines stand alone
    for block in blocks:
        if in_header and any(preamble_body(probe(raw), lang) for raw in block.lines):
            in_header = not preamble_body(probe(block.lines[-1]), lang) and len(block.lines) > 1
        if block.footnote or len(block.lines) == 1:
            result.append(block)
            continue
        if _one_paragraph_per_line(block):
            result.extend(
                Block([raw], block.line + offset, break_before=block.break_before and not offset)
                for offset, raw in enumerate(block.lines)
            )
            continue
        current = Block([block.lines[0]], block.line, break_before=block.break_before)
        result.append(current)
        lines = block.lines
        # a whole header run together (no blank lines at all) is cut at its
        # header lines; a short block ("Distr.: General" / "30 November
        # 2020") is one heading as printed
        header_state = (
            in_header
            and len(lines) >= HEADER_RUN_LINES
            and not preamble_body(probe(lines[0]), lang)
        )
        for offset, raw in enumerate(lines[1:], start=1):
            text = probe(raw)
            following = probe(lines[offset + 1]) if offset + 1 < len(lines) else ""
            before = probe_end(current.lines[-1])
            if NUMBER_ALONE.match(probe(current.lines[-1])):
                current.lines.append(raw)  # the text after its number
                continue
            closed = bool(before) and before[-1] in PARAGRAPH_END
            signature_start = is_signature_line(text, lang) and not is_signature_line(
                probe(current.text), lang
            )
            heading_block = looks_like_heading(current.text) and (
                _standalone(probe(current.lines[0]), lang) or len(current.lines) <= 2
            )
            last = probe(current.lines[-1])
            header_line = header_state and is_header_line(text, lang)
            new_block = (
                (closed and (_starts_paragraph(text) or signature_start))
                or _standalone(text, lang)
                or annex_prefix(last, lang) is not None
                or header_line
                or bool(preamble_body(last, lang))  # the preamble starts after its intro
                or (heading_block and _starts_paragraph(text) and current.lines != [raw])
                or (
                    closed
                    and looks_like_heading(text)
                    and (_starts_paragraph(following) or _standalone(following, lang))
                )
            )
            if preamble_body(text, lang):
                header_state = False
            if new_block:
                current = Block([raw], block.line + offset)
                result.append(current)
            else:
                current.lines.append(raw)
    return result


# operative paragraph 1 run on after a preambular paragraph's closing comma:
# ", 1. Condamne ..." (a letter follows, not "1.5")
RUN_ON_OPERATIVE = re.compile(r"[,،，]\s+(?P<number>1\s*[.．]\s+)(?=[^\W\d_])")


# at most this many words before a date alone on its line ("du", "of", "del")
DATE_LINE_WORDS = 1


def _date_alone(text: str, lang: Language) -> str:
    """The date of a line that holds a date and nothing more but a word
    before it ("du 25 octobre 1967", "of 22 November 1967"), or ""."""
    found = find_date(text, lang)
    if not found:
        return ""
    before, after = text[: found[1].start()], text[found[1].end() :]
    if len(before.split()) > DATE_LINE_WORDS or after.strip(" .。,，"):
        return ""
    return found[0]


def _split_inline_numbers(source: str, expected: int) -> list[str]:
    """"...; 2. Urges ...; 3. Notes ..." in one line -> three sources."""
    parts = []
    while True:
        pattern = re.compile(
            rf"(?<=[;；؛])(\**)\s+(?=\**\s*(?:[-–]\s*)?{expected}\s*(?:[.．]|[-–])\s)"
        )
        match = pattern.search(source)
        if not match:
            parts.append(source)
            return parts
        parts.append(source[: match.start()] + match.group(1))
        source = source[match.end() :]
        expected += 1


class _Classifier:
    def __init__(self, lang: Language, kind: str = "resolution"):
        self.lang = lang
        self.kind = kind
        self.result = ResolutionParse()
        self.state = "header"
        self.counters: dict[str, int] = {}
        self.last_operative = 0
        self.current_parent = ""  # anchor of the paragraph sub-paragraphs belong to
        self.letter_anchor = ""
        self.last_letter = ""
        self.anchors: set[str] = set()
        self.annex = ""  # anchor prefix of the annexed text being read
        self.following = ""  # the text of the next block, for decisions that look ahead

    def next_number(self, prefix: str) -> int:
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return self.counters[prefix]

    def add(self, kind: str, anchor: str, source: str, line: int, number: str = "") -> Draft:
        unique, n = anchor, 1
        while unique in self.anchors:
            n += 1
            unique = f"{anchor}-{n}"
        self.anchors.add(unique)
        draft = Draft(kind, unique, source, number, line)
        self.result.paragraphs.append(draft)
        return draft

    def warn(self, line: int, message: str) -> None:
        self.result.warnings.append(f"line {line}: {message}")

    # -- the states ------------------------------------------------------
    def block(self, block: Block) -> None:
        text = probe(block.text)
        if not text:
            return
        if self.state == "statement":
            self.statement(block, text)
        elif self.state == "header" and self.kind in STATEMENT_KINDS:
            self.statement_header(block, text)
        elif self.state == "header":
            self.header(block, text)
        elif self.state == "unnumbered":
            self.unnumbered(block, text)
        elif self.state == "annex" or self.annex_starts(block, text):
            self.annexed(block, text)
        elif self.state == "closing":
            self.closing(block, text)
        else:
            self.body(block, text)

    def header(self, block: Block, text: str) -> None:
        lang, result = self.lang, self.result
        if self.split_at_symbol_line(block):
            return
        body = preamble_body(text, lang)
        # "安全理事会" atop the page is letterhead, unless a preambular
        # paragraph (ending with a comma) follows: then it opens the preamble
        letterhead = (
            not result.symbol
            and any(p.fullmatch(text) for p in lang.organ_lines)
            and probe_end(self.following)[-1:] not in CONTINUING_END
        )
        if body and not letterhead:  # "大会" atop the page, "大会，" opening the preamble
            result.body = body
            self.add("preamble_intro", "intro", block.text, block.line)
            self.state = "preamble"
            return
        if OPERATIVE_NUMBER.match(text) and result.symbol:
            self.warn(block.line, NO_INTRO_BEFORE_OPERATIVE)
            self.state = "preamble"
            self.preamble_without_intro()
            self.body(block, text)
            return
        symbol, title, session = (
            ("", "", None) if result.symbol else read_symbol_line(text, lang, self.kind)
        )
        if symbol:
            result.symbol, result.title, result.session = symbol, title, session
            # an early resolution's title says when: "56 (1948). Resolution of 19 August 1948"
            result.date = result.date or parse_date(title, lang)
            if any(_fold(marker) in _fold(text) for marker in lang.adoption_markers):
                # the adoption line printed under the number with no blank
                # line between ("Резолюция 1665 (2006)," / "принятая Советом
                # Безопасности на его 5402-м заседании" / "29 марта 2006 года")
                result.date = result.date or parse_date(text, lang)
            self.add("title", "title", block.text, block.line)
            return
        if self.opens_with_body(text):
            self.state = "unnumbered"
            self.unnumbered(block, text)
            return
        if any(_fold(marker) in _fold(text) for marker in lang.adoption_markers) or any(
            title.search(text) for title in lang.sc_page_titles
        ):  # the adoption line, or a web page's title that says when
            result.date = result.date or parse_date(text, lang)
        previous = result.paragraphs[-1] if result.paragraphs else None
        if previous is not None and previous.kind == "title" and not result.date:
            # a collection's title goes on with the date on the next line:
            # "Résolution 240 (1967)" / "du 25 octobre 1967"
            result.date = _date_alone(text, lang)
        agenda = lang.agenda_item.match(text)
        if agenda and not result.agenda_item:
            result.agenda_item = agenda.group("item").strip()
        self.heading(block, text)

    def split_at_symbol_line(self, block: Block) -> bool:
        """A web page's head may print the symbol line right under a
        navigation line, one block ("維基文庫,自由的圖書館 / 五十六(一九四八).
        一九四八年八月十九日決議案 / 〔S/983〕"), which a heading before it
        may continue: when a line after the first is a symbol line, the lines
        before it, the symbol line (with its title and date) and the lines
        after it are read as blocks of their own. True when it split."""
        if self.result.symbol or len(block.lines) < 2:
            return False
        for index, line in enumerate(block.lines[1:], start=1):
            if read_symbol_line(probe(line), self.lang, self.kind)[0]:
                lines = block.lines
                pieces = (lines[:index], lines[index : index + 1], lines[index + 1 :])
                for piece in pieces:
                    if piece:  # line numbers inside a run-together block are not known
                        self.block(Block(piece, block.line, break_before=block.break_before))
                return True
        return False

    def opens_with_body(self, text: str) -> bool:
        """"大会决定设置两专门委员会如下." (The General Assembly decides ...): a
        sentence opening with the body's name and its verb, no intro line
        before it, is the first operative paragraph of a resolution of the
        first sessions, printed without preamble or numbers."""
        if not text or probe_end(text)[-1:] not in punctuation.FULL_STOPS:
            return False
        if is_signature_line(text, self.lang) or any(
            _fold(marker) in _fold(text) for marker in self.lang.adoption_markers
        ):
            return False
        for intro, body in self.lang.preamble_intros.items():
            rest = text[len(intro) :]
            if text.startswith(intro) and rest and (
                is_cjk(rest[0]) or (rest[0] == " " and rest[1:2].islower())
            ):
                self.result.body = body
                return True
        return False

    def unnumbered(self, block: Block, text: str) -> None:
        """The operative part of a resolution that opens with its body's
        verb (``opens_with_body``): unnumbered operative paragraphs, their
        lettered items, headings, up to the meeting line."""
        if is_signature_line(text, self.lang):
            self.state = "closing"
            self.closing(block, text)
            return
        sub = SUB_PARAGRAPH.match(text)
        if sub and self.current_parent:
            self.sub_paragraph(block, sub.group("label"))
            return
        if looks_like_heading(text):
            self.current_parent = ""
            self.add("heading", f"h-{self.next_number('h')}", block.text, block.line)
            return
        self.last_operative += 1
        self.current_parent = f"op-{self.last_operative}"
        self.last_letter = ""
        self.add("operative", self.current_parent, block.text, block.line)

    def preamble_without_intro(self) -> None:
        """The first resolutions print no intro line ("By Article 47 of the
        Charter, ... ;" / "Therefore" / "1. The Security Council requests
        ..."): the sentences between the title and the first operative
        paragraph are its preambular paragraphs; short lines stay headings."""
        paragraphs = self.result.paragraphs
        titles = [i for i, p in enumerate(paragraphs) if p.kind == "title"]
        for paragraph in paragraphs[titles[-1] + 1 :] if titles else ():
            if paragraph.kind == "heading" and not looks_like_heading(probe(paragraph.source)):
                self.anchors.discard(paragraph.anchor)
                paragraph.kind = "preambular"
                paragraph.anchor = f"pp-{self.next_number('pp')}"
                self.anchors.add(paragraph.anchor)
        headings = [p for p in paragraphs if p.kind == "heading"]
        self.anchors.difference_update(p.anchor for p in headings)
        for n, heading in enumerate(headings, start=1):
            heading.anchor = f"h-{n}"
            self.anchors.add(heading.anchor)
        self.counters["h"] = len(headings)

    def heading(self, block: Block, text: str) -> None:
        result = self.result
        previous = result.paragraphs[-1] if result.paragraphs else None
        if (
            previous is not None
            and previous.kind == "heading"
            and continues_heading(probe_end(previous.source), text, self.lang)
        ):
            previous.source = _glue(previous.source, block.text)  # hard-wrapped
            return
        self.add("heading", f"h-{self.next_number('h')}", block.text, block.line)

    def statement_header(self, block: Block, text: str) -> None:
        """Header of a decision or a presidential statement: headings until
        the title ("75/501. Title", "Statement by the President ..."); the
        body starts after it, or at a decision's opening, or at the first
        long sentence when the title is missing."""
        lang, result = self.lang, self.result
        if (
            self.kind == "presidential_statement"
            and len(block.lines) > 1
            and is_statement_title(probe(block.lines[0]), lang)
        ):
            # the title on the line right above the opening formula, with no
            # blank line between ("安全理事会主席声明" / "  安全理事会主席在..."):
            # the title, then the statement
            self.statement_header(replace(block, lines=block.lines[:1]), probe(block.lines[0]))
            self.block(replace(block, lines=block.lines[1:], line=block.line + 1))
            return
        symbol, title, session = read_symbol_line(text, lang, self.kind)
        if symbol and not result.symbol:
            result.symbol, result.title, result.session = symbol, title, session
            self.add("title", "title", block.text, block.line)
            self.state = "statement"
            return
        if self.kind == "presidential_statement" and is_statement_title(text, lang):
            result.title = result.title or text
            self.add("title", "title", block.text, block.line)
            self.state = "statement"
            return
        opening = lang.decision_opening
        sentence = len(text) > MAX_SIGNATURE_LENGTH and probe_end(text)[-1:] in PARAGRAPH_CLOSED
        # "安全理事会主席在...会议上，...代表安理会发表声明如下："
        formula = any(f.casefold() in text.casefold() for f in lang.statement_openings)
        if (opening and opening.match(text)) or formula or (
            sentence and not is_header_line(text, lang)
        ):
            self.state = "statement"
            self.statement(block, text)
            return
        if any(_fold(marker) in _fold(text) for marker in lang.adoption_markers):
            result.date = result.date or parse_date(text, lang)
        self.heading(block, text)

    def statement(self, block: Block, text: str) -> None:
        """A body paragraph of a decision or statement: ``other`` (p-N),
        or a sub-paragraph of the paragraph before."""
        sub = SUB_PARAGRAPH.match(text)
        if sub and self.current_parent:
            self.sub_paragraph(block, sub.group("label"))
            return
        if not any(p.kind == "other" for p in self.result.paragraphs):
            # the first paragraph says when: "At its 30th plenary meeting, on ..."
            self.result.date = self.result.date or parse_date(text, self.lang)
        number = self.next_number("p")
        self.current_parent = f"p-{number}"
        self.last_letter = ""
        self.add("other", f"p-{number}", block.text, block.line)

    # -- annexed texts: "Annex", or a declaration the resolution adopts ----
    def annex_starts(self, block: Block, text: str) -> bool:
        """True when ``block`` opens an annexed text: an annex label line
        after the preamble has begun, or a heading right after a paragraph
        ending with a colon ("Adopts the following Declaration:" /
        "United Nations Millennium Declaration")."""
        if self.state == "header":
            return False
        prefix = annex_prefix(text, self.lang)
        if prefix is None:
            previous = self.result.paragraphs[-1] if self.result.paragraphs else None
            introduced = (
                previous is not None
                and previous.kind in ("preambular", "operative")
                and probe_end(previous.source)[-1:] in ":："
            )
            if not (introduced and looks_like_heading(text)):
                return False
            prefix = "annex"
        self.close_resolution()
        self.annex = self.unique_prefix(prefix)
        self.state = "annex"
        self.current_parent = ""
        return True

    def unique_prefix(self, prefix: str) -> str:
        unique, n = prefix, 1
        while any(a == unique or a.startswith(unique + "-") for a in self.anchors):
            n += 1
            unique = f"{prefix}-{n}"
        return unique

    def opens_as_preambular(self, paragraph: Draft) -> bool:
        """A preambular paragraph ends with a comma, in every language (or,
        in the resolutions of the first sessions, a semicolon: "Reconociendo
        ...;"), and opens as the language's table says ("Recalling", "وإذ")."""
        text = probe_end(paragraph.source)
        openers = self.lang.preamble_openers
        if openers is None:
            return text[-1:] in CONTINUING_END
        ends = CONTINUING_END + punctuation.SEMICOLONS
        return text[-1:] in ends and bool(openers.match(text))

    def operative_without_number(self) -> None:
        """"يقرر:" / "(أ) ..." (Decides: (a) ...): in the preamble, a paragraph
        ending with a colon that does not open as a preambular one, before
        lettered sub-paragraphs, is the resolution's one unnumbered operative
        paragraph (old Security Council resolutions)."""
        parent = self.result.paragraphs[-1]
        text = probe(parent.source)
        if (
            parent.kind != "preambular"
            or parent.anchor != self.current_parent
            or probe_end(parent.source)[-1:] not in ":："
            or self.opens_like_preambular(text)
        ):
            return
        self.anchors.discard(parent.anchor)
        self.counters["pp"] -= 1
        self.last_operative += 1
        parent.kind, parent.anchor = "operative", f"op-{self.last_operative}"
        self.anchors.add(parent.anchor)
        self.current_parent = parent.anchor
        self.state = "operative"

    def opens_with_preamble_formula(self, text: str) -> bool:
        """True when ``text`` opens with a formula only a preambular paragraph
        opens with ("Acting under Chapter VII of the Charter ...", ``Language.
        preamble_formulas``), even when it lost its comma or a bracket."""
        formulas = self.lang.preamble_formulas
        return bool(formulas and formulas.match(text.translate(FORMULA_MARKS)))

    def opens_like_preambular(self, text: str) -> bool:
        """True when ``text`` opens as the language's preambular paragraphs
        do ("Recalling", "вновь подтверждая"), whatever its end."""
        openers = self.lang.preamble_openers
        return bool(openers and openers.match(text))

    def close_resolution(self, *, at_end: bool = False) -> None:
        """The resolution's own part has ended while still in the preamble:
        its operative paragraphs were printed without numbers ("Adopts the
        Declaration annexed to the present resolution."; old resolutions;
        web copies that lost the numbers). They are the trailing paragraphs
        that do not end and open as preambular ones do
        (``opens_as_preambular``), else the last one; at the end of a text
        that printed no closing line, only the former."""
        if self.state != "preamble":
            return
        self.state = "closing"
        preambular = [p for p in self.result.paragraphs if p.kind == "preambular"]
        trailing: list[Draft] = []
        for paragraph in reversed(preambular):
            if paragraph is not self.result.paragraphs[-1 - len(trailing)]:
                break
            if self.opens_as_preambular(paragraph):
                break
            cut = at_end and not trailing and probe_end(paragraph.source)[-1:] not in PARAGRAPH_END
            if cut and self.opens_like_preambular(probe(paragraph.source)):
                break  # a copy cut inside a preambular paragraph ("отмечая ... от 22 фе")
            trailing.insert(0, paragraph)
        if not trailing and preambular and not at_end:
            trailing = [preambular[-1]] if preambular[-1] is self.result.paragraphs[-1] else []
        n = 0
        introduced = ""  # the operative paragraph whose list goes on ("... de:")
        letters = 0
        for paragraph in trailing:
            self.anchors.discard(paragraph.anchor)
            self.counters["pp"] -= 1
            text = probe(paragraph.source)
            if n and (text[:1].islower() or (
                introduced and not paragraph.bulleted and text[-1:] in CONTINUING_END
            )):
                # a web copy's line break inside the paragraph: "... de:" /
                # "Argentina, Bélgica, ...," / "y que se reunirá ..."
                self._glue_into_last_operative(paragraph)
                continue
            if introduced and paragraph.bulleted:
                # the items of an unnumbered paragraph's list ("... tomando en
                # cuenta:" / "- Los memorándums ..."), lettered as they rank
                paragraph.kind = "sub_paragraph"
                paragraph.anchor = f"{introduced}-{LATIN_LETTERS[letters % 26]}"
                letters += 1
                self.anchors.add(paragraph.anchor)
                continue
            n += 1
            paragraph.kind, paragraph.anchor = "operative", f"op-{n}"
            self.anchors.add(paragraph.anchor)
            self.last_operative = n
            introduced = paragraph.anchor if probe_end(paragraph.source)[-1:] in ":：" else ""
            letters = 0

    def _glue_into_last_operative(self, paragraph: Draft) -> None:
        """Join ``paragraph`` to the operative paragraph (or item) before it."""
        index = self.result.paragraphs.index(paragraph)
        before = self.result.paragraphs[index - 1]
        before.source = _glue(before.source, paragraph.source)
        del self.result.paragraphs[index]

    def annexed(self, block: Block, text: str) -> None:
        """A block of an annexed text: its label, title and section
        headings (``annex_heading``), numbered or plain paragraphs
        (``annex_paragraph``: annex-op-3, annex-p-2), their sub-paragraphs
        (``annex_sub_paragraph``: annex-op-3-a) and bullets
        (``annex_bullet``: annex-op-3-b1)."""
        prefix = annex_prefix(text, self.lang)
        if prefix is not None and self.result.paragraphs[-1].source != block.text:
            if any(p.kind != "annex_heading" for p in self._annex_paragraphs()):
                self.annex = self.unique_prefix(prefix)
                self.current_parent = ""
        previous = self.result.paragraphs[-1]
        in_annex = previous.anchor.startswith(self.annex + "-") or previous.anchor == self.annex
        if (
            in_annex
            and previous.kind != "annex_heading"
            and probe_end(previous.source)[-1:] not in PARAGRAPH_END
            and not _starts_paragraph(text)
            and not BULLET.match(text)
        ):
            previous.source = _glue(previous.source, block.text)  # cut by a page
            return
        if prefix is not None:
            self.add("annex_heading", self.annex, block.text, block.line)
            return
        number = OPERATIVE_NUMBER.match(text)
        if number:
            n = str(read_number(number.group("number")))
            self.current_parent = f"{self.annex}-op-{n}"
            self.last_letter = ""
            source = LIST_DASH.sub(r"\g<keep>", block.text, count=1)
            self.add("annex_paragraph", self.current_parent, source, block.line, n)
            return
        sub = SUB_PARAGRAPH.match(text)
        if sub and self.current_parent:
            self.sub_paragraph(block, sub.group("label"), kind="annex_sub_paragraph")
            return
        if BULLET.match(text):
            parent = self.current_parent or self.annex
            self.add("annex_bullet", f"{parent}-b{self.next_number(parent + '-b')}",
                     block.text, block.line)
            return
        section = SECTION_HEADING.match(text)
        if section and looks_like_heading(section.group("title")):
            label = section.group("label").lower()
            self.current_parent = ""
            self.add("annex_heading", f"{self.annex}-s-{label}", block.text, block.line,
                     section.group("label"))
            return
        if looks_like_heading(text):
            self.add("annex_heading", f"{self.annex}-h-{self.next_number(self.annex + '-h')}",
                     block.text, block.line)
            return
        self.current_parent = f"{self.annex}-p-{self.next_number(self.annex + '-p')}"
        self.last_letter = ""
        self.add("annex_paragraph", self.current_parent, block.text, block.line)

    def _annex_paragraphs(self) -> list[Draft]:
        return [p for p in self.result.paragraphs
                if p.anchor == self.annex or p.anchor.startswith(self.annex + "-")]

    def body(self, block: Block, text: str) -> None:
        if self.state in ("operative", "preamble") and is_signature_line(text, self.lang):
            if self.state == "preamble" and not any(
                p.kind == "preambular" for p in self.result.paragraphs
            ):
                pass  # a date in the preamble's place: read on
            else:
                self.close_resolution()
                self.state = "closing"
                self.closing(block, text)
                return
        operative = OPERATIVE_NUMBER.match(text)
        number = read_number(operative.group("number")) if operative else None
        if number and (self.state == "operative" or number == 1):
            self.operative(block, number)
            return
        sub = SUB_PARAGRAPH.match(text)
        if sub and self.current_parent:
            if self.state == "preamble":
                self.operative_without_number()
            self.sub_paragraph(block, sub.group("label"))
            return
        if self.state == "operative":
            if is_signature_line(text, self.lang):
                self.state = "closing"
                self.closing(block, text)
                return
            previous = self.result.paragraphs[-1]
            if probe_end(previous.source)[-1:] not in PARAGRAPH_CLOSED:
                previous.source = _glue(previous.source, block.text)  # cut by a page
                return
            if looks_like_heading(text):  # "Peacebuilding financing"
                self.current_parent = ""
                self.add("heading", f"h-{self.next_number('h')}", block.text, block.line)
                return
            if self.current_parent and not BULLET.match(text) and (
                previous.kind == "sub_paragraph" or probe_end(previous.source)[-1:] in ":："
            ):
                self.unlabelled_sub_paragraph(block)
                return
            self.add("other", f"p-{self.next_number('p')}", block.text, block.line)
            return
        previous = self.result.paragraphs[-1] if self.result.paragraphs else None
        if (
            previous is not None
            and previous.kind == "preambular"
            and probe_end(previous.source)[-1:] not in PARAGRAPH_CLOSED
            and looks_like_heading(probe(previous.source))
        ):
            # a short preambular opening cut by a web page's line break:
            # "вновь подтверждая свою приверженность" / "Договору о ..."
            previous.source = _glue(previous.source, block.text)
            return
        if looks_like_heading(text) and not preamble_body(text, self.lang) and not (
            text[:1].islower() and self.opens_like_preambular(text)
        ) and not self.opens_with_preamble_formula(text):
            # a heading never opens in lower case, as Russian preambles do
            self.current_parent = ""  # a heading before the operative part
            self.add("heading", f"h-{self.next_number('h')}", block.text, block.line)
            return
        run_on = RUN_ON_OPERATIVE.search(block.text)
        if run_on and not block.text[run_on.end() :][:1].islower():
            # the operative part run on after the last preambular paragraph
            # (OCR of a printed collection): "... Add.48 et Add.49, 1. Condamne
            # les violations du cessez-le-feu ; 2. ..."
            cut = run_on.start("number")
            self.body(replace(block, lines=[block.text[:cut].rstrip()]), probe(block.text[:cut]))
            self.operative(replace(block, lines=[block.text[cut:]]), 1)
            return
        number = self.next_number("pp")
        self.current_parent = f"pp-{number}"
        self.last_letter = ""
        # a web page's list bullet before the paragraph is decoration: "- يدعو"
        source = BULLET.sub("", block.text, count=1)
        self.add("preambular", f"pp-{number}", source, block.line)
        self.result.paragraphs[-1].bulleted = source != block.text

    def operative(self, block: Block, number: int) -> None:
        self.state = "operative"
        sources = _split_inline_numbers(block.text, number + 1)
        for offset, source in enumerate(sources):
            n = number + offset
            if n != self.last_operative + 1:
                self.warn(
                    block.line, f"operative paragraph {n} follows {self.last_operative or 'none'}"
                )
            self.last_operative = n
            self.current_parent = f"op-{n}"
            self.last_letter = ""
            source = LIST_DASH.sub(r"\g<keep>", source, count=1)
            self.add("operative", f"op-{n}", source, block.line, str(n))

    def unlabelled_sub_paragraph(self, block: Block) -> None:
        """A sub-paragraph whose label the extraction lost ("Requesting ..."
        after "... by:"): it takes the next letter's anchor, and no number,
        since none is printed."""
        letters = LATIN_LETTERS
        following = letters[letters.index(self.last_letter) + 1] if (
            self.last_letter in letters[:-1] and self.last_letter
        ) else "a"
        anchor = f"{self.current_parent}-{following}"
        self.letter_anchor, self.last_letter = anchor, following
        self.add("sub_paragraph", anchor, block.text, block.line)

    def sub_paragraph(self, block: Block, label: str, kind: str = "sub_paragraph") -> None:
        """``number`` keeps the printed label ("(ب)"); the anchor uses the
        Latin letter of the same rank ("op-5-b") so anchors match across
        languages. Roman numerals ("(ii)") nest under the last letter."""
        latin = self.lang.sub_paragraph_letters.get(label)
        roman = (
            latin is None
            and bool(ROMAN.match(label))
            and self.last_letter not in ("", "h")
            and (label != "i" or not self.letter_anchor.endswith("-h"))
        )
        if roman and self.letter_anchor:
            anchor = f"{self.letter_anchor}-{label}"
        else:
            anchor = f"{self.current_parent}-{latin or label}"
            self.letter_anchor = anchor
            self.last_letter = latin or label
        self.add(kind, anchor, block.text, block.line, f"({label})")

    def closing(self, block: Block, text: str) -> None:
        previous = self.result.paragraphs[-1]
        if previous.kind == "signature" and is_signature_line(text, self.lang):
            previous.source = _glue(previous.source, block.text)
        elif is_signature_line(text, self.lang):
            self.add("signature", "signature", block.text, block.line)
        else:
            self.add("other", f"p-{self.next_number('p')}", block.text, block.line)
            return
        self.result.date = self.result.date or parse_date(text, self.lang)


def classify_resolution(
    blocks: list[Block], lang: Language, kind: str = "resolution"
) -> ResolutionParse:
    """Classify ``blocks`` of one resolution, decision or presidential
    statement (see the module docstring)."""
    classifier = _Classifier(lang, kind)
    blocks = split_run_together(blocks, lang)
    texts = [block for block in blocks if not block.footnote]
    pairs = zip(texts, texts[1:], strict=False)
    following = {id(block): probe(after.text) for block, after in pairs}
    for block in blocks:
        if block.footnote:
            classifier.result.footnote_blocks.append(block)
        else:
            classifier.following = following.get(id(block), "")
            classifier.block(block)
    if kind == "resolution":
        classifier.close_resolution(at_end=True)
    result = classifier.result
    said = any(w.endswith(NO_INTRO_BEFORE_OPERATIVE) for w in result.warnings)
    if kind == "resolution" and not said and not any(
        p.kind == "preamble_intro" for p in result.paragraphs
    ):
        result.warnings.append(NO_INTRO)  # once: the line-numbered warning says it already
    return result
