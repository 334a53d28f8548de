"""The changes page: ``/<symbol>/changes/?since=<older symbol>&lang=zh``.

What changed in one language between an earlier edition of a resolution and
this one, paragraph by paragraph: unchanged, changed (with a word-level
diff, character-level in Chinese, and the fuzzy match percentage), new,
dropped, and moved. ``since`` defaults to the previous edition of the
document's series; ``lang`` to a language both editions have. With
``langs=zh,ar`` each paragraph also shows how the closest earlier paragraph
was translated (the translation memory), inside a ``<details>`` that works
without JavaScript; ``only=changes`` leaves the unchanged paragraphs out.

The view parses the request, calls the readers of ``documents.series``
(a constant number of queries) and hands their dicts to ``changes_page``,
which decides every id, class, label and link the template prints.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import render

from alignment.editions import CHANGED, DROPPED, NEW, UNCHANGED, EditionParagraph, label_free_text
from documents import series as editions
from documents.ingest.types import LANGUAGES
from documents.models import LANGUAGE_CHOICES, RTL_LANGUAGES

from .rendering import id_part, reading_url
from .views import query_param

# each language's name for itself (the language picker), and in English
# (the page's own words are English)
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)
ENGLISH_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French",
                 "ru": "Russian", "es": "Spanish"}

STATUS_LABELS = {
    UNCHANGED: "unchanged",
    CHANGED: "changed",
    NEW: "new",
    DROPPED: "dropped",
}
LANGUAGE_FELL_BACK = "{since} has no {asked} version: the comparison is in {language}."


def changes(request, symbol: str):
    """``/<symbol>/changes/``: see the module docstring."""
    try:
        document = editions.published_document(symbol)
    except editions.EditionsError as error:
        raise Http404(str(error)) from error
    asked = query_param(request, "lang")
    series = editions.series_of(document)
    try:
        since = editions.resolve_since(document, query_param(request, "since"), series)
        language = editions.choose_language(document, since, asked, strict=False)
    except editions.EditionsError as error:
        context = {"document": document, "message": str(error), "series": series}
        return render(request, "changes.html", context, status=400)
    shown = _translation_languages(request, since, language)
    changes = editions.edition_changes(document, since, language)
    memory = (
        editions.translation_memory(document, language=language, earlier=[since],
                                    languages=shown)
        if shown else None
    )
    only_changes = query_param(request, "only") == "changes"
    context = changes_page(
        document, since, changes, memory, series=series, asked=asked, shown=shown,
        only_changes=only_changes,
    )
    return render(request, "changes.html", context)


def _translation_languages(request, since, language: str) -> list[str]:
    """``langs=zh,ar`` (or repeated): the older edition's languages to show
    translations in, in the order asked; unknown ones are left out."""
    available = {v.language for v in since.versions.all()}
    codes = []
    for value in request.GET.getlist("langs"):
        codes += [c.strip() for c in value.replace("\x00", "").split(",") if c.strip()]
    return [c for c in dict.fromkeys(codes) if c in available and c != language]


# --- page data ----------------------------------------------------------------


def language_info(code: str) -> dict:
    return {
        "code": code,
        "name": LANGUAGE_NAMES.get(code, code),
        "dir": "rtl" if code in RTL_LANGUAGES else "ltr",
    }


def _cell(paragraph: dict | None, pieces: list[dict], symbol: str, language: str) -> dict | None:
    if paragraph is None:
        return None
    return {
        "anchor": paragraph["anchor"],
        "url": paragraph["url"],
        "symbol": symbol,
        "pieces": pieces,
        "lang": language,
    }


def _plain(paragraph: dict | None) -> list[dict]:
    if paragraph is None:
        return []
    text = label_free_text(EditionParagraph(
        paragraph["anchor"], paragraph["kind"], paragraph["number"], paragraph["text"]))
    return [{"op": "equal", "text": text}]


def _row(pair: dict, symbol: str, since: str, language: str, memory: dict | None) -> dict:
    status = pair["status"]
    if status == CHANGED:
        old_pieces = [{"op": op["op"], "text": op.get("old") or op["text"]}
                      for op in pair["diff"] if op["op"] != "insert"]
        new_pieces = [op for op in pair["diff"] if op["op"] != "delete"]
    else:
        old_pieces, new_pieces = _plain(pair["old"]), _plain(pair["new"])
    side, paragraph = ("new", pair["new"]) if pair["new"] else ("old", pair["old"])
    notes = []
    if pair["moved"]:
        notes.append(f"moved: was {pair['old']['anchor']} in {since}")
    elif pair["old"] and pair["new"] and pair["old"]["anchor"] != pair["new"]["anchor"]:
        notes.append(f"was {pair['old']['anchor']}")
    return {
        "id": f"{side}-{id_part(paragraph['anchor'])}",
        "status": status,
        "label": STATUS_LABELS[status],
        "moved": pair["moved"],
        "notes": notes,
        "match": pair["match"] if status == CHANGED else None,
        "old": _cell(pair["old"], old_pieces, since, language),
        "new": _cell(pair["new"], new_pieces, symbol, language),
        "memory": memory.get(pair["new"]["anchor"]) if memory and pair["new"] else None,
    }


def _memory_by_anchor(memory: dict | None) -> dict[str, dict]:
    """The translation memory's matches by new anchor, with their
    translations as the template prints them."""
    if not memory:
        return {}
    found = {}
    for match in memory["matches"]:
        if not match["source"]:
            found[match["anchor"]] = {"match": 0, "source": None, "translations": []}
            continue
        found[match["anchor"]] = {
            "match": match["match"],
            "source": match["source"],
            "translations": [
                {**language_info(code), "english": ENGLISH_NAMES.get(code, code),
                 "text": match["translations"][code]["text"],
                 "anchors": ", ".join(match["translations"][code]["anchors"])}
                for code in memory["languages"] if code in match["translations"]
            ],
        }
    return found


def changes_url(symbol: str, **params) -> str:
    query = urlencode({k: v for k, v in params.items() if v})
    return f"/{symbol}/changes/" + (f"?{query}" if query else "")


def changes_page(
    document, since, changes: dict, memory: dict | None, *, series: dict | None,
    asked: str, shown: list[str], only_changes: bool,
) -> dict:
    """Everything changes.html prints."""
    symbol, language = document.symbol, changes["language"]
    memory_of = _memory_by_anchor(memory)
    rows = [_row(pair, symbol, since.symbol, language, memory_of) for pair in changes["pairs"]]
    new_languages = {v.language for v in document.versions.all()}
    old_languages = {v.language for v in since.versions.all()}
    common = [language_info(c) for c in LANGUAGES if c in new_languages & old_languages]
    earlier = editions.earlier_editions(document, series)
    since_options = list(dict.fromkeys([*earlier, since.symbol]))
    summary = changes["summary"]
    return {
        "document": document,
        "since": since,
        "language": language_info(language),
        "language_name": ENGLISH_NAMES.get(language, language),
        "note": (
            LANGUAGE_FELL_BACK.format(since=since.symbol if asked in new_languages
                                      else symbol,
                                      asked=ENGLISH_NAMES.get(asked, asked),
                                      language=ENGLISH_NAMES.get(language, language))
            if asked and asked != language else ""
        ),
        "rows": [r for r in rows if not (only_changes and r["status"] == UNCHANGED)],
        "summary": [
            {"status": status, "label": STATUS_LABELS[status], "count": summary[status]}
            for status in (CHANGED, NEW, DROPPED, UNCHANGED)
        ] + [{"status": "moved", "label": "moved", "count": summary["moved"]}],
        "only_changes": only_changes,
        "series": series,
        "since_options": [{"symbol": s, "selected": s == since.symbol} for s in since_options],
        "languages": [{**c, "selected": c["code"] == language} for c in common],
        "translation_options": [
            {**language_info(c), "english": ENGLISH_NAMES.get(c, c), "checked": c in shown}
            for c in LANGUAGES if c in old_languages and c != language
        ],
        "shown": shown,
        "links": {
            "new": f"{reading_url(symbol)}?langs={language}",
            "old": f"{reading_url(since.symbol)}?langs={language}",
            "all": changes_url(symbol, since=since.symbol, lang=language,
                               langs=",".join(shown)),
            "only_changes": changes_url(symbol, since=since.symbol, lang=language,
                                        langs=",".join(shown), only="changes"),
            "tmx": f"/api/v1/documents/{symbol}/memory/?"
                   + urlencode({"since": since.symbol, "lang": language, "format": "tmx"}),
            "json": f"/api/v1/documents/{symbol}/changes/?"
                    + urlencode({"since": since.symbol, "lang": language}),
        },
    }
