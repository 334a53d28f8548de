"""Parse a verbatim meeting record (stage: record).

Reads: the decoded text of one language version of a verbatim record
(S/PV.7050, A/68/PV.5), line endings normalised, page furniture possibly
still present, and the record's language code.
Produces: a ``RecordParse``: the meeting header (body, year or session,
meeting number, date and time, place, provisional or final, president and
members with their delegations, agenda), the paragraphs in reading order
(header lines as ``heading``/``attendance``, procedural lines, and speaker
turns whose every paragraph carries a ``SpeakerData``), and warnings that
name the line. It never raises on a malformed record: what it cannot read
becomes a warning.

Language knowledge (labels, roles, honorifics, "spoke in French" forms,
times, ordinals) is data in ``record_languages``; this module holds only the
rules, which are the same for every language:

* page furniture is dropped: job numbers, page counters and numbers, bar
  codes, running headers ("S/PV.7051 ... 29/10/2013", "General Assembly
  100th meeting" / "Forty-ninth session 6 April 1995");
* the header ends at the opening line ("The meeting was called to order at
  10.10 a.m.", "上午10时10分开会。"); failing that, at the first speaker line;
* a speaker line is ``name [(delegation)] [, function] [(spoke in X)] : text``
  where the name is a role ("The President", "主席"), starts (or in Chinese
  ends) with an honorific, or is a short name followed by a bracketed
  delegation; the label may be wrapped over two lines, and a label printed
  right under a line that ends a sentence (no blank line between) starts a
  paragraph of its own;
* a turn runs until the next speaker line, stage direction or heading,
  across page breaks; a paragraph cut by a page break (no closing
  punctuation) is joined again; "(spoke in Arabic)" alone inside a turn
  changes the language of the paragraphs that follow;
* a label printed alone on its line is followed by its speech: the first
  text under it is the speaker's even where it reads like a stage direction
  or a heading or would continue the turn before (a page break between);
* a turn takes its number with its first paragraph of speech: a label
  with no speech before the turn ends (the next label, the closing line,
  a vote label, the end of the text) is kept as printed in an ``other``
  paragraph with a warning, and takes no number (see
  ``_keep_label_without_speech``);
* a stage direction is one sentence ("The draft decision was adopted."):
  inside a turn, "The draft decision was adopted by the Committee without a
  vote. May I take it ...?" is speech;
* whoever presides speaks as "The President" or "The Acting President": the
  President's delegation until a Vice-President takes the Chair ("Mr. X
  (Sudan) took the Chair."), the Vice-President's after, the President's
  again when he or she resumes it;
* the President's paragraphs between "in my capacity as ..." and "I now
  resume my functions as President" are marked ``national_capacity``;
* a corrections notice (a corrigendum to a record: "Corrigendum",
  "A/48/PV.63/Corr.1") has a header and paragraphs but no meeting frame; its
  ``kind`` is "other".

Not in charge of: decoding, footnotes (verbatim records have none to speak
of; ``footnotes`` stays empty), storing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from documents.ingest import punctuation
from documents.ingest.languages import LANGUAGES, find_date, parse_date
from documents.ingest.markup import parse_inline, render_html
from documents.ingest.normalise import normalise_lines
from documents.ingest.record_languages import (
    RECORD_WORDING,
    SECURITY_COUNCIL_MEMBERS,
    SPOKEN_LANGUAGE,
    RecordWording,
    chinese_number,
    ordinal_number,
)
from documents.ingest.references import find_references
from documents.ingest.segment import join_lines
from documents.ingest.symbols import VERBATIM_RECORD_PATTERN
from documents.ingest.types import (
    AttendeeData,
    FootnoteData,
    MeetingData,
    ParagraphData,
    SpeakerData,
)

# Warnings: a curator reads them; tests import them.
TEXT_BEFORE_SPEAKER = "line {line}: text with no speaker line before it: {text!r}"
LABEL_WITHOUT_SPEECH = "line {line}: speaker label with no speech after it: {text!r}"
MEMBERS_CUT_SHORT = (
    "line {line}: the members list names {count} members; "
    "a Security Council meeting seats {expected}"
)
MEMBER_WITHOUT_DELEGATION = "line {line}: attendance line without a delegation: {text!r}"
UNREADABLE_DATE = "line {line}: cannot read the meeting date in {text!r}"
NO_DATE = "no meeting date found in the header"
NO_OPENING = "no opening line (when the meeting was called to order) found"
NO_CLOSING = "no closing line (when the meeting rose) found"
NO_SPEAKERS = "no speaker turns found"
UNREADABLE_TIME = "line {line}: cannot read the time in {text!r}"

#: A paragraph ending in one of these is complete; any other ending means a
#: page break cut it.
CLOSING_PUNCTUATION = (
    punctuation.SENTENCE_END + punctuation.QUESTIONS_AND_EXCLAMATIONS + "…"
    + punctuation.CLOSING_QUOTES + punctuation.CLOSING_BRACKETS
)

#: The marks that end a sentence (once closing quotes and brackets are set
#: aside): a heading never ends in one.
SENTENCE_END = punctuation.SENTENCE_END + punctuation.QUESTIONS_AND_EXCLAMATIONS + "…"

#: What may close a sentence after its full stop: quotes and brackets.
CLOSERS = "”»\"')）」』’"

#: A dotted leader between a name and its delegation: "....." or ". . . .".
LEADER_RE = re.compile(
    r"""
    \s*(?:\.\s*){2,}\s*    # "....." or " . . . . "
    | \s*…+\s*             # "……"
    """,
    re.VERBOSE,
)

#: A speaker line: "Mr. Churkin (Russian Federation) (spoke in Russian): text",
#: "刘结一先生（中国）：text", "Le Président (parle en anglais) : text",
#: "Mr. Djacta (Algeria), Rapporteur of the Fifth Committee (interpretation
#: from French): text" (a function after the delegation, then only language
#: notes). Brackets may hold one nested pair: "(Iran (Islamic Republic of))".
SPEAKER_LINE_RE = re.compile(
    r"""
    ^(?P<name>[^()（）:：,，。;；!?]{1,80}?)\s*
    (?P<parens>(?:[(（](?:[^()（）]|[(（][^()（）]*[)）])+[)）]\s*){0,3})
    (?:[,，]\s*(?P<function>[^()（）:：,，。;；!?]{1,120}?)\s*   # ", Rapporteur of ..."
       (?P<notes>(?:[(（][^()（）]+[)）]\s*){0,2}))?              # "(interpretation from French)"
    [:：]\s*
    (?P<rest>.*)$
    """,
    re.VERBOSE | re.DOTALL,
)

#: Words a function printed after the delegation may hold at most.
FUNCTION_WORDS = 12

#: One bracketed part of a speaker line: "(Russian Federation)".
PAREN_RE = re.compile(r"[(（]\s*(?P<inner>(?:[^()（）]|[(（][^()（）]*[)）])+?)\s*[)）]")

#: "Mr. President", "Monsieur le Président": addressing, not a speaker.
ADDRESS_FORM_RE = re.compile(
    r"\b(?:President|Président|Presidente|Presidenta|Председатель|Madam|Madame|Señor)\b",
    re.IGNORECASE,
)

#: A printed record symbol on a header line: "S/PV.7050", "A/68/PV.5",
#: "United Nations S/PV.7051", "联合国 S/PV.7050".
RECORD_SYMBOL_RE = re.compile(
    r"""
    ^\s*(?:[^\d/:：]{1,40}\s)?   # the Organization's name before it
    (?P<symbol>(?:"""
    + VERBATIM_RECORD_PATTERN
    + r""")
               (?:/Corr\.\d+)?)  # a corrigendum: "A/48/PV.63/Corr.1"
    (?:\s*\(.*\))?\s*$      # "S/PV.7050 (Resumption 1)"
    """,
    re.VERBOSE,
)

#: A running page header or footer of a record: any run of job numbers
#: ("13-53210"), page counters ("3/5"), record symbols ("S/PV.7051"), dates
#: ("29/10/2013") and bar codes ("*1352896*"), e.g. "S/PV.7051 29/10/2013".
PAGE_FURNITURE_RE = re.compile(
    r"""
    ^\s*
    (?:
        (?: \d{2}-\d{4,6}(?:\s?\([A-Z]\))?        # job number 13-53210 (E)
            (?:\s+\d{1,4}(?![\d/]))?               # and page number: 07-28243 2
          | \d{1,4}\s+\d{2}-\d{4,6}(?![\d/])        # page number first: 2 07-28243
          | \d{1,3}\s?/\s?\d{1,3}                 # page counter 3/5
          | \d{1,2}/\d{1,2}/\d{4}                  # date 29/10/2013
          | \*\d{7,}\*                             # bar code
          | """
    + VERBATIM_RECORD_PATTERN
    + r"""                    # S/PV.7051, A/68/PV.5
          | (?:\(|（)(?:Resumption|续)\s?\d*(?:\)|）)
          | -{3,} | _{3,}                          # a rule: "-----"
        )
        \s*
    )+$
    """,
    re.VERBOSE,
)

#: A running page header: the record's symbol, the agenda title and the
#: date, in either order: "S/PV.7051 The situation in Afghanistan 29/10/2013",
#: "29/10/2013 The situation in Afghanistan S/PV.7051".
RUNNING_HEADER_RE = re.compile(
    r"""
    ^\s*
    (?: (?P<symbol>"""
    + VERBATIM_RECORD_PATTERN
    + r"""(?:\s*[(（][^()（）]{1,20}[)）])?)
        \s+.{1,200}?\s+\d{1,2}/\d{1,2}/\d{4}
      | \d{1,2}/\d{1,2}/\d{4}\s+.{1,200}?\s+
        """
    + VERBATIM_RECORD_PATTERN
    + r"""(?:\s*[(（][^()（）]{1,20}[)）])?
    )
    \s*$
    """,
    re.VERBOSE,
)

#: The job number of page 1 glued by the extraction before the text beside
#: it: "95-85254 (E) This record contains the original text of speeches".
JOB_NUMBER_PREFIX_RE = re.compile(
    r"""
    ^\s*\d{2}-\d{5}\s?\([A-Z]\)\s+   # "95-85254 (E) "
    (?=\S)                           # the text it was glued to follows
    """,
    re.VERBOSE,
)

#: A page number alone on its line: "2". Page furniture only at a page's
#: edge: next to other furniture (the running header under it) or the last
#: line of the text; a number in a table ("Required majority:" / "94") stays.
PAGE_NUMBER_RE = re.compile(
    r"""
    ^\s*\d{1,4}\s*$    # "2"
    """,
    re.VERBOSE,
)

#: A language note alone on its line inside a turn: "(spoke in Arabic)",
#: "（以阿拉伯语发言）".
LANGUAGE_NOTE_RE = re.compile(
    r"""
    ^[(（]\s*(?P<inner>[^()（）]{3,60}?)\s*[)）]$   # "(spoke in Arabic)"
    """,
    re.VERBOSE,
)

#: The items of a vote list: "Argentina, Australia, ..." / "阿根廷、澳大利亚".
VOTE_LIST_SPLIT_RE = re.compile(r"[,，、،;；]|\s(?:and|et|y|и|و|和)\s")

#: A sentence ending inside a text: "adopted. It" (not "Mr. X", "St. Lucia").
SENTENCE_INSIDE_RE = re.compile(r"[a-z\u0400-\u04ff]{3,}[.。!?]\s|[。！？]")

#: Lines looked at for the header.
HEADER_LINES = 80

#: A masthead a document site ran together on one line with the text's
#: opening ("Naciones Unidas S/PV.5565 Consejo de Seguridad Provisional
#: Sexagésimo primer año 5565ª sesión ...", docslib.org's text of a PDF):
#: a line at least MASTHEAD_MIN_LENGTH long among the first
#: MASTHEAD_LINES non-blank ones, read over its first MASTHEAD_RUN
#: characters (the cover, contents and note of a 1950 record come before
#: its symbol: "... S/PV.502 ( 19 p. ) 502a. SESIÓN").
MASTHEAD_LINES = 6
MASTHEAD_MIN_LENGTH = 300
MASTHEAD_RUN = 800
#: A record's symbol standing as a word of such a line: "S/PV.5565".
MASTHEAD_SYMBOL_RE = re.compile(
    r"(?<![\w/.])(?P<symbol>" + VERBATIM_RECORD_PATTERN + r")(?![\w/.])"
)


def run_together_masthead(text: str) -> tuple[str, str]:
    """(the opening of a masthead run together on one line, the record
    symbol printed in it), or ("", "") when no such line prints one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:MASTHEAD_LINES]:
        if len(line) < MASTHEAD_MIN_LENGTH:
            continue
        opening = line[:MASTHEAD_RUN]
        printed = MASTHEAD_SYMBOL_RE.search(opening)
        if printed:
            return opening, printed.group("symbol")
    return "", ""

#: Lines a speaker label may be wrapped over.
LABEL_LINES = 3

#: The longest heading: an agenda item's title may run to six printed lines
#: ("Financing of the International Tribunal for the Prosecution of Persons
#: Responsible for ... since 1991: report of the Fifth Committee (Part II)
#: (A/49/810/Add.1)", 260 characters).
HEADING_LENGTH = 400


@dataclass
class RecordParse:
    """What ``parse_record`` made of one verbatim record; ``kind`` is
    "verbatim_record", or "other" for a corrections notice."""

    symbol: str
    title: str
    date: str
    body: str
    kind: str = "verbatim_record"
    paragraphs: list[ParagraphData] = field(default_factory=list)
    footnotes: list[FootnoteData] = field(default_factory=list)
    meeting: MeetingData = field(default_factory=MeetingData)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Block:
    """Consecutive non-blank source lines; ``line`` is the first one's number."""

    line: int
    lines: list[tuple[int, str]]

    @property
    def text(self) -> str:
        return join_record_lines([text for _number, text in self.lines])


def join_record_lines(lines: list[str]) -> str:
    """``segment.join_lines``, except that a number alone on its line is
    text ("Required majority:" / "94"), never a footnote mark to glue as a
    superscript: records have no footnotes to speak of."""
    text = ""
    for raw in lines:
        piece = raw.strip()
        if text and PAGE_NUMBER_RE.match(piece):
            text += " " + piece
        elif piece:
            text = join_lines([text, piece])
    return text


@dataclass
class _LoneLabel:
    """A speaker label printed alone, waiting for its speech: its line, its
    text as printed, and where its paragraph goes in reading order should
    no speech follow (paragraphs such as "(spoke in Arabic)" may come
    between a label and its speech)."""

    line: int
    text: str
    position: int


@dataclass
class _Label:
    """A speaker label: the name as printed, the role (from the roles table,
    or the function printed after the delegation), the delegation, the
    language spoken, the text after the colon; ``strong`` when the name is a
    role, a title or starts with an honorific (not merely short and
    followed by a bracket)."""

    name: str
    role: str
    delegation: str
    language: str
    rest: str
    strong: bool


def is_page_furniture(line: str, language: str) -> bool:
    """A running header or footer, a job number, a page counter, a bar code
    or a "Please recycle" note: never part of the record's text."""
    return bool(
        PAGE_FURNITURE_RE.match(line)
        or RUNNING_HEADER_RE.match(line)
        or RECORD_WORDING[language].furniture.match(line.strip())
        or is_running_title(line, language)
    )


def is_running_title(line: str, language: str) -> bool:
    """A running header of the older layout, made of the header's own lines:
    the body and the meeting ("General Assembly 100th meeting", "Security
    Council 3600th meeting") or the session or year and the date
    ("Forty-ninth session 6 April 1995", "Fiftieth year 30 November 1995"),
    in either order."""
    wording = RECORD_WORDING[language]
    text = " ".join(line.split())
    if not text or len(text) > 120:
        return False
    for body in wording.bodies:
        rest = ""
        if text.startswith(body) and text != body:
            rest = text[len(body) :]
        elif text.endswith(body) and text != body:
            rest = text[: -len(body)]
        if rest and _meeting_number(rest.strip(), wording) is not None:
            return True
    found = find_date(text, LANGUAGES[language])
    if not found:
        return False
    _date, match = found
    if match.start() > 0 and match.end() < len(text):
        return False  # a date inside a sentence
    rest = (text[: match.start()] + text[match.end() :]).strip(" ,")
    for pattern in (wording.session_line, wording.year_line):
        session = pattern.match(rest)
        if session and ordinal_number(session.group("ordinal"), language):
            return True
    return False


def _lines(text: str, language: str) -> list[tuple[int, str]]:
    """(number, text) of every source line, "" for a blank line or page
    furniture; a job number glued before page 1's text is cut off."""
    lines: list[tuple[int, str, bool]] = []
    for line in normalise_lines(text):
        raw = line.text
        furniture = line.furniture or bool(raw.strip() and is_page_furniture(raw, language))
        text_of_line = "" if furniture else JOB_NUMBER_PREFIX_RE.sub("", raw)
        lines.append((line.number, text_of_line, furniture))
    edges = {index for index, (_n, _t, furniture) in enumerate(lines) if furniture}
    result = []
    for index, (number, raw, _furniture) in enumerate(lines):
        if PAGE_NUMBER_RE.match(raw) and _at_page_edge(lines, index, edges):
            raw = ""
        result.append((number, raw))
    return result


def _at_page_edge(lines: list[tuple[int, str, bool]], index: int, furniture: set[int]) -> bool:
    """The nearest text lines before or after ``index`` include page
    furniture, or there is no text after it (the last page's number)."""
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(lines) and not lines[other][1].strip() and other not in furniture:
            other += step
        if other in furniture or (step == 1 and other >= len(lines)):
            return True
    return False


def _blocks(text: str, language: str) -> list[_Block]:
    """Blocks of the text, page furniture dropped (a dropped line ends a
    block, as a blank line does)."""
    blocks: list[_Block] = []
    current: list[tuple[int, str]] = []
    for number, line in _lines(text, language):
        if line.strip():
            current.append((number, line))
        elif current:
            blocks.append(_Block(current[0][0], current))
            current = []
    if current:
        blocks.append(_Block(current[0][0], current))
    return blocks


def ends_sentence(text: str) -> bool:
    """The text ends a sentence: "adopted.", "adopted (resolution 49/241).",
    '... the Committee."' — not "(A/49/883)" nor "(continued)"."""
    stripped = text.rstrip().rstrip(CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in SENTENCE_END


def first_sentence(text: str) -> tuple[str, str]:
    """(first sentence, the rest) of a paragraph: "It was adopted. May I
    ...?" -> ("It was adopted.", "May I ...?"); the rest is "" for one
    sentence."""
    inside = SENTENCE_INSIDE_RE.search(text)
    if inside and text[inside.end() :].strip():
        return text[: inside.end()].strip(), text[inside.end() :].strip()
    return text.strip(), ""


# --------------------------------------------------------------------------
# Small readers
# --------------------------------------------------------------------------


def read_time(text: str, wording: RecordWording) -> str:
    """ "上午10时10分" -> "10:10", "12.20 p.m." -> "12:20", "" if none."""
    match = wording.time.search(text)
    if not match:
        return ""
    groups = match.groupdict()
    hour = int(groups["hour"])
    minute = int(groups.get("minute") or 0)
    if hour > 23 and minute <= 23:  # written the other way round
        hour, minute = minute, hour
    period = (groups.get("period") or "").lower().replace(" ", "")
    if period.startswith("p") or period in ("下午", "晚上"):
        hour += 12 if hour < 12 else 0
    elif period.startswith("a") and hour == 12:
        hour = 0
    elif period == "noon" and hour < 12:
        hour = 12
    if hour > 23 or minute > 59:
        return ""
    return f"{hour:02d}:{minute:02d}"


def _honorific_anywhere(wording: RecordWording) -> re.Pattern:
    """The honorific pattern, found anywhere after a space (to split
    "Russian Federation Mr. Churkin" into delegation and name)."""
    pattern = wording.honorifics.pattern.lstrip("^")
    return re.compile(rf"(?:(?<=\s)|^){pattern}", wording.honorifics.flags)


_HONORIFIC_ANYWHERE = {code: _honorific_anywhere(w) for code, w in RECORD_WORDING.items()}

#: The roles of each language by their case-folded label: records before
#: 1990 print "The PRESIDENT (interpretation from French):".
_ROLES = {
    code: {label.casefold(): role for label, role in w.roles.items()}
    for code, w in RECORD_WORDING.items()
}


def _split_member(text: str, language: str) -> tuple[str, str] | None:
    """ "阿根廷 斯奎福女士" / "Argentina . . . Mrs. Perceval" ->
    (delegation, name); None when the line cannot be split."""
    parts = [p.strip() for p in LEADER_RE.split(text, maxsplit=1)]
    if len(parts) == 2 and all(parts):
        return parts[0], parts[1]
    text = text.strip()
    honorific = _HONORIFIC_ANYWHERE[language].search(text)
    if honorific and honorific.start() > 0:
        return text[: honorific.start()].strip(), text[honorific.start() :].strip()
    wide = re.search(r"\s{2,}|\u3000", text)
    if wide:
        return text[: wide.start()].strip(), text[wide.end() :].strip()
    if language == "zh" and " " in text:
        delegation, name = text.split(" ", 1)
        return delegation.strip(), name.strip()
    return None


def _split_president(text: str) -> tuple[str, str]:
    """ "马梅德亚罗夫先生..... (阿塞拜疆)" -> (name, delegation)."""
    text = text.strip()
    delegation = ""
    tail = re.search(r"[(（](?P<inner>(?:[^()（）]|[(（][^()（）]*[)）])+)[)）]\s*$", text)
    if tail:
        delegation = tail.group("inner").strip()
        text = text[: tail.start()]
    name = " ".join(LEADER_RE.sub(" ", text).split())  # "Ms.  Al-Khalifa" as one
    return name, delegation


def _spoken_language(inner: str) -> str:
    """ "以英语发言" -> "en", "spoke in French" -> "fr"; "" if not such a note."""
    for pattern, codes in SPOKEN_LANGUAGE.values():
        match = pattern.match(inner.strip())
        if match:
            word = match.group("lang")
            return codes.get(word, codes.get(word.lower(), ""))
    return ""


def _normalised(text: str) -> str:
    return re.sub(r"[\s()（）.,，。:：]", "", text).lower()


# --------------------------------------------------------------------------
# The symbol
# --------------------------------------------------------------------------


def _meeting_number(text: str, wording: RecordWording) -> int | None:
    match = wording.meeting_line.match(text)
    return chinese_number(match.group("number")) if match else None


# header pieces that PDF extraction puts on lines of their own: "A" then
# "/61/PV.90", "90" then "th plenary meeting"
SPLIT_HEADER_START = re.compile(r"^(?:[A-Z]{1,2}|\d{1,5})$")
SPLIT_HEADER_REST = re.compile(r"^(?:/\S|(?:st|nd|rd|th)\b)")


def _rejoined_header_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The numbered lines of a header block, a line cut in two by the
    extraction ("90" / "th plenary meeting") joined (see SPLIT_HEADER_*)."""
    joined: list[tuple[int, str]] = []
    for number, raw in lines:
        if (
            joined
            and SPLIT_HEADER_START.match(joined[-1][1].strip())
            and SPLIT_HEADER_REST.match(raw.strip())
        ):
            joined[-1] = (joined[-1][0], joined[-1][1].strip() + raw.strip())
        else:
            joined.append((number, raw))
    return joined


def rejoin_split_header(head: list[str]) -> list[str]:
    """Join a header line cut in two by the extraction (see SPLIT_HEADER_*)."""
    return [line for _index, line in _rejoined_header_lines(list(enumerate(head)))]


def read_record_symbol(text: str) -> str | None:
    """The record's symbol: printed at the top ("S/PV.7050"), or made from
    the header (Security Council + meeting 7050 -> "S/PV.7050"; General
    Assembly, Sixty-eighth session, 5th meeting -> "A/68/PV.5")."""
    head = rejoin_split_header(
        [line.strip() for line in text.splitlines()[:HEADER_LINES] if line.strip()]
    )
    for line in head:
        match = RECORD_SYMBOL_RE.match(line)
        if match:
            return match.group("symbol")
    symbol = run_together_masthead(text)[1]
    if symbol:
        return symbol
    for code, wording in RECORD_WORDING.items():
        body = next((wording.bodies[ln] for ln in head if ln in wording.bodies), "")
        number = next((n for ln in head if (n := _meeting_number(ln, wording)) is not None), None)
        if not body or number is None:
            continue
        if body == "SC":
            return f"S/PV.{number}"
        for line in head:
            session = wording.session_line.match(line)
            if session:
                value = ordinal_number(session.group("ordinal"), code)
                if value:
                    return f"A/{value}/PV.{number}"
    return None


# --------------------------------------------------------------------------
# The parser
# --------------------------------------------------------------------------


class _RecordParser:
    """One parse; the state shared by the header and body readers."""

    def __init__(self, text: str, language: str):
        self.language = language
        self.wording = RECORD_WORDING[language]
        self.text = text
        self.meeting = MeetingData()
        self.paragraphs: list[ParagraphData] = []
        self.warnings: list[str] = []
        self.counters: dict[str, int] = {}
        self.provisional_seen = False
        self.in_body = False
        #: anchors of the vote-label paragraphs ("In favour: ..."), which
        #: the list of names that follows extends
        self.vote_anchors: set[str] = set()
        #: who presides: None while the President does; once a Vice-President
        #: takes the Chair, his or her delegation ("" when none is printed)
        self.chair: str | None = None
        #: a speaker label printed alone whose speech has not come yet
        self.lone_label: _LoneLabel | None = None

    # -- paragraphs ---------------------------------------------------------

    def _anchor(self, prefix: str) -> str:
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}-{self.counters[prefix]}"

    def _paragraph(self, kind: str, anchor: str, source: str, line: int, **extra) -> ParagraphData:
        plain, spans = parse_inline(source)
        references = find_references(plain, self.language)
        paragraph = ParagraphData(
            kind=kind,
            anchor=anchor,
            text=plain,
            html=render_html(plain, spans, (), references),
            line=line,
            references=references,
            **extra,
        )
        self.paragraphs.append(paragraph)
        return paragraph

    # -- header -------------------------------------------------------------

    def _is_header_line(self, line: str) -> bool:
        """A line of the masthead: the body, the session or year, the
        meeting, "Provisional", the place."""
        wording = self.wording
        return bool(
            line in wording.bodies
            or wording.year_line.match(line)
            or wording.session_line.match(line)
            or _meeting_number(line, wording) is not None
            or (wording.provisional.search(line) and len(line) < 60)
            or line in wording.places
        )

    def _council_seated(self) -> bool:
        """True when the Security Council's President and all its members
        are in the attendance list read so far."""
        members = sum(1 for a in self.meeting.attendance if a.role == "member")
        return self.meeting.body == "SC" and members >= SECURITY_COUNCIL_MEMBERS

    def read_header(self, blocks: list[_Block]) -> None:
        wording = self.wording
        mode = "title"  # title -> attendance -> agenda -> note -> done
        members_line = 0
        pending = ""  # a wrapped member line waiting for its continuation
        pending_raw = ""  # the same, as printed (with its label)
        pending_line = 0
        date_candidates: list[tuple[int, str]] = []
        for block in blocks:
            probe = parse_inline(block.text)[0].strip()
            if wording.chair_taken.match(probe) and not wording.chair_resumed.match(probe):
                # "In the absence of the President, Mr. Yassin (Sudan) took the
                # Chair.", printed before the opening line
                self._take_chair(probe)
                self._paragraph("procedural", self._anchor("proc"), block.text, block.line)
                continue
            if (
                mode == "attendance"
                and not pending
                and self._council_seated()
                and not wording.agenda_label.match(block.lines[0][1].strip())
            ):
                # every seat of the Council is listed: what follows is the
                # agenda, even where a web copy lost its "Agenda" label
                mode = "agenda"
            if mode == "agenda" and not wording.record_note.search(block.text):
                self.meeting.agenda.append(block.text)
                self._paragraph("heading", self._anchor("h"), block.text, block.line)
                continue
            first = block.lines[0][1].strip()
            if mode == "done" and not (
                wording.agenda_label.match(first)
                or wording.president_label.match(first)
                or wording.members_label.match(first)
            ):
                self._paragraph("other", self._anchor("p"), block.text, block.line)
                continue
            note: list[str] = []
            note_line = 0
            lines = _rejoined_header_lines(block.lines)
            for index, (number, raw) in enumerate(lines):
                line = raw.strip()
                if mode == "note" or wording.record_note.search(line):
                    mode = "note"
                    note.append(raw)
                    note_line = note_line or number
                    following = lines[index + 1 :]
                    if (
                        following
                        and ends_sentence(line)
                        and self._is_header_line(following[0][1].strip())
                    ):
                        # the masthead lines the extraction printed under the
                        # note: "... consolidated corrigendum." / "General Assembly"
                        self._paragraph(
                            "other", self._anchor("p"), join_record_lines(note), note_line
                        )
                        note, mode = [], "title"
                    continue
                if wording.agenda_label.match(line):
                    mode = "agenda"
                    self._paragraph("heading", self._anchor("h"), line, number)
                    continue
                if wording.president_label.match(line):
                    mode = "attendance"
                    rest = wording.president_label.sub("", line, count=1)
                    name, delegation = _split_president(rest)
                    if not delegation:
                        self.warnings.append(
                            MEMBER_WITHOUT_DELEGATION.format(line=number, text=line)
                        )
                    self.meeting.attendance.append(AttendeeData("president", name, delegation))
                    self._paragraph("attendance", self._anchor("att"), line, number)
                    continue
                if wording.members_label.match(line):
                    mode = "attendance"
                    members_line = number
                    line = wording.members_label.sub("", line, count=1).strip()
                    if not line:
                        continue
                if mode == "attendance":
                    text = f"{pending} {line}".strip() if pending else line
                    split = _split_member(text, self.language)
                    printed = f"{pending_raw} {raw.strip()}".strip()
                    if split is None:
                        pending, pending_line = text, pending_line or number
                        pending_raw = printed
                        continue
                    # "Russian  Federation . . . Mr.  Knyazev": the justified
                    # line's double spaces are not part of the names
                    delegation, name = (" ".join(part.split()) for part in split)
                    self.meeting.attendance.append(AttendeeData("member", name, delegation))
                    self._paragraph(
                        "attendance", self._anchor("att"), printed, pending_line or number
                    )
                    pending, pending_raw, pending_line = "", "", 0
                    continue
                self._read_title_line(line, number, date_candidates)
            if mode == "note":
                self._paragraph("other", self._anchor("p"), join_record_lines(note), note_line)
                mode = "done"
        self.meeting.provisional = self.provisional_seen
        if pending:
            self.warnings.append(MEMBER_WITHOUT_DELEGATION.format(line=pending_line, text=pending))
        members = sum(1 for a in self.meeting.attendance if a.role == "member")
        if self.meeting.body == "SC" and members < SECURITY_COUNCIL_MEMBERS:
            self.warnings.append(
                MEMBERS_CUT_SHORT.format(
                    line=members_line or (blocks[0].line if blocks else 1),
                    count=members,
                    expected=SECURITY_COUNCIL_MEMBERS,
                )
            )
        if not self.meeting.date:
            if date_candidates:
                line, text = date_candidates[0]
                self.warnings.append(UNREADABLE_DATE.format(line=line, text=text))
            else:
                self.warnings.append(NO_DATE)

    def _read_title_line(self, line: str, number: int, date_candidates: list) -> None:
        wording, meeting = self.wording, self.meeting
        self._paragraph("heading", self._anchor("h"), line, number)
        if line in wording.bodies:
            meeting.body = wording.bodies[line]
            return
        for pattern in (wording.year_line, wording.session_line):
            match = pattern.match(line)
            if match and ordinal_number(match.group("ordinal"), self.language):
                meeting.session = line
                return
        meeting_number = _meeting_number(line, wording)
        if meeting_number is not None:
            meeting.number = meeting_number
            return
        if wording.provisional.search(line) and len(line) < 60:
            self.provisional_seen = True
            return
        if line in wording.places:
            meeting.place = line
            return
        if not meeting.date and re.search(r"(?:19|20)\d\d", line):
            date = parse_date(line, LANGUAGES[self.language])
            if date:
                meeting.date = date
                meeting.year = int(date[:4])
                meeting.time = read_time(line, wording)
            else:
                date_candidates.append((number, line))

    # -- body ---------------------------------------------------------------

    def _speaker(self, text: str) -> _Label | None:
        """The speaker label that opens ``text``, or None."""
        match = SPEAKER_LINE_RE.match(text)
        if not match:
            return None
        name = match.group("name").strip()
        if not name:
            return None
        parens = [m.group("inner") for m in PAREN_RE.finditer(match.group("parens"))]
        function = " ".join((match.group("function") or "").split())
        notes = [m.group("inner") for m in PAREN_RE.finditer(match.group("notes") or "")]
        role = _ROLES[self.language].get(name.casefold(), "")
        honorific = self.wording.honorifics.search(name)
        titled = len(name) <= 40 and self.wording.titles.search(name)
        strong = bool(role or titled or honorific)
        if function and (
            not (parens and strong)
            or function[0].islower()
            or re.search(r"\d", function)
            or len(function.split()) > FUNCTION_WORDS
        ):
            # "Mr. X (Y), whom I thank, said:", "Finally (above all), States:"
            return None
        if not role and not titled:
            if honorific:
                if ADDRESS_FORM_RE.search(name):
                    return None  # "Mr. President: ..." addresses, not a turn
            elif not parens or len(name) > 30 or len(name.split()) > 4:
                return None
            if re.search(r"\d", name):
                return None
        delegation, spoken = "", ""
        for inner in parens:
            code = _spoken_language(inner)
            if code:
                spoken = spoken or code
            elif not delegation:
                if re.search(r"\d|/", inner):
                    return None  # "(S/2013/588)": a citation, not a delegation
                delegation = inner.strip()
        for inner in notes:
            code = _spoken_language(inner)
            if not code:
                return None  # after the function only a language note
            spoken = spoken or code
        return _Label(
            name=name,
            role=role or function,
            delegation=delegation,
            language=spoken or self.language,
            rest=match.group("rest"),
            strong=strong,
        )

    def split_glued(self, block: _Block) -> list[_Block]:
        """The paragraphs of a block that the extraction printed without a
        blank line between them: a line that ends a sentence, then a speaker
        label ("The draft decision was adopted." / "The President: May I
        ...") or an agenda item heading ("... A/53/835." / "Agenda item 113
        (continued)"). Only labels that name a role, an honorific or a title
        cut a block: "Article 5 (a): ..." in a quoted text does not."""
        parts: list[_Block] = []
        lines: list[tuple[int, str]] = []
        for index, (number, raw) in enumerate(block.lines):
            if lines and ends_sentence(lines[-1][1]) and self._opens_paragraph(block.lines[index:]):
                parts.append(_Block(lines[0][0], lines))
                lines = []
            lines.append((number, raw))
        parts.append(_Block(lines[0][0], lines))
        return parts

    def _opens_paragraph(self, lines: list[tuple[int, str]]) -> bool:
        first = lines[0][1].strip()
        if self.wording.agenda_item.match(first) and not ends_sentence(first):
            return True
        # a label may be wrapped over the next lines
        label = self._speaker(join_record_lines([raw for _number, raw in lines[:LABEL_LINES]]))
        return label is not None and label.strong

    def _chair_delegation(self, probe: str) -> str:
        """The delegation named in a "took the Chair" line: the first bracket
        that is not a citation."""
        for match in PAREN_RE.finditer(probe):
            inner = match.group("inner").strip()
            if inner and not re.search(r"\d|/", inner) and not _spoken_language(inner):
                return inner
        return ""

    def _presidents_delegation(self) -> str:
        president = next((a for a in self.meeting.attendance if a.role == "president"), None)
        return president.delegation if president else ""

    def _take_chair(self, probe: str) -> None:
        """A "took the Chair" line: a Vice-President presides, unless the
        line is the President's ("The President took the Chair.") or its
        bracket names the President's own delegation (the President back)."""
        folded = probe.casefold()
        if any(
            folded.startswith(label + " ")
            for label, role in _ROLES[self.language].items()
            if role == "President"
        ):
            self.chair = None
            return
        delegation = self._chair_delegation(probe)
        presidents = self._presidents_delegation()
        self.chair = None if delegation and delegation == presidents else delegation

    def _chair_of(self, role: str) -> str:
        """The delegation of whoever speaks as ``role`` from the Chair: "The
        President" is the President, or the Vice-President presiding; "The
        Acting President" is always a Vice-President."""
        if role == "President":
            return self._presidents_delegation() if self.chair is None else self.chair
        if role == "Acting President":
            return self.chair or ""
        return ""

    def _is_vote_list(self, probe: str) -> bool:
        """The names under a vote label: "Argentina, Australia, ..." or
        "None", continued after a page break."""
        if not self.paragraphs or self.paragraphs[-1].anchor not in self.vote_anchors:
            return False
        items = [item.strip() for item in VOTE_LIST_SPLIT_RE.split(probe) if item.strip()]
        return bool(items) and all(
            len(item) <= 60 and not SENTENCE_INSIDE_RE.search(item) for item in items
        )

    def _is_stage_direction(self, probe: str, *, in_turn: bool) -> bool:
        """A procedural line ("The draft decision was adopted.", "It was so
        decided."). Stage directions are one sentence each: inside a turn, a
        block whose next sentence is not one too is the speaker's ("The
        draft decision was adopted by the Committee without a vote. May I
        take it ...?")."""
        if not self.wording.procedural.match(probe):
            return False
        rest = first_sentence(probe)[1]
        return not (in_turn and rest) or self._is_stage_direction(rest, in_turn=True)

    def _is_body_heading(self, probe: str, *, in_turn: bool) -> bool:
        """A heading of the body: an agenda item ("Agenda item 8
        (continued)"), an address, the titles under an agenda item heading
        ("Scale of assessments ... (A/49/838/Add.3)"), or, where no one
        speaks, a line that is no sentence ("Tribute to the memory of Mr.
        Abdul Rahman Pazhwâk")."""
        if not probe or len(probe) > HEADING_LENGTH or ends_sentence(probe):
            return False
        wording = self.wording
        if wording.agenda_item.match(probe) or wording.body_heading.match(probe):
            return True
        last = self.paragraphs[-1] if self.paragraphs else None
        if last is not None and last.kind == "heading" and last.anchor.startswith("h-"):
            return self.in_body
        return not in_turn and not first_sentence(probe)[1]

    def _end_turn(self) -> None:
        """The turn being read ends (another label, the opening or closing
        line, a vote label, the end of the text): a label still waiting for
        its speech had none. (A stage direction or a heading never comes
        while a label waits: the first text under a label is its speech.)"""
        if self.lone_label is not None:
            self._keep_label_without_speech(self.lone_label)
            self.lone_label = None

    def _keep_label_without_speech(self, label: _LoneLabel) -> None:
        """A speaker label with no speech after it: "The President:" at the
        end of the text, or right before the next label.

        It is no turn: a turn is what someone said, and the model has no
        turn without paragraphs, so it takes no number and the turns after
        it are numbered without a gap. Nor is it given to the next turn:
        that would put this speaker's name on another speaker's words, and
        aligned versions would pair different speakers. It is not dropped
        either: it is printed text (all that is left of a page lost in
        extraction, say), so it stays where it was printed, as an ``other``
        paragraph with no speaker (as text before any speaker line does),
        and LABEL_WITHOUT_SPEECH names its line for the curator."""
        self._paragraph("other", self._anchor("p"), label.text, label.line)
        self.paragraphs.insert(label.position, self.paragraphs.pop())
        self.warnings.append(
            LABEL_WITHOUT_SPEECH.format(line=label.line, text=parse_inline(label.text)[0].strip())
        )

    def read_body(self, blocks: list[_Block]) -> None:
        wording = self.wording
        turn = 0
        turn_paragraphs = 0
        current: SpeakerData | None = None
        national = False
        agenda = {_normalised(item) for item in self.meeting.agenda}
        self.in_body = True
        for block in blocks:
            text = block.text
            probe = parse_inline(text)[0].strip()
            if wording.opening.search(probe) and len(probe) < 120:
                self.meeting.opened_at = self.meeting.opened_at or read_time(probe, wording)
                if not self.meeting.opened_at:
                    self.warnings.append(UNREADABLE_TIME.format(line=block.line, text=probe))
                self._end_turn()
                self._paragraph("procedural", self._anchor("proc"), text, block.line)
                current = None
                continue
            if wording.closing.search(probe) and len(probe) < 120:
                self.meeting.closed_at = read_time(probe, wording)
                if not self.meeting.closed_at:
                    self.warnings.append(UNREADABLE_TIME.format(line=block.line, text=probe))
                self._end_turn()
                self._paragraph("procedural", self._anchor("proc"), text, block.line)
                current = None
                continue
            if wording.record_note.search(probe):
                # the note on translations, printed at the foot of page 1
                self._paragraph("other", self._anchor("p"), text, block.line)
                continue
            speaker = self._speaker(text)
            if speaker is None:
                if wording.vote_label.match(probe):
                    self._end_turn()
                    paragraph = self._paragraph(
                        "procedural", self._anchor("proc"), text, block.line
                    )
                    self.vote_anchors.add(paragraph.anchor)
                    current = None
                    continue
                # the first text under a label printed alone is its speech: not
                # the turn or vote list before the label, not a stage direction
                # ("The President:" / "The draft resolution has been adopted
                # unanimously ..."), not a heading (a sentence cut by a page break)
                speech_due = self.lone_label is not None
                if not speech_due and self._is_vote_list(probe):
                    self._extend_last(text)
                    continue
                note = LANGUAGE_NOTE_RE.match(probe)
                spoken = _spoken_language(note.group("inner")) if note else ""
                if spoken:
                    # "(spoke in Arabic)": the speaker goes on in another language
                    if current is not None:
                        current = replace(current, language=spoken)
                    self._paragraph("procedural", self._anchor("proc"), text, block.line)
                    continue
                if current is not None and not speech_due and self._continues(probe):
                    self._extend_last(text)
                    continue
                in_turn = current is not None
                stage_direction = not speech_due and self._is_stage_direction(
                    probe, in_turn=in_turn
                )
                if stage_direction and wording.chair_resumed.match(probe):
                    self.chair = None
                elif stage_direction and wording.chair_taken.match(probe):
                    self._take_chair(probe)
                if stage_direction or (not speech_due and _normalised(probe) in agenda):
                    self._paragraph("procedural", self._anchor("proc"), text, block.line)
                    current = None
                    continue
                if not speech_due and self._is_body_heading(probe, in_turn=in_turn):
                    self._paragraph("heading", self._anchor("h"), text, block.line)
                    current = None
                    continue
            else:
                self._end_turn()
                turn_paragraphs = 0
                national = False
                # the chair prints no delegation: it is the presiding officer's
                delegation = speaker.delegation or self._chair_of(speaker.role)
                # the number is the turn's once its first paragraph of speech comes
                current = SpeakerData(
                    turn + 1, speaker.name, speaker.role, delegation, speaker.language
                )
                if not speaker.rest.strip():
                    # the speaker line stands alone; text follows, or not
                    self.lone_label = _LoneLabel(block.line, text, len(self.paragraphs))
                    continue
                text = speaker.rest
            if current is None:
                self.warnings.append(TEXT_BEFORE_SPEAKER.format(line=block.line, text=probe[:60]))
                self._paragraph("other", self._anchor("p"), text, block.line)
                continue
            self.lone_label = None
            turn = current.turn
            turn_paragraphs += 1
            anchor = f"turn-{turn}" if turn_paragraphs == 1 else f"turn-{turn}-{turn_paragraphs}"
            plain = parse_inline(text)[0]
            is_president = current.role in ("President", "Acting President")
            resumes = is_president and wording.resume_presidency.search(plain)
            if resumes:
                national = False
            self._paragraph(
                "speaker_turn",
                anchor,
                text,
                block.line,
                speaker=replace(current, national_capacity=national),
            )
            if is_president and not resumes and wording.national_capacity.search(plain):
                national = True
        self._end_turn()
        if not self.meeting.opened_at and not any(
            w.startswith(NO_OPENING[:10]) for w in self.warnings
        ):
            self.warnings.append(NO_OPENING)
        if not self.meeting.closed_at:
            self.warnings.append(NO_CLOSING)
        if turn == 0:
            self.warnings.append(NO_SPEAKERS)

    def read_notice(self, blocks: list[_Block]) -> None:
        """The text of a corrections notice: headings ("ANNEX", "Resolution
        48/23") and paragraphs; no meeting frame, so no warnings about one."""
        for block in blocks:
            probe = parse_inline(block.text)[0].strip()
            if ends_sentence(probe) or first_sentence(probe)[1]:
                self._paragraph("other", self._anchor("p"), block.text, block.line)
            else:
                self._paragraph("heading", self._anchor("h"), block.text, block.line)

    def _continues(self, probe: str) -> bool:
        """The block continues the last paragraph, cut by a page break."""
        if not self.paragraphs or self.paragraphs[-1].kind != "speaker_turn":
            return False
        last = self.paragraphs[-1].text.rstrip()
        return bool(last) and last[-1] not in CLOSING_PUNCTUATION and bool(probe)

    def _extend_last(self, source: str) -> None:
        """Join ``source`` to the last paragraph (same rules as line joining)."""
        last = self.paragraphs.pop()
        joined = join_lines([last.text, source])
        plain, spans = parse_inline(joined)
        references = find_references(plain, self.language)
        last.text = plain
        last.references = references
        last.html = render_html(plain, spans, (), references)
        self.paragraphs.append(last)


def _body_start(blocks: list[_Block], parser: _RecordParser) -> int | None:
    """Index of the block that opens the meeting, or of the first speaker
    line when no opening line is printed."""
    for index, block in enumerate(blocks):
        probe = parse_inline(block.text)[0].strip()
        if parser.wording.opening.search(probe) and len(probe) < 120:
            return index
    wording = parser.wording
    for index, block in enumerate(blocks):
        first = block.lines[0][1].strip()
        is_attendance = (
            wording.president_label.match(first) or wording.members_label.match(first)
        ) and LEADER_RE.search(first)
        if not is_attendance and parser._speaker(block.text) is not None:
            return index  # "主席： 马梅德亚罗夫先生..... (阿塞拜疆)" labels a seat
    return None


def is_corrections_notice(text: str, language: str) -> bool:
    """A corrigendum to a record, not a record: its symbol ends in
    "/Corr.1", or its header has a line of its own saying "Corrigendum"."""
    if "/Corr." in (read_record_symbol(text) or ""):
        return True
    corrigendum = RECORD_WORDING[language].corrigendum
    head = [line.strip() for line in text.splitlines()[:HEADER_LINES]]
    return any(corrigendum.match(line) for line in head if line)


def _notice_start(blocks: list[_Block], wording: RecordWording) -> int:
    """Index of the first block after the "Corrigendum" line (0 when none is
    printed: then the whole text is the notice)."""
    for index, block in enumerate(blocks):
        if any(wording.corrigendum.match(raw.strip()) for _number, raw in block.lines):
            return index + 1
    return 0


def parse_record(text: str, *, language: str) -> RecordParse:
    """Parse one verbatim record or corrections notice (see the module
    docstring)."""
    parser = _RecordParser(text, language)
    blocks = [part for block in _blocks(text, language) for part in parser.split_glued(block)]
    notice = is_corrections_notice(text, language)
    if notice:
        start = _notice_start(blocks, parser.wording)
        parser.read_header(blocks[:start])
        parser.read_notice(blocks[start:])
    else:
        start = _body_start(blocks, parser)
        if start is None:
            start = len(blocks)
        parser.read_header(blocks[:start])
        if start < len(blocks) and not parser.wording.opening.search(
            parse_inline(blocks[start].text)[0]
        ):
            parser.warnings.append(NO_OPENING)
        parser.read_body(blocks[start:])
    meeting = parser.meeting
    symbol = read_record_symbol(text) or ""
    if not meeting.body and symbol:
        meeting.body = "SC" if symbol.startswith("S/") else "GA"
    title = meeting.agenda[0] if meeting.agenda else ""
    return RecordParse(
        symbol=symbol,
        title=title,
        date=meeting.date,
        body=meeting.body,
        kind="other" if notice else "verbatim_record",
        paragraphs=parser.paragraphs,
        footnotes=[],
        meeting=meeting,
        warnings=parser.warnings,
    )
