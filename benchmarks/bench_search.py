"""Search: p50/p95 latency of the index at 100,000 paragraphs (and 1,000,000
with SEARCH_BENCH_SIZES=100000,1000000), by kind of query, and the time to
build the index.

Each size has its own library under var/bench/search-<N>/: an embedded
PostgreSQL cluster filled by ``build_synthetic_library`` (ingested through
the service; built once, kept between runs: 100,000 paragraphs take some
minutes, a million about an hour) and its search index (rebuilt when
missing or behind, or with SEARCH_BENCH_REBUILD=1; its build time is kept
with it).

Figures per query, each the p50 and p95 of SEARCH_BENCH_REPEAT runs after
one warm-up:

* ``engine``: what the issue's bar is about: the top 20 hits ranked
  (BM25), their stored fields, highlights and snippets, the count of hits
  and the hits per document (documents.searchindex alone; a very common
  phrase is ranked from candidates and its count, marked ``~``, is an
  estimate: see documents/searchindex/engine.py); wall time, and
  ``engine cpu``, this process's CPU time for the same (all of the
  engine's work runs in it), which a machine busy with other work does
  not inflate;
* ``service``: ``documents.search.search`` as the page and the API call
  it: the freshness check, the engine, the paragraphs and their aligned
  translations from PostgreSQL;
* ``postgres``: the database fallback (``search_paragraphs``: count and
  first page), for comparison, one run of a few queries, by default only
  up to 100,000 paragraphs (SEARCH_BENCH_POSTGRES=0 or 1 to decide).

And the time ``index_version`` takes to re-index one document, which the
services pay after each commit.

Not a test: nothing here fails on a slow figure.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "word": ["terrorism", "Recalls", "peacekeeping", "humanitarian"],
    "phrase": ['"Organization of Islamic Cooperation"', '"nuclear-weapon-free zone"',
               '"Secretary-General to submit"'],
    "common": ["the", "United Nations", "General Assembly"],
    "symbol": ["A/RES/72/74", "resolution 63/114"],
    "chinese": ["盟", "伊斯兰合作组织", "仇视伊斯兰", "秘书长的报告"],
    "arabic": ["كراهية الإسلام", "الأمين العام", "التعاون الإسلامي"],
}
POSTGRES_QUERIES = ["terrorism", "伊斯兰合作组织", "الأمين العام"]
PAGE = 20


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(function, repeat: int, clock=time.perf_counter) -> list[float]:
    """Milliseconds per run, after one warm-up: wall time, or with
    ``clock=time.process_time`` this process's CPU time (the engine runs in
    it; a loaded machine does not count)."""
    function()  # warm-up
    runs = []
    for _ in range(repeat):
        started = clock()
        function()
        runs.append((clock() - started) * 1000)
    return runs


def prepare(size: int, folder: Path) -> dict:
    """The library of ``size`` paragraphs and its index; the build figures."""
    from django.conf import settings
    from django.core.management import call_command

    from documents.models import Paragraph
    from documents.search import index_status, rebuild_index

    settings.SEARCH_INDEX_DIR = folder / "index"
    call_command("migrate", verbosity=0)
    figures_file = folder / "build.json"
    figures = json.loads(figures_file.read_text()) if figures_file.exists() else {}
    if Paragraph.objects.count() < size:
        started = time.perf_counter()
        call_command("build_synthetic_library", paragraphs=size, workers=2, no_index=True,
                     verbosity=0)
        figures["library_seconds"] = round(time.perf_counter() - started)
    if os.environ.get("SEARCH_BENCH_REBUILD") == "1" or index_status().state != "fresh":
        report = rebuild_index()
        figures["index_seconds"] = round(report.seconds, 1)
        figures["paragraphs"] = report.paragraphs
        figures["index_bytes"] = sum(
            p.stat().st_size for p in (folder / "index" / report.generation).rglob("*")
        )
    figures_file.write_text(json.dumps(figures))
    return figures


def engine_run(opened, q: str):
    from documents.search import _plan
    from documents.searchindex.engine import Filters, Search
    from documents.searchindex.snippets import Highlighter, snippet

    def run():
        plan = _plan(q)
        search = Search(opened, plan, Filters())
        search.count()
        hits = search.top(0, PAGE)
        search.document_counts([h.document_id for h in hits])
        highlight = Highlighter(plan)
        for h in hits:
            snippet(h.text, highlight(h.text, h.language, h.citations))

    return run


def service_run(q: str):
    from documents.search import SearchQuery, search

    def run():
        results = search(SearchQuery(q))
        results.count()
        results[0:PAGE]

    return run


def postgres_run(q: str):
    from documents.search import search_hits, search_paragraphs

    def run():
        paragraphs = search_paragraphs(q)
        paragraphs.count()
        search_hits(list(paragraphs[:PAGE]))

    return run


def measure(size: int) -> None:
    """Runs in a child process per size (each its own database)."""
    import pgserver

    folder = ROOT / "var" / "bench" / f"search-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(folder / "pgdata", cleanup_mode="stop")
    os.environ["DATABASE_URL"] = server.get_uri()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings

    from documents.search import index_status

    settings.DEBUG = False  # no query log growing with every search

    figures = prepare(size, folder)
    repeat = int(os.environ.get("SEARCH_BENCH_REPEAT", "30"))
    opened = index_status().opened
    print(f"{figures.get('paragraphs', size):,} paragraphs; index built in "
          f"{figures.get('index_seconds', '?')} s, {figures.get('index_bytes', 0) / 2**20:.0f} MiB"
          + (f"; library ingested in {figures['library_seconds']} s"
             if "library_seconds" in figures else ""))
    columns = ("engine", "engine cpu", "service")
    print(f"{'kind':<8} {'query':<38} {'hits':>7}"
          + "".join(f" {name + ' p50':>15} {'p95':>6}" for name in columns) + "   (ms)")
    from documents.search import SearchQuery, search

    def row(label: str, q: str, hits: str, runs: dict[str, list[float]]) -> str:
        return f"{label:<8} {q:<38} {hits:>7}" + "".join(
            f" {statistics.median(runs[name]):>15.1f} {percentile(runs[name], 0.95):>6.1f}"
            for name in columns
        )

    everything: dict[str, list[float]] = {name: [] for name in columns}
    for kind, queries in QUERIES.items():
        kind_runs: dict[str, list[float]] = {name: [] for name in columns}
        for q in queries:
            runs = {
                "engine": timed(engine_run(opened, q), repeat),
                "engine cpu": timed(engine_run(opened, q), repeat, time.process_time),
                "service": timed(service_run(q), repeat),
            }
            for name in columns:
                kind_runs[name] += runs[name]
            results = search(SearchQuery(q))
            hits = f"{'' if results.count_exact else '~'}{results.count():,}"
            print(row(kind, q, hits, runs))
        for name in columns:
            everything[name] += kind_runs[name]
        print(row(kind, "(all of this kind)", "", kind_runs))
    print(row("all", "", "", everything))
    from documents.models import Document
    from documents.search import index_documents

    documents = list(Document.objects.order_by("pk").values_list("pk", flat=True)[:10])
    updates = [timed(lambda d=d: index_documents([d]), 1) for d in documents]
    flat = [run for runs in updates for run in runs]
    print(f"update   index_version of one document (the services' call after commit): "
          f"p50 {statistics.median(flat):.0f} ms, max {max(flat):.0f} ms")
    if os.environ.get("SEARCH_BENCH_POSTGRES", "1" if size <= 100_000 else "0") != "0":
        for q in POSTGRES_QUERIES:
            started = time.perf_counter()
            postgres_run(q)()
            print(f"postgres {q:<38} one run: {time.perf_counter() - started:.1f} s "
                  f"(the database fallback, for comparison)")


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--size":
        measure(int(sys.argv[2]))
        return 0
    sizes = [int(s) for s in os.environ.get("SEARCH_BENCH_SIZES", "100000").split(",")]
    failed = 0
    for size in sizes:
        print(f"-- {size:,} paragraphs", flush=True)
        result = subprocess.run([sys.executable, __file__, "--size", str(size)], cwd=ROOT)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
