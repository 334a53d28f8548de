"""Analysis: text -> tokens, the same function for the paragraphs indexed and
for the queries, so the two sides cannot drift. Pure: no database, no index.

Reads: a text and its language code (``languages.LANGUAGE_ANALYSIS``).
Produces: ``Token``s (term, start and end offsets in the text as given,
position), and for a query a ``QueryPlan``.

The steps, in order:

1. Fold: ``documents.search.FOLD`` one character for another (Arabic
   letter variants, Latin accents), full-width ASCII to ASCII, lower case,
   every offset kept; the characters FOLD drops (harakat, tatweel, soft
   hyphens, zero-width marks) are dropped, and where each remaining
   character stood is remembered (``fold_and_drop``). FOLD's spaces need
   nothing: no token holds a space.
2. Cut into tokens (``TOKEN_RE``): runs of Han characters (spaces between
   them do not count: Chinese is written without them), slashed tokens kept
   whole as exact terms (``a/res/75/16``, ``s/pv.7050``, ``75/16``), numbers
   with separators (``1,000``), words.
3. Per token: a word goes through its language's stemmer (Snowball for en,
   fr, es, ru; light prefix and suffix stripping for Arabic); a Han run
   becomes its characters, its pairs and its triples of characters, each
   at the position of its first character, so one character matches by
   itself, two as one term, and any longer run as a phrase of triples
   ("仇视伊斯兰" = 仇视伊 at 0 and 伊斯兰 at 2).

The index also holds each two words standing together as one term
(``word_pairs``), so that a phrase of words is looked up by its pairs.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from enum import Enum
from itertools import chain, repeat
from operator import add
from typing import NamedTuple

import Stemmer

from documents.search import FOLD

from .languages import (
    ARABIC_CONJUNCTION,
    ARABIC_CONJUNCTION_MIN_WORD,
    ARABIC_LIGHT,
    ARABIC_MIN_STEM,
    ARABIC_PREFIXES,
    ARABIC_SUFFIXES,
    LANGUAGE_ANALYSIS,
)

# -- 1. folding ---------------------------------------------------------------

# FOLD's spaces need no folding here: no token holds a space, and Han
# characters are joined across any (``TOKEN_RE``).
_REPLACED = {
    **{k: v for k, v in FOLD.items() if v and not v.isspace()},
    # full-width ASCII (Ａ／ＲＥＳ, ３３６９) as ASCII
    **{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)},
}
_ONE_FOR_ONE = str.maketrans(_REPLACED)
_REPLACED_RE = re.compile(f"[{''.join(sorted(_REPLACED))}]")
DROPPED = frozenset(k for k, v in FOLD.items() if not v)
_DROP = str.maketrans(dict.fromkeys(DROPPED, None))
DROPPED_RE = re.compile(f"[{''.join(sorted(DROPPED))}]")


def fold(text: str) -> str:
    """``text`` folded one character for one (same length, same offsets):
    FOLD's replacements, full-width ASCII as ASCII, lower case. "Côte" ->
    "cote", "الإسلامي" -> "الاسلامي", "Ｓ／ＰＶ" -> "s/pv"."""
    # translate looks up every character: only when there is one to replace
    folded = text.translate(_ONE_FOR_ONE) if _REPLACED_RE.search(text) else text
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # a rare character whose lower case is longer ("İ" unfolded): keep it
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)


def fold_and_drop(text: str) -> tuple[str, list[int] | None]:
    """``fold(text)`` without the characters FOLD drops (harakat, tatweel,
    soft hyphens...), and where each remaining character stood in ``text``
    (None when nothing was dropped: the offsets are the same)."""
    folded = fold(text)
    if not DROPPED_RE.search(folded):
        return folded, None
    kept = [i for i, c in enumerate(folded) if c not in DROPPED]
    return folded.translate(_DROP), [*kept, len(text)]


# -- 2. tokens ----------------------------------------------------------------

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_W = rf"[^\W{HAN}]"  # a word character that is not Han

#: One token of folded text: a run of Han characters, spaces between them
#: not counting ("伊斯兰 合作"); or a word, kept whole across slashes and the
#: dots after them ("a/res/75/16", "s/pv.7050", "75/16") and across the
#: separators of a number ("1,000", "3.5").
TOKEN_RE = re.compile(
    rf"""
    (?P<han>[{HAN}](?:\s*[{HAN}])*)
  | (?P<word>{_W}+(?:(?:/{_W}+(?:\.{_W}+)*)+|(?:[.,]\d+)+)?)
    """,
    re.VERBOSE,
)
_WORD_RE = re.compile(rf"{_W}+")
_HAN_RE = re.compile(f"[{HAN}]")


class Kind(Enum):
    WORD = "word"  # a word, number or slashed term
    CHAR = "char"  # a Han character standing alone
    RUN_CHAR = "run_char"  # a Han character inside a longer run
    BIGRAM = "bigram"  # two Han characters
    TRIGRAM = "trigram"  # three Han characters


class Token(NamedTuple):
    term: str
    start: int  # offsets in the text as given
    end: int
    position: int
    kind: Kind


_as_token = functools.partial(tuple.__new__, Token)  # Token._make, in C


# -- 3. per-language normalisation --------------------------------------------


@functools.lru_cache(maxsize=200_000)
def arabic_light_stem(word: str) -> str:
    """A folded Arabic word without its conjunction, article and one suffix
    (``languages``): "والمنظمات" -> "منظم", "كراهيه" -> "كراه". A word in
    another script has none of these letters and is left as it is."""
    if word.startswith(ARABIC_CONJUNCTION) and len(word) >= ARABIC_CONJUNCTION_MIN_WORD:
        word = word[1:]
    for prefix in ARABIC_PREFIXES:  # longest first
        if word.startswith(prefix) and len(word) - len(prefix) >= ARABIC_MIN_STEM:
            word = word[len(prefix):]
            break
    for suffix in _ARABIC_SUFFIXES_LONGEST_FIRST:
        if word.endswith(suffix) and len(word) - len(suffix) >= ARABIC_MIN_STEM:
            return word[: -len(suffix)]
    return word


_ARABIC_SUFFIXES_LONGEST_FIRST = sorted(ARABIC_SUFFIXES, key=len, reverse=True)
_local = threading.local()  # PyStemmer stemmers are not thread-safe


def _stemmer(algorithm: str):
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if algorithm not in stemmers:
        stemmers[algorithm] = Stemmer.Stemmer(algorithm)
    return stemmers[algorithm]


def stem_words(words: list[str], language: str) -> list[str]:
    """``words`` through the language's stemmer (``languages``). Snowball
    and the Arabic affixes only touch words of their own script, so a
    Latin name in an Arabic paragraph comes out as it went in."""
    analysis = LANGUAGE_ANALYSIS.get(language)
    if analysis is None or analysis.stemmer is None or not words:
        return words
    if analysis.stemmer == ARABIC_LIGHT:
        return [arabic_light_stem(w) for w in words]
    return _stemmer(analysis.stemmer).stemWords(words)


def analyse(text: str, language: str) -> list[Token]:
    """The tokens of ``text`` in ``language``, in reading order: what the
    index holds for a paragraph and what a query is made of."""
    folded, offsets = fold_and_drop(text)
    found = _words_only(folded, language)
    if found is None:
        found = _tokens(folded, language)
    if offsets is not None:  # a token ends where the next character kept begins
        found = [(term, offsets[s], offsets[e], p, k) for term, s, e, p, k in found]
    return list(map(_as_token, found))


_span = re.Match.span


def _words_only(folded: str, language: str) -> list[tuple] | None:
    """``_tokens`` for a text without Chinese whose every token is a word
    or an exact term (most paragraphs), a list at a time rather than a
    token at a time; None for any other text."""
    if _HAN_RE.search(folded):
        return None
    spans = list(map(_span, TOKEN_RE.finditer(folded)))
    terms = [folded[a:b] for a, b in spans]
    exact = [i for i, t in enumerate(terms) if not t.isalnum()]
    if any(_EXACT_RE.fullmatch(terms[i]) is None for i in exact):
        return None  # a term to cut in words ("and/or"): positions move
    stems = stem_words(terms, language)
    for i in exact:
        stems[i] = terms[i]
    starts, ends = zip(*spans, strict=True) if spans else ((), ())
    return list(zip(stems, starts, ends, range(len(terms)), repeat(Kind.WORD), strict=False))


def _tokens(folded: str, language: str) -> list[tuple]:
    """The tokens of a folded text, one at a time (see ``analyse``)."""
    found: list[tuple[str, int, int, int, Kind]] = []
    words: list[int] = []  # indexes in ``found`` of the words to stem
    position = 0
    for match in TOKEN_RE.finditer(folded):
        term = match.group()
        start = match.start()
        if match.lastgroup == "han":
            position = _han_tokens(term, start, found, position)
            continue
        plain = "/" not in term and "," not in term and "." not in term
        if plain or _EXACT_RE.fullmatch(term):
            if plain:
                words.append(len(found))
            found.append((term, start, match.end(), position, Kind.WORD))
            position += 1
            continue
        for piece in _WORD_RE.finditer(term):  # "and/or", "word,123": words apart
            words.append(len(found))
            found.append((piece.group(), start + piece.start(), start + piece.end(), position,
                          Kind.WORD))
            position += 1
    if words:
        stems = stem_words([found[i][0] for i in words], language)
        for i, stem in zip(words, stems, strict=True):
            found[i] = (stem, *found[i][1:])
    return found


#: Terms kept whole, unstemmed: a slashed term with a digit (a symbol,
#: "75/16"), a number with separators ("1,000").
_EXACT_RE = re.compile(r"(?=[^/]*/).*\d.*|\d+(?:[.,]\d+)+", re.DOTALL)


def _han_tokens(run: str, start: int, found: list, position: int) -> int:
    """A Han run's characters, pairs and triples of characters, in
    position order (each pair and triple after the character it starts
    with)."""
    if not run.isalpha():  # spaces between the characters
        offsets = [start + i for i, c in enumerate(run) if not c.isspace()]
        run = "".join(c for c in run if not c.isspace())
    else:
        offsets = range(start, start + len(run))
    count = len(run)
    if count == 1:
        found.append((run, offsets[0], offsets[0] + 1, position, Kind.CHAR))
        return position + 1
    ends = [o + 1 for o in offsets]
    positions = range(position, position + count)
    pair_terms = list(map(add, run, run[1:]))
    chars = list(zip(run, offsets, ends, positions, repeat(Kind.RUN_CHAR)))
    pairs = list(zip(pair_terms, offsets, ends[1:], positions, repeat(Kind.BIGRAM)))
    triples = zip(map(add, pair_terms, run[2:]), offsets, ends[2:], positions,
                  repeat(Kind.TRIGRAM))
    found.extend(chain.from_iterable(zip(chars, pairs, triples, strict=False)))
    found.extend([chars[-2], pairs[-1], chars[-1]])  # no triple starts there
    return position + count


# -- word pairs ---------------------------------------------------------------

#: Joins the two words of a pair term; no term holds a space.
PAIR_JOINER = " "


def word_pairs(tokens: list[Token]) -> list[Token]:
    """A term for each two words standing together ("unit nation" at the
    position of "unit"), indexed beside the words: a phrase of words is
    then a phrase of pairs (a pair alone for two words), whose postings are
    short, instead of the positions of every paragraph holding each word.
    Chinese has its pairs already (``Kind.BIGRAM``)."""
    pairs = []
    for first, second in zip(tokens, tokens[1:], strict=False):
        if (first.kind is Kind.WORD and second.kind is Kind.WORD
                and second.position == first.position + 1):
            pairs.append(Token(first.term + PAIR_JOINER + second.term, first.start, second.end,
                               first.position, Kind.WORD))
    return pairs


def as_pairs(terms: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...] | None:
    """A phrase of two or more words (at consecutive offsets, no Chinese)
    as the fewest of its word pairs (``word_pairs``) that cover it, at
    their offsets: "organization of islamic cooperation" is "organiz of"
    at 0 and "islam cooper" at 2. Each pair fixes two words, so the pairs
    at these offsets hold the whole phrase, word for word; fewer terms
    whose positions must be compared make a cheaper phrase query. None
    otherwise."""
    if len(terms) < 2 or any(_HAN_RE.search(t) for t, _ in terms):
        return None
    if [o for _, o in terms] != list(range(len(terms))):
        return None
    words = [t for t, _ in terms]
    last = len(words) - 2  # the last pair's offset
    return tuple((words[i] + PAIR_JOINER + words[i + 1], i)
                 for i in sorted({*range(0, last, 2), last}))


# -- queries ------------------------------------------------------------------


@dataclass(frozen=True)
class Phrase:
    """Terms that must stand at these relative positions; one term is a
    plain term query."""

    terms: tuple[tuple[str, int], ...]

    @property
    def single(self) -> bool:
        return len(self.terms) == 1


def query_phrase(text: str, language: str) -> Phrase | None:
    """``text`` as the index must hold it, as one phrase, positions from
    the first: its words, and each Han run as the fewest of its pieces that
    cover it: a character alone, a pair, else triples ("伊斯兰合作组织" =
    伊斯兰 at 0, 合作组 at 3, 作组织 at 4), whose postings are the shortest.
    None when nothing is left."""
    at: dict[int, dict[Kind, Token]] = defaultdict(dict)
    for token in analyse(text, language):
        at[token.position][token.kind] = token
    kept: list[Token] = []
    for position in sorted(at):
        kinds = at[position]
        if Kind.RUN_CHAR not in kinds:
            kept += [t for kind, t in kinds.items() if kind in (Kind.WORD, Kind.CHAR)]
        elif Kind.BIGRAM not in at.get(position - 1, {}):  # a run starts here
            length = 1
            while Kind.BIGRAM in at.get(position + length - 1, {}):
                length += 1
            if length == 2:
                kept.append(kinds[Kind.BIGRAM])
            else:
                covering = sorted({*range(0, length - 2, 3), length - 3})
                kept += [at[position + k][Kind.TRIGRAM] for k in covering]
    if not kept:
        return None
    first = kept[0].position
    return Phrase(tuple((t.term, t.position - first) for t in kept))


#: Quoted phrases, in ASCII or typographic quotes: "...", “...”, «...», 「...」.
QUOTED_RE = re.compile(r'"([^"]*)"?|“([^”]*)”?|«([^»]*)»?|「([^」]*)」?')


@dataclass
class Chunk:
    """One part of a query: a whitespace-separated piece or a quoted phrase;
    ``symbol`` is its stored form when the piece is a document symbol."""

    text: str
    quoted: bool = False
    symbol: str = ""


@dataclass
class LanguageQuery:
    """The plan for one language's field: every required phrase must match
    (a chunk's tokens, a quoted phrase), each with the symbol it may match
    instead; ``proximity`` (all the unquoted words in order) ranks higher
    the paragraphs where they stand together."""

    required: list[tuple[Phrase, str]]
    proximity: Phrase | None


@dataclass
class QueryPlan:
    """A query string, read once: its chunks, and the symbol the whole query
    cites when it is a short citation ("A/RES/75/16", "resolution 72/74",
    "第75/16号决议", "القرار 1/70"). ``for_language`` analyses it for one
    language's field."""

    text: str
    chunks: list[Chunk]
    cited: str = ""
    _by_language: dict[str, LanguageQuery] = field(default_factory=dict, repr=False)

    @property
    def empty(self) -> bool:
        return not self.cited and all(
            not self.for_language(lang).required for lang in LANGUAGE_ANALYSIS
        )

    def for_language(self, language: str) -> LanguageQuery:
        if language not in self._by_language:
            required = []
            for chunk in self.chunks:
                phrase = query_phrase(chunk.text, language)
                if phrase is not None:
                    required.append((phrase, chunk.symbol))
            bare = " ".join(c.text for c in self.chunks if not c.quoted)
            proximity = query_phrase(bare, language) if bare else None
            if proximity is not None and (
                len(proximity.terms) < 2 or any(p == proximity for p, _ in required)
            ):  # one word, or one chunk: nothing more to rank by
                proximity = None
            self._by_language[language] = LanguageQuery(required, proximity)
        return self._by_language[language]

    @property
    def symbols(self) -> list[str]:
        """Every symbol the query names (for the citations to highlight)."""
        found = [c.symbol for c in self.chunks if c.symbol]
        return list(dict.fromkeys([self.cited, *found] if self.cited else found))


#: A query this short (in analysed units) that cites a document also finds
#: the paragraphs citing it: "resolution 72/74", "第75/16号决议".
CITATION_QUERY_UNITS = 4


def plan_query(q: str, *, cited_symbol, find_references) -> QueryPlan:
    """Read ``q``: quoted phrases, whitespace-separated chunks, symbols.
    ``cited_symbol(text)`` gives the stored form of a symbol typed as text
    (or ""); ``find_references(text, language)`` the citations in a text
    (``documents.ingest.references``): passed in, so this module stays free
    of the ingest package's imports."""
    q = q.replace("\x00", "")
    chunks: list[Chunk] = []
    rest = []
    last = 0
    for match in QUOTED_RE.finditer(q):
        rest.append(q[last:match.start()])
        phrase = next((g for g in match.groups() if g is not None), "")
        if phrase.strip():
            chunks.append(Chunk(phrase.strip(), quoted=True))
        last = match.end()
    rest.append(q[last:])
    for piece in " ".join(rest).split():
        chunks.append(Chunk(piece, symbol=cited_symbol(piece)))
    plan = QueryPlan(q, chunks)
    plan.cited = cited_symbol(q.strip()) or _cited_by_citation(q, plan, find_references)
    return plan


def _cited_by_citation(q: str, plan: QueryPlan, find_references) -> str:
    for language in LANGUAGE_ANALYSIS:
        units = len(plan.for_language(language).required)
        if not units or units > CITATION_QUERY_UNITS:
            continue
        symbols = {r.symbol for r in find_references(q, language)}
        if len(symbols) == 1:
            return symbols.pop()
    return ""
