"""The ingestion pipeline: raw bytes in, one ``ParsedVersion`` out.

Stages, in order (each module says what it reads and produces):
decode -> normalise (lines; a resolution run together on one line cut
into its paragraphs) -> detect (language, kind, symbol when not given) ->
segment (blocks) -> normalise (re-join split paragraphs) ->
classify (``resolution`` for resolutions, decisions and presidential
statements, or ``record.parse_record`` for verbatim records)
-> footnotes (marks out of the text, linked to footnotes) -> references
(``references.find_references``) -> markup (HTML) -> validate (warnings).

Pure: no ORM and no settings. ``documents.services`` stores the result.
"""

from __future__ import annotations

from pathlib import Path

from . import detect
from .decode import decode
from .errors import (
    NO_STRUCTURE,
    UNKNOWN_KIND,
    UNSUPPORTED_LANGUAGE,
    IngestError,
)
from .footnotes import (
    MISSING_FOOTNOTE,
    UNREFERENCED_FOOTNOTE,
    MarkSequence,
    join_quoted_footnote_text,
    mark_unruled_footnotes,
    read_footnotes,
    take_glued_marks,
    take_marks,
)
from .languages import LANGUAGES
from .markup import parse_inline, render_html
from .normalise import (
    drop_licence_footer,
    join_split_paragraphs,
    normalise_lines,
    unfold_run_together,
)
from .record import parse_record
from .references import find_references
from .resolution import STATEMENT_KINDS, classify_resolution, page_title_symbol
from .segment import segment
from .types import KINDS, ParagraphData, ParsedVersion

BODY_NAMES = {"A": "GA", "S": "SC"}


def parse_version(
    raw: bytes,
    *,
    symbol: str | None = None,
    language: str | None = None,
    kind: str | None = None,
) -> ParsedVersion:
    """Run every stage over ``raw`` (see the module docstring)."""
    text = decode(raw)
    if language is not None and language not in LANGUAGES:
        raise IngestError(UNSUPPORTED_LANGUAGE.format(language=language))
    if kind is not None and kind not in KINDS:
        raise IngestError(UNKNOWN_KIND.format(kind=kind))
    language = language or detect.detect_language(text)
    kind = kind or detect.detect_kind(text, language)
    if kind == "verbatim_record":
        return _parse_record(text, symbol=symbol, language=language)
    lines = unfold_run_together(normalise_lines(text), LANGUAGES[language])
    months = frozenset(name.split(" ")[0].casefold() for name in LANGUAGES[language].months)
    blocks = join_split_paragraphs(
        join_quoted_footnote_text(
            mark_unruled_footnotes(drop_licence_footer(segment(lines)), months)
        ),
        LANGUAGES[language].connectors,
    )
    parse = classify_resolution(blocks, LANGUAGES[language], kind)
    kinds = {p.kind for p in parse.paragraphs}
    if kind in STATEMENT_KINDS:
        if "other" not in kinds:
            raise IngestError(NO_STRUCTURE.format(what="paragraphs after the title"))
    elif not kinds & {"operative", "preambular"}:
        raise IngestError(NO_STRUCTURE.format(what="preamble or numbered operative paragraphs"))
    symbol = (
        symbol
        or parse.symbol
        or (kind == "resolution" and page_title_symbol(text, LANGUAGES[language]))
        or detect.detect_symbol(text, language, kind)
    )
    version = ParsedVersion(
        symbol=symbol,
        language=language,
        kind=kind,
        title=parse.title,
        body=parse.body or BODY_NAMES.get(symbol[:1], ""),
        session=parse.session,
        date=parse.date or detect.catalogue_date(text, language),
        agenda_item=parse.agenda_item,
        text=text,
        warnings=list(parse.warnings),
    )
    # in the order of their numbers, wherever the pages put their bodies
    footnotes = sorted(
        read_footnotes(parse.footnote_blocks),
        key=lambda pair: int(pair[0].marker) if pair[0].marker.isdigit() else 0,
    )
    known = {note.marker for note, _spans in footnotes}
    paren_marks = any(block.style == "num" for block in parse.footnote_blocks)
    referenced: set[str] = set()
    sequence = MarkSequence.of([note.marker for note, _spans in footnotes])
    for draft in parse.paragraphs:
        plain, spans = parse_inline(draft.source)
        marked = take_marks(plain, spans, known, paren_marks=paren_marks)
        take_glued_marks(marked, sequence)
        for marker in marked.missing:
            version.warnings.append(
                f"line {draft.line}: " + MISSING_FOOTNOTE.format(marker=marker)
            )
        referenced.update(ref.marker for ref in marked.refs)
        references = find_references(marked.plain, language)
        version.paragraphs.append(
            ParagraphData(
                kind=draft.kind,
                anchor=draft.anchor,
                text=marked.plain,
                html=render_html(marked.plain, marked.spans, marked.refs, references),
                number=draft.number,
                line=draft.line,
                footnote_refs=marked.refs,
                references=references,
            )
        )
    for note, spans in footnotes:
        note.text = strip_running_symbol(note.text, version.symbol)
        spans = [span for span in spans if span.end <= len(note.text)]
        note.references = find_references(note.text, language)
        note.html = render_html(note.text, spans, (), note.references)
        if note.marker not in referenced:
            version.warnings.append(
                f"line {note.line}: " + UNREFERENCED_FOOTNOTE.format(marker=note.marker)
            )
        version.footnotes.append(note)
    return version


def strip_running_symbol(text: str, symbol: str) -> str:
    """A footnote at the foot of a page with the page's running header glued
    on: "A/CONF.183/9.A/RES/55/2" is footnote "A/CONF.183/9." (the header
    is the document's own symbol, printed after the footnote's full stop)."""
    compact = symbol.replace(" ", "")
    for printed in {symbol, compact}:
        if printed and text.endswith(printed) and len(text) > len(printed):
            before = text[: -len(printed)]
            if before.rstrip()[-1:] in ".。":
                return before.rstrip()
    return text


def _parse_record(text: str, *, symbol: str | None, language: str) -> ParsedVersion:
    parsed = parse_record(text, language=language)
    symbol = symbol or parsed.symbol or detect.detect_symbol(text, language, "verbatim_record")
    meeting = parsed.meeting
    return ParsedVersion(
        symbol=symbol,
        language=language,
        kind=parsed.kind,  # "other" for a corrections notice to a record
        title=parsed.title,
        body=BODY_NAMES.get(symbol[:1], ""),
        date=parsed.date or (meeting.date if meeting else ""),
        text=text,
        paragraphs=list(parsed.paragraphs),
        footnotes=list(parsed.footnotes),
        warnings=list(parsed.warnings),
        meeting=meeting if parsed.kind == "verbatim_record" else None,
    )


def parse_file(path: str | Path, **given) -> ParsedVersion:
    """``parse_version`` over the bytes of a file."""
    return parse_version(Path(path).read_bytes(), **given)
