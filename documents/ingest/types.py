"""Plain data that flows through the ingestion pipeline.

Every stage of ``documents.ingest`` reads and writes these dataclasses and
nothing else: no ORM, no settings. ``documents.services`` turns a
``ParsedVersion`` into rows in one transaction; the aligner reads
``ParagraphData``-shaped data back from the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
KINDS = ("resolution", "decision", "presidential_statement", "verbatim_record", "other")
PARAGRAPH_KINDS = (
    "heading",
    "title",
    "preamble_intro",
    "preambular",
    "operative",
    "sub_paragraph",
    "speaker_turn",
    "procedural",
    "attendance",
    "signature",
    "annex_heading",  # "Annex", an annexed text's title, its section headings
    "annex_paragraph",  # a paragraph of an annexed text, numbered or not
    "annex_sub_paragraph",  # (a), (i) inside an annexed paragraph
    "annex_bullet",  # a bulleted item of an annexed text
    "other",
)


@dataclass
class FootnoteRefData:
    """A footnote mark inside a paragraph: its marker ("1") and the character
    offset in the paragraph's plain text where the mark stood."""

    marker: str
    offset: int


@dataclass
class ReferenceData:
    """A citation of a UN symbol: ``symbol`` normalised (A/RES/72/74,
    S/PV.7813, A/75/345), ``text`` as printed ("resolution 72/74",
    "第 70/1 号决议", "1/70"), ``offset`` into the plain text."""

    symbol: str
    text: str
    offset: int


@dataclass
class SpeakerData:
    """Who speaks in a verbatim record turn. ``turn`` is the turn's index in
    the meeting (1-based); ``language`` is the language spoken as a code
    (the record's own language when none is printed)."""

    turn: int
    name: str
    role: str = ""
    delegation: str = ""
    language: str = ""
    national_capacity: bool = False


@dataclass
class ParagraphData:
    """One block of a version in reading order.

    ``anchor`` is stable and unique within the version: ``title``,
    ``intro``, ``h-1``, ``pp-3``, ``op-5``, ``op-5-a``, ``turn-12`` (first
    paragraph of a turn; later ones ``turn-12-2``...), ``proc-2``, ``p-4``.
    ``html`` is sanitized (see ``documents.ingest.markup``): emphasis,
    footnote marks as ``<sup class="fnref"><a href="#fn-1">1</a></sup>``,
    citations as ``<a class="ref" data-symbol="A/RES/72/74"
    href="https://undocs.org/A/RES/72/74">72/74</a>``.
    ``line`` is the 1-based source line where the paragraph starts.
    """

    kind: str
    anchor: str
    text: str
    html: str
    number: str = ""
    line: int = 0
    footnote_refs: list[FootnoteRefData] = field(default_factory=list)
    references: list[ReferenceData] = field(default_factory=list)
    speaker: SpeakerData | None = None


@dataclass
class FootnoteData:
    marker: str
    text: str
    html: str
    line: int = 0
    references: list[ReferenceData] = field(default_factory=list)


@dataclass
class AttendeeData:
    """A seat at a meeting: ``role`` is "president" or "member"."""

    role: str
    name: str
    delegation: str


@dataclass
class MeetingData:
    """The header and frame of a verbatim record."""

    body: str = ""
    session: str = ""  # "第六十八年" / "Sixty-eighth year" as printed
    year: int | None = None
    number: int | None = None
    date: str = ""  # ISO date
    time: str = ""  # "10:00"
    place: str = ""
    provisional: bool = True
    attendance: list[AttendeeData] = field(default_factory=list)
    agenda: list[str] = field(default_factory=list)
    opened_at: str = ""  # "10:10"
    closed_at: str = ""  # "12:20"


@dataclass
class ParsedVersion:
    """What the pipeline made of one raw text."""

    symbol: str
    language: str
    kind: str
    title: str = ""
    body: str = ""  # "GA", "SC"
    session: int | None = None
    date: str = ""  # ISO date of adoption / meeting
    agenda_item: str = ""
    text: str = ""  # the decoded source text
    paragraphs: list[ParagraphData] = field(default_factory=list)
    footnotes: list[FootnoteData] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    meeting: MeetingData | None = None
