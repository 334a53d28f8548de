"""The reading view makes a constant number of queries whatever the
document's length or the number of languages; it answers conditional GETs
with 304 and serves its HTML from the cache until something it shows changes."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from config.throttling import QUERIES_PER_REQUEST

pytestmark = pytest.mark.django_db


def paragraphs(count: int, lang: str) -> list[tuple[str, str, str]]:
    words = {"en": "Recalling the report number {n},", "zh": "回顾第{n}号报告，",
             "ar": "إذ تشير إلى التقرير رقم {n}،"}[lang]
    half = count // 2
    return [("preambular", "", words.format(n=n)) for n in range(1, half + 1)] + [
        ("operative", str(n), words.format(n=n)) for n in range(1, count - half + 1)
    ]


@pytest.fixture
def short_and_long(make_version):
    for lang in ("en", "zh", "ar"):
        make_version("A/RES/5/5", lang, paragraphs(5, lang))
        make_version("A/RES/200/200", lang, paragraphs(200, lang))


def count_queries(client, url: str) -> int:
    from django.core.cache import cache, caches

    cache.clear()
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_length_or_languages(client, short_and_long):
    counts = {
        (symbol, langs): count_queries(client, f"/{symbol}/?langs={langs}")
        for symbol in ("A/RES/5/5", "A/RES/200/200")
        for langs in ("en", "en,zh,ar")
    }
    print("reading view queries:", counts)
    assert len(set(counts.values())) == 1, counts
    # the stamp, the document, the reads of the page (about 15), and storing
    # its gzip and brotli copies and its variant in the database cache (five
    # statements each in tests, a savepoint around each write)
    assert next(iter(counts.values())) <= 32


def test_library_query_count_is_constant(client, make_version):
    make_version("A/RES/9/1", "en", paragraphs(3, "en"))
    with CaptureQueriesContext(connection) as few:
        client.get("/")
    for n in range(2, 12):
        make_version(f"A/RES/9/{n}", "en", paragraphs(3, "en"))
        make_version(f"A/RES/9/{n}", "zh", paragraphs(3, "zh"))
    with CaptureQueriesContext(connection) as many:
        client.get("/")
    assert len(few) == len(many)


def test_a_cached_page_makes_only_the_freshness_queries(client, short_and_long):
    url = "/A/RES/200/200/?langs=en,zh,ar"
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second.content == first.content
    assert len(queries) <= 2 + QUERIES_PER_REQUEST  # the stamp, the page, the rate counter


def test_etag_gives_304(client, short_and_long):
    url = "/A/RES/5/5/?langs=en,ar"
    response = client.get(url)
    etag = response["ETag"]
    assert etag and response["Last-Modified"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code == 304
    assert client.get("/A/RES/5/5/?langs=ar,en", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_a_changed_version_changes_etag_and_cached_page(client, short_and_long):
    from documents.models import Version

    url = "/A/RES/5/5/?langs=en,zh"
    before = client.get(url)
    version = Version.objects.get(document__symbol="A/RES/5/5", language="zh")
    version.title = "新的标题"
    version.save()
    after = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert "新的标题" in after.content.decode()


def test_a_curator_link_change_invalidates_the_page(client, short_and_long):
    from alignment.models import Link

    url = "/A/RES/5/5/?langs=en,zh"
    before = client.get(url)
    assert "status-checked" not in before.content.decode()
    link = Link.objects.filter(version__document__symbol="A/RES/5/5",
                               version__language="zh").first()
    link.checked = True
    link.save()
    after = client.get(url)
    assert "status-checked" in after.content.decode()
