"""A speaker label printed alone on its line: its speech follows, or the
label is kept, warned about, and takes no turn number.

A label standing alone on its line, its speech in the paragraph under it
(a page break, with its running head, may fall between), is one turn: the
first text under the label is the speaker's. A label with no speech at all
before the next label, the closing line or the end of the text (a page
lost in extraction, say) is no turn: it is kept as printed in an
``other`` paragraph, LABEL_WITHOUT_SPEECH names its line, and the turns are
numbered without a gap.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from documents.ingest import record as record_module
from documents.ingest.normalise import LINE_BREAK
from documents.ingest.record import LABEL_WITHOUT_SPEECH, SPEAKER_LINE_RE, parse_record

OPENING = "The meeting was called to order at 10.10 a.m.\n\n"
CLOSING = "\n\nThe meeting rose at 1 p.m."


def turns(result) -> list[tuple[int, str, str]]:
    """(turn, speaker, text) of every speaker-turn paragraph."""
    return [(p.speaker.turn, p.speaker.name, p.text) for p in result.paragraphs if p.speaker]


def label_warnings(result) -> list[str]:
    prefix = LABEL_WITHOUT_SPEECH.split("{text!r}")[0].split(": ", 1)[1]
    return [w for w in result.warnings if prefix in w]


# --- a label with no speech ------------------------------------------------


def test_label_at_the_end_takes_no_turn_and_is_kept_where_printed():
    text = "The President: I open the meeting.\n\nMr. X (France):"
    result = parse_record(text, language="en")
    assert turns(result) == [(1, "The President", "I open the meeting.")]
    kept = result.paragraphs[-1]
    assert (kept.kind, kept.line, kept.text, kept.speaker) == ("other", 3, "Mr. X (France):", None)
    assert LABEL_WITHOUT_SPEECH.format(line=3, text="Mr. X (France):") in result.warnings


def test_label_before_the_next_label_leaves_no_gap_in_the_turns():
    text = "The President:\n\nMr. X (France): Thanks.\n\nThe President: Next."
    result = parse_record(text, language="en")
    assert turns(result) == [(1, "Mr. X", "Thanks."), (2, "The President", "Next.")]
    assert [p.anchor for p in result.paragraphs] == ["p-1", "turn-1", "turn-2"]
    assert result.paragraphs[0].text == "The President:"
    assert label_warnings(result) == [LABEL_WITHOUT_SPEECH.format(line=1, text="The President:")]


def test_labels_in_a_row_are_each_named():
    result = parse_record(
        "The President:\nThe President:\nThe President: text", language="en"
    )
    assert turns(result) == [(1, "The President", "text")]
    assert [(p.kind, p.line) for p in result.paragraphs] == [
        ("other", 1), ("other", 2), ("speaker_turn", 3),
    ]
    assert label_warnings(result) == [
        LABEL_WITHOUT_SPEECH.format(line=1, text="The President:"),
        LABEL_WITHOUT_SPEECH.format(line=2, text="The President:"),
    ]


def test_label_before_the_closing_line():
    """The closing line ends the meeting, and the turn: it is no speech."""
    result = parse_record(OPENING + "The President:" + CLOSING, language="en")
    assert turns(result) == []
    assert result.meeting.closed_at == "13:00"
    assert [p.kind for p in result.paragraphs] == ["procedural", "other", "procedural"]
    assert label_warnings(result) == [LABEL_WITHOUT_SPEECH.format(line=3, text="The President:")]
    assert record_module.NO_SPEAKERS in result.warnings


def test_label_before_a_vote_label():
    """A vote ("In favour: ...", its list continued over a page break) is
    no speech either."""
    text = (
        OPENING
        + "The President:\n\nIn favour:\nArgentina, Australia\n\nBrazil, Chile"
        + CLOSING
    )
    result = parse_record(text, language="en")
    assert turns(result) == []
    assert [(p.kind, p.text) for p in result.paragraphs[1:3]] == [
        ("other", "The President:"),
        ("procedural", "In favour: Argentina, Australia Brazil, Chile"),
    ]
    assert label_warnings(result) == [LABEL_WITHOUT_SPEECH.format(line=3, text="The President:")]


def test_a_label_wrapped_over_two_lines_is_named_as_one():
    text = "Mr. Churkin (Russian\nFederation) (spoke in Russian):\n\nThe President: Next."
    result = parse_record(text, language="en")
    assert turns(result) == [(1, "The President", "Next.")]
    assert label_warnings(result) == [
        LABEL_WITHOUT_SPEECH.format(
            line=1, text="Mr. Churkin (Russian Federation) (spoke in Russian):"
        )
    ]


def test_kept_label_stays_in_reading_order_before_a_language_note():
    """A "(spoke in French)" line under a label is read before the label is
    known to have no speech; the kept label still comes first."""
    text = "Mr. X (France):\n\n(spoke in French)\n\nThe President: Next."
    result = parse_record(text, language="en")
    assert [(p.kind, p.line) for p in result.paragraphs] == [
        ("other", 1), ("procedural", 3), ("speaker_turn", 5),
    ]
    assert [p.anchor for p in result.paragraphs] == ["p-1", "proc-1", "turn-1"]
    assert label_warnings(result) == [LABEL_WITHOUT_SPEECH.format(line=1, text="Mr. X (France):")]


LABELS = {
    "ar": ("الرئيس:", "أشكر الأمين العام على إحاطته."),
    "zh": ("主席（以英语发言）：", "我感谢秘书长的通报。"),
    "en": ("The President (spoke in French):", "I thank the Secretary-General for his briefing."),
    "fr": ("Le Président (parle en anglais) :", "Je remercie le Secrétaire général de son exposé."),
    "ru": ("Председатель (говорит по-английски):", "Благодарю Генерального секретаря."),
    "es": ("El Presidente (habla en inglés):", "Doy las gracias al Secretario General."),
}


@pytest.mark.parametrize("language", sorted(LABELS))
def test_label_with_no_speech_in_each_language(language):
    label, speech = LABELS[language]
    result = parse_record(f"{label}\n\n{label} {speech}", language=language)
    assert [(turn, text) for turn, _name, text in turns(result)] == [(1, speech)]
    assert label_warnings(result) == [LABEL_WITHOUT_SPEECH.format(line=1, text=label)]
    assert result.paragraphs[0].kind == "other" and result.paragraphs[0].text == label


# --- a label whose speech follows -------------------------------------------


@pytest.mark.parametrize("language", sorted(LABELS))
def test_label_alone_then_its_speech_is_one_turn(language):
    label, speech = LABELS[language]
    result = parse_record(f"{label}\n\n{speech}\n\n{speech}", language=language)
    assert [(turn, text) for turn, _name, text in turns(result)] == [(1, speech), (1, speech)]
    assert [p.anchor for p in result.paragraphs] == ["turn-1", "turn-1-2"]
    assert label_warnings(result) == []


PAGE_BREAK = "\n\n2\n13-53210\nS/PV.7051 The situation in Afghanistan 29/10/2013\n\n"


def test_page_break_between_label_and_speech():
    text = OPENING + "The President:" + PAGE_BREAK + "I open the meeting." + CLOSING
    result = parse_record(text, language="en")
    assert turns(result) == [(1, "The President", "I open the meeting.")]
    assert label_warnings(result) == []


def test_language_note_between_label_and_speech():
    result = parse_record("Mr. X (France):\n\n(spoke in French)\n\nMerci.", language="en")
    assert turns(result) == [(1, "Mr. X", "Merci.")]
    assert result.paragraphs[-1].speaker.language == "fr"
    assert label_warnings(result) == []


@pytest.mark.parametrize(
    "speech",
    [
        # a stage direction's words, said by the President
        "The draft resolution has been adopted unanimously as resolution 2118 (2013).",
        "It was so decided.",
        # no closing punctuation: the rest is over a page break
        "The draft resolution received 14 votes in favour",
    ],
)
def test_first_text_under_a_label_is_speech_not_a_stage_direction(speech):
    text = OPENING + "Mr. X (France): Thanks.\n\nThe President:\n\n" + speech + CLOSING
    result = parse_record(text, language="en")
    assert turns(result) == [(1, "Mr. X", "Thanks."), (2, "The President", speech)]
    assert label_warnings(result) == []


def test_first_text_under_a_label_does_not_continue_the_turn_before():
    """A paragraph with no closing punctuation is continued over a page
    break, but not over a label: the text under the label is the new
    speaker's."""
    text = (
        OPENING
        + "Mr. X (France): We believe that\n\nThe President:\n\n"
        + "I thank the representative of France."
        + CLOSING
    )
    result = parse_record(text, language="en")
    assert turns(result) == [
        (1, "Mr. X", "We believe that"),
        (2, "The President", "I thank the representative of France."),
    ]


def test_first_text_under_a_label_is_not_a_heading():
    """Under an agenda item heading, text with no closing punctuation reads
    as a heading's continued title; under a label it is speech cut by a
    page break, joined again."""
    text = (
        OPENING
        + "Agenda item 8 (continued)\n\nThe President:\n\n"
        + "I should like to inform members that\n\nthe list of speakers is closed."
        + CLOSING
    )
    result = parse_record(text, language="en")
    assert turns(result) == [
        (1, "The President", "I should like to inform members that the list of speakers is closed.")
    ]
    assert [w for w in result.warnings if w.startswith("line")] == []


def test_first_text_under_a_label_does_not_extend_the_vote_list():
    text = (
        OPENING
        + "In favour:\nArgentina, Australia\n\nThe President:\n\n"
        + "The draft resolution received 14 votes in favour"
        + CLOSING
    )
    result = parse_record(text, language="en")
    assert result.paragraphs[1].text == "In favour: Argentina, Australia"
    assert turns(result) == [
        (1, "The President", "The draft resolution received 14 votes in favour")
    ]


# --- real records with their labels set apart ------------------------------

ROOT = Path(__file__).resolve().parents[2]
REAL_RECORDS = [
    *sorted((ROOT / "tests" / "realdata" / "records").glob("*PV*.txt")),
    ROOT / "documents" / "sample_corpus" / "S-PV-7050.zh.txt",
]


def set_labels_apart(text: str, language: str, between: str) -> tuple[str, int]:
    """The record with the label of every turn printed on its own line,
    ``between`` it and the speech (a blank line, a page break), and how many
    labels were moved (a label wrapped over two lines stays).

    Every speech gets the same ``between``, a speech printed twice too:
    "There were 15 votes in favour. The" opens two turns of S/PV.3800, and
    under two page breaks it must stay text, not become a running title."""
    parsed = parse_record(text, language=language)
    firsts = {
        p.line: p.speaker.name
        for p in parsed.paragraphs
        if p.speaker and p.anchor == f"turn-{p.speaker.turn}"
    }
    # lines at even places, the line breaks (a form feed at a page break) between
    pieces = re.split(f"({LINE_BREAK.pattern})", text)
    moved = 0
    for number, name in firsts.items():
        raw = pieces[2 * (number - 1)]
        match = SPEAKER_LINE_RE.match(raw)
        if not match or match.group("name").strip() != name or not match.group("rest").strip():
            continue
        cut = match.start("rest")
        pieces[2 * (number - 1)] = raw[:cut].rstrip() + between + raw[cut:]
        moved += 1
    return "".join(pieces), moved


def without_lines(result) -> tuple[list, list[str]]:
    """The parse with source line numbers left out (moving labels shifts
    them)."""
    paragraphs = [(p.kind, p.anchor, p.text, p.speaker) for p in result.paragraphs]
    warnings = [w.split(": ", 1)[1] if w.startswith("line ") else w for w in result.warnings]
    return paragraphs, warnings


@pytest.mark.parametrize("between", ["\n\n", PAGE_BREAK], ids=["blank-line", "page-break"])
@pytest.mark.parametrize("path", REAL_RECORDS, ids=lambda path: path.name)
def test_real_record_parses_the_same_with_its_labels_apart(path, between):
    """Every real record, its labels moved to lines of their own (and a page
    break put under each), has the same paragraphs, turns and warnings."""
    language = path.name.split(".")[-2]
    text = path.read_text(encoding="utf-8")
    original = parse_record(text, language=language)
    apart, moved = set_labels_apart(text, language, between)
    speakers = len({p.speaker.turn for p in original.paragraphs if p.speaker})
    assert moved >= speakers * 3 // 4, (moved, speakers)
    result = parse_record(apart, language=language)
    assert without_lines(result) == without_lines(original)
    assert label_warnings(result) == []
