"""Plain data the aligner reads and writes.

No Django here: ``alignment.services`` builds ``AlignParagraph`` values from
the database and stores the ``Link`` values that ``align_versions`` returns.
"""

from __future__ import annotations

from dataclasses import dataclass

METHODS = ("structural", "anchors", "length", "manual")


@dataclass
class AlignParagraph:
    """One paragraph of a version, as the aligner sees it.

    ``kind`` is a paragraph kind of ``documents.ingest.types.PARAGRAPH_KINDS``;
    ``number`` the printed number ("5", "(a)"), if any; ``turn`` the index of
    the speaker turn in a verbatim record and ``speaker`` its name as printed.
    ``anchor`` (pp-3, op-5) is optional and only used by evaluation and tests.
    """

    id: int
    kind: str
    number: str
    text: str
    footnote_markers: tuple[str, ...] = ()
    turn: int | None = None
    speaker: str = ""
    anchor: str = ""


@dataclass
class Link:
    """One to two paragraphs of the pivot joined with zero to two of the
    other version (or none of the pivot with one of the other: 0:1).

    ``confidence`` is in [0, 1]; ``method`` is one of ``METHODS``.
    """

    pivot: tuple[int, ...]
    other: tuple[int, ...]
    confidence: float
    method: str

    @property
    def shape(self) -> str:
        """ "1:1", "2:1", "1:0"... (pivot count : other count)."""
        return f"{len(self.pivot)}:{len(self.other)}"
