"""Pages are throttled like the API, counted in the shared cache: the
reading room at the ``pages`` rate, /search/ at the stricter ``search``
rate, shared with the search API. Past the rate: 429 with Retry-After, a
page in the site's layout (JSON under /api/); a reader throttled for
searching still reads."""

from __future__ import annotations

import pytest
from django.core.cache import cache, caches

from config.throttling import hit, parse_rate

SEARCH = "/search/?q=Recalling"
API_SEARCH = "/api/v1/search/?q=Recalling"


@pytest.fixture
def rates(settings):
    def set_rates(**rates):
        settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, **rates}

    return set_rates


def statuses(client, url, times):
    return [client.get(url).status_code for _ in range(times)]


def test_pages_are_throttled_with_a_429_page(client, db, rates):
    rates(pages="3/minute")
    assert statuses(client, "/", 3) == [200, 200, 200]
    response = client.get("/A/RES/1/1/")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    html = response.content.decode()
    assert "Too many requests" in html and 'class="site-header"' in html
    assert f"wait {response['Retry-After']} second" in html


def test_search_is_stricter_and_does_not_stop_reading(client, resolution, rates):
    rates(pages="10/minute", search="2/minute")
    assert statuses(client, SEARCH, 3) == [200, 200, 429]
    assert statuses(client, "/", 2) == [200, 200]
    assert client.get("/A/RES/1/1/").status_code == 200


def test_the_search_page_and_the_search_api_share_one_count(client, resolution, rates):
    rates(search="2/minute")
    assert client.get(SEARCH).status_code == 200
    assert client.get(API_SEARCH).status_code == 200
    page, api = client.get(SEARCH), client.get(API_SEARCH)
    assert page.status_code == 429 and "Retry-After" in page
    assert api.status_code == 429 and api.json()["detail"].startswith("Request was throttled")


def test_api_reads_do_not_use_up_the_pages(client, db, rates):
    rates(pages="2/minute", anon="100/minute")
    assert statuses(client, "/api/v1/documents/", 5) == [200] * 5
    assert statuses(client, "/", 2) == [200, 200]


def test_static_files_and_the_admin_are_not_counted(client, db, rates):
    rates(pages="1/minute")
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/").status_code == 200


def test_clients_are_counted_apart(client, db, rates):
    rates(pages="1/minute")
    assert client.get("/", REMOTE_ADDR="10.0.0.1").status_code == 200
    assert client.get("/", REMOTE_ADDR="10.0.0.2").status_code == 200
    assert client.get("/", REMOTE_ADDR="10.0.0.1").status_code == 429


def test_a_forwarded_for_header_is_not_trusted_by_default(client, db, rates):
    """A client cannot pose as many by sending X-Forwarded-For."""
    rates(pages="1/minute")
    assert client.get("/", HTTP_X_FORWARDED_FOR="1.1.1.1").status_code == 200
    assert client.get("/", HTTP_X_FORWARDED_FOR="2.2.2.2").status_code == 429


def test_the_count_lives_in_the_shared_cache_not_in_the_process(client, db, rates):
    """Clearing this process's own cache forgets nothing: the count is a
    row of the shared database cache, which every worker reads."""
    rates(pages="2/minute")
    assert statuses(client, "/", 2) == [200, 200]
    cache.clear()
    assert client.get("/").status_code == 429
    assert caches["shared"].__class__.__name__ == "DatabaseCache"


def test_the_window_ends_and_retry_after_says_when(db, settings):
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "pages": "2/minute"}
    start = 6000.0  # the start of a minute
    assert hit("pages", "client", now=start) is None
    assert hit("pages", "client", now=start + 1) is None
    assert hit("pages", "client", now=start + 20) == pytest.approx(40)
    assert hit("pages", "client", now=start + 60) is None  # the next minute


@pytest.mark.parametrize("rate, parsed", [("600/minute", (600, 60)), ("10/s", (10, 1)),
                                          ("5000/day", (5000, 86400)), ("1/hour", (1, 3600))])
def test_rates_are_read_as_drf_writes_them(rate, parsed):
    assert parse_rate("pages", rate) == parsed


def test_a_bad_rate_is_refused_with_its_scope():
    with pytest.raises(ValueError, match="'600 a minute' of scope 'pages'"):
        parse_rate("pages", "600 a minute")



def test_the_counters_are_unlogged(db):
    """A counter is worth nothing after a crash: its table is UNLOGGED, so a
    cached page's count commits without a WAL flush (migration 0005)."""
    from django.conf import settings
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relpersistence FROM pg_class WHERE relname = %s",
            [settings.CACHES["shared"]["LOCATION"]],
        )
        assert cursor.fetchone() == ("u",)


def test_a_large_rate_is_written_every_few_requests_and_still_holds(db, settings):
    """600/minute: a worker writes its count every 10 requests (one query
    instead of ten); the client past the rate is refused all the same, at
    most a batch late."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from config.throttling import batch_size

    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "pages": "600/minute"}
    assert batch_size(600) == 10 and batch_size(60) == 1
    with CaptureQueriesContext(connection) as queries:
        answers = [hit("pages", "203.0.113.9", now=60.0) for _ in range(20)]
    assert answers == [None] * 20
    assert len([q for q in queries.captured_queries if "throttle" in q["sql"]
                or "INSERT" in q["sql"]]) == 2
    refused = [hit("pages", "203.0.113.9", now=61.0) for _ in range(600)]
    first = refused.index(next(wait for wait in refused if wait is not None))
    assert 580 <= first <= 590  # 600 in all, found within one batch
