"""The API of editions: a document's series, what changed since an earlier
edition, and how the closest earlier paragraphs were translated.

- ``GET documents/<symbol>/series/``: the series the document belongs to.
- ``GET documents/<symbol>/changes/?since=<older symbol>&lang=zh``: the
  paragraphs of both editions paired, each unchanged, changed (with its
  diff and fuzzy match), new or dropped, and whether it moved.
- ``GET documents/<symbol>/memory/?lang=en&since=...&langs=zh,ar&format=
  json|tmx&minimum=50``: for each paragraph of the document, the closest
  paragraph of the earlier editions with its fuzzy match and its aligned
  translations; as TMX 1.4, one ``<tu>`` per match, for a CAT tool.

Like the rest of the API, each view parses its query, makes one call to the
readers of ``documents.series`` and renders; an ``EditionsError`` becomes a
404 (an edition that does not exist) or a 400 (a bad parameter).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from documents import series as editions
from documents.api.exports import tmx_document, tmx_prop, tmx_text, tmx_tuv
from documents.api.serializers import ErrorSerializer, LanguagesQuerySerializer, validated
from documents.api.views import FormatNegotiation
from documents.ingest.types import LANGUAGES

MEMORY_FORMATS = ("json", "tmx")

SYMBOL = OpenApiParameter(
    "symbol", OpenApiTypes.STR, OpenApiParameter.PATH,
    description="UN symbol as printed, slashes included: A/RES/75/16.",
    examples=[OpenApiExample("resolution", value="A/RES/75/16")],
)
ERRORS = {
    400: OpenApiResponse(ErrorSerializer, description="Bad parameters."),
    404: OpenApiResponse(ErrorSerializer, description="Unknown symbol."),
}


# -- inputs -----------------------------------------------------------------------


class ChangesQuerySerializer(serializers.Serializer):
    since = serializers.CharField(
        required=False, allow_blank=True, max_length=100,
        help_text="The earlier edition (default: the previous edition of the series).",
    )
    lang = serializers.ChoiceField(
        choices=LANGUAGES, required=False,
        help_text="The language to compare in (default: the document's pivot when the "
        "earlier edition has it, else the first language both have).",
    )


class MemoryQuerySerializer(ChangesQuerySerializer, LanguagesQuerySerializer):
    langs = serializers.CharField(
        required=False, allow_blank=True, max_length=40,
        help_text="Languages of the translations, e.g. zh,ar (default: every language of "
        "the earlier editions).",
    )
    minimum = serializers.IntegerField(
        required=False, min_value=0, max_value=100,
        help_text="The lowest fuzzy match offered, in percent (default 50).",
    )
    format = serializers.ChoiceField(choices=MEMORY_FORMATS, default="json")


# -- outputs ----------------------------------------------------------------------


class EditionSerializer(serializers.Serializer):
    symbol = serializers.CharField()
    date = serializers.DateField(allow_null=True)
    session = serializers.IntegerField(allow_null=True)
    confidence = serializers.FloatField()
    manual = serializers.BooleanField(help_text="Placed or confirmed by a curator.")
    evidence = serializers.ListField(child=serializers.CharField())
    previous = serializers.CharField(allow_null=True)
    url = serializers.CharField(help_text="The reading view.")


class SeriesSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    confidence = serializers.FloatField(help_text="The weakest edition's confidence.")
    confirmed = serializers.BooleanField()
    editions = EditionSerializer(many=True, help_text="Oldest first.")


class ChangedParagraphSerializer(serializers.Serializer):
    anchor = serializers.CharField()
    kind = serializers.CharField()
    number = serializers.CharField()
    text = serializers.CharField()
    url = serializers.CharField(help_text="The paragraph in the reading view.")


class DiffOpSerializer(serializers.Serializer):
    op = serializers.ChoiceField(choices=("equal", "delete", "insert"))
    text = serializers.CharField()
    old = serializers.CharField(
        required=False,
        help_text="An equal run as the older edition prints it, when that differs "
        "(whitespace, punctuation width).",
    )


class PairSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=("unchanged", "changed", "new", "dropped"))
    moved = serializers.BooleanField(help_text="Left its place in the order of the text.")
    similarity = serializers.FloatField(help_text="The pairing score, 0 to 1.")
    match = serializers.IntegerField(help_text="Fuzzy match percentage (100: same text).")
    old = ChangedParagraphSerializer(allow_null=True)
    new = ChangedParagraphSerializer(allow_null=True)
    diff = DiffOpSerializer(
        many=True,
        help_text="For a changed pair, the texts without their printed numbers as runs: "
        "equal (its `old` when it has one) + delete give the older text, equal + insert "
        "the newer.",
    )


class SummarySerializer(serializers.Serializer):
    unchanged = serializers.IntegerField()
    changed = serializers.IntegerField()
    new = serializers.IntegerField()
    dropped = serializers.IntegerField()
    moved = serializers.IntegerField()


class ChangesSerializer(serializers.Serializer):
    symbol = serializers.CharField()
    since = serializers.CharField()
    language = serializers.CharField()
    summary = SummarySerializer()
    pairs = PairSerializer(many=True, help_text="In the newer edition's order.")


class TranslationSerializer(serializers.Serializer):
    anchors = serializers.ListField(child=serializers.CharField())
    text = serializers.CharField()


class MemorySourceSerializer(serializers.Serializer):
    symbol = serializers.CharField()
    anchor = serializers.CharField()
    text = serializers.CharField()
    url = serializers.CharField()


class MemoryMatchSerializer(serializers.Serializer):
    anchor = serializers.CharField()
    kind = serializers.CharField()
    text = serializers.CharField()
    url = serializers.CharField()
    match = serializers.IntegerField(help_text="0 when no earlier paragraph is close enough.")
    source = MemorySourceSerializer(allow_null=True)
    translations = serializers.DictField(child=TranslationSerializer())


class MemorySerializer(serializers.Serializer):
    symbol = serializers.CharField()
    language = serializers.CharField()
    languages = serializers.ListField(child=serializers.CharField())
    since = serializers.ListField(child=serializers.CharField())
    minimum = serializers.IntegerField()
    matches = MemoryMatchSerializer(many=True)


# -- TMX ----------------------------------------------------------------------------


def memory_tmx(memory: dict) -> str:
    """The translation memory's matches as TMX 1.4: one ``<tu>`` per
    paragraph that has a match, holding the *earlier* edition's paragraph
    (``srclang``) and its aligned translations, so a CAT tool offers them
    for the new text. Props: ``x-match`` (the fuzzy match with the new
    paragraph), ``x-symbol`` and ``x-anchor`` (where the entry comes from),
    ``x-new-symbol`` and ``x-new-anchor`` (the paragraph it was found for);
    each ``<tuv>`` has ``x-anchor`` with its paragraphs' anchors."""
    language = memory["language"]
    root, body = tmx_document(language)
    for match in memory["matches"]:
        source = match["source"]
        if not source:
            continue
        tu = ET.SubElement(body, "tu", tuid=f"{memory['symbol']}#{match['anchor']}")
        for kind, value in (
            ("x-match", str(match["match"])),
            ("x-symbol", source["symbol"]),
            ("x-anchor", source["anchor"]),
            ("x-new-symbol", memory["symbol"]),
            ("x-new-anchor", match["anchor"]),
        ):
            tmx_prop(tu, kind, value)
        tmx_tuv(tu, language, [source["anchor"]], source["text"])
        for code in memory["languages"]:
            translation = match["translations"].get(code)
            if translation and translation["text"]:
                tmx_tuv(tu, code, translation["anchors"], translation["text"])
    return tmx_text(root)


def memory_filename(memory: dict) -> str:
    symbol = "-".join(part for part in memory["symbol"].replace(".", "/").split("/") if part)
    return f"{symbol}.memory.{memory['language']}.tmx"


# -- views ----------------------------------------------------------------------------


def _document(symbol: str):
    try:
        return editions.published_document(symbol)
    except editions.EditionsError as error:
        raise NotFound(str(error)) from error


def _since_and_language(document, query: dict, series: dict | None):
    """The earlier edition and the language, or a 400 naming the parameter."""
    try:
        since = editions.resolve_since(document, query.get("since", ""), series)
    except editions.EditionsError as error:
        raise ValidationError({"since": [str(error)]}) from error
    try:
        language = editions.choose_language(document, since, query.get("lang", ""), strict=True)
    except editions.EditionsError as error:
        raise ValidationError({"lang": [str(error)]}) from error
    return since, language


class SeriesApi(APIView):
    @extend_schema(
        operation_id="document_series",
        summary="The document's series",
        description="The editions of the resolution this document is one of (found from "
        "what the texts say, or set by a curator), oldest first, each with its confidence "
        "and the evidence for it.",
        parameters=[SYMBOL],
        examples=[
            OpenApiExample(
                "two editions",
                value={
                    "id": 1,
                    "title": "Cooperation between the United Nations and the Organization "
                    "of Islamic Cooperation",
                    "confidence": 0.96, "confirmed": False,
                    "editions": [
                        {"symbol": "A/RES/63/114", "date": "2008-12-05", "session": 63,
                         "confidence": 1.0, "manual": False, "evidence": [], "previous": None,
                         "url": "/A/RES/63/114/"},
                        {"symbol": "A/RES/75/16", "date": "2020-11-23", "session": 75,
                         "confidence": 0.96, "manual": False,
                         "evidence": ["recalls A/RES/63/114"], "previous": "A/RES/63/114",
                         "url": "/A/RES/75/16/"},
                    ],
                },
                response_only=True,
            )
        ],
        responses={200: SeriesSerializer, 404: ERRORS[404]},
    )
    def get(self, request, symbol):
        document = _document(symbol)
        series = editions.series_of(document)
        if series is None:
            raise NotFound(f"{document.symbol} is in no series")
        return Response(SeriesSerializer(series).data)


class ChangesApi(APIView):
    @extend_schema(
        operation_id="document_changes",
        summary="What changed since an earlier edition",
        description="The paragraphs of the earlier edition (`since`, default the previous "
        "edition of the series) and of this one in one language, paired by text "
        "similarity, moved paragraphs found: each pair unchanged, changed (with a "
        "word-level diff, character-level in Chinese, and the fuzzy match), new or dropped.",
        parameters=[SYMBOL, ChangesQuerySerializer],
        examples=[
            OpenApiExample(
                "a changed paragraph",
                value={
                    "symbol": "A/RES/75/16", "since": "A/RES/63/114", "language": "zh",
                    "summary": {"unchanged": 2, "changed": 34, "new": 27, "dropped": 2,
                                "moved": 1},
                    "pairs": [{
                        "status": "changed", "moved": False, "similarity": 0.8, "match": 85,
                        "old": {"anchor": "title", "kind": "title", "number": "",
                                "text": "63/114. 联合国同伊斯兰会议组织的合作",
                                "url": "/A/RES/63/114/?langs=zh#zh-title"},
                        "new": {"anchor": "title", "kind": "title", "number": "",
                                "text": "75/16. 联合国同伊斯兰合作组织的合作",
                                "url": "/A/RES/75/16/?langs=zh#zh-title"},
                        "diff": [{"op": "equal", "text": "联合国同伊斯兰"},
                                 {"op": "delete", "text": "会议"},
                                 {"op": "insert", "text": "合作"},
                                 {"op": "equal", "text": "组织的合作"}],
                    }],
                },
                response_only=True,
            )
        ],
        responses={200: ChangesSerializer, **ERRORS},
    )
    def get(self, request, symbol):
        document = _document(symbol)
        query = validated(ChangesQuerySerializer, request.query_params)
        since, language = _since_and_language(document, query, editions.series_of(document))
        return Response(ChangesSerializer(
            editions.edition_changes(document, since, language)).data)


class MemoryApi(APIView):
    content_negotiation_class = FormatNegotiation

    @extend_schema(
        operation_id="document_memory",
        summary="Translation memory from earlier editions",
        description="For each paragraph of the document in `lang`, the closest paragraph of "
        "the earlier editions (`since`, default every earlier edition of the series, "
        "newest first) with its fuzzy match as CAT tools compute it and its aligned "
        "translations in `langs`. `format=tmx` gives the matches as TMX 1.4.",
        parameters=[SYMBOL, MemoryQuerySerializer],
        examples=[
            OpenApiExample(
                "one match",
                value={
                    "symbol": "A/RES/75/16", "language": "zh", "languages": ["en"],
                    "since": ["A/RES/63/114"], "minimum": 50,
                    "matches": [{
                        "anchor": "op-1", "kind": "operative",
                        "text": "1. 满意地注意到秘书长的报告；",
                        "url": "/A/RES/75/16/?langs=zh#zh-op-1", "match": 92,
                        "source": {"symbol": "A/RES/63/114", "anchor": "op-1",
                                   "text": "1. 满意地注意到秘书长的报告；",
                                   "url": "/A/RES/63/114/?langs=zh#zh-op-1"},
                        "translations": {"en": {"anchors": ["op-1"], "text": "1. Takes note "
                                                "with satisfaction of the report of the "
                                                "Secretary-General;"}},
                    }],
                },
                response_only=True,
            )
        ],
        responses={
            (200, "application/json"): MemorySerializer,
            (200, "application/x-tmx+xml"): OpenApiTypes.STR,
            **ERRORS,
        },
    )
    def get(self, request, symbol):
        document = _document(symbol)
        query = validated(MemoryQuerySerializer, request.query_params)
        series = editions.series_of(document)
        if query.get("since"):
            since, language = _since_and_language(document, query, series)
            earlier = [since]
        else:
            earlier = _earlier_editions(document, series)
            language = _memory_language(document, earlier, query.get("lang", ""))
        memory = editions.translation_memory(
            document, language=language, earlier=earlier, languages=query.get("langs", []),
            minimum=query.get("minimum"),
        )
        if query["format"] == "tmx":
            response = HttpResponse(memory_tmx(memory),
                                    content_type="application/x-tmx+xml; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{memory_filename(memory)}"'
            return response
        return Response(MemorySerializer(memory).data)


def _earlier_editions(document, series: dict | None) -> list:
    earlier = []
    for symbol in editions.earlier_editions(document, series):
        try:
            earlier.append(editions.published_document(symbol))
        except editions.EditionsError:
            continue
    if not earlier:
        raise ValidationError(
            {"since": [editions.NO_EARLIER_EDITION.format(symbol=document.symbol)]}
        )
    return earlier


def _memory_language(document, earlier: list, asked: str) -> str:
    """``asked``, which the document must have; by default the document's
    pivot. Editions without it are skipped by the memory."""
    languages = [v.language for v in document.versions.all()]
    language = asked or (document.pivot_language if document.pivot_language in languages
                         else languages[0])
    if language not in languages:
        raise ValidationError({"lang": [editions.MISSING_LANGUAGE.format(
            symbol=document.symbol, language=language)]})
    if not any(language in [v.language for v in e.versions.all()] for e in earlier):
        raise ValidationError({"lang": [editions.MISSING_LANGUAGE.format(
            symbol=earlier[0].symbol, language=language)]})
    return language
