"""The reading room: the library at the root, then any symbol as printed,
slashes included (``/A/RES/75/16/``), so this file is included last."""

from django.urls import path

from . import editions, views

urlpatterns = [
    path("", views.library, name="library"),
    path("search/", views.search, name="search"),
    path("language/", views.interface_language, name="interface_language"),
    path("<path:symbol>/changes/", editions.changes, name="changes"),
    path("<path:symbol>/", views.reading, name="reading"),
]
