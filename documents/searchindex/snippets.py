"""Highlights and snippets, from the tokens' offsets. Pure.

Reads: a hit's text and language, the ``QueryPlan``, and where the
paragraph cites each symbol (stored in the index).
Produces: the spans of the text that matched (``highlight_spans``) and a
window of the text around the best of them (``snippet``).

The spans come from the same analysis that built the index: the hit's text
is analysed again (``analysis.analyse`` is deterministic), each phrase of
the plan is matched on the tokens' positions, and a match marks the text
from its first token's start to its last token's end, so "Islamic\\n
Cooperation" or "伊斯兰 合作" is one mark and "Recalling" is marked for the
query "Recalls". Only the parts of a long text around the places that may
hold a term are analysed again (``_windows``): a paragraph of a thousand
words costs what its few matches do. Tantivy's own snippet generator cannot
be used: it re-tokenizes with the field's tokenizer, and our fields are
pre-tokenized.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .analysis import Phrase, QueryPlan, analyse, fold_and_drop

Span = tuple[int, int]

#: Longest snippet, in characters; a paragraph this short is shown whole.
SNIPPET_CHARS = 280
#: Characters kept before the first highlight of a snippet.
SNIPPET_LEAD = 60
#: How far a snippet's ends move to fall between words.
WORD_BOUNDARY_REACH = 20


def _phrase_matches(at: dict[int, dict[str, Span]], phrase: Phrase) -> list[Span]:
    """Where ``phrase`` stands in ``at`` (position -> term -> its span)."""
    first_term = phrase.terms[0][0]
    if phrase.single:
        return [span for terms in at.values() if (span := terms.get(first_term))]
    spans = []
    for position, terms in at.items():
        if first_term not in terms:
            continue
        matched = []
        for term, offset in phrase.terms:
            span = at.get(position + offset, {}).get(term)
            if span is None:
                break
            matched.append(span)
        else:
            spans.append((min(s for s, _ in matched), max(e for _, e in matched)))
    return spans


def merge(spans: list[Span]) -> list[Span]:
    """Spans sorted, overlapping or touching ones made one."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def highlight_spans(
    text: str, language: str, plan: QueryPlan, citations=()
) -> list[Span]:
    """Where ``plan`` matches ``text``: every match of a required phrase
    or of the words together, and the citations of the symbols the query
    names (where the paragraph cites them, or prints them in full)."""
    planned = plan.for_language(language)
    phrases = [phrase for phrase, _ in planned.required]
    if planned.proximity is not None:
        phrases.append(planned.proximity)
    wanted = set(plan.symbols)
    printed = {symbol.lower() for symbol in wanted}  # "A/RES/72/74" in the text itself
    spans = [(start, end) for symbol, start, end in citations
             if symbol in wanted and 0 <= start < end <= len(text)]
    terms = {term for phrase in phrases for term, _ in phrase.terms} | printed
    folded, offsets = fold_and_drop(text)
    present = {term for term in terms if _probe(term) in folded}
    phrases = [p for p in phrases if all(term in present for term, _ in p.terms)]
    reach = 2 * len(plan.text) + WINDOW_MARGIN
    for first, last in _windows(text, folded, offsets, present, reach):
        at: dict[int, dict[str, Span]] = defaultdict(dict)
        for term, start, end, position, _ in analyse(text[first:last], language):
            if term in present and term not in at[position]:
                at[position][term] = (start + first, end + first)
        spans += [span for phrase in phrases for span in _phrase_matches(at, phrase)]
        spans += [span for found in at.values() for term, span in found.items()
                  if term in printed]
    return merge(spans)


class Highlighter:
    """``highlight_spans`` for one query, remembering the texts it saw: the
    same paragraph recurs across a series of resolutions, year after year,
    and a page of hits often holds it several times."""

    def __init__(self, plan: QueryPlan):
        self.plan = plan
        self._seen: dict[tuple, list[Span]] = {}

    def __call__(self, text: str, language: str, citations=()) -> list[Span]:
        key = (text, language, tuple(map(tuple, citations)))
        if key not in self._seen:
            self._seen[key] = highlight_spans(text, language, self.plan, citations)
        return self._seen[key]


#: Characters read each side of a probe, beyond twice the query's length.
WINDOW_MARGIN = 40
#: Windows covering more of the text than this are the whole text.
WHOLE_TEXT_SHARE = 0.5


def _probe(term: str) -> str:
    """The first characters of a term, which the folded text (harakat and
    the like dropped) holds wherever it holds the term: a stem begins as
    its word does ("recal" in "recalling"), an Arabic stem and a Chinese
    character are inside their word. One character for short terms, whose
    stem may end otherwise ("dying" -> "die")."""
    return term[:2] if len(term) > 3 else term[:1]


def _windows(text: str, folded: str, offsets: list[int] | None, terms: set[str],
             reach: int) -> list[Span]:
    """The parts of ``text`` worth analysing again: around each place where
    ``folded`` (``fold_and_drop(text)``) holds the probe of a term, widened
    to the nearest spaces; the whole text when that is most of it; none
    when no term is there (the hit came through a citation)."""
    if not terms:
        return []
    probes = {_probe(term) for term in terms}
    places = sum(folded.count(probe) for probe in probes)
    if places * 2 * reach > WHOLE_TEXT_SHARE * len(folded):
        return [(0, len(text))] if places else []
    windows: list[list[int]] = []
    starts = []
    for probe in probes:
        found = folded.find(probe)
        while found >= 0:
            starts.append(found)
            found = folded.find(probe, found + 1)
    for found in sorted(starts):
        first, last = max(0, found - reach), min(len(folded), found + reach)
        if windows and first <= windows[-1][1]:
            windows[-1][1] = last
        else:
            windows.append([first, last])
    if sum(b - a for a, b in windows) > WHOLE_TEXT_SHARE * len(folded):
        return [(0, len(text))]
    if offsets is not None:  # back to the text's own offsets
        windows = [[offsets[a], offsets[b]] for a, b in windows]
    return [(_space_before(text, a), _space_after(text, b)) for a, b in windows]


def _space_before(text: str, index: int) -> int:
    space = text.rfind(" ", 0, index + 1)
    return space + 1 if space >= 0 else 0


def _space_after(text: str, index: int) -> int:
    space = text.find(" ", index)
    return space if space >= 0 else len(text)


@dataclass(frozen=True)
class Snippet:
    """``text[start:end]`` of a paragraph, ``highlights`` relative to it;
    ``before``/``after`` say whether text was cut on that side."""

    text: str
    start: int
    end: int
    highlights: list[Span]

    def as_dict(self, length: int) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "highlights": [list(s) for s in self.highlights],
            "truncated_start": self.start > 0,
            "truncated_end": self.end < length,
        }


def _boundary_forward(text: str, index: int) -> int:
    """``index`` moved forward to the start of a word, if one is near."""
    if index <= 0:
        return 0
    space = text.find(" ", index, index + WORD_BOUNDARY_REACH)
    return space + 1 if space >= 0 else index


def _boundary_back(text: str, index: int) -> int:
    if index >= len(text):
        return len(text)
    space = text.rfind(" ", max(0, index - WORD_BOUNDARY_REACH), index)
    return space if space > 0 else index


def snippet(text: str, spans: list[Span], size: int = SNIPPET_CHARS) -> Snippet:
    """The window of at most ``size`` characters holding the most
    highlights (the earliest such), its ends between words."""
    if len(text) <= size:
        return Snippet(text, 0, len(text), list(spans))
    best_start, best_count = 0, -1
    first = 0  # spans are sorted: count those inside each window in one pass
    for anchor, _ in spans or [(0, 0)]:
        start = max(0, min(anchor - SNIPPET_LEAD, len(text) - size))
        while first < len(spans) and spans[first][0] < start:
            first += 1
        last = first
        while last < len(spans) and spans[last][1] <= start + size:
            last += 1
        if last - first > best_count:
            best_start, best_count = start, last - first
    start = _boundary_forward(text, best_start)
    end = _boundary_back(text, min(len(text), start + size))
    inside = [
        (max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start
    ]
    return Snippet(text[start:end], start, end, inside)
