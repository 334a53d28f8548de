"""What the text around a number printed alone on its line says it is.

Shared by the two stages that blank page numbers: ``normalise`` (a number
beside a job number printed alone) and ``segment`` (a number at a page
break, or with no footnote of its number on its page). A number there is
just as often the text's own, and these tell which:
- ``after_label``: the text line before it ends with a colon, so it is a
  label's value ("Against:" / "2", "反对：" / "2");
- ``footnotes_printed_before``: the highest footnote number printed above
  each line, so a number one more is the footnote mark expected next.
Reads ``normalise.Line`` objects (page furniture and separator rules
already flagged). Pure functions.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from . import punctuation

if TYPE_CHECKING:
    from .normalise import Line

# the footnote numbers a line prints: superscript marks in the text
# ("Agenda¹²"), or a footnote's label after the rule ("12 See ...", "(12) See ...")
SUPERSCRIPT_MARK = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")
FOOTNOTE_LABEL = re.compile(r"^\s*(?:\((?P<paren>\d{1,3})\)|(?P<bare>\d{1,3}))\s+\S")


def footnotes_printed_before(lines: list[Line]) -> list[int]:
    """For each line, the highest footnote number printed above it (0 when
    none): a superscript mark in the text ("Agenda¹"), or a footnote's
    label in a footnote area (after the rule, up to the next furniture:
    "1 See A/61/PV.107."). Footnotes run 1, 2, 3 through a document, so
    the mark expected next is one more. Reading too many here only keeps
    a page number in the text."""
    highest, in_footnotes, result = 0, False, []
    for line in lines:
        result.append(highest)
        if line.separator:
            in_footnotes = True
        elif line.furniture:
            in_footnotes = False
        marks = SUPERSCRIPT_MARK.findall(line.text)
        printed = [int(mark_number(mark)) for mark in marks]
        label = FOOTNOTE_LABEL.match(line.text) if in_footnotes else None
        if label:
            printed.append(int(label.group("paren") or label.group("bare")))
        highest = max([highest, *printed])
    return result


LABEL_LENGTH = 40  # characters: "Required majority:", "Abstaining:", "反对："
LABEL_WORDS = 4


def after_label(lines: list[Line], index: int) -> bool:
    """Whether the text line before ``index`` (blank lines and furniture
    aside) is a label whose value this is ("Against:" / "2", "Required
    majority:" / "94"): a few words ending with a colon that open a line of
    their own (after a blank line or a line that ends a clause). A sentence
    leading into sub-paragraphs ("... its member States, as appropriate:")
    is no label: a page number after it is still a page number."""
    other = index - 1
    while other >= 0 and not is_text(lines[other]):
        other -= 1
    if other < 0:
        return False
    text = lines[other].text.strip()
    if text[-1:] not in punctuation.COLONS or len(text) > LABEL_LENGTH or (
            len(text.split()) > LABEL_WORDS):
        return False
    before = lines[other - 1].text.strip() if other > 0 else ""
    return not before or before[-1:] in LABEL_FOLLOWS


# what a line before a label ends with: a clause or a list item ends there
LABEL_FOLLOWS = frozenset(".;:!?。；：．")


def is_text(line: Line) -> bool:
    """A line of the text: not blank, not page furniture, not a footnote rule."""
    return bool(line.text.strip()) and not (line.furniture or line.separator)


def mark_number(mark: str) -> str:
    """A superscript mark's ASCII digits ("¹²" -> "12"), as the footnote
    stages read marks (NFKC: ``segment.marker_of``, ``footnotes.ascii_marker``)."""
    return unicodedata.normalize("NFKC", mark)
