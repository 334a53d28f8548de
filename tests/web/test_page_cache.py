"""The reading view's shared page cache and its freshness stamp.

A cached page costs two queries (the stamp, the stored page) and no
aggregate; every write a reader can see gives the page a new ETag; pages are
stored compressed and served as the request accepts; curators' pages are
never shared; warming after a write stores the pages readers asked for."""

from __future__ import annotations

import gzip
import re

import brotli
import pytest
from django.core.cache import caches
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from config.throttling import SHARED_CACHE

pytestmark = pytest.mark.django_db

URL = "/A/RES/1/1/?langs=en,zh,ar"
AGGREGATE = re.compile(r"\b(COUNT|MAX|MIN|SUM|AVG)\s*\(", re.IGNORECASE)


def page_queries(queries) -> list[str]:
    """The queries of a request, without the rate counter's upsert."""
    shared_table = caches[SHARED_CACHE]._table
    return [q["sql"] for q in queries.captured_queries if shared_table not in q["sql"]]


def html_of(response) -> str:
    body = response.content
    encoding = response.get("Content-Encoding", "")
    if encoding == "gzip":
        body = gzip.decompress(body)
    elif encoding == "br":
        body = brotli.decompress(body)
    return body.decode()


def test_a_cache_hit_is_two_queries_and_no_aggregate(client, resolution):
    first = client.get(URL)
    assert first.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        second = client.get(URL)
    sql = page_queries(queries)
    assert second.status_code == 200
    assert html_of(second) == html_of(first)
    assert len(sql) <= 2, sql
    assert not [q for q in sql if AGGREGATE.search(q)], sql
    assert not [q for q in sql if "documents_version" in q or "alignment_link" in q], sql


def test_a_conditional_get_that_matches_is_one_query(client, resolution):
    etag = client.get(URL)["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert len(page_queries(queries)) == 1


@pytest.mark.parametrize("accept, encoding", [
    ("gzip, deflate, br", "br"),
    ("gzip", "gzip"),
    ("", ""),
])
def test_compressed_pages_decode_to_the_same_html(client, resolution, accept, encoding):
    plain = html_of(client.get(URL))
    response = client.get(URL, HTTP_ACCEPT_ENCODING=accept)
    assert response.get("Content-Encoding", "") == encoding
    assert "Accept-Encoding" in response["Vary"]
    assert html_of(response) == plain
    assert "A/RES/1/1" in plain


def test_the_miss_is_served_compressed_too(client, resolution):
    response = client.get(URL, HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert "<html" in html_of(response)


def _etag(client, url: str = URL) -> str:
    return client.get(url)["ETag"]


def test_a_new_version_changes_the_etag(client, resolution, make_version):
    before = _etag(client, "/A/RES/1/1/")
    make_version("A/RES/1/1", "fr", [("operative", "1", "Prend note du rapport ;")])
    assert _etag(client, "/A/RES/1/1/") != before


def test_a_link_check_changes_the_etag_of_page_and_api(client, resolution):
    """The admin's bulk "mark checked" writes no row through a service: the
    stamp moves anyway (a trigger on the links), for the page and the API."""
    from alignment.models import Link

    api_url = "/api/v1/documents/A/RES/1/1/aligned/?langs=en,zh"
    before, api_before = _etag(client), _etag(client, api_url)
    Link.objects.filter(version__document=resolution, version__language="zh").update(
        checked=True)
    assert _etag(client) != before
    assert _etag(client, api_url) != api_before
    assert "status-checked" in html_of(client.get("/A/RES/1/1/?langs=en,zh"))


def test_a_curation_service_announcing_a_change_changes_the_etag(client, resolution):
    from documents.changes import document_changed

    before = _etag(client)
    with transaction.atomic():
        document_changed(resolution.pk)
    assert _etag(client) != before


def test_a_document_save_never_moves_the_stamp_back(resolution):
    """A Document read before a bump and saved after it must not restore the
    old revision (its pages would get an old ETag back)."""
    from documents.changes import bump_revisions
    from documents.models import Document

    stale = Document.objects.get(pk=resolution.pk)
    bump_revisions([resolution.pk])
    bumped = Document.objects.get(pk=resolution.pk).revision
    stale.save()
    assert Document.objects.get(pk=resolution.pk).revision > bumped


CITING = """General Assembly

Resolution adopted by the General Assembly on 1 December 2020

2/2. Cooperation between organizations

The General Assembly,

Recalling its resolution 1/1 of 25 September 2015,

Noting the report of the Secretary-General,

1. Takes note of the report of the Secretary-General;

2. Decides to remain seized of the matter.
"""


def test_a_new_citing_document_changes_the_cited_page(client, resolution,
                                                      django_capture_on_commit_callbacks):
    from documents.models import Reference
    from documents.services import ingest_version

    before = client.get("/A/RES/1/1/?langs=en")
    assert "A/RES/2/2" not in html_of(before)
    with django_capture_on_commit_callbacks(execute=True):
        ingest_version(raw=CITING.encode(), symbol="A/RES/2/2", language="en",
                       kind="resolution")
    assert Reference.objects.filter(version__document__symbol="A/RES/2/2",
                                    target=resolution).exists()
    after = client.get("/A/RES/1/1/?langs=en", HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert 'href="/A/RES/2/2/"' in html_of(after)  # "cited by"


def test_withdrawing_a_citing_version_changes_the_cited_page(client, resolution,
                                                             django_capture_on_commit_callbacks):
    from documents.services import ingest_version, set_status

    with django_capture_on_commit_callbacks(execute=True):
        citing = ingest_version(raw=CITING.encode(), symbol="A/RES/2/2", language="en",
                                kind="resolution").version
    before = client.get("/A/RES/1/1/?langs=en")
    assert 'href="/A/RES/2/2/"' in html_of(before)
    with django_capture_on_commit_callbacks(execute=True):
        set_status(version=citing, published=False)
    after = client.get("/A/RES/1/1/?langs=en")
    assert after["ETag"] != before["ETag"]
    assert 'href="/A/RES/2/2/"' not in html_of(after)


def test_staff_pages_are_never_shared(client, resolution, django_user_model):
    staff = django_user_model.objects.create_user("curator", password="x", is_staff=True)
    client.force_login(staff)
    response = client.get(URL)
    assert "private" in response["Cache-Control"]
    assert "show-marks" in html_of(response)  # curators see the marks
    client.logout()
    anonymous = client.get(URL)
    assert "show-marks" not in html_of(anonymous)
    assert "private" not in anonymous["Cache-Control"]


def test_a_write_warms_the_pages_readers_asked_for(client, resolution,
                                                   django_capture_on_commit_callbacks):
    from documents.changes import document_changed

    client.get(URL)
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            document_changed(resolution.pk)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    assert response.status_code == 200
    assert len(page_queries(queries)) <= 2  # served from the warmed cache, not rendered


def test_a_shared_page_prints_nothing_of_the_request_beyond_its_key(client, resolution):
    """Parameters the key ignores must not reach the stored page (where the
    next reader would get them): the interface switcher's way back is the
    normalised address."""
    html = html_of(client.get("/A/RES/1/1/?langs=en,zh&utm_source=evil-campaign"))
    assert "evil-campaign" not in html
    assert "langs%3Den%2Czh" in html or "langs=en,zh" in html


def test_the_other_encoding_is_made_from_the_stored_copy_not_rendered(client, resolution):
    gzip_page = client.get(URL, HTTP_ACCEPT_ENCODING="gzip")
    with CaptureQueriesContext(connection) as queries:
        br_page = client.get(URL, HTTP_ACCEPT_ENCODING="gzip, br")
    assert br_page["Content-Encoding"] == "br"
    assert html_of(br_page) == html_of(gzip_page)
    assert not [q for q in page_queries(queries) if "documents_paragraph" in q]
