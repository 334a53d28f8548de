"""A worker killed (SIGKILL) in the middle of an ingest loses nothing that
was committed, leaves nothing half-written, and holds no lock after its
death: the next writer of the same document goes through at once.

The writer is a real separate process on the test database, stopped by
the test once its paragraphs are written and before it commits.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from django.db import connection

from documents.models import Document, Paragraph, Version
from documents.sample_corpus import SAMPLE_CORPUS_DIR
from documents.services import ingest_version

ROOT = Path(__file__).resolve().parents[2]
EN = (SAMPLE_CORPUS_DIR / "A-RES-75-16.en.txt").read_bytes()
KEPT, KILLED = "A/RES/99/8", "A/RES/99/9"

WRITER = """
import sys, time
import django
django.setup()
from documents import services

store = services._store_content

def store_then_hang(version, parsed):
    store(version, parsed)
    print("stored, not committed", flush=True)
    time.sleep(120)

services._store_content = store_then_hang
services.ingest_version(raw=open(sys.argv[1], "rb").read(), symbol=sys.argv[2], language="en")
"""


def database_url() -> str:
    """The test database as a DATABASE_URL for another process."""
    s = connection.settings_dict
    host = s["HOST"] or s["OPTIONS"].get("host", "")
    port = f":{s['PORT']}" if s["PORT"] else ""
    auth = quote(s["USER"]) + (f":{quote(s['PASSWORD'])}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{quote(host, safe='')}{port}/{s['NAME']}"


def wait_for_line(process, deadline: float) -> str:
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if ready:
            return process.stdout.readline()
        if process.poll() is not None:
            break
    return ""


def test_a_writer_killed_before_its_commit_loses_nothing(transactional_db, tmp_path):
    ingest_version(raw=EN.replace(b"75/16. ", b"99/8. "), symbol=KEPT, language="en")
    kept = Paragraph.objects.filter(version__document__symbol=KEPT).count()
    source = tmp_path / "killed.txt"
    source.write_bytes(EN.replace(b"75/16. ", b"99/9. "))
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "true",
           "DATABASE_URL": database_url()}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(source), KILLED], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = wait_for_line(writer, time.monotonic() + 90)
        assert line.strip() == "stored, not committed", writer.stderr.read() if not line else line
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert writer.returncode == -signal.SIGKILL

    # what was committed is all there; nothing of the killed ingest is
    assert Paragraph.objects.filter(version__document__symbol=KEPT).count() == kept
    assert not Document.objects.filter(symbol=KILLED).exists()
    assert not Version.objects.filter(document__symbol=KILLED).exists()
    # its lock on the symbol died with it: the next writer is not kept waiting
    started = time.monotonic()
    result = ingest_version(raw=source.read_bytes(), symbol=KILLED, language="en")
    assert result.created and time.monotonic() - started < 20
