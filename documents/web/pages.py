"""Plain data for the templates, built from the selectors' dicts.

Templates only loop and print (house style 9): every id, href, class and
label of the reading view is decided here, and every piece of document HTML
goes through ``documents.web.rendering`` before it gets here.

Names on the page:

- a row is named after the pivot paragraphs it holds, all of them: "pp-4–5"
  for the Arabic paragraph that holds the English fourth and fifth. Its id is
  the first (``#pp-4``), the others are aliases (``#pp-5`` lands in it);
- a paragraph of another column is called by the name of the row that shows
  it, wherever the page names it (a footnote's way back, the table of
  contents, a citation): the Arabic sixth preambular paragraph stands in row
  pp-7 and is "pp-7" on the page, while its own id stays ``#ar-pp-6``.

The page's own words go through Django's translation (the interface
language); document text never does.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import quote, urlencode

from django.utils.formats import date_format
from django.utils.translation import get_language, get_language_bidi, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from alignment.table import Row
from documents.ingest.symbols import find_symbols
from documents.models import LANGUAGE_CHOICES, RTL_LANGUAGES, Document
from documents.search import match_spans
from documents.selectors import AlignedTable, fill_texts

from .memory import ReadingMemory, has_earlier_edition, memory_cells, memory_panel
from .rendering import (
    backlinks,
    column_html,
    id_part,
    note_html,
    note_id,
    paragraph_id,
    reading_url,
)
from .row_html import rows_html, toc_entries_html

# each language's name for itself (pickers, column heads, the switcher)
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)
# English names, for pages not yet in the interface language (the changes view)
ENGLISH_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French",
                 "ru": "Russian", "es": "Spanish"}
# the language's name in the interface language: "spoke in French", "以法语发言"
LANGUAGE_NAMES_TRANSLATED = {
    "ar": gettext_lazy("Arabic"),
    "zh": gettext_lazy("Chinese"),
    "en": gettext_lazy("English"),
    "fr": gettext_lazy("French"),
    "ru": gettext_lazy("Russian"),
    "es": gettext_lazy("Spanish"),
}
KIND_NAMES = {
    "resolution": gettext_lazy("Resolution"),
    "decision": gettext_lazy("Decision"),
    "presidential_statement": gettext_lazy("Presidential statement"),
    "verbatim_record": gettext_lazy("Verbatim record"),
    "other": gettext_lazy("Other"),
}
LANGUAGE_ORDER = [code for code, _name in LANGUAGE_CHOICES]
# The interface languages: Django's code for each document language (Chinese
# is "zh-hans", whose catalogues and date formats Django ships).
INTERFACE_CODES = {"ar": "ar", "zh": "zh-hans", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
MAX_COLUMNS = 3
WEAK_CONFIDENCE = 0.5
TOC_HEADING_LENGTH = 90

# notices of the reading view (interface language; formatted by the view)
TOO_MANY_LANGUAGES = gettext_lazy(
    "At most {limit} languages can be read side by side; the first {limit} are shown."
)
UNKNOWN_LANGUAGES = gettext_lazy("Not a language of the United Nations: {codes}.")
MISSING_LANGUAGES = gettext_lazy("{symbol} has no version in {names}; shown: {shown}.")
NO_SUCH_PARAGRAPH = gettext_lazy("{symbol} has no paragraph “{asked}”.")


def display_date(value) -> str:
    """A date as the interface language writes it: "23 November 2020" (the
    United Nations' English), "23 novembre 2020", "2020年11月23日",
    "23 نوفمبر، 2020"."""
    if not value:
        return ""
    english = (get_language() or "en").startswith("en")
    return date_format(value, "j F Y" if english else "DATE_FORMAT")


def language_info(code: str) -> dict:
    return {
        "code": code,
        "name": LANGUAGE_NAMES.get(code, code),
        "dir": "rtl" if code in RTL_LANGUAGES else "ltr",
    }


def document_language(code: str) -> str:
    """The document language of an interface or Accept-Language code:
    "zh-hans", "zh-CN" -> "zh"; "" when it is none of the six."""
    base = (code or "").split("-")[0].split("_")[0].lower()
    return base if base in LANGUAGE_NAMES else ""


def interface_info() -> dict:
    """The active interface language as templates mark text in it."""
    code = get_language() or "en"
    return {"code": code, "dir": "rtl" if get_language_bidi() else "ltr"}


def interface_language() -> str:
    """The document language code of the active interface language."""
    return document_language(get_language() or "") or "en"


def reader_language(request) -> str:
    """The reader's language: ?ui=, else the interface language chosen by
    LocaleMiddleware (cookie, then Accept-Language), else the first official
    language of Accept-Language, else English."""
    asked = document_language(request.GET.get("ui", ""))
    if asked:
        return asked
    chosen = document_language(getattr(request, "LANGUAGE_CODE", ""))
    if chosen and hasattr(request, "LANGUAGE_CODE"):
        return chosen
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        base = document_language(code)
        if base:
            return base
    return "en"


def requested_languages(request) -> list[str]:
    """``?langs=en,zh`` or ``?langs=en&langs=zh`` (the picker's selects), in
    any case (``?langs=EN``)."""
    codes = []
    for value in request.GET.getlist("langs"):
        codes.extend(c.strip().lower() for c in value.split(",") if c.strip())
    return list(dict.fromkeys(codes))


def choose_languages(document: Document, asked: list[str]) -> tuple[list[str], list[str]]:
    """The columns to show for the languages asked, and the notices that say
    what could not be shown: unknown codes and languages the document lacks
    are left out (the document is shown all the same), at most MAX_COLUMNS;
    nothing left means the document's default columns (pivot first)."""
    available = [v.language for v in document.versions.all()]
    unknown = [c for c in asked if c not in LANGUAGE_NAMES]
    missing = [c for c in asked if c in LANGUAGE_NAMES and c not in available]
    chosen = [c for c in asked if c in available]
    notices = []
    if len(chosen) > MAX_COLUMNS:
        notices.append(str(TOO_MANY_LANGUAGES).format(limit=MAX_COLUMNS))
        chosen = chosen[:MAX_COLUMNS]
    if not chosen:
        pivot = document.pivot_language
        chosen = sorted(available, key=lambda c: (c != pivot, LANGUAGE_ORDER.index(c)))
        chosen = chosen[:MAX_COLUMNS]
    if unknown:
        notices.append(str(UNKNOWN_LANGUAGES).format(codes=", ".join(unknown)))
    if missing:
        notices.append(
            str(MISSING_LANGUAGES).format(
                symbol=document.symbol,
                names=", ".join(str(LANGUAGE_NAMES_TRANSLATED[c]) for c in missing),
                shown=", ".join(str(LANGUAGE_NAMES_TRANSLATED[c]) for c in chosen),
            )
        )
    return chosen, notices


# --- names of rows and paragraphs ---------------------------------------------

# an anchor and the last part of it that counts: "pp-4" -> "pp-", "4";
# "op-5-a" -> "op-5-", "a"; "annex-op-3-b1" does not count on ("b1")
ANCHOR_TAIL = re.compile(r"^(?P<stem>.*-)(?P<last>\d+|[a-z])$")


def _follows(stem: str, last: str, before: tuple[str, str] | None) -> bool:
    if before is None or before[0] != stem:
        return False
    previous = before[1]
    if last.isdigit() and previous.isdigit():
        return int(last) == int(previous) + 1
    if last.isalpha() and previous.isalpha():
        return ord(last) == ord(previous) + 1
    return False


def anchor_range(anchors: list[str]) -> str:
    """One label for the anchors of a row, runs written as ranges.

    >>> anchor_range(["pp-4", "pp-5"])
    'pp-4–5'
    >>> anchor_range(["op-5-a", "op-5-b", "op-5-c"])
    'op-5-a–c'
    >>> anchor_range(["pp-9", "op-1"])
    'pp-9, op-1'
    """
    runs: list[list[str]] = []  # each run: its first anchor, then the tails that follow
    before: tuple[str, str] | None = None
    for anchor in anchors:
        match = ANCHOR_TAIL.match(anchor)
        stem, last = (match["stem"], match["last"]) if match else (anchor, "")
        if match and runs and _follows(stem, last, before):
            runs[-1].append(last)
        else:
            runs.append([anchor])
        before = (stem, last) if match else None
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


# "op-5-a-ii" -> "5 (a) (ii)"; "annex-ii-op-3" -> "3"; "pp-4" -> "4"
PARAGRAPH_NUMBER = re.compile(
    r"""
    ^(?:annex(?:-[ivxlc]+|-\d+)?-)?   # annex-, annex-ii-, annex-2-
    (?:op|pp|p)-                      # op-5, pp-4, p-2
    (?P<number>\d+)
    (?P<subs>(?:-[a-z0-9]+)*)$        # -a-ii
    """,
    re.VERBOSE,
)


def paragraph_number(anchor: str) -> str:
    """How a citation numbers the paragraph of ``anchor``: "op-5-a" -> "5 (a)";
    "" for an anchor that carries no number (title, h-3, turn-2)."""
    match = PARAGRAPH_NUMBER.match(anchor)
    if not match:
        return ""
    subs = [s for s in match["subs"].split("-") if s]
    return " ".join([match["number"], *(f"({s})" for s in subs)])


def _number_range(numbers: list[str]) -> str:
    if len(numbers) == 2 and numbers[0].isdigit() and numbers[1].isdigit() and (
        int(numbers[1]) == int(numbers[0]) + 1
    ):
        return f"{numbers[0]}–{numbers[1]}"
    if len(numbers) > 2 and all(n.isdigit() for n in numbers) and [
        int(n) for n in numbers
    ] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers))):
        return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(numbers)


def citation(symbol: str, paragraphs: list[dict]) -> str:
    """How a reader cites the paragraphs of a row: "A/RES/75/16, para. 5",
    "A/RES/75/16, preambular paras. 4–5", "S/PV.7050, statement by 主席"; the
    symbol alone where the paragraphs carry no number (a heading, the title)."""
    if not paragraphs:
        return symbol
    first = paragraphs[0]
    if first["kind"] == "speaker_turn" and first.get("speaker"):
        return _("%(symbol)s, statement by %(speaker)s") % {
            "symbol": symbol, "speaker": first["speaker"]["name"]}
    numbers = [n for n in (paragraph_number(p["anchor"]) for p in paragraphs) if n]
    if not numbers:
        return symbol
    values = {"symbol": symbol, "number": _number_range(numbers)}
    kind = first["kind"]
    part = "preambular" if kind == "preambular" else (
        "annex" if kind.startswith("annex_") else "operative")
    return _citation_format(get_language() or "", part, len(numbers)) % values


@lru_cache(maxsize=512)
def _citation_format(language: str, part: str, many: int) -> str:
    """The translated citation pattern, looked up once per interface
    language (``language`` is the cache key: gettext reads the active one)."""
    if part == "preambular":
        return ngettext("%(symbol)s, preambular para. %(number)s",
                        "%(symbol)s, preambular paras. %(number)s", many)
    if part == "annex":
        return ngettext("%(symbol)s, annex, para. %(number)s",
                        "%(symbol)s, annex, paras. %(number)s", many)
    return ngettext("%(symbol)s, para. %(number)s", "%(symbol)s, paras. %(number)s", many)


# parentheses around a delegation, as each language prints them
PARENTHESES = {"zh": ("（", "）")}


def speaker_name(name: str, delegation: str, language: str) -> str:
    """A speaker as the record prints them, the delegation in the language's
    own parentheses: "主席（阿塞拜疆）", "Mr. Churkin (Russian Federation)".
    The role (an English word the parser adds) is not printed."""
    if not delegation:
        return name
    opening, closing = PARENTHESES.get(language, (" (", ")"))
    return f"{name}{opening}{delegation}{closing}"


# --- library -----------------------------------------------------------------


def library_entry(document: Document, ui: str) -> dict:
    versions = {v.language: v for v in document.versions.all()}
    shown = ui if ui in versions else document.pivot_language
    if shown not in versions:
        shown = next(iter(sorted(versions)), "")
    title = versions[shown].title if shown else ""
    languages = [language_info(c) for c in LANGUAGE_ORDER if c in versions]
    default = list(dict.fromkeys(c for c in (ui, document.pivot_language) if c in versions))
    default += [c for c in sorted(versions) if c not in default]
    return {
        "symbol": document.symbol,
        "url": document.get_absolute_url(),
        "title": title,
        "title_language": language_info(shown) if shown else None,
        "body": document.body,
        "kind": KIND_NAMES.get(document.kind, document.get_kind_display()),
        "session": document.session,
        "date": document.date,
        "date_text": display_date(document.date),
        "languages": [
            {**lang, "url": f"{document.get_absolute_url()}?langs={lang['code']}"}
            for lang in languages
        ],
        "pair_url": f"{document.get_absolute_url()}?langs={','.join(default[:2])}",
    }


# --- reading view ------------------------------------------------------------


def _paragraph(p: dict, lang: str, notes: set[str], corpus: set[str], mark_ids: set[str]):
    speaker = p["speaker"]
    return {
        "id": paragraph_id(lang, p["anchor"]),
        "anchor": p["anchor"],
        "kind": p["kind"],
        "number": p["number"],
        "html": column_html(
            p["html"], language=lang, anchor=p["anchor"], notes=notes,
            corpus_symbols=corpus, mark_ids=mark_ids,
        ),
        "speaker": (
            {
                **speaker,
                "printed": speaker_name(speaker["name"], speaker["delegation"], lang),
                "language_name": LANGUAGE_NAMES_TRANSLATED.get(speaker["language"], ""),
            }
            if speaker
            else None
        ),
    }


CHECKED_LABEL = gettext_lazy("checked by a curator")
AUTOMATIC_LABEL = gettext_lazy("automatic alignment")


def _row_status(row: dict, languages: list[str], pivot: str) -> dict:
    """Whether the row's alignment was checked by a curator or is automatic,
    and its weak links: a checked row is trusted, whatever its score."""
    others = [c for c in languages if c != pivot]
    confidences = [row["confidence"][c] for c in others if c in row["confidence"]]
    if not others:
        return {"status": "pivot", "status_label": "", "weak": [], "confidence": None}
    if all(row["checked"].get(c) for c in others):
        return {"status": "checked", "status_label": CHECKED_LABEL, "weak": [],
                "confidence": min(confidences) if confidences else None}
    weak = [
        {"code": c, "confidence": row["confidence"][c]}
        for c in others
        if c in row["confidence"] and row["confidence"][c] < WEAK_CONFIDENCE
        and not row["checked"].get(c)
    ]
    return {
        "status": "automatic",
        "status_label": AUTOMATIC_LABEL,
        "weak": weak,
        "confidence": min(confidences) if confidences else None,
    }


def _attendance_languages(context: dict) -> set[str]:
    """Languages whose meeting header holds the attendance (so its printed
    lines are not shown a second time)."""
    return {
        lang for lang, meeting in context["meetings"].items()
        if meeting is not None and list(meeting.attendance.all())
    }


def _is_printed_attendance(table: AlignedTable, row: Row, structured: set[str]) -> bool:
    cells = [(lang, cell) for lang in table.languages if (cell := table.cell_ids(row, lang))]
    return bool(cells) and all(
        lang in structured and all(table.paragraphs[i].kind == "attendance" for i in cell)
        for lang, cell in cells
    )


ROWS_PER_PAGE = 1000  # a longer document is read a page of rows at a time
TOC_TEXT_KINDS = frozenset({"title", "heading", "annex_heading"})  # contents quote their text


def page_number(asked: str) -> int:
    """``?page=3`` -> 3; anything else is the first page."""
    return int(asked) if asked.isdigit() and 0 < int(asked) < 100_000 else 1


def page_count(row_count: int) -> int:
    return max(1, -(-row_count // ROWS_PER_PAGE))


class RowName(NamedTuple):
    """How the page names a row: its id, label and aliases (``#pp-5`` for
    the merged row ``pp-4``), its lead language and lead paragraphs (the
    pivot's when shown, else the first column's: ids of the table's
    paragraphs) and its page of rows."""

    id: str
    label: str
    aliases: tuple[str, ...]
    lead_language: str
    lead: list[int]
    page: int


def _row_names(table: AlignedTable, rows: list[Row]) -> list[RowName]:
    """Each row's names and page: cheap, for every row of the document (the
    links to rows on other pages need them); the paragraphs are rendered for
    one page only."""
    languages, pivot, paragraphs = table.languages, table.pivot, table.paragraphs
    used_ids: set[str] = set()
    names = []
    for position, row in enumerate(rows):
        anchor = table.anchor(row)
        row_id = id_part(anchor) if anchor else f"row-{row.index + 1}"
        if row_id in used_ids:
            row_id = f"{row_id}-{row.index + 1}"
        used_ids.add(row_id)
        named_by = table.cell_ids(row, pivot)
        if len(named_by) == 1:
            label = paragraphs[named_by[0]].anchor
        else:
            label = anchor_range([paragraphs[i].anchor for i in named_by]) if named_by else anchor
        aliases = []
        for pid in named_by:
            alias = id_part(paragraphs[pid].anchor)
            if alias not in used_ids:
                aliases.append(alias)
                used_ids.add(alias)
        lead_language = pivot if named_by else next(
            (c for c in languages if table.cell_ids(row, c)), "")
        names.append(RowName(
            row_id, label or row_id, tuple(aliases), lead_language,
            named_by if named_by or not lead_language else table.cell_ids(row, lead_language),
            position // ROWS_PER_PAGE + 1))
    return names


def shown_rows(context: dict) -> list[tuple[Row, RowName]]:
    """The table's rows the page shows (printed attendance left out where
    the meeting header holds it), each with its names."""
    table = context["table"]
    structured_attendance = _attendance_languages(context)
    kept = table.rows if not structured_attendance else [
        row for row in table.rows
        if not _is_printed_attendance(table, row, structured_attendance)]
    return list(zip(kept, _row_names(table, kept), strict=True))


def anchor_pages(context: dict) -> dict[str, int]:
    """The page of rows of every paragraph anchor and row id (``op-5``,
    ``en-op-5``, ``pp-4``), for ``?go=`` to land on the right page."""
    table = context["table"]
    pages: dict[str, int] = {}
    for row, names in shown_rows(context):
        for name in (names.id, *names.aliases):
            pages.setdefault(name, names.page)
        for lang in table.languages:
            for pid in table.cell_ids(row, lang):
                anchor = table.paragraphs[pid].anchor
                pages.setdefault(paragraph_id(lang, anchor), names.page)
                pages.setdefault(anchor, names.page)
    return pages


def reading_rows(
    context: dict, every_row: list[tuple[Row, RowName]], *, origin: str = "", page: int = 1
) -> tuple[list[dict], set[str], dict]:
    """The rows of page ``page`` as the page prints them (their paragraphs'
    texts already read), the ids of the footnote marks placed in them, and
    where each of their paragraphs is shown (``{(language, anchor): {"id":
    row id, "label": row label}}``)."""
    table = context["table"]
    document = context["document"]
    languages = table.languages
    pivot = table.pivot
    corpus = set(context["corpus_symbols"])
    notes = {c: {n["marker"] for n in context["footnotes"][c]} for c in languages}
    mark_ids: set[str] = set()
    last_turn: dict[str, object] = {}
    shown_in: dict[tuple[str, str], dict] = {}
    infos = {lang: language_info(lang) for lang in languages}
    rows = []
    for row_ids, names in every_row:
        if names.page != page:
            continue
        row = table.row_dict(row_ids)
        row_id, label = names.id, names.label
        widest = max((len(cell) for cell in row["cells"].values()), default=0)
        cells = []
        for lang in languages:
            cell = row["cells"].get(lang, [])
            paragraphs = []
            for p in cell:
                item = _paragraph(p, lang, notes[lang], corpus, mark_ids)
                turn = p["speaker"]["turn"] if p["speaker"] else None
                item["starts_turn"] = turn is not None and last_turn.get(lang) != turn
                if turn is not None:
                    last_turn[lang] = turn
                paragraphs.append(item)
                shown_in[(lang, p["anchor"])] = {"id": row_id, "label": label}
            cells.append(
                {
                    **infos[lang],
                    "paragraphs": paragraphs,
                    "empty": not paragraphs,
                    "merge": bool(paragraphs) and len(paragraphs) < widest,
                    "covers": widest,
                }
            )
        cite_path = f"{reading_url(document.symbol)}#{row_id}"
        rows.append(
            {
                "id": row_id,
                "label": label,
                "aliases": names.aliases,
                "index": row["index"],
                "kind": row["kind"],
                "cells": cells,
                "citation": citation(document.symbol, [table.paragraph(i) for i in names.lead]),
                "permalink": f"{origin}{cite_path}",
                **_row_status(row, languages, pivot),
            }
        )
    return rows, mark_ids, shown_in


def read_texts(table: AlignedTable, every_row: list[tuple[Row, RowName]], page: int) -> None:
    """Read, in one query, the text and html of the paragraphs of page
    ``page`` and of the titles and headings the contents quote (the table
    was read without them)."""
    wanted = [i for row, names in every_row if names.page == page
              for lang in table.languages for i in table.cell_ids(row, lang)]
    wanted += [names.lead[0] for _row, names in every_row
               if names.lead and table.paragraphs[names.lead[0]].kind in TOC_TEXT_KINDS]
    fill_texts([table.paragraph(i) for i in dict.fromkeys(wanted)])


def footnote_columns(context: dict, mark_ids: set[str], shown_in: dict) -> list[dict]:
    """Each column's notes, each with its ways back to the marks on the page,
    named after the row that shows the marking paragraph."""
    corpus = set(context["corpus_symbols"])
    columns = []
    for lang in context["languages"]:
        notes = []
        for note in context["footnotes"][lang]:
            links = [
                {**link, "label": shown_in.get((lang, link["anchor"]), {}).get(
                    "label", link["anchor"])}
                for link in backlinks(lang, note["marker"], note["referenced_by"])
                if link["href"][1:] in mark_ids
            ]
            notes.append(
                {
                    "id": note_id(lang, note["marker"]),
                    "marker": note["marker"],
                    "html": note_html(note["html"], corpus_symbols=corpus),
                    "backlinks": links,
                }
            )
        if notes:
            columns.append({**language_info(lang), "notes": notes})
    return columns


def agenda_pieces(item: str, corpus: set[str]) -> list[dict]:
    """An agenda item cut into text and the documents it names, each linked
    to its reading view when the corpus has it, else to undocs.org:
    "... (S/2013/588)" -> [text, {symbol, url}, text]."""
    pieces, start = [], 0
    for found in find_symbols(item):
        if found.start > start:
            pieces.append({"text": item[start:found.start]})
        local = found.symbol in corpus
        pieces.append({
            "text": found.printed,
            "url": reading_url(found.symbol) if local
            else f"https://undocs.org/{quote(found.symbol, safe='/().-')}",
            "local": local,
        })  # fmt: skip
        start = found.end
    if start < len(item):
        pieces.append({"text": item[start:]})
    return pieces


def turn_links(table: AlignedTable, every_row: list[tuple[Row, RowName]],
               href) -> dict[tuple[str, object], str]:
    """Where each speaker's turn starts, per language: the href of its first
    paragraph (``href(paragraph id, page)``, on whatever page of rows)."""
    first_of_turn: dict[tuple[str, object], str] = {}
    paragraphs = table.paragraphs
    for row, names in every_row:
        for lang in table.languages:
            for pid in table.cell_ids(row, lang):
                p = paragraphs[pid]
                if p.turn is not None and (lang, p.turn) not in first_of_turn:
                    first_of_turn[(lang, p.turn)] = href(paragraph_id(lang, p.anchor), names.page)
    return first_of_turn


def record_columns(context: dict, first_of_turn: dict[tuple[str, object], str]) -> list[dict]:
    """Meeting header, attendance and speaker index per language of a
    verbatim record; empty for other documents."""
    corpus = set(context["corpus_symbols"])
    columns = []
    for lang in context["languages"]:
        meeting = context["meetings"].get(lang)
        turns = context["turns"].get(lang, [])
        if meeting is None and not turns:
            continue
        attendance = list(meeting.attendance.all()) if meeting else []
        columns.append(
            {
                **language_info(lang),
                "meeting": meeting,
                "date_text": display_date(meeting.date) if meeting else "",
                "president": [
                    {"name": speaker_name(a.name, a.delegation_printed, lang)}
                    for a in attendance if a.role == "president"
                ],
                "members": [a for a in attendance if a.role != "president"],
                "agenda": [agenda_pieces(item, corpus) for item in (meeting.agenda if meeting
                                                                    else [])],
                "turns": [
                    {
                        "index": t.index,
                        "name": speaker_name(t.name, t.delegation_printed, lang),
                        "language": LANGUAGE_NAMES_TRANSLATED.get(t.language, t.language),
                        "national_capacity": t.national_capacity,
                        "href": first_of_turn.get((lang, t.index), ""),
                    }
                    for t in turns
                ],
            }
        )
    return columns


def picker(document: Document, languages: list[str]) -> dict:
    available = [language_info(c) for c in LANGUAGE_ORDER
                 if c in {v.language for v in document.versions.all()}]
    slots = []
    for position in range(min(MAX_COLUMNS, len(available))):
        chosen = languages[position] if position < len(languages) else ""
        slots.append(
            {
                "position": position + 1,
                "options": [{**lang, "selected": lang["code"] == chosen} for lang in available],
                "none_selected": not chosen,
                "required": position == 0,
            }
        )
    return {"available": available, "slots": slots}


def _shorten(text: str, limit: int = TOC_HEADING_LENGTH) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def table_of_contents(table: AlignedTable, names: list[RowName], href) -> dict:
    """Where a reader may want to go, in reading order: the title, the
    preamble, each operative paragraph by its number, the headings inside
    the text and of annexes, and each speaker of a record. Every entry links
    to a row (``href(row id, page)``: ``#op-5``, or the page of rows that
    holds it), so it works whatever languages are shown. The title and
    headings quote their text (read with the page's: ``read_texts``)."""
    entries: list[dict] = []
    operative: list[dict] = []
    speakers: list[dict] = []
    seen_title = seen_preamble = False
    last_turn = None
    for row in names:
        if not row.lead:
            continue
        first = table.paragraphs[row.lead[0]]
        kind = first.kind
        if kind == "title" and not seen_title:
            seen_title = True
            entries.append({"href": href(row.id, row.page), "label": _("Title"),
                            "text": _shorten(table.paragraph(first.id)["text"]),
                            "language": language_info(row.lead_language)})
        elif kind in ("preamble_intro", "preambular") and not seen_preamble:
            seen_preamble = True
            entries.append({"href": href(row.id, row.page), "label": _("Preamble")})
        elif kind == "operative":
            if not operative:
                entries.append({"operative": operative, "label": _("Operative paragraphs")})
            operative.append({"href": href(row.id, row.page), "label": paragraph_number(
                first.anchor) or first.number or row.label})
        elif kind == "annex_heading" or (kind == "heading" and seen_title):
            entries.append({"href": href(row.id, row.page),
                            "text": _shorten(table.paragraph(first.id)["text"]),
                            "language": language_info(row.lead_language)})
        elif kind == "speaker_turn" and first.turn is not None:
            if first.turn != last_turn:
                last_turn = first.turn
                if not speakers:
                    entries.append({"speakers": speakers, "label": _("Speakers")})
                speakers.append({"href": href(row.id, row.page),
                                 "language": language_info(row.lead_language),
                                 "text": speaker_name(first.name, first.delegation,
                                                      row.lead_language)})
    return {"entries": entries}


def official_pdfs(symbol: str, codes: list[str]) -> list[dict]:
    """The official PDF of each language version: undocs.org's address
    (``https://undocs.org/fr/A/RES/75/16``) and documents.un.org's."""
    path = quote(symbol, safe="/().-")
    return [
        {
            **language_info(code),
            "name_translated": LANGUAGE_NAMES_TRANSLATED[code],
            "undocs": f"https://undocs.org/{code}/{path}",
            "ods": f"https://documents.un.org/api/symbol/access?s={path}&l={code}&t=pdf",
        }
        for code in codes
    ]


EXPORT_FORMATS = (
    ("tmx", gettext_lazy("TMX, for translation memories")),
    ("jsonl", gettext_lazy("JSON Lines, one aligned row per line")),
    ("txt", gettext_lazy("Text, tab-separated columns")),
)


def downloads(symbol: str, languages: list[str], available: list[str]) -> dict | None:
    """The bitext exports of the API for the languages shown, or, on a page
    of one column, for every language of the document (an export needs two);
    None for a document in one language only."""
    codes = languages if len(languages) >= 2 else [
        *languages, *(c for c in available if c not in languages)]
    if len(codes) < 2:
        return None
    base = f"/api/v1/documents/{quote(symbol, safe='/().-')}/export/"
    langs = ",".join(codes)
    return {
        "languages": [language_info(c) for c in codes],
        "formats": [
            {"format": name, "label": label, "href": f"{base}?format={name}&langs={langs}"}
            for name, label in EXPORT_FORMATS
        ],
    }


def _title_in(versions: dict, languages: list[str]) -> dict:
    """The document title for the page's <title>: in the interface language
    when the document has it, else in the first column's."""
    ui = interface_language()
    for code in [ui, *languages]:
        if code in versions and versions[code].title:
            return {**language_info(code), "text": versions[code].title}
    return {}


def reading_page(
    context: dict,
    *,
    marks: bool = False,
    notices: list[str] = (),
    origin: str = "",
    marks_url: str = "",
    page: int = 1,
    memory: ReadingMemory | None = None,
) -> dict:
    """Everything reading.html prints, from ``selectors.reading_context``.

    ``marks``: show each row's alignment marks (curators, or a reader who
    asked for them); ``notices``: what the page says about the request
    (languages it could not show); ``origin``: scheme and host for the
    citations' permalinks; ``marks_url``: the page with the marks toggled;
    ``memory``: the translation memory asked for (``documents.web.memory``),
    printed under the paragraphs of its language and kept by the page's links."""
    document = context["document"]
    languages = context["languages"]
    table = context["table"]
    every_row = shown_rows(context)
    names = [n for _row, n in every_row]
    pages_total = page_count(len(names))
    page = min(page, pages_total)  # past the last page: the last
    read_texts(table, every_row, page)
    rows, mark_ids, shown_in = reading_rows(context, every_row, origin=origin, page=page)
    page_base = f"{reading_url(document.symbol)}?langs={','.join(languages)}"
    if marks_url and "confidence=" in marks_url and marks:
        page_base += "&confidence=show"
    plain_base = page_base
    if memory is not None:
        page_base += "&" + urlencode(memory.ask.query())

    def href(target: str, on_page: int) -> str:
        if on_page == page:
            return f"#{target}"
        return f"{page_base}{f'&page={on_page}' if on_page > 1 else ''}#{target}"

    if pages_total > 1:  # a permalink that finds its page of rows
        for row in rows:
            row["permalink"] = f"{origin}{reading_url(document.symbol)}?go={row['id']}"
    toc = table_of_contents(table, names, href)
    toc["html"] = toc_entries_html(toc["entries"])
    versions = {v.language: v for v in context["versions"]}
    available = [c for c in LANGUAGE_ORDER
                 if c in {v.language for v in document.versions.all()}]
    aligned = len(languages) > 1
    return {
        "document": document,
        "ui": interface_info(),
        "kind_name": KIND_NAMES.get(document.kind, document.get_kind_display()),
        "date_text": display_date(document.date),
        "page_title": _title_in(versions, languages),
        "columns": [
            {
                **language_info(c),
                "title": versions[c].title,
                "pivot": c == table.pivot,
            }
            for c in languages
        ],
        "column_count": len(languages),
        # every column right to left (an Arabic-only page): the rows read from the right
        "rtl_only": all(c in RTL_LANGUAGES for c in languages),
        "languages_param": ",".join(languages),
        "rows": rows,
        "footnotes": footnote_columns(context, mark_ids, shown_in),
        "record": record_columns(context, turn_links(table, every_row, href)),
        "picker": picker(document, languages),
        "toc": toc,
        "rows_html": rows_html(rows, marks=aligned and marks, ui=interface_info(),
                               memory=memory_cells(memory) or None if memory else None,
                               memory_language=memory.language if memory else ""),
        "memory_toggle": (
            f"{plain_base}&memory=1" if memory is None and has_earlier_edition(document)
            else ""),
        "memory": memory_panel(document, languages, memory, plain_base),
        # kept by the language picker and "go to paragraph" (nothing on the plain page)
        "memory_fields": list(memory.ask.query().items()) if memory else [],
        "paging": paging(page, pages_total, len(names), page_base),
        "pdfs": official_pdfs(document.symbol, available),
        "downloads": downloads(document.symbol, languages, available),
        "document_citation": {
            "text": document.symbol,
            "permalink": f"{origin}{reading_url(document.symbol)}",
        },
        "notices": list(notices),
        "aligned": aligned,
        "marks": aligned and marks,
        "marks_url": marks_url,
        "references_out": [
            {
                "symbol": r["symbol"],
                "url": reading_url(r["target__symbol"]) if r["target__symbol"] else None,
                "external": f"https://undocs.org/{r['symbol']}",
            }
            for r in context["references_out"]
        ],
        "cited_by": [{"symbol": s, "url": reading_url(s)} for s in context["cited_by"]],
        "weak_rows": sum(1 for r in rows if r["weak"]),
        "checked_rows": sum(1 for r in rows if r["status"] == "checked"),
    }


def paging(page: int, pages_total: int, row_count: int, page_base: str) -> dict | None:
    """The links between the pages of rows of a long document; None when it
    fits on one."""
    if pages_total <= 1:
        return None

    def url(number: int) -> str:
        return page_base + (f"&page={number}" if number > 1 else "")

    return {
        "page": page,
        "pages": pages_total,
        "first_row": (page - 1) * ROWS_PER_PAGE + 1,
        "last_row": min(page * ROWS_PER_PAGE, row_count),
        "rows": row_count,
        "previous": url(page - 1) if page > 1 else "",
        "next": url(page + 1) if page < pages_total else "",
        "links": [{"number": n, "url": url(n), "current": n == page}
                  for n in range(1, pages_total + 1)],
    }


def page_of_anchor(document: Document, languages: list[str], anchor: str) -> int:
    """The page of rows that shows ``anchor`` (1 when it fits on one page)."""
    from documents.selectors import rows_context

    context = rows_context(document, languages)
    if len(context["table"].rows) <= ROWS_PER_PAGE:
        return 1
    return anchor_pages(context).get(anchor, 1)


def go_to_anchor(asked: str, anchors: list[str]) -> str:
    """The anchor a reader means by what they typed in "go to paragraph":
    "5" or "para 5" -> op-5, "5(a)" or "5 a" -> op-5-a, "pp 3" -> pp-3,
    "annex 3" -> annex-op-3, an anchor as it is; "" when the document has
    no such paragraph."""
    known = set(anchors)
    text = asked.strip().lower()
    if text in known:
        return text
    text = re.sub(r"^(?:para(?:graph)?s?\.?|§|¶)\s*", "", text)
    prefix = "op-"
    words = re.match(r"^(annex|pp|op|p)\b[\s.-]*(.*)$", text)
    if words:
        prefix = {"annex": "annex-op-", "pp": "pp-", "op": "op-", "p": "p-"}[words[1]]
        text = words[2]
    parts = [p for p in re.split(r"[\s().,-]+", text) if p]
    if not parts:
        return ""
    candidate = prefix + "-".join(parts)
    if candidate in known:
        return candidate
    joined = re.fullmatch(r"(\d+)([a-z])", parts[0])  # "5a" -> op-5-a
    if joined:
        candidate = f"{prefix}{joined[1]}-{joined[2]}" + "".join(f"-{p}" for p in parts[1:])
        if candidate in known:
            return candidate
    return ""


def highlighted(text: str, query: str) -> list[dict]:
    """``text`` cut into pieces, each marked whether it matches ``query``
    under the search's own normalisation (case, Arabic letter variants,
    spaces), for the template to print escaped with <mark> around hits."""
    pieces, start = [], 0
    for found, end in match_spans(text, query):
        if found > start:
            pieces.append({"text": text[start:found], "match": False})
        pieces.append({"text": text[found:end], "match": True})
        start = end
    if start < len(text):
        pieces.append({"text": text[start:], "match": False})
    return pieces


def search_hit(hit: dict, query: str) -> dict:
    """One search result as the page shows it: the hit with the query
    marked, and the aligned paragraphs of the other languages beside it."""
    language = hit["language"]
    anchor = hit["paragraph"]["anchor"]
    return {
        "symbol": hit["symbol"],
        "url": hit["url"],
        "language": language_info(language),
        "anchor": anchor,
        "pieces": highlighted(hit["paragraph"]["text"], query),
        "aligned": [
            {
                "language": language_info(code),
                "texts": [p["text"] for p in paragraphs],
                "url": f"{reading_url(hit['symbol'])}?langs={language},{code}#{language}-{anchor}",
            }
            for code, paragraphs in hit["aligned"].items()
        ],
    }
