"""A malformed record gets warnings that name the line, never an exception."""

import re
from pathlib import Path

import pytest

from documents.ingest import errors
from documents.ingest import record as record_module
from documents.ingest.errors import IngestError
from documents.ingest.pipeline import parse_version
from documents.ingest.record import parse_record
from documents.ingest.types import LANGUAGES, PARAGRAPH_KINDS

BROKEN = """\
Security Council
Sixty-eighth year
7052nd meeting
Someday, 31 Brumaire 2013, 10 a.m.
New York

President: Mr. Mehdiyev . . . . . . . . . . . . (Azerbaijan)

Members: Argentina . . . . . . . . . . Mrs. Perceval
Australia . . . . . . . . . . . . . . Mr. Quinlan
Mr. Nobody

The meeting was called to order at 10.10 a.m.

This paragraph has no speaker before it.

The President: I open the meeting.
"""


@pytest.fixture(scope="module")
def broken():
    return parse_record(BROKEN, language="en")


def test_unreadable_date_is_named_by_line(broken):
    assert (
        record_module.UNREADABLE_DATE.format(line=4, text="Someday, 31 Brumaire 2013, 10 a.m.")
        in broken.warnings
    )


def test_members_list_cut_short(broken):
    assert record_module.MEMBERS_CUT_SHORT.format(line=9, count=2, expected=14) in broken.warnings
    assert record_module.MEMBER_WITHOUT_DELEGATION.format(line=11, text="Mr. Nobody") in (
        broken.warnings
    )


def test_text_before_any_speaker_is_kept_and_warned(broken):
    assert (
        record_module.TEXT_BEFORE_SPEAKER.format(
            line=15, text="This paragraph has no speaker before it."
        )
        in broken.warnings
    )
    orphan = next(p for p in broken.paragraphs if p.line == 15)
    assert orphan.kind == "other" and orphan.speaker is None
    assert broken.paragraphs[-1].speaker.name == "The President"


def test_missing_closing_line_is_a_warning(broken):
    assert record_module.NO_CLOSING in broken.warnings


# --- whatever the input: what a record parse must report --------------------

WARNING_AT_LINE = re.compile(r"^line (?P<line>\d+): \S")
FIXED_WARNINGS = {
    record_module.NO_DATE,
    record_module.NO_OPENING,
    record_module.NO_CLOSING,
    record_module.NO_SPEAKERS,
}


def template_pattern(template: str) -> re.Pattern:
    """A warning template ("line {line}: ... {text!r}") as a pattern."""
    return re.compile(
        re.escape(template).replace(r"\{line\}", r"\d+").replace(r"\{text!r\}", ".+") + "$"
    )


def source_blocks(text: str) -> list[tuple[int, int, str]]:
    """(first line, last line, text) of each run of non-blank lines."""
    blocks: list[tuple[int, int, str]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        if line.strip():
            current.append((number, line))
        elif current:
            blocks.append((current[0][0], current[-1][0], "\n".join(t for _, t in current)))
            current = []
    return blocks


def assert_reports_soundly(result, text: str, *, symbol: str = "") -> None:
    """A record parse of any text: a record (no corrections notice in
    these texts) with the symbol its header prints and none invented; paragraphs of the known kinds
    with unique anchors, non-empty text and their source lines in reading
    order; speaker turns, and only they, carrying a speaker, numbered from 1
    without gaps; one-line warnings, each a fixed message or naming a line
    of the text; no footnotes; and nothing printed lost without a word:
    every block of the text starts a paragraph, continues one, is the
    label of the turn that follows it, or is named by a warning."""
    lines = text.splitlines()
    assert result.kind == "verbatim_record"
    assert result.symbol == symbol
    assert result.footnotes == []

    anchors = [p.anchor for p in result.paragraphs]
    assert all(anchors) and len(set(anchors)) == len(anchors), anchors
    starts = [p.line for p in result.paragraphs]
    assert starts == sorted(starts) and all(1 <= n <= len(lines) for n in starts), starts
    for paragraph in result.paragraphs:
        assert paragraph.kind in PARAGRAPH_KINDS, paragraph
        assert paragraph.text.strip() and paragraph.html.strip(), paragraph
        assert (paragraph.kind == "speaker_turn") == (paragraph.speaker is not None), paragraph

    turns = [p.speaker.turn for p in result.paragraphs if p.speaker]
    assert turns[:1] in ([], [1]), turns
    assert all(b - a in (0, 1) for a, b in zip(turns, turns[1:], strict=False)), turns
    for paragraph in result.paragraphs:
        if paragraph.speaker:
            assert paragraph.speaker.name.strip(), paragraph
            assert paragraph.speaker.language in LANGUAGES, paragraph

    warned_lines = set()
    for warning in result.warnings:
        assert isinstance(warning, str) and warning and "\n" not in warning, repr(warning)
        at_line = WARNING_AT_LINE.match(warning)
        assert warning in FIXED_WARNINGS or at_line, warning
        if at_line:
            assert 1 <= int(at_line["line"]) <= len(lines), warning
            warned_lines.add(int(at_line["line"]))
    if result.date:
        assert record_module.NO_DATE not in result.warnings
    else:
        unreadable = template_pattern(record_module.UNREADABLE_DATE)
        assert record_module.NO_DATE in result.warnings or any(
            unreadable.match(w) for w in result.warnings
        ), result.warnings

    for first, last, block in source_blocks(text):
        span = range(first, last + 1)
        if any(n in span for n in starts) or warned_lines & set(span):
            continue
        before = [p for p in result.paragraphs if p.line < first]
        words = re.findall(r"\w+", block)
        if before and words and words[-1] in before[-1].text:
            continue  # joined to the paragraph before it (a page break, a wrapped turn)
        following = next((p for p in result.paragraphs if p.line > last), None)
        assert following is not None and following.speaker, f"lines {first}-{last} lost: {block!r}"
        assert following.speaker.name in block, f"lines {first}-{last} lost: {block!r}"


GARBAGE = [
    "",
    "\n\n\n",
    "President:\nMembers:\n",
    "The President:",
    "(((((:::::)))))",
    "主席（以英语发言）：",
    "Mr. X (" * 200,
    "上午99时99分开会。\n中午开会。",
    "\x00\x01garbage\n" * 5,
    # with speech: labels alone on their line, unknown languages, bad times
    "The President:\n\nI open the meeting.\n\nMr. X (France):\n\nThank you.",
    "The President (spoke in Klingon): Hello.\n\nThe meeting rose at 99.99 p.m.",
    "The meeting was called to order at 10.10 a.m.\n\nThe President: Hi.\n\n"
    "The meeting rose at 11 a.m.",
    "主席：\n\n我宣布开会。",
    # a speaker label with no speech, then another speaker
    "The President:\n\nMr. X (France): Thanks.\n\nThe President: Next.",
    "The President:\nThe President:\nThe President: text",
    "主席（以英语发言）：\n\n张先生（中国）：发言。\n\n主席：谢谢。",
]

@pytest.mark.parametrize(
    "text, language", [(text, language) for text in GARBAGE for language in LANGUAGES]
)
def test_garbage_is_reported_soundly(text, language):
    """Never an exception, and a parse that says what it could and could not read."""
    assert_reports_soundly(parse_record(text, language=language), text)


def test_the_broken_record_is_reported_soundly(broken):
    assert_reports_soundly(broken, BROKEN, symbol="S/PV.7052")
    assert [p.speaker.turn for p in broken.paragraphs if p.speaker] == [1]


def test_the_sample_record_is_reported_soundly():
    """The same checks hold on a real record (the shipped S/PV.7050 in Chinese)."""
    corpus = Path(__file__).resolve().parents[2] / "documents" / "sample_corpus"
    text = (corpus / "S-PV-7050.zh.txt").read_text(encoding="utf-8")
    result = parse_record(text, language="zh")
    assert_reports_soundly(result, text, symbol="S/PV.7050")
    assert result.warnings == []


@pytest.mark.parametrize("text", [t for t in GARBAGE if t.strip() and "\x00" not in t])
def test_given_symbol_and_kind_are_kept_through_the_pipeline(text):
    """The ingest pipeline keeps the symbol, kind and language it is given
    for a record it can barely read, and reports what it could not read."""
    for language in LANGUAGES:
        parsed = parse_version(
            text.encode(), symbol="S/PV.7052", language=language, kind="verbatim_record"
        )
        assert (parsed.symbol, parsed.kind, parsed.language) == (
            "S/PV.7052", "verbatim_record", language,
        )
        assert record_module.NO_DATE in parsed.warnings


@pytest.mark.parametrize("text", ["", "\n\n\n", "\x00\x01garbage\n" * 5])
def test_empty_or_binary_record_is_refused_in_one_line(text):
    with pytest.raises(IngestError) as exc_info:
        parse_version(text.encode(), symbol="S/PV.7052", language="en", kind="verbatim_record")
    assert str(exc_info.value) in (
        errors.EMPTY_INPUT, errors.BINARY_INPUT.format(offset=0),
    )


def test_record_without_header_or_opening_warns():
    result = parse_record("Ms. Haddad: Thank you.\n", language="en")
    assert result.paragraphs[-1].speaker.name == "Ms. Haddad"
    assert record_module.NO_OPENING in result.warnings
    assert record_module.NO_DATE in result.warnings
