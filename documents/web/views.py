"""The reading room's pages: the library and the reading view.

Views parse the request, call the selectors, hand the result to
``documents.web.pages`` and render. The reading view is a conditional GET
(ETag and Last-Modified from what the page shows) and its HTML is cached
under a key that changes whenever a version, a link or the corpus does.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Max
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag

from alignment.models import Link
from documents import selectors
from documents.models import Document, Version
from documents.search import search_hits, search_paragraphs

from . import pages

LIBRARY_PAGE_SIZE = 20
CACHE_VERSION = "reading-v1"


def query_param(request, name: str) -> str:
    """A query parameter, trimmed, without the NUL characters PostgreSQL
    refuses in text."""
    return request.GET.get(name, "").replace("\x00", "").strip()


def library(request):
    """``/``: documents with filters (body, kind, session/year, language, q)."""
    ui = pages.reader_language(request)
    filters = {
        name: query_param(request, name)
        for name in ("body", "kind", "session", "language", "q")
    }
    documents = selectors.library_documents(**filters).order_by("-date", "symbol")
    page = Paginator(documents, LIBRARY_PAGE_SIZE).get_page(request.GET.get("page"))
    bodies = (
        Document.objects.exclude(body="").order_by("body").values_list("body", flat=True).distinct()
    )
    context = {
        "ui": pages.language_info(ui),
        "filters": filters,
        "page": page,
        "entries": [pages.library_entry(d, ui) for d in page.object_list],
        "bodies": list(bodies),
        "kinds": Document.Kind.choices,
        "languages": [pages.language_info(c) for c in pages.LANGUAGE_ORDER],
        "filtered": any(filters.values()),
    }
    return render(request, "library.html", context)


SEARCH_PAGE_SIZE = 20
SEARCH_MIN_LENGTH = 2


def search(request):
    """``/search/?q=...&lang=...``: paragraph hits with their aligned
    translations beside each."""
    query = query_param(request, "q")
    language = query_param(request, "lang")
    if language not in pages.LANGUAGE_ORDER:
        language = ""
    context = {
        "query": query,
        "language": language,
        "languages": [pages.language_info(c) for c in pages.LANGUAGE_ORDER],
        "too_short": bool(query) and len(query) < SEARCH_MIN_LENGTH,
        "page": None,
        "hits": [],
    }
    if len(query) >= SEARCH_MIN_LENGTH:
        page = Paginator(search_paragraphs(query, language), SEARCH_PAGE_SIZE).get_page(
            request.GET.get("page")
        )
        context["page"] = page
        context["searched"] = True
        context["hits"] = [pages.search_hit(hit, query) for hit in search_hits(page.object_list)]
    return render(request, "search.html", context)


def _bad_request(request, document, message: str):
    return render(
        request, "bad_request.html",
        {"document": document, "message": message,
         "picker": pages.picker(document, []), "languages_param": ""},
        status=400,
    )


def _freshness(document: Document) -> tuple[str, object]:
    """What the page depends on beyond the request: this document's versions
    (prefetched), its alignment links and the corpus (a new document changes
    which citations are local and who cites this one). Two queries."""
    versions = list(document.versions.all())
    links = Link.objects.filter(version__document=document).aggregate(
        latest=Max("updated_at"), count=Count("id")
    )
    corpus = Version.objects.aggregate(latest=Max("updated_at"), count=Count("id"))
    stamps = [document.updated_at] + [v.updated_at for v in versions]
    stamps += [t for t in (links["latest"], corpus["latest"]) if t]
    key = "|".join(
        [document.symbol, document.updated_at.isoformat()]
        + [f"{v.language}:{v.pk}:{v.updated_at.isoformat()}" for v in versions]
        + [f"links:{links['count']}:{links['latest']}"]
        + [f"corpus:{corpus['count']}:{corpus['latest']}"]
    )
    return key, max(stamps)


def reading(request, symbol: str):
    """``/<symbol>/?langs=en,zh,ar``: one to three aligned language columns."""
    document = selectors.get_document(symbol)
    if document is None or not document.versions.all():
        raise Http404(f"No document {symbol}")
    asked = pages.requested_languages(request)
    try:
        languages = selectors.parse_languages(document, asked)
    except ValueError as error:
        return _bad_request(request, document, str(error))
    if len(languages) > pages.MAX_COLUMNS:
        return _bad_request(
            request, document,
            pages.TOO_MANY_LANGUAGES.format(limit=pages.MAX_COLUMNS, count=len(languages)),
        )
    state, last_modified = _freshness(document)
    digest = hashlib.sha256(f"{CACHE_VERSION}|{state}|{','.join(languages)}".encode()).hexdigest()
    etag = quote_etag(digest[:32])
    not_modified = get_conditional_response(
        request, etag=etag, last_modified=int(last_modified.timestamp())
    )
    if not_modified is not None:
        not_modified["ETag"] = etag
        return not_modified
    cache_key = f"{CACHE_VERSION}:{digest}"
    html = cache.get(cache_key)
    if html is None:
        context = selectors.reading_context(document, languages)
        html = render_to_string("reading.html", pages.reading_page(context), request=request)
        cache.set(cache_key, html)
    response = HttpResponse(html)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified.timestamp())
    patch_cache_control(response, no_cache=True)
    return response
