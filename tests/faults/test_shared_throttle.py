"""Throttling counts one client's requests together across workers.

The issue: with the per-process cache, 3 gunicorn workers let a client
through 1,758 times before the first 429 at a rate of 600. Here a real
gunicorn with 3 workers, and threads each with its own database
connection, must let through exactly the rate, not a request more.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client

from tests.faults.test_killed_writer import database_url

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_counts_yet(transactional_db):
    """The shared cache table outlives transactional tests' flushes."""
    caches["shared"].clear()
    yield
    caches["shared"].clear()


def test_threads_counting_at_once_let_through_exactly_the_rate(transactional_db, settings):
    """Four clients from one address, at once: exactly 30 of 100 pass."""
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "anon": "30/minute"}
    results: list[int] = []
    barrier = threading.Barrier(4)

    def client_thread():
        try:
            client = Client()
            barrier.wait()
            for _ in range(25):
                results.append(client.get("/api/v1/documents/").status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=client_thread) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(set(results)) == [200, 429]
    assert results.count(200) == 30, results.count(200)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get_status(url: str) -> int:
    request = urllib.request.Request(url, headers={"Connection": "close"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def gunicorn_three_workers(transactional_db):
    """gunicorn with production settings and 3 workers on a free port, on
    the test database, anonymous API rate 20/minute."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": database_url(),
        "DEBUG": "false",
        "SECRET_KEY": "t" * 20 + "-test-only-secret-key-for-gunicorn-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "API_ANON_RATE": "20/minute",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--workers", "3",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if server.poll() is not None:
                pytest.fail(server.stderr.read())
            time.sleep(0.2)
    time.sleep(1.5)  # let all three workers boot
    try:
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_three_gunicorn_workers_count_one_client_together(gunicorn_three_workers):
    statuses = [get_status(f"{gunicorn_three_workers}/api/v1/documents/") for _ in range(40)]
    assert statuses[:20] == [200] * 20
    assert set(statuses[20:]) == {429}


def test_a_missing_cache_table_is_made_on_first_use(transactional_db, settings):
    """A deployment that skipped `manage.py createcachetable` still counts
    (and does not answer every request with a 500)."""
    from config.throttling import hit

    table = settings.CACHES["shared"]["LOCATION"]
    with connection.cursor() as cursor:
        cursor.execute(f'DROP TABLE "{table}"')
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "pages": "1/minute"}
    assert hit("pages", "10.1.1.1") is None
    assert hit("pages", "10.1.1.1") is not None
    assert Client().get("/").status_code == 200
