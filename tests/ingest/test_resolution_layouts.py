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
