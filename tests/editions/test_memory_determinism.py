"""The translation memory offers the same matches in every process: ties
are not broken by the order of a set, which follows the hash seed."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MATCHES = """
from pathlib import Path
from alignment.editions import EditionParagraph, MemoryEntry, closest_matches
from documents.ingest.pipeline import parse_version

corpus = Path("documents/sample_corpus")

def paragraphs(name, symbol):
    parsed = parse_version((corpus / name).read_bytes(), symbol=symbol, language="zh")
    return [EditionParagraph(p.anchor, p.kind, p.number, p.text) for p in parsed.paragraphs]

new = paragraphs("A-RES-75-16.zh.txt", "A/RES/75/16")
entries = [MemoryEntry("A/RES/63/114", p)
           for p in paragraphs("A-RES-63-114.zh.txt", "A/RES/63/114")]
for m in closest_matches(new, entries, minimum=0):  # every weak match too
    print(m and (m.paragraph.anchor, m.entry.paragraph.anchor, m.match))
"""


def matches_with_hash_seed(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", MATCHES], cwd=ROOT, env=env,
                            capture_output=True, text=True, check=True)
    return result.stdout


def test_memory_matches_do_not_depend_on_the_hash_seed():
    outputs = {seed: matches_with_hash_seed(seed) for seed in range(4)}
    assert outputs[0].count("\n") > 30 and "op-" in outputs[0]
    assert all(output == outputs[0] for output in outputs.values()), "matches differ by seed"
