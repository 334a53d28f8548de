"""Parsing speed and memory: the English A/RES/75/16 repeated to make
resolutions of growing length, parsed by the pure pipeline (no database).
Reports seconds (untraced) and peak traced memory (a second run) per size;
time should grow linearly.
"""

import re
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from documents.ingest.pipeline import parse_version  # noqa: E402
from documents.sample_corpus import SAMPLE_CORPUS_DIR  # noqa: E402

OPERATIVE = re.compile(r"^(\*?)(\d+)\.", re.MULTILINE)


def synthetic_resolution(copies: int) -> bytes:
    """The sample's head, then its operative part repeated ``copies`` times
    with the paragraphs renumbered so the numbering stays continuous."""
    text = (SAMPLE_CORPUS_DIR / "A-RES-75-16.en.txt").read_text(encoding="utf-8")
    start = text.index("1. *Takes note")
    end = text.rindex("*30th plenary")
    head, operative, tail = text[:start], text[start:end], text[end:]
    parts = []
    counter = 0
    for _ in range(copies):
        def renumber(match):
            nonlocal counter
            counter += 1
            return f"{match.group(1)}{counter}."

        parts.append(OPERATIVE.sub(renumber, operative))
    return (head + "\n\n".join(parts) + tail).encode()


def main():
    parse_version(synthetic_resolution(1), symbol="A/RES/75/16", language="en")  # warm up
    print(f"{'operatives':>10} {'bytes':>10} {'seconds':>9} {'peak MiB':>9}")
    for copies in (1, 10, 30):
        raw = synthetic_resolution(copies)
        started = time.perf_counter()
        parsed = parse_version(raw, symbol="A/RES/75/16", language="en")
        elapsed = time.perf_counter() - started
        tracemalloc.start()
        parse_version(raw, symbol="A/RES/75/16", language="en")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        operatives = sum(p.kind == "operative" for p in parsed.paragraphs)
        print(f"{operatives:>10} {len(raw):>10} {elapsed:>9.3f} {peak / 2**20:>9.1f}")


if __name__ == "__main__":
    main()
