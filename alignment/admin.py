"""Links in the admin: a list to look them up, weakest first, and the
"mark checked" action. Nothing here edits a link in place: corrections
(confirm, relink, merge, split, "not in this version") are made on the
review page of a document and language (Documents -> a document -> Review),
through ``alignment.services``, which keep history and re-align."""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html

from alignment.models import Link
from alignment.services import confirm_links


@admin.register(Link)
class LinkAdmin(admin.ModelAdmin):
    list_display = ("version", "shape", "pivot_text", "other_text", "confidence", "method",
                    "checked", "review")
    list_filter = ("method", "checked", "version__language", "version__document")
    ordering = ("confidence",)
    list_select_related = ("version__document", "pivot_first", "other_first")
    actions = ["mark_checked"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in Link._meta.fields]

    @admin.display(description="shape")
    def shape(self, link):
        return f"{len(link.pivot_ids)}:{len(link.other_ids)}"

    @admin.display(description="pivot")
    def pivot_text(self, link):
        return (link.pivot_first.text[:80] if link.pivot_first else "—")

    @admin.display(description="other")
    def other_text(self, link):
        return (link.other_first.text[:80] if link.other_first else "—")

    @admin.display(description="")
    def review(self, link):
        url = reverse("admin:documents_document_review",
                      args=[link.version.document_id, link.version.language])
        return format_html('<a href="{}">review</a>', url)

    @admin.action(description="Mark selected links as checked", permissions=["change"])
    def mark_checked(self, request, queryset):
        confirmed = confirm_links(links=list(queryset), user=request.user)
        messages.success(request, f"{len(confirmed)} links checked.")
