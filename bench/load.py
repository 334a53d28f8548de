"""make load: Concord under 32 concurrent clients for 30 seconds.

Starts gunicorn with production settings (DEBUG off, hashed static files,
config/gunicorn.py) on a free loopback port, against DATABASE_URL or the
embedded database of `make run` (migrated, sample corpus loaded first),
then runs a bounded load client: CLIENTS threads, each with its own
urllib connection, cycling through the endpoints below for DURATION
seconds. Writes p50/p95/p99 latency, requests/s and errors per endpoint to
bench/results/load.json and prints a table. Loopback only: it refuses any
other host.

Throttling is set out of the way (every client is 127.0.0.1, one address):
this measures the app, not the rate limits, which tests check.

    python bench/load.py [--duration 30] [--clients 32] [--workers 2] [--threads 8]
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "load.json"
HOST = "127.0.0.1"
REQUEST_TIMEOUT = 10  # seconds; longer is counted as an error

ENDPOINTS = {
    "library": "/",
    "reading view": "/A/RES/75/16/?langs=en,zh,ar",
    "search": "/search/?q=Islamic%20Cooperation",
    "api list": "/api/v1/documents/",
    "api aligned": "/api/v1/documents/A/RES/75/16/aligned/?langs=en,zh,ar",
    "api export": "/api/v1/documents/A/RES/75/16/export/?format=tmx&langs=en,zh",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def production_environment(port: int, workers: int, threads: int) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "false",
        "PAGE_RATE": "100000000/minute",
        "API_ANON_RATE": "100000000/minute",
        "SEARCH_RATE": "100000000/minute",
        "WEB_BIND": f"{HOST}:{port}",
        "WEB_WORKERS": str(workers),
        "WEB_THREADS": str(threads),
    }
    if not env.get("DATABASE_URL"):
        sys.path.insert(0, str(ROOT))
        from config.embedded_db import embedded_database_url

        env["DATABASE_URL"] = embedded_database_url(ROOT / "var" / "pgdata")
    return env


def prepare(env: dict[str, str]) -> None:
    for command in (["migrate", "--noinput"], ["createcachetable"], ["load_sample_corpus"],
                    ["rebuild_search_index"], ["collectstatic", "--noinput"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)


def start_server(env: dict[str, str], port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py",
         "config.wsgi:application", "--log-level", "warning"],
        cwd=ROOT, env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn did not start")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/", timeout=5):
                return server
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not answer within 60 s")


def run_clients(base: str, clients: int, duration: float) -> dict:
    """CLIENTS threads, each cycling through the endpoints (starting at a
    different one) until DURATION is over; a request that started in time
    is waited for."""
    if not base.startswith(f"http://{HOST}:"):
        raise SystemExit("the load client only talks to the loopback address")
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, list[str]] = defaultdict(list)
    lock = threading.Lock()
    names = list(ENDPOINTS)
    stop_at = time.monotonic() + duration
    start = threading.Barrier(clients)

    def client(number: int) -> None:
        start.wait()
        turn = number
        while time.monotonic() < stop_at:
            name = names[turn % len(names)]
            turn += 1
            began = time.perf_counter()
            problem = ""
            try:
                with urllib.request.urlopen(base + ENDPOINTS[name],
                                            timeout=REQUEST_TIMEOUT) as response:
                    response.read()
                    if response.status >= 400:
                        problem = f"HTTP {response.status}"
            except urllib.error.HTTPError as error:
                problem = f"HTTP {error.code}"
            except (urllib.error.URLError, OSError) as error:
                problem = type(error).__name__
            elapsed = time.perf_counter() - began
            with lock:
                (errors[name] if problem else latencies[name]).append(
                    problem if problem else elapsed)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - began
    return {"latencies": latencies, "errors": errors, "wall": wall}


def summarise(raw: dict, *, clients: int, duration: float, workers: int, threads: int) -> dict:
    wall = raw["wall"]
    endpoints = {}
    for name, path in ENDPOINTS.items():
        times = sorted(raw["latencies"].get(name, []))
        failed = raw["errors"].get(name, [])
        cuts = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else (
            times * 99 if times else [0.0] * 99)
        endpoints[name] = {
            "path": path,
            "requests": len(times) + len(failed),
            "errors": len(failed),
            "error_kinds": sorted(set(failed)),
            "requests_per_s": round((len(times) + len(failed)) / wall, 1),
            "p50_ms": round(cuts[49] * 1000, 1),
            "p95_ms": round(cuts[94] * 1000, 1),
            "p99_ms": round(cuts[98] * 1000, 1),
        }
    total = sum(e["requests"] for e in endpoints.values())
    return {
        "clients": clients,
        "duration_s": duration,
        "wall_s": round(wall, 1),
        "server": f"gunicorn gthread, {workers} workers x {threads} threads, DEBUG off",
        "cpus": os.cpu_count(),
        "requests": total,
        "errors": sum(e["errors"] for e in endpoints.values()),
        "requests_per_s": round(total / wall, 1),
        "endpoints": endpoints,
    }


def table(summary: dict) -> str:
    lines = [
        f"{summary['clients']} clients, {summary['duration_s']:g} s, {summary['server']}, "
        f"{summary['cpus']} CPUs",
        "",
        "| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, e in summary["endpoints"].items():
        lines.append(f"| {name} | {e['requests']} | {e['errors']} | {e['requests_per_s']} | "
                     f"{e['p50_ms']} | {e['p95_ms']} | {e['p99_ms']} |")
    lines.append(f"| **all** | {summary['requests']} | {summary['errors']} | "
                 f"{summary['requests_per_s']} | | | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    port = free_port()
    env = production_environment(port, args.workers, args.threads)
    prepare(env)
    server = start_server(env, port)
    try:
        raw = run_clients(f"http://{HOST}:{port}", args.clients, args.duration)
    finally:
        server.terminate()
        server.wait(timeout=30)
    summary = summarise(raw, clients=args.clients, duration=args.duration,
                        workers=args.workers, threads=args.threads)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(table(summary))
    shown = args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output
    print(f"\nwritten to {shown}")
    return 1 if summary["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
