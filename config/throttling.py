"""Request rates, counted in the cache every worker shares.

Each client (its address, see ``client_ident``) has one counter per scope
and fixed window (``600/minute``: the current minute); past the limit it
is answered 429 with Retry-After, the seconds left in the window. The
counters are rows of the ``shared`` cache, the database cache
(``django.core.cache.backends.db.DatabaseCache``) every worker reads, so
three gunicorn workers count one client's requests together, not each its
own. A count is one atomic statement (an upsert that adds one and returns
the sum), so two workers counting at once cannot both write the same
number. Under a large rate a worker writes its count every few requests
(``batch_size``: 10 at 600/minute), so most requests, cached pages
included, pay no query for it; a small rate is written at every request.
(The counters hold plain numbers, not pickles: read them with ``hit``, not
through the cache API.)

Scopes and their rates (``settings.THROTTLE_RATES``, read at each request):
``pages`` for the reading room's pages, ``search`` for /search/ and the
search API together (one search costs far more than a page), ``anon`` for
anonymous API reads. ``config.middleware.ThrottleMiddleware`` applies them
to pages, ``documents.api.throttling`` to the API.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import time
from datetime import UTC, datetime
from functools import lru_cache

from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import ProgrammingError, connection
from rest_framework.settings import api_settings

logger = logging.getLogger("concord.throttling")

SHARED_CACHE = "shared"
QUERIES_PER_REQUEST = 1  # what counting costs a request (tests budget for it)
BAD_RATE = "throttle rate {rate!r} of scope {scope!r} is not like 600/minute"
PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
# "600/minute", "10/second", "5000/day"; also DRF's short forms "600/m"
RATE = re.compile(
    r"""^\s*(?P<count>\d+)\s*/\s*
    (?P<period>s(econd)?|m(inute)?|h(our)?|d(ay)?)\s*$""",
    re.VERBOSE,
)
KEY_PREFIX = "throttle"
# Expired counters are deleted at most this often (seconds) by each process.
PURGE_INTERVAL = 60


@lru_cache(maxsize=64)
def parse_rate(scope: str, rate: str) -> tuple[int, int]:
    """``"600/minute"`` -> ``(600, 60)``: requests, and the window in seconds."""
    match = RATE.match(rate or "")
    if not match:
        raise ValueError(BAD_RATE.format(rate=rate, scope=scope))
    period = next(seconds for name, seconds in PERIODS.items()
                  if name.startswith(match["period"]))
    return int(match["count"]), period


def client_ident(request) -> str:
    """The client's address: REMOTE_ADDR, or the address the trusted
    proxies in front of us saw (REST_FRAMEWORK NUM_PROXIES, from
    TRUSTED_PROXIES): DRF's ``BaseThrottle.get_ident``, read from META
    rather than ``request.headers`` (which copies every header of the
    request, a tenth of what a cached page costs)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    remote_addr = request.META.get("REMOTE_ADDR")
    proxies = api_settings.NUM_PROXIES
    if proxies is not None:
        if proxies == 0 or forwarded is None:
            return remote_addr or "unknown"
        addresses = forwarded.split(",")
        return addresses[-min(proxies, len(addresses))].strip() or "unknown"
    return ("".join(forwarded.split()) if forwarded else remote_addr) or "unknown"


def hit(scope: str, ident: str, *, now: float | None = None) -> float | None:
    """Count one request of ``ident`` in ``scope``. None when it is within
    the rate; else the seconds until the window ends."""
    limit, period = parse_rate(scope, settings.THROTTLE_RATES[scope])
    now = time.time() if now is None else now
    window = int(now // period)
    ends = (window + 1) * period
    key = f"{KEY_PREFIX}:{scope}:{window}:{ident}"
    count = _batches.count(key, batch_size(limit), expires=ends + 1, now=now)
    return ends - now if count > limit else None


def batch_size(limit: int) -> int:
    """How many requests a process counts before it writes them to the
    shared counter: one (every request) for a small rate, more for a
    large one (at most ``BATCH_MAX``), so that a worker's unwritten requests
    are a sliver of the rate (600/minute: 10, about 1.7 %; 6,000/minute
    and more: 100)."""
    return max(1, min(BATCH_MAX, limit // BATCH_SHARE))


BATCH_MAX = 100
BATCH_SHARE = 60


class _Batches:
    """Requests counted in this process and not yet written to the shared
    counter, and the counter's total as last written. A client past its
    rate is found at the latest ``batch - 1`` requests late per worker; a
    batch left unwritten when its window ends is dropped (the client is
    counted that much short)."""

    def __init__(self):
        self.pending: dict[str, int] = {}
        self.written: dict[str, int] = {}
        self.lock = threading.Lock()

    def count(self, key: str, batch: int, *, expires: float, now: float) -> int:
        with self.lock:
            if len(self.pending) + len(self.written) > KEYS_KEPT:  # old windows' keys
                self.pending.clear()
                self.written.clear()
            pending = self.pending.get(key, 0) + 1
            if pending < batch:
                self.pending[key] = pending
                return self.written.get(key, 0) + pending
            self.pending.pop(key, None)
        total = count_request(key, expires=expires, now=now, by=pending)
        with self.lock:
            self.written[key] = total
        return total


KEYS_KEPT = 50_000
_batches = _Batches()


def retry_after(wait: float) -> int:
    """Whole seconds for a Retry-After header, at least one."""
    return max(1, math.ceil(wait))


def count_request(key: str, *, expires: float, now: float, by: int = 1) -> int:
    """Add ``by`` to the counter ``key`` (made, expiring at ``expires``, on
    first use) and return its value. Creates the cache table if the
    deployment skipped ``manage.py createcachetable``."""
    try:
        count = _upsert(key, expires, by)
    except ProgrammingError:
        if connection.in_atomic_block:
            raise
        logger.warning("the shared cache table is missing: creating it (createcachetable)")
        call_command("createcachetable", verbosity=0)
        count = _upsert(key, expires, by)
    _purge_expired(now)
    return count


def _table() -> str:
    return connection.ops.quote_name(settings.CACHES[SHARED_CACHE]["LOCATION"])


def _upsert(key: str, expires: float, by: int = 1) -> int:
    key = caches[SHARED_CACHE].make_and_validate_key(key)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {_table()} AS counter (cache_key, value, expires)
                VALUES (%s, %s, %s)
                ON CONFLICT (cache_key) DO UPDATE
                SET value = (counter.value::bigint + %s)::text
                RETURNING value::bigint""",
            [key, str(by), datetime.fromtimestamp(expires, tz=UTC), by],
        )
        return cursor.fetchone()[0]


_last_purge = 0.0


def _purge_expired(now: float) -> None:
    global _last_purge
    if now - _last_purge < PURGE_INTERVAL or connection.in_atomic_block:
        return
    _last_purge = now
    prefix = caches[SHARED_CACHE].make_and_validate_key(KEY_PREFIX)
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {_table()} WHERE cache_key LIKE %s AND expires < %s",
            [prefix + ":%", datetime.fromtimestamp(now, tz=UTC)],
        )
