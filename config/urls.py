"""Top-level URLs. The reading view takes the symbol as printed, slashes
included (``/A/RES/75/16/``), so the web URLs come last."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("documents.api.urls")),
    path("", include("documents.web.urls")),
]
