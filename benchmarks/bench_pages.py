"""Reading view and aligned endpoint, on a throwaway embedded PostgreSQL.

Prints, in one run:

1. uncached times (the page cache emptied before each request; median of
   a few; wall time, and the CPU time of the Python process, which a busy
   shared machine disturbs less) of the reading view and of the API's aligned endpoint for
   synthetic en/zh/ar documents of 60, 1,000 and 10,000 paragraphs, with
   their SQL queries and sizes (HTML, gzip, brotli). A document longer than
   a page of rows (``pages.ROWS_PER_PAGE``) is measured on its first page,
   which is what a reader opening it gets;
2. the cached reading view's requests/s under gunicorn (config/gunicorn.py,
   DEBUG off) as a ratio of the same bytes served by the same gunicorn as a
   static file through whitenoise (with its .gz and .br copies), both asked
   with ``Accept-Encoding: gzip, br`` by the same keep-alive client threads,
   in alternating rounds of a second (a shared machine's load falls on both).

    python benchmarks/bench_pages.py [--quick]   # --quick: 60 and 1,000 only, shorter load
    python benchmarks/bench_pages.py --cached    # 60 only, then the cached page's load
"""

import os
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache, caches  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from alignment.synthetic import synthetic_versions  # noqa: E402

SIZES = (60, 1000, 10000)
REPEATS = {60: 5, 1000: 3, 10000: 2}
LOAD_SECONDS = 8
LOAD_THREADS = 8
ACCEPT = {"Accept-Encoding": "gzip, br"}


def make_document(n: int) -> str:
    """Store an en/zh/ar document of ``n`` paragraphs through the models and
    align it with the real aligner."""
    import hashlib

    from alignment.services import align_document
    from documents.models import Document, Paragraph, Version

    symbol = f"A/RES/99/{n}"
    document = Document.objects.create(symbol=symbol, kind="resolution", body="GA",
                                       pivot_language="en")
    pivot, _ = synthetic_versions(n, other_lang="zh", seed=n)
    versions = {"en": pivot}
    for lang in ("zh", "ar"):
        versions[lang] = synthetic_versions(n, other_lang=lang, seed=n)[1]
    for lang, units in versions.items():
        raw = "\n\n".join(u.text for u in units).encode()
        version = Version.objects.create(document=document, language=lang, source=raw,
                                         source_sha256=hashlib.sha256(raw).hexdigest())
        Paragraph.objects.bulk_create(
            Paragraph(version=version, order=i, kind=u.kind, number=u.number,
                      anchor=f"p-{i}", text=u.text, html=u.text)
            for i, u in enumerate(units, start=1)
        )
    align_document(document)
    return symbol


def measure(client: Client, url: str, repeats: int) -> dict:
    """Median seconds of ``repeats`` uncached requests, queries and sizes."""
    import brotli

    from documents.web import page_cache

    times, cpu = [], []
    for _ in range(repeats):
        cache.clear()
        caches["pages"].clear()
        page_cache._local.clear()  # and this process's tier of recent pages
        with CaptureQueriesContext(connection) as queries:
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(url, headers={"Accept-Encoding": "gzip"})
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        assert response.status_code == 200, (url, response.status_code)
    body = response.content
    if response.get("Content-Encoding") == "gzip":
        import gzip

        html = gzip.decompress(body)
    else:
        html = body
    return {
        "seconds": statistics.median(times),
        "cpu_seconds": statistics.median(cpu),
        "queries": len(queries),
        "kib": len(html) / 1024,
        "gzip_kib": len(body) / 1024 if response.get("Content-Encoding") else 0,
        "br_kib": len(brotli.compress(html, quality=4)) / 1024,
    }


def render_times(sizes, measured: dict) -> dict[int, str]:
    """Print the uncached times; ``measured`` gets each (paragraphs, label)."""
    client = Client()
    lines = [f"{'paragraphs':>10} {'request (uncached)':<26} {'ms':>7} {'cpu ms':>7} "
             f"{'queries':>7} {'KiB':>7} {'gz KiB':>7} {'br KiB':>7}"]
    print(lines[0], flush=True)
    symbols = {}
    for n in sizes:
        started = time.perf_counter()
        symbols[n] = make_document(n)
        print(f"(stored and aligned {n} paragraphs x 3 in {time.perf_counter() - started:.1f} s)",
              flush=True)
        for label, url in (
            ("reading view en,zh,ar", f"/{symbols[n]}/?langs=en,zh,ar"),
            ("api aligned en,zh,ar", f"/api/v1/documents/{symbols[n]}/aligned/?langs=en,zh,ar"),
        ):
            m = measure(client, url, REPEATS.get(n, 2))
            measured[n, label] = m
            lines.append(f"{n:>10} {label:<26} {m['seconds'] * 1000:>7.0f} "
                         f"{m['cpu_seconds'] * 1000:>7.0f} {m['queries']:>7} {m['kib']:>7.0f} "
                         f"{m['gzip_kib']:>7.0f} {m['br_kib']:>7.0f}")
            print(lines[-1], flush=True)
    return symbols


# --- cached page against a static file, under gunicorn -------------------------


def load(port: int, path: str, seconds: float, threads: int) -> tuple[float, int]:
    """Requests/s of ``threads`` keep-alive clients asking ``path`` for
    ``seconds``; and the bytes of one response."""
    import http.client

    counts = [0] * threads
    sizes = [0] * threads
    stop_at = time.monotonic() + seconds
    barrier = threading.Barrier(threads)

    def client(number: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        barrier.wait()
        while time.monotonic() < stop_at:
            conn.request("GET", path, headers=ACCEPT)
            response = conn.getresponse()
            body = response.read()
            if response.status != 200:
                raise SystemExit(f"{path}: HTTP {response.status}")
            counts[number] += 1
            sizes[number] = len(body)
        conn.close()

    workers = [threading.Thread(target=client, args=(n,)) for n in range(threads)]
    began = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sum(counts) / (time.monotonic() - began), max(sizes)


# the bars of the issue (uncached wall time of the reading view; cached/static)
RENDER_BARS = {60: 0.050, 1000: 0.300}
RATIO_BAR = 0.9


def bars(measured: dict, ratio: float) -> list[str]:
    lines = []
    for n, bar in RENDER_BARS.items():
        m = measured.get((n, "reading view en,zh,ar"))
        if m is not None:
            met = "met" if m["seconds"] <= bar else "NOT met"
            lines.append(f"bar: reading view uncached, {n} paragraphs x 3 <= {bar * 1000:.0f} ms: "
                         f"{m['seconds'] * 1000:.0f} ms ({m['cpu_seconds'] * 1000:.0f} ms CPU), "
                         f"{met}")
    met = "met" if ratio >= RATIO_BAR else "NOT met"
    lines.append(f"bar: cached reading view >= {RATIO_BAR}x the static file: {ratio:.2f}x, {met}")
    return lines


def cached_against_static(symbol: str, seconds: float) -> tuple[list[str], float]:
    """gunicorn (2 workers, DEBUG off) on the benchmark's database: the
    cached reading view against its own bytes as a static file."""
    import gzip
    import urllib.request

    import brotli

    sys.path.insert(0, str(ROOT / "bench"))
    from load import free_port, production_environment, start_server

    port = free_port()
    env = production_environment(port, workers=2, threads=8)
    url = urlsplit(os.environ["DATABASE_URL"])
    env["DATABASE_URL"] = url._replace(path="/" + connection.settings_dict["NAME"]).geturl()
    env.pop("CACHE_URL", None)
    import subprocess

    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput"], cwd=ROOT,
                   env=env, check=True, stdout=subprocess.DEVNULL)
    page_path = f"/{symbol}/?langs=en,zh,ar"
    static_dir = Path(settings.STATIC_ROOT) / "bench"
    static_dir.mkdir(parents=True, exist_ok=True)
    static_file = static_dir / "reading.html"
    server = None
    try:
        # the page as gunicorn renders it, written as a static file with its
        # compressed copies, before gunicorn starts (whitenoise scans at start)
        server = start_server(env, port)
        request = urllib.request.Request(f"http://127.0.0.1:{port}{page_path}",
                                         headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            html = gzip.decompress(response.read())
        server.terminate()
        server.wait(30)
        static_file.write_bytes(html)
        static_file.with_suffix(".html.gz").write_bytes(gzip.compress(html, 9))
        static_file.with_suffix(".html.br").write_bytes(brotli.compress(html, quality=11))
        server = start_server(env, port)
        load(port, page_path, 1, LOAD_THREADS)  # warm: the page in the cache, connections open
        load(port, "/static/bench/reading.html", 1, LOAD_THREADS)
        # alternating rounds of one second each, so that the load others put
        # on a shared machine falls on both alike
        page_rates, static_rates = [], []
        for _round in range(max(1, round(seconds))):
            page_rate, page_bytes = load(port, page_path, 1, LOAD_THREADS)
            static_rate, static_bytes = load(port, "/static/bench/reading.html", 1,
                                             LOAD_THREADS)
            page_rates.append(page_rate)
            static_rates.append(static_rate)
        page_rate, static_rate = statistics.mean(page_rates), statistics.mean(static_rates)
        ratios = [p / s for p, s in zip(page_rates, static_rates, strict=True)]
    finally:
        if server is not None and server.poll() is None:
            server.terminate()
            server.wait(30)
        for leftover in static_dir.glob("reading.html*"):
            leftover.unlink()
    return [
        f"cached reading view {page_path}: {page_rate:.0f} requests/s "
        f"({page_bytes / 1024:.0f} KiB brotli, of {len(html) / 1024:.0f} KiB)",
        f"same page as a static file (whitenoise): {static_rate:.0f} requests/s "
        f"({static_bytes / 1024:.0f} KiB brotli)",
        f"ratio cached/static: {page_rate / static_rate:.2f}x "
        f"(median of rounds {statistics.median(ratios):.2f}x, range {min(ratios):.2f}-"
        f"{max(ratios):.2f}x; gunicorn 2 workers x 8 threads, {LOAD_THREADS} keep-alive clients, "
        f"{len(ratios)} alternating rounds of 1 s each, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})",
    ], page_rate / static_rate


def main():
    quick = "--quick" in sys.argv
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    test_db = connection.creation.create_test_db(verbosity=0)
    try:
        call_command("migrate", verbosity=0)
        sizes = SIZES[:1] if "--cached" in sys.argv else SIZES[:2] if quick else SIZES
        measured = {}
        symbols = render_times(sizes, measured)
        connection.close()  # gunicorn's workers need the database too
        lines, ratio = cached_against_static(symbols[60], 3 if quick else LOAD_SECONDS)
        for line in [*lines, *bars(measured, ratio)]:
            print(line, flush=True)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        print(f"(test database {test_db} dropped; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
