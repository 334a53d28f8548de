"""A resolution as ``pdftotext -layout`` prints its UN PDF parses like the clean text.

The issue: "The seed resolution A/RES/75/16 en laid out as pdftotext gives it
(wrapped lines, a running symbol header and a footer '20-15790      1/8' on
every page, footnote numbers on lines of their own): 3 of 55 paragraphs come
out as on the clean text; page footers are glued into paragraphs and
footnote bodies become preambular paragraphs."

``pdftotext_layout`` re-prints a clean sample text in that layout. What it
prints is the clean text's own parse (paragraph texts, each footnote mark at
its offset, the footnotes): that parse is the reference every test here
compares against, so the generator changes the layout and nothing else. The
wrapping is ``hard_wrapped``'s (test_resolution_layouts), one paragraph at a
time. The layout follows real ``pdftotext -layout`` output of UN resolutions
(compare the PDF extractions in tests/realdata/ga-res-80):

- pages of ``PAGE_LINES`` lines, each ended by a form feed;
- every line behind a fixed left ``MARGIN``; a paragraph's first line
  indented further, the lines it wraps to flush with the margin; headings,
  the title and the signature not indented; a blank line between paragraphs;
- an operative paragraph's number followed by the gap pdftotext makes of the
  tab after it ("1.    Takes note");
- footnote marks as pdftotext gives superscripts: plain digits glued to what
  precedes them ("Conference1", "organizations,2", "2011" + 6 = "20116"),
  "(1)" in Arabic, whose PDFs print them so; every third mark on a line of
  its own at the column where it stood, the rest of the line going on below
  (the three lines never parted by a page break);
- each page's footnotes at its foot, after a rule of underscores, as
  "1 Text of the footnote" ("(1) ..." in Arabic), wrapped lines hanging;
  a footnote is printed on the page where its (first) mark falls;
- page 1 ends with the job number "20-15790 (E)" and the bar code
  "*2015790*"; every later page opens with the running header (the symbol,
  and on odd pages the running title beside it) and ends with the job number
  and the page counter ("20-15790      2/8", on odd pages "3/8      20-15790");
- a paragraph that does not fit goes on on the next page, after its header.

The tests parse the result with nothing given and with symbol and language
given, on pages of 45 lines, and on pages of 38 to 52 lines so that page
breaks, footnote areas and headers fall between other lines.

Not modelled: a page counter on page 1, the masthead's second column
("Distr.: General" beside "General Assembly"), right-aligned Arabic lines,
and Chinese lines measured in double width (a Chinese line holds
``hard_wrapped``'s 60 characters).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

import pytest

from documents.ingest.pipeline import parse_version
from documents.ingest.segment import TO_SUPERSCRIPT
from documents.ingest.types import ParagraphData, ParsedVersion
from tests.ingest.samples import sample_text, summary
from tests.ingest.test_resolution_layouts import MARK, hard_wrapped

FILES = [
    "A-RES-75-16.en.txt",
    "A-RES-75-16.zh.txt",
    "A-RES-75-16.ar.txt",
    "A-RES-63-114.zh.txt",
]
PAGE_LINES = 45
# other page lengths, to move every page break to other lines
PAGE_LENGTHS = range(38, 53)
PAGE_WIDTH = 80
MARGIN = " " * 10
FIRST_LINE_INDENT = " " * 6
NUMBER_GAP = " " * 4  # the tab after "1." as pdftotext prints it
RULE = "_" * 18
MARK_ON_ITS_OWN_LINE_EVERY = 3  # marks 3, 6, 9 ... printed alone on a line
# job numbers: A/RES/75/16's is the real one (see the issue); the other is
# made up in the same shape
JOB_NUMBERS = {"A/RES/75/16": "20-15790", "A/RES/63/114": "08-47873"}
JOB_LANGUAGE_LETTERS = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}
FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# an operative paragraph's number as it opens the plain text: "1. ", "1 - "
OPERATIVE_NUMBER = re.compile(r"^(?P<number>\d{1,3}\.|\d{1,3} -) +")


@dataclass(frozen=True)
class PrintedLine:
    """A line of the page body and the markers of the marks printed on it."""

    text: str
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Furniture:
    """What pdftotext prints around the text of each page of one version."""

    symbol: str
    title: str
    job: str
    language: str

    def first_page_foot(self) -> list[str]:
        """Page 1: the job number with its language letter, the bar code."""
        letter = JOB_LANGUAGE_LETTERS[self.language]
        return [MARGIN + f"{self.job} ({letter})", MARGIN + "*" + self.job.replace("-", "") + "*"]

    def header(self, page: int) -> str:
        """The symbol; on odd pages the running title first, the symbol at
        the right edge."""
        if page % 2 == 0:
            return MARGIN + self.symbol
        return _spread(self.title, self.symbol)

    def footer(self, page: int, pages: int) -> str:
        """The job number and the page counter: on even pages
        "20-15790      2/8", on odd ones "3/8      20-15790"."""
        counter = f"{page}/{pages}"
        return _spread(self.job, counter) if page % 2 == 0 else _spread(counter, self.job)


def _spread(left: str, right: str) -> str:
    """``left`` at the margin and ``right`` against the right edge, many
    spaces between (six at least)."""
    gap = max(6, PAGE_WIDTH - len(MARGIN) - len(left) - len(right))
    return MARGIN + left + " " * gap + right


def _printed_mark(marker: str, language: str) -> str:
    return f"({marker})" if language == "ar" else marker


def _with_marks(paragraph: ParagraphData) -> str:
    """The paragraph's plain text with each footnote mark back at its offset,
    as a superscript (so that wrapping keeps it with its word)."""
    text = paragraph.text
    for ref in sorted(paragraph.footnote_refs, key=lambda r: r.offset, reverse=True):
        text = text[: ref.offset] + ref.marker.translate(TO_SUPERSCRIPT) + text[ref.offset :]
    return text


def _wrapped(text: str) -> list[str]:
    """``text`` cut into lines by ``hard_wrapped``, without its indent."""
    lines = hard_wrapped(text).splitlines()
    return [lines[0].lstrip(), *lines[1:]]


def _print_marks(line: str, indent: str, language: str) -> list[PrintedLine]:
    """One wrapped line with its superscript marks printed as pdftotext
    prints them: glued plain digits, or (every third marker) the mark alone
    on a line at its column and the rest of the line below it. The lines
    returned are one line of the PDF: a page break never separates them."""
    printed: list[PrintedLine] = []
    current, marks = indent, []
    position = 0
    for match in MARK.finditer(line):
        marker = match.group().strip("⁽⁾").translate(FROM_SUPERSCRIPT)
        current += line[position : match.start()]
        position = match.end()
        shown = _printed_mark(marker, language)
        if int(marker) % MARK_ON_ITS_OWN_LINE_EVERY == 0:
            printed.append(PrintedLine(current.rstrip(), tuple(marks)))
            printed.append(PrintedLine(" " * len(current) + shown, (marker,)))
            current, marks = MARGIN, []
            while position < len(line) and line[position] == " ":
                position += 1
        else:
            current += shown
            marks.append(marker)
    current += line[position:]
    if current.strip():
        printed.append(PrintedLine(current.rstrip(), tuple(marks)))
    return printed


def _paragraph_lines(paragraph: ParagraphData, language: str) -> list[list[PrintedLine]]:
    """A paragraph as pdftotext prints it, followed by a blank line: one
    group of printed lines per line of the PDF (``_print_marks``)."""
    lines = _wrapped(_with_marks(paragraph))
    if paragraph.kind == "operative":
        lines[0] = OPERATIVE_NUMBER.sub(lambda m: m.group("number") + NUMBER_GAP, lines[0])
    if paragraph.kind in ("heading", "title"):
        first = MARGIN
    elif paragraph.kind == "signature":
        first = " " * max(len(MARGIN), PAGE_WIDTH - len(lines[0]))
    else:
        first = MARGIN + FIRST_LINE_INDENT
    groups = [
        _print_marks(line, first if index == 0 else MARGIN, language)
        for index, line in enumerate(lines)
    ]
    return [*groups, [PrintedLine("")]]


def _footnote_lines(marker: str, text: str, language: str) -> list[str]:
    """A footnote as "1 Text of the footnote", the lines it wraps to hanging
    under its text."""
    label = _printed_mark(marker, language) + " "
    lines = _wrapped(text)
    return [MARGIN + label + lines[0]] + [MARGIN + " " * len(label) + line for line in lines[1:]]


def _footnote_area(markers: list[str], notes: dict[str, list[str]]) -> list[str]:
    if not markers:
        return []
    area = ["", MARGIN + RULE]
    for index, marker in enumerate(markers):
        area.extend(([""] if index else []) + notes[marker])
    return area


def _paginate(
    body: list[list[PrintedLine]], notes: dict[str, list[str]], page_lines: int
) -> list[tuple[list[PrintedLine], list[str]]]:
    """Fill pages of ``page_lines`` lines: header, body lines, the footnotes
    whose marks are on the page, footer. A footnote is printed once, on the
    page of its first mark. A group of lines whose footnotes do not fit goes
    to the next page with them; no blank line opens a page."""

    def size(page_number: int, lines: list[PrintedLine], markers: list[str]) -> int:
        frame = 3 if page_number == 1 else 2 + 2  # foot of page 1; header and footer
        return frame + len(lines) + len(_footnote_area(markers, notes))

    def marks_of(group: list[PrintedLine], markers: list[str]) -> list[str]:
        printed = {m for _lines, on_page in pages for m in on_page}
        new = [
            m
            for line in group
            for m in line.marks
            if m in notes and m not in markers and m not in printed
        ]
        return markers + list(dict.fromkeys(new))

    pages: list[tuple[list[PrintedLine], list[str]]] = []
    lines: list[PrintedLine] = []
    markers: list[str] = []
    for group in body:
        if not lines and not any(line.text for line in group):
            continue
        wanted = marks_of(group, markers)
        if lines and size(len(pages) + 1, lines + group, wanted) > page_lines:
            pages.append((lines, markers))
            lines, markers = [], []
            if not any(line.text for line in group):
                continue
            wanted = marks_of(group, [])
        lines.extend(group)
        markers = wanted
    pages.append((lines, markers))
    return pages


def pdftotext_layout(text: str, *, page_lines: int = PAGE_LINES, job: str | None = None) -> str:
    """Re-print a clean sample resolution the way ``pdftotext -layout``
    prints its UN PDF (the module docstring lists what that means), on
    pages of ``page_lines`` lines.

    Pure and deterministic: the same arguments give the same text. ``job``
    is the job number printed in the page footers (by default the symbol's
    entry in ``JOB_NUMBERS``)."""
    return pdftotext_pages(parse_version(text.encode("utf-8")), page_lines=page_lines, job=job)


def pdftotext_pages(
    clean: ParsedVersion, *, page_lines: int = PAGE_LINES, job: str | None = None
) -> str:
    """``pdftotext_layout`` from the clean text's parse (so that one parse
    serves many page lengths)."""
    furniture = Furniture(
        symbol=clean.symbol,
        title=clean.title,
        job=job or JOB_NUMBERS[clean.symbol],
        language=clean.language,
    )
    notes = {
        note.marker: _footnote_lines(note.marker, note.text, clean.language)
        for note in clean.footnotes
    }
    body = [
        group
        for paragraph in clean.paragraphs
        for group in _paragraph_lines(paragraph, clean.language)
    ]
    pages = _paginate(body, notes, page_lines)
    printed = []
    for number, (lines, markers) in enumerate(pages, start=1):
        head = [] if number == 1 else [furniture.header(number), ""]
        if number == 1:
            foot = ["", *furniture.first_page_foot()]
        else:
            foot = ["", furniture.footer(number, len(pages))]
        while lines and not lines[-1].text:
            lines = lines[:-1]
        area = _footnote_area(markers, notes)
        filler = [""] * (page_lines - len(head) - len(lines) - len(area) - len(foot))
        page = head + [line.text for line in lines] + filler + area + foot
        printed.append("\n".join(page) + "\n\f")
    return "".join(printed)


@cache
def _clean_and_laid_out(name: str) -> tuple[ParsedVersion, str]:
    text = sample_text(name)
    return parse_version(text.encode("utf-8")), pdftotext_layout(text)


def _letters(text: str) -> Counter:
    return Counter(char for char in text if char.isalpha())


@pytest.mark.parametrize("name", FILES)
def test_the_generator_prints_pages_as_pdftotext_does(name):
    """The generated text is what the tests below claim to parse: the same
    bytes every time; pages of PAGE_LINES lines ended by form feeds; page 1
    ends with the job number and bar code, every later page opens with the
    running header (the title too on odd pages) and ends with the job
    number and its counter i/N; footnotes after a rule; a paragraph going on
    over a page break; some marks alone on their line; and every letter of
    the clean text printed once (page furniture aside)."""
    clean, laid_out = _clean_and_laid_out(name)
    assert pdftotext_layout(sample_text(name)) == laid_out
    pages = laid_out.split("\f")
    assert pages[-1] == ""
    pages = pages[:-1]
    assert len(pages) >= 3
    furniture = Furniture(clean.symbol, clean.title, JOB_NUMBERS[clean.symbol], clean.language)
    for number, page in enumerate(pages, start=1):
        lines = page.splitlines()
        assert len(lines) == PAGE_LINES
        assert max(len(line) for line in lines) <= max(PAGE_WIDTH + 30, len(furniture.header(1)))
        if number == 1:
            assert lines[-2:] == furniture.first_page_foot()
        else:
            assert lines[0] == furniture.header(number)
            assert lines[-1] == furniture.footer(number, len(pages))
            assert (clean.title in lines[0]) == (number % 2 == 1)
        if RULE in page:
            footnotes = page.split(RULE, 1)[1]
            assert re.search(r"^ *\(?\d{1,2}\)? \S", footnotes, re.MULTILINE)
    def continued(text: str) -> list[str]:
        return [page for page in text.split("\f")[1:-1]
                if re.match(MARGIN + r"\S", page.splitlines()[2])]

    # at this page length or another of the sweep below
    assert continued(laid_out) or any(
        continued(pdftotext_layout(sample_text(name), page_lines=lines))
        for lines in PAGE_LENGTHS
    ), "no paragraph goes on over a page break"
    alone = [line for line in laid_out.splitlines() if re.fullmatch(r" *\(?[369]\)?", line)]
    assert alone, "no footnote mark printed on a line of its own"
    furniture_lines = {
        furniture.header(1),
        furniture.header(2),
        *furniture.first_page_foot(),
    }
    printed = "\n".join(line for line in laid_out.splitlines() if line not in furniture_lines)
    assert _letters(printed) == _letters(sample_text(name))


@pytest.mark.parametrize("name", FILES)
def test_pdftotext_layout_parses_as_the_clean_text(name):
    """Nothing given: the pdftotext layout gives the clean text's paragraphs
    (kind, anchor, number, plain text, footnote marks and their offsets) and
    footnotes (marker, text), and the same symbol, language, kind and title."""
    clean, laid_out = _clean_and_laid_out(name)
    version = parse_version(laid_out.encode("utf-8"))
    assert (version.symbol, version.language, version.kind, version.title) == (
        clean.symbol,
        clean.language,
        clean.kind,
        clean.title,
    )
    assert summary(version) == summary(clean)


@pytest.mark.parametrize("name", FILES)
def test_pdftotext_layout_parses_as_the_clean_text_with_symbol_and_language_given(name):
    """Symbol and language given: the same paragraphs (kind, anchor, number,
    plain text, footnote marks) and footnotes as the clean text."""
    clean, laid_out = _clean_and_laid_out(name)
    version = parse_version(laid_out.encode("utf-8"), symbol=clean.symbol, language=clean.language)
    assert summary(version) == summary(clean)


@pytest.mark.parametrize("name", FILES)
def test_pdftotext_layout_adds_no_warning(name):
    """The page furniture, the footnotes at the foot of each page and the
    marks on lines of their own raise no warning the clean text does not."""
    clean, laid_out = _clean_and_laid_out(name)
    version = parse_version(laid_out.encode("utf-8"))
    assert version.warnings == clean.warnings


def _differences(clean: ParsedVersion, version: ParsedVersion) -> list[str]:
    """What differs between two parses, paragraph by paragraph (matched by
    anchor): "op-1 text", "pp-7 marks", "pp-30 extra"..., and "footnotes"
    when the footnotes differ."""
    expected, found = summary(clean), summary(version)
    differences = []
    mine = {p["anchor"]: p for p in expected["paragraphs"]}
    theirs = {p["anchor"]: p for p in found["paragraphs"]}
    for anchor in dict.fromkeys([*mine, *theirs]):
        if anchor not in theirs or anchor not in mine:
            differences.append(f"{anchor} {'missing' if anchor in mine else 'extra'}")
            continue
        fields = [
            key
            for key in ("kind", "number", "text", "marks")
            if mine[anchor][key] != theirs[anchor][key]
        ]
        if fields:
            differences.append(f"{anchor} {'+'.join(fields)}")
    if expected["footnotes"] != found["footnotes"]:
        differences.append("footnotes")
    return differences


@pytest.mark.parametrize("name", FILES)
def test_pdftotext_layout_parses_as_the_clean_text_wherever_the_pages_break(name):
    """Pages of 38 to 52 lines put the page breaks, the footnote areas and
    the running headers between other lines (after a comma, inside a
    sentence, before the signature...): every length parses as the clean
    text does. The failure lists each length that does not, with the
    paragraphs (by anchor) that differ and how."""
    clean, _laid_out = _clean_and_laid_out(name)
    failures = []
    for page_lines in PAGE_LENGTHS:
        laid_out = pdftotext_pages(clean, page_lines=page_lines)
        differences = _differences(clean, parse_version(laid_out.encode("utf-8")))
        if differences:
            shown = ", ".join(differences[:8]) + (", ..." if len(differences) > 8 else "")
            failures.append(f"{page_lines} lines a page, {len(differences)} differ: {shown}")
    assert not failures, "\n".join(failures)
