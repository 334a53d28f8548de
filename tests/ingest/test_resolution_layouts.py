"""The same resolution laid out differently parses to the same paragraphs.

Each generator takes a sample text and re-prints it the way other
extraction tools do; the parse must not change: same kinds, numbers,
anchors, plain texts and footnote marks.
"""

from __future__ import annotations

import re

import pytest

from documents.ingest.pipeline import parse_version
from documents.ingest.segment import FOOTNOTE_START, is_cjk
from tests.ingest.samples import sample_text, summary

BLANK_LINE_FILES = ["A-RES-75-16.en.txt", "A-RES-75-16.zh.txt", "A-RES-75-16.ar.txt"]
ALL_FILES = BLANK_LINE_FILES + ["A-RES-63-114.zh.txt"]
WIDTH = 60
MARK = re.compile(r"⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def _chunks(word: str) -> list[str]:
    """Cut a long run of Chinese into pieces, only between two Han characters."""
    pieces, start = [], 0
    for i in range(WIDTH // 2, len(word), WIDTH // 2):
        if is_cjk(word[i - 1]) and is_cjk(word[i]) and i > start:
            pieces.append(word[start:i])
            start = i
    pieces.append(word[start:])
    return pieces


def hard_wrapped(text: str) -> str:
    """(a) PDF-style: lines of ~60 characters, a block (lines between blank
    lines) starts indented, no blank lines at all."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        line = lines[0]
        for more in lines[1:]:
            line += more if is_cjk(line[-1]) and is_cjk(more[0]) else " " + more
        words = [piece for word in line.strip().split(" ") for piece in _chunks(word)]
        current = ""
        wrapped = []
        for word in words:
            glue = "" if current and is_cjk(current[-1]) and is_cjk(word[:1] or "a") else " "
            if current and len(current) + len(word) > WIDTH:
                wrapped.append(current)
                current = word
            else:
                current = current + glue + word if current else word
        wrapped.append(current)
        out.append("  " + wrapped[0])
        out.extend(wrapped[1:])
    return "\n".join(out) + "\n"


FURNITURE = ["20-15553 (E)", "A/RES/75/16", "Page 3", "2/6", "*2015553*"]


def with_page_furniture(text: str) -> str:
    """(b) page headers, footers and job numbers between paragraphs, and one
    page break in the middle of a long paragraph (cut after a plain word)."""
    lines = text.splitlines()
    out: list[str] = []
    cut_done = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        at_paragraph_end = index + 1 < len(lines) and not lines[index + 1].strip()
        closes = stripped[-1:] in ".;:,，；。،؛" and at_paragraph_end
        if not cut_done and len(stripped) > 400 and " " in stripped[150:300]:
            cut = stripped.index(" ", 150)
            while stripped[cut - 1] in ".;:,，；。،؛":
                cut = stripped.index(" ", cut + 1)
            out.append(stripped[:cut])
            out.extend(["", FURNITURE[0], "", FURNITURE[1], "", ""])
            out.append(stripped[cut + 1 :])
            cut_done = True
            continue
        out.append(line)
        if closes and index % 7 == 3:
            out.extend(["", FURNITURE[(index // 7) % len(FURNITURE)], "", ""])
    return "\n".join(out) + "\n"


def marks_on_own_lines(text: str) -> str:
    """(c) every footnote mark in the text printed on a line of its own."""
    out = []
    for line in text.splitlines():
        if FOOTNOTE_START.match(line.strip()):
            out.append(line)
            continue
        out.append(MARK.sub(lambda m: "\n" + m.group() + "\n", line))
    return "\n".join(out) + "\n"


def parsed(text: str):
    return summary(parse_version(text.encode("utf-8")))


@pytest.mark.parametrize("name", BLANK_LINE_FILES)
def test_hard_wrapped_lines_with_indented_paragraphs(name):
    original = sample_text(name)
    wrapped = hard_wrapped(original)
    assert max(len(line) for line in wrapped.splitlines()) < WIDTH + 40
    assert parsed(wrapped) == parsed(original)


@pytest.mark.parametrize("name", ALL_FILES)
def test_page_headers_footers_and_job_numbers(name):
    original = sample_text(name)
    assert parsed(with_page_furniture(original)) == parsed(original)


@pytest.mark.parametrize("name", BLANK_LINE_FILES)
def test_footnote_marks_on_their_own_lines(name):
    original = sample_text(name)
    moved = marks_on_own_lines(original)
    assert moved.count("\n") > original.count("\n") + 6
    assert parsed(moved) == parsed(original)


@pytest.mark.parametrize("name", BLANK_LINE_FILES)
def test_all_three_layouts_at_once(name):
    original = sample_text(name)
    assert parsed(hard_wrapped(with_page_furniture(marks_on_own_lines(original)))) == parsed(
        original
    )


def paged(text: str, *, every: int = 23, number_first: bool = False) -> str:
    """(d) PDF pages: every ``every`` lines a page break printing the page
    number alone on its line, before the job number and running header (at
    the foot of the page) or after them (at the head of the next page)."""
    out, page = [], 1
    for index, line in enumerate(text.splitlines(), start=1):
        out.append(line)
        if index % every == 0:
            page += 1
            furniture = [FURNITURE[0], FURNITURE[1]]
            out.extend([*furniture, str(page)] if number_first else [str(page), *furniture])
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("number_first", [False, True], ids=["page-foot", "page-head"])
@pytest.mark.parametrize("name", BLANK_LINE_FILES)
def test_page_numbers_alone_on_a_line_are_not_footnote_marks(name, number_first):
    wrapped = hard_wrapped(sample_text(name))
    pages = paged(wrapped, number_first=number_first)
    assert pages.count("\n") > wrapped.count("\n") + 15
    version = parse_version(pages.encode("utf-8"))
    assert summary(version) == parsed(wrapped)
    assert not version.warnings


def test_a_bare_number_with_no_footnote_on_its_page_is_a_page_number():
    text = """75/99. A short resolution

The General Assembly,

Recalling its resolution 74/4 on the cooperation between the United
4
Nations and the regional organizations,

1. Decides to remain seized of the matter.
"""
    version = parse_version(text.encode())
    pp1 = next(p for p in version.paragraphs if p.anchor == "pp-1")
    assert pp1.text.endswith("between the United Nations and the regional organizations,")
    assert not pp1.footnote_refs and not version.warnings


def test_a_bare_mark_with_its_footnote_on_the_page_stays_a_mark():
    text = """75/99. A short resolution

The General Assembly,

Recalling the report of the Secretary-General,
1

1. Decides to remain seized of the matter.

________________
1
A/75/345.
"""
    version = parse_version(text.encode())
    pp1 = next(p for p in version.paragraphs if p.anchor == "pp-1")
    assert [r.marker for r in pp1.footnote_refs] == ["1"]
    assert [f.text for f in version.footnotes] == ["A/75/345."]
    assert not version.warnings
