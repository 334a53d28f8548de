"""Top-level URLs. The reading view takes the symbol as printed, slashes
included (``/A/RES/75/16/``), so the web URLs come last. Errors outside the
views are answered by ``config.errors``: JSON under /api/, the site's
layout elsewhere, 503 for a database that cannot be reached."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("documents.api.urls")),
    path("", include("documents.web.urls")),
]

handler400 = "config.errors.bad_request"
handler500 = "config.errors.server_error"
