"""The aligned rows of the reading view, written as HTML in Python.

A long record has thousands of rows of three cells; through the template
engine (an include per row, a block of translated text per cell) they cost
a millisecond a row. Here each row is a few f-strings, every value escaped
with ``html.escape`` (paragraph HTML is already fenced by
``rendering.column_html``), and the interface's phrases are translated
once per page (``Phrases``), with the same msgids the templates used, so
the catalogues in ``locale/`` keep serving them.

Prints what ``includes/row.html`` printed, lighter: no attributes nothing
reads (``data-row``, ``data-anchor``, ``data-lang-name``, a cell's
``data-lang`` beside its ``lang``, the row's paragraph kind, which only the
paragraphs' own ``kind-`` classes carry), and a citation only once: its
text and permalink, which ``reading.js`` copies from the printed text.
"""

from __future__ import annotations

from html import escape

from django.template.defaultfilters import floatformat
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext


class Phrases:
    """The interface's words for rows, translated once for a page."""

    def __init__(self):
        self.not_in_version = escape(gettext("not in this version"))
        self.merge = escape(gettext("one paragraph for %(count)s in other versions"))
        self.cite = escape(gettext("Cite"))
        self.row_link = escape(gettext("%(label)s: link to this row in every column"))
        self.paragraph_link = escape(gettext("Link to this paragraph (%(id)s)"))
        self.checked = escape(gettext("checked"))
        self.auto = escape(gettext("auto"))
        self.automatic = escape(gettext("automatic alignment"))
        self.weak = escape(gettext("weak"))
        self.weak_link = escape(gettext("weak link for %(code)s: confidence %(confidence)s"))
        self.spoke_in = escape(gettext("spoke in %(language)s"))
        self.memory_from = escape(gettext("match with %(source)s"))
        self.memory_none = escape(gettext("no earlier paragraph close enough"))
        self.memory_untranslated = escape(gettext("no aligned translation"))


def _badges(row: dict, words: Phrases) -> str:
    if not row["label"]:
        return ""
    parts = []
    if row["status"] == "checked":
        title = escape(str(row["status_label"]))
        parts.append(f'<span class="badge badge-checked" title="{title}">{words.checked}</span>')
    elif row["status"] == "automatic":
        score = f" {floatformat(row['confidence'], 2)}" if row["confidence"] is not None else ""
        parts.append(f'<span class="badge badge-automatic" title="{words.automatic}">'
                     f"{words.auto}{score}</span>")
    for weak in row["weak"]:
        title = words.weak_link % {"code": escape(weak["code"]),
                                   "confidence": floatformat(weak["confidence"], 2)}
        parts.append(f'<span class="badge badge-weak" title="{title}">{words.weak} '
                     f"{escape(weak['code'])}</span>")
    return "".join(parts)


def _memory(found: dict | None, ui_attrs: str, words: Phrases) -> str:
    """The translation memory under a paragraph: the closest earlier
    paragraph, its fuzzy match and its aligned translations, folded in a
    ``<details>`` (``documents.web.memory.memory_cells`` shapes ``found``)."""
    if found is None:
        return ""
    source = found["source"]
    if source is None:
        return f'<p class="memory memory-none" {ui_attrs}>{words.memory_none}</p>'
    match = int(found["match"])
    link = (f'<a href="{escape(source["url"])}" dir="ltr">{escape(source["symbol"])} '
            f'{escape(source["anchor"])}</a>')
    parts = [
        f'<details class="memory" data-match="{match}"><summary {ui_attrs}>'
        f'<span class="memory-match {"is-exact" if match == 100 else "is-fuzzy"}" dir="ltr">'
        f'{match} %</span> {words.memory_from % {"source": link}}</summary>',
        f'<p class="memory-source" lang="{escape(source["code"])}" dir="{source["dir"]}">'
        f'{escape(source["text"])}</p>',
    ]
    if found["translations"]:
        parts.append('<dl class="memory-translations">')
        for t in found["translations"]:
            parts.append(
                f'<div><dt>{escape(t["name"])} <span class="memory-anchors" dir="ltr">'
                f'({escape(t["anchors"])})</span></dt>'
                f'<dd lang="{escape(t["code"])}" dir="{t["dir"]}">{escape(t["text"])}</dd></div>')
        parts.append("</dl>")
    else:
        parts.append(f'<p class="memory-none" {ui_attrs}>{words.memory_untranslated}</p>')
    parts.append("</details>")
    return "".join(parts)


def _cell(cell: dict, ui: dict, words: Phrases, memory: dict | None = None) -> str:
    classes = "cell" + (" is-empty" if cell["empty"] else "")
    classes += " is-merge" if cell["merge"] else ""
    code = cell["code"]
    head = (f'<div class="{classes}" lang="{code}" dir="{cell["dir"]}">'
            f'<span class="cell-label">{escape(cell["name"])}</span>')
    ui_attrs = f'lang="{ui["code"]}" dir="{ui["dir"]}"'
    if cell["empty"]:
        return f'{head}<p class="missing" {ui_attrs}>{words.not_in_version}</p></div>'
    parts = [head]
    if cell["merge"]:
        parts.append(f'<p class="merge-note" {ui_attrs}>'
                     f'{words.merge % {"count": cell["covers"]}}</p>')
    for p in cell["paragraphs"]:
        if p["starts_turn"]:
            speaker = p["speaker"]
            spoke = ""
            if speaker["language_name"]:
                spoke = (f' <span class="speaker-language" {ui_attrs}>'
                         f'{words.spoke_in % {"language": escape(str(speaker["language_name"]))}}'
                         "</span>")
            parts.append(f'<p class="speaker"><span class="speaker-name">'
                         f'{escape(speaker["printed"])}</span>{spoke}</p>')
        pid = escape(p["id"])
        parts.append(
            f'<p class="para kind-{escape(p["kind"])}" id="{pid}">{p["html"]} '
            f'<a class="permalink" href="#{pid}" '
            f'aria-label="{words.paragraph_link % {"id": pid}}">¶</a></p>'
        )
        if memory is not None:
            parts.append(_memory(memory.get(p["anchor"]), ui_attrs, words))
    parts.append("</div>")
    return "".join(parts)


def row_html(row: dict, *, marks: bool, ui: dict, words: Phrases,
             memory: dict | None = None, memory_language: str = "") -> str:
    """One aligned row: its label, permalink, marks and Cite, then a cell
    per language; with ``memory`` (by anchor), each paragraph of
    ``memory_language`` followed by its translation memory."""
    rid = escape(row["id"])
    label = escape(row["label"])
    classes = f"row status-{row['status']}" + (
        " is-weak" if row["weak"] else "")
    aliases = "".join(f'<span class="row-alias" id="{escape(a)}"></span>' for a in row["aliases"])
    citation = escape(row["citation"])
    permalink = escape(row["permalink"])
    return (
        f'<div class="{classes}" id="{rid}" tabindex="-1"><div class="row-meta">'
        f'<a class="row-link" href="#{rid}" dir="ltr" '
        f'aria-label="{words.row_link % {"label": label}}">{label}</a>{aliases}'
        f'{_badges(row, words) if marks else ""}'
        f'<details class="cite"><summary>{words.cite}'
        f'<span class="visually-hidden"> {label}</span></summary>'
        f'<p class="citation">'
        f'<span class="citation-text">{citation}</span>, '
        f'<a class="citation-link" href="{permalink}">{permalink}</a></p></details></div>'
        + "".join(_cell(cell, ui, words, memory if cell["code"] == memory_language else None)
                  for cell in row["cells"])
        + "</div>\n"
    )


def rows_html(rows: list[dict], *, marks: bool, ui: dict, memory: dict | None = None,
              memory_language: str = "") -> SafeString:
    """Every row of the page, as one piece of HTML (see ``row_html``)."""
    words = Phrases()
    return mark_safe(  # noqa: S308 - every value above is escaped; paragraph HTML is fenced
        "".join(row_html(row, marks=marks, ui=ui, words=words, memory=memory,
                         memory_language=memory_language) for row in rows)
    )


def toc_entries_html(entries: list[dict]) -> SafeString:
    """The entries of the table of contents (``pages.table_of_contents``),
    written here for the same reason as the rows: a long record lists
    thousands of operative paragraphs or speakers. Prints what
    ``includes/toc.html`` printed in its loop, without its whitespace."""
    operative = escape(gettext("Operative paragraph %(number)s"))
    parts = ['<ol class="toc-entries">']
    for entry in entries:
        label = escape(str(entry.get("label", "")))
        if entry.get("operative"):
            numbers = "".join(
                f'<li><a href="{escape(n["href"])}" aria-label="'
                f'{operative % {"number": escape(str(n["label"]))}}">{escape(str(n["label"]))}'
                "</a></li>" for n in entry["operative"])
            parts.append(f'<li>{label}<ol class="toc-numbers">{numbers}</ol></li>')
        elif entry.get("speakers"):
            speakers = "".join(
                f'<li><a href="{escape(s["href"])}" lang="{s["language"]["code"]}" '
                f'dir="{s["language"]["dir"]}">{escape(s["text"])}</a></li>'
                for s in entry["speakers"])
            parts.append(f'<li>{label}<ol class="toc-speakers">{speakers}</ol></li>')
        elif entry.get("text"):
            language = entry["language"]
            parts.append(
                f'<li><a href="{escape(entry["href"])}">{f"{label}: " if label else ""}'
                f'<span lang="{language["code"]}" dir="{language["dir"]}">'
                f'{escape(entry["text"])}</span></a></li>')
        else:
            parts.append(f'<li><a href="{escape(entry["href"])}">{label}</a></li>')
    parts.append("</ol>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped
