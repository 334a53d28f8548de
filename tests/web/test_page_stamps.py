"""A worker trusts a document's freshness stamp for PAGE_STAMP_SECONDS
(documents.web.page_cache.RecentStamps): a cached page it served lately
costs no query of its own, a write it made is seen at once, a write made
elsewhere once that time is over. (The rest of the suite runs with 0.)"""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from documents.web import page_cache
from tests.web.test_page_cache import URL, page_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def trusted_stamps(settings, monkeypatch):
    """Stamps trusted 60 s, on a clock the test moves (``clock[0]``)."""
    settings.PAGE_STAMP_SECONDS = 60
    clock = [1000.0]
    monkeypatch.setattr(page_cache.time, "monotonic", lambda: clock[0])
    page_cache._stamps.entries.clear()
    yield clock
    page_cache._stamps.entries.clear()


def test_a_page_served_lately_costs_no_query_of_its_own(client, resolution, trusted_stamps):
    first = client.get(URL)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(URL)
    assert second.status_code == 200
    assert second["ETag"] == first["ETag"]
    assert page_queries(queries) == []  # only the rate counter's upsert


def test_a_write_this_worker_commits_is_seen_at_once(
    client, resolution, trusted_stamps, django_capture_on_commit_callbacks
):
    from documents.changes import document_changed

    before = client.get(URL)["ETag"]
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            document_changed(resolution.pk)
    assert client.get(URL)["ETag"] != before


def test_a_write_made_elsewhere_is_seen_once_the_time_is_over(client, resolution, trusted_stamps):
    from alignment.models import Link

    before = client.get(URL)["ETag"]
    # another worker's write: no announcement reaches this process
    Link.objects.filter(version__document=resolution).update(checked=True)
    trusted_stamps[0] += 59
    assert client.get(URL)["ETag"] == before
    trusted_stamps[0] += 2
    assert client.get(URL)["ETag"] != before


def test_unknown_symbols_are_not_remembered(client, db, trusted_stamps):
    assert client.get("/A/RES/1/1/").status_code == 404
    assert page_cache._stamps.entries == {}
