"""Bad input gives a clear one-line IngestError (or a warning), never a crash
or unsafe HTML."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents.ingest import errors
from documents.ingest.errors import IngestError
from documents.ingest.pipeline import parse_version
from documents.ingest.types import ParsedVersion

RESOLUTION = """75/99. A short resolution

The General Assembly,

Recalling its earlier resolutions,

1. *Decides* to remain seized of the matter;

2. *Requests* a report <script>alert("x")</script> and <b onclick="steal()">this</b>.

10th plenary meeting
1 December 2020
"""


def one_line(exc_info) -> str:
    message = str(exc_info.value)
    assert "\n" not in message
    return message


def test_empty_file():
    with pytest.raises(IngestError) as exc_info:
        parse_version(b"   \n\n")
    assert one_line(exc_info) == errors.EMPTY_INPUT


def test_binary_file():
    with pytest.raises(IngestError) as exc_info:
        parse_version(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert one_line(exc_info) == errors.BINARY_INPUT.format(offset=8)


def test_undecodable_file():
    with pytest.raises(IngestError) as exc_info:
        parse_version("Résolution".encode("cp1252"))
    assert one_line(exc_info) == errors.UNDECODABLE_INPUT.format(offset=1)


def test_prose_without_structure():
    prose = "This is a letter about the weather in the city, and it has no numbered paragraphs."
    with pytest.raises(IngestError) as exc_info:
        parse_version(prose.encode(), language="en")
    assert one_line(exc_info).startswith(errors.NO_STRUCTURE.split("{")[0])


def test_unknown_language():
    with pytest.raises(IngestError) as exc_info:
        parse_version(b"12345 67890 ... ---")
    assert one_line(exc_info) == errors.UNKNOWN_LANGUAGE


def test_unsupported_language_given():
    with pytest.raises(IngestError, match="unsupported language 'de'"):
        parse_version(RESOLUTION.encode(), language="de")


def test_markup_and_script_are_text_escaped_in_html():
    version = parse_version(RESOLUTION.encode())
    op2 = next(p for p in version.paragraphs if p.anchor == "op-2")
    assert '<script>alert("x")</script>' in op2.text
    assert set(re.findall(r"<(\w+)", op2.html)) <= {"em", "strong", "sup", "a"}
    assert "&lt;script&gt;" in op2.html and "&lt;b onclick=" in op2.html
    assert "<em>Requests</em>" in op2.html


def test_mark_without_footnote_is_a_warning_not_an_error():
    version = parse_version(RESOLUTION.replace("resolutions,", "resolutions,³").encode())
    assert any(
        w.startswith("line 5:") and errors_text in w
        for w in version.warnings
        for errors_text in ["footnote mark 3 has no footnote"]
    )


# -- property: any input gives a ParsedVersion or an IngestError -------------

# pieces of real documents, so random text reaches the later stages
PIECES = [
    "75/16. Title",
    "16/75 - عنوان",
    "Resolution 2532 (2020)",
    "S/PRST/2013/16",
    "The General Assembly,",
    "大会，",
    "إن الجمعية العامة،",
    "Recalling its resolution 74/4,",
    "1. Decides",
    "- 3 - تقرر",
    "(a) To act;",
    "(ب)",
    "(ii)",
    "¹",
    "⁽²⁾",
    "(1)",
    "3",
    "_____",
    " " * 24,
    "20-15553 (E)",
    "A/RES/75/16",
    "**",
    "*",
    "[link](#)",
    "30th plenary meeting",
    "第 64 次全体会议",
    "2020年11月23日",
    "23 November 2020",
    "At its 30th plenary meeting, on 1 May 2020, the General Assembly decided:",
    "Statement by the President of the Security Council",
    "Provisional",
    "\n",
    "\n\n",
    "  ",
    "\r",
    "\x0c",
]
documentish = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=40
).map("".join)


def _parses_or_refuses(raw: bytes, **given) -> None:
    try:
        result = parse_version(raw, **given)
    except IngestError:
        return
    assert isinstance(result, ParsedVersion)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_random_bytes_parse_or_raise_ingest_error(raw):
    _parses_or_refuses(raw)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documentish, st.sampled_from([None, "en", "ar", "zh", "ru"]))
def test_random_document_like_text_parses_or_raises_ingest_error(text, language):
    _parses_or_refuses(text.encode("utf-8"), language=language)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documentish, st.sampled_from(["resolution", "decision", "presidential_statement"]))
def test_random_text_of_a_given_kind_parses_or_raises_ingest_error(text, kind):
    _parses_or_refuses(text.encode("utf-8"), language="en", kind=kind)
