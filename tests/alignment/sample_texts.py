"""A deliberately simple reader of the sample resolutions, for tests only.

It stands in for ``documents.ingest.pipeline`` until that parser can read
the sample corpus: split on blank lines, drop footnote blocks, re-join
paragraphs cut by a page break (a block that does not end a paragraph
continues into the next), classify by position (before the "The General
Assembly," line: heading; then preambular; numbered: operative; after the
last operative: signature). Footnote marks are moved from the text to
``footnote_markers`` as the real parser does.
"""

from __future__ import annotations

import re
from pathlib import Path

from alignment.anchors import normalise_digits
from alignment.units import AlignParagraph

CORPUS = Path(__file__).resolve().parents[2] / "documents" / "sample_corpus"

INTRO = re.compile(r"^(The General Assembly,|大会，|إن الجمعية العامة،)\s*$")
OPERATIVE = re.compile(r"^-?\s*(\d+)\s*[.\-]\s+")
FOOTNOTE_BLOCK = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(\d+\))\s")
MARK = re.compile(r"⁽?[¹²³⁴⁵⁶⁷⁸⁹⁰]+⁾?")
PREAMBULAR_END = re.compile(r"[,，،;；؛.。:：]\s*$")
OPERATIVE_END = re.compile(r"[;；؛.。]\s*$")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _clean(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", text)
    return re.sub(r"\*+", "", text).strip()


def read_sample(name: str, *, id_base: int = 0) -> list[AlignParagraph]:
    raw = (CORPUS / name).read_text(encoding="utf-8")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", raw) if b.strip()]
    blocks = [b for b in blocks if not FOOTNOTE_BLOCK.match(b)]
    paragraphs: list[tuple[str, str, str]] = []  # kind, number, text
    stage = "heading"
    for block in blocks:
        text = _clean(block)
        if stage == "heading":
            if INTRO.match(text):
                paragraphs.append(("preamble_intro", "", text))
                stage = "preamble"
            else:
                paragraphs.append(("heading", "", text))
            continue
        match = OPERATIVE.match(normalise_digits(text))
        if match and stage in ("preamble", "operative"):
            previous_open = stage == "operative" and not OPERATIVE_END.search(
                MARK.sub("", paragraphs[-1][2])
            )
            if previous_open and int(match.group(1)) != int(paragraphs[-1][1]) + 1:
                paragraphs[-1] = (*paragraphs[-1][:2], paragraphs[-1][2] + " " + text)
                continue
            # An operative block may hold several numbered lines.
            for line in text.splitlines():
                line_match = OPERATIVE.match(normalise_digits(line.strip()))
                if line_match:
                    paragraphs.append(("operative", line_match.group(1), line.strip()))
                else:
                    kind, number, previous = paragraphs[-1]
                    paragraphs[-1] = (kind, number, previous + " " + line.strip())
            stage = "operative"
            continue
        kind = paragraphs[-1][0]
        end = OPERATIVE_END if kind == "operative" else PREAMBULAR_END
        open_previous = kind in ("preambular", "operative") and not end.search(
            MARK.sub("", paragraphs[-1][2])
        )
        if open_previous:
            kind, number, previous = paragraphs[-1]
            paragraphs[-1] = (kind, number, previous + " " + text)
        elif stage == "operative" or stage == "signature":
            paragraphs.append(("signature", "", text))
            stage = "signature"
        else:
            paragraphs.append(("preambular", "", text))
    result = []
    counters: dict[str, int] = {}
    prefixes = {
        "heading": "h",
        "preamble_intro": "intro",
        "preambular": "pp",
        "operative": "op",
        "signature": "sig",
    }
    for index, (kind, number, text) in enumerate(paragraphs):
        counters[kind] = counters.get(kind, 0) + 1
        prefix = prefixes[kind]
        anchor = prefix if prefix == "intro" else f"{prefix}-{number or counters[kind]}"
        markers = tuple(m.strip("⁽⁾").translate(_SUPERSCRIPTS) for m in MARK.findall(text))
        result.append(
            AlignParagraph(
                id=id_base + index + 1,
                kind=kind,
                number=number,
                text=MARK.sub("", text),
                footnote_markers=markers,
                anchor=anchor,
            )
        )
    return result
