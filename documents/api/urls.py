"""API URLs (included under ``/api/``).

A symbol keeps its slashes (``A/RES/75/16``), so the symbol is a ``path``
and the more specific patterns come first: ``aligned/`` and ``export/``,
then a language version, then the document itself.
"""

from django.http import JsonResponse
from django.urls import path, re_path, register_converter
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from documents.api import curation, editions, views
from documents.ingest.types import LANGUAGES


class LanguageConverter:
    """One of the six UN language codes: ``en``, ``zh``..."""

    regex = "|".join(LANGUAGES)

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(LanguageConverter, "lang")

NO_SUCH_ENDPOINT = "no such API endpoint"


@csrf_exempt
def no_such_endpoint(request, rest=""):
    """Anything else under /api/ (a path with a line break in it, a typo)
    answers JSON like the rest of the API, not the site's HTML 404 (nor a
    CSRF 403 for a write: there is nothing here to protect)."""
    return JsonResponse({"detail": NO_SUCH_ENDPOINT}, status=404)


urlpatterns = [
    path("v1/documents/", views.DocumentListApi.as_view(), name="api-documents"),
    path(
        "v1/documents/<path:symbol>/aligned/",
        views.AlignedApi.as_view(),
        name="api-document-aligned",
    ),
    path(
        "v1/documents/<path:symbol>/export/",
        views.ExportApi.as_view(),
        name="api-document-export",
    ),
    path(
        "v1/documents/<path:symbol>/changes/",
        editions.ChangesApi.as_view(),
        name="api-document-changes",
    ),
    path(
        "v1/documents/<path:symbol>/memory/",
        editions.MemoryApi.as_view(),
        name="api-document-memory",
    ),
    path(
        "v1/documents/<path:symbol>/series/",
        editions.SeriesApi.as_view(),
        name="api-document-series",
    ),
    # curation (staff): before the version itself, whose symbol is a path;
    # any language or id is taken here and answered 404 when unknown
    path(
        "v1/documents/<path:symbol>/<str:lang>/links/<str:link_id>/<str:action>/",
        curation.LinkActionApi.as_view(),
        name="api-link-action",
    ),
    path(
        "v1/documents/<path:symbol>/<str:lang>/paragraphs/<str:anchor>/split/",
        curation.ParagraphSplitApi.as_view(),
        name="api-paragraph-split",
    ),
    path(
        "v1/documents/<path:symbol>/<str:lang>/paragraphs/<str:anchor>/merge/",
        curation.ParagraphMergeApi.as_view(),
        name="api-paragraph-merge",
    ),
    path(
        "v1/documents/<path:symbol>/<str:lang>/paragraphs/<str:anchor>/",
        curation.ParagraphApi.as_view(),
        name="api-paragraph",
    ),
    path(
        "v1/documents/<path:symbol>/<lang:lang>/",
        views.VersionApi.as_view(),
        name="api-version",
    ),
    path("v1/documents/<path:symbol>/", views.DocumentDetailApi.as_view(), name="api-document"),
    path("v1/search/", views.SearchApi.as_view(), name="api-search"),
    # the schema and its docs are the same for everyone and need no
    # database: not counted against a client's rate
    path("schema/", SpectacularAPIView.as_view(throttle_classes=[]), name="api-schema"),
    path(
        "docs/",
        SpectacularSwaggerView.as_view(url_name="api-schema", throttle_classes=[]),
        name="api-docs",
    ),
    re_path(r"^(?P<rest>[\s\S]*)$", no_such_endpoint),
]
