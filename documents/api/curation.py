"""Curation through the API: the same services as the admin's pages.

- ``POST documents/<symbol>/<lang>/links/<id>/<action>/`` with action one of
  confirm, previous, next, merge, split, missing (``alignment.services``);
- ``PATCH documents/<symbol>/<lang>/paragraphs/<anchor>/`` with any of text,
  kind, number; ``POST .../paragraphs/<anchor>/split/`` with ``at``;
  ``POST .../paragraphs/<anchor>/merge/`` (``documents.curation``).

Drafts included: curators correct what is not published yet. Writes need a
staff account (token or session) with the permissions the admin's pages ask
(``curation.permissions``); a service's refusal is a 400 with its message.
Each view parses, makes one call, and answers with what the service made.
"""

from __future__ import annotations

from collections.abc import Sequence

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.views import APIView

from alignment import services as link_services
from alignment.models import Link
from curation.permissions import CORRECT, MISSING, READ, REVIEW, missing_permissions
from documents import curation
from documents.api import serializers as s
from documents.api.views import LANG, PARAGRAPH_EXAMPLE, SYMBOL
from documents.ingest.types import LANGUAGES
from documents.models import Paragraph
from documents.selectors import paragraph_dict

UNKNOWN_LINK = "{symbol} [{language}] has no link {link_id}"
UNKNOWN_PARAGRAPH = "{symbol} [{language}] has no paragraph {anchor!r}"
UNKNOWN_ACTION = "action must be one of {actions}"
WRITE_ERRORS = {
    400: OpenApiResponse(s.ErrorSerializer, description="The service's refusal."),
    401: OpenApiResponse(s.ErrorSerializer, description="No credentials."),
    403: OpenApiResponse(s.ErrorSerializer, description="Not staff, or lacks the permissions."),
    404: OpenApiResponse(s.ErrorSerializer, description="Unknown document, link or paragraph."),
    413: OpenApiResponse(s.ErrorSerializer, description="A body over 10 MB."),
    415: OpenApiResponse(s.ErrorSerializer, description="A body that is not JSON or a form."),
}
LINK_EXAMPLE = OpenApiExample("link made", response_only=True, value={
    "action": "confirm",
    "links": [{"id": 13, "pivot": [104, 105], "other": [230], "method": "manual",
               "checked": True, "confidence": 1.0}],
})
PARAGRAPHS_EXAMPLE = OpenApiExample("paragraph corrected", response_only=True,
                                    value={"paragraphs": [PARAGRAPH_EXAMPLE]})
LINK_ID = OpenApiParameter("link_id", OpenApiTypes.INT, OpenApiParameter.PATH,
                           description="The link's id (as on the review page).")
ACTION = OpenApiParameter("action", OpenApiTypes.STR, OpenApiParameter.PATH,
                          enum=list(link_services.REVIEW_ACTIONS),
                          description="What to do with the link.")
ANCHOR = OpenApiParameter("anchor", OpenApiTypes.STR, OpenApiParameter.PATH,
                          pattern=r"^[^/]+$", description="The paragraph's anchor: op-5, pp-3.")
PARAGRAPH_PARAMETERS = [SYMBOL, LANG, ANCHOR]


class CuratorOnly(BasePermission):
    """Staff with the view's ``needs`` permissions, for every method."""

    message = MISSING

    def has_permission(self, request, view):
        missing = missing_permissions(request.user, view.needs)
        if missing:
            if not (request.user and request.user.is_authenticated):
                return False
            raise PermissionDenied(MISSING.format(codes=", ".join(missing)))
        return True


def _link_dict(link: Link) -> dict:
    return {"id": link.pk, "pivot": list(link.pivot_ids), "other": list(link.other_ids),
            "method": link.method, "checked": link.checked, "confidence": link.confidence}


class LinkActionApi(APIView):
    permission_classes = [CuratorOnly]
    needs = READ + REVIEW

    @extend_schema(
        operation_id="link_review",
        summary="Correct one alignment link (curators)",
        description="confirm, previous / next (relink to the pivot paragraph before or after), "
        "merge (with the next link), split, missing (not in this version). The link(s) made "
        "are manual and checked, and survive re-alignment.",
        request=None,
        parameters=[SYMBOL, LANG, LINK_ID, ACTION],
        examples=[LINK_EXAMPLE],
        responses={200: inline_serializer("LinkActionResult", {
            "action": serializers.CharField(), "links": serializers.ListField()}),
            **WRITE_ERRORS},
    )
    def post(self, request, symbol, lang, link_id, action):
        service = link_services.REVIEW_ACTIONS.get(action)
        if service is None:
            raise ValidationError({"action": UNKNOWN_ACTION.format(
                actions=", ".join(link_services.REVIEW_ACTIONS))})
        link = None
        if (lang in LANGUAGES and "\x00" not in symbol and link_id.isascii()
                and link_id.isdigit() and len(link_id) < 12):
            link = Link.objects.filter(pk=int(link_id), version__document__symbol=symbol,
                                       version__language=lang).select_related("version").first()
        if link is None:
            raise NotFound(UNKNOWN_LINK.format(symbol=symbol, language=lang, link_id=link_id))
        try:
            made = service(link, request.user)
        except link_services.ReviewError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        made = made if isinstance(made, list) else [made]
        return Response({"action": action, "links": [_link_dict(x) for x in made]})


def _paragraph(symbol: str, lang: str, anchor: str) -> Paragraph:
    if lang not in LANGUAGES or "\x00" in symbol + anchor:
        raise NotFound(UNKNOWN_PARAGRAPH.format(symbol=symbol, language=lang, anchor=anchor))
    paragraph = (Paragraph.objects.filter(version__document__symbol=symbol,
                                          version__language=lang, anchor=anchor)
                 .select_related("version__document", "turn").first())
    if paragraph is None:
        raise NotFound(UNKNOWN_PARAGRAPH.format(symbol=symbol, language=lang, anchor=anchor))
    return paragraph


def _answer(paragraphs) -> Response:
    rows = []
    for p in paragraphs:
        fresh = Paragraph.objects.select_related("turn").get(pk=p.pk)
        rows.append(paragraph_dict(fresh, list(fresh.footnote_refs.select_related("footnote"))))
    return Response({"paragraphs": rows})


class ParagraphInput(serializers.Serializer):
    text = serializers.CharField(required=False, allow_blank=True, max_length=100_000)
    # checked by the service (a ChoiceField would add a second "kind" enum to
    # the schema beside the documents' kinds)
    kind = serializers.CharField(required=False, max_length=20,
                                 help_text="One of " + ", ".join(Paragraph.Kind.values) + ".")
    number = serializers.CharField(required=False, allow_blank=True, max_length=20)


class SplitInput(serializers.Serializer):
    at = serializers.IntegerField(min_value=1)


PARAGRAPHS = inline_serializer("CorrectedParagraphs", {"paragraphs": serializers.ListField()})


class ParagraphCorrectionApi(APIView):
    """One correction of one paragraph: the body checked by ``body`` (if
    the correction takes one), the paragraph found, ``apply`` makes the
    correction through ``documents.curation``, the answer lists the
    paragraphs it leaves; the service's refusal is a 400."""

    permission_classes = [CuratorOnly]
    needs = READ + CORRECT
    body: type[serializers.Serializer] | None = None

    def apply(self, paragraph: Paragraph, user, data: dict) -> Sequence[Paragraph]:
        raise NotImplementedError

    def correct(self, request, symbol: str, lang: str, anchor: str) -> Response:
        data = s.validated(self.body, request.data) if self.body else {}
        paragraph = _paragraph(symbol, lang, anchor)
        try:
            made = self.apply(paragraph, request.user, data)
        except curation.CurationError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return _answer(made)


class ParagraphApi(ParagraphCorrectionApi):
    body = ParagraphInput

    @extend_schema(operation_id="paragraph_correct",
                   summary="Correct a paragraph's text, kind or number (curators)",
                   description="Any of text (with *emphasis* and **strong** as markup), kind "
                   "and number; the HTML is derived again and sanitised, the anchor kept, the "
                   "document re-aligned. Drafts included.",
                   examples=[PARAGRAPHS_EXAMPLE],
                   request=ParagraphInput, parameters=PARAGRAPH_PARAMETERS,
                   responses={200: PARAGRAPHS, **WRITE_ERRORS})
    def patch(self, request, symbol, lang, anchor):
        return self.correct(request, symbol, lang, anchor)

    def apply(self, paragraph, user, data):
        return [curation.correct_paragraph(paragraph=paragraph, user=user, **data)]


class ParagraphSplitApi(ParagraphCorrectionApi):
    body = SplitInput

    @extend_schema(operation_id="paragraph_split", summary="Split a paragraph (curators)",
                   description="Cut the text before character ``at``: the first part keeps "
                   "the paragraph, the second follows it with the anchor <anchor>-s2.",
                   examples=[PARAGRAPHS_EXAMPLE],
                   request=SplitInput, parameters=PARAGRAPH_PARAMETERS,
                   responses={200: PARAGRAPHS, **WRITE_ERRORS})
    def post(self, request, symbol, lang, anchor):
        return self.correct(request, symbol, lang, anchor)

    def apply(self, paragraph, user, data):
        return curation.split_paragraph(paragraph=paragraph, user=user, at=data["at"])


class ParagraphMergeApi(ParagraphCorrectionApi):
    @extend_schema(operation_id="paragraph_merge",
                   summary="Merge a paragraph with the next one (curators)",
                   description="The paragraph takes in the next one of its version (text, "
                   "footnote marks, citations); the next one is deleted.",
                   examples=[PARAGRAPHS_EXAMPLE],
                   request=None, parameters=PARAGRAPH_PARAMETERS,
                   responses={200: PARAGRAPHS, **WRITE_ERRORS})
    def post(self, request, symbol, lang, anchor):
        return self.correct(request, symbol, lang, anchor)

    def apply(self, paragraph, user, data):
        return [curation.merge_paragraph(paragraph=paragraph, user=user)]
