"""The database down, restarting or gone mid-request.

Pages answer a 503 page in the site's layout and the API a JSON 503 (not a
traceback, not a bare 500), and the site recovers by itself when the
database is back, without a restart. These tests make the database truly
unreachable (the connection pointed at a port nobody listens on, or its
server process terminated), with ``transactional_db`` so that no test
transaction is lost with the connection.
"""

from __future__ import annotations

import io
import socket
import sys
from contextlib import contextmanager

import psycopg
import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection

from config.errors import DATABASE_UNAVAILABLE, RETRY_AFTER_UNAVAILABLE
from documents import services
from documents.models import Paragraph, Version
from documents.sample_corpus import SAMPLE_CORPUS_DIR
from tests.api.conftest import make_staff, token_client

SYMBOL = "A/RES/99/3"
TEXT = (SAMPLE_CORPUS_DIR / "A-RES-75-16.en.txt").read_bytes().replace(b"75/16. ", b"99/3. ")
PAGES = ["/", f"/{SYMBOL}/", "/search/?q=Recalling"]
API = ["/api/v1/documents/", f"/api/v1/documents/{SYMBOL}/", f"/api/v1/documents/{SYMBOL}/en/",
       "/api/v1/search/?q=Recalling"]


@pytest.fixture
def corpus(transactional_db):
    services.ingest_version(raw=TEXT, symbol=SYMBOL, language="en")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def database_unreachable():
    """Point the connection at a port where no server listens, as when
    PostgreSQL is stopped; put it back on leaving."""
    settings = connection.settings_dict
    saved = (settings["HOST"], settings["PORT"], dict(settings["OPTIONS"]))
    connection.close()
    settings["OPTIONS"] = {k: v for k, v in saved[2].items() if k != "host"}
    settings["HOST"], settings["PORT"] = "127.0.0.1", str(free_port())
    try:
        yield
    finally:
        connection.close()
        settings["HOST"], settings["PORT"], settings["OPTIONS"] = saved


def terminate_backend_of(django_connection) -> None:
    """Kill the server process behind a live connection, from another one
    (what a PostgreSQL restart does to every open connection)."""
    pid = django_connection.connection.info.backend_pid
    with psycopg.connect(**django_connection.get_connection_params(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])


def assert_503_page(response):
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_UNAVAILABLE)
    html = response.content.decode()
    assert "The reading room is briefly unavailable" in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html  # the layout
    assert "Traceback" not in html and "OperationalError" not in html


def assert_503_json(response):
    assert response.status_code == 503
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"detail": DATABASE_UNAVAILABLE}
    assert response["Retry-After"] == str(RETRY_AFTER_UNAVAILABLE)


def test_database_stopped_pages_are_503_in_the_layout_and_recover(corpus, client):
    client.raise_request_exception = False
    with database_unreachable():
        for url in PAGES:
            assert_503_page(client.get(url))
    for url in PAGES:
        assert client.get(url).status_code == 200, url


def test_database_stopped_the_api_answers_json_503_and_recovers(corpus, client):
    client.raise_request_exception = False
    with database_unreachable():
        for url in API:
            assert_503_json(client.get(url))
        # a write too: the token cannot even be checked
        assert_503_json(client.post("/api/v1/documents/", {"text": "x"},
                                    content_type="application/json",
                                    HTTP_AUTHORIZATION="Token abc"))
    for url in API:
        assert client.get(url).status_code == 200, url


def test_the_503_is_logged_in_one_line(corpus, client, caplog):
    client.raise_request_exception = False
    with database_unreachable():
        client.get("/")
    records = [r for r in caplog.records if r.name == "concord.errors"]
    assert len(records) == 1
    assert records[0].getMessage().startswith("database unavailable for GET /: ")
    assert "\n" not in records[0].getMessage()


def test_a_connection_dropped_mid_request_is_a_503_then_the_next_request_works(corpus,
                                                                              client):
    """The server process behind the connection dies (a restart): that
    request gets a 503, the broken connection is dropped, the next one
    connects afresh."""
    client.raise_request_exception = False
    assert client.get(f"/{SYMBOL}/").status_code == 200
    connection.ensure_connection()
    terminate_backend_of(connection)
    assert_503_page(client.get("/"))
    assert client.get("/").status_code == 200
    connection.ensure_connection()
    terminate_backend_of(connection)
    assert_503_json(client.get("/api/v1/documents/"))
    assert client.get("/api/v1/documents/").status_code == 200


def wsgi_get(path: str) -> tuple[str, bytes]:
    """A request through Django's real WSGI handler, signals included (the
    test client skips the connection checks made at each request's start)."""
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "REMOTE_ADDR": "127.0.0.1",
        "wsgi.input": io.BytesIO(), "wsgi.errors": sys.stderr, "wsgi.url_scheme": "http",
        "wsgi.version": (1, 0), "wsgi.multithread": False, "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    status = []
    body = b"".join(WSGIHandler()(environ, lambda s, headers, exc=None: status.append(s)))
    return status[0], body


def test_a_kept_connection_killed_between_requests_costs_no_request_an_error(corpus):
    """With connections kept between requests (CONN_MAX_AGE, as in
    production) and health checks, a database restart between two requests
    is not seen at all: the dead connection is found before it is used."""
    settings = connection.settings_dict
    saved = settings["CONN_MAX_AGE"]
    connection.close()
    settings["CONN_MAX_AGE"] = 60
    try:
        status, _ = wsgi_get("/")
        assert status.startswith("200")
        assert connection.connection is not None  # kept for the next request
        terminate_backend_of(connection)
        status, _ = wsgi_get(f"/{SYMBOL}/")
        assert status.startswith("200")
    finally:
        connection.close()
        settings["CONN_MAX_AGE"] = saved


def test_database_lost_in_the_middle_of_an_ingest(transactional_db, django_user_model,
                                                  monkeypatch):
    """The connection dies after the paragraphs are written, before the
    commit: a JSON 503, no partial version, and the next ingest succeeds."""
    api = token_client(make_staff(django_user_model, "curator"))
    api.raise_request_exception = False
    store = services._store_content

    def store_then_lose_the_database(version, parsed):
        store(version, parsed)
        assert Paragraph.objects.filter(version=version).exists()  # written, not committed
        terminate_backend_of(connection)
        Version.objects.filter(pk=version.pk).update(title="after the crash")

    monkeypatch.setattr(services, "_store_content", store_then_lose_the_database)
    body = {"text": TEXT.decode(), "symbol": SYMBOL, "language": "en"}
    assert_503_json(api.post("/api/v1/documents/", body, format="json"))
    assert not Version.objects.filter(document__symbol=SYMBOL).exists()
    assert not Paragraph.objects.filter(version__document__symbol=SYMBOL).exists()

    monkeypatch.setattr(services, "_store_content", store)
    response = api.post("/api/v1/documents/", body, format="json")
    assert response.status_code == 201, response.content
    version = Version.objects.get(document__symbol=SYMBOL)
    assert Paragraph.objects.filter(version=version).count() == response.json()["paragraphs"]
