"""Curation in the admin: upload a raw text, see what the parser made of it,
publish or withdraw it; confirm or correct the series of editions found by
``documents.series``. Uploads go through the same ingest service as the
command and the API; series changes through the series services."""

from django import forms
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from documents.ingest.decode import check_upload_size
from documents.ingest.errors import IngestError
from documents.ingest.types import KINDS, LANGUAGES
from documents.models import Delegation, Document, Edition, Footnote, Paragraph, Series, Version
from documents.series import confirm_series, correct_series, find_series
from documents.services import ingest_version, set_status


class UploadForm(forms.Form):
    file = forms.FileField(help_text="Raw text: UTF-8, or UTF-16 with a byte order mark.")
    symbol = forms.CharField(required=False, help_text="Read from the text when empty.")
    language = forms.ChoiceField(choices=[("", "detect")] + [(c, c) for c in LANGUAGES],
                                 required=False)
    kind = forms.ChoiceField(choices=[("", "detect")] + [(k, k) for k in KINDS], required=False)
    replace = forms.BooleanField(required=False)
    draft = forms.BooleanField(required=False, initial=True,
                               help_text="Keep unpublished until checked.")


class VersionInline(admin.TabularInline):
    model = Version
    fields = ("language", "title", "status", "ingested_at")
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("symbol", "kind", "body", "session", "date", "pivot_language")
    readonly_fields = ("symbol", "pivot_language")
    list_filter = ("kind", "body")
    search_fields = ("symbol", "versions__title")
    inlines = [VersionInline]


class ParagraphInline(admin.TabularInline):
    model = Paragraph
    fields = ("order", "anchor", "kind", "number", "text")
    readonly_fields = ("order", "anchor", "kind", "number", "text")
    extra = 0
    can_delete = False
    show_change_link = True


class FootnoteInline(admin.TabularInline):
    model = Footnote
    fields = ("marker", "text")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Version)
class VersionAdmin(admin.ModelAdmin):
    list_display = ("document", "language", "status", "warning_count", "updated_at")
    list_filter = ("status", "language")
    search_fields = ("document__symbol", "title")
    readonly_fields = ("document", "language", "source_sha256", "source_name", "warnings",
                       "ingested_at", "updated_at")
    exclude = ("source", "text")
    inlines = [ParagraphInline, FootnoteInline]
    actions = ["publish", "withdraw"]

    @admin.display(description="warnings")
    def warning_count(self, version):
        return len(version.warnings)

    @admin.action(description="Publish selected versions", permissions=["change"])
    def publish(self, request, queryset):
        for version in queryset:
            set_status(version=version, published=True)

    @admin.action(description="Withdraw selected versions (make draft)", permissions=["change"])
    def withdraw(self, request, queryset):
        for version in queryset:
            set_status(version=version, published=False)

    def get_urls(self):
        return [
            path("upload/", self.admin_site.admin_view(self.upload_view),
                 name="documents_version_upload"),
            *super().get_urls(),
        ]

    def upload_view(self, request):
        if not self.has_add_permission(request):
            messages.error(request, "Uploading needs the right to add versions.")
            return redirect("admin:index")
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                check_upload_size(data["file"].size)
                result = ingest_version(
                    raw=data["file"].read(), source_name=data["file"].name,
                    symbol=data["symbol"] or None, language=data["language"] or None,
                    kind=data["kind"] or None, replace=data["replace"], draft=data["draft"],
                )
            except IngestError as exc:
                form.add_error("file", str(exc))
            else:
                messages.success(request, result.summary())
                for warning in result.warnings:
                    messages.warning(request, warning)
                return redirect(reverse("admin:documents_version_change",
                                        args=[result.version.pk]))
        context = {**self.admin_site.each_context(request), "form": form,
                   "title": "Upload a raw text", "opts": self.model._meta}
        return TemplateResponse(request, "admin/documents/upload.html", context)


@admin.register(Delegation)
class DelegationAdmin(admin.ModelAdmin):
    list_display = ("key", "__str__")
    search_fields = ("key", "names")


PLACED_BY_CURATOR = "placed by a curator"


class EditionInline(admin.TabularInline):
    """The editions of a series, oldest first. Adding, changing or deleting
    one is a correction: the series becomes confirmed, the editions left
    are kept by every later detection, and a document taken out is never
    put back automatically."""

    model = Edition
    fk_name = "series"
    fields = ("document", "previous", "confidence", "manual", "evidence")
    readonly_fields = ("previous", "confidence", "manual", "evidence")
    autocomplete_fields = ("document",)
    extra = 0


@admin.register(Series)
class SeriesAdmin(admin.ModelAdmin):
    list_display = ("title", "edition_count", "confidence", "confirmed", "updated_at")
    list_filter = ("confirmed",)
    search_fields = ("title", "editions__document__symbol")
    fields = ("title", "confirmed", "confidence", "excluded")
    readonly_fields = ("confidence",)
    inlines = [EditionInline]
    actions = ["confirm", "find_again"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("editions")

    @admin.display(description="editions")
    def edition_count(self, series):
        return len(series.editions.all())

    @admin.action(description="Confirm selected series (keep them as they are)",
                  permissions=["change"])
    def confirm(self, request, queryset):
        for series in queryset:
            confirm_series(series=series)
        messages.success(request, f"{queryset.count()} series confirmed.")

    @admin.action(description="Find series again in the whole corpus", permissions=["change"])
    def find_again(self, request, queryset):
        messages.success(request, find_series().summary())

    def save_formset(self, request, form, formset, change):
        """Editions a curator adds or changes are theirs (manual); those
        deleted are remembered as taken out of the series."""
        if formset.model is not Edition:
            return super().save_formset(request, form, formset, change)
        instances = formset.save(commit=False)
        removed = [edition.document.symbol for edition in formset.deleted_objects]
        for edition in formset.deleted_objects:
            edition.delete()
        for edition in instances:
            edition.manual = True
            edition.confidence = 1.0
            edition.evidence = [PLACED_BY_CURATOR]
            edition.save()
        request.series_correction = (bool(instances) or bool(removed), removed)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        corrected, removed = getattr(request, "series_correction", (False, []))
        if corrected:
            correct_series(series=form.instance, removed=removed)
        elif form.instance.confirmed and "confirmed" in form.changed_data:
            confirm_series(series=form.instance)
