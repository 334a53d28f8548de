"""A numeric date alone on its line ("29/10/2013") is page furniture only
beside other furniture at a page head or foot (a job number, a symbol
header, a page counter), at two page breaks at least: a record's
running-header date cut onto a line of its own. A table printed one cell
per line ("Argentina" / "01/02/2003" / "Brazil" / ...) keeps its dates,
even a cell that ends or opens a page, and a date line never by itself
makes the lines beside it a running title (each lost real text: the
dates, "Brazil", and in a short text "The General Assembly,", "Annex",
"Date of signature").

Pure functions only: ``normalise_lines`` and ``blank_running_titles``.
"""

from __future__ import annotations

from documents.ingest.normalise import Line, blank_running_titles, normalise_lines


def kept(text: str) -> list[str]:
    """The text lines the normaliser keeps."""
    return [line.text.strip() for line in normalise_lines(text) if line.text.strip()]


TABLE = ["Argentina", "01/02/2003", "Brazil", "29/10/2013", "Chile", "15/06/2010"]


def test_a_table_printed_one_cell_per_line_keeps_its_dates_and_names():
    """An annex table extracted one cell per line: every cell stays."""
    assert kept("\n".join(TABLE)) == TABLE


def test_a_short_text_with_a_table_of_dates_keeps_every_line():
    """A short text (a web copy opening with its date, an annex table of
    signatures): no date makes the lines between two dates a running title."""
    lines = [
        "14/12/2020",
        "The General Assembly,",
        "Annex",
        "Date of signature",
        *TABLE,
    ]
    assert kept("\n".join(lines)) == lines


def test_a_short_text_with_a_table_of_dates_keeps_every_line_with_blank_lines():
    lines = ["The General Assembly,", "", "Annex", "", "01/01/2001", "Date of signature", *TABLE]
    assert kept("\n".join(lines)) == [line for line in lines if line]


def test_dates_marked_as_furniture_do_not_by_themselves_make_a_running_title():
    """Even two date lines taken for furniture around a line leave it: the
    between-furniture rule needs real furniture (a job number, a symbol
    header, a page counter) to stand on."""
    lines = [
        Line(1, "The General Assembly,"),
        Line(2, "", furniture=True, date_stamp=True),
        Line(3, "Brazil"),
        Line(4, "", furniture=True, date_stamp=True),
        Line(5, "Chile"),
        Line(6, "Recalling its resolution 61/295 of 13 September 2007,"),
    ]
    assert [ln.text for ln in blank_running_titles(lines)] == [
        "The General Assembly,", "", "Brazil", "", "Chile",
        "Recalling its resolution 61/295 of 13 September 2007,",
    ]


FILLER = (
    "Stressing the importance of cooperation between the two organizations in the\n"
    "areas of peace and security, development and human rights, and the need to\n"
    "strengthen it further through regular meetings of their secretariats.\n"
)


def test_a_date_beside_a_job_number_and_its_page_counter_goes():
    """A record's running header date cut onto a line of its own at the
    head of each page, beside the foot of the page before."""
    text = (
        "The General Assembly,\n\n" + FILLER + "\n13-53210 3/31\n\n29/10/2013\n\n"
        "Noting the report,\n\n" + FILLER + "\n13-53210 4/31\n\n29/10/2013\n\n"
        "Welcoming the report,\n\n" + FILLER
    )
    assert "29/10/2013" not in kept(text)
    assert "Noting the report," in kept(text) and "Welcoming the report," in kept(text)


def test_a_date_beside_a_symbol_header_goes():
    page = "\nS/PV.7051\n29/10/2013\n\nNoting,\n\n" + FILLER
    text = "The General Assembly,\n\n" + FILLER + page + page
    assert "29/10/2013" not in kept(text)


def test_a_date_beside_furniture_once_stays():
    """Once is a cell or a date of the text: a header date repeats."""
    text = "The General Assembly,\n\n" + FILLER + "\nS/PV.7051\n29/10/2013\n\nNoting,\n\n" + FILLER
    assert "29/10/2013" in kept(text)


def test_a_date_at_the_end_of_a_web_copy_stays():
    """A date alone with no furniture beside it may be a table's cell or the
    date a web page was printed: nothing says which, and it stays (a stray
    date is seen by a reader; a lost one is not)."""
    text = "The General Assembly,\n\n" + FILLER + "\n2024/20/04\n"
    assert "2024/20/04" in kept(text)


TABLE_OVER_A_PAGE_BREAK = """Annex

Date of deposit of instruments of ratification

Argentina
01/02/2003
Brazil
15/03/2004

{foot}

A/RES/61/299

29/10/2005
Chile
02/11/2006
Colombia
"""


def test_a_table_cell_beside_a_page_break_stays():
    """A date that happens to end or open a page of a table is a cell: a
    header date repeats at every page break, a cell does not."""
    for foot in ("2 07-47310", "07-47310\n2"):
        lines = kept(TABLE_OVER_A_PAGE_BREAK.format(foot=foot))
        assert "15/03/2004" in lines and "29/10/2005" in lines, foot


def test_a_header_date_printed_at_every_page_head_goes():
    page = "S/PV.7051\n29/10/2013\n\nThe President: I thank the speaker.\n\n13-53223 {n}/30\n\n"
    lines = kept("".join(page.format(n=n) for n in (2, 3, 4)))
    assert "29/10/2013" not in lines
    assert lines.count("The President: I thank the speaker.") == 3
