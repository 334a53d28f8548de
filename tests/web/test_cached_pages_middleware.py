"""Cached reading pages answered before the rest of Django's request cycle
(``documents.web.page_cache_middleware``), and their refinement to the
compression static files get (``page_cache.refine``, ``Refiner``)."""

from __future__ import annotations

import threading

import pytest
from django.test import RequestFactory

from documents.web import page_cache
from documents.web.page_cache_middleware import CachedPagesMiddleware, reading_symbol

from .test_page_cache import URL, html_of

pytestmark = pytest.mark.django_db

SAME_HEADERS = (
    "Content-Type", "Content-Encoding", "Content-Length", "ETag", "Last-Modified", "Cache-Control",
    "Vary", "Content-Language", "X-Frame-Options", "Content-Security-Policy",
    "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy",
)


def went_on(request):
    raise AssertionError(f"{request.get_full_path()} went on past the cached pages middleware")


def early(request):
    return CachedPagesMiddleware(went_on)(request)


def test_a_cached_page_is_answered_before_sessions_urls_and_the_view(client, resolution):
    rendered = client.get(URL, HTTP_ACCEPT_ENCODING="gzip, br")
    request = RequestFactory().get(URL, HTTP_ACCEPT_ENCODING="gzip, br")
    response = early(request)
    assert response.status_code == 200
    assert response["ETag"] == rendered["ETag"]
    assert html_of(response) == html_of(rendered)
    assert not hasattr(request, "session") and not hasattr(request, "user")


def test_the_early_answer_has_the_headers_of_the_rendered_page(client, resolution):
    rendered = client.get(URL, HTTP_ACCEPT_ENCODING="gzip, br")
    cached = client.get(URL, HTTP_ACCEPT_ENCODING="gzip, br")
    assert cached.content == rendered.content
    for name in SAME_HEADERS:
        assert cached.get(name) == rendered.get(name), name
    assert rendered["X-Frame-Options"] == "DENY"
    assert rendered["Content-Language"] == "en"
    assert cached["Content-Length"] == str(len(cached.content))


def test_a_conditional_get_is_answered_early_too(client, resolution):
    rendered = client.get(URL)
    request = RequestFactory().get(URL, HTTP_IF_NONE_MATCH=rendered["ETag"])
    assert early(request).status_code == 304


def test_the_interface_language_chooses_the_cached_page(client, resolution, settings):
    from django.conf import settings as live

    client.cookies[live.LANGUAGE_COOKIE_NAME] = "fr"
    french = client.get(URL)
    assert french["Content-Language"] == "fr" and '<html lang="fr"' in html_of(french)
    request = RequestFactory().get(URL, HTTP_ACCEPT_LANGUAGE="ar")
    with pytest.raises(AssertionError, match="went on"):
        early(request)  # the Arabic page is not cached yet: rendered, not the French one
    request = RequestFactory().get(URL)
    request.COOKIES[live.LANGUAGE_COOKIE_NAME] = "fr"
    response = early(request)
    assert response["Content-Language"] == "fr" and html_of(response) == html_of(french)


@pytest.mark.parametrize("asked", [
    f"{URL}&memory=1",  # the translation memory is rendered for its request
    f"{URL}&go=3",  # "go to paragraph" redirects
])
def test_requests_the_cache_does_not_answer_go_on(client, resolution, asked):
    client.get(URL)
    with pytest.raises(AssertionError, match="went on"):
        early(RequestFactory().get(asked))


def test_a_reader_with_a_session_goes_on(client, resolution):
    from django.conf import settings as live

    client.get(URL)
    request = RequestFactory().get(URL)
    request.COOKIES[live.SESSION_COOKIE_NAME] = "some-session"
    with pytest.raises(AssertionError, match="went on"):
        early(request)


def test_only_reading_view_paths_are_looked_up():
    assert reading_symbol("/A/RES/75/16/") == "A/RES/75/16"
    assert reading_symbol("/S/PV.7050/") == "S/PV.7050"
    for other in ("/", "/search/", "/language/", "/A/RES/75/16/changes/", "/api/v1/documents/",
                  "/admin/", "/A/RES/75/16"):
        assert reading_symbol(other) is None, other


def test_refine_stores_both_encodings_at_the_best_level(client, resolution):
    fast = client.get(URL, HTTP_ACCEPT_ENCODING="gzip, br")
    html = html_of(fast).encode()
    key = page_cache.key_of(fast["ETag"].strip('"'))
    page_cache.refine(key, html)
    for encoding in ("br", "gzip"):
        stored = page_cache.pages_cache().get(f"{key}:{encoding}")
        assert stored.refined
        assert page_cache.decompress(stored.body, encoding) == html
    refined = client.get(URL, HTTP_ACCEPT_ENCODING="gzip, br")
    assert html_of(refined) == html_of(fast)
    assert len(refined.content) < len(fast.content)


class Recorder:
    def __init__(self):
        self.asked = []

    def ask(self, key, encoding, body):
        self.asked.append((key, encoding))


def test_a_fast_copy_is_sent_to_refinement_and_a_refined_one_is_not(client, resolution,
                                                                    monkeypatch):
    recorder = Recorder()
    monkeypatch.setattr(page_cache, "_refiner", recorder)
    first = client.get(URL, HTTP_ACCEPT_ENCODING="gzip, br")  # rendered and stored fast
    assert recorder.asked == []  # a page asked once is not worth brotli 11
    client.get(URL, HTTP_ACCEPT_ENCODING="gzip, br")  # asked again: served fast
    key = page_cache.key_of(first["ETag"].strip('"'))
    assert recorder.asked == [(key, "br")]
    page_cache.refine(key, html_of(first).encode())
    client.get(URL, HTTP_ACCEPT_ENCODING="gzip, br")
    client.get(URL, HTTP_ACCEPT_ENCODING="gzip")
    assert len(recorder.asked) == 1


def test_the_refiner_refines_a_page_once_at_a_time_off_the_request(settings, monkeypatch):
    settings.PAGE_REFINE = True
    started, release = threading.Event(), threading.Event()
    refined = []

    def slow_refine(key, html):
        refined.append((key, html, threading.current_thread().name))
        started.set()
        release.wait(5)

    monkeypatch.setattr(page_cache, "refine", slow_refine)
    refiner = page_cache.Refiner()
    body = page_cache.compress("<p>page</p>", ("gzip",))["gzip"]
    refiner.ask("k", "gzip", body)
    assert started.wait(5)
    refiner.ask("k", "gzip", body)  # asked again while it is being refined: not again
    release.set()
    refiner.executor.shutdown(wait=True)
    assert [(k, h) for k, h, _thread in refined] == [("k", b"<p>page</p>")]
    assert refined[0][2].startswith("page-refine")
    assert refiner.waiting == set()


def test_the_refiner_is_off_when_settings_say_so(settings, monkeypatch):
    settings.PAGE_REFINE = False
    refiner = page_cache.Refiner()
    refiner.ask("k", "gzip", page_cache.compress("<p>page</p>", ("gzip",))["gzip"])
    assert refiner.executor is None and refiner.waiting == set()


def test_the_middleware_sits_after_the_throttle_and_before_sessions():
    from django.conf import settings

    chain = list(settings.MIDDLEWARE)
    at = chain.index("documents.web.page_cache_middleware.CachedPagesMiddleware")
    assert chain.index("config.middleware.ThrottleMiddleware") < at  # every page counted
    assert chain.index("django.middleware.clickjacking.XFrameOptionsMiddleware") < at
    assert at < chain.index("django.contrib.sessions.middleware.SessionMiddleware")


def test_the_variants_kept_tell_requests_apart(client, resolution):
    from django.core.exceptions import DisallowedHost

    client.get(URL)
    client.get(URL, HTTP_ACCEPT_LANGUAGE="fr")
    middleware = CachedPagesMiddleware(went_on)  # one instance: its kept variants serve all
    english = middleware(RequestFactory().get(URL))
    french = middleware(RequestFactory().get(URL, HTTP_ACCEPT_LANGUAGE="fr"))
    again = middleware(RequestFactory().get(URL))
    assert english["Content-Language"] == again["Content-Language"] == "en"
    assert french["Content-Language"] == "fr"
    assert html_of(english) == html_of(again) != html_of(french)
    with pytest.raises(DisallowedHost):  # the host is checked on every request
        middleware(RequestFactory().get(URL, HTTP_HOST="evil.example"))
    with pytest.raises(AssertionError, match="went on"):
        middleware(RequestFactory().get(f"{URL}&memory=1"))
    with pytest.raises(AssertionError, match="went on"):  # and again, from what is kept
        middleware(RequestFactory().get(f"{URL}&memory=1"))


@pytest.mark.parametrize("other", [
    "/A/RES/1/1/?langs=en,zh",  # other languages
    f"{URL}&confidence=show",  # the marks
    f"{URL}&page=2",  # another page of rows (here: the last one)
])
def test_the_variants_kept_tell_queries_apart(client, resolution, other):
    client.get(URL)
    client.get(other)
    middleware = CachedPagesMiddleware(went_on)
    first = middleware(RequestFactory().get(URL))
    second = middleware(RequestFactory().get(other))
    assert first["ETag"] != second["ETag"]
    assert html_of(middleware(RequestFactory().get(URL))) == html_of(first)


def test_the_variants_kept_tell_hosts_apart(client, resolution):
    client.get(URL, HTTP_HOST="localhost")
    client.get(URL, HTTP_HOST="127.0.0.1")
    middleware = CachedPagesMiddleware(went_on)
    local = html_of(middleware(RequestFactory().get(URL, HTTP_HOST="localhost")))
    loopback = html_of(middleware(RequestFactory().get(URL, HTTP_HOST="127.0.0.1")))
    assert "http://localhost/A/RES/1/1/" in local and "http://127.0.0.1/" not in local
    assert "http://127.0.0.1/A/RES/1/1/" in loopback and "http://localhost/" not in loopback


def test_long_signatures_are_served_but_not_kept(client, resolution):
    from documents.web.page_cache_middleware import SIGNATURE_KEPT_MAX

    accept = "en;q=0.9, " + ", ".join(f"x-{n};q=0.1" for n in range(SIGNATURE_KEPT_MAX // 8))
    client.get(URL, HTTP_ACCEPT_LANGUAGE=accept)
    middleware = CachedPagesMiddleware(went_on)
    assert middleware(RequestFactory().get(URL, HTTP_ACCEPT_LANGUAGE=accept)).status_code == 200
    assert middleware.variants == {}
    middleware(RequestFactory().get(URL))
    assert len(middleware.variants) == 1


def test_a_database_out_of_reach_is_a_503_at_once(client, resolution, monkeypatch, caplog):
    """The 503 the view would give, in the reader's language, logged in one
    line: not a traceback, and not a second try through the view."""
    from django.db import OperationalError

    client.get(URL)

    def unreachable(*args, **kwargs):
        raise OperationalError("the database is restarting")

    monkeypatch.setattr(page_cache, "serve_variant", unreachable)
    with caplog.at_level("ERROR"):
        response = early(RequestFactory().get(URL, HTTP_ACCEPT_LANGUAGE="fr"))
    assert response.status_code == 503 and response["Retry-After"]
    assert 'lang="fr"' in response.content.decode()
    assert [r.getMessage() for r in caplog.records] == [
        f"database unavailable for GET {URL.split('?')[0]}: the database is restarting"]
    assert not any(r.exc_info for r in caplog.records)


def test_go_and_memory_are_decided_in_one_place():
    factory = RequestFactory()
    assert page_cache.cacheable(factory.get(URL))
    assert page_cache.cacheable(factory.get(f"{URL}&go="))  # nothing asked: the page itself
    assert not page_cache.cacheable(factory.get(f"{URL}&go=5"))
    assert not page_cache.cacheable(factory.get(f"{URL}&memory=1"))
    assert page_cache.cacheable(factory.get(f"{URL}&memory=0"))
    assert not page_cache.cacheable(factory.post(URL))


def test_only_short_paths_are_kept():
    from documents.web.page_cache_middleware import PATH_KEPT_MAX, _resolved

    _resolved.cache_clear()
    long_path = "/A/RES/" + "9" * PATH_KEPT_MAX + "/"
    assert reading_symbol(long_path) == long_path.strip("/")
    assert reading_symbol("/A/RES/75/16/") == "A/RES/75/16"
    assert _resolved.cache_info().currsize == 1
