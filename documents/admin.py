"""Curation in the admin: upload a raw text, see what the parser made of it,
publish or withdraw it. Uploads go through the same ingest service as the
command and the API."""

from django import forms
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from documents.ingest.decode import check_upload_size
from documents.ingest.errors import IngestError
from documents.ingest.types import KINDS, LANGUAGES
from documents.models import Delegation, Document, Footnote, Paragraph, Version
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
