"""Punctuation, one table for every stage.

Each language prints the same marks differently: a comma is "," in English,
"，" in Chinese and "،" in Arabic; French puts a space before ; : ! ? and »;
Chinese has an enumeration comma "、" and corner quotes. ``PUNCTUATION``
holds each language's marks by their role, and the sets the stages use
are made from it here, once. The stages read text whose language they do
not always know yet (or that mixes scripts: ASCII commas in web copies of
Chinese texts), so most of them use the union over the six languages.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Punctuation:
    commas: str
    semicolons: str
    colons: str
    full_stops: str
    questions: str
    exclamations: str
    closing_quotes: str
    closing_brackets: str
    # printed after a space in this language: French "vrai ;", "dit : »"
    spaced_before: str = ""
    enumeration_commas: str = ""
    # a footnote marked by a word in brackets instead of a number: "(注)"
    note_words: tuple[str, ...] = ()


LATIN = dict(
    commas=",", semicolons=";", colons=":", full_stops=".", questions="?", exclamations="!",
    closing_quotes="”’\"'", closing_brackets=")]",
)  # fmt: skip

PUNCTUATION: dict[str, Punctuation] = {
    "en": Punctuation(**LATIN),
    "es": Punctuation(**LATIN),
    "fr": Punctuation(**{**LATIN, "closing_quotes": "»”’\"'"}, spaced_before=";:!?»"),
    "ru": Punctuation(**{**LATIN, "closing_quotes": "»”\"'"}),
    "ar": Punctuation(
        commas="،,", semicolons="؛;", colons=":", full_stops=".", questions="؟?",
        exclamations="!", closing_quotes="”»\"'", closing_brackets=")]",
    ),  # fmt: skip
    "zh": Punctuation(
        commas="，,", semicolons="；;", colons="：:", full_stops="。．.", questions="？?",
        exclamations="！!", closing_quotes="”’」』\"'", closing_brackets="）)》〕]",
        enumeration_commas="、", note_words=("注", "註"),
    ),  # fmt: skip
}


def _union(role: str) -> str:
    """The marks of one role in every language, each once, in table order."""
    marks = "".join(getattr(p, role) for p in PUNCTUATION.values())
    return "".join(dict.fromkeys(marks))


COMMAS = _union("commas")
SEMICOLONS = _union("semicolons")
COLONS = _union("colons")
FULL_STOPS = _union("full_stops")
QUESTIONS_AND_EXCLAMATIONS = _union("questions") + _union("exclamations")
CLOSING_QUOTES = _union("closing_quotes")
CLOSING_BRACKETS = _union("closing_brackets")
ENUMERATION_COMMAS = _union("enumeration_commas")
# a quotation opens with these in one language or another
OPENING_QUOTES = "“‘«「『\"'"
# a footnote marked by a word or a star in brackets, in any language's
# brackets: "(注)" / "（注）" at the end of the text and opening the note's
# body, "(*)"; the mark is stored as the word ("注", "*")
NOTE_WORDS = tuple(dict.fromkeys(w for p in PUNCTUATION.values() for w in p.note_words)) + ("*",)

# a sentence (or an operative paragraph, a sub-paragraph) ends with these
SENTENCE_END = FULL_STOPS + SEMICOLONS + COLONS
# a clause ends with these: the end of a line of a web copy printing one
# paragraph per line, the end of the first line of running text
CLAUSE_END = COMMAS + SENTENCE_END
# a paragraph of any kind may end with these
PARAGRAPH_END = CLAUSE_END + QUESTIONS_AND_EXCLAMATIONS + CLOSING_BRACKETS + CLOSING_QUOTES
# the preamble intro ends with these: "The General Assembly," "大会："
INTRO_END = COMMAS + COLONS
# a heading ends a sentence with these; one ending with HEADING_GOES_ON
# goes on in the next block
HEADING_END = FULL_STOPS + SEMICOLONS + QUESTIONS_AND_EXCLAMATIONS + "]"
HEADING_GOES_ON = COLONS + "-–"
# printed glued to what precedes it, never after a space: a wrapped line
# starting so joins the line before without a space
GLUED_TO_PREVIOUS = CLAUSE_END + CLOSING_BRACKETS + CLOSING_QUOTES
# no language prints a space before these (French spaces ; : ! ? » aside)
NEVER_SPACED_BEFORE = "".join(
    mark
    for mark in dict.fromkeys(CLAUSE_END + ENUMERATION_COMMAS + CLOSING_BRACKETS + "」』")
    if not any(mark in p.spaced_before for p in PUNCTUATION.values())
)
