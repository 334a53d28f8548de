"""Real UN texts (tests/realdata/, see its PROVENANCE.md) parse to the facts
a person counted by reading them (the ``*.facts.json`` beside each text).

Every text is parsed with nothing given: symbol, language and kind must be
detected. A text that does not print a fact the pipeline needs (a web copy
without its symbol) says what a curator would supply in its facts'
``given``; its other facts are checked on that parse, and the fact itself
stays a known gap, checked on the parse with nothing given. Each fact is
its own test, so a regression names the document and the fact. Facts the
parser does not reach yet are listed in ``KNOWN_GAPS`` with the reason;
they are strict xfails, so the day the parser gets one right the list must
shrink (each folder's known_gaps.json).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from documents.ingest.errors import IngestError
from documents.ingest.limits import check_storable
from documents.ingest.pipeline import parse_file, parse_version
from documents.ingest.types import ParsedVersion

REALDATA = Path(__file__).resolve().parent.parent / "realdata"
FACT_FILES = sorted(REALDATA.rglob("*.facts.json"))

def _known_gaps() -> dict[tuple[str, str], str]:
    """(file name, fact) -> why the parser does not reach it yet, from the
    ``known_gaps.json`` of each folder ({file: {fact: reason}}; fact "*" for
    every fact of a text the pipeline still refuses). Each is a strict xfail."""
    gaps = {}
    for path in sorted(REALDATA.rglob("known_gaps.json")):
        for name, facts in json.loads(path.read_text(encoding="utf-8")).items():
            for fact, reason in facts.items():
                gaps[(name, fact)] = reason
    return gaps


KNOWN_GAPS = _known_gaps()


# the printed number of an operative paragraph: "1.", "1 –" (an Arabic web copy)
PRINTED_NUMBER = re.compile(r"^\s*[^\W_]{1,6}\s*[.．–—-]\s*")


def _operative_text(paragraph) -> str:
    return PRINTED_NUMBER.sub("", paragraph.text, count=1) if paragraph.number else paragraph.text


def observed(parsed: ParsedVersion, fact: str):
    """The value of ``fact`` in what the parser made."""
    kinds = [p.kind for p in parsed.paragraphs]
    operative = [p for p in parsed.paragraphs if p.kind == "operative"]
    match fact:
        case "symbol" | "language" | "kind" | "title":
            return getattr(parsed, fact)
        case "preambular" | "operative":
            return kinds.count(fact)
        case "sub_paragraphs":
            return kinds.count("sub_paragraph")
        case "statement_paragraphs":
            return kinds.count("other")
        case "footnotes":
            return len(parsed.footnotes)
        case "footnotes_referenced":
            return len({r.marker for p in parsed.paragraphs for r in p.footnote_refs})
        case "annex_paragraphs":
            numbered = [p for p in parsed.paragraphs if p.kind == "annex_paragraph" and p.number]
            return len(numbered) or None
        case "annex_sections":
            return sum(1 for p in parsed.paragraphs
                       if p.kind == "annex_heading" and "-s-" in p.anchor) or None
        case "first_operative":
            return _operative_text(operative[0]) if operative else ""
        case "last_operative":
            return _operative_text(operative[-1]) if operative else ""
        case "date":
            return parsed.date
        case "speaker_turns":
            return len({p.speaker.turn for p in parsed.paragraphs if p.speaker})
        case "opened_at":
            return parsed.meeting.opened_at or None if parsed.meeting else None
        case "closed_at":
            return parsed.meeting.closed_at or None if parsed.meeting else None
    raise KeyError(fact)


CHECKED = (
    "symbol", "language", "kind", "title", "preambular", "operative", "sub_paragraphs",
    "statement_paragraphs", "footnotes",
    "footnotes_referenced", "annex_paragraphs", "annex_sections", "first_operative",
    "last_operative", "date", "speaker_turns", "opened_at", "closed_at",
)


def _expected(facts: dict, fact: str):
    if fact == "footnotes_referenced":
        return facts.get("footnotes")
    if fact == "symbol" and facts.get("symbol"):
        return facts["symbol"].replace(" (", "(")  # "S/RES/2334 (2016)" is stored unspaced
    return facts.get(fact)


def _cases():
    for path in FACT_FILES:
        facts = json.loads(path.read_text(encoding="utf-8"))
        for fact in CHECKED:
            if fact not in facts and fact != "footnotes_referenced":
                continue
            if fact == "footnotes_referenced" and "footnotes" not in facts:
                continue
            name = facts["file"]
            marks = []
            gap = KNOWN_GAPS.get((name, fact)) or KNOWN_GAPS.get((name, "*"))
            if gap:
                marks.append(pytest.mark.xfail(strict=True, reason=gap))
            yield pytest.param(path, fact, id=f"{name}:{fact}", marks=marks)


@cache
def _parse(path: Path) -> ParsedVersion:
    return parse_file(path)


@cache
def _parse_as_given(path: Path, given: tuple[tuple[str, str], ...]) -> ParsedVersion:
    """The parse a curator gets who supplies what the text does not print
    (a facts file's ``given``: {"symbol": "A/RES/39/11"}); with nothing
    given, the parse with everything detected."""
    if not given:
        return _parse(path)
    return parse_version(path.read_bytes(), **dict(given))


def _detected_symbol(path: Path) -> str | None:
    """The symbol read from the text alone; None when the pipeline asks for
    one (a text that does not print its symbol)."""
    try:
        return _parse(path).symbol
    except IngestError:
        return None


def test_the_development_set_is_there():
    """At least the 26 GA resolutions and 15 more real documents."""
    assert len(FACT_FILES) >= 41, [p.name for p in FACT_FILES]
    for path in FACT_FILES:
        assert (path.parent / json.loads(path.read_text())["file"]).is_file(), path


@pytest.mark.parametrize(("facts_path", "fact"), list(_cases()))
def test_fact_counted_by_reading(facts_path: Path, fact: str):
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    path = facts_path.parent / facts["file"]
    given = tuple(sorted(facts.get("given", {}).items()))
    expected = _expected(facts, fact)
    if fact == "symbol" and given:
        # what a curator supplies is no proof the parser reads it
        value = _detected_symbol(path)
    else:
        value = observed(_parse_as_given(path, given), fact)
    if fact in ("first_operative", "last_operative") and expected:
        assert value.casefold().startswith(expected.rstrip(". …").casefold()), value[:80]
    else:
        assert value == expected


@pytest.mark.parametrize("facts_path", FACT_FILES, ids=lambda p: p.name)
def test_every_real_text_fits_the_database_or_is_refused_cleanly(facts_path: Path):
    """Nothing a real text holds is too long or out of range for the store;
    a text the pipeline cannot read is refused with an IngestError, never a
    traceback of another kind."""
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    given = tuple(sorted(facts.get("given", {}).items()))
    try:
        parsed = _parse_as_given(facts_path.parent / facts["file"], given)
    except IngestError as error:
        assert (facts["file"], "*") in KNOWN_GAPS, str(error)
        return
    check_storable(parsed)
