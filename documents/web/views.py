"""The reading room's pages: the library and the reading view.

Views parse the request, call the selectors, hand the result to
``documents.web.pages`` and render. The reading view is a conditional GET
(ETag and Last-Modified from the document's freshness stamp,
``selectors.freshness``) and its pages are kept compressed in the shared
cache (``documents.web.page_cache``) under a key that changes with it.
"""

from __future__ import annotations

import difflib
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Case, When
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme

from documents import collector, selectors
from documents.ingest.symbols import normalise_symbol
from documents.models import Document, Paragraph, Version
from documents.search import SearchQuery, concordance, long_enough, marked_pieces
from documents.search import search as run_search

from . import memory as reading_memory
from . import page_cache, pages
from .rendering import reading_url

LIBRARY_PAGE_SIZE = 20


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
        "kinds": [(value, pages.KIND_NAMES.get(value, label))
                  for value, label in Document.Kind.choices],
        "languages": [pages.language_info(c) for c in pages.LANGUAGE_ORDER],
        "filtered": any(filters.values()),
    }
    return render(request, "library.html", context)


SEARCH_PAGE_SIZE = 20
CONCORDANCE_PAGE_SIZE = 50
SEARCH_MAX_LENGTH = 200  # as in the API


def search(request):
    """``/search/?q=...&lang=...``: paragraph hits, best first, grouped by
    document with the number of hits in each, each with its aligned
    translations; or, with ``mode=concordance``, one line per occurrence
    (``sort=left|right``) beside its aligned counterpart (``pair``). Filters
    ``body``, ``kind``, ``session`` (or year) and ``document``."""
    params = {name: query_param(request, name) for name in SEARCH_PARAMS}
    for name in ("lang", "pair"):
        if params[name] not in pages.LANGUAGE_ORDER:
            params[name] = ""
    query = SearchQuery(params["q"][:SEARCH_MAX_LENGTH], params["lang"], params["body"],
                        params["kind"], params["session"], params["document"])
    concordance_mode = params["mode"] == "concordance"
    context = {
        **params,
        "query": query.q,
        "language": query.language,
        "languages": [pages.language_info(c) for c in pages.LANGUAGE_ORDER],
        "kinds": [(value, pages.KIND_NAMES.get(value, label))
                  for value, label in Document.Kind.choices],
        "concordance_mode": concordance_mode,
        "too_short": bool(query.q) and not long_enough(query.q),
        "page": None,
        "groups": [],
        "lines": [],
    }
    if query.q and long_enough(query.q):
        if concordance_mode:
            sort = params["sort"] if params["sort"] in ("left", "right") else "rank"
            results = concordance(query, sort=sort)
            size = CONCORDANCE_PAGE_SIZE
        else:
            results = run_search(query)
            size = SEARCH_PAGE_SIZE
        page = Paginator(results, size).get_page(request.GET.get("page"))
        context.update(searched=True, page=page, notice=results.notice, engine=results.engine,
                       count_exact=results.count_exact)
        if concordance_mode:
            context["truncated"] = results.truncated
            context["lines"] = [_concordance_row(line, params["pair"]) for line in page]
        else:
            context["groups"] = _hit_groups(page.object_list, request)
    return render(request, "search.html", context)


SEARCH_PARAMS = ("q", "lang", "body", "kind", "session", "document", "mode", "sort", "pair")


def _aligned_cells(hit: dict, languages=None) -> list[dict]:
    language, anchor = hit["language"], hit["paragraph"]["anchor"]
    return [
        {
            "language": pages.language_info(code),
            "texts": [p["text"] for p in paragraphs],
            "url": f"{reading_url(hit['symbol'])}?langs={language},{code}#{language}-{anchor}",
        }
        for code, paragraphs in hit["aligned"].items()
        if languages is None or code in languages
    ]


def _hit_groups(hits: list[dict], request) -> list[dict]:
    """The page's hits under their documents, documents in the order of
    their best hit, each with its number of hits and a link to them all.
    A hit is named as the reading view names its row ("pp-7" for the
    Arabic pp-6 shown there, "pp-4–5" for a merge) and links to its own
    paragraph (``#ar-pp-6``)."""
    groups: dict[str, dict] = {}
    for hit in hits:
        symbol = hit["symbol"]
        if symbol not in groups:
            only_this = request.GET.copy()
            only_this["document"] = symbol
            only_this.pop("page", None)
            groups[symbol] = {
                "symbol": symbol,
                "url": reading_url(symbol),
                "count": hit["document_hits"],
                "all_url": f"/search/?{only_this.urlencode()}",
                "hits": [],
            }
        snippet = hit["snippet"]
        groups[symbol]["hits"].append({
            "url": hit["url"],
            "language": pages.language_info(hit["language"]),
            "label": pages.anchor_range(hit["row_anchors"]),
            "pieces": marked_pieces(snippet["text"], snippet["highlights"]),
            "cut_start": snippet["truncated_start"],
            "cut_end": snippet["truncated_end"],
            "aligned": _aligned_cells(hit),
        })  # fmt: skip
    return list(groups.values())


def _concordance_row(line: dict, pair: str) -> dict:
    return {
        "symbol": line["symbol"],
        "url": line["url"],
        "language": pages.language_info(line["language"]),
        "label": pages.anchor_range(line["row_anchors"]),
        **line["line"],
        "aligned": _aligned_cells(line, {pair} if pair else None),
    }


def reading(request, symbol: str):
    """``/<symbol>/?langs=en,zh,ar``: one to three aligned language columns.

    A hit of the shared page cache is answered, or its 304, by the cached
    pages middleware (``documents.web.page_cache_middleware``) before the
    rest of the request cycle. What gets here (a miss, a curator, the
    translation memory, "go to paragraph", a database the middleware could
    not reach) is rendered (``render_reading``), and stored when it is a
    page for everyone (``page_cache.cacheable``)."""
    return render_reading(request, symbol)


def render_reading(request, symbol: str):
    """The reading view, rendered.

    A symbol printed another way (``/a/res/75/16/``, ``A/Res/75/16``, spaces)
    is redirected to the stored one; an unknown one gets the 404 page with the
    closest symbols. Languages the document lacks are left out with a notice.
    ``?go=5`` jumps to a paragraph (the "go to paragraph" form), on the page
    of rows that holds it; ``?page=N`` is a page of rows of a long document;
    ``?confidence=show|hide`` shows or hides the alignment marks (shown to
    curators by default); ``?memory=1`` (or ``=<older symbol>``, and
    ``lang``) shows the translation memory from earlier editions
    (``documents.web.memory``). The page is a conditional GET (ETag and
    Last-Modified from the document's freshness stamp) and, for anonymous
    readers without the memory, stored compressed in the shared cache."""
    document = selectors.get_document(symbol)
    if document is None and "\x00" not in symbol:
        canonical = _canonical_symbol(symbol)
        if canonical:
            query = request.META.get("QUERY_STRING", "")
            return redirect(reading_url(canonical) + (f"?{query}" if query else ""),
                            permanent=True)
    if document is None or not document.versions.all():
        return _not_found(request, symbol)
    languages, notices = pages.choose_languages(document, pages.requested_languages(request))
    own_url = f"{reading_url(document.symbol)}?langs={','.join(languages)}"
    memory_asked = reading_memory.asked_memory(request)
    if memory_asked is not None:  # kept by "go to paragraph" and the marks toggle
        own_url += "&" + urlencode(memory_asked.query())
    asked_paragraph = query_param(request, "go")
    if asked_paragraph:
        anchor = _paragraph_anchor(document, asked_paragraph)
        if anchor:
            return redirect(_row_url(document, languages, own_url, anchor))
        notices.append(str(pages.NO_SUCH_PARAGRAPH).format(
            symbol=document.symbol, asked=asked_paragraph[:40]))
    shared = page_cache.cacheable(request)
    marks = page_cache.anonymous_marks(request) if shared else _show_marks(request)
    marks_url = own_url + ("&confidence=hide" if marks else "&confidence=show")
    stamp = selectors.freshness_of(document)
    page_variant = page_cache.variant(request, marks=marks)
    memory = None
    memory_parts: list = []
    modified = stamp
    if memory_asked is not None:  # read before the ETag: it names the earlier editions
        memory = reading_memory.memory_for(document, languages, memory_asked)
        memory_parts = ["memory", *memory_asked.query().values(), *memory.stamps()]
        if memory.notice:
            notices.append(memory.notice)
        modified = max([stamp, *map(selectors.freshness_of, memory.earlier)],
                       key=lambda s: s.changed_at)  # Last-Modified: the latest of them
    tag = selectors.etag(stamp, *page_variant.parts(), *([] if shared else notices),
                         *memory_parts)
    not_modified = page_cache.conditional(request, tag, modified)
    if not_modified is not None:
        return not_modified
    if memory is not None:
        reading_memory.compute_memory(memory, document, languages)
    if shared:  # the page is for everyone asking this variant: print only what its key holds
        request.META["QUERY_STRING"] = page_variant.path.partition("?")[2]
    with collector.paused():  # what the page is built from dies with it (refcounts)
        html = render_to_string("reading.html", pages.reading_page(
            selectors.reading_context(document, languages), marks=marks, notices=notices,
            origin=page_variant.origin, marks_url=marks_url,
            page=pages.page_number(page_variant.page), memory=memory), request=request)
    if not shared:
        return page_cache.finish(HttpResponse(html), tag, modified, private=True)
    entry = page_cache.store(request, stamp, page_variant, html)
    return page_cache.compressed_response(request, entry, tag, stamp)


def _row_url(document: Document, languages: list[str], own_url: str, anchor: str) -> str:
    """The address of a row: its page of rows when the document is long."""
    number = pages.page_of_anchor(document, languages, anchor)
    return f"{own_url}{f'&page={number}' if number > 1 else ''}#{anchor}"


def _show_marks(request) -> bool:
    """Alignment marks: on for curators (staff), off for readers, unless the
    page asks (``?confidence=show`` / ``hide``)."""
    asked = request.GET.get("confidence", "")
    if asked in ("show", "hide"):
        return asked == "show"
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_staff)


def _canonical_symbol(symbol: str) -> str:
    """The stored symbol of a document printed another way: any case, spaces,
    full-width or typographic punctuation ("A/Res/75/16", "a/res/75/16",
    "S/PV. 7050"); "" when there is none. One query."""
    printed = normalise_symbol(symbol.strip("/ "))
    if not printed:
        return ""
    found = (
        selectors.published_versions()
        .filter(document__symbol__iexact=printed)
        .values_list("document__symbol", flat=True)
        .first()
    )
    return found if found and found != symbol else ""


SUGGESTIONS = 5
SUGGESTION_CANDIDATES = 5000


def closest_symbols(symbol: str) -> list[dict]:
    """Up to five published symbols closest to ``symbol`` as typed (same
    series first: the part before the first slash)."""
    printed = normalise_symbol(symbol.replace("\x00", "")).upper()
    if not printed:
        return []
    series = printed.split("/", 1)[0]
    symbols = list(
        Document.objects.filter(
            versions__status=Version.Status.PUBLISHED, symbol__istartswith=f"{series}/"
        )
        .values_list("symbol", flat=True)
        .distinct()[:SUGGESTION_CANDIDATES]
    )
    by_upper = {s.upper(): s for s in symbols}
    close = difflib.get_close_matches(printed, list(by_upper), n=SUGGESTIONS, cutoff=0.6)
    return [{"symbol": by_upper[s], "url": reading_url(by_upper[s])} for s in close]


def _not_found(request, symbol: str):
    """The 404 page in the site's layout: what was asked, a search box and
    the closest symbols the library has."""
    context = {"asked": symbol[:200], "suggestions": closest_symbols(symbol[:200])}
    return render(request, "404.html", context, status=404)


def _paragraph_anchor(document: Document, asked: str) -> str:
    """The row anchor a reader means by "go to paragraph" (the pivot
    version's anchors, else any published version's). One query."""
    anchors = list(
        Paragraph.objects.filter(
            version__document=document, version__status=Version.Status.PUBLISHED
        )
        .order_by(Case(When(version__language=document.pivot_language, then=0), default=1))
        .values_list("anchor", flat=True)
    )
    return pages.go_to_anchor(asked, anchors)


def interface_language(request):
    """``/language/?ui=fr&next=/A/RES/75/16/``: remember the reader's
    interface language in Django's language cookie (LocaleMiddleware reads
    it) and go back to the page, on this site only. A link, not a form, so
    it works from cached pages without a CSRF token and without JavaScript."""
    next_url = request.GET.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = redirect(next_url)
    code = pages.INTERFACE_CODES.get(pages.document_language(request.GET.get("ui", "")))
    if code:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            code,
            max_age=settings.LANGUAGE_COOKIE_AGE or INTERFACE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE or request.is_secure(),
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE or "Lax",
        )
    return response


INTERFACE_COOKIE_AGE = 365 * 24 * 60 * 60
