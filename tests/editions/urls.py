"""The site's URLs with the editions API routes in front, as
documents/api/urls.py will have them (the lead adds them there), so the
API tests of this folder run before and after that change."""

from django.urls import path

from config.urls import urlpatterns as site_urlpatterns
from documents.api import editions

urlpatterns = [
    path("api/v1/documents/<path:symbol>/series/", editions.SeriesApi.as_view(),
         name="api-document-series"),
    path("api/v1/documents/<path:symbol>/changes/", editions.ChangesApi.as_view(),
         name="api-document-changes"),
    path("api/v1/documents/<path:symbol>/memory/", editions.MemoryApi.as_view(),
         name="api-document-memory"),
    *site_urlpatterns,
]
