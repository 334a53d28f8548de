"""Audit: what the pipeline makes of raw texts, without storing anything.

``audit_bytes`` parses one text (pure, as ``ingest`` would, detection
included) and checks that the result fits the database
(``ingest.limits.check_storable``); ``AuditLine`` is the one line a curator
reads per file, and ``summarise`` the totals of a batch. The ``audit``
command walks files and folders and prints them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from documents.ingest.errors import IngestError
from documents.ingest.limits import check_storable
from documents.ingest.pipeline import parse_version
from documents.ingest.types import ParsedVersion

# the order in which paragraph kinds are listed in an audit line
KIND_ORDER = (
    "title", "heading", "preamble_intro", "preambular", "operative", "sub_paragraph",
    "annex_heading", "annex_paragraph", "annex_sub_paragraph", "annex_bullet",
    "speaker_turn", "procedural", "attendance", "signature", "other",
)
SHORT_KIND = {
    "title": "title", "heading": "head", "preamble_intro": "intro", "preambular": "pp",
    "operative": "op", "sub_paragraph": "sub", "annex_heading": "ax-head",
    "annex_paragraph": "ax-op", "annex_sub_paragraph": "ax-sub", "annex_bullet": "ax-bullet",
    "speaker_turn": "turn", "procedural": "proc", "attendance": "att",
    "signature": "sign", "other": "other",
}


@dataclass
class AuditLine:
    name: str
    symbol: str = ""
    language: str = ""
    kind: str = ""
    kinds: Counter = field(default_factory=Counter)
    footnotes: int = 0
    turns: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error

    def kinds_text(self) -> str:
        return " ".join(
            f"{SHORT_KIND.get(k, k)}={self.kinds[k]}"
            for k in sorted(self.kinds, key=lambda k: (KIND_ORDER + (k,)).index(k))
        )

    def render(self) -> str:
        if self.error:
            return f"{self.name}: FAILED: {self.error}"
        turns = f", {self.turns} turns" if self.turns else ""
        return (
            f"{self.name}: {self.symbol} [{self.language}] {self.kind}: {self.kinds_text()}; "
            f"{self.footnotes} footnotes{turns}; {len(self.warnings)} warnings"
        )


def audit_parsed(name: str, parsed: ParsedVersion) -> AuditLine:
    turns = {p.speaker.turn for p in parsed.paragraphs if p.speaker}
    return AuditLine(
        name=name,
        symbol=parsed.symbol,
        language=parsed.language,
        kind=parsed.kind,
        kinds=Counter(p.kind for p in parsed.paragraphs),
        footnotes=len(parsed.footnotes),
        turns=len(turns),
        warnings=list(parsed.warnings),
    )


def audit_bytes(name: str, raw: bytes) -> AuditLine:
    """Parse and check ``raw``; an IngestError becomes the line's error."""
    try:
        parsed = parse_version(raw)
        check_storable(parsed)
    except IngestError as exc:
        return AuditLine(name=name, error=str(exc))
    return audit_parsed(name, parsed)


def audit_path(path: Path) -> AuditLine:
    """``audit_bytes`` over a file; an unreadable file is the line's error."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return AuditLine(name=str(path), error=f"cannot read the file ({exc.strerror})")
    return audit_bytes(str(path), raw)


def text_files(paths: list[Path]) -> list[Path]:
    """The files named, and the ``.txt`` files under the folders named."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        else:
            found.append(path)
    return found


def summarise(lines: list[AuditLine]) -> str:
    failed = [line for line in lines if not line.ok]
    kinds = Counter()
    for line in lines:
        kinds[line.kind] += bool(line.ok)
    by_kind = ", ".join(f"{kinds[k]} {k}" for k in sorted(kinds) if kinds[k])
    return (
        f"{len(lines)} files: {len(lines) - len(failed)} parsed ({by_kind or 'none'}), "
        f"{len(failed)} failed; "
        f"{sum(line.footnotes for line in lines)} footnotes, "
        f"{sum(len(line.warnings) for line in lines)} warnings"
    )
