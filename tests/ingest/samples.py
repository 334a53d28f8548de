"""Shared helpers for the ingestion tests: the sample corpus and summaries."""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "documents" / "sample_corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
RESOLUTION_FILES = [f["file"] for f in MANIFEST["files"] if f["kind"] == "resolution"]


def sample_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8-sig")


def summary(version) -> dict:
    """What must not change when the layout of a text changes."""
    return {
        "paragraphs": [
            {
                "kind": p.kind,
                "anchor": p.anchor,
                "number": p.number,
                "text": p.text,
                "marks": [[r.marker, r.offset] for r in p.footnote_refs],
            }
            for p in version.paragraphs
        ],
        "footnotes": [{"marker": f.marker, "text": f.text} for f in version.footnotes],
    }
