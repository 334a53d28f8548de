"""Bitext exports of an aligned table: TMX 1.4, JSON Lines, tab-separated text.

Pure functions over the dict ``documents.selectors.aligned_table`` returns
(``{"symbol", "languages", "pivot", "rows": [{"index", "anchor", "kind",
"cells": {lang: [paragraph...]}, "confidence", ...}]}``): no ORM, no
settings. One unit (TMX ``<tu>``, JSON line, text line) per aligned row;
each carries the anchors of its paragraphs so an exported segment can be
traced back to the paragraph it came from (``/A/RES/75/16/#en-pp-4``).

The TMX is written in one place: ``tmx_document``, ``tmx_prop``,
``tmx_tuv`` and ``tmx_text`` make the header, the props, a language's
segment and the file, for ``to_tmx`` and for the translation memory of
``documents.api.editions``.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

TMX_VERSION = "1.4"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Languages written without spaces between sentences: a merged cell's
# paragraphs are joined without one.
JOINER = {"zh": ""}

# Characters XML 1.0 cannot carry at all (C0 controls but tab, LF, CR;
# surrogates; U+FFFE/U+FFFF), e.g. "\x0b" from a PDF extraction.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Tabs and anything a reader may take for a line break (str.splitlines
# splits on all of these) inside a cell of the tab-separated export.
CELL_BREAKS = re.compile("[\t\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029]+")


def cell_text(row: dict, language: str) -> str:
    """The plain text of one language's cell of a row: its paragraphs
    joined (by a space, or nothing for Chinese)."""
    return JOINER.get(language, " ").join(p["text"] for p in row["cells"].get(language, []))


def cell_anchors(row: dict, language: str) -> list[str]:
    return [p["anchor"] for p in row["cells"].get(language, [])]


def export_filename(table: dict, extension: str) -> str:
    symbol = re.sub(r"[^A-Za-z0-9.]+", "-", table["symbol"]).strip("-") or "document"
    return f"{symbol}.{'-'.join(table['languages'])}.{extension}"


def to_tmx(table: dict) -> str:
    """TMX 1.4: a header, then one ``<tu>`` per row with a ``<tuv
    xml:lang=..>`` per language that has text in the row. The ``<tu>`` has
    ``<prop type="x-anchor">`` with the row anchor; each ``<tuv>`` a
    ``<prop type="x-anchor">`` with its paragraphs' anchors (space
    separated: two for a merge)."""
    languages = table["languages"]
    srclang = table.get("pivot") if table.get("pivot") in languages else languages[0]
    root, body = tmx_document(srclang)
    for row in table["rows"]:
        tu = ET.SubElement(body, "tu", tuid=f"{table['symbol']}#{row['anchor']}")
        tmx_prop(tu, "x-anchor", row["anchor"])
        tmx_prop(tu, "x-symbol", table["symbol"])
        tmx_prop(tu, "x-kind", row["kind"])
        for language in languages:
            text = cell_text(row, language)
            if text:
                tmx_tuv(tu, language, cell_anchors(row, language), text,
                        confidence=row.get("confidence", {}).get(language))
    return tmx_text(root)


# -- TMX, written here for to_tmx and for documents.api.editions.memory_tmx --


def tmx_document(srclang: str) -> tuple[ET.Element, ET.Element]:
    """A TMX 1.4 ``<tmx>`` with Concord's ``<header>`` (paragraph segments,
    plain text, ``srclang`` the source language) and an empty ``<body>``:
    ``(tmx, body)``."""
    root = ET.Element("tmx", version=TMX_VERSION)
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "Concord",
            "creationtoolversion": "1.0",
            "segtype": "paragraph",
            "o-tmf": "Concord",
            "adminlang": "en",
            "srclang": srclang,
            "datatype": "plaintext",
        },
    )
    return root, ET.SubElement(root, "body")


def tmx_prop(parent: ET.Element, kind: str, value: str) -> None:
    """``<prop type="kind">value</prop>`` in a ``<tu>`` or a ``<tuv>``."""
    ET.SubElement(parent, "prop", type=kind).text = XML_ILLEGAL.sub("", value)


def tmx_tuv(
    tu: ET.Element, language: str, anchors: list[str], text: str,
    *, confidence: float | None = None,
) -> None:
    """One language of a unit: ``<tuv xml:lang>`` with ``x-anchor`` (its
    paragraphs' anchors, space separated), ``x-confidence`` when given (two
    decimals), then ``<seg>``, the text."""
    tuv = ET.SubElement(tu, "tuv", {XML_LANG: language})
    tmx_prop(tuv, "x-anchor", " ".join(anchors))
    if confidence is not None:
        tmx_prop(tuv, "x-confidence", f"{confidence:.2f}")
    ET.SubElement(tuv, "seg").text = XML_ILLEGAL.sub("", text)


def tmx_text(root: ET.Element) -> str:
    """The TMX as a file holds it: an XML declaration, the elements indented,
    a final line break."""
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=False).join(
        ['<?xml version="1.0" encoding="UTF-8"?>\n', "\n"]
    )


def to_jsonl(table: dict) -> str:
    """JSON Lines: one object per row, ``{"symbol", "index", "anchor",
    "kind", "text": {lang: str}, "anchors": {lang: [str]}, "confidence":
    {lang: float}}``."""
    lines = []
    for row in table["rows"]:
        lines.append(
            json.dumps(
                {
                    "symbol": table["symbol"],
                    "index": row["index"],
                    "anchor": row["anchor"],
                    "kind": row["kind"],
                    "text": {lang: cell_text(row, lang) for lang in table["languages"]},
                    "anchors": {lang: cell_anchors(row, lang) for lang in table["languages"]},
                    "confidence": row.get("confidence", {}),
                },
                ensure_ascii=False,
            )
        )
    return "".join(_escape_separators(line) + "\n" for line in lines)


# Characters json.dumps(ensure_ascii=False) leaves raw but str.splitlines()
# breaks on: escaped so that one row stays one line for every reader.
LINE_SEPARATORS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _escape_separators(line: str) -> str:
    for char, escape in LINE_SEPARATORS.items():
        line = line.replace(char, escape)
    return line


def to_txt(table: dict) -> str:
    """Tab-separated text: a header line ``anchor<TAB>en<TAB>zh``, then one
    line per row, the row anchor and each language's text (tabs and line
    breaks inside a text become spaces; an omission is an empty column)."""
    languages = table["languages"]
    lines = ["\t".join(["anchor", *languages])]
    for row in table["rows"]:
        texts = [CELL_BREAKS.sub(" ", cell_text(row, lang)) for lang in languages]
        lines.append("\t".join([row["anchor"], *texts]))
    return "".join(line + "\n" for line in lines)


EXPORTERS = {
    "tmx": (to_tmx, "application/x-tmx+xml; charset=utf-8", "tmx"),
    "jsonl": (to_jsonl, "application/jsonl; charset=utf-8", "jsonl"),
    "txt": (to_txt, "text/plain; charset=utf-8", "txt"),
}
