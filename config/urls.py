"""Top-level URLs. The reading view takes the symbol as printed, slashes
included, so it comes last."""

from django.contrib import admin
from django.urls import path

urlpatterns = [
    path("admin/", admin.site.urls),
]
