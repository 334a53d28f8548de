"""Key word in context (KWIC): one line per occurrence, sortable by what
stands left or right of it. Pure.

Reads: a paragraph's text, its language and the spans the query matched
(``snippets.highlight_spans``).
Produces: ``Line``s (left context, key, right context) and their sort keys.

Sorting by the left context orders lines by the word just before the key,
then the one before that (the context read from right to left, word by
word); by the right context, by the key and then the words after it: the
two orders translators use to see the patterns a term enters into.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import HAN, fold

#: Characters of context on each side of the key (Chinese packs more in each).
CONTEXT_CHARS = {"zh": 24}
DEFAULT_CONTEXT_CHARS = 60

SORTS = ("rank", "left", "right")

#: A unit of a sort key: a Han character or a run of other word characters.
_KEY_UNIT_RE = re.compile(rf"[{HAN}]|[^\W{HAN}]+")


@dataclass(frozen=True)
class Line:
    left: str
    key: str
    right: str
    start: int  # the key's offsets in the paragraph's text
    end: int

    def sort_key(self, sort: str) -> str:
        if sort == "left":
            return " ".join(reversed(_KEY_UNIT_RE.findall(fold(self.left))))
        return " ".join(_KEY_UNIT_RE.findall(fold(self.key + " " + self.right)))

    def as_dict(self) -> dict:
        return {"left": self.left, "key": self.key, "right": self.right,
                "start": self.start, "end": self.end}


def _context_width(language: str) -> int:
    return CONTEXT_CHARS.get(language, DEFAULT_CONTEXT_CHARS)


def _one_line(text: str) -> str:
    return " ".join(text.splitlines()) if "\n" in text or "\r" in text else text


def lines(text: str, language: str, spans: list[tuple[int, int]]) -> list[Line]:
    """One line per span of ``text``, with up to the language's context
    width on each side (cut between words where it can be), on one line."""
    width = _context_width(language)
    found = []
    for start, end in spans:
        left = text[max(0, start - width):start]
        right = text[end:end + width]
        if start - width > 0 and " " in left:
            left = left[left.index(" ") + 1:]
        if end + width < len(text) and " " in right:
            right = right[:right.rindex(" ")]
        found.append(Line(_one_line(left), _one_line(text[start:end]), _one_line(right),
                          start, end))
    return found
