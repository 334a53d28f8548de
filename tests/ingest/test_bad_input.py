"""Bad input gives a clear one-line IngestError (or a warning), never a crash
or unsafe HTML."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents.ingest import errors
from documents.ingest.errors import IngestError
from documents.ingest.markup import ALLOWED_TAGS
from documents.ingest.pipeline import parse_version
from documents.ingest.symbols import is_symbol
from documents.ingest.types import KINDS, LANGUAGES, PARAGRAPH_KINDS
from documents.services import DUPLICATE_FOOTNOTE, check_parse

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


# -- property: any input gives a storable version or a clear IngestError -----

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


HTML_TAG = re.compile(r"</?\s*([a-zA-Z][\w-]*)")
KNOWN_LINE = re.compile(r"^line [1-9]\d*: \S")


def _parses_or_refuses(raw: bytes, **given) -> None:
    """Either a clear refusal (a one-line IngestError naming its line in
    the house form when it has one), or a version the store can hold and
    the page can show: what was given kept, kinds from the one list, unique
    anchors and footnote marks, marks inside their paragraph, only the
    allowed tags in the HTML, one-line warnings."""
    try:
        result = parse_version(raw, **given)
        check_parse(result)  # what the ingest service checks before it writes
    except IngestError as error:
        message = str(error)
        assert message and "\n" not in message, repr(message)
        if error.line is not None:
            assert KNOWN_LINE.match(message), message
        assert "Traceback" not in message and "Error(" not in message, message
        return
    assert result.language in LANGUAGES
    assert result.language == given.get("language") or not given.get("language")
    assert result.kind in KINDS
    assert result.kind == given.get("kind") or not given.get("kind")
    assert result.symbol and is_symbol(result.symbol), result.symbol
    assert result.paragraphs, "a version with no paragraph"
    anchors = [p.anchor for p in result.paragraphs]
    assert all(anchors) and len(set(anchors)) == len(anchors), anchors
    markers = [f.marker for f in result.footnotes]
    assert all(markers) and len(set(markers)) == len(markers), markers
    for p in result.paragraphs:
        assert p.kind in PARAGRAPH_KINDS, p.kind
        assert set(HTML_TAG.findall(p.html)) <= ALLOWED_TAGS, p.html
        assert all(0 <= ref.offset <= len(p.text) for ref in p.footnote_refs), p
    assert all(set(HTML_TAG.findall(f.html)) <= ALLOWED_TAGS for f in result.footnotes)
    assert all(isinstance(w, str) and w and "\n" not in w for w in result.warnings)


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


# a real resolution, its lines dropped, repeated or with pieces and random
# text slipped in: most of these still parse, so the properties of a
# successful parse above are put to the test, not only the refusals
@st.composite
def mutated_resolution(draw) -> str:
    lines = RESOLUTION.splitlines()
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(lines)))
        change = draw(st.sampled_from(["insert", "drop", "repeat"]))
        if change == "insert":
            lines.insert(at, draw(st.one_of(st.sampled_from(PIECES), st.text(max_size=30))))
        elif lines and at < len(lines):
            lines[at:at + 1] = [] if change == "drop" else [lines[at], lines[at]]
    return "\n".join(lines)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_resolution(), st.sampled_from([None, "en"]))
def test_mutated_resolutions_parse_or_raise_ingest_error(text, language):
    _parses_or_refuses(text.encode("utf-8"), language=language)


def test_two_footnotes_with_one_mark_are_refused_not_stored():
    """Found by the property above: a stray "¹" line before the title and
    another before the preamble read as two footnotes 1, which the store
    cannot hold (one footnote per mark): a clear refusal naming the lines."""
    text = "¹\n75/16. Title\n" + RESOLUTION.replace("\nRecalling", "\n¹\nRecalling", 1)
    parsed = parse_version(text.encode())
    assert [f.marker for f in parsed.footnotes] == ["1", "1"]
    with pytest.raises(IngestError) as exc_info:
        check_parse(parsed)
    second = parsed.footnotes[1]
    assert one_line(exc_info) == f"line {second.line}: " + DUPLICATE_FOOTNOTE.format(
        marker="1", first=parsed.footnotes[0].line)
