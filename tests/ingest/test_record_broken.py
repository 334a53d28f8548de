"""A malformed record gets warnings that name the line, never an exception."""

import pytest

from documents.ingest import record as record_module
from documents.ingest.record import parse_record

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


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "President:\nMembers:\n",
        "The President:",
        "(((((:::::)))))",
        "主席（以英语发言）：",
        "Mr. X (" * 200,
        "上午99时99分开会。\n中午开会。",
        "\x00\x01garbage\n" * 5,
    ],
)
def test_garbage_never_raises(text):
    for language in ("ar", "zh", "en", "fr", "ru", "es"):
        result = parse_record(text, language=language)
        assert isinstance(result.warnings, list)


def test_record_without_header_or_opening_warns():
    result = parse_record("Ms. Haddad: Thank you.\n", language="en")
    assert result.paragraphs[-1].speaker.name == "Ms. Haddad"
    assert record_module.NO_OPENING in result.warnings
    assert record_module.NO_DATE in result.warnings
