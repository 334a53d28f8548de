"""Plain data for the templates, built from the selectors' dicts.

Templates only loop and print (house style 9): every id, href, class and
label of the reading view is decided here, and every piece of document HTML
goes through ``documents.web.rendering`` before it gets here.
"""

from __future__ import annotations

from django.utils.translation.trans_real import parse_accept_lang_header

from documents.models import LANGUAGE_CHOICES, RTL_LANGUAGES, Document
from documents.search import match_spans

from .rendering import (
    backlinks,
    column_html,
    id_part,
    note_html,
    note_id,
    paragraph_id,
    reading_url,
)

LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)
# the page's own words are English: "spoke in French", not "spoke in Français"
ENGLISH_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French",
                 "ru": "Russian", "es": "Spanish"}
LANGUAGE_ORDER = [code for code, _name in LANGUAGE_CHOICES]
MAX_COLUMNS = 3
WEAK_CONFIDENCE = 0.5

TOO_MANY_LANGUAGES = "at most {limit} languages can be read side by side (asked for {count})"


def language_info(code: str) -> dict:
    return {
        "code": code,
        "name": LANGUAGE_NAMES.get(code, code),
        "dir": "rtl" if code in RTL_LANGUAGES else "ltr",
    }


def reader_language(request) -> str:
    """The reader's language: ?ui=, else the first official language of
    Accept-Language, else English."""
    asked = request.GET.get("ui", "")
    if asked in LANGUAGE_NAMES:
        return asked
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        base = code.split("-")[0].lower()
        if base in LANGUAGE_NAMES:
            return base
    return "en"


def requested_languages(request) -> list[str]:
    """``?langs=en,zh`` or ``?langs=en&langs=zh`` (the picker's selects)."""
    codes = []
    for value in request.GET.getlist("langs"):
        codes.extend(c.strip() for c in value.split(",") if c.strip())
    return codes


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
        "kind": document.get_kind_display(),
        "session": document.session,
        "date": document.date,
        "languages": [
            {**lang, "url": f"{document.get_absolute_url()}?langs={lang['code']}"}
            for lang in languages
        ],
        "pair_url": f"{document.get_absolute_url()}?langs={','.join(default[:2])}",
    }


# --- reading view ------------------------------------------------------------


def _paragraph(p: dict, lang: str, notes: set[str], corpus: set[str], mark_ids: set[str]):
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
            {**p["speaker"], "language_name": ENGLISH_NAMES.get(p["speaker"]["language"], "")}
            if p["speaker"]
            else None
        ),
    }


def _row_status(row: dict, languages: list[str], pivot: str) -> dict:
    others = [c for c in languages if c != pivot]
    weak = [
        {"code": c, "confidence": row["confidence"][c]}
        for c in others
        if c in row["confidence"] and row["confidence"][c] < WEAK_CONFIDENCE
    ]
    if not others:
        status, label = "pivot", ""
    elif all(row["checked"].get(c) for c in others):
        status, label = "checked", "checked by a curator"
    else:
        status, label = "automatic", "automatic alignment"
    confidences = [row["confidence"][c] for c in others if c in row["confidence"]]
    return {
        "status": status,
        "label": label,
        "weak": weak,
        "confidence": min(confidences) if confidences else None,
    }


def reading_rows(context: dict) -> tuple[list[dict], set[str]]:
    """The table's rows as the template prints them, and the ids of the
    footnote marks placed in them."""
    table = context["table"]
    languages = table["languages"]
    pivot = table["pivot"]
    corpus = set(context["corpus_symbols"])
    notes = {c: {n["marker"] for n in context["footnotes"][c]} for c in languages}
    mark_ids: set[str] = set()
    used_ids: set[str] = set()
    last_turn: dict[str, object] = {}
    rows = []
    for row in table["rows"]:
        row_id = id_part(row["anchor"]) if row["anchor"] else f"row-{row['index']}"
        if row_id in used_ids:
            row_id = f"{row_id}-{row['index']}"
        used_ids.add(row_id)
        widest = max((len(cell) for cell in row["cells"].values()), default=0)
        cells = []
        aliases = []
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
                if lang == pivot and id_part(p["anchor"]) not in used_ids:
                    aliases.append(id_part(p["anchor"]))
                    used_ids.add(id_part(p["anchor"]))
            cells.append(
                {
                    **language_info(lang),
                    "paragraphs": paragraphs,
                    "empty": not paragraphs,
                    "merge": bool(paragraphs) and len(paragraphs) < widest,
                    "covers": widest,
                }
            )
        rows.append(
            {
                "id": row_id,
                "index": row["index"],
                "kind": row["kind"],
                "aliases": aliases,
                "cells": cells,
                **_row_status(row, languages, pivot),
            }
        )
    return rows, mark_ids


def footnote_columns(context: dict, mark_ids: set[str]) -> list[dict]:
    corpus = set(context["corpus_symbols"])
    columns = []
    for lang in context["languages"]:
        notes = []
        for note in context["footnotes"][lang]:
            links = [
                link
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


def record_columns(context: dict, rows: list[dict]) -> list[dict]:
    """Meeting header, attendance and speaker index per language of a
    verbatim record; empty for other documents."""
    first_of_turn: dict[tuple[str, object], str] = {}
    for row in rows:
        for cell in row["cells"]:
            for p in cell["paragraphs"]:
                if p["speaker"]:
                    first_of_turn.setdefault((cell["code"], p["speaker"]["turn"]), p["id"])
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
                "president": [a for a in attendance if a.role == "president"],
                "members": [a for a in attendance if a.role != "president"],
                "agenda": meeting.agenda if meeting else [],
                "turns": [
                    {
                        "index": t.index,
                        "name": t.name,
                        "role": t.role,
                        "delegation": t.delegation_printed,
                        "language": ENGLISH_NAMES.get(t.language, t.language),
                        "national_capacity": t.national_capacity,
                        "href": (
                            f"#{first_of_turn[(lang, t.index)]}"
                            if (lang, t.index) in first_of_turn
                            else ""
                        ),
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


def reading_page(context: dict) -> dict:
    """Everything reading.html prints, from ``selectors.reading_context``."""
    document = context["document"]
    languages = context["languages"]
    rows, mark_ids = reading_rows(context)
    versions = {v.language: v for v in context["versions"]}
    return {
        "document": document,
        "columns": [
            {
                **language_info(c),
                "title": versions[c].title,
                "pivot": c == context["table"]["pivot"],
            }
            for c in languages
        ],
        "column_count": len(languages),
        "languages_param": ",".join(languages),
        "rows": rows,
        "footnotes": footnote_columns(context, mark_ids),
        "record": record_columns(context, rows),
        "picker": picker(document, languages),
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
