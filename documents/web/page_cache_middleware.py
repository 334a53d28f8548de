"""The reading view's cached pages, served before the rest of Django's
request cycle.

A cached page is the same bytes for every anonymous reader asking the same
variant, so it needs none of what the middleware after this one does for a
view: no session (an anonymous reader has none), no CSRF token (cached
pages have no form that posts), no user, no messages, no URL resolution
beyond knowing the path is a reading view's. This middleware sits right
after the throttle (every page is still counted) and answers a hit, or a
304, from ``page_cache.serve``; anything else (a miss, a curator, the
translation memory, "go to paragraph", another page of the site) goes on
to the view as before, which renders and stores the page.

What the later middleware would have added to a hit is added here: the
interface language it would have chosen (``Content-Language``, and the
key), ``Vary`` and ``X-Frame-Options`` (the latter by
``XFrameOptionsMiddleware``, which settings place before this one).
"""

from __future__ import annotations

from functools import lru_cache

from django.urls import Resolver404, resolve
from django.utils import translation

from . import memory as reading_memory
from . import page_cache

READING_VIEW = "reading"


@lru_cache(maxsize=4096)
def reading_symbol(path: str) -> str | None:
    """The symbol of a reading-view path (``/A/RES/75/16/`` ->
    ``A/RES/75/16``), None for any other page. Paths are resolved once per
    process (the URLconf does not change while it runs)."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.kwargs.get("symbol") if match.url_name == READING_VIEW else None


class CachedPagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.cached(request)
        return response if response is not None else self.get_response(request)

    @staticmethod
    def cached(request):
        if not page_cache.shared(request):
            return None
        symbol = reading_symbol(request.path_info)
        if symbol is None or reading_memory.asked_memory(request) is not None:
            return None
        interface = translation.get_language_from_request(request)
        response = page_cache.serve(request, symbol, interface=interface)
        if response is not None:
            response.headers["Content-Language"] = interface
        return response
