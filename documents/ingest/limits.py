"""Validate: does a parse fit the database? Checked before any write.

Reads: a ``ParsedVersion``. Produces: nothing, or an ``IngestError`` that
names the line (or the header field) holding a value the store cannot
hold: a name longer than the column, a number out of range, a date that is
not a date. The lengths are the models' column sizes (the models import
them from here), chosen after what real documents print: delegation and
speaker names with titles ("Mr. Abdelaziz Bouteflika, President of the
People's Democratic Republic of Algeria"), agenda items, session names.
Pure: no ORM, no settings.
"""

from __future__ import annotations

import datetime

from .errors import IngestError
from .types import ParsedVersion

SYMBOL_LENGTH = 100
BODY_LENGTH = 8
AGENDA_ITEM_LENGTH = 500
NUMBER_LENGTH = 20
ANCHOR_LENGTH = 60
MARKER_LENGTH = 10
NAME_LENGTH = 300  # speaker and attendee names as printed
ROLE_LENGTH = 200
DELEGATION_LENGTH = 300
DELEGATION_KEY_LENGTH = 100  # documents.delegations.delegation_key keeps within it
SESSION_NAME_LENGTH = 100  # a meeting's session as printed: "Sixty-eighth year"
PLACE_LENGTH = 200
TIME_LENGTH = 5  # "10:05"
MAX_INTEGER = 2**31 - 1  # PostgreSQL integer

TOO_LONG = "{what} is {length} characters long; at most {limit} can be stored: {value!r}"
OUT_OF_RANGE = "{what} {value} is out of range (0 to {limit})"
BAD_DATE = "{what} {value!r} is not a calendar date"
BAD_TIME = "{what} {value!r} is not a time of day (HH:MM)"
DUPLICATE_ANCHOR = "two paragraphs have the anchor {anchor!r}"


def _length(what: str, value: str, limit: int, line: int | None = None) -> None:
    if len(value) > limit:
        shown = value[:60] + "…" if len(value) > 60 else value
        raise IngestError(
            TOO_LONG.format(what=what, length=len(value), limit=limit, value=shown), line=line
        )


def _integer(what: str, value: int | None) -> None:
    if value is not None and not 0 <= value <= MAX_INTEGER:
        raise IngestError(OUT_OF_RANGE.format(what=what, value=value, limit=MAX_INTEGER))


def _date(what: str, value: str) -> None:
    if not value:
        return
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise IngestError(BAD_DATE.format(what=what, value=value[:40])) from None


def _time(what: str, value: str) -> None:
    if not value:
        return
    try:
        if len(value) > TIME_LENGTH:
            raise ValueError(value)
        datetime.time.fromisoformat(value)
    except ValueError:
        raise IngestError(BAD_TIME.format(what=what, value=value[:40])) from None


def check_storable(parsed: ParsedVersion) -> None:
    """Raise IngestError for the first value of ``parsed`` the store cannot hold."""
    _length("the symbol", parsed.symbol, SYMBOL_LENGTH)
    _length("the body", parsed.body, BODY_LENGTH)
    _length("the agenda item", parsed.agenda_item, AGENDA_ITEM_LENGTH)
    _integer("the session", parsed.session)
    _date("the date", parsed.date)
    anchors: set[str] = set()
    for p in parsed.paragraphs:
        _integer("the line number", p.line)
        _length("a paragraph number", p.number, NUMBER_LENGTH, p.line)
        _length("a paragraph anchor", p.anchor, ANCHOR_LENGTH, p.line)
        if p.anchor in anchors:
            raise IngestError(DUPLICATE_ANCHOR.format(anchor=p.anchor), line=p.line or None)
        anchors.add(p.anchor)
        if p.speaker:
            _integer("a speaker turn", p.speaker.turn)
            _length("a speaker's name", p.speaker.name, NAME_LENGTH, p.line)
            _length("a speaker's role", p.speaker.role, ROLE_LENGTH, p.line)
            _length("a speaker's delegation", p.speaker.delegation, DELEGATION_LENGTH, p.line)
    for note in parsed.footnotes:
        _length("a footnote mark", note.marker, MARKER_LENGTH, note.line)
    meeting = parsed.meeting
    if meeting:
        _length("the meeting's session", meeting.session, SESSION_NAME_LENGTH)
        _length("the meeting's place", meeting.place, PLACE_LENGTH)
        _integer("the meeting's year", meeting.year)
        _integer("the meeting number", meeting.number)
        _date("the meeting's date", meeting.date)
        for what, value in (
            ("the meeting's time", meeting.time),
            ("the opening time", meeting.opened_at),
            ("the closing time", meeting.closed_at),
        ):
            _time(what, value)
        for seat in meeting.attendance:
            _length("an attendee's name", seat.name, NAME_LENGTH)
            _length("an attendee's delegation", seat.delegation, DELEGATION_LENGTH)
