"""Running titles beside page furniture go; text that repeats stays.

A PDF prints a running title (the document's short title, the agenda item
of a record) beside the furniture of every page after the first; the
normaliser blanks it. A line of text may also repeat, and a page break may
fall before (or after) each copy: "The President: There were 15 votes in
favour. The" opens two turns of S/PV.3800. That line is the record's text
and must be kept. What tells them apart (``normalise._repeated_titles``):
the share of the page breaks the line is printed at, and whether it stands
apart from the page's text or runs on into it.

Small texts are written in the layouts real extractions give ("railcar":
furniture and title at the head of each page, as tests/realdata/ga-res-80
"1.0.0" files; "pdftotext": the foot of a page, then the head of the next;
"no blank": the same without any blank line); whole real texts are then
paged here in the same layouts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.ingest.decode import decode
from documents.ingest.normalise import (
    CLOSED_SENTENCE,
    LINE_BREAK,
    LONE_PAGE_NUMBER,
    PAGE_FURNITURE,
    SENTENCE_END,
    normalise_lines,
)
from documents.ingest.record import parse_record

ROOT = Path(__file__).resolve().parents[2]
REALDATA = ROOT / "tests" / "realdata"
# tests/realdata/ga-res-80 holds a copy of ../shared/realtexts
REAL_TEXTS = sorted(
    path
    for folder in (REALDATA, ROOT / "documents" / "sample_corpus")
    for path in folder.rglob("*.txt")
    if "source" not in path.parts
)

SYMBOL = "A/RES/80/99"
JOB = "25-16680"
TITLE = ("Cooperation between the United Nations and the Example Organization",)
LONG_TITLE = (
    "Building a peaceful and better world through sport and the",
    "Olympic ideal",
)
LAYOUTS = ("railcar", "pdftotext", "no blank")


def page_break(page: int, title: tuple[str, ...] = (), layout: str = "pdftotext") -> list[str]:
    """The lines a PDF extraction prints where page ``page`` - 1 ends and
    ``page`` begins, the running ``title`` among them."""
    if layout == "railcar":  # even pages: symbol then title; odd: title then symbol
        if page % 2 == 0:
            return ["", SYMBOL, *title, " ", JOB, f"{page}/9", " "]
        return ["", *title, SYMBOL, " ", f"{page}/9", JOB, " "]
    if layout == "pdftotext":
        return ["", f"{JOB}          {page - 1}/9", "", SYMBOL, *title, ""]
    if layout == "no blank":
        return [f"{JOB} {page - 1}/9", SYMBOL, *title]
    raise ValueError(layout)


def paged(pages: list[list[str]], title: tuple[str, ...] = (), layout: str = "pdftotext") -> str:
    """The ``pages`` (lists of lines) with a page break between each two."""
    lines = list(pages[0])
    for number, page in enumerate(pages[1:], start=2):
        lines += page_break(number, title, layout) + page
    return "\n".join(lines)


def kept(text: str) -> list[str]:
    """The text lines the normaliser keeps."""
    return [line.text.strip() for line in normalise_lines(text) if line.text.strip()]


def filler(words: str, count: int = 6) -> list[str]:
    """``count`` lines of a paragraph running over the page."""
    return [f"{words} and the work of the Organization goes on, line {n}" for n in range(count)]


OPENING = ["The General Assembly,", ""]


# --- text that repeats beside the furniture of two pages is kept -----------


@pytest.mark.parametrize("layout", ["pdftotext", "railcar"])
def test_a_line_opening_two_pages_that_runs_on_into_the_next_is_kept(layout):
    """The reviewer's case: two turns open "There were 15 votes in favour.
    The" / "draft resolution has been adopted unanimously as", and a page
    break falls before each; the lines run on into the page's text."""
    vote = [
        "The President: There were 15 votes in favour. The",
        "draft resolution has been adopted unanimously as",
    ]
    text = paged([
        OPENING + filler("Recalling"),
        [*vote, "resolution 1119 (1997).", "", *filler("Noting")],
        [*vote, "resolution 1120 (1997).", "", *filler("Welcoming")],
    ], layout=layout)
    lines = kept(text)
    assert lines.count(vote[0]) == 2
    assert lines.count(vote[1]) == 2


def test_a_line_closing_two_pages_after_an_unfinished_line_is_kept():
    """The tail of a vote list ("... Northern Ireland," / "United States of
    America") printed last on two pages: the list runs into it."""
    tail = [
        "Korea, Russian Federation, Sweden, United",
        "Kingdom of Great Britain and Northern Ireland,",
        "United States of America",
    ]
    text = paged([
        OPENING + filler("Recalling") + ["", "In favour:", *tail],
        ["", "The President: The draft resolution has been adopted.", "", "In favour:", *tail],
        ["", *filler("Noting")],
    ])
    lines = kept(text)
    assert lines.count("United States of America") == 2
    assert lines.count("Kingdom of Great Britain and Northern Ireland,") == 2


def test_a_line_closing_two_pages_on_a_connector_is_kept():
    """ "There were 15 votes in favour. The", a paragraph of its own line,
    last on two pages: a sentence does not end on "The"."""
    line = "The President: There were 15 votes in favour. The"
    text = paged([
        OPENING + filler("Recalling") + ["", line],
        ["draft resolution has been adopted as resolution 1119 (1997).", "", *filler("Noting"),
         "", line],
        ["draft resolution has been adopted as resolution 1120 (1997).", "",
         *filler("Welcoming")],
    ])
    assert kept(text).count(line) == 2


def test_a_question_printed_beside_two_page_breaks_is_kept():
    """A sentence ending with a question mark is no title."""
    question = "wishes to do the same?"
    text = paged([
        OPENING + filler("Recalling") + ["May I take it that the General Assembly"],
        [question, "", "It was so decided.", "", *filler("Noting"),
         "May I take it that the Assembly"],
        [question, "", "It was so decided.", "", *filler("Welcoming")],
    ])
    assert kept(text).count(question) == 2


def test_a_heading_at_two_page_breaks_of_eight_is_kept():
    """A line set apart like a title, but printed at two page breaks of
    eight: too few for a running title."""
    heading = "Agenda item 119 (continued)"
    pages = [OPENING + filler("Recalling")]
    for number in range(2, 10):
        top = [heading, ""] if number in (3, 7) else []
        pages.append(top + filler(f"Page {number}"))
    assert kept(paged(pages)).count(heading) == 2


# --- real running titles still go -----------------------------------------


@pytest.mark.parametrize(
    "layout, pages", [("railcar", 3), ("railcar", 8), ("pdftotext", 3), ("pdftotext", 8),
                      ("no blank", 4), ("no blank", 8)]
)
@pytest.mark.parametrize("title", [TITLE, LONG_TITLE], ids=["one-line", "two-line"])
def test_a_running_title_on_every_page_goes(layout, title, pages):
    """On every page after the first, one line or two (the first ending on
    "the"), set apart from the page's text from three pages on, glued to it
    (no blank line anywhere) from four."""
    body = [OPENING + filler("Recalling")] + [filler(f"Page {n}") for n in range(2, pages + 1)]
    lines = kept(paged(body, title, layout))
    assert not set(title) & set(lines)
    assert len(lines) == sum(len([ln for ln in page if ln]) for page in body)


@pytest.mark.parametrize("layout", ["railcar", "pdftotext"])
def test_a_running_title_missing_from_one_page_still_goes(layout):
    """Printed at three page breaks of four (one page lost it)."""
    body = [OPENING + filler("Recalling")] + [filler(f"Page {n}") for n in range(2, 6)]
    text = "\n".join(
        body[0]
        + page_break(2, TITLE, layout) + body[1]
        + page_break(3, (), layout) + body[2]
        + page_break(4, TITLE, layout) + body[3]
        + page_break(5, TITLE, layout) + body[4]
    )
    assert TITLE[0] not in kept(text)


def _symbol(text: str) -> str:
    """The symbol the extraction's front matter gives ("symbol: A/RES/80/9")."""
    fields = (line.split(":", 1) for line in text.splitlines() if line.startswith("symbol:"))
    return next(value.strip() for _label, value in fields)


RAILCAR_TEXTS = [
    path for path in sorted((REALDATA / "ga-res-80").glob("*.txt"))
    if f"\n{_symbol(path.read_text(encoding='utf-8'))} \n" in path.read_text(encoding="utf-8")
]


@pytest.mark.parametrize("path", RAILCAR_TEXTS, ids=lambda path: path.name)
def test_the_running_titles_of_real_resolutions_go_and_nothing_else(path):
    """In the real "1.0.0" texts (furniture and running title at the head
    of each page), the lines printed right beside the symbol on pages after
    the first are exactly the lines blanked beside the furniture."""
    text = decode(path.read_bytes())
    raw = LINE_BREAK.split(text)
    symbol = _symbol(text)
    heads = [i for i, line in enumerate(raw) if line.strip() == symbol][1:]  # [0]: masthead
    assert len(heads) >= 2
    title_lines = set()
    for head in heads:
        for step in (-1, 1):
            other = head + step
            while raw[other].strip() and not PAGE_FURNITURE.match(raw[other]):
                title_lines.add(other + 1)
                other += step
    # from the second page on (the first page's header, "Distr.: General",
    # goes by another rule)
    second_page = heads[0] - 4
    blanked = {
        line.number for line in normalise_lines(text)
        if line.furniture and not PAGE_FURNITURE.match(raw[line.number - 1])
        and line.number > second_page and raw[line.number - 1].strip()
    }
    assert title_lines
    assert blanked == title_lines


# --- the whole real texts, paged here ---------------------------------------

PAGE_LINES = 40


def _natively_paged(raw: list[str]) -> bool:
    """Whether the extraction kept page furniture beyond the first page."""
    return any(line.strip() and PAGE_FURNITURE.match(line) for line in raw[PAGE_LINES:])


UNPAGED_TEXTS = [
    path for path in REAL_TEXTS
    if not _natively_paged(LINE_BREAK.split(decode(path.read_bytes())))
    and len(LINE_BREAK.split(decode(path.read_bytes()))) > 2 * PAGE_LINES
]


def _page(raw: list[str], breaks: set[int], title, layout) -> tuple[str, list[int | None]]:
    """``raw`` with a page break before each line index in ``breaks``, and
    for each line of the result the number of the raw line it is (None for
    the furniture put in)."""
    furniture = {
        index: page_break(page, title, layout)
        for page, index in enumerate(sorted(breaks), start=2)
    }
    result, numbers = [], []
    for index, line in enumerate(raw):
        for extra in furniture.get(index, []):
            result.append(extra)
            numbers.append(None)
        result.append(line)
        numbers.append(index + 1)
    return "\n".join(result), numbers


def _kept_numbers(text: str, numbers: list[int | None]) -> tuple[set[int], list[str]]:
    """The raw line numbers kept, and the furniture lines left as text."""
    kept_lines, leaked = set(), []
    for line in normalise_lines(text):
        if line.text.strip():
            if numbers[line.number - 1] is None:
                leaked.append(line.text.strip())
            else:
                kept_lines.add(numbers[line.number - 1])
    return kept_lines, leaked


def _text_lines(text: str) -> dict[int, str]:
    return {line.number: line.text.strip() for line in normalise_lines(text) if line.text.strip()}


def test_the_real_texts_paged_here_are_there():
    assert len(UNPAGED_TEXTS) >= 20


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("path", UNPAGED_TEXTS, ids=lambda path: path.name)
def test_a_real_text_paged_with_a_running_title_loses_the_title_only(path, layout):
    """Every real text without furniture of its own, paged every
    ``PAGE_LINES`` lines (four pages at least) with a running title: the
    title goes everywhere, every line of the text stays, but a page number
    of the text's own that a break put beside a job number printed alone."""
    text = decode(path.read_bytes())
    raw = LINE_BREAK.split(text)
    length = min(PAGE_LINES, len(raw) // 4)  # four pages at least
    pages = set(range(length, len(raw), length))
    paged_text, numbers = _page(raw, pages, LONG_TITLE, layout)
    kept_lines, leaked = _kept_numbers(paged_text, numbers)
    assert leaked == []
    # only "railcar" prints the job number alone, without its counter
    page_numbers = _numbers_beside(raw, pages) if layout == "railcar" else set()
    assert set(_text_lines(text)) - page_numbers <= kept_lines


def _numbers_beside(raw: list[str], breaks: set[int]) -> set[int]:
    """The raw line numbers of the bare numbers that open or close a page
    made here (blank lines aside): the last page number a 1990s record
    prints ("2" after "The meeting rose at 11.20 a.m.") is a page number
    beside the job number the break prints, and goes."""
    found = set()
    for index in breaks:
        for other, step in ((index, 1), (index - 1, -1)):
            while 0 <= other < len(raw) and not raw[other].strip():
                other += step
            if 0 <= other < len(raw) and LONE_PAGE_NUMBER.match(raw[other]):
                found.add(other + 1)
    return found


def _repeated_joined(text: str) -> list[tuple[str, str, int, int]]:
    """Lines the text prints twice (8 characters or more, no sentence end),
    joined at each copy to the text beside them: (side, line, first copy,
    second copy), raw line indexes. Side "before": the next line, right
    under each copy, goes on with the text (a page break before the copy
    leaves it opening the page). Side "after": the line right over each
    copy runs into it, no sentence closed (a page break after the copy
    leaves it closing the page). The running head a record prints after
    its own page breaks ("General Assembly 100th meeting", the line after a
    form feed) is a running title, not text."""
    lines = _text_lines(text)
    breaks = [match.group() for match in LINE_BREAK.finditer(text)]
    heads = {number + 2 for number, found in enumerate(breaks) if found == "\x0c"}
    seen: dict[tuple[str, str], list[int]] = {}
    for number, line in lines.items():
        if len(line) < 8 or line[-1] in SENTENCE_END or {number, number - 1} & heads:
            continue
        if number + 1 in lines:
            seen.setdefault(("before", line), []).append(number - 1)
        above = lines.get(number - 1, "")
        if above and above[-1] not in CLOSED_SENTENCE:
            seen.setdefault(("after", line), []).append(number - 1)
    return [(side, line, at[0], at[1]) for (side, line), at in seen.items() if len(at) > 1]


COLLISIONS = [
    (path, side, line, first, second)
    for path in UNPAGED_TEXTS
    for side, line, first, second in _repeated_joined(decode(path.read_bytes()))
]


def test_real_texts_repeat_lines_joined_to_their_text():
    sides = [side for _path, side, *_rest in COLLISIONS]
    assert sides.count("before") >= 10
    assert sides.count("after") >= 10


@pytest.mark.parametrize("layout", LAYOUTS[:2])
@pytest.mark.parametrize(
    "path, side, line, first, second", COLLISIONS,
    ids=lambda value: getattr(value, "name", None),
)
def test_a_repeated_line_of_a_real_text_beside_two_page_breaks_is_kept(
    path, side, line, first, second, layout
):
    """Every line a real text prints twice, joined to the text beside it,
    with a page break (and a running title) right before each copy (or
    right after it), among pages of ``PAGE_LINES`` lines: both copies
    stay."""
    text = decode(path.read_bytes())
    raw = LINE_BREAK.split(text)
    at = [first, second] if side == "before" else [first + 1, second + 1]
    breaks = set(at) | {
        index for index in range(PAGE_LINES, len(raw), PAGE_LINES)
        if min(abs(index - at[0]), abs(index - at[1])) > PAGE_LINES // 2
    }
    paged_text, numbers = _page(raw, breaks, TITLE, layout)
    kept_lines, leaked = _kept_numbers(paged_text, numbers)
    assert {first + 1, second + 1} <= kept_lines
    assert leaked == []


# --- the reviewer's record ---------------------------------------------------

RECORD = REALDATA / "records" / "S-PV.3800.en.txt"
VOTE_LINE = "The President: There were 15 votes in favour. The"
RECORD_PAGE_BREAKS = {
    "running head": "\n\n3\n97-85834\nS/PV.3800 The situation in Croatia 14/07/1997\n\n",
    "symbol, then job number": "\nS/PV.3800\n\n97-85834 3/4\n",
    "job number, then symbol": "\n97-85834 3/4\n\nS/PV.3800\n",
}


@pytest.mark.parametrize("between", RECORD_PAGE_BREAKS.values(), ids=RECORD_PAGE_BREAKS.keys())
def test_s_pv_3800_with_a_page_break_before_each_vote_result_parses_the_same(between):
    """The real S/PV.3800 with a page break put before each of the two
    turns that open with the same line: the same paragraphs as printed."""
    text = RECORD.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = [index for index, line in enumerate(lines) if line == VOTE_LINE]
    assert len(at) == 2
    for index in reversed(at):
        lines[index] = between + lines[index]
    broken = "\n".join(lines)
    original = parse_record(text, language="en")
    result = parse_record(broken, language="en")
    assert [p.text for p in result.paragraphs] == [p.text for p in original.paragraphs]
    opening = "There were 15 votes in favour. The"
    assert sum(p.text.startswith(opening) for p in result.paragraphs) == 2
