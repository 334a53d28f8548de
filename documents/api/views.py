"""The REST API: one class per resource, each parsing its input, making one
call to a selector or service, and rendering (DESIGN.md §5).

Reads go through ``documents.selectors`` and ``documents.api.queries``
(constant query counts); writes through ``documents.services.ingest_version``,
whose IngestError the exception handler turns into a 400 with the parser's
message. Detail endpoints send an ETag computed from the versions' checksums
and update times and answer a matching If-None-Match with 304 before doing
the heavy reads.
"""

from __future__ import annotations

from django.http import HttpResponse, HttpResponseNotModified
from django.utils.http import parse_etags, quote_etag
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
)
from rest_framework import generics, status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from documents import collector
from documents.api import serializers as s
from documents.api.exports import EXPORTERS, export_filename
from documents.api.filters import DocumentFilter
from documents.api.pagination import ConcordPagination
from documents.api.parsers import LimitedJSONParser
from documents.api.queries import (
    document_detail,
    document_etag,
    get_published_version,
    speakers_and_meeting,
    table_etag,
    version_etag,
)
from documents.api.throttling import SearchThrottle
from documents.ingest.types import LANGUAGES
from documents.models import Document, Paragraph
from documents.search import SearchQuery, concordance, search
from documents.selectors import (
    aligned_table,
    get_document,
    library_documents,
    parse_languages,
    version_detail,
)
from documents.services import ingest_version

UNKNOWN_DOCUMENT = "no published document {symbol!r}"
UNKNOWN_VERSION = "{symbol} has no published {language} version"
NOT_A_VERSION = (
    "{path!r} is not a language version: PUT to /api/v1/documents/<symbol>/<lang>/ "
    "with lang one of ar, zh, en, fr, ru, es"
)
TOO_FEW_LANGUAGES = "an export needs two to six languages; {symbol} offers {codes}"

PAGE_NOT_FOUND = {404: OpenApiResponse(s.ErrorSerializer, description="No such page.")}
ERRORS = {
    400: OpenApiResponse(s.ErrorSerializer, description="Bad parameters."),
    404: OpenApiResponse(s.ErrorSerializer, description="Unknown symbol or language."),
}
WRITE_ERRORS = {
    400: OpenApiResponse(s.ErrorSerializer, description="The parser's message."),
    401: OpenApiResponse(s.ErrorSerializer, description="No credentials."),
    403: OpenApiResponse(
        s.ErrorSerializer,
        description="Not a staff account, or one without the permission to add versions "
        "(and, for PUT, to change them), as in the admin.",
    ),
    413: OpenApiResponse(s.ErrorSerializer, description="A body over 10 MB."),
    415: OpenApiResponse(
        s.ErrorSerializer, description="A body that is not JSON or well-formed multipart."
    ),
}
SYMBOL = OpenApiParameter(
    "symbol",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    description="UN symbol as printed, slashes included: A/RES/75/16, S/PV.7050.",
    examples=[OpenApiExample("resolution", value="A/RES/75/16")],
)
LANG = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    enum=list(LANGUAGES),
    description="One of the six UN languages.",
)
CONDITIONAL = OpenApiParameter(
    "If-None-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    description="An ETag from an earlier response: 304 when nothing changed.",
)
NOT_MODIFIED = {304: OpenApiResponse(description="Not modified since the ETag given.")}

DOCUMENT_EXAMPLE = {
    "symbol": "A/RES/75/16",
    "kind": "resolution",
    "body": "GA",
    "session": 75,
    "meeting_number": None,
    "date": "2020-11-23",
    "agenda_item": "",
    "pivot_language": "en",
}
PARAGRAPH_EXAMPLE = {
    "id": 41,
    "anchor": "op-1",
    "kind": "operative",
    "number": "1",
    "text": "Takes note with appreciation of the report of the Secretary-General;",
    "html": "<em>Takes note</em> with appreciation of the report of the Secretary-General;",
    "footnote_refs": [{"marker": "1", "offset": 67}],
    "speaker": None,
}
INGEST_EXAMPLE = OpenApiExample(
    "created",
    value={
        "symbol": "A/RES/75/16",
        "language": "en",
        "status": "published",
        "state": "created",
        "paragraphs": 58,
        "footnotes": 9,
        "warnings": [],
        "summary": "A/RES/75/16 [en] created: 58 paragraphs, 9 footnotes, 0 warnings",
        "url": "/api/v1/documents/A/RES/75/16/en/",
    },
    response_only=True,
)


def _published_document(symbol: str) -> Document:
    document = get_document(symbol)
    if document is None or not document.versions.all():
        raise NotFound(UNKNOWN_DOCUMENT.format(symbol=symbol))
    return document


def _not_modified(request, etag: str) -> HttpResponse | None:
    """A 304 when the client already holds ``etag``."""
    given = parse_etags(request.headers.get("If-None-Match", ""))
    if "*" in given or quote_etag(etag) in given:
        response = HttpResponseNotModified()
        response["ETag"] = quote_etag(etag)
        return response
    return None


def _with_etag(response, etag: str):
    response["ETag"] = quote_etag(etag)
    response["Cache-Control"] = "no-cache"
    return response


def _ingest(serializer, *, symbol=None, language=None, replace=False) -> Response:
    """Validate an upload and ingest it through the same service as the
    ``ingest`` command; the URL's symbol and language win over the body's."""
    serializer.is_valid(raise_exception=True)
    raw, source_name = serializer.raw_bytes()
    data = serializer.validated_data
    result = ingest_version(
        raw=raw,
        source_name=source_name,
        symbol=symbol or data.get("symbol") or None,
        language=language or data.get("language") or None,
        kind=data.get("kind") or None,
        replace=replace,
        draft=data["draft"],
    )
    return _ingest_response(result)


def _ingest_response(result) -> Response:
    state = "created" if result.created else ("replaced" if result.changed else "unchanged")
    version = result.version
    data = {
        "version": version,
        "state": state,
        "paragraphs": result.paragraphs,
        "footnotes": result.footnotes,
        "warnings": result.warnings,
        "summary": result.summary(),
        "url": f"/api/v1/documents/{version.document.symbol}/{version.language}/",
    }
    return Response(
        s.IngestResultSerializer(data).data,
        status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
    )


class DocumentListApi(generics.ListAPIView):
    """GET: the library. POST: ingest a new language version (staff)."""

    serializer_class = s.DocumentListSerializer
    filterset_class = DocumentFilter
    ordering_fields = ["symbol", "date"]
    ordering = ["-date", "symbol"]
    pagination_class = ConcordPagination
    parser_classes = [LimitedJSONParser, MultiPartParser, FormParser]

    def get_queryset(self):
        return library_documents()

    @extend_schema(
        operation_id="documents_list",
        summary="List documents",
        description="Documents with at least one published version, filtered and ordered "
        "(`ordering=symbol`, `-date`...), 50 a page.",
        examples=[
            OpenApiExample(
                "one document",
                value={
                    **DOCUMENT_EXAMPLE,
                    "languages": ["ar", "en", "zh"],
                    "titles": {"en": "Cooperation between the United Nations and the OIC"},
                    "url": "/api/v1/documents/A/RES/75/16/",
                },
                response_only=True,
            )
        ],
        responses={200: s.DocumentListSerializer(many=True), 400: ERRORS[400], **PAGE_NOT_FOUND},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="documents_create",
        summary="Ingest a language version",
        description="Staff only, with `Authorization: Token ...`. The raw text as a "
        "multipart `file` or as JSON `text`; symbol, language and kind are detected when "
        "not given. 201 when a version is created, 200 when identical bytes were already "
        "there (nothing changes). A different text for an existing version is a 400: "
        "use PUT on the version to replace it.",
        request={
            "application/json": s.IngestInputSerializer,
            "multipart/form-data": s.IngestInputSerializer,
        },
        examples=[
            OpenApiExample(
                "JSON",
                value={"text": "United Nations A/RES/75/16 ...", "language": "en"},
                request_only=True,
            ),
            INGEST_EXAMPLE,
        ],
        responses={201: s.IngestResultSerializer, 200: s.IngestResultSerializer, **WRITE_ERRORS},
    )
    def post(self, request):
        return _ingest(s.IngestInputSerializer(data=request.data))


class DocumentDetailApi(APIView):
    @extend_schema(
        operation_id="document_retrieve",
        summary="One document",
        description="The document, its published versions, the references its versions "
        "print (with the cited document when the corpus has it) and the documents citing it.",
        parameters=[SYMBOL, CONDITIONAL],
        examples=[
            OpenApiExample(
                "references",
                value={
                    **DOCUMENT_EXAMPLE,
                    "versions": [
                        {
                            "language": "en",
                            "title": "Cooperation between the United Nations and the OIC",
                            "status": "published",
                            "source_sha256": "9f2c...",
                            "ingested_at": "2024-05-01T10:00:00Z",
                            "updated_at": "2024-05-01T10:00:00Z",
                            "warnings": 0,
                            "paragraphs": 58,
                            "url": "/api/v1/documents/A/RES/75/16/en/",
                        }
                    ],
                    "references": [
                        {
                            "symbol": "A/RES/63/114",
                            "text": "63/114",
                            "language": "en",
                            "target": "A/RES/63/114",
                        }
                    ],
                    "cited_by": [],
                },
                response_only=True,
            )
        ],
        responses={200: s.DocumentDetailSerializer, **NOT_MODIFIED, 404: ERRORS[404]},
    )
    def get(self, request, symbol):
        document = _published_document(symbol)
        etag = document_etag(document)
        if cached := _not_modified(request, etag):
            return cached
        data = s.DocumentDetailSerializer(document_detail(document)).data
        return _with_etag(Response(data), etag)

    @extend_schema(exclude=True)
    def put(self, request, symbol):
        """A PUT that reaches here named no valid language (``.../de/``):
        the version it means does not exist."""
        raise NotFound(NOT_A_VERSION.format(path=symbol))


class VersionApi(APIView):
    parser_classes = [LimitedJSONParser, MultiPartParser, FormParser]

    @extend_schema(
        operation_id="version_retrieve",
        summary="One language version",
        description="Paragraphs in reading order (id, anchor, kind, number, text, html, "
        "footnote marks, speaker), footnotes, speaker turns and meeting header of a record, "
        "and the parser's warnings.",
        parameters=[SYMBOL, LANG, CONDITIONAL],
        examples=[
            OpenApiExample(
                "version",
                value={
                    "symbol": "A/RES/75/16",
                    "language": "en",
                    "title": "Cooperation between the United Nations and the OIC",
                    "status": "published",
                    "warnings": [],
                    "source_sha256": "9f2c...",
                    "ingested_at": "2024-05-01T10:00:00Z",
                    "updated_at": "2024-05-01T10:00:00Z",
                    "paragraphs": [PARAGRAPH_EXAMPLE],
                    "footnotes": [
                        {"marker": "1", "text": "A/75/345-S/2020/898.", "html": "...",
                         "referenced_by": ["op-1"]}
                    ],
                    "speakers": [],
                    "meeting": None,
                },
                response_only=True,
            )
        ],
        responses={200: s.VersionDetailSerializer, **NOT_MODIFIED, 404: ERRORS[404]},
    )
    def get(self, request, symbol, lang):
        version = get_published_version(symbol, lang)
        if version is None:
            raise NotFound(UNKNOWN_VERSION.format(symbol=symbol, language=lang))
        etag = version_etag(version)
        if cached := _not_modified(request, etag):
            return cached
        data = {**version_detail(version), **speakers_and_meeting(version)}
        return _with_etag(Response(s.VersionDetailSerializer(data).data), etag)

    @extend_schema(
        operation_id="version_replace",
        summary="Replace (or create) a language version",
        description="Staff only. Ingests the text as the given document's version in this "
        "language, replacing the one there (same rules as `manage.py ingest --replace`). "
        "201 when created, 200 when replaced or unchanged.",
        parameters=[SYMBOL, LANG],
        request={
            "application/json": s.VersionIngestInputSerializer,
            "multipart/form-data": s.VersionIngestInputSerializer,
        },
        examples=[
            OpenApiExample(
                "JSON", value={"text": "United Nations A/RES/75/16 ..."}, request_only=True
            ),
            INGEST_EXAMPLE,
        ],
        responses={
            201: s.IngestResultSerializer,
            200: s.IngestResultSerializer,
            **WRITE_ERRORS,
            404: OpenApiResponse(s.ErrorSerializer, description="Not one of the six languages."),
        },
    )
    def put(self, request, symbol, lang):
        serializer = s.VersionIngestInputSerializer(data=request.data)
        return _ingest(serializer, symbol=symbol, language=lang, replace=True)


def _table_languages(document: Document, codes: list[str]) -> list[str]:
    try:
        return parse_languages(document, codes)
    except ValueError as error:
        raise ValidationError({"langs": [str(error)]}) from error


class AlignedApi(APIView):
    @extend_schema(
        operation_id="document_aligned",
        summary="Alignment table",
        description="The finest rows consistent with the alignment links, for one to six "
        "languages (default: the pivot and up to two more). A merge shows as one paragraph "
        "in one language against two in another; an omission as an empty list.",
        parameters=[SYMBOL, s.LanguagesQuerySerializer, CONDITIONAL],
        examples=[
            OpenApiExample(
                "merge",
                value={
                    "symbol": "A/RES/75/16",
                    "languages": ["en", "ar"],
                    "pivot": "en",
                    "rows": [
                        {
                            "index": 6,
                            "kind": "preambular",
                            "anchor": "pp-4",
                            "cells": {
                                "en": [PARAGRAPH_EXAMPLE, PARAGRAPH_EXAMPLE],
                                "ar": [PARAGRAPH_EXAMPLE],
                            },
                            "confidence": {"ar": 0.62},
                            "checked": {"ar": False},
                        }
                    ],
                },
                response_only=True,
            )
        ],
        responses={200: s.AlignedTableSerializer, **NOT_MODIFIED, **ERRORS},
    )
    def get(self, request, symbol):
        document = _published_document(symbol)
        query = s.validated(s.LanguagesQuerySerializer, request.query_params)
        languages = _table_languages(document, query.get("langs", []))
        etag = table_etag(document, languages)
        if cached := _not_modified(request, etag):
            return cached
        with collector.paused():  # the rows' dicts die with the answer (refcounts)
            data = s.AlignedTableSerializer(aligned_table(document, languages)).data
        return _with_etag(Response(data), etag)


class FormatNegotiation(DefaultContentNegotiation):
    """``?format=`` names the format of the answer (an export's, a
    translation memory's), not a DRF renderer; errors are always JSON."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class ExportApi(APIView):
    content_negotiation_class = FormatNegotiation

    @extend_schema(
        operation_id="document_export",
        summary="Bitext export",
        description="The alignment table of two to six languages as TMX 1.4 (one `<tu>` per "
        "row, a `<tuv xml:lang>` per language, `<prop type=\"x-anchor\">` with the "
        "paragraph anchors), JSON Lines (one object per row) or tab-separated text.",
        parameters=[SYMBOL, s.ExportQuerySerializer, CONDITIONAL],
        examples=[
            OpenApiExample(
                "jsonl line",
                value='{"symbol": "A/RES/75/16", "index": 6, "anchor": "pp-4", "kind": '
                '"preambular", "text": {"en": "...", "zh": "..."}, "anchors": {"en": '
                '["pp-4"], "zh": ["pp-4"]}, "confidence": {"zh": 0.97}}',
                response_only=True,
                media_type="application/jsonl",
            )
        ],
        responses={
            (200, "application/x-tmx+xml"): OpenApiTypes.STR,
            (200, "application/jsonl"): OpenApiTypes.STR,
            (200, "text/plain"): OpenApiTypes.STR,
            **NOT_MODIFIED,
            **ERRORS,
        },
    )
    def get(self, request, symbol):
        document = _published_document(symbol)
        query = s.validated(s.ExportQuerySerializer, request.query_params)
        languages = _table_languages(document, query.get("langs", []))
        if len(languages) < 2:
            raise ValidationError(
                {"langs": [TOO_FEW_LANGUAGES.format(symbol=symbol, codes=", ".join(languages))]}
            )
        etag = table_etag(document, languages, query["format"])
        if cached := _not_modified(request, etag):
            return cached
        build, content_type, extension = EXPORTERS[query["format"]]
        table = aligned_table(document, languages)
        response = HttpResponse(build(table), content_type=content_type)
        response["Content-Disposition"] = (
            f'attachment; filename="{export_filename(table, extension)}"'
        )
        return _with_etag(response, etag)


class SearchApi(generics.GenericAPIView):
    pagination_class = ConcordPagination
    throttle_classes = [SearchThrottle]  # stricter than reads, shared with /search/
    serializer_class = s.SearchHitSerializer
    filter_backends: list = []
    queryset = Paragraph.objects.none()

    @extend_schema(
        operation_id="search",
        summary="Search paragraphs",
        description="Paragraphs of published versions matching `q`, best first (BM25), "
        "each with its aligned paragraphs in the document's other languages, where the "
        "words matched (`highlights`, `snippet`) and how many paragraphs of its document "
        "match (`document_hits`). All the words must match, stemmed per language; "
        '`"..."` is a phrase; Chinese matches by characters and pairs of characters, so '
        "one character finds hits; a symbol also finds the paragraphs citing it. With "
        "`mode=concordance`, one result per occurrence (`line`: key word in context), "
        "sorted by `sort`. `engine` says whether the search index or, while it is missing "
        "or behind, the database answered (then unranked; `notice` says why). For a very "
        "common phrase (tens of thousands of paragraphs) `count` is an estimate and "
        "`count_exact` is false; the hits are exact.",
        parameters=[
            s.SearchQuerySerializer,
            OpenApiParameter("page", int, description="The page, from 1."),
            OpenApiParameter("page_size", int, description="Results a page: 50, at most 200."),
        ],
        examples=[
            OpenApiExample(
                "hit",
                value={
                    "symbol": "A/RES/75/16",
                    "language": "en",
                    "paragraph": PARAGRAPH_EXAMPLE,
                    "aligned": {"zh": [PARAGRAPH_EXAMPLE]},
                    "url": "/A/RES/75/16/?langs=en#en-op-1",
                    "row_anchors": ["op-1"],
                    "score": 7.25,
                    "highlights": [[8, 12]],
                    "snippet": {"text": "1. Takes note of the report", "start": 0, "end": 27,
                                "highlights": [[8, 12]], "truncated_start": False,
                                "truncated_end": False},
                    "document_hits": 3,
                    "line": None,
                },
                response_only=True,
            )
        ],
        responses={200: s.SearchPageSerializer, 400: ERRORS[400], **PAGE_NOT_FOUND},
    )
    def get(self, request):
        query = s.validated(s.SearchQuerySerializer, request.query_params)
        wanted = SearchQuery(
            query["q"], query.get("lang", ""), query.get("body", ""), query.get("kind", ""),
            query.get("session", ""), query.get("document", ""),
        )  # fmt: skip
        if query["mode"] == "concordance":
            results = concordance(wanted, sort=query["sort"])
        else:
            results = search(wanted)
        page = self.paginate_queryset(results)
        data = s.SearchHitSerializer(page, many=True).data
        paginated = self.get_paginated_response(data).data
        return Response({
            "count": paginated["count"], "count_exact": results.count_exact,
            "next": paginated["next"],
            "previous": paginated["previous"], "engine": results.engine,
            "notice": results.notice, "results": data,
        })  # fmt: skip
