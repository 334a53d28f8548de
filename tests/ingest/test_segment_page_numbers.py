"""``segment.blank_page_numbers`` takes a bare number alone on its line for
a page number only on the same evidence as the normaliser
(``normalise.blank_page_numbers_beside_job_numbers``): never when the text
line before it ends with a colon (a label's value: "Against:" / "2"), never
when it is the footnote mark expected next (unless that mark is printed
elsewhere, or no footnote of its number is), and at a page break only when
it is a page that break can stand beside, counted by position. A page
number left in the text is seen by a reader; a lost count or mark is not.

Pure functions only: ``segment`` on normalised lines and ``parse_version``.
"""

from __future__ import annotations

from documents.ingest.normalise import normalise_lines
from documents.ingest.pipeline import parse_version
from documents.ingest.segment import blank_page_numbers

FILLER = (
    "Stressing the importance of cooperation between the two organizations in the\n"
    "areas of peace and security, development and human rights, and the need to\n"
    "strengthen it further through regular meetings of their secretariats,\n"
)
NOTING = (
    "Noting with appreciation the report of the Secretary-General on the\n"
    "implementation of its previous resolutions and the recommendations\n"
    "contained therein, and the progress made since its last session,\n"
)
WELCOMING = (
    "Welcoming the holding of the general meeting of the two organizations\n"
    "at Headquarters in November 2006 and the steps taken to follow up\n"
    "on the proposals agreed upon at that meeting,\n"
)


def kept(text: str) -> list[str]:
    """The text lines left once segment has blanked page numbers."""
    lines = blank_page_numbers(normalise_lines(text))
    return [line.text.strip() for line in lines if line.text.strip()]


def parse(text: str):
    return parse_version(text.encode("utf-8"), symbol="A/RES/61/299", language="en")


VOTE_AT_A_PAGE_FOOT = """The General Assembly,

Recalling its resolution 61/295 of 13 September 2007,

1. Decides to adopt the draft resolution, the result of the recorded vote
being as follows:

In favour: 120.

Against:
2

07-47310 2
A/RES/61/299

Abstaining: none.

2. Decides to remain seized of the matter.
"""


def test_a_vote_count_at_the_foot_of_a_page_reaches_the_paragraphs():
    """The foot prints its page number beside the job number, so the
    normaliser has nothing to decide: the "2" after "Against:" is the
    last text of the page, and a label's value all the same."""
    version = parse(VOTE_AT_A_PAGE_FOOT)
    assert "Against: 2" in [p.text for p in version.paragraphs]
    assert not version.warnings


def test_a_vote_count_in_the_middle_of_a_page_stays():
    """No footnote 2 on the page does not make a label's value a page number."""
    text = "The General Assembly,\n\n" + FILLER + "\nAgainst:\n2\nAbstaining: none.\n"
    assert kept(text)[-3:] == ["Against:", "2", "Abstaining: none."]


def test_a_full_width_label_counts_too():
    text = "大会，\n\n" + FILLER + "\n反对：\n2\n\n07-47310 2\n\n弃权：无。\n"
    assert "2" in kept(text)


MARK_AT_A_PAGE_FOOT = """The General Assembly,

Recalling its resolution 61/295 of 13 September 2007,¹

________________
¹ See A/61/PV.107.

07-47310 (E)

Stressing the importance of cooperation between the two organizations in the
areas of peace and security, development and human rights, and the need to
strengthen it further through regular meetings of their secretariats,

Noting the report of the Secretary-General on the cooperation between the
two organizations
2

07-47310 2
A/RES/61/299

1. Decides to remain seized of the matter.

________________
² A/61/100.
"""


def test_a_footnote_mark_alone_at_the_foot_of_a_page_stays_a_mark():
    """Footnote 1 is printed: a "2" ending the page is the mark expected
    next, though it is also the page's own number by position."""
    version = parse(MARK_AT_A_PAGE_FOOT)
    noting = next(p for p in version.paragraphs if "Noting" in p.text)
    assert [ref.marker for ref in noting.footnote_refs] == ["2"]
    assert [note.marker for note in version.footnotes] == ["1", "2"]
    assert not version.warnings


def test_a_number_no_page_beside_that_break_can_have_stays():
    """One page break: the pages beside it are 1 and 2 (or the masthead's
    furniture counted before them); a "15" there is a table's."""
    text = (
        "The General Assembly,\n\n" + FILLER + "\nTotal\n15\n\n07-47310 2\nA/RES/61/299\n\n"
        + NOTING
    )
    assert "15" in kept(text)


# negatives: real page numbers still go

def test_a_page_number_at_the_foot_of_a_page_goes():
    text = "The General Assembly,\n\n" + FILLER + "2\n\nA/RES/61/299\n07-47310\n\n" + NOTING
    assert kept(text).count("2") == 0
    assert len(kept(text)) == 7


def test_page_numbers_at_the_head_of_pages_go():
    """Page 2 opens after one page break, page 3 after the second."""
    text = (
        "The General Assembly,\n\n" + FILLER + "\nA/RES/61/299\n07-47310\n2\n\n" + NOTING
        + "\n" + WELCOMING + "\nA/RES/61/299\n07-47310\n3\n\n" + FILLER.upper()
    )
    assert "2" not in kept(text) and "3" not in kept(text)
    assert len(kept(text)) == 13


def test_a_page_number_goes_though_footnotes_were_printed_before_it():
    """Footnote 1 printed, the mark expected next is 2: page 3's number,
    at the foot of page 3, goes."""
    text = (
        "The General Assembly,\n\nRecalling its resolution 61/295,¹\n\n________________\n"
        "¹ See A/61/PV.107.\n\n07-47310 (E)\n\n" + FILLER + "\n07-47310 2\n\n" + NOTING
        + "3\n\n07-47310\nA/RES/61/299\n\n" + WELCOMING
    )
    assert "3" not in kept(text)


def test_a_page_number_that_is_also_the_next_mark_goes_when_that_mark_is_printed():
    """Footnotes 1 and 2 printed, and mark 2 printed later as a superscript
    after a word of the text: a "2" at a page foot is not that mark (each
    mark is printed once), but page 2's number."""
    text = (
        "The General Assembly,\n\nRecalling its resolution 61/295,¹\n\n________________\n"
        "¹ See A/61/PV.107.\n\n" + FILLER + "2\n\n07-47310\nA/RES/61/299\n\n"
        + NOTING.replace("Secretary-General", "Secretary-General²")
        + "\n________________\n² A/61/100.\n"
    )
    assert "2" not in kept(text)
    assert "2" in kept(text.replace("Secretary-General²", "Secretary-General"))


def test_a_page_number_that_is_also_the_next_mark_goes_when_no_such_footnote_is_printed():
    """Footnote 1 printed, no footnote 2 anywhere: a "2" at a page foot
    would be a mark without its footnote; it is page 2's number."""
    text = (
        "The General Assembly,\n\nRecalling its resolution 61/295,¹\n\n________________\n"
        "¹ See A/61/PV.107.\n\n" + FILLER + "2\n\n07-47310\nA/RES/61/299\n\n" + NOTING
    )
    assert "2" not in kept(text)
    assert "2" in kept(text + "\n________________\n² A/61/100.\n")


def test_a_page_number_after_a_paragraph_that_ends_with_a_colon_elsewhere_goes():
    """Only the text line right before the number is its label."""
    text = (
        "The General Assembly,\n\nDecides as follows:\n\n" + FILLER
        + "2\n\n07-47310\nA/RES/61/299\n\n" + NOTING
    )
    assert "2" not in kept(text)


LEAD_IN_AT_A_PAGE_FOOT = """United Nations A/RES/61/299
General Assembly Distr.: General
5 October 2007
Sixty-first session
Resolution adopted by the General Assembly
61/299. Cooperation between the United Nations and the Organization
The General Assembly,
""" + FILLER + """07-47310 (E)
*0747310*
A/RES/61/299
1. Requests the Secretary-General to take the following measures in
cooperation with the organization and its member States, as appropriate:
{foot}
A/RES/61/299
(a) To strengthen the exchange of information between the two secretariats
and to hold regular meetings between their staff;
(b) To report thereon to the General Assembly at its sixty-second session;
2. Decides to remain seized of the matter.
07-47310
3
"""


def test_a_sentence_leading_into_sub_paragraphs_is_no_label():
    """"... as appropriate:" ending a page is no label: the page number
    under it is not its value and goes."""
    for foot in ("2\n07-47310", "07-47310\n2"):
        parsed = parse(LEAD_IN_AT_A_PAGE_FOOT.format(foot=foot))
        lead_in = next(p for p in parsed.paragraphs if p.text.endswith("as appropriate:"))
        assert lead_in.kind == "operative", foot
        assert not any(p.text.rstrip().endswith(": 2") for p in parsed.paragraphs), foot
