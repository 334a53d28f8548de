"""manage.py build_synthetic_library --paragraphs N [--seed S] [--workers W]
[--no-index] : fill the database with distinct resolutions until it holds at
least N paragraphs, for the search benchmark (benchmarks/bench_search.py).

Each document is recombined from real texts and ingested through the
service, as a curator's upload would be (parsed, validated, stored, aligned):

* trilingual resolutions (en, zh, ar) from the sample corpus's A/RES/75/16:
  its header, a random choice of its preambular paragraphs and of its
  operative paragraphs (the same choice in the three languages, renumbered);
* English resolutions from the 26 General Assembly resolutions of the 80th
  session (../shared/realtexts/ga-res-80, or the copy in tests/realdata):
  preambular and operative paragraphs drawn from two to four of them.

Symbols are A/RES/<session>/<n> with sessions from 101 up, so they never
meet a real one; the choice is a function of the seed and the document's
number, so two runs with the same seed build the same library, and a second
run adds only what is missing. The search index is rebuilt at the end.
"""

from __future__ import annotations

import multiprocessing
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from documents.ingest.pipeline import parse_version
from documents.sample_corpus import SAMPLE_CORPUS_DIR

FIRST_SESSION = 101
DOCUMENTS_PER_SESSION = 1000
#: One document in this many is trilingual; the others are English.
TRILINGUAL_EVERY = 2

REALTEXT_DIRS = (
    Path(settings.BASE_DIR).parent / "shared" / "realtexts" / "ga-res-80",
    Path(settings.BASE_DIR) / "tests" / "realdata" / "ga-res-80",
)

#: A paragraph number as printed at the start of an operative paragraph:
#: "1. ", "12 - " (Arabic).
NUMBER_PREFIX_RE = re.compile(r"^\s*\d+\s*[.\-–]\s*")

#: Per language: the body's line, how the source's "adopted on" heading
#: begins, the title line, the preamble's opening.
HEADERS = {
    "en": ("General Assembly", "Resolution adopted", "{session}/{number}. {title}",
           "The General Assembly,"),
    "zh": ("大会", "大会决议", "{session}/{number}. {title}", "大会，"),
    "ar": ("الجمعية العامة", "قرار اتخذته", "{number}/{session} - {title}", "إن الجمعية العامة،"),
}
OPERATIVE_NUMBER = {"en": "{n}. ", "zh": "{n}. ", "ar": "{n} - "}


@dataclass
class Source:
    """A parsed resolution's parts: title, "adopted on" heading, paragraphs."""

    title: str
    adopted: str
    preambular: list[str]
    operative: list[str]


def _source(raw: bytes, language: str) -> Source:
    parsed = parse_version(raw, language=language)
    marker = HEADERS[language][1]
    return Source(
        title=parsed.title,
        adopted=next((p.text for p in parsed.paragraphs
                      if p.kind == "heading" and marker in p.text), ""),
        preambular=[p.text for p in parsed.paragraphs if p.kind == "preambular"],
        operative=[NUMBER_PREFIX_RE.sub("", p.text) for p in parsed.paragraphs
                   if p.kind == "operative"],
    )  # fmt: skip


def load_sources() -> tuple[dict[str, Source], list[Source]]:
    trilingual = {
        lang: _source((SAMPLE_CORPUS_DIR / f"A-RES-75-16.{lang}.txt").read_bytes(), lang)
        for lang in ("en", "zh", "ar")
    }
    folder = next((d for d in REALTEXT_DIRS if d.is_dir()), None)
    if folder is None:
        raise CommandError(f"no real texts in {' or '.join(map(str, REALTEXT_DIRS))}")
    english = [_source(p.read_bytes(), "en") for p in sorted(folder.glob("*.en.txt"))]
    return trilingual, [s for s in english if s.preambular and s.operative]


def compose(language: str, session: int, number: int, title: str, adopted: str,
            preambular: list[str], operative: list[str]) -> bytes:
    """A resolution as a clean text the parser reads: header, preambular
    paragraphs, numbered operative paragraphs, blank lines between."""
    body, _, title_line, intro = HEADERS[language]
    blocks = [
        body,
        *([adopted] if adopted else []),
        title_line.format(session=session, number=number, title=title),
        intro,
        *preambular,
        *(OPERATIVE_NUMBER[language].format(n=n) + text
          for n, text in enumerate(operative, start=1)),
    ]  # fmt: skip
    return "\n\n".join(blocks).encode()


def document_texts(index: int, seed: int, sources) -> tuple[str, dict[str, bytes]]:
    """The symbol and the raw texts per language of synthetic document
    ``index``: a function of ``seed`` and ``index`` only."""
    trilingual, english = sources
    rng = random.Random(f"{seed}:{index}")
    session = FIRST_SESSION + index // DOCUMENTS_PER_SESSION
    number = index % DOCUMENTS_PER_SESSION + 1
    symbol = f"A/RES/{session}/{number}"
    if index % TRILINGUAL_EVERY == 0:
        en = trilingual["en"]
        pp = sorted(rng.sample(range(len(en.preambular)), rng.randint(6, len(en.preambular))))
        op = rng.sample(range(len(en.operative)), rng.randint(6, len(en.operative)))
        texts = {}
        for lang, src in trilingual.items():
            texts[lang] = compose(
                lang, session, number, src.title, src.adopted,
                [src.preambular[i] for i in pp if i < len(src.preambular)],
                [src.operative[i] for i in op if i < len(src.operative)],
            )  # fmt: skip
        return symbol, texts
    chosen = rng.sample(english, rng.randint(2, min(4, len(english))))
    preambular = [p for s in chosen for p in rng.sample(s.preambular, min(len(s.preambular), 8))]
    operative = [p for s in chosen for p in rng.sample(s.operative, min(len(s.operative), 10))]
    return symbol, {"en": compose("en", session, number, chosen[0].title, chosen[0].adopted,
                                  preambular, operative)}


def ingest_documents(first: int, last: int, seed: int) -> int:
    """Ingest synthetic documents ``first`` to ``last - 1``; the number of
    paragraphs stored."""
    from documents.services import ingest_version

    sources = load_sources()
    stored = 0
    for index in range(first, last):
        symbol, texts = document_texts(index, seed, sources)
        for language, raw in texts.items():
            result = ingest_version(
                raw=raw, source_name=f"synthetic-{index}.{language}.txt", symbol=symbol,
                language=language, kind="resolution", align=language == list(texts)[-1],
            )  # fmt: skip
            stored += result.paragraphs if result.changed else 0
    return stored


def _worker(arguments) -> int:
    import django

    django.setup()
    return ingest_documents(*arguments)


class Command(BaseCommand):
    help = "Fill the database with synthetic resolutions (en, zh, ar) up to N paragraphs."

    def add_arguments(self, parser):
        parser.add_argument("--paragraphs", type=int, required=True,
                            help="Stop once the database holds at least this many paragraphs.")
        parser.add_argument("--seed", type=int, default=16)
        parser.add_argument("--workers", type=int, default=1,
                            help="Processes ingesting in parallel.")
        parser.add_argument("--no-index", action="store_true",
                            help="Do not rebuild the search index at the end.")

    def handle(self, *args, paragraphs: int, seed: int, workers: int, no_index: bool,
               **options):
        from documents.models import Document, Paragraph
        from documents.search import rebuild_index

        started = time.perf_counter()
        sources = load_sources()
        have = Paragraph.objects.count()
        index = Document.objects.filter(session__gte=FIRST_SESSION).count()
        per_document = self._paragraphs_per_document(seed, sources)
        while have < paragraphs:
            wanted = max(1, int((paragraphs - have) / per_document) + 1)
            batches = _batches(index, index + wanted, max(1, workers))
            if workers > 1:
                connections.close_all()
                context = multiprocessing.get_context("fork")
                with context.Pool(workers) as pool:
                    pool.map(_worker, [(a, b, seed) for a, b in batches])
            else:
                ingest_documents(index, index + wanted, seed)
            index += wanted
            have = Paragraph.objects.count()
            if options["verbosity"]:
                self.stdout.write(f"  {index:,} documents, {have:,} paragraphs")
        ingested = time.perf_counter() - started
        self.stdout.write(
            f"{have:,} paragraphs in the database ({index:,} synthetic documents); "
            f"ingested in {ingested:.0f} s"
        )
        if not no_index:
            report = rebuild_index()
            self.stdout.write(
                f"indexed {report.paragraphs:,} paragraphs in {report.seconds:.1f} s"
            )

    @staticmethod
    def _paragraphs_per_document(seed: int, sources) -> float:
        """The mean number of paragraphs a synthetic document brings (all
        its languages; header paragraphs included), from a sample."""
        sample = [document_texts(i, seed, sources)[1] for i in range(20)]
        blocks = [raw.count(b"\n\n") + 1 for texts in sample for raw in texts.values()]
        return sum(blocks) / len(sample)


def _batches(first: int, last: int, count: int) -> list[tuple[int, int]]:
    size = -(-(last - first) // count)
    return [(a, min(a + size, last)) for a in range(first, last, size)]
