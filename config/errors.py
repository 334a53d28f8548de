"""Error responses at the edge of the site, in one place: JSON under
``/api/`` (``{"detail": "..."}``, as every other API answer), the site's
layout elsewhere.

Django calls these as ``handler400`` and ``handler500`` (config.urls) and
``config.middleware`` calls them for a database that cannot be reached and
for bodies or clients over their limits. They never query the database
(at most they close a broken connection): they must work when it is the
thing that failed.
"""

from __future__ import annotations

import logging
import sys

from django.core.exceptions import RequestDataTooBig
from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.views import defaults

logger = logging.getLogger("concord.errors")

SERVER_ERROR = "internal server error; the error was logged"
DATABASE_UNAVAILABLE = "the database cannot be reached; try again in a minute"
BODY_TOO_LARGE = "the request body is {size} bytes; the limit is {limit} bytes"
BODY_TOO_LARGE_UNKNOWN = "the request body is over the limit of {limit} bytes"
BAD_REQUEST = "bad request"
THROTTLED = "too many requests; try again in {wait} seconds"

# What a database that is down, restarting or unreachable raises.
DATABASE_ERRORS = (OperationalError, InterfaceError)
# Seconds a client is asked to wait before trying again after a 503.
RETRY_AFTER_UNAVAILABLE = 30


def is_api(request) -> bool:
    return request.path.startswith("/api/")


def _page(template: str, context: dict, status: int) -> HttpResponse:
    """A page in the site's layout, rendered without the request (so no
    context processor, no session, no database)."""
    return HttpResponse(render_to_string(template, context), status=status)


def database_unavailable(request, error: Exception | None = None) -> HttpResponse:
    """503: a JSON message under /api/, the 503 page elsewhere; both ask the
    client to come back (Retry-After). Logged in one line, not a traceback.
    A broken connection is dropped, so the next request connects afresh:
    the site recovers by itself once the database is back."""
    reason = (str(error or "").strip().splitlines() or [type(error).__name__])[0]
    logger.error("database unavailable for %s %s: %s", request.method, request.path, reason)
    drop_broken_connections()
    if is_api(request):
        response = JsonResponse({"detail": DATABASE_UNAVAILABLE}, status=503)
    else:
        response = _page("503.html", {"message": DATABASE_UNAVAILABLE}, status=503)
    response["Retry-After"] = str(RETRY_AFTER_UNAVAILABLE)
    response["Cache-Control"] = "no-store"
    return response


def drop_broken_connections() -> None:
    """Close every connection that is no longer usable (outside a
    transaction, which must be rolled back by its owner first)."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()


def body_too_large(request, *, size: int | None, limit: int) -> HttpResponse:
    message = (BODY_TOO_LARGE.format(size=size, limit=limit) if size is not None
               else BODY_TOO_LARGE_UNKNOWN.format(limit=limit))
    if is_api(request):
        return JsonResponse({"detail": message}, status=413)
    return _page("413.html", {"message": message}, status=413)


def throttled(request, wait: int) -> HttpResponse:
    """429 with Retry-After (whole seconds, at least one)."""
    wait = max(1, int(wait))
    message = THROTTLED.format(wait=wait)
    if is_api(request):
        response = JsonResponse({"detail": message}, status=429)
    else:
        response = _page("429.html", {"message": message, "wait": wait}, status=429)
    response["Retry-After"] = str(wait)
    return response


def bad_request(request, exception=None):
    """handler400: a body over the limit is a 413; under /api/ the message
    is JSON."""
    if isinstance(exception, RequestDataTooBig):
        from django.conf import settings

        return body_too_large(request, size=None, limit=settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    if is_api(request):
        return JsonResponse({"detail": BAD_REQUEST}, status=400)
    return defaults.bad_request(request, exception)


def server_error(request):
    """handler500: a database error is a 503; under /api/ a 500 is JSON; a
    page is the 500 page in the site's layout."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS):
        return database_unavailable(request, error)
    if is_api(request):
        return JsonResponse({"detail": SERVER_ERROR}, status=500)
    return _page("500.html", {"message": SERVER_ERROR}, status=500)
