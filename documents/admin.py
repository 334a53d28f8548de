"""Curation in the admin: upload a raw text, preview what the parser makes
of it, save it as a draft or publish it; review alignment, correct
paragraphs, read a document's history and revert; confirm or correct the
series of editions found by ``documents.series``.

No form here writes a document, a version, a paragraph or a link by itself:
there are no add forms (a document is made by an upload, which parses; a
version only by a parse), the change forms are read-only, and every write
goes through a service (``documents.services``, ``documents.curation``,
``alignment.services``, ``documents.history``), whose pages live in
``documents.web.curation`` and are hung here under ``admin_view``.

What the admin shows of its own (column heads, links, actions, messages) is
marked for translation: curators read it in their interface language.
"""

from django.contrib import admin, messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from documents.models import Delegation, Document, Edition, Footnote, Paragraph, Series, Version
from documents.series import confirm_series, correct_series, find_series
from documents.services import set_status
from documents.web import curation as pages
from documents.web import preview


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class VersionInline(ReadOnlyInline):
    model = Version
    fields = ("language", "title", "status", "ingested_at")
    readonly_fields = fields
    show_change_link = True


class NoRawForms:
    """No add form (rows come from a parse), no edit in place, no delete:
    the change form is for reading, the services write."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields if f.name not in self.hidden_fields]

    def save_model(self, request, obj, form, change):
        """Nothing to save: every field is read-only (a save would only
        touch updated_at and leave an empty change in the history)."""

    def save_related(self, request, form, formsets, change):
        """Inlines are read-only too."""

    hidden_fields = ()


@admin.register(Document)
class DocumentAdmin(NoRawForms, admin.ModelAdmin):
    list_display = ("symbol", "kind", "body", "session", "date", "pivot_language")
    list_filter = ("kind", "body")
    search_fields = ("symbol", "versions__title")
    inlines = [VersionInline]
    change_list_template = "admin/documents/document/change_list.html"
    change_form_template = "admin/documents/document/change_form.html"

    def get_urls(self):
        view = self.admin_site.admin_view

        def with_site(function):
            return view(lambda request, *args, **kwargs: function(
                request, self.admin_site, *args, **kwargs))

        return [
            path("<int:pk>/preview/", view(preview.preview), name="documents_document_preview"),
            path("<int:pk>/review/<str:language>/", with_site(pages.review),
                 name="documents_document_review"),
            path("<int:pk>/review/<str:language>/<int:link_id>/", with_site(pages.review_action),
                 name="documents_document_review_action"),
            path("<int:pk>/changes/", with_site(pages.document_history),
                 name="documents_document_changes"),
            *super().get_urls(),
        ]

    def history_view(self, request, object_id, extra_context=None):
        """The document's history is the curation history (every version,
        paragraph and link), not the admin's log of its own forms."""
        return redirect(reverse("admin:documents_document_changes", args=[object_id]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        document = self.get_object(request, object_id)
        extra = dict(extra_context or {})
        if document is not None:
            extra["curation_links"] = curation_links(document)
        return super().change_view(request, object_id, form_url, extra_context=extra)


def curation_links(document: Document) -> dict:
    languages = [v.language for v in document.versions.all()]
    others = [c for c in languages if c != document.pivot_language]
    preview_langs = ",".join([document.pivot_language, *others][:3])
    return {
        "preview": reverse("admin:documents_document_preview", args=[document.pk])
        + f"?langs={preview_langs}",
        "history": reverse("admin:documents_document_changes", args=[document.pk]),
        "reviews": [{"language": c, "url": reverse("admin:documents_document_review",
                                                   args=[document.pk, c])} for c in others],
    }


def correct_link(paragraph: Paragraph) -> str:
    """The link to a paragraph's correction page, in a list or an inline."""
    return format_html('<a href="{}">{}</a>',
                       reverse("admin:documents_paragraph_correct", args=[paragraph.pk]),
                       _("correct"))


class ParagraphInline(ReadOnlyInline):
    model = Paragraph
    fields = ("order", "anchor", "kind", "number", "text", "correct")
    readonly_fields = fields

    @admin.display(description="")
    def correct(self, paragraph):
        return correct_link(paragraph)


class FootnoteInline(ReadOnlyInline):
    model = Footnote
    fields = ("marker", "text")
    readonly_fields = fields


@admin.register(Version)
class VersionAdmin(NoRawForms, admin.ModelAdmin):
    list_display = ("document", "language", "status", "warning_count", "updated_at")
    list_filter = ("status", "language")
    search_fields = ("document__symbol", "title")
    exclude = ("source", "text")
    hidden_fields = ("source", "text")
    inlines = [ParagraphInline, FootnoteInline]
    actions = ["publish", "withdraw"]
    change_list_template = "admin/documents/version/change_list.html"
    change_form_template = "admin/documents/version/change_form.html"

    @admin.display(description=gettext_lazy("warnings"))
    def warning_count(self, version):
        return len(version.warnings)

    @admin.action(description=gettext_lazy("Publish selected versions"), permissions=["change"])
    def publish(self, request, queryset):
        count = 0
        for version in queryset:
            set_status(version=version, published=True)
            count += 1
        messages.success(request, ngettext("%(count)s version published.",
                                           "%(count)s versions published.", count)
                         % {"count": count})

    @admin.action(description=gettext_lazy("Withdraw selected versions (make draft)"),
                  permissions=["change"])
    def withdraw(self, request, queryset):
        count = 0
        for version in queryset:
            set_status(version=version, published=False)
            count += 1
        messages.success(request, ngettext("%(count)s version withdrawn (now a draft).",
                                           "%(count)s versions withdrawn (now drafts).", count)
                         % {"count": count})

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("upload/", view(lambda request: pages.upload(request, self.admin_site)),
                 name="documents_version_upload"),
            path("<int:pk>/publish/",
                 view(lambda request, pk: pages.publish(request, self.admin_site, pk)),
                 name="documents_version_publish"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        version = self.get_object(request, object_id)
        extra = dict(extra_context or {})
        if version is not None:
            extra["curation_links"] = curation_links(version.document)
            extra["version_status"] = version.status
        return super().change_view(request, object_id, form_url, extra_context=extra)


@admin.register(Paragraph)
class ParagraphAdmin(NoRawForms, admin.ModelAdmin):
    """Look a paragraph up (symbol, anchor, text) and open its correction page."""

    list_display = ("anchor", "version", "kind", "number", "short_text", "correct")
    list_filter = ("kind", "version__language")
    search_fields = ("version__document__symbol", "anchor", "text")
    list_select_related = ("version__document",)

    @admin.display(description=gettext_lazy("Text"))
    def short_text(self, paragraph):
        return paragraph.text[:100]

    @admin.display(description="")
    def correct(self, paragraph):
        return correct_link(paragraph)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/correct/",
                 view(lambda request, pk: pages.correct(request, self.admin_site, pk)),
                 name="documents_paragraph_correct"),
            *super().get_urls(),
        ]


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

    @admin.display(description=gettext_lazy("editions"))
    def edition_count(self, series):
        return len(series.editions.all())

    @admin.action(description=gettext_lazy("Confirm selected series (keep them as they are)"),
                  permissions=["change"])
    def confirm(self, request, queryset):
        for series in queryset:
            confirm_series(series=series)
        count = queryset.count()
        messages.success(request, ngettext("%(count)s series confirmed.",
                                           "%(count)s series confirmed.", count) % {"count": count})

    @admin.action(description=gettext_lazy("Find series again in the whole corpus"),
                  permissions=["change"])
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
