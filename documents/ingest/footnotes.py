"""Stage 5: footnotes and the marks that point to them.

Reads: footnote ``Block`` objects (made by ``segment`` from "¹ text",
"⁽¹⁾ text", "(1) text" or a bare "1" line followed by its text) and the
plain text + spans of each paragraph (marks still in it: "¹", "⁽¹⁾",
"word(1)" (only in a document whose footnotes are printed "(1) text", and
never after a digit or in an identifier), or a bare number ending a
paragraph after its punctuation, "秘书长的报告；2"), a word in brackets when a
note opens with it ("所在地.(注)" / "(注)大会..."), two glued marks run
together as one number ("第一2325兩月"). Removing a mark keeps
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
from dataclasses import dataclass, replace

from . import punctuation
from .languages import LANGUAGES
from .markup import Span, parse_inline, shift_spans
from .segment import FOOTNOTE_BARE_START, NOTE_WORD_MARK, Block, is_cjk
from .types import FootnoteData, FootnoteRefData

# a mark inside text: "Conference¹", "الأخرى⁽²⁾", "organizations(2)"
INLINE_MARK = re.compile(
    r"""
      ⁽(?P<paren_sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾      # ⁽²⁾
    | (?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})              # ¹
    | (?<=[^\W\d_]|[,.;:，。；،؛])              # attached to a word or punctuation:
      \((?P<num>\d{1,2})\)                    # organizations(2)
    | (?<=\S)""" + NOTE_WORD_MARK + r"""     # 所在地.(注), a note marked by a word
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

CLOSING = punctuation.CLAUSE_END + punctuation.CLOSING_BRACKETS
# no language prints a space before these: a space between a removed mark
# and one of them goes with the mark ("word¹ ," -> "word,"). French puts a
# space before ; : ! ? », so those keep the text as printed.
NO_SPACE_BEFORE = punctuation.NEVER_SPACED_BEFORE
CJK = "[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"  # Chinese: see the last form below
# what follows a mark in Chinese text: punctuation, a space, the end, or a
# character that does not count or date ("1日", "2次", "3个" are numbers)
CHINESE_AFTER_MARK = (
    "[，。；、：《「（\\s]|$|(?![日月年号號次个個名项項条條段届屆时時分岁歲亿億万萬千百十])"
    "[\\u4e00-\\u9fff]"
)
# In PDF text a superscript mark comes out as plain digits glued to what
# precedes it. Such a mark is only taken when it is the footnote expected
# next in the document's sequence (``MarkSequence``), in one of these places:
GLUED_MARK = (
    # after a word of two letters or more (no digit, no slash in it):
    # "Nations1", or spaced out by the extraction, "the agenda 5 and" (not
    # after a word that numbers things: "article 5", see NUMBERING_WORDS)
    r"(?:(?<![\w/.-])(?=[^\W\d_]{{2}})[^\W\d_]+[’”»\"')\]]?)(?<!" + CJK + r")"
    r"(?P<a>{k})(?=[\s,.;:)]|$)"
    r"|(?<=[^\W\d_] )(?<!" + CJK + r" )(?P<b>{k})(?=\s+[^\W\d]|\s*[,.;:]|$)"
    # after closing punctuation that follows no digit: "2021,3", "peace,1",
    # or after it and a space, before a word: "Governors”; 3 and", "Rights, 1 the",
    # "the Paris Principles. 13 We" (UN style spells out a number opening a sentence)
    r"|(?<=[^\d\s][,.;:”’)»])(?P<c>{k})(?=\s|$)"
    r"|(?<=[^\d\s][,.;”’)] )(?P<d>{k})(?=\s+[^\W\d]|$)"
    # after a symbol's number and its punctuation: "resolution 79/16,2"
    r"|/\d{{1,4}}[,.;:] ?(?P<h>{k})(?=\s|$)"
    # after a year: "20172" is 2017 and footnote 2
    r"|(?<![\d/.,-])(?:19|20)\d\d(?P<e>{k})(?![\d/])"
    # after a year and its punctuation: "on 20 December 2024,1 which", "2021, 1 2022"
    r"|(?<![\d/.,-])(?:19|20)\d\d[,.;:] ?(?P<g>{k})(?=\s|$)"
    # after Chinese text, before Chinese punctuation or text: "决议1，", "组织1以"
    # (not a count or a date: "第1次", "10月1日")
    r"|(?<=[\u4e00-\u9fff》」）])(?<![第年月至约共])(?P<f>{k})(?=" + CHINESE_AFTER_MARK + ")"
    # or after Chinese punctuation that follows no number: "声明，4其中", "目标、5保护"
    r"|(?<=[^\d\s][，、；：。])(?P<i>{k})(?=" + CHINESE_AFTER_MARK + ")"
)
# a footnote body never opens with these: "1 - تحيط" is an Arabic operative
NOT_A_FOOTNOTE_START = "-–—.,;:)/%"
WORD_BEFORE_SPACE = re.compile(r"(\w+)\.? $")
NUMBERING_WORDS = frozenset(
    word.casefold() for lang in LANGUAGES.values() for word in lang.numbering_words
)
MONTH_WORDS = frozenset(
    name.split(" ")[0].casefold() for lang in LANGUAGES.values() for name in lang.months
)
MIN_WORD_BEFORE_SPACED_MARK = 4
# how far after the first mark of a run ("2325") its second may be
RUN_REACH = 3
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


def glued_mark(text: str, marker: str, start: int = 0) -> re.Match | None:
    """The first place from ``start`` where footnote ``marker`` is glued to
    the text as PDF extraction prints it (see GLUED_MARK). The spaced form
    ("the agenda 5 and") is the weakest: taken only when no other form of
    the mark follows, and never after a word that numbers things ("article
    5"), a short word ("to 5") or before a month ("5 July")."""
    pattern = re.compile(GLUED_MARK.format(k=re.escape(marker)))
    spaced = None
    for match in pattern.finditer(text, start):
        if match.group("b") is None:
            return match
        if spaced is None and _spaced_mark(text, match):
            spaced = match
    return spaced


def glued_run(text: str, marker: str, later: list[str], start: int = 0) -> re.Match | None:
    """The first place from ``start`` where footnote ``marker`` is printed
    run together with the mark of a later footnote, the two as one number
    in a place a glued mark takes (see GLUED_MARK; never the spaced form):
    "第一2325兩月" is marks 23 and 25 when footnotes 23 and 25 both exist.
    ``later`` holds the markers the second mark may be; ``run_marks`` splits
    the match."""
    if not later:
        return None
    second = "|".join(re.escape(m) for m in sorted(later, key=len, reverse=True))
    pattern = re.compile(GLUED_MARK.format(k=f"{re.escape(marker)}(?:{second})"))
    for match in pattern.finditer(text, start):
        if match.group("b") is None:
            return match
    return None


def run_marks(match: re.Match, marker: str) -> tuple[str, str]:
    """The two marks of a ``glued_run`` match of ``marker``: ("23", "25")."""
    start, stop = glued_span(match)
    return marker, match.string[start + len(marker) : stop]


def _spaced_mark(text: str, match: re.Match) -> bool:
    word = WORD_BEFORE_SPACE.search(text, 0, match.start("b"))
    after = text[match.end("b") :].split(None, 1)
    following = after[0].strip(",.;:").casefold() if after else ""
    return bool(
        word
        and len(word.group(1)) >= MIN_WORD_BEFORE_SPACED_MARK
        and word.group(1).casefold() not in NUMBERING_WORDS
        and following not in MONTH_WORDS
    )


def glued_span(match: re.Match) -> tuple[int, int]:
    """Start and end of the mark itself inside a ``glued_mark`` match."""
    for name in "abcdefghi":
        if match.group(name) is not None:
            return match.span(name)
    raise ValueError("not a glued mark")


@dataclass
class MarkSequence:
    """The footnotes of a document in order, and the one expected next.

    Footnotes are numbered in the order their marks first appear, so a bare
    number glued to a word is taken as a mark only when it is the next
    number expected (or the one after, when a mark was lost)."""

    markers: list[str]
    position: int = 0

    @classmethod
    def of(cls, markers: list[str]) -> MarkSequence:
        numeric = sorted({m for m in markers if m.isdigit()}, key=int)
        return cls(numeric)

    def expected(self) -> list[str]:
        return self.markers[self.position : self.position + 2]

    def seen(self, marker: str) -> None:
        if marker in self.markers[self.position :]:
            self.position = self.markers.index(marker, self.position) + 1

    def later(self, marker: str) -> list[str]:
        """The footnotes after ``marker`` a mark run together with it may
        be ("2325": 25 when the words holding 24 were lost)."""
        if marker not in self.markers:
            return []
        index = self.markers.index(marker)
        return self.markers[index + 1 : index + 1 + RUN_REACH]


def take_glued_marks(marked: MarkedText, sequence: MarkSequence) -> None:
    """Take from ``marked`` the glued marks of the footnotes expected next
    (module docstring), in reading order. Explicit marks were taken first;
    each moves the sequence on once the text before it has been read."""
    position = 0
    for ref in sorted(marked.refs, key=lambda r: r.offset):
        position = _take_glued_before(marked, sequence, position, ref.offset)
        sequence.seen(ref.marker)
        position = max(position, ref.offset)
    _take_glued_before(marked, sequence, position, len(marked.plain))
    marked.refs.sort(key=lambda r: r.offset)


def _take_glued_before(
    marked: MarkedText, sequence: MarkSequence, position: int, end: int
) -> int:
    """Glued marks in ``marked.plain[position:end]``; returns where reading
    stopped, ``end`` moved back by the marks removed."""
    while sequence.expected():
        text = marked.plain[:end]
        found = [
            (match, marker, False)
            for marker in sequence.expected()
            if (match := glued_mark(text, marker, position))
        ] + [
            (match, marker, True)
            for marker in sequence.expected()
            if (match := glued_run(text, marker, sequence.later(marker), position))
        ]
        if not found:
            break
        # the first in the text; a single mark before a run at the same place
        match, marker, run = min(found, key=lambda f: (glued_span(f[0])[0], f[2]))
        marks = run_marks(match, marker) if run else (marker,)
        start, stop = glued_span(match)
        length = len(marked.plain)
        offset = _remove(marked, start, stop)
        end -= length - len(marked.plain)
        for mark in marks:
            marked.refs.append(FootnoteRefData(mark, offset))
            if mark in sequence.expected()[:1] or mark == marker:
                sequence.seen(mark)  # a second mark out of order leaves the one between expected
        position = offset
    return end


def mark_unruled_footnotes(blocks: list[Block], months: frozenset[str]) -> list[Block]:
    """Find the footnote bodies that extraction left where a page ended,
    with no rule above them. A block opening with a bare number ("2
    A/79/552-S/2024/767.") is footnote N when N is the footnote expected
    next (or one of the two after it, when a body was lost) and either its
    mark is glued to the text since the last footnote ("…dated 25 November
    20242") or it sits in a run of such bodies (N-1 just before it, N+1
    just after). A number that opens a wrapped line ("1 November 2018, …",
    "12 States voted …") is text: no mark points to it, or a month or a
    lower-case word follows it.
    Reads and produces ``Block`` objects (footnote ones get their marker)."""
    candidates = [_bare_footnote_number(block, months) for block in blocks]
    result: list[Block] = []
    expected = 1
    since_last: list[str] = []  # text of the blocks since the last footnote
    accepted_before = accepted_any = False
    for index, block in enumerate(blocks):
        if block.footnote:
            if block.footnote.isdigit():
                expected = int(block.footnote) + 1
            since_last, accepted_before, accepted_any = [], True, True
            result.append(block)
            continue
        number = candidates[index]
        following = candidates[index + 1] if index + 1 < len(blocks) else None
        in_run = (accepted_before and number == expected) or (
            number is not None and following == number + 1
        )
        # the first footnote may carry any number: a volume of resolutions
        # numbers its footnotes on from one resolution to the next ("32")
        text = " ".join(since_last)
        later = [
            str(c) for c in candidates[index + 1 :]
            if c and number and number < c <= number + RUN_REACH
        ]
        glued = number is not None and (
            glued_mark(text, str(number)) is not None
            or glued_run(text, str(number), later) is not None  # "第一2325兩月"
        )
        in_sequence = number is not None and expected <= number <= expected + 2
        if (in_sequence and (in_run or glued)) or (not accepted_any and glued):
            result.append(_as_footnote(block, str(number)))
            expected, accepted_before, accepted_any = number + 1, True, True
            continue  # marks of the next footnotes may sit in text before this one
        accepted_before = False
        since_last.append(block.text)
        result.append(block)
    return result


def join_quoted_footnote_text(blocks: list[Block]) -> list[Block]:
    """A footnote body that ends with a colon announces the text it quotes
    ("(注)...决定将永久会所委员会之任务规定修改如下:" / "“以研讨联合国永久及临时
    会址之所在地...”."): the next block, when it opens with a quotation
    mark and is no footnote, is the rest of that footnote, not a paragraph.
    Reads and produces ``Block`` objects."""
    result: list[Block] = []
    for block in blocks:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.footnote
            and not block.footnote
            and previous.text.rstrip()[-1:] in punctuation.COLONS
            and block.text.lstrip()[:1] in punctuation.OPENING_QUOTES
        ):
            result[-1] = replace(previous, lines=[*previous.lines, *block.lines])
            continue
        result.append(block)
    return result


def _bare_footnote_number(block: Block, months: frozenset[str]) -> int | None:
    """N when ``block`` opens like a footnote body "N Text", else None."""
    start = FOOTNOTE_BARE_START.match(block.text)
    if not start:
        return None
    body = start.group("body")
    first_word = body.split(" ", 1)[0].rstrip(",.").casefold()
    if body[:1].islower() or body[:1] in NOT_A_FOOTNOTE_START or first_word in months:
        return None  # "1 - تحيط" is an operative paragraph, "1 November" a date
    return int(start.group("bare"))


def _as_footnote(block: Block, marker: str) -> Block:
    first = FOOTNOTE_BARE_START.sub(r"\g<body>", block.lines[0], count=1)
    return replace(block, lines=[first, *block.lines[1:]], footnote=marker, style="bare")


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
        raw = (
            match.group("paren_sup") or match.group("sup") or match.group("num")
            or match.group("word")
        )
        marker = ascii_marker(raw)
        if match.group("word") and marker not in known:
            position = match.end()  # "(*)" is text unless a note is marked so
            continue
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
