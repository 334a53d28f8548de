"""The reading view's cached pages, served before the rest of Django's
request cycle.

A cached page is the same bytes for every anonymous reader asking the same
variant, so it needs none of what the middleware after this one does for a
view: no session (an anonymous reader has none), no CSRF token (cached
pages have no form that posts), no user, no messages, no URL resolution
beyond knowing the path is a reading view's. This middleware sits right
after the throttle (every page is still counted) and answers a hit, or a
304, from ``page_cache.serve_variant``; anything else (a miss, a curator, the
translation memory, "go to paragraph", another page of the site) goes on
to the view as before, which renders and stores the page.

What the later middleware would have added to a hit is added here: the
interface language it would have chosen (``Content-Language``, and the
key), ``Vary`` and ``X-Frame-Options`` (the latter by
``XFrameOptionsMiddleware``, which settings place before this one).
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation

from config import errors
from config.errors import DATABASE_ERRORS

from . import page_cache

READING_VIEW = "reading"
PATH_KEPT_MAX = 200  # characters: longer paths are resolved each time, not kept
NOT_KEPT = object()
# at most this many signatures a process, each of at most this many
# characters (a few MB in all, whatever the headers clients send)
VARIANTS_KEPT = 10_000
SIGNATURE_KEPT_MAX = 400


def reading_symbol(path: str) -> str | None:
    """The symbol of a reading-view path (``/A/RES/75/16/`` ->
    ``A/RES/75/16``), None for any other page. Paths are resolved once per
    process (the URLconf does not change while it runs); a path longer than
    any symbol's is resolved each time, not kept."""
    return _resolved(path) if len(path) <= PATH_KEPT_MAX else _resolved.__wrapped__(path)



@lru_cache(maxsize=4096)
def _resolved(path: str) -> str | None:
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.kwargs.get("symbol") if match.url_name == READING_VIEW else None


class CachedPagesMiddleware:
    """Answers a cached reading page, or its 304, for an anonymous reader.

    What a request's page is (``page_cache.Variant``: the languages, marks,
    page, interface language and origin) is worked out once per distinct
    request signature (path, query string, language cookie,
    Accept-Language, origin) and kept (``variants``), so a hit does not
    parse the query string or the language headers again; the origin is
    read from every request, so Django still checks its host. A signature
    longer than ``SIGNATURE_KEPT_MAX`` characters is worked out each time.
    A database that cannot be reached gets the 503 the view would give (one
    line in the log), at once: the view would only try it again."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.variants: dict[tuple, page_cache.Variant | None] = {}

    def __call__(self, request):
        response = self.cached(request)
        return response if response is not None else self.get_response(request)

    def cached(self, request):
        if not page_cache.shared(request):
            return None
        symbol = reading_symbol(request.path_info)
        if symbol is None:
            return None
        page_variant = self.variant(request)
        if page_variant is None:
            return None
        try:
            response = page_cache.serve_variant(request, symbol, page_variant)
        except DATABASE_ERRORS as error:  # the 503 the view would give, without trying again
            with translation.override(page_variant.interface or None):
                return errors.database_unavailable(request, error)
        if response is not None:
            response.headers["Content-Language"] = page_variant.interface
        return response

    def variant(self, request) -> page_cache.Variant | None:
        """The page the request asks for; None for a request the cache does
        not answer (the translation memory, "go to paragraph")."""
        origin = f"{request.scheme}://{request.get_host()}"
        signature = (request.path, request.META.get("QUERY_STRING", ""),
                     request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) or "",
                     request.META.get("HTTP_ACCEPT_LANGUAGE", ""), origin)
        kept = self.variants.get(signature, NOT_KEPT)
        if kept is not NOT_KEPT:
            return kept
        found = None
        if page_cache.cacheable(request):
            found = page_cache.variant(
                request, marks=page_cache.anonymous_marks(request),
                interface=translation.get_language_from_request(request),
            )
        if sum(map(len, signature)) <= SIGNATURE_KEPT_MAX:  # long ones: worked out each time
            if len(self.variants) >= VARIANTS_KEPT:  # many query strings: start again
                self.variants.clear()
            self.variants[signature] = found
        return found

