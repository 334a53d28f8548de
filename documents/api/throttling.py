"""The API's throttles: anonymous clients, counted in the shared cache
with the pages (``config.throttling``), so every worker counts one client
together. Authenticated clients (staff with a token) are not throttled.

``AnonReadThrottle`` (scope ``anon``) is the default of every API view;
the search endpoint uses ``SearchThrottle`` (scope ``search``, stricter,
shared with the /search/ page) instead. Past the rate DRF answers 429 with
Retry-After.
"""

from __future__ import annotations

from django.db import DatabaseError
from rest_framework.throttling import BaseThrottle

from config.throttling import client_ident, hit


class AnonReadThrottle(BaseThrottle):
    scope = "anon"

    def allow_request(self, request, view) -> bool:
        if request.user and request.user.is_authenticated:
            return True
        try:
            self.seconds_left = hit(self.scope, client_ident(request))
        except DatabaseError:
            # the count cannot be kept (database down): let the view answer,
            # with a 503 if it needs the database too
            self.seconds_left = None
        return self.seconds_left is None

    def wait(self) -> float | None:
        return self.seconds_left


class SearchThrottle(AnonReadThrottle):
    scope = "search"
