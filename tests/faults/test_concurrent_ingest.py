"""Two writers of the same new document at once.

Each thread has its own database connection (pytest-django's
``transactional_db``: nothing is wrapped in the test's transaction), and
the store step is slowed down so that both are inside their transactions
at the same time. Before the advisory lock on the symbol the loser hit the
unique constraint and got an ``IntegrityError`` traceback (a 500 from the
API); now it waits for the winner and is told "unchanged", or gets the
VERSION_EXISTS message when its text differs.
"""

from __future__ import annotations

import threading
import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from documents import services
from documents.ingest.errors import IngestError
from documents.models import Document, Paragraph, Version
from documents.sample_corpus import SAMPLE_CORPUS_DIR
from documents.services import VERSION_EXISTS, ingest_version
from tests.api.conftest import make_staff, token_client

SYMBOL = "A/RES/99/5"
TEXT = (SAMPLE_CORPUS_DIR / "A-RES-75-16.en.txt").read_bytes().replace(b"75/16. ", b"99/5. ")
OTHER_TEXT = TEXT.replace(b"Takes note", b"Takes careful note", 1)


@pytest.fixture
def slow_store(monkeypatch):
    """The store step takes a while, so the second writer arrives while the
    first is still inside its transaction."""
    store = services._store_content

    def slowly(*args, **kwargs):
        time.sleep(0.5)
        return store(*args, **kwargs)

    monkeypatch.setattr(services, "_store_content", slowly)


def at_once(*calls):
    """Run each call in its own thread, all released together; returns
    each call's result or the exception it raised, in order."""
    barrier = threading.Barrier(len(calls))
    outcomes: list = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            outcomes[index] = call()
        except Exception as error:  # noqa: BLE001 - the outcome under test
            outcomes[index] = error
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a writer never finished"
    return outcomes


def assert_one_clean_version(paragraphs: int):
    assert Document.objects.filter(symbol=SYMBOL).count() == 1
    version = Version.objects.get(document__symbol=SYMBOL)
    rows = Paragraph.objects.filter(version=version)
    assert rows.count() == paragraphs
    assert rows.values("anchor").distinct().count() == paragraphs
    return version


def ingest(raw):
    return lambda: ingest_version(raw=raw, symbol=SYMBOL, language="en")


def test_same_text_twice_at_once_one_creates_the_other_is_unchanged(transactional_db,
                                                                      slow_store):
    outcomes = at_once(ingest(TEXT), ingest(TEXT))
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    states = sorted((o.created, o.changed) for o in outcomes)
    assert states == [(False, False), (True, True)]
    assert_one_clean_version(outcomes[0].paragraphs)


def test_different_texts_at_once_the_loser_is_told_the_version_exists(transactional_db,
                                                                       slow_store):
    outcomes = at_once(ingest(TEXT), ingest(OTHER_TEXT))
    errors = [o for o in outcomes if isinstance(o, Exception)]
    results = [o for o in outcomes if not isinstance(o, Exception)]
    assert len(results) == 1 and results[0].created
    assert len(errors) == 1 and isinstance(errors[0], IngestError), errors
    assert str(errors[0]) == VERSION_EXISTS.format(symbol=SYMBOL, language="en")
    version = assert_one_clean_version(results[0].paragraphs)
    assert bytes(version.source) == (TEXT if outcomes[0] is results[0] else OTHER_TEXT)


def test_two_ingest_commands_at_once(transactional_db, slow_store, tmp_path):
    """The command's loser prints "unchanged", not a traceback."""
    source = tmp_path / "A-RES-99-5.en.txt"
    source.write_bytes(TEXT)

    def command():
        out = StringIO()
        call_command("ingest", str(source), stdout=out)
        return out.getvalue()

    outcomes = at_once(command, command)
    assert all(isinstance(o, str) for o in outcomes), outcomes
    assert sorted("created" in o for o in outcomes) == [False, True]
    assert sorted("unchanged" in o for o in outcomes) == [False, True]


def _curator_client(name: str):
    from django.contrib.auth import get_user_model

    return token_client(make_staff(get_user_model(), name))


@pytest.mark.parametrize("method", ["post", "put"])
def test_two_api_writers_at_once_never_get_a_500(transactional_db, slow_store, method):
    """POST twice (or PUT twice) the same new version: a 201 and a 200
    "unchanged", both JSON."""
    clients = [_curator_client("first"), _curator_client("second")]
    if method == "post":
        url, body = "/api/v1/documents/", {"text": TEXT.decode(), "symbol": SYMBOL,
                                           "language": "en"}
    else:
        url, body = f"/api/v1/documents/{SYMBOL}/en/", {"text": TEXT.decode()}

    def write(client):
        return lambda: getattr(client, method)(url, body, format="json")

    responses = at_once(*(write(c) for c in clients))
    assert not [r for r in responses if isinstance(r, Exception)], responses
    assert sorted(r.status_code for r in responses) == [200, 201]
    assert sorted(r.json()["state"] for r in responses) == ["created", "unchanged"]
    assert_one_clean_version(responses[0].json()["paragraphs"])


def test_two_api_writers_of_different_texts_at_once(transactional_db, slow_store):
    """POST two different texts: a 201 and a JSON 400 saying the version
    exists."""
    clients = [_curator_client("first"), _curator_client("second")]
    bodies = [{"text": raw.decode(), "symbol": SYMBOL, "language": "en"}
              for raw in (TEXT, OTHER_TEXT)]
    responses = at_once(*(
        (lambda c=c, b=b: c.post("/api/v1/documents/", b, format="json"))
        for c, b in zip(clients, bodies, strict=True)
    ))
    assert not [r for r in responses if isinstance(r, Exception)], responses
    assert sorted(r.status_code for r in responses) == [201, 400]
    refused = next(r for r in responses if r.status_code == 400)
    assert refused.json() == {"detail": VERSION_EXISTS.format(symbol=SYMBOL, language="en")}
