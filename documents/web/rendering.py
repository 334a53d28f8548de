"""Turn the parser's stored HTML into HTML for one language column.

The parser (``documents.ingest.markup.render_html``) stores bleach-clean HTML
in a few known shapes; the reading view rewrites two of them per column:

- a footnote mark ``<sup class="fnref"><a href="#fn-1">1</a></sup>`` gets an
  id (``en-fnref-pp-3-1``) and points at its note in the column
  (``#en-fn-1``); a mark whose note is missing loses its link, so no link on
  the page points nowhere;
- a citation ``<a class="ref" data-symbol="A/RES/72/74"
  href="https://undocs.org/A/RES/72/74">`` points at the reading view
  (``/A/RES/72/74/``) when the corpus has the document, else keeps its
  undocs.org address.

Everything else is left as it is, and the result is fenced again before
``mark_safe``: a fragment made only of the tags the parser and this module
write (``KNOWN_TAG``, checked in one pass) passes as it is, anything else
goes through ``bleach.clean`` with the parser's allowlist plus ``id``: the
rewriting can only narrow what the parser allowed, never widen it.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable

import bleach
from django.utils.safestring import SafeString, mark_safe

from documents.ingest.markup import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_PROTOCOLS,
    ALLOWED_TAGS,
    only_tags,
)

COLUMN_ATTRIBUTES = {
    **ALLOWED_ATTRIBUTES,
    "a": [*ALLOWED_ATTRIBUTES["a"], "id"],
    "sup": [*ALLOWED_ATTRIBUTES["sup"], "id"],
}

# <sup class="fnref"><a href="#fn-1">1</a></sup> (attributes as the parser writes them)
FOOTNOTE_MARK = re.compile(
    r"""
    <sup\ class="fnref">
    <a\ href="\#fn-(?P<target>[^"<>]*)">   # href="#fn-1"
    (?P<label>[^<>]*)                        # 1
    </a></sup>
    """,
    re.VERBOSE,
)
# <a class="ref" data-symbol="A/RES/72/74" href="https://undocs.org/A/RES/72/74">
CITATION_OPEN = re.compile(
    r"""
    <a\ class="ref"
    \ data-symbol="(?P<symbol>[^"<>]*)"      # data-symbol="A/RES/72/74"
    \ href="(?P<href>[^"<>]*)">              # href="https://undocs.org/A/RES/72/74"
    """,
    re.VERBOSE,
)
# characters allowed as such in our ids; anything else is spelled out
ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def id_part(value: str) -> str:
    """A fragment of an HTML id for ``value``: "1" stays "1", "*" -> "u2a".

    >>> id_part("op-5-a"), id_part("†")
    ('op-5-a', 'u2020')
    """
    return ID_UNSAFE.sub(lambda m: f"u{ord(m.group()):x}", value) or "x"


def note_id(language: str, marker: str) -> str:
    return f"{language}-fn-{id_part(marker)}"


def mark_id(language: str, anchor: str, marker: str, occurrence: int = 1) -> str:
    """The id of the ``occurrence``-th mark of ``marker`` in a paragraph."""
    base = f"{language}-fnref-{id_part(anchor)}-{id_part(marker)}"
    return base if occurrence == 1 else f"{base}-{occurrence}"


def paragraph_id(language: str, anchor: str) -> str:
    return f"{language}-{id_part(anchor)}"


def reading_url(symbol: str) -> str:
    return f"/{symbol}/"


# Every tag the parser and the rewriting above write, exactly: attribute
# values cannot hold a quote or a bracket, links are https, local ("/A/...")
# or in-page ("#en-fn-1"). Each alternative names its tag in one group, as
# ``documents.ingest.markup.only_tags`` reads.
KNOWN_TAG = re.compile(
    r"""
      <(?P<open>em|strong)>                                 # <em>
    | </(?P<close>em|strong|a|sup)>                         # </a>
    | <(?P<sup>sup)\ class="fnref"(?:\ id="[A-Za-z0-9_-]+")?>  # <sup class="fnref" id="x">
    | <(?P<note>a)\ href="\#[A-Za-z0-9_-]+">                 # <a href="#en-fn-1">
    | <(?P<ref>a)\ class="ref(?:\ ref-local)?"                # <a class="ref ref-local"
      \ data-symbol="[^"<>]*"                                # data-symbol="A/RES/72/74"
      \ href="(?:https://|/[A-Za-z0-9])[^"<>\s]*">            # href="/A/RES/72/74/"
    """,
    re.VERBOSE,
)


def clean_column_html(fragment: str) -> SafeString:
    """The last fence before the page: the parser's allowlist plus ids.
    Fragments made only of the known tags pass as they are; anything else
    goes through bleach."""
    if only_tags(fragment, KNOWN_TAG):
        return SafeString(fragment)  # only KNOWN_TAG tags, balanced, no other "<"
    return mark_safe(  # noqa: S308 - bleach-cleaned with the strict allowlist just above
        bleach.clean(
            fragment,
            tags=ALLOWED_TAGS,
            attributes=COLUMN_ATTRIBUTES,
            protocols=ALLOWED_PROTOCOLS,
            strip=False,
        )
    )


def _rewrite_citations(fragment: str, corpus_symbols: Iterable[str]) -> str:
    corpus = set(corpus_symbols)

    def citation(match: re.Match) -> str:
        symbol = html.unescape(match.group("symbol"))
        if symbol in corpus:
            href = reading_url(symbol)
            return (
                f'<a class="ref ref-local" data-symbol="{html.escape(symbol)}" '
                f'href="{html.escape(href)}">'
            )
        return match.group(0)

    return CITATION_OPEN.sub(citation, fragment)


def column_html(
    fragment: str,
    *,
    language: str,
    anchor: str,
    notes: Iterable[str],
    corpus_symbols: Iterable[str] = (),
    mark_ids: set[str] | None = None,
) -> SafeString:
    """A paragraph's stored HTML as shown in the ``language`` column.

    ``anchor`` is the paragraph's anchor; ``notes`` the markers of the
    column's footnotes (a mark without a note is shown unlinked); the ids
    given to the marks are added to ``mark_ids`` when given, so that notes
    link back only to marks that are on the page."""
    if "<" not in fragment:  # plain text (escaped by the parser): no mark, no citation
        return SafeString(fragment)  # no tag at all, entities are harmless
    known = set(notes)
    seen: Counter[str] = Counter()

    def mark(match: re.Match) -> str:
        marker = html.unescape(match.group("target"))
        label = match.group("label")
        seen[marker] += 1
        sup_id = mark_id(language, anchor, marker, seen[marker])
        if mark_ids is not None:
            mark_ids.add(sup_id)
        if marker not in known:
            return f'<sup class="fnref" id="{sup_id}">{label}</sup>'
        return (
            f'<sup class="fnref" id="{sup_id}">'
            f'<a href="#{note_id(language, marker)}">{label}</a></sup>'
        )

    rewritten = FOOTNOTE_MARK.sub(mark, fragment)
    return clean_column_html(_rewrite_citations(rewritten, corpus_symbols))


def note_html(fragment: str, *, corpus_symbols: Iterable[str] = ()) -> SafeString:
    """A footnote's stored HTML, its citations pointed into the corpus."""
    return clean_column_html(_rewrite_citations(fragment, corpus_symbols))


def backlinks(language: str, marker: str, referenced_by: list[str]) -> list[dict]:
    """One link back to every mark of a note, numbered as ``column_html``
    numbers repeated marks within a paragraph."""
    seen: Counter[str] = Counter()
    links = []
    for anchor in referenced_by:
        seen[anchor] += 1
        links.append(
            {
                "href": f"#{mark_id(language, anchor, marker, seen[anchor])}",
                "anchor": anchor,
            }
        )
    return links
