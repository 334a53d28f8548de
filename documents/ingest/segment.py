"""Stage 3: source lines to blocks.

Reads: the ``Line`` list made by ``normalise.normalise_lines`` (leading
indentation kept, page furniture already blanked).
Produces: ``Block`` objects in reading order, each a paragraph-sized run of
source lines with its first line number, footnote bodies marked as such and
a flag telling whether a page break or a footnote area came before it.

Three layouts are recognised without being told:
- line layout (text copied from a web page): one paragraph per line, hardly
  any blank line between (``uses_line_layout``);
- blank-line layout: a block is a run of consecutive non-blank lines;
- indent layout (PDF text, hard-wrapped): every line of a paragraph is its
  own line, often with blank lines between; a paragraph starts with an
  indented line and the others continue it;
- flush hard-wrapped text with no blank line between paragraphs (PDF text
  as many tools give it): blank-line blocks are cut again where a line ends
  its paragraph (``split_wrapped_blocks``: the next word would have fitted).
In both, a footnote mark printed on a line of its own ("1" or "¹" between
two lines of a paragraph) is glued back to the text as a superscript, unless
it follows a label ("Against:" / "2" is a count); a bare number alone on its
line that is a page number is blanked first (see ``blank_page_numbers``,
which shares the normaliser's checks in ``lone_numbers``).
Not in charge of: re-joining paragraphs split by a page break (that is
``normalise.join_split_paragraphs``) or deciding what a block is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from . import lone_numbers, punctuation
from .lone_numbers import after_label, footnotes_printed_before
from .normalise import Line

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)

# a line that is only a footnote mark: "¹", "⁽²⁾", "12" (PDF text)
LONE_MARK = re.compile(
    r"""^\s*(?:
        (?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})          # ¹
      | ⁽(?P<paren>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾     # ⁽¹⁾
      | \((?P<num>\d{1,3})\)              # (1), as Arabic texts print marks
      | (?P<bare>\d{1,3})                 # 1
    )\s*$""",
    re.VERBOSE,
)
# a word (or star) marking a footnote, in round brackets of any width:
# "(注)", "（注）", "(*)" (see punctuation.NOTE_WORDS)
NOTE_WORD_MARK = (
    r"[(（](?P<word>" + "|".join(re.escape(w) for w in punctuation.NOTE_WORDS) + r")[)）]"
)
# a line opening a footnote body: "¹ On 28 June ...", "⁽²⁾ See ...", "(1) في ...",
# or a note marked by a word, its text glued on or not: "(注)大会总务委员会之提议..."
FOOTNOTE_START = re.compile(
    r"""^\s*(?:
        (?:
            (?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})
          | ⁽(?P<paren>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾
          | \((?P<num>\d{1,3})\)
        )\s+
      | """ + NOTE_WORD_MARK + r"""\s*
    )(?P<body>\S.*)$""",
    re.VERBOSE,
)

# in a footnote area (after the rule at the foot of a page), a footnote body
# may open with its bare number: "12 See resolution 68/192."
FOOTNOTE_BARE_START = re.compile(r"^\s*(?P<bare>\d{1,3})\s+(?P<body>\S.*)$")

# a page number printed alone on its line in PDF text: "3"
BARE_NUMBER = re.compile(r"^\s*(?P<bare>\d{1,3})\s*$")
# a footnote mark printed after a word of the text: "Goals,⁵" (a footnote's
# body opens with its mark at the start of its line: "⁵ See resolution 70/1.")
MARK_AFTER_A_WORD = re.compile(r"(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")

CLOSING_PUNCTUATION = punctuation.GLUED_TO_PREVIOUS
SPACE_RUN = re.compile(r" {2,}")

CJK_RANGES = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x3000, 0x303F))


def is_cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in CJK_RANGES)


def marker_of(match: re.Match) -> str:
    """The ASCII digits of a LONE_MARK or FOOTNOTE_START match, or the
    word of a note marked by a word ("注")."""
    for name in ("sup", "paren", "bare", "num", "word"):
        value = match.groupdict().get(name)
        if value:
            return unicodedata.normalize("NFKC", value)
    return ""


def style_of(match: re.Match) -> str:
    """How a LONE_MARK or FOOTNOTE_START match prints its marker: "sup"
    ("¹"), "paren" ("⁽¹⁾"), "num" ("(1)"), "bare" ("1") or "word" ("(注)")."""
    for name in ("sup", "paren", "bare", "num", "word"):
        if match.groupdict().get(name):
            return name
    return ""


@dataclass
class Block:
    lines: list[str]
    line: int
    footnote: str = ""  # the marker, when this block is a footnote body
    break_before: bool = False  # a page break or footnote area precedes it
    style: str = ""  # how a footnote body prints its marker (``style_of``)

    @property
    def text(self) -> str:
        return join_lines(self.lines)


@dataclass
class _Builder:
    blocks: list[Block] = field(default_factory=list)
    pending_break: bool = False

    def start(self, text: str, line: int, footnote: str = "", style: str = "") -> Block:
        block = Block([text], line, footnote, self.pending_break, style)
        self.pending_break = bool(footnote)  # a footnote area separates text
        self.blocks.append(block)
        return block


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph: a space between words, none between
    Chinese characters, and a lone mark glued to the word before it."""
    text = ""
    for raw in lines:
        piece = raw.strip()
        if not piece:
            continue
        lone = LONE_MARK.match(piece)
        if lone and lone.group("num") and text[-1:] in ":;.：；。":
            lone = None  # "(1)" opening a list item after "... as follows:"
        if lone and lone.group("bare") and text[-1:] in punctuation.COLONS:
            lone = None  # a label's value: "Against:" / "2"
        if lone and text:
            text += marker_of(lone).translate(TO_SUPERSCRIPT)
            continue
        piece = SPACE_RUN.sub(" ", piece)  # pdftotext's columns: "1.    Decides"
        if not text:
            text = piece
        elif piece[0] in CLOSING_PUNCTUATION or (is_cjk(text[-1]) and is_cjk(piece[0])):
            text += piece
        else:
            text += " " + piece
    return text


def _indented(text: str) -> bool:
    return text[:1].isspace()


def uses_indent_layout(lines: list[Line]) -> bool:
    """True when paragraphs start with an indent and other lines do not."""
    text_lines = [ln.text for ln in lines if ln.text.strip() and not LONE_MARK.match(ln.text)]
    if len(text_lines) < 6:
        return False
    indented = sum(1 for text in text_lines if _indented(text))
    if not 0.08 <= indented / len(text_lines) <= 0.85:
        return False
    # paragraphs start so all through the text, not only in a closing list
    # (a web page's licence footer "  1. 官方纪录")
    first_half = text_lines[: len(text_lines) // 2]
    return any(_indented(text) for text in first_half)


def _pages(lines: list[Line]) -> list[list[int]]:
    """Indexes of ``lines`` page by page: page furniture ends a page."""
    pages: list[list[int]] = [[]]
    for index, ln in enumerate(lines):
        if ln.furniture:
            if pages[-1]:
                pages.append([])
            continue
        pages[-1].append(index)
    return pages


def _footnote_numbers(lines: list[Line], page: list[int]) -> list[str]:
    """The markers of the footnote bodies printed on one page, in order:
    "¹ text", "(1) text", or after the separator rule "1 text" or a bare
    label line."""
    return [marker for _index, marker in _footnote_labels(lines, page)]


def _footnote_labels(lines: list[Line], page: list[int]) -> list[tuple[int, str]]:
    """``_footnote_numbers`` with the index of the line printing each."""
    labels: list[tuple[int, str]] = []
    after_separator = False
    for index in page:
        ln = lines[index]
        after_separator = after_separator or ln.separator
        start = footnote_start(ln.text, after_separator)
        bare = BARE_NUMBER.match(ln.text)
        if start:
            labels.append((index, marker_of(start)))
        elif after_separator and bare:
            labels.append((index, marker_of(bare)))
    return labels


def _ends_in_footnotes(lines: list[Line], page: list[int]) -> bool:
    """True when the page's last text comes after its separator rule."""
    texts = [i for i in page if lines[i].text.strip() or lines[i].separator]
    separators = [i for i in texts if lines[i].separator]
    return bool(separators) and texts[-1] != separators[-1]


# page 1's masthead may print up to this many runs of furniture above the
# text (the symbol header; the job number with its bar code), so the k-th
# run of furniture stands between pages k - 2 and k - 1 at the earliest
MASTHEAD_RUNS = 2


def blank_page_numbers(lines: list[Line]) -> list[Line]:
    """Blank a bare number alone on its line when it is a page number, not a
    footnote mark, a label's value or a count. A number there is just as
    often the text's own, so it is never taken when:
    - it follows a label (the text line before it ends with a colon:
      "Against:" / "2", "反对：" / "2"; ``lone_numbers.after_label``);
    - it is the footnote mark expected next: one more than the highest
      footnote number printed above it
      (``lone_numbers.footnotes_printed_before``), and that mark is not
      printed elsewhere in the text (``_marks_in_text``: each mark is
      printed once, so a "5" beside "Goals,⁵" is no mark), and a footnote
      of that number is printed (on another line: a mark with no footnote
      is none);
    - it is a footnote label (after the separator rule, or opening a page
      whose footnotes go on from the page before: …, 2 there, 3 here).
    Otherwise it is a page number when it sits at a page boundary (page
    furniture right before or after it, blank lines aside) and is a page
    that boundary can stand beside, counted by position
    (``_page_beside_break``); or, away from any boundary, when no footnote
    with that number is printed on its page. Superscript marks ("¹") are
    never page numbers. A page number left in the text is seen by a
    reader; a lost count or mark is not. Reads and produces ``Line``
    objects; a page number becomes furniture."""
    result = list(lines)
    pages = _pages(lines)
    runs = _furniture_runs_so_far(lines)
    printed = footnotes_printed_before(lines)
    marked = _marks_in_text(lines)
    bodies: dict[str, list[int]] = {}
    for page in pages:
        for label_index, marker in _footnote_labels(lines, page):
            bodies.setdefault(marker, []).append(label_index)
    for page_index, page in enumerate(pages):
        footnotes = _footnote_numbers(lines, page)
        texts = [i for i in page if lines[i].text.strip() or lines[i].separator]
        for position, index in enumerate(texts):
            bare = BARE_NUMBER.match(lines[index].text)
            if not bare:
                continue
            number = marker_of(bare)
            if position and lines[texts[position - 1]].separator:
                continue  # a footnote label: its body follows
            if position == 0 and page_index:
                before = pages[page_index - 1]
                earlier = _footnote_numbers(lines, before)
                if (
                    earlier
                    and _ends_in_footnotes(lines, before)
                    and earlier[-1].isdigit()
                    and int(earlier[-1]) + 1 == int(number)
                ):
                    continue  # the footnote area goes on over the page break
            expected_mark = (
                int(number) == printed[index] + 1
                and int(number) not in marked
                and any(other != index for other in bodies.get(number, ()))
            )
            if after_label(lines, index) or expected_mark:
                continue  # a label's value, or the footnote mark expected next
            at_page_head = position == 0 and page_index > 0
            at_page_foot = position == len(texts) - 1 and _furniture_follows(lines, index)
            if at_page_head:
                page_number = _page_beside_break(int(number), runs[index])
            elif at_page_foot:
                page_number = _page_beside_break(int(number), runs[index] + 1)
            else:
                page_number = number not in footnotes
            if page_number:
                result[index] = replace(lines[index], text="", furniture=True)
    return result


def _marks_in_text(lines: list[Line]) -> set[int]:
    """The footnote numbers printed as superscript marks after a word of
    the text ("Goals,⁵", "ذلك¹"), not opening a footnote's body ("⁵ See")."""
    return {
        int(lone_numbers.mark_number(mark))
        for line in lines
        for mark in MARK_AFTER_A_WORD.findall(line.text)
    }


def _furniture_runs_so_far(lines: list[Line]) -> list[int]:
    """For each line, how many runs of page furniture (page breaks, blank
    lines inside a run aside) begin at or before it."""
    count, in_run, result = 0, False, []
    for line in lines:
        if line.furniture:
            count += 0 if in_run else 1
            in_run = True
        elif line.text.strip() or line.separator:
            in_run = False
        result.append(count)
    return result


def _page_beside_break(number: int, run: int) -> bool:
    """Whether ``number`` is a page the ``run``-th run of furniture (1 for
    the first) can stand beside. Each page break prints one run; page 1's
    masthead may print up to ``MASTHEAD_RUNS`` above the text. So the k-th
    run stands between pages k - m and k - m + 1 (m from 0 to
    ``MASTHEAD_RUNS``), whose number is printed at the foot of the one or
    the head of the other; page 1 prints none. A page break printed in two
    runs makes every later run count as a later page than it is: the page
    numbers there stay in the text rather than a number of the text going."""
    return max(2, run - MASTHEAD_RUNS) <= number <= run + 1


def _furniture_follows(lines: list[Line], index: int) -> bool:
    following = index + 1
    while following < len(lines) and not lines[following].text.strip():
        if lines[following].furniture:
            return True
        following += 1
    return False


# a line-per-paragraph text (web pages): most lines end a sentence or a clause
# (or a closing quote, or the bar of a web page's table row: "... S/PRST/2002/37 |")
LINE_LAYOUT_ENDINGS = punctuation.CLAUSE_END + punctuation.CLOSING_QUOTES + "|"
LINE_LAYOUT_MIN_ENDED = 0.4
LINE_LAYOUT_MAX_BLANK = 0.1


def uses_line_layout(lines: list[Line]) -> bool:
    """True for text copied from a web page: one paragraph per line, hardly
    any blank line between, and most lines end like a clause."""
    texts = [ln.text.strip() for ln in lines if ln.text.strip()]
    filled = [i for i, ln in enumerate(lines) if ln.text.strip()]
    inner = lines[filled[0] : filled[-1] + 1] if filled else []
    blanks = sum(1 for ln in inner if not ln.text.strip() and not ln.furniture)
    if len(texts) < 4 or blanks > LINE_LAYOUT_MAX_BLANK * len(inner):
        return False
    ended = sum(1 for text in texts if text[-1] in LINE_LAYOUT_ENDINGS)
    return ended >= LINE_LAYOUT_MIN_ENDED * len(texts)


def segment(lines: list[Line]) -> list[Block]:
    """Cut the lines into blocks (see the module docstring)."""
    lines = blank_page_numbers(lines)
    if uses_indent_layout(lines):
        return _segment_indented(lines)
    if uses_line_layout(lines):
        spaced = []
        for ln in lines:
            spaced.extend([ln, Line(ln.number, "")])
        return _segment_blank_separated(spaced)
    return split_wrapped_blocks(_segment_blank_separated(lines))


# hard-wrapped text with no blank line between paragraphs (PDF text as many
# tools give it: flush lines, no indent): a line ends its paragraph when the
# next line's first word would have fitted on it. Widths are counted in
# characters, so a proportional font's lines differ by a few: a line well
# short of the width ends its paragraph whatever its last character; one a
# little short only when it ends a sentence or a clause.
WRAPPED_MIN_LINES = 8  # lines in blocks of three or more
WRAPPED_MIN_WIDTH = 40
WRAPPED_FULL = 0.8  # a wrapped line is at least this share of the width
WRAPPED_MIN_FULL_SHARE = 0.5
SHORT_ANYWAY = 0.75
SHORT_AT_SENTENCE_END = 0.95
WRAPPED_SENTENCE_ENDS = punctuation.SENTENCE_END + punctuation.QUESTIONS_AND_EXCLAMATIONS


def _first_word_length(text: str) -> int:
    text = text.strip()
    if text and is_cjk(text[0]):
        return 1  # Chinese wraps at any character
    return len(text.split(" ", 1)[0]) if text else 0


def _wrap_width(blocks: list[Block]) -> int:
    """The width the text was wrapped at, in characters (the 90th percentile
    of the lengths of lines in blocks of three or more lines), or 0 when the
    text does not look hard-wrapped."""
    lengths = sorted(
        len(line.strip()) for b in blocks if len(b.lines) >= 3 and not b.footnote
        for line in b.lines
    )
    if len(lengths) < WRAPPED_MIN_LINES:
        return 0
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = sum(1 for length in lengths if length >= WRAPPED_FULL * width)
    if width < WRAPPED_MIN_WIDTH or full < WRAPPED_MIN_FULL_SHARE * len(lengths):
        return 0
    return width


# a paragraph's label printed on a line of its own: "1.", "(a)", "IV.", "一."
LABEL_ONLY = re.compile(r"^\s*\(?[^\W_]{1,6}[.)）．]\)?\s*$")


def _all_capitals(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters)


def _ends_wrapped_paragraph(line: str, following: str, width: int) -> bool:
    if LABEL_ONLY.match(line) or LONE_MARK.match(line):
        return False  # the label or the mark goes with the text after it
    if _all_capitals(line) and not _all_capitals(following):
        return True  # a title in capitals ("DECLARACIÓN DEL PRESIDENTE ...")
    room = len(line.strip()) + 1 + _first_word_length(following)
    if room <= SHORT_ANYWAY * width:
        return True
    ending = line.rstrip().rstrip(punctuation.CLOSING_QUOTES + punctuation.CLOSING_BRACKETS)
    return room <= SHORT_AT_SENTENCE_END * width and ending[-1:] in WRAPPED_SENTENCE_ENDS


# no page is this wide: a longer line ending a sentence is a whole paragraph
# (a web page's paragraphs parted by a line break only)
LONGEST_WRAPPED_LINE = 150
BLOCK_LINE_LAYOUT_MIN_LINES = 4
BLOCK_LINE_LAYOUT_ENDED = 0.6


def _whole_paragraph_line(line: str) -> bool:
    ending = line.rstrip().rstrip(punctuation.CLOSING_QUOTES + punctuation.CLOSING_BRACKETS)
    return len(line.strip()) > LONGEST_WRAPPED_LINE and ending[-1:] in WRAPPED_SENTENCE_ENDS


def _one_paragraph_per_line(block: Block) -> bool:
    """A block of a web page's lines, one paragraph each (most end like a
    clause; asked only of text that is not hard-wrapped), though the page
    has blank lines elsewhere (see
    ``uses_line_layout`` for a whole page so printed)."""
    texts = [line.strip() for line in block.lines if line.strip()]
    if any(text[0].islower() or text[0].isdigit() for text in texts):
        return False  # a line that goes on with the one before ("and their ...", "56/14 of")
    longest = max(len(text) for text in texts)
    if sum(1 for text in texts if len(text) >= WRAPPED_FULL * longest) >= len(texts) / 2:
        return False  # lines of one width are a wrapped paragraph (a list of names)
    ended = sum(1 for text in texts if text[-1] in LINE_LAYOUT_ENDINGS)
    return len(texts) >= BLOCK_LINE_LAYOUT_MIN_LINES and ended >= BLOCK_LINE_LAYOUT_ENDED * len(
        texts
    )


def split_wrapped_blocks(blocks: list[Block]) -> list[Block]:
    """Cut a block of hard-wrapped lines after each line that ends its
    paragraph (see WRAPPED_MIN_LINES and below), and any block after a line
    too long to be wrapped that ends a sentence. Blocks are runs of
    consecutive lines here, so the n-th line of a block is line ``line + n``."""
    width = _wrap_width(blocks)
    result: list[Block] = []
    for block in blocks:
        if block.footnote or len(block.lines) < 2:
            result.append(block)
            continue
        if not width and _one_paragraph_per_line(block):
            result.extend(_part(block, index, index + 1) for index in range(len(block.lines)))
            continue
        start = 0
        for index in range(len(block.lines) - 1):
            line, following = block.lines[index], block.lines[index + 1]
            if _whole_paragraph_line(line) or (
                width and _ends_wrapped_paragraph(line, following, width)
            ):
                result.append(_part(block, start, index + 1))
                start = index + 1
        result.append(_part(block, start, len(block.lines)))
    return result


def _part(block: Block, start: int, end: int) -> Block:
    return Block(
        block.lines[start:end],
        block.line + start,
        block.footnote,
        block.break_before if start == 0 else False,
        block.style,
    )


def footnote_start(text: str, in_footnote_area: bool) -> re.Match | None:
    """The match of a line opening a footnote body: "¹ text", "(1) text"
    anywhere, "1 text" only in a footnote area."""
    start = FOOTNOTE_START.match(text)
    if start is None and in_footnote_area:
        start = FOOTNOTE_BARE_START.match(text)
    return start


def _segment_blank_separated(lines: list[Line]) -> list[Block]:
    builder = _Builder()
    blank_run = 0
    current: Block | None = None
    in_footnotes = False  # after a separator rule, until the page ends
    for ln in lines:
        if ln.separator:
            in_footnotes = True
        if ln.furniture:
            in_footnotes = False
        if ln.furniture or not ln.text.strip():
            blank_run += 2 if ln.furniture or ln.separator else 1
            current = None
            continue
        if blank_run >= 2:
            builder.pending_break = True
        blank_run = 0
        text = ln.text.strip()
        start = footnote_start(text, in_footnotes)
        lone = LONE_MARK.match(text)
        if start and (current is None or current.footnote or not start.groupdict().get("num")):
            current = builder.start(
                start.group("body"), ln.number, marker_of(start), style_of(start)
            )
        elif lone and current is None:
            # a label alone on its line; the body follows on the next line
            current = builder.start("", ln.number, marker_of(lone), style_of(lone))
        elif current is None:
            in_footnotes = False  # text that is not a footnote ends the area
            current = builder.start(text, ln.number)
        else:
            current.lines.append(ln.text)
    return [b for b in builder.blocks if b.text]


DOUBLE_SPACED = 0.8  # share of text lines followed by a blank line
SENTENCE_ENDS = punctuation.FULL_STOPS + punctuation.SEMICOLONS


def _ends_sentence(line: str) -> bool:
    return line.rstrip()[-1:] in SENTENCE_ENDS


def _blank_lines_part_paragraphs(lines: list[Line]) -> bool:
    """True unless the text is double-spaced: there, a blank line follows
    nearly every line of text and means nothing."""
    texts = [i for i, ln in enumerate(lines) if ln.text.strip()]
    followed = sum(
        1 for i in texts if i + 1 < len(lines) and not lines[i + 1].text.strip()
    )
    return followed < DOUBLE_SPACED * len(texts)


def _next_footnote(match: re.Match | None, blocks: list[Block]) -> bool:
    """True when ``match`` labels the footnote after the last one read: the
    footnote area goes on over a page break (…, 2 there, 3 here)."""
    if match is None:
        return False
    numbers = [int(b.footnote) for b in blocks if b.footnote.isdigit()]
    marker = marker_of(match)
    return marker.isdigit() and int(marker) == (numbers[-1] + 1 if numbers else 1)


def _segment_indented(lines: list[Line]) -> list[Block]:
    # hard-wrapped text keeps no trace of where its pages broke: every
    # paragraph start may follow one
    builder = _Builder()
    current: Block | None = None
    in_footnotes = False  # after a separator line, before the next paragraph
    footnote_label = ""  # a bare label line seen; its body comes next
    label_style = ""
    previous_was_mark = False
    previous_blank = False
    last_text: Block | None = None  # the text block a page break may cut
    page_broke = False
    # blank lines part paragraphs too, unless the text is double-spaced
    blank_parts = _blank_lines_part_paragraphs(lines)
    for ln in lines:
        raw = ln.text
        if ln.separator:
            in_footnotes = True
            builder.pending_break = True
            current, previous_was_mark = None, False
            continue
        if ln.furniture:
            builder.pending_break = True
            previous_was_mark = False
            page_broke = True
            if current is not None and current.footnote:
                current = None  # the footnote area may go on, with a new footnote
            continue
        if not raw.strip():
            previous_was_mark = False
            previous_blank = True
            if blank_parts and current is not None and not current.footnote:
                current = None
            continue
        after_blank, previous_blank = previous_blank, False
        text = raw.strip()
        lone = LONE_MARK.match(text)
        start = footnote_start(text, in_footnotes)
        if footnote_label:
            current = builder.start(text, ln.number, footnote_label, label_style)
            footnote_label = ""
            continue
        if in_footnotes and page_broke and current is None and not _next_footnote(
            lone or start, builder.blocks
        ):
            in_footnotes = False  # the text of the new page
        if in_footnotes:
            if lone:
                footnote_label, label_style = marker_of(lone), style_of(lone)
                continue
            if start:
                current = builder.start(
                    start.group("body"), ln.number, marker_of(start), style_of(start)
                )
                continue
            hanging = not after_blank and current is not None and not _ends_sentence(
                current.lines[-1]
            )
            if current is not None and (not _indented(raw) or hanging):
                current.lines.append(raw)  # a wrapped footnote line, flush or hanging
                continue
            in_footnotes = False
            current = None
        if lone and current is not None and not current.footnote:
            current.lines.append(text)  # a mark on its own line
            previous_was_mark = True
            continue
        if start and _indented(raw):
            current = builder.start(
                start.group("body"), ln.number, marker_of(start), style_of(start)
            )
            continue
        if current is None and page_broke and last_text is not None and not _indented(raw):
            current = last_text  # a flush line after a page break goes on with the text
        if current is None or (_indented(raw) and not previous_was_mark):
            builder.pending_break = True
            current = builder.start(text, ln.number)
        else:
            current.lines.append(raw)
        last_text, page_broke = current, False
        previous_was_mark = False
    return [b for b in builder.blocks if b.text]
