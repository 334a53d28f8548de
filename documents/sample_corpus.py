"""The sample corpus shipped with the project (a copy of shared/corpus)."""

import json
from dataclasses import dataclass
from pathlib import Path

SAMPLE_CORPUS_DIR = Path(__file__).resolve().parent / "sample_corpus"

BODY_CODES = {"General Assembly": "GA", "Security Council": "SC"}


@dataclass(frozen=True)
class SampleFile:
    path: Path
    symbol: str
    language: str
    kind: str
    metadata: dict


def sample_files() -> list[SampleFile]:
    """The manifest's files, English first so that it becomes the pivot."""
    manifest = json.loads((SAMPLE_CORPUS_DIR / "manifest.json").read_text(encoding="utf-8"))
    files = [
        SampleFile(
            path=SAMPLE_CORPUS_DIR / entry["file"],
            symbol=entry["symbol"],
            language=entry["language"],
            kind=entry["kind"],
            metadata={**entry, "body_code": BODY_CODES.get(entry.get("body", ""), "")},
        )
        for entry in manifest["files"]
    ]
    return sorted(files, key=lambda f: (f.symbol, f.language != "en"))
