"""Stage 2: clean the decoded text, and later re-join split paragraphs.

``normalise_lines`` reads: the decoded text. Produces: ``Line`` objects
(1-based source line numbers kept) with line endings unified, odd spaces
made plain, and page furniture blanked: job numbers ("20-15553 (E)"),
alone or with the page number beside them ("07-28243 2", "3 06-67208",
or "2" on a line of its own next to "07-36214" when it is that foot's
page and no label's value or footnote mark), page counters ("2/6",
"Page 3", "第 3 页"), running symbol headers ("A/RES/75/16"), bar codes,
a date alone on its line beside that furniture ("29/10/2013" at a
record's page head; elsewhere a date alone is text, a table's cell); a
separator line (a long run of spaces or underscores, printed above PDF
footnotes) is flagged; a library catalogue's record about the document
("Document symbol: S/PRST/2001/15" and the "Label: value" lines around
it) is blanked.

``unfold_run_together`` reads: those lines and the document's ``Language``.
Produces: the same lines, with a line that holds a whole resolution (OCR of
a printed collection) cut into its paragraphs, parted by blank lines.

``join_split_paragraphs`` reads: the blocks made by ``segment``. Produces:
the same blocks with a paragraph that a page break or a footnote area cut
in two made whole again; footnote blocks move after the joined paragraph.
A block continues the one before when the first part has no closing
punctuation, or when it starts in lower case after a comma; headers before
the running text (which starts at the first punctuated block) are left alone.

Markdown-like inline markup is read later, per paragraph, by ``markup``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import punctuation
from .languages import LANGUAGES, PARAGRAPH_END, find_date
from .lone_numbers import after_label, footnotes_printed_before, is_text
from .markup import parse_inline
from .symbols import SYMBOL


@dataclass
class Line:
    number: int
    text: str
    furniture: bool = False  # page header/footer removed here
    separator: bool = False  # a footnote separator rule
    date_stamp: bool = False  # furniture that was a date alone beside other furniture


LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0c")
ODD_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": "    "})

_page_words = sorted({w for lang in LANGUAGES.values() for w in lang.page_labels}, key=len)
_recycle_words = sorted(
    {w for lang in LANGUAGES.values() for w in lang.recycle_notes}, key=len, reverse=True
)
PAGE_FURNITURE = re.compile(
    r"""^\s*(?:
        (?:\d{1,3}\s*/\s*\d{1,3}\s+)?                      # a page counter before or
        (?:\([A-Z]\)\s*)?                                  # ("(A) 07-47310": mirrored)
        \d{2}-\d{4,6}(?:\s*\([A-Z]\))?                      # after the job number,
        (?:\s+\d{6}){0,2}(?:\s+\*\d{7,}\*)?                # its date stamps before or
        (?:\s+\d{6}){0,2}(?:\s*/\.{3})?                   # after its bar code (2007:
                                                           # "07-47310 (E) 101007
                                                           # *0747310*"), 1990s ones and
                                                           # "continued": "98-14878 (S)
                                                           # 290598 290598 /..."
        (?:\s+\d{1,3}\s*/\s*\d{1,3})?                      # "20-15790      1/8"
      | \d{2}-\d{5}(?:\s*\([A-Z]\))?\s+\d{1,3}              # the job number and the
      | \d{1,3}\s+\d{2}-\d{5}(?:\s*\([A-Z]\))?              # bare page number, either
                                                           # side (2006-2007 pages):
                                                           # "07-28243 2", "3 06-67208"
      | \*\d{7,}\*                                         # bar code: *2015553*
      | \d{1,3}\s*/\s*\d{1,3}                              # page counter: 2/6
      | (?:"""
    + "|".join(re.escape(w) for w in _page_words)
    + r""")\s*\d{1,3}                                     # Page 3, الصفحة 3
      | 第\s*\d{1,3}\s*页                                   # 第 3 页
      | (?:\d{1,3}/\d{1,3}\s+)?                            # running header, with or
        (?:"""
    + SYMBOL
    + r""")                                               # without its page counter:
        (?:\s+\d{1,3}/\d{1,3})?                            # A/RES/75/16 2/6, S/RES/2532
                                                           # (2020) (never a full stop:
                                                           # "A/75/345." is text)
      | \S.{0,160}?\s{3,}(?:"""
    + SYMBOL
    + r""")                                               # running title and symbol
      | (?:"""
    + SYMBOL
    + r""")\s{3,}\S.{0,160}                                # on one line, in columns
      | ♲?\s*(?:"""
    + "|".join(re.escape(w) for w in _recycle_words)
    + r""")\s*♲?                                         # Please recycle ♲
      | ♲
    )\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# a numeric date alone on its line: "29/10/2013", "2024/20/04". Page
# furniture only beside other furniture (``blank_dates_beside_furniture``):
# a table printed one cell per line has dates alone on their lines too
DATE_STAMP = re.compile(
    r"""^\s*(?:
        (?:19|20)\d\d/\d{1,2}/\d{1,2}       # 2024/20/04
      | \d{1,2}/\d{1,2}/(?:19|20)\d\d       # 29/10/2013
    )\s*$""",
    re.VERBOSE,
)
# a job number alone on its line, without the "(E)" of page 1's (which
# prints no page number): "07-36214"
BARE_JOB_NUMBER = re.compile(r"^\s*\d{2}-\d{5}\s*$")
# a page number alone on its line: "2"
LONE_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
# a job number anywhere in a furniture line: every page prints one
JOB_NUMBER = re.compile(r"(?<![\d-])\d{2}-\d{5}(?![\d-])")
# page 1's foot: the job number with the language it was typed in and no
# page number, its bar code or date stamps aside: "07-36214 (E)",
# "07-36214 (E) *0736214*", "07-47310 (E) 101007 *0747310*",
# "98-14878 (S) 290598 290598", "(A) 07-36214"
FIRST_PAGE_FOOT = re.compile(
    r"""^\s*(?:\d{2}-\d{5}\s*\([A-Z]\)   # 07-36214 (E)
        |\([A-Z]\)\s*\d{2}-\d{5})          # (A) 07-36214, mirrored
        (?:\s+\d{6}){0,2}                 # 101007 (a date stamp before
        (?:\s+\*\d{7,}\*)?              # *0736214*     or after the bar code)
        (?:\s+\d{6}){0,2}\s*$             # 290598 290598""",
    re.VERBOSE | re.IGNORECASE,
)
_catalogue_labels = sorted(
    {label for lang in LANGUAGES.values() for label in lang.catalogue_labels}, key=len, reverse=True
)
# a library catalogue's or web page's line naming the document's symbol:
# "Document symbol: S/PRST/2001/15", "CôteS/RES/1 (1946)", "文号：S/RES/2446(2018)"
CATALOGUE_LINE = re.compile(
    r"^\s*(?:" + "|".join(re.escape(label) for label in _catalogue_labels) + r")\s*[:：]?\s*"
    r"(?P<symbol>\S.*?)\s*$"
)
# a catalogue's other fields beside it: "Document Type: ...", "Publication Date: 30/05/2001"
SYMBOL_VALUE = re.compile(SYMBOL, re.VERBOSE)
CATALOGUE_FIELD = re.compile(r"^\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s?[:：]\s*\S")

# the rule above PDF footnotes: a long run of spaces, or underscores
SEPARATOR = re.compile(r"^(?:[ \u3000]{20,}|\s*_{5,}\s*|\s*-{3,}\s*)$")
# the rule as some extractions print it, glued to the end of the last line
# of text above the footnotes: "... regional and international ---"
TRAILING_SEPARATOR = re.compile(r"\s+(?:-{3,}|_{5,})\s*$")
# YAML front matter some extraction tools put before the text: "---" lines
FRONT_MATTER_FENCE = re.compile(r"^---\s*$")
FRONT_MATTER_MAX_LINES = 60
# lines that may make up a running title between two pieces of page
# furniture (symbol header above, job number or page counter below)
RUNNING_TITLE_MAX_LINES = 4
RUNNING_TITLE_REPEAT_LINES = 2  # a repeated title sits right beside the furniture
RUNNING_TITLE_MAX_LENGTH = 160
RUNNING_TITLE_MIN_LENGTH = 8
# a repeated line is a running title when printed at more than this share
# of the page breaks (most pages print it), and at this share and this many
# breaks whatever its neighbours (the title glued to the page's text by an
# extraction)
RUNNING_TITLE_MIN_SHARE = 1 / 2
RUNNING_TITLE_SURE_SHARE = 3 / 4
RUNNING_TITLE_SURE_BREAKS = 3
SENTENCE_END = punctuation.SENTENCE_END
CONNECTORS = frozenset(word.casefold() for lang in LANGUAGES.values() for word in lang.connectors)
LICENCE_NOTES = tuple(
    note.casefold() for lang in LANGUAGES.values() for note in lang.licence_notes
)
# what ends a sentence for good: a colon or a comma leads on
CLOSED_SENTENCE = (
    punctuation.FULL_STOPS + punctuation.SEMICOLONS + punctuation.QUESTIONS_AND_EXCLAMATIONS
)


def normalise_lines(text: str) -> list[Line]:
    """Split ``text`` into numbered, cleaned lines (see module docstring)."""
    result = []
    raw_lines = LINE_BREAK.split(text)
    front_matter = _front_matter_length(raw_lines)
    for number, raw in enumerate(raw_lines, start=1):
        if number <= front_matter:
            result.append(Line(number, ""))
            continue
        if SEPARATOR.match(raw):
            result.append(Line(number, "", separator=True))
            continue
        line = raw.translate(ODD_SPACES).rstrip()
        if line.strip() and PAGE_FURNITURE.match(line):
            result.append(Line(number, "", furniture=True))
            continue
        rule = TRAILING_SEPARATOR.search(line)
        if rule and line[: rule.start()].strip():
            result.append(Line(number, line[: rule.start()]))
            result.append(Line(number, "", separator=True))
            continue
        result.append(Line(number, line))
    result = blank_dates_beside_furniture(result)
    return blank_catalogue_records(
        blank_running_titles(
            blank_page_numbers_beside_job_numbers(remove_margin(result), raw_lines)
        )
    )


def blank_dates_beside_furniture(lines: list[Line]) -> list[Line]:
    """Blank a numeric date alone on its line ("29/10/2013") that sits beside
    page furniture, blank lines aside: a record's running-header date cut
    from "S/PV.7051 Women and peace and security 29/10/2013" at the head of
    a page, beside the job number, the page counter or the symbol header.
    Only furniture of its own line's shape counts (a job number, a symbol
    header, a page counter, a bar code), never another date: a table
    printed one cell per line ("Argentina" / "01/02/2003" / "Brazil" /
    "29/10/2013") keeps every date, and a date printed alone at the end of
    a web copy stays too (nothing tells it from a cell; a stray date is
    seen by a reader, a lost one is not). A header date is the meeting's,
    printed at every page head: a date is blanked only when the same date
    stands beside furniture at two page breaks at least, so the cell of a
    table that happens to end or open a page stays. Blanked dates are
    marked ``date_stamp``: they never make the lines beside them a running
    title by themselves (``_lines_between_furniture``)."""
    beside: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if line.furniture or not DATE_STAMP.match(line.text):
            continue
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(lines) and _is_blank(lines[other]):
                other += step
            if 0 <= other < len(lines) and lines[other].furniture:
                beside.setdefault(line.text.strip(), []).append(index)
                break
    result = list(lines)
    for indexes in beside.values():
        if len(indexes) >= 2:  # a running header's date, not a cell
            for index in indexes:
                result[index] = Line(lines[index].number, "", furniture=True, date_stamp=True)
    return result


def drop_licence_footer(blocks: list) -> list:
    """Drop a web library's licence footer: the block that opens with its
    licence note ("本作品来自联合国官方文件。此组织之政策...", "Este
    trabajo está extraído de un documento oficial de las Naciones Unidas";
    ``Language.licence_notes``) and every block after it. Its own numbered
    list ("  1. 官方纪录...") would otherwise read as paragraphs of the
    document. Only a block that opens with the note: a document quoting
    those words inside a paragraph keeps them. Run on blocks, after
    segmentation, so the footer's lines still count when the layout is
    judged (as they did before the footer was known)."""
    for index, block in enumerate(blocks):
        if block.text.strip().casefold().startswith(LICENCE_NOTES):
            return blocks[:index]
    return blocks


def blank_page_numbers_beside_job_numbers(lines: list[Line], raw_lines: list[str]) -> list[Line]:
    """Blank the page number an extraction put on a line of its own beside
    the job number printed on the same foot of the page: "07-36214" / "2"
    (2006-2007 pages print "2 ... 07-36214" on one line, which reading-order
    extractions may cut in two). A number there is just as often the
    text's own: a vote count ("Against:" / "2"), a table's cell, a footnote
    mark alone on its line. So it goes only when all of these hold:
    - the job number is printed alone (page 1's, with its "(E)", prints no
      page number);
    - exactly one of its neighbours (blank lines aside) is a bare number:
      with a number on both sides nothing says which one the page printed;
    - the number is the page that job number is printed on
      (``_pages_of_feet``), not just any page of the text;
    - it does not follow a label (the text line before it, furniture
      aside, ends with a colon: "Against:", "反对：");
    - it is not the footnote mark expected next (one more than the highest
      footnote number printed above it, ``footnotes_printed_before``).
    A page number left in the text is seen by a reader; a lost count or
    mark is not. ``raw_lines`` are the source lines, by line number less
    one (furniture lines are already blank in ``lines``)."""
    result = list(lines)
    pages = _pages_of_feet(lines, raw_lines)
    footnotes = footnotes_printed_before(lines)
    for index, page in pages.items():
        if not BARE_JOB_NUMBER.match(raw_lines[lines[index].number - 1]):
            continue
        numbers = []
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(lines) and _is_blank(lines[other]):
                other += step
            if 0 <= other < len(lines) and LONE_PAGE_NUMBER.match(lines[other].text):
                numbers.append(other)
        if len(numbers) != 1:
            continue
        number = numbers[0]
        value = int(lines[number].text)
        if value == page and value != footnotes[number] + 1 and not after_label(lines, number):
            result[number] = Line(lines[number].number, "", furniture=True)
    return result


def _pages_of_feet(lines: list[Line], raw_lines: list[str]) -> dict[int, int]:
    """The page each job number is printed on, by index of its furniture
    line. UN PDFs print one job number a page: page 1 with the language it
    was typed in and no page number ("07-36214 (E)", with its bar code),
    every later page without it, beside its page number. So when the first
    job number of the text is page 1's, the k-th is on page k; when it is
    not (page 1's was glued to the masthead's text, or the text starts
    later), the k-th is on page k + 1. A foot lost on the way makes the
    pages after it one more than counted: their page numbers stay in the
    text rather than a number of the text going."""
    feet = [
        index for index, ln in enumerate(lines)
        if ln.furniture and JOB_NUMBER.search(raw_lines[ln.number - 1])
    ]
    first_page = bool(feet) and FIRST_PAGE_FOOT.match(raw_lines[lines[feet[0]].number - 1])
    offset = 0 if first_page else 1
    return {index: k + offset for k, index in enumerate(feet, start=1)}


def _is_blank(line: Line) -> bool:
    return not line.text.strip() and not (line.furniture or line.separator)


def blank_catalogue_records(lines: list[Line]) -> list[Line]:
    """Blank the record a library catalogue or a web page prints about the
    document ("Document symbol: S/PRST/2001/15" with the fields around it,
    "Document Type: ...", "Publication Date: ..."): it is not the document's
    text. Only a run of "Label: value" lines holding a symbol line is one,
    so a paragraph ending with a colon is never taken. Detection reads the
    symbol from the raw text (``detect.catalogue_symbol``)."""
    result = list(lines)
    for index, ln in enumerate(lines):
        labelled = CATALOGUE_LINE.match(ln.text)
        if not (labelled and SYMBOL_VALUE.fullmatch(labelled.group("symbol"))):
            continue
        run = [index]
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(lines) and CATALOGUE_FIELD.match(lines[other].text):
                run.append(other)
                other += step
        for other in run:
            result[other] = replace(lines[other], text="")
    return result


def remove_margin(lines: list[Line]) -> list[Line]:
    """Take away the left margin every line shares (``pdftotext -layout``
    prints the page's margin as spaces), so that a paragraph's indented
    first line stands out from the lines that continue it. The margin is
    the indentation most text lines have, and no line loses more than its
    own leading spaces."""
    widths = [len(ln.text) - len(ln.text.lstrip(" ")) for ln in lines if ln.text.strip()]
    if not widths:
        return lines
    margin = max(set(widths), key=widths.count)
    if margin == 0 or widths.count(margin) < len(widths) // 2:
        return lines
    result = []
    for ln in lines:
        lead = len(ln.text) - len(ln.text.lstrip(" "))
        result.append(replace(ln, text=ln.text[min(lead, margin) :]) if ln.text.strip() else ln)
    return result


def _front_matter_length(raw_lines: list[str]) -> int:
    """How many lines a leading YAML front matter ("---" ... "---") takes: 0
    when there is none. It is the extraction tool's metadata, not UN text."""
    if not raw_lines or not FRONT_MATTER_FENCE.match(raw_lines[0].lstrip("\ufeff")):
        return 0
    for index in range(1, min(len(raw_lines), FRONT_MATTER_MAX_LINES)):
        if FRONT_MATTER_FENCE.match(raw_lines[index]):
            return index + 1
    return 0


def blank_running_titles(lines: list[Line]) -> list[Line]:
    """Blank the running title that PDF pages print beside their furniture:
    "A/RES/80/9" / "2025 Political Declaration on ..." / "25-19346" / "4/8"
    on even pages, the title first on odd ones. A line is such a title
    when, once the running text has begun (the first page's header holds
    the date and the session and stays):
    - it is one of at most a few short lines without a sentence end between
      two pieces of furniture, or
    - it is a repeated title (``_repeated_titles``): the same line printed
      next to the furniture of several page breaks, set apart from the
      text of the page."""
    for index in _repeated_titles(lines) | _lines_between_furniture(lines):
        lines[index] = Line(lines[index].number, "", furniture=True)
    return lines


def _repeated_titles(lines: list[Line]) -> set[int]:
    """The lines printed next to page furniture that are a running title,
    not text that happens to open or close two pages alike.

    A real line of text may repeat: two turns of S/PV.3800 open "There were
    15 votes in favour. The", and a page break may fall before each. What a
    running title has and such a line has not:
    - it is printed at most page breaks (more than half,
      ``RUNNING_TITLE_MIN_SHARE``, and two at least): a line at two page
      breaks of four is text;
    - it stands apart at each of them: the lines beside it, away from the
      furniture, are a blank line, more furniture, the other lines of the
      title, or the end of a sentence; text runs on into a line of the
      page ("... The" / "draft resolution has been adopted ...") or follows
      a line that does not end ("... Northern Ireland," / "United States of
      America").
    A line printed at nearly every page break, and at three at least
    (``RUNNING_TITLE_SURE_SHARE``, ``RUNNING_TITLE_SURE_BREAKS``), is a title
    even where an extraction left no blank line between it and the page's
    text: chance does not put a line of text there. At two page breaks
    such a line is kept: a title glued to the text of a three-page document
    (no blank line anywhere) stays in the text, where a reader sees it,
    rather than text being lost where nobody does."""
    near = _lines_near_furniture(lines)
    keys = {index: lines[index].text.strip() for index in near}
    breaks: dict[str, set[int]] = {}
    for index, page_break in near.items():
        breaks.setdefault(keys[index], set()).add(page_break)
    candidates = {
        index for index, key in keys.items()
        if len(breaks[key]) > 1
        and len(key) >= RUNNING_TITLE_MIN_LENGTH
        and not NUMBERED_START.match(lines[index].text)
        and not _ends_sentence(key)  # "wishes to do the same?"
    }
    glued = {keys[index] for index in candidates if _runs_into_text(lines, index, candidates)}
    pages = _page_breaks_with_text(lines)
    found = set()
    for index in candidates:
        printed = len(breaks[keys[index]])
        share = printed / max(pages, 1)
        if keys[index] in glued:
            if printed >= RUNNING_TITLE_SURE_BREAKS and share >= RUNNING_TITLE_SURE_SHARE:
                found.add(index)
        elif share > RUNNING_TITLE_MIN_SHARE:
            found.add(index)
    return found


def _runs_into_text(lines: list[Line], index: int, title: set[int]) -> bool:
    """Whether the line at ``index``, with the ``title`` lines printed
    right beside it, is joined to the page's text: the line after them is
    text (no blank line, no furniture between), the last of them ends on a
    connector, or the line before them is text without a sentence end."""
    after = index
    while after + 1 in title:
        after += 1
    before = index
    while before - 1 in title:
        before -= 1
    if after + 1 < len(lines) and is_text(lines[after + 1]):
        return True
    if _ends_on_connector(lines[after].text):
        return True
    if before > 0 and is_text(lines[before - 1]):
        return not _ends_sentence(lines[before - 1].text)
    return False


def _ends_on_connector(text: str) -> bool:
    """Whether a line ends on a word no sentence or title ends on ("... in
    favour. The", "... conservation and"), in any language's table (words
    parted by spaces only: a Chinese line never matches)."""
    words = text.split()
    return bool(words) and words[-1].casefold() in CONNECTORS


def _ends_sentence(text: str) -> bool:
    """Whether a line closes its sentence, footnote marks and closing
    quotes aside ("... the Agenda.12", "... “Seven-Plus-One”."); after a
    colon or a comma the text goes on."""
    end = TRAILING_MARKS.sub("", text.rstrip()).rstrip().rstrip(punctuation.CLOSING_QUOTES)
    return end[-1:] in CLOSED_SENTENCE


def _ends_like_running_text(line: Line) -> bool:
    return line.text.rstrip()[-1:] in RUNNING_TEXT_END


def _page_break_groups(lines: list[Line]) -> dict[int, int]:
    """The furniture lines from ``_running_text_starts`` on, each with the
    number of its page break: furniture lines with at most a running
    title's few lines between them (the foot of one page and the head of
    the next) make one page break."""
    groups: dict[int, int] = {}
    group, last, text_between = -1, None, 0
    for index in range(_running_text_starts(lines), len(lines)):
        line = lines[index]
        if line.furniture:
            if last is None or text_between > RUNNING_TITLE_MAX_LINES:
                group += 1
            groups[index], last, text_between = group, index, 0
        elif is_text(line) or line.separator:
            text_between += 1
    return groups


def _page_breaks_with_text(lines: list[Line]) -> int:
    """How many page breaks the text has: furniture after the first line of
    running text (the first page's masthead is no page break) with text
    after it (the foot of the last page, with nothing below, prints no
    running title)."""
    running = (i for i, ln in enumerate(lines) if is_text(ln) and _ends_like_running_text(ln))
    first = next(running, len(lines))
    last = max((i for i, ln in enumerate(lines) if is_text(ln)), default=-1)
    groups = _page_break_groups(lines)
    return len({group for index, group in groups.items() if first < index < last})


def _short_title_line(line: Line) -> bool:
    text = line.text.strip()
    return len(text) <= RUNNING_TITLE_MAX_LENGTH and text[-1] not in SENTENCE_END


def _running_text_starts(lines: list[Line]) -> int:
    """Index of the first line that ends like running text ("The General
    Assembly,"): the first page's header lies before it. An empty line
    counts too (its empty end is found in any string), so in practice this
    is the first empty line, and the rules that start here see most of the
    first page's header ("Distr.: General" between the symbol and the job
    number is blanked as a title); ``_page_breaks_with_text`` reads the
    first line of running text itself."""
    for index, line in enumerate(lines):
        if line.text.rstrip()[-1:] in RUNNING_TEXT_END:
            return index
    return len(lines)


def _lines_between_furniture(lines: list[Line]) -> set[int]:
    """The few short lines between two pieces of furniture: a running
    title. A date taken for furniture (``date_stamp``) neither opens nor
    closes such a run: it is passed over like a blank line, so a date
    never by itself makes its neighbours a title."""
    found: set[int] = set()
    start = _running_text_starts(lines)
    index = start
    while index < len(lines):
        if not _bounds_a_title(lines[index]):
            index += 1
            continue
        between, following = [], index + 1
        while following < len(lines) and not _bounds_a_title(lines[following]):
            if lines[following].separator or len(between) > RUNNING_TITLE_MAX_LINES:
                break
            if lines[following].text.strip():
                between.append(following)
            following += 1
        closed = following < len(lines) and _bounds_a_title(lines[following])
        # a running title has the page's text below it; the closing line
        # alone on the last page has none ("30th plenary meeting")
        text_below = any(ln.text.strip() for ln in lines[following:])
        if closed and text_below and between and len(between) <= RUNNING_TITLE_MAX_LINES and all(
            _short_title_line(lines[i]) for i in between
        ):
            found.update(between)
        index = following if closed else index + 1
    return found


def _bounds_a_title(line: Line) -> bool:
    return line.furniture and not line.date_stamp


def _lines_near_furniture(lines: list[Line]) -> dict[int, int]:
    """Short text lines within a few text lines of a piece of furniture,
    each with the page break it sits at (``_page_break_groups``)."""
    near: dict[int, int] = {}
    for index, page_break in _page_break_groups(lines).items():
        for step in (-1, 1):
            position, taken = index + step, 0
            while 0 <= position < len(lines) and taken < RUNNING_TITLE_REPEAT_LINES:
                line = lines[position]
                if line.separator or line.furniture:
                    break
                if line.text.strip():
                    if not _short_title_line(line):
                        break
                    near.setdefault(position, page_break)
                    taken += 1
                position += step
    return dict(sorted(near.items()))


def probe(source: str) -> str:
    """The plain text of a block for rule matching: markup and stray
    asterisks removed."""
    return parse_inline(source)[0].replace("*", "").strip()


# the first block ending so opens the running text, after the page header
RUNNING_TEXT_END = punctuation.COMMAS + punctuation.SEMICOLONS + punctuation.FULL_STOPS
MIN_SPLIT_LENGTH = 30
# footnote marks that may end a paragraph after its punctuation: ",²", "；2"
TRAILING_MARKS = re.compile(r"(?:[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]+|(?<=[,;.:，；。：،؛])\s?\d{1,2})\s*$")


def probe_end(source: str) -> str:
    """``probe`` without the footnote marks that may follow the last word."""
    return TRAILING_MARKS.sub("", probe(source)).rstrip()


# a block that opens with a paragraph number or a sub-paragraph label
NUMBERED_START = re.compile(
    r"""^\s*(?:
        (?:[-–]\s*)?\d{1,3}\s*(?:[.．]|[-–])\s   # "1. ", "1 - ", "- 3 - "
      | \(?[^\W\d_]{1,3}\)\s                    # "(a) ", "b) "
    )""",
    re.VERBOSE,
)


def _continues(
    previous: str, following: str, page_break: bool, connectors: frozenset[str] = frozenset()
) -> bool:
    if len(previous) < MIN_SPLIT_LENGTH or not following or NUMBERED_START.match(following):
        return False
    first = following[0]
    starts_low = first.islower() or (first.isdigit() and page_break)
    ends_open = previous[-1] not in PARAGRAPH_END
    # "... Development, Production and" / "Stockpiling of ...": a sentence
    # never ends on a connector, whatever case the next block starts with
    ends_on_connector = ends_open and previous.rsplit(None, 1)[-1] in connectors
    if page_break:
        # a lower-case start goes on whatever closed the part before, but
        # a sentence: "... “Seven-Plus-One”" / "formula and the ..."
        return ends_open or (starts_low and previous[-1] not in SENTENCE_END)
    return ends_open and (starts_low or ends_on_connector)


def join_split_paragraphs(blocks: list, connectors: frozenset[str] = frozenset()) -> list:
    """Join text blocks cut by a page break or footnotes (module docstring);
    ``connectors`` are the language's words no sentence ends on ("and")."""
    result: list = []
    last_text_index = None
    running_text = False  # headers end without punctuation; running text starts
    for block in blocks:
        if block.footnote:
            result.append(block)
            continue
        if last_text_index is not None and running_text:
            previous = result[last_text_index]
            between_footnotes = any(b.footnote for b in result[last_text_index + 1 :])
            page_break = block.break_before or between_footnotes
            if _continues(probe_end(previous.text), probe(block.text), page_break, connectors):
                previous.lines.extend(block.lines)
                continue
        result.append(block)
        last_text_index = len(result) - 1
        running_text = running_text or probe_end(block.text)[-1:] in RUNNING_TEXT_END
    # footnote blocks that sat inside a joined paragraph now follow it
    return result


# --------------------------------------------------------------------------
# A whole resolution on one line (OCR of a printed collection, a web page
# that lost its line breaks): cut it where its paragraphs begin.
# --------------------------------------------------------------------------

#: a line at least this long that holds several paragraphs' openings is a
#: text run together; no paragraph of a resolution is printed this long
#: with an intro, a preambular opening and a closing line inside it
RUN_TOGETHER_MIN_LENGTH = 300
TITLE_DATE_WITHIN = 40
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
# "2751 (XXVI). Admission ...", "1 (1946). Résolution du ...": a title
# starting inside the line
INLINE_OLD_SYMBOL = re.compile(r"(?<![\w(])\d{1,4}\s*\((?:[IVXL]{1,7}|(?:19|20)\d\d)\)\.\s")
# "; 1. Le Conseil", ": 2. Décide": a numbered paragraph inside the line
# (taken only when the numbers run 1, 2, 3 ...)
INLINE_NUMBER = re.compile(r"\s(?P<number>\d{1,2})\.\s+(?=[^\W\d_])")
# a clause end where a paragraph may begin: ", Ayant", "; Décide"
CLAUSE_BREAK = re.compile(r"[,;،؛]\s+(?=[^\W\d_])")
# a capitalised word and a word in lower case: "Décide d'admettre" (not
# "Nations Unies", a name)
CLAUSE_OPENING_WORDS = re.compile(r"[^\W\d_]+\s+[^\W\d_]*[a-zà-ÿ’']")


def unfold_run_together(lines: list[Line], lang) -> list[Line]:
    """Cut a line that holds a whole resolution into its paragraphs: the
    title, the intro ("L'Assemblée générale,"), each preambular paragraph
    (a clause end, then the language's preambular opening: ", Ayant
    examiné"), the numbered operative paragraphs in sequence ("; 2. Le
    Conseil"), or, when none is numbered, a capitalised word opening a
    clause after the preamble (", Décide d'admettre"), and the closing
    meeting line ("1934e séance plénière, 21 septembre 1971."). Reads
    ``Line`` objects and ``Language`` data; the pieces keep the line's
    number, parted by blank lines. A line that does not hold an intro or
    numbered paragraphs is left as it is."""
    result: list[Line] = []
    for ln in lines:
        cuts = _run_together_cuts(ln.text, lang) if len(ln.text) >= RUN_TOGETHER_MIN_LENGTH else []
        if not cuts:
            result.append(ln)
            continue
        bounds = [0, *cuts, len(ln.text)]
        for start, end in zip(bounds, bounds[1:], strict=False):
            piece = ln.text[start:end].strip()
            if piece:
                result.extend([Line(ln.number, piece), Line(ln.number, "")])
    return result


def _run_together_cuts(text: str, lang) -> list[int]:
    folded = text.translate(APOSTROPHES)
    cuts: set[int] = set()
    intro_end = -1
    for intro in lang.preamble_intros:
        found = re.search(rf"(?:^|\s){re.escape(intro.translate(APOSTROPHES))}\s*[,،，]", folded)
        if found:
            start = found.start() + (found.group()[0].isspace())
            cuts.update({start, found.end()})
            intro_end = found.end()
            break
    numbers = list(INLINE_NUMBER.finditer(text))
    sequence = [m for n, m in enumerate(numbers, start=1) if int(m.group("number")) == n]
    if len(sequence) >= 2 and len(sequence) == len(numbers):
        cuts.update(m.start("number") for m in sequence)
    if intro_end < 0 and not cuts:
        return []
    for symbol in INLINE_OLD_SYMBOL.finditer(text):
        cuts.add(symbol.start())
        # "1 (1946). Résolution du 25 janvier 1946 En vertu de ...": a
        # collection's title ends with the date of the resolution
        dated = find_date(text[symbol.end() : symbol.end() + TITLE_DATE_WITHIN], lang)
        if dated:
            cuts.add(symbol.end() + dated[1].end())
    openers = lang.preamble_openers
    preamble_seen = False
    for match in CLAUSE_BREAK.finditer(text, max(intro_end, 0)):
        rest = text[match.end() :]
        if openers is not None and openers.match(rest) and rest[:1].isupper():
            cuts.add(match.end())
            preamble_seen = True
        elif (
            preamble_seen
            and not sequence
            and rest[:1].isupper()
            and CLAUSE_OPENING_WORDS.match(rest)
        ):
            cuts.add(match.end())  # ", Décide d'admettre": the unnumbered operative part
    closings = list(lang.meeting_line.finditer(text))
    closing = closings[-1] if closings else None
    if closing is not None:
        start = text.rfind(". ", 0, closing.start())
        line_start = start + 2 if start >= 0 else closing.start()
        if closing.start() - line_start <= 12:  # "1934e séance plénière" opens its sentence
            cuts.add(line_start)
    return sorted(cut for cut in cuts if 0 < cut < len(text))
