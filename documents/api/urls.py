"""API URLs (included under ``/api/``).

A symbol keeps its slashes (``A/RES/75/16``), so the symbol is a ``path``
and the more specific patterns come first: ``aligned/`` and ``export/``,
then a language version, then the document itself.
"""

from django.urls import path, register_converter
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from documents.api import views
from documents.ingest.types import LANGUAGES


class LanguageConverter:
    """One of the six UN language codes: ``en``, ``zh``..."""

    regex = "|".join(LANGUAGES)

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(LanguageConverter, "lang")

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
        "v1/documents/<path:symbol>/<lang:lang>/",
        views.VersionApi.as_view(),
        name="api-version",
    ),
    path("v1/documents/<path:symbol>/", views.DocumentDetailApi.as_view(), name="api-document"),
    path("v1/search/", views.SearchApi.as_view(), name="api-search"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
]
