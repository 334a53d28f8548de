"""The job number printed with the page number at the foot of a page, as
2006-2007 UN documents and records print it ("07-28243 2" on even pages,
"3 06-67208" on odd ones; tests/realdata/records/A-61-PV.90 and S-PV.5600),
is page furniture, and so is its page number cut onto a line of its own by
an extraction. A job number has a fixed shape (a two-digit year, a hyphen,
five digits) and stands on a line with nothing but its page number and the
"(E)" of the language it was typed in: text with numbers never takes that
shape ("resolution 61/295", "2 of the 15 members", "A/61/PV.107 2").

Pure functions only: ``PAGE_FURNITURE`` and ``normalise_lines`` on small
texts, and ``parse_version`` on a small resolution in that layout.
"""

from __future__ import annotations

import pytest

from documents.ingest.normalise import DATE_STAMP, PAGE_FURNITURE, normalise_lines
from documents.ingest.pipeline import parse_version


def kept(text: str) -> list[str]:
    """The text lines the normaliser keeps."""
    return [line.text.strip() for line in normalise_lines(text) if line.text.strip()]


@pytest.mark.parametrize(
    "line",
    [
        "07-28243 2",  # A/61/PV.90, an even page: job number, then page number
        "3 06-67208",  # S/PV.5600, an odd page: page number first
        "06-67208 2",
        "2                                                  07-36214",  # pdftotext -layout
        "07-36214                                                  3",
        "   07-36214 14",
        "07-28243 (E) 2",  # the language suffix kept on a later page
        "2 07-28243 (E)",
        "07-28243 (e) 12",
    ],
)
def test_a_job_number_with_its_page_number_is_page_furniture(line):
    assert PAGE_FURNITURE.match(line), line


@pytest.mark.parametrize(
    "line",
    [
        "resolution 61/295 of 13 September 2007",
        "2 of the 15 members",
        "A/61/PV.107 2",  # a record cited, a footnote number after it
        "61/295 2",
        "the biennium 2006-2007",
        "2006-2007 2",
        "2 2006-2007",
        "1992-1993 3",
        "07-28243 2 members",  # the shape, then text: a sentence
        "see 07-28243 2",
        "07-282431 2",  # six digits: no job number of this shape
        "107-28243 2",  # three before the hyphen
        "07-28243 2 3",  # two page numbers
        "07-28243 1234",  # a page number has at most three digits
        "15 votes to 2",
        "In favour: 120",
        "120 - 2 - 3",
        "2 07-28243 and 3",
        "13 September 2007",
        "29/10/2013 The situation in Afghanistan",
    ],
)
def test_text_with_numbers_is_not_page_furniture(line):
    assert not PAGE_FURNITURE.match(line), line


@pytest.mark.parametrize("line", ["29/10/2013", "2024/20/04", " 1/2/1999 ", "2013/10/29"])
def test_a_date_alone_on_its_line_is_a_date_stamp_but_no_furniture_by_itself(line):
    """A record's running header date ("29/10/2013") printed alone has the
    shape of a date stamp, but only furniture beside it makes it furniture
    (tests/ingest/test_furniture_keeps_text.py): a table printed one cell
    per line has dates alone on their lines too."""
    assert DATE_STAMP.match(line), line
    assert not PAGE_FURNITURE.match(line), line


@pytest.mark.parametrize("line", ["29/10/20135", "3029/10/04", "12/2013", "1/2/99 adopted"])
def test_other_slashed_numbers_are_not_date_stamps(line):
    assert not DATE_STAMP.match(line), line
    assert not PAGE_FURNITURE.match(line), line


FILLER = [
    "Stressing the importance of cooperation between the two organizations in the",
    "areas of peace and security, development and human rights, and the need to",
    "strengthen it further through regular meetings of their secretariats, and",
    "noting with appreciation the contributions of the regional organizations.",
    "",
]
BODIES = [
    "The General Assembly,\n\nRecalling its resolution 61/295 of 13 September 2007,",
    "Noting that 2 of the 15 members have yet to report,",
    "Welcoming the report of the Secretary-General,",
    "1. Decides to remain seized of the matter.",
]


def pages(*foots: list[str]) -> str:
    """Four pages of text with the given foot lines between them."""
    text = BODIES[0] + "\n\n" + "\n".join(FILLER)
    for foot, body in zip(foots, BODIES[1:], strict=True):
        text += "\n\n" + "\n".join(foot) + "\n\n" + body + "\n\n" + "\n".join(FILLER)
    return text


def text_kept(text: str) -> list[str]:
    """The lines kept, the filler aside."""
    return [line for line in kept(text) if line not in FILLER]


def test_a_page_number_cut_from_its_job_number_goes():
    """An extraction in reading order may put the page number on a line of
    its own beside the job number ("07-36214" / "2"): both go, whichever
    comes first."""
    text = pages(["07-36214", "", "2"], ["3", "", "07-36214"], ["07-36214", "4"])
    assert text_kept(text) == [
        "The General Assembly,",
        "Recalling its resolution 61/295 of 13 September 2007,",
        "Noting that 2 of the 15 members have yet to report,",
        "Welcoming the report of the Secretary-General,",
        "1. Decides to remain seized of the matter.",
    ]


def test_a_number_beside_page_one_s_job_number_stays():
    """Page 1 prints its job number with "(E)" and no page number: a
    number beside it is text."""
    text = "Required majority:\n\n07-36214 (E)\n\n94\n\nNumber of members voting: 186"
    assert "94" in kept(text)


def test_a_number_on_either_side_of_a_job_number_stays():
    """A bare number above the foot and one below: nothing says which one
    the page printed, and both stay (a vote count is not lost)."""
    text = pages(["3", "", "07-36214", "", "2"], ["07-36214 3"], ["4 07-36214"])
    assert text_kept(text).count("3") == 1
    assert "2" in text_kept(text)


def test_a_number_no_page_of_the_text_can_have_stays():
    """Three job numbers, four pages at most: "94" beside one is no page
    number, nor is "1" (page 1 prints none)."""
    text = pages(["Required majority:", "94", "", "07-36214"], ["07-36214", "1"], ["07-36214 4"])
    assert "94" in kept(text)
    assert "1" in kept(text)


def test_a_lone_number_beside_a_job_number_with_its_page_number_stays():
    """A foot that prints its page number leaves any other number text."""
    text = pages(["07-36214 2", "", "3"], ["07-36214 3"], ["07-36214 4"])
    assert "3" in kept(text)


RESOLUTION = """United Nations
A/RES/61/299

General Assembly
Distr.: General
5 October 2007
07-47310 (E)
*0747310*

Sixty-first session
Agenda item 13

Resolution adopted by the General Assembly on 13 September 2007

61/299. Cooperation between the United Nations and the Example Organization

The General Assembly,

Recalling its resolution 61/295 of 13 September 2007, adopted when 2 of the
15 members of the Committee had reported, and the report of the

07-47310 2

Secretary-General on its implementation,

Noting that A/61/PV.107 2 records the vote,

1. Requests the Secretary-General to report to it at its sixty-second
session;

3 07-47310

2. Decides to remain seized of the matter.
"""


def test_a_resolution_of_2007_keeps_no_job_number_in_its_paragraphs():
    """The foot of each page goes; the paragraph it cut is whole again, and
    the numbers of the text stay."""
    version = parse_version(RESOLUTION.encode("utf-8"), language="en")
    texts = [p.text for p in version.paragraphs]
    assert not any("07-47310" in text for text in texts)
    assert (
        "Recalling its resolution 61/295 of 13 September 2007, adopted when 2 of the 15 members"
        " of the Committee had reported, and the report of the Secretary-General on its"
        " implementation,"
    ) in texts
    assert "Noting that A/61/PV.107 2 records the vote," in texts
    operative = [p.text for p in version.paragraphs if p.kind == "operative"]
    assert operative == [
        "1. Requests the Secretary-General to report to it at its sixty-second session;",
        "2. Decides to remain seized of the matter.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "07-47310 (E)    101007    *0747310*",  # 2007: the date stamp before the bar code
        "07-47310 (E) *0747310* 101007",
        "(A) 07-47310",  # an Arabic PDF's foot, extracted mirrored
        "(A)07-47310    *0747310*",
    ],
)
def test_page_ones_foot_in_its_other_layouts_is_furniture(line):
    from documents.ingest.normalise import FIRST_PAGE_FOOT

    assert PAGE_FURNITURE.match(line) and FIRST_PAGE_FOOT.match(line)
    text = "The General Assembly,\n\nRecalling its resolution 61/295,\n\n" + line + "\n"
    assert kept(text) == ["The General Assembly,", "Recalling its resolution 61/295,"]
