"""A document as the reading view would show it with its drafts: for staff
who may view versions, never cached, never shown to anyone else.

The public reading view (``documents.web.views.reading``) loads published
versions only; this page loads them all and reuses the reading view's own
context and page builders (``selectors.reading_context``,
``pages.reading_page``) and template, with a notice naming the drafts. The
response is ``Cache-Control: private, no-store``: no shared cache keeps it,
and the reading view's cache is never touched.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

from curation.permissions import READ, missing_permissions
from documents import selectors
from documents.models import Document, Version

from . import pages

DRAFT_NOTICE = "Draft preview, seen by curators only: {languages} not published."
NO_DRAFT_NOTICE = "Curators' preview: every version shown is published."


def document_with_drafts(pk: int) -> Document:
    """The document with all its versions (drafts included), as
    ``selectors.get_document`` loads the published ones."""
    document = (
        Document.objects.filter(pk=pk)
        .select_related("edition")
        .prefetch_related(Prefetch(
            "versions", queryset=Version.objects.defer("source", "text").order_by("language")
        ))
        .first()
    )
    if document is None or not document.versions.all():
        raise Http404("no such document")
    return document


def preview(request, pk: int):
    """``/admin/documents/document/<pk>/preview/?langs=en,ar``."""
    if missing_permissions(request.user, READ):
        raise PermissionDenied
    document = document_with_drafts(pk)
    languages, notices = pages.choose_languages(document, pages.requested_languages(request))
    drafts = [v.language for v in document.versions.all()
              if v.status == Version.Status.DRAFT and v.language in languages]
    notices.insert(0, DRAFT_NOTICE.format(languages=", ".join(drafts)) if drafts
                   else NO_DRAFT_NOTICE)
    context = selectors.reading_context(document, languages)
    origin = f"{request.scheme}://{request.get_host()}"
    page = pages.reading_page(context, marks=True, notices=notices, origin=origin)
    page["draft_languages"] = drafts
    response = TemplateResponse(request, "reading.html", page)
    patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0)
    patch_vary_headers(response, ("Cookie",))
    return response
