"""Real UN texts (tests/realdata/, see its PROVENANCE.md) parse to the facts
a person counted by reading them (the ``*.facts.json`` beside each text).

Every text is parsed with nothing given: symbol, language and kind must be
detected. Each fact is its own test, so a regression names the document
and the fact. Facts the parser does not reach yet are listed in
``KNOWN_GAPS`` with the reason; they are strict xfails, so the day the
parser gets one right the list must shrink.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from documents.ingest.errors import IngestError
from documents.ingest.limits import check_storable
from documents.ingest.pipeline import parse_file
from documents.ingest.types import ParsedVersion

REALDATA = Path(__file__).resolve().parent.parent / "realdata"
FACT_FILES = sorted(REALDATA.rglob("*.facts.json"))

REFUSED_NO_STRUCTURE = (
    "refused: web page copy (navigation rows, licence footers, old Chinese numbering "
    "一. 二., unnumbered operative clauses): no preamble or operative paragraphs found"
)
REFUSED_NO_SYMBOL = (
    "refused: web page copy without a symbol line the pipeline knows "
    "(old '2758 (XXVI)' sessions, SC resolutions cited only in prose)"
)
# (file name, fact): why the parser does not reach it yet; "*" for every
# fact of a text the pipeline still refuses. Each is a strict xfail.
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("A-RES-80-18.en.txt", "preambular"): "finds '17', reading counts '18'",
    ("A-RES-80-22.en.txt", "preambular"): "finds '13', reading counts '12'",
    ("A-RES-80-28.en.txt", "preambular"): "finds '11', reading counts '10'",
    ("A-RES-80-9.en.txt", "footnotes_referenced"): "finds '14', reading counts '15'",
    ("A-RES-2159-XXI.zh.txt", "*"): REFUSED_NO_SYMBOL,
    ("A-RES-26-I.zh.txt", "*"): REFUSED_NO_STRUCTURE,
    ("A-RES-2751-XXVI.fr.txt", "*"): REFUSED_NO_STRUCTURE,
    ("A-RES-2758-XXVI.es.txt", "*"): REFUSED_NO_SYMBOL,
    ("S-PRST-2002-37.zh.txt", "*"): REFUSED_NO_STRUCTURE,
    ("S-RES-1232-1999.zh.txt", "*"): REFUSED_NO_SYMBOL,
    ("S-RES-1518-2003.zh.txt", "*"): REFUSED_NO_STRUCTURE,
    ("S-RES-2326-2016.zh.txt", "*"): REFUSED_NO_STRUCTURE,
    ("S-RES-338-1973.ar.txt", "*"): REFUSED_NO_SYMBOL,
    ("S-RES-338-1973.fr.txt", "*"): REFUSED_NO_SYMBOL,
    ("S-RES-44-1948.zh.txt", "*"): REFUSED_NO_STRUCTURE,
    ("S-RES-56-1948.zh.txt", "*"): REFUSED_NO_STRUCTURE,
    ("A-48-PV.63-Corr.1.en.txt", "*"): "refused: a corrigendum, no symbol line of its own",
    ("A-61-PV.90.en.txt", "speaker_turns"): "finds 3 turns, reading counts 4",
    ("A-49-PV.100.en.txt", "speaker_turns"): "finds 14 turns, reading counts 16",
    ("A-49-PV.104.en.txt", "speaker_turns"): "finds 9 turns, reading counts 10",
    ("S-PV.5600.en.txt", "opened_at"): "the opening time is not read in this layout",
}


def _operative_text(paragraph) -> str:
    return paragraph.text.split(".", 1)[1].strip() if paragraph.number else paragraph.text


def observed(parsed: ParsedVersion, fact: str):
    """The value of ``fact`` in what the parser made."""
    kinds = [p.kind for p in parsed.paragraphs]
    operative = [p for p in parsed.paragraphs if p.kind == "operative"]
    match fact:
        case "symbol" | "language" | "kind":
            return getattr(parsed, fact)
        case "preambular" | "operative":
            return kinds.count(fact)
        case "sub_paragraphs":
            return kinds.count("sub_paragraph")
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
    "symbol", "language", "kind", "preambular", "operative", "sub_paragraphs", "footnotes",
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


def test_the_development_set_is_there():
    """At least the 26 GA resolutions and 15 more real documents."""
    assert len(FACT_FILES) >= 41, [p.name for p in FACT_FILES]
    for path in FACT_FILES:
        assert (path.parent / json.loads(path.read_text())["file"]).is_file(), path


@pytest.mark.parametrize(("facts_path", "fact"), list(_cases()))
def test_fact_counted_by_reading(facts_path: Path, fact: str):
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    parsed = _parse(facts_path.parent / facts["file"])
    expected = _expected(facts, fact)
    value = observed(parsed, fact)
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
    try:
        parsed = _parse(facts_path.parent / facts["file"])
    except IngestError as error:
        assert (facts["file"], "*") in KNOWN_GAPS, str(error)
        return
    check_storable(parsed)
