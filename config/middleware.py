"""Middleware of the whole site: security headers Django does not set by
itself, the limits every request is held to (body size, request rate) and
the 503 a database that cannot be reached gets. The responses themselves
are built in ``config.errors``."""

from django.conf import settings
from django.db import DatabaseError

from config import errors
from config.throttling import client_ident, hit, retry_after


class ContentSecurityPolicyMiddleware:
    """Adds the Content-Security-Policy of settings (no inline script)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", "")
        if policy and not request.path.startswith(("/api/docs/", "/admin/")):
            response.headers.setdefault("Content-Security-Policy", policy)
        return response


class RequestLimitsMiddleware:
    """413 for a body larger than MAX_REQUEST_BODY by its Content-Length,
    before anything reads it (JSON under /api/). A body without a length
    is held to the same limit by Django as it is read
    (DATA_UPLOAD_MAX_MEMORY_SIZE; see config.errors.bad_request)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.MAX_REQUEST_BODY
        try:
            size = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            size = 0
        if limit is not None and size > limit:
            return errors.body_too_large(request, size=size, limit=limit)
        return self.get_response(request)


# Paths whose requests are counted, by scope; the API counts its own
# (documents.api.throttling), static files never get here (whitenoise).
PAGE_SCOPES = (("/search/", "search"), ("/admin/", None), ("/api/", None), ("/", "pages"))


def page_scope(path: str) -> str | None:
    return next(scope for prefix, scope in PAGE_SCOPES if path.startswith(prefix))


class ThrottleMiddleware:
    """The reading room's pages, counted per client in the shared cache
    (config.throttling): /search/ at the ``search`` rate, the other pages at
    the ``pages`` rate; past it a 429 page with Retry-After. When the count
    cannot be kept (database down) the request goes on: the page itself
    answers 503 if it needs the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        scope = page_scope(request.path)
        if scope is not None:
            try:
                wait = hit(scope, client_ident(request))
            except DatabaseError:
                wait = None
            if wait is not None:
                return errors.throttled(request, retry_after(wait))
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A view that finds the database down, restarting or unreachable
    (OperationalError, InterfaceError) answers 503, the page in the site's
    layout or JSON under /api/, instead of a 500 traceback; the broken
    connection is dropped at once, so the site recovers by itself when the
    database is back, without a restart. (Errors outside views reach
    ``config.errors.server_error``, which answers the same.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, errors.DATABASE_ERRORS):
            return None
        return errors.database_unavailable(request, exception)
