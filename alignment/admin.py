"""Curators review links weakest first, correct them, and mark them checked.
A link edited here becomes manual, and manual links survive re-alignment."""

from django.contrib import admin
from django.db.models.functions import Now

from alignment.models import Link
from alignment.services import align_document


@admin.register(Link)
class LinkAdmin(admin.ModelAdmin):
    list_display = ("version", "shape", "pivot_text", "other_text", "confidence", "method",
                    "checked")
    list_filter = ("method", "checked", "version__language", "version__document")
    ordering = ("confidence",)
    list_select_related = ("version__document", "pivot_first", "other_first")
    raw_id_fields = ("pivot_first", "pivot_second", "other_first", "other_second")
    actions = ["mark_checked"]

    @admin.display(description="shape")
    def shape(self, link):
        return f"{len(link.pivot_ids)}:{len(link.other_ids)}"

    @admin.display(description="pivot")
    def pivot_text(self, link):
        return (link.pivot_first.text[:80] if link.pivot_first else "—")

    @admin.display(description="other")
    def other_text(self, link):
        return (link.other_first.text[:80] if link.other_first else "—")

    @admin.action(description="Mark selected links as checked", permissions=["change"])
    def mark_checked(self, request, queryset):
        queryset.update(checked=True, updated_at=Now())  # updated_at: pages and ETags change

    def save_model(self, request, obj, form, change):
        placed = {"pivot_first", "pivot_second", "other_first", "other_second"}
        if change and placed & set(form.changed_data):
            obj.method = Link.Method.MANUAL
            obj.checked = True
            obj.confidence = 1.0
        super().save_model(request, obj, form, change)
        if obj.manual:
            align_document(obj.version.document)
