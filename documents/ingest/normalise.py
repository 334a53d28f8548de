"""Stage 2: clean the decoded text, and later re-join split paragraphs.

``normalise_lines`` reads: the decoded text. Produces: ``Line`` objects
(1-based source line numbers kept) with line endings unified, odd spaces
made plain, and page furniture blanked: job numbers ("20-15553 (E)"),
page counters ("2/6", "Page 3", "第 3 页"), running symbol headers
("A/RES/75/16"), bar codes; a separator line (a long run of spaces or
underscores, printed above PDF footnotes) is flagged.

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
from dataclasses import dataclass

from .languages import LANGUAGES, PARAGRAPH_END
from .markup import parse_inline


@dataclass
class Line:
    number: int
    text: str
    furniture: bool = False  # page header/footer removed here
    separator: bool = False  # a footnote separator rule


LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0c")
ODD_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": "    "})

_page_words = sorted({w for lang in LANGUAGES.values() for w in lang.page_labels}, key=len)
PAGE_FURNITURE = re.compile(
    r"""^\s*(?:
        \d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+\*\d{7,}\*)?   # job number: 20-15553 (E)
      | \*\d{7,}\*                                         # bar code: *2015553*
      | \d{1,3}\s*/\s*\d{1,3}                              # page counter: 2/6
      | (?:"""
    + "|".join(re.escape(w) for w in _page_words)
    + r""")\s*\d{1,3}                                     # Page 3, الصفحة 3
      | 第\s*\d{1,3}\s*页                                   # 第 3 页
      | (?:\d{1,3}/\d{1,3}\s+)?                            # running header, with or
        [ASE]/(?:RES/)?[0-9A-Z](?:[\w./-]*\w)?             # without its page counter:
        (?:\s+\d{1,3}/\d{1,3})?                            # A/RES/75/16 2/6 (never a
                                                           # full stop: "A/75/345." is text)
    )\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# the rule above PDF footnotes: a long run of spaces, or underscores
SEPARATOR = re.compile(r"^(?:[ \u3000]{20,}|\s*_{5,}\s*)$")


def normalise_lines(text: str) -> list[Line]:
    """Split ``text`` into numbered, cleaned lines (see module docstring)."""
    result = []
    for number, raw in enumerate(LINE_BREAK.split(text), start=1):
        if SEPARATOR.match(raw):
            result.append(Line(number, "", separator=True))
            continue
        line = raw.translate(ODD_SPACES).rstrip()
        if line.strip() and PAGE_FURNITURE.match(line):
            result.append(Line(number, "", furniture=True))
            continue
        result.append(Line(number, line))
    return result


def probe(source: str) -> str:
    """The plain text of a block for rule matching: markup and stray
    asterisks removed."""
    return parse_inline(source)[0].replace("*", "").strip()


# the first block ending so opens the running text, after the page header
RUNNING_TEXT_END = ",;.，；。،؛"
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


def _continues(previous: str, following: str, page_break: bool) -> bool:
    if len(previous) < MIN_SPLIT_LENGTH or not following or NUMBERED_START.match(following):
        return False
    first = following[0]
    starts_low = first.islower() or (first.isdigit() and page_break)
    ends_open = previous[-1] not in PARAGRAPH_END
    ends_comma = previous[-1] in ",，،"
    if page_break:
        return ends_open or (ends_comma and starts_low)
    return ends_open and starts_low


def join_split_paragraphs(blocks: list) -> list:
    """Join text blocks cut by a page break or footnotes (module docstring)."""
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
            if _continues(probe_end(previous.text), probe(block.text), page_break):
                previous.lines.extend(block.lines)
                continue
        result.append(block)
        last_text_index = len(result) - 1
        running_text = running_text or probe_end(block.text)[-1:] in RUNNING_TEXT_END
    # footnote blocks that sat inside a joined paragraph now follow it
    return result
