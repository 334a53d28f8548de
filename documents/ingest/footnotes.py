"""Stage 5: footnotes and the marks that point to them.

Reads: footnote ``Block`` objects (made by ``segment`` from "¹ text",
"⁽¹⁾ text", "(1) text" or a bare "1" line followed by its text) and the
plain text + spans of each paragraph (marks still in it: "¹", "⁽¹⁾",
"word(1)" (only in a document whose footnotes are printed "(1) text", and
never after a digit or in an identifier), or a bare number ending a
paragraph after its punctuation, "秘书长的报告；2"). Removing a mark keeps
the text around it as printed ("général² ;" -> "général ;"), but for a
space the mark leaves doubled, before "," or "." or between Chinese words.
Produces: ``FootnoteData`` for each footnote, and per paragraph the plain
text with the marks removed, spans shifted to match, ``FootnoteRefData``
(marker, offset) and warnings for marks that have no footnote. A footnote
may be referenced any number of times.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .markup import Span, parse_inline, shift_spans
from .segment import Block, is_cjk
from .types import FootnoteData, FootnoteRefData

# a mark inside text: "Conference¹", "الأخرى⁽²⁾", "organizations(2)"
INLINE_MARK = re.compile(
    r"""
      ⁽(?P<paren_sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾      # ⁽²⁾
    | (?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})              # ¹
    | (?<=[^\W\d_]|[,.;:，。；،؛])              # attached to a word or punctuation:
      \((?P<num>\d{1,2})\)                    # organizations(2)
    """,
    re.VERBOSE,
)
# "(1)" is no mark when the word it is attached to holds a digit or is an
# identifier ("article 2(1)", "2.(1)", "window.alert(1)", "x_1(2)", "f$(1)")
CODE_BEFORE = re.compile(r"(?:\d[,.;:]?|[A-Za-z0-9_$]*[\d_.$/\\<>=\[\]{}][A-Za-z0-9_$]*)$")
# ... or when code goes on after it: "alert(1)</script>", "f(1).x", "g(1)(2)"
CODE_AFTER = re.compile(r"^(?:[\w(<>=\[{\\/$]|[.:][a-z_(])")
# the word (run of non-space characters) the "(1)" is attached to
WORD_BEFORE = re.compile(r"\S*$")
# a bare number ending a paragraph, after its closing punctuation: "报告；2"
TRAILING_MARK = re.compile(r"(?<=[;；,，。.:：؛،])\s?(?P<bare>\d{1,2})\s*$")

CLOSING = ",.;:،؛，。；》」）)"
# no language prints a space before these: a space between a removed mark
# and one of them goes with the mark ("word¹ ," -> "word,"). French puts a
# space before ; : ! ? », so those keep the text as printed.
NO_SPACE_BEFORE = ",.،؛，。；：、》」』）)"
MISSING_FOOTNOTE = "footnote mark {marker} has no footnote"
UNREFERENCED_FOOTNOTE = "footnote {marker} is never referenced"


@dataclass
class MarkedText:
    plain: str
    spans: list[Span]
    refs: list[FootnoteRefData]
    missing: list[str]  # markers found in the text without a footnote


def ascii_marker(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def read_footnotes(blocks: list[Block]) -> list[tuple[FootnoteData, list[Span]]]:
    """Footnote blocks -> FootnoteData (html filled later) with their spans."""
    result = []
    for block in blocks:
        plain, spans = parse_inline(block.text)
        result.append((FootnoteData(block.footnote, plain.strip(), "", block.line), spans))
    return result


def _remove(marked: MarkedText, start: int, end: int) -> int:
    """Cut plain[start:end] and the space it leaves between Chinese words."""
    plain = marked.plain
    if start > 0 and plain[start - 1] == " ":
        start -= 1  # "Conference ¹ to": the mark belongs to the word before
    if end < len(plain) - 1 and plain[end] == " ":
        after = plain[end + 1]
        before = plain[start - 1] if start > 0 else ""
        if after in NO_SPACE_BEFORE or (
            is_cjk(after) and before and (is_cjk(before) or before in CLOSING)
        ):
            end += 1  # no space left between Chinese words, or before a comma
    marked.plain = plain[:start] + plain[end:]
    marked.spans = shift_spans(marked.spans, start, end - start)
    for ref in marked.refs:
        if ref.offset > start:
            ref.offset = max(start, ref.offset - (end - start))
    return start


def _is_code(plain: str, start: int, end: int) -> bool:
    """True when the "(1)" at ``plain[start:end]`` belongs to a number or
    an identifier rather than to a word: see CODE_BEFORE, CODE_AFTER."""
    word = WORD_BEFORE.search(plain, 0, start)
    before = word.group() if word else ""
    return bool(CODE_BEFORE.search(before) or CODE_AFTER.match(plain[end : end + 2]))


def take_marks(
    plain: str, spans: list[Span], known: set[str], *, paren_marks: bool = False
) -> MarkedText:
    """Remove footnote marks from ``plain``; see the module docstring.

    "(1)" counts as a mark only with ``paren_marks`` (the document prints
    its footnotes "(1) text"), a footnote 1 to point to, and not after a
    digit or inside an identifier ("article 2(1)", "alert(1)")."""
    marked = MarkedText(plain, list(spans), [], [])
    position = 0
    while True:
        match = INLINE_MARK.search(marked.plain, position)
        if not match:
            break
        raw = match.group("paren_sup") or match.group("sup") or match.group("num")
        marker = ascii_marker(raw)
        markers = [marker]
        if marker not in known and match.group("sup") and len(marker) > 1:
            markers = list(marker)  # "¹²": two marks side by side
        if match.group("num") and (
            marker not in known
            or not paren_marks
            or _is_code(marked.plain, match.start(), match.end())
        ):
            position = match.end()  # "(2)" is text unless footnote 2 exists
            continue
        offset = _remove(marked, match.start(), match.end())
        for m in markers:
            if m in known:
                marked.refs.append(FootnoteRefData(m, offset))
            else:
                marked.missing.append(m)
        position = offset
    trailing = TRAILING_MARK.search(marked.plain)
    if trailing and trailing.group("bare") in known:
        marked.refs.append(FootnoteRefData(trailing.group("bare"), trailing.start()))
        marked.plain = marked.plain[: trailing.start()]
        marked.spans = shift_spans(marked.spans, trailing.start(), len(trailing.group()))
    marked.plain = marked.plain.strip()
    return marked
