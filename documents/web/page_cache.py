"""The reading view's pages, rendered once and served compressed to everyone.

A page is stored in the ``pages`` cache (Django's database cache on
PostgreSQL by default, Redis or Memcached through ``CACHE_URL``), shared by
all workers, gzip- and brotli-compressed as whitenoise keeps static files;
a request gets the encoding its Accept-Encoding takes (identity is
decompressed from the gzip copy). A miss compresses and stores only the
encoding its reader takes; the first request for the other makes it from
that copy (no rendering) and stores it too. The key is the document's freshness stamp
(``documents.selectors.freshness``, one indexed query) and the request's
variant: the languages asked, the marks, the page of rows, the interface
language and the site's origin (the citations' permalinks). A write bumps the
stamp, so a stale entry is never read again; nothing is ever deleted.

A hit costs at most two queries (the stamp, the cache entry of the encoding
asked): none for the stamp when this process read it within
``PAGE_STAMP_SECONDS`` (``RecentStamps``), none for the page when this
process served it lately (``RecentPages``, a small in-process tier keyed
the same way); a conditional GET whose ETag still matches, at most one.
Only anonymous readers are served from the
cache: a request with a session (staff see marks by default, and whatever
a curator may see differently) is rendered for itself and marked private.

``warm(document_id)`` renders again, after a write commits, the variants
readers asked for before it (``documents.changes`` calls it).

Hits are answered before the rest of the request cycle by
``documents.web.page_cache_middleware``; what may be cached is decided by
``cacheable``. A miss stores a fast copy (``GZIP_LEVEL``,
``BROTLI_QUALITY``); when the page is asked again, the ``Refiner``
compresses it again at the best level, in a background thread, as
whitenoise does static files (``refine``).
"""

from __future__ import annotations

import gzip
import logging
import re
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connections
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, quote_etag

from documents import selectors

logger = logging.getLogger("concord.pages")

try:
    import brotli
except ImportError:  # pragma: no cover - brotli is in requirements.lock
    brotli = None

CACHE_ALIAS = "pages"
KEY_PREFIX = "reading-v5"
# fast levels: a miss compresses while the reader waits (2 MB of HTML: gzip -1
# about 30 ms, brotli 2 about 40 ms, the latter as small as gzip -5)
GZIP_LEVEL = 1
BROTLI_QUALITY = 2
VARIANTS_KEPT = 8  # per document, for warming after a write
# Accept-Encoding tokens, as whitenoise reads them (no q-values)
ACCEPTS_BROTLI = re.compile(r"\bbr\b")
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
VARY = ("Accept-Encoding", "Accept-Language", "Cookie")
VARY_HEADER = ", ".join(VARY)


# what a shared cache that is down raises: the database cache's errors, or
# the Redis/Memcached client's (which are not Django's)
CACHE_ERRORS = (DatabaseError, ConnectionError, OSError, TimeoutError)
try:
    from redis.exceptions import RedisError

    CACHE_ERRORS += (RedisError,)
except ImportError:  # pragma: no cover - redis is in requirements.lock
    pass


def pages_cache():
    return caches[CACHE_ALIAS]


def _shared_get(key: str):
    try:
        return pages_cache().get(key)
    except CACHE_ERRORS:  # a cache that is down makes pages slower, never broken
        logger.warning("the page cache could not be read", exc_info=True)
        return None


class Stored(NamedTuple):
    """A page's copy in one encoding, as the caches hold it."""

    body: bytes
    refined: bool  # at the best level (``refine``), not the fast one of a miss


class RecentPages:
    """The last pages this process served, compressed, up to ``budget``
    bytes: a hit needs no trip to the shared cache. Safe because a key names
    the document's freshness stamp: a write makes new keys, never changes
    what an old one holds."""

    def __init__(self, budget: int):
        self.budget = budget
        self.size = 0
        self.entries: OrderedDict[str, Stored] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> Stored | None:
        with self.lock:
            stored = self.entries.get(key)
            if stored is not None:
                self.entries.move_to_end(key)
            return stored

    def put(self, key: str, stored: Stored) -> None:
        """Keep ``stored`` (in place of the key's copy, if it had one)."""
        if len(stored.body) > self.budget // 4:
            return
        with self.lock:
            before = self.entries.pop(key, None)
            if before is not None:
                self.size -= len(before.body)
            self.entries[key] = stored
            self.size += len(stored.body)
            while self.size > self.budget:
                _key, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped.body)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.size = 0


LOCAL_BUDGET = 32 * 1024 * 1024  # bytes of compressed pages per process
_local = RecentPages(LOCAL_BUDGET)


class RecentStamps:
    """The freshness stamps this process read lately, each trusted for
    ``PAGE_STAMP_SECONDS`` (default 1): within that time a cached page is
    served without a query for its stamp. A write made by this process is
    seen at once (``documents.changes`` calls ``forget`` after its commit);
    one made by another worker, within that time. 0 reads every time."""

    def __init__(self):
        self.entries: dict[str, tuple[float, selectors.Freshness | None]] = {}
        self.lock = threading.Lock()

    def get(self, symbol: str) -> selectors.Freshness | None:
        seconds = float(getattr(settings, "PAGE_STAMP_SECONDS", 1))
        now = time.monotonic()
        if seconds > 0:
            with self.lock:
                seen = self.entries.get(symbol)
            if seen is not None and now - seen[0] < seconds:
                return seen[1]
        stamp = selectors.freshness(symbol)
        if seconds > 0 and stamp is not None:
            with self.lock:
                if len(self.entries) > STAMPS_KEPT:
                    self.entries.clear()
                self.entries[symbol] = (now, stamp)
        return stamp

    def forget(self, document_ids) -> None:
        ids = set(document_ids)
        with self.lock:
            for symbol in [k for k, (_t, v) in self.entries.items() if v and v.document_id in ids]:
                del self.entries[symbol]


STAMPS_KEPT = 10_000
_stamps = RecentStamps()


def forget_stamps(document_ids) -> None:
    """After a write commits: this process reads these documents' stamps
    again at their next request."""
    _stamps.forget(document_ids)


@dataclass(frozen=True)
class Variant:
    """What a reading-view page depends on besides the document."""

    path: str  # the reading URL with its normalised query
    languages: str  # as asked, "" for the default
    marks: bool
    page: str
    interface: str
    origin: str

    def parts(self) -> tuple:
        return ("page", self.languages, int(self.marks), self.page, self.interface, self.origin)


def variant(request, *, marks: bool, interface: str | None = None) -> Variant:
    """``interface``: the interface language, when it is not the active one."""
    from .pages import requested_languages

    languages = ",".join(requested_languages(request))[:64]
    page = request.GET.get("page", "").strip()[:8]
    query = [f"langs={languages}"] if languages else []
    if "confidence" in request.GET:
        query.append(f"confidence={'show' if marks else 'hide'}")
    if page:
        query.append(f"page={page}")
    return Variant(
        path=request.path + ("?" + "&".join(query) if query else ""),
        languages=languages,
        marks=marks,
        page=page,
        interface=(interface if interface is not None else translation.get_language()) or "",
        origin=f"{request.scheme}://{request.get_host()}",
    )


def shared(request) -> bool:
    """Whether the request is an anonymous GET (no session cookie: no query
    to find the user), whose page is everyone's."""
    return request.method in ("GET", "HEAD") and (
        settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def cacheable(request) -> bool:
    """Whether the request's page may be served from, and stored in, the
    shared cache: an anonymous GET that asks neither "go to paragraph"
    (``?go=``, a redirect or a notice) nor the translation memory (a page
    for its request). The one place the middleware, ``serve`` and the view
    decide it."""
    from .memory import asked_memory

    return (shared(request) and not request.GET.get("go", "").replace("\x00", "").strip()
            and asked_memory(request) is None)


def anonymous_marks(request) -> bool:
    return request.GET.get("confidence", "") == "show"


def cache_key(stamp: selectors.Freshness, page_variant: Variant) -> str:
    return key_of(selectors.etag(stamp, *page_variant.parts()))


def key_of(tag: str) -> str:
    """The cache key of the page whose ETag is ``tag`` (a shared page's
    ETag names its stamp and variant, nothing else)."""
    return f"{KEY_PREFIX}:{tag}"


def serve(request, symbol: str) -> HttpResponse | None:
    """The cached page, or a 304, for an anonymous reader; None when it must
    be rendered (a miss, a curator, an unknown symbol)."""
    if not cacheable(request):
        return None
    return serve_variant(request, symbol, variant(request, marks=anonymous_marks(request)))


def serve_variant(request, symbol: str, page_variant: Variant) -> HttpResponse | None:
    """``serve`` for a request whose variant is known (the cached pages
    middleware keeps them)."""
    stamp = _stamps.get(symbol)
    if stamp is None:
        return None
    tag = selectors.etag(stamp, *page_variant.parts())
    if "HTTP_IF_NONE_MATCH" in request.META or "HTTP_IF_MODIFIED_SINCE" in request.META:
        not_modified = conditional(request, tag, stamp)
        if not_modified is not None:
            return not_modified
    key = key_of(tag)
    encoding = stored_encoding(request)
    stored = _cached(f"{key}:{encoding}") or _transcoded(key, encoding)
    if stored is None:
        return None
    if not stored.refined:
        _refiner.ask(key, encoding, stored.body)
    return compressed_response(request, {encoding: stored.body}, tag, stamp)


def _cached(key: str) -> Stored | None:
    stored = _local.get(key)
    if stored is None:
        stored = _shared_get(key)
        if stored is not None:
            _local.put(key, stored)
    return stored


def _transcoded(key: str, wanted: str) -> Stored | None:
    """The page in the encoding ``wanted`` made from its other stored copy
    (a miss stores only the encoding its reader asked for), and kept."""
    other = "gzip" if wanted == "br" else "br"
    stored = _cached(f"{key}:{other}")
    if stored is None:
        return None
    body = encoded(decompress(stored.body, other), wanted)
    return _keep(f"{key}:{wanted}", Stored(body, refined=False))


def decompress(body: bytes, encoding: str) -> bytes:
    return gzip.decompress(body) if encoding == "gzip" else brotli.decompress(body)


def _keep(key: str, stored: Stored) -> Stored:
    """Store for every worker, and in this one's recent pages."""
    _shared_set(key, stored)
    _local.put(key, stored)
    return stored


def conditional(request, tag: str, stamp: selectors.Freshness) -> HttpResponse | None:
    response = get_conditional_response(
        request, etag=quote_etag(tag), last_modified=int(stamp.changed_at.timestamp())
    )
    if response is not None:
        response["ETag"] = quote_etag(tag)
        patch_vary_headers(response, VARY)
    return response


def compress(html: str, encodings=("gzip", "br")) -> dict:
    """The page's stored form: gzip and/or brotli copies of its UTF-8 bytes."""
    body = html.encode()
    return {encoding: encoded(body, encoding) for encoding in encodings
            if encoding == "gzip" or brotli is not None}


def encoded(body: bytes, encoding: str, *, refined: bool = False) -> bytes:
    """``body`` in ``encoding`` ("gzip" or "br"): at the fast level a miss
    can afford, or, ``refined``, at the best (``refine``)."""
    if encoding == "gzip":
        return gzip.compress(body, REFINED_GZIP_LEVEL if refined else GZIP_LEVEL, mtime=0)
    if not refined:
        quality = BROTLI_QUALITY
    elif len(body) <= LARGE_PAGE:
        quality = REFINED_BROTLI_QUALITY
    else:
        quality = LARGE_PAGE_BROTLI_QUALITY
    return brotli.compress(body, quality=quality, mode=brotli.MODE_TEXT)


# --- refinement: the pages readers ask again, compressed as static files are -----

REFINED_GZIP_LEVEL = 9  # whitenoise's levels for static files
REFINED_BROTLI_QUALITY = 11
# above this much HTML (a long record's page of rows), quality 11 costs
# seconds of a core: 6 takes a fraction of that for most of the gain
LARGE_PAGE = 1024 * 1024
LARGE_PAGE_BROTLI_QUALITY = 6
REFINE_QUEUE = 64  # pages waiting to be refined, per process


def refine(key: str, html: bytes) -> None:
    """Store the page ``key`` in both encodings at the best level (what
    whitenoise gives static files: gzip 9, brotli 11), in place of the fast
    copies a miss stored. A copy another worker refined already is taken as
    it is."""
    for encoding in ("br", "gzip"):
        shared = _shared_get(f"{key}:{encoding}")
        if shared is not None and shared.refined:
            _local.put(f"{key}:{encoding}", shared)
            continue
        if encoding == "br" and brotli is None:
            continue
        _keep(f"{key}:{encoding}", Stored(encoded(html, encoding, refined=True), refined=True))


class Refiner:
    """Refines (``refine``) the pages this process served from a fast copy,
    one at a time, in a thread of its own: the reader who asked does not
    wait, and brotli and zlib release the GIL, so the request threads go
    on. Each page is asked once until it is done; past ``REFINE_QUEUE``
    waiting, pages are left fast (they are asked again at their next hit).
    Off when ``settings.PAGE_REFINE`` is false (the test settings: a thread
    would write outside the test's transaction)."""

    def __init__(self):
        self.waiting: set[str] = set()
        self.lock = threading.Lock()
        self.executor: ThreadPoolExecutor | None = None

    def ask(self, key: str, encoding: str, body: bytes) -> None:
        if not getattr(settings, "PAGE_REFINE", True):
            return
        with self.lock:
            if key in self.waiting or len(self.waiting) >= REFINE_QUEUE:
                return
            self.waiting.add(key)
            if self.executor is None:  # made in the worker process, after any fork
                self.executor = ThreadPoolExecutor(1, thread_name_prefix="page-refine")
        self.executor.submit(self._refine, key, encoding, body)

    def _refine(self, key: str, encoding: str, body: bytes) -> None:
        try:
            refine(key, decompress(body, encoding))
        except Exception:  # a page left fast is larger, never wrong
            logger.warning("the page %s could not be refined", key, exc_info=True)
        finally:
            with self.lock:
                self.waiting.discard(key)
            connections.close_all()  # this thread's own connection to the cache


_refiner = Refiner()


def stored_encoding(request) -> str:
    """Which stored copy answers the request: brotli when it accepts it,
    else gzip (decompressed for a client that takes neither)."""
    accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
    return "br" if brotli is not None and ACCEPTS_BROTLI.search(accepted) else "gzip"


def store(request, stamp: selectors.Freshness, page_variant: Variant, html: str) -> dict:
    """Compress and keep ``html`` for every worker, in the encoding the
    request takes (the other is made from it when first asked), and remember
    the variant so the page can be warmed again after the next write."""
    encoding = stored_encoding(request)
    entry = compress(html, (encoding,))
    key = cache_key(stamp, page_variant)
    _keep(f"{key}:{encoding}", Stored(entry[encoding], refined=False))
    try:
        remember_variant(stamp.document_id, page_variant)
    except CACHE_ERRORS:  # a cache that is down makes pages slower, never broken
        logger.warning("the page cache could not store %s", key, exc_info=True)
    return entry


def _shared_set(key: str, stored: Stored) -> None:
    try:
        pages_cache().set(key, stored)
    except CACHE_ERRORS:  # a cache that is down makes pages slower, never broken
        logger.warning("the page cache could not store %s", key, exc_info=True)


def remember_variant(document_id: int, page_variant: Variant) -> None:
    cache = pages_cache()
    key = f"{KEY_PREFIX}:variants:{document_id}"
    known = cache.get(key) or []
    if page_variant not in known:
        cache.set(key, [page_variant, *known][:VARIANTS_KEPT], None)


def compressed_response(request, entry: dict, tag: str, stamp) -> HttpResponse:
    """``entry`` holds the stored copies, at least the one
    ``stored_encoding`` names."""
    accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
    if entry.get("br") and ACCEPTS_BROTLI.search(accepted):
        encoding, body = "br", entry["br"]
    elif ACCEPTS_GZIP.search(accepted):
        encoding, body = "gzip", entry["gzip"]
    else:
        encoding, body = "", gzip.decompress(entry["gzip"])
    response = HttpResponse(body, content_type="text/html; charset=utf-8")
    if encoding:
        response.headers["Content-Encoding"] = encoding
    # what CommonMiddleware adds to a rendered page (a hit answered early
    # skips it): without it gunicorn sends the page chunked, or closes the
    # connection of an HTTP/1.0 proxy after each page
    response.headers["Content-Length"] = str(len(body))
    return finish(response, tag, stamp)


_http_date = lru_cache(maxsize=1024)(http_date)  # a stamp's date, printed once


def finish(response: HttpResponse, tag: str, stamp, *, private: bool = False) -> HttpResponse:
    """The validators and caching headers of a page just made (set, not
    patched: nothing has set them yet; middleware after may add to them)."""
    headers = response.headers
    headers["ETag"] = f'"{tag}"'
    headers["Last-Modified"] = _http_date(stamp.changed_at.timestamp())
    headers["Cache-Control"] = "no-cache, private" if private else "no-cache"
    headers["Vary"] = VARY_HEADER
    return response


def warm(document_id: int) -> int:
    """Render again, for the document's new stamp, the pages readers asked
    for before (up to ``VARIANTS_KEPT``); none for a document without a
    published version. Returns the number of pages stored."""
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    from .views import render_reading

    known = _shared_get(f"{KEY_PREFIX}:variants:{document_id}") or []
    stored = 0
    for page_variant in known:
        scheme, host = page_variant.origin.split("://", 1)
        symbol = page_variant.path.split("?")[0].strip("/")
        with translation.override(page_variant.interface or None):
            for accepted in ("gzip, br", "gzip"):  # rendered, stored as brotli; then gzip
                request = RequestFactory().get(page_variant.path, HTTP_HOST=host,
                                               HTTP_ACCEPT_ENCODING=accepted,
                                               secure=scheme == "https")
                request.user = AnonymousUser()
                request.LANGUAGE_CODE = translation.get_language()
                response = serve(request, symbol) or render_reading(request, symbol)
                stored += response.status_code == 200
    return stored
