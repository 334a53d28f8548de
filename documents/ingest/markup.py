"""Inline markup: read it from source text, write it back as safe HTML.

Reads: one paragraph of source text carrying markdown-like markup as the
extraction tools print it (``*emphasis*``, ``**strong**``, ``[text](url)``).
Produces: the plain text (what readers search and aligners compare) plus
``Span`` offsets into it; and, from plain text + spans + footnote marks +
references, sanitized HTML.

Everything that is not our own markup is text: ``<script>`` or
``<b onclick=...>`` in a source file reach the page escaped, never as tags.
The HTML is built by inserting tags at offsets around escaped text, and then
passed through ``bleach.clean`` with a strict allowlist as a second fence.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import bleach

from .types import FootnoteRefData, ReferenceData

ALLOWED_TAGS = frozenset({"em", "strong", "sup", "a"})
ALLOWED_ATTRIBUTES = {"a": ["href", "class", "data-symbol"], "sup": ["class"]}
ALLOWED_PROTOCOLS = frozenset({"https"})
REFERENCE_URL = "https://undocs.org/{symbol}"


@dataclass(frozen=True)
class Span:
    """``plain[start:end]`` is wrapped in ``tag`` ("em" or "strong")."""

    start: int
    end: int
    tag: str


# [A/75/L.27](#) -> "A/75/L.27"; the target is dropped (sources carry "#").
LINK = re.compile(
    r"""
    \[ (?P<text> [^\[\]\n]* ) \]      # [A/75/L.27]
    \( (?P<url> [^()\s]* ) \)         # (#) or (https://...)
    """,
    re.VERBOSE,
)
# a run of asterisks: "**" opens/closes strong, "*" em, "***" both
STARS = re.compile(r"\*+")


def _delimiters(source: str) -> list[tuple[int, int, str]]:
    """Find (position, length, kind) of markup tokens in ``source``.

    kind is "em", "strong", "link_open" or "link_close"."""
    tokens: list[tuple[int, int, str]] = []
    link_targets = []
    for match in LINK.finditer(source):
        tokens.append((match.start(), 1, "link_open"))
        tokens.append((match.end("text"), match.end() - match.end("text"), "link_close"))
        link_targets.append((match.end("text"), match.end()))
    for match in STARS.finditer(source):
        start, run = match.start(), len(match.group())
        if any(a <= start < b for a, b in link_targets):
            continue  # inside a link target
        if run == 1:
            tokens.append((start, 1, "em"))
        elif run == 2:
            tokens.append((start, 2, "strong"))
        elif run == 3:
            # "***x***": strong outside em when opening, em first when closing
            tokens.append((start, 2, "strong3"))
            tokens.append((start + 2, 1, "em3"))
        # longer runs are rules or decoration: literal text
    tokens.sort()
    return tokens


def _can_open(source: str, end: int) -> bool:
    return end < len(source) and not source[end].isspace()


def _can_close(source: str, start: int) -> bool:
    return start > 0 and not source[start - 1].isspace()


def parse_inline(source: str) -> tuple[str, list[Span]]:
    """Strip inline markup from ``source``; return plain text and spans.

    >>> parse_inline("1. *Takes note* of [A/75/345](#);")
    ('1. Takes note of A/75/345;', [Span(start=3, end=13, tag='em')])

    Unmatched asterisks stay in the text as they were printed.
    """
    tokens = _delimiters(source)
    # pair the emphasis tokens; unmatched ones become literal text
    matched: set[int] = set()
    pairs: list[tuple[int, int, str]] = []  # (open token index, close token index, tag)
    open_at: dict[str, int] = {}
    for index, (pos, length, kind) in enumerate(tokens):
        if kind in ("link_open", "link_close"):
            matched.add(index)
            continue
        tag = "strong" if kind.startswith("strong") else "em"
        if tag in open_at and _can_close(source, pos):
            pairs.append((open_at.pop(tag), index, tag))
        elif _can_open(source, pos + length):
            open_at[tag] = index
    for opener, closer, _tag in pairs:
        matched.update((opener, closer))
    out: list[str] = []
    offset_of_token: dict[int, int] = {}
    cursor = 0
    length_so_far = 0
    for index, (pos, length, _kind) in enumerate(tokens):
        if index not in matched:
            continue
        if pos < cursor:  # overlapping token (cannot happen with sorted, disjoint runs)
            continue
        chunk = source[cursor:pos]
        out.append(chunk)
        length_so_far += len(chunk)
        offset_of_token[index] = length_so_far
        cursor = pos + length
    out.append(source[cursor:])
    plain = "".join(out)
    spans = [
        Span(offset_of_token[opener], offset_of_token[closer], tag)
        for opener, closer, tag in pairs
        if offset_of_token[closer] > offset_of_token[opener]
    ]
    spans.sort(key=lambda s: (s.start, -s.end, s.tag))
    return plain, spans


def shift_spans(spans: Iterable[Span], removed_at: int, removed_length: int) -> list[Span]:
    """Adjust spans after ``removed_length`` characters were cut at ``removed_at``."""

    def move(offset: int) -> int:
        if offset <= removed_at:
            return offset
        return max(removed_at, offset - removed_length)

    shifted = [Span(move(s.start), move(s.end), s.tag) for s in spans]
    return [s for s in shifted if s.end > s.start]


def slice_spans(spans: Iterable[Span], start: int, end: int) -> list[Span]:
    """The spans that fall in ``plain[start:end]``, re-based to ``start``."""
    result = []
    for span in spans:
        a, b = max(span.start, start), min(span.end, end)
        if b > a:
            result.append(Span(a - start, b - start, span.tag))
    return result


def _footnote_html(marker: str) -> str:
    m = html.escape(marker, quote=True)
    return f'<sup class="fnref"><a href="#fn-{m}">{m}</a></sup>'


def render_html(
    plain: str,
    spans: Sequence[Span] = (),
    footnote_refs: Sequence[FootnoteRefData] = (),
    references: Sequence[ReferenceData] = (),
) -> str:
    """Build sanitized HTML for ``plain`` with its markup.

    Every character of ``plain`` is escaped. Tags are inserted at offsets;
    where a reference and an emphasis overlap, the text is cut into runs and
    each run gets its own properly nested tags, so the result is always well
    formed. Footnote marks are inserted at their offsets (the mark itself is
    not part of ``plain``).
    """
    length = len(plain)
    ranges: list[tuple[int, int, str, str]] = []  # start, end, kind, symbol
    for span in spans:
        if span.tag in ("em", "strong"):
            ranges.append((max(0, span.start), min(length, span.end), span.tag, ""))
    for ref in references:
        end = min(length, ref.offset + len(ref.text))
        if ref.offset >= 0 and end > ref.offset:
            ranges.append((ref.offset, end, "ref", ref.symbol))
    cuts = {0, length}
    for start, end, _kind, _symbol in ranges:
        cuts.update((start, end))
    marks: dict[int, list[str]] = {}
    for ref in footnote_refs:
        offset = min(max(ref.offset, 0), length)
        cuts.add(offset)
        marks.setdefault(offset, []).append(ref.marker)
    boundaries = sorted(cuts)
    parts: list[str] = []
    stack: list[tuple[str, str]] = []  # open (tag, opening html), outermost first

    def close_to(depth: int) -> None:
        while len(stack) > depth:
            parts.append(f"</{stack.pop()[0]}>")

    for start, end in zip(boundaries, boundaries[1:] + [None], strict=True):
        if marks.get(start):
            close_to(0)  # a footnote mark never sits inside a link or emphasis
            parts.extend(_footnote_html(marker) for marker in marks[start])
        if end is None or end <= start:
            continue
        active = [r for r in ranges if r[0] <= start and end <= r[1]]
        wanted: list[tuple[str, str]] = []
        ref = next((r for r in active if r[2] == "ref"), None)
        if ref is not None:
            symbol = html.escape(ref[3], quote=True)
            url = html.escape(REFERENCE_URL.format(symbol=ref[3]), quote=True)
            wanted.append(("a", f'<a class="ref" data-symbol="{symbol}" href="{url}">'))
        for tag in ("strong", "em"):
            if any(r[2] == tag for r in active):
                wanted.append((tag, f"<{tag}>"))
        common = 0
        while common < min(len(stack), len(wanted)) and stack[common] == wanted[common]:
            common += 1
        close_to(common)
        for item in wanted[common:]:
            parts.append(item[1])
            stack.append(item)
        parts.append(html.escape(plain[start:end], quote=False))
    close_to(0)
    return clean_html("".join(parts))


#: The tags ``render_html`` writes, and nothing else: attribute values
#: escaped, links https or to a footnote of the page. Each alternative names
#: its tag in one group (``close`` for a closing tag), as ``only_tags`` reads.
OWN_TAG = re.compile(
    r'<(?P<open>em|strong)>|</(?P<close>em|strong|a|sup)>|<(?P<sup>sup) class="fnref">'
    r'|<(?P<note>a) href="#fn-[^"<>]*">'
    r'|<(?P<ref>a) class="ref" data-symbol="[^"<>]*" href="https://[^"<>]*">'
)


def only_tags(fragment: str, tags: re.Pattern) -> bool:
    """Whether every ``<`` of ``fragment`` opens a tag ``tags`` matches and
    the tags are balanced: such a fragment of escaped text is what bleach
    would give back unchanged, so it is safe as it is. Linear, and far
    cheaper than parsing. In ``tags`` each alternative captures its tag's
    name in a named group, ``close`` for a closing tag."""
    depth: dict[str, int] = {}
    position = fragment.find("<")
    while position != -1:
        tag = tags.match(fragment, position)
        if tag is None:
            return False
        name = tag[tag.lastgroup]
        depth[name] = depth.get(name, 0) + (-1 if tag.lastgroup == "close" else 1)
        if depth[name] < 0:
            return False
        position = fragment.find("<", tag.end())
    return not any(depth.values())


def clean_html(fragment: str) -> str:
    """The last fence: only our tags, attributes and https links survive.
    A fragment made of escaped text and the tags ``render_html`` writes
    passes as it is (``only_tags`` with ``OWN_TAG``); anything else goes
    through bleach."""
    if only_tags(fragment, OWN_TAG):
        return fragment
    return bleach.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=False,
    )
