"""A speaker label printed alone on its line: its speech follows, or the
label is kept, warned about, and takes no turn number.

A label standing alone is a common layout (PDF text puts the bold label on
a line of its own; a page break may fall between the label and the
speech), and the first text under it is the speaker's. A label with no
speech at all before the next label, the closing line or the end of the
text (a page the extraction lost) is no turn: it is kept as printed in an
``other`` paragraph, LABEL_WITHOUT_SPEECH names its line, and the turns are
numbered without a gap.
"""

from __future__ import annotations

import pytest

from documents.ingest import record as record_module
from documents.ingest.record import LABEL_WITHOUT_SPEECH, parse_record

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
