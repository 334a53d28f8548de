"""A bare number beside a job number printed alone ("07-36214" / "2") is
the page number an extraction cut from it only when it is the page that job
number is printed on; never when it follows a label ("Against:" / "2", a
vote count) or is the footnote mark expected next (marks alone on their
lines are read, see the README). Any number from 2 up to one more than the
job numbers printed was once taken: in a 30-page record, counts up to 31.

Pure functions only: ``normalise_lines``, and ``parse_version`` for the count
reaching the paragraphs through the later stages.
"""

from __future__ import annotations

from documents.ingest.normalise import normalise_lines
from documents.ingest.pipeline import parse_version


def kept(text: str) -> list[str]:
    """The text lines the normaliser keeps."""
    return [line.text.strip() for line in normalise_lines(text) if line.text.strip()]


FILLER = (
    "Stressing the importance of cooperation between the two organizations in the\n"
    "areas of peace and security, development and human rights, and the need to\n"
    "strengthen it further through regular meetings of their secretariats.\n"
)


def test_a_vote_count_after_its_label_beside_a_job_number_stays():
    text = "The General Assembly,\n\n" + FILLER + "\nAgainst:\n2\n\n07-36214\nAbstaining: none.\n"
    assert kept(text)[-3:] == ["Against:", "2", "Abstaining: none."]


def test_a_vote_count_after_its_label_across_the_foot_of_a_page_stays():
    """The label on one side of the foot, its count on the other."""
    foot = "\nAgainst:\n\n07-36214\n\n2\n\nAbstaining: none.\n"
    text = "The General Assembly,\n\n" + FILLER + foot
    assert kept(text)[-3:] == ["Against:", "2", "Abstaining: none."]


def test_a_full_width_label_counts_too():
    text = "大会,\n\n" + FILLER + "\n反对：\n2\n\n07-36214\n弃权：无。\n"
    assert "2" in kept(text)


def _feet(*feet: list[str], masthead: bool = False) -> str:
    """A text with the given page feet between its pages (page 1's foot,
    "07-36214 (E)", first when ``masthead``)."""
    text = "The General Assembly,\n\n" + FILLER
    if masthead:
        text += "\n07-36214 (E)\n*0736214*\n\nRecalling its resolution 61/295,\n\n" + FILLER
    for foot in feet:
        text += "\n" + "\n".join(foot) + "\n\nNoting the report,\n\n" + FILLER
    return text


def test_a_number_that_is_not_the_page_of_its_job_number_stays():
    """Five feet, the third printing its job number alone: that foot is
    on page 4, and a "5" beside it is the text's (here a count) even though
    the text has six pages."""
    text = _feet(
        ["07-36214 2"], ["3 07-36214"],
        ["Members present and voting", "5", "", "07-36214"],
        ["5 07-36214"], ["07-36214 6"],
    )
    assert "5" in kept(text)


def test_the_page_of_its_job_number_goes():
    """The same foot with its own page number beside it: it goes."""
    text = _feet(
        ["07-36214 2"], ["3 07-36214"], ["Members present and voting", "4", "", "07-36214"],
        ["5 07-36214"], ["07-36214 6"],
    )
    assert "4" not in kept(text)
    assert "Members present and voting" in kept(text)


def test_with_page_one_s_foot_printed_the_k_th_job_number_is_on_page_k():
    """Page 1 prints its job number with "(E)" and no page number; every
    later page prints it without, beside the page number. With page 1's foot
    in the text, the second job number is page 2's: "2" goes, a "3" beside
    it is text."""
    page_two = _feet(["07-36214", "", "2"], ["3", "", "07-36214"], masthead=True)
    assert "2" not in kept(page_two)
    assert "3" not in kept(page_two)
    wrong_page = _feet(["07-36214", "", "3"], ["07-36214 3"], masthead=True)
    assert "3" in kept(wrong_page)


def test_a_footnote_mark_alone_on_its_line_beside_a_job_number_stays():
    """Footnote 1 is printed; a bare "2" ending the text above a job number
    is the mark expected next (the README: such marks are read), even
    though it is also the page that job number is on."""
    text = (
        "The General Assembly,\n\nRecalling its resolution 61/295,\n1\n\n" + FILLER
        + "\n____________\n1 See A/61/PV.107.\n\n07-36214 (E)\n\n" + FILLER
        + "\nNoting the report of the Secretary-General\n2\n\n07-36214\n\non the matter,\n\n"
        + FILLER + "\n____________\n2 A/61/100.\n"
    )
    assert "2" in kept(text)


def test_a_page_number_is_no_footnote_mark_when_no_footnote_precedes_it():
    """Without footnote 1 printed before, a "2" is not the mark expected
    next: beside page 2's job number it is its page number."""
    text = (
        "The General Assembly,\n\nRecalling its resolution 61/295,\n\n" + FILLER
        + "\n07-36214 (E)\n\n" + FILLER
        + "\nNoting the report of the Secretary-General\n2\n\n07-36214\n\non the matter,\n\n"
        + FILLER
    )
    assert "2" not in kept(text)


RECORDED_VOTE = """The General Assembly,

Recalling its resolution 61/295 of 13 September 2007,

1. Decides to adopt the draft resolution, the result of the recorded vote
being as follows:

In favour: 120.

Against:
2

07-47310

Abstaining: none.

2. Decides to remain seized of the matter.
"""


def test_a_vote_count_beside_a_job_number_reaches_the_paragraphs():
    """The count normalise keeps survives segment too (which shares its
    checks, tests/ingest/test_segment_page_numbers.py)."""
    version = parse_version(RECORDED_VOTE.encode("utf-8"), symbol="A/RES/61/299", language="en")
    assert any(p.text.strip() == "2" or p.text.endswith("Against: 2") for p in version.paragraphs)
