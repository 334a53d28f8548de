"""The curators' pages, served inside the admin (``documents.admin`` adds
their URLs behind ``admin_site.admin_view``: staff only, logged in).

Each view checks the permissions its write needs (``curation.permissions``),
parses its form, makes one call to a service and redirects; a service's
error (IngestError, CurationError, ReviewError, RevertError) is shown on the
page, never a 500, and nothing is half written (each service is one
transaction).

The upload, review, correction and history pages and their messages are in
the curator's interface language (LocaleMiddleware: the language cookie,
then Accept-Language; Arabic mirrored by the admin's own templates), the
services' refusals too (``curation.errors.Refusal.translated``; the API
keeps their English). What is data stays as stored: texts, anchors,
language codes. The reasons recorded in the history are stored in English;
one a service wrote from its template (``REASONS``) is shown translated,
any other as stored. The parser's refusals and warnings (``IngestError``,
``documents.ingest``) are still English.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from alignment import services as link_services
from alignment.models import Link
from alignment.review import ACTION_LABELS, review_rows
from curation.errors import Refusal
from curation.permissions import CORRECT, PUBLISH, READ, REVIEW, UPLOAD, missing_permissions
from documents import curation, history
from documents.audit import KIND_ORDER
from documents.ingest.errors import IngestError
from documents.models import RTL_LANGUAGES, Document, Paragraph, Version
from documents.services import ingest_version, set_status

from .curation_forms import (
    PARAGRAPH_KIND_LABELS,
    ParagraphForm,
    RevertForm,
    SplitForm,
    UploadForm,
    encode_source,
)
from .rendering import clean_column_html

NO_SUCH_ACTION = gettext_lazy("unknown action %(action)s")
UPLOAD_REFUSED = gettext_lazy("Uploading needs the right to add versions.")
CHOOSE_A_CHANGE = gettext_lazy("Choose a change to revert.")

# what the history page calls the models and the kinds of change
# (``documents.history.Change.model`` and ``.type``)
MODEL_LABELS = {
    "document": gettext_lazy("document"),
    "version": gettext_lazy("version"),
    "paragraph": gettext_lazy("paragraph"),
    "link": gettext_lazy("link"),
}
CHANGE_TYPE_LABELS = {
    "created": gettext_lazy("created"),
    "changed": gettext_lazy("changed"),
    "deleted": gettext_lazy("deleted"),
}

# what the upload reports once the text is stored (``IngestResult``: created,
# replaced, or the same bytes again)
STORED = {
    "created": gettext_lazy("%(version)s added (paragraphs: %(paragraphs)s, footnotes: "
                            "%(footnotes)s, warnings: %(warnings)s)."),
    "replaced": gettext_lazy("%(version)s replaced (paragraphs: %(paragraphs)s, footnotes: "
                             "%(footnotes)s, warnings: %(warnings)s)."),
    "unchanged": gettext_lazy("%(version)s unchanged: the same text is already stored."),
}

# The reasons the services record with a change, by which the history page
# names it in the interface language. They are stored in English, formatted
# from these templates, so the template is the key: a stored reason that one
# of them makes (values read back as they were put in) is shown translated;
# any other (an older wording, one given by a script) is shown as stored.
REASONS = [
    curation.CORRECTED, curation.SPLIT_FROM, curation.SPLIT_AT, curation.MERGED_INTO,
    curation.MERGED_WITH, link_services.CONFIRMED, *link_services.RELINKED.values(),
    link_services.MERGED_WITH_NEXT, link_services.SPLIT, link_services.MARKED_MISSING,
    history.REVERTED,
]
# ``{fields}`` of ``curation.CORRECTED``: what a correction changed
CORRECTED_FIELDS = {
    "text": pgettext_lazy("what a correction changed", "text"),
    "kind": pgettext_lazy("what a correction changed", "kind"),
    "number": pgettext_lazy("what a correction changed", "number"),
}
FIELD_SEPARATOR = pgettext_lazy("between the fields a correction changed", ", ")
# how each value of a reason is read back: anchors and numbers have no space,
# the fields a correction changed are words joined by ", "
REASON_VALUES = {"fields": r"[a-z]+(?:, [a-z]+)*"}
REASON_VALUE = r"\S+"
REASON_PLACEHOLDER = re.compile(r"\{(\w+)\}")  # {anchor} in "split from {anchor}"


def _reason_pattern(template: str) -> re.Pattern:
    """The stored reasons ``template`` makes: "split from {anchor}" matches
    "split from op-5", its value ``anchor`` read back as "op-5"."""
    parts = REASON_PLACEHOLDER.split(template)  # text, name, text, name, ..., text
    return re.compile("".join(
        re.escape(part) if i % 2 == 0
        else f"(?P<{part}>{REASON_VALUES.get(part, REASON_VALUE)})"
        for i, part in enumerate(parts)))


REASON_PATTERNS = [(template, _reason_pattern(template)) for template in REASONS]


def translated_reason(reason: str) -> str | None:
    """A stored reason in the interface language, or None when no service
    template makes it ("corrected text, kind" -> French "corrigé : texte, type")."""
    for template, pattern in REASON_PATTERNS:
        match = pattern.fullmatch(reason)
        if match is None:
            continue
        values = match.groupdict()
        if "fields" in values:
            fields = values["fields"].split(", ")
            if not set(fields) <= CORRECTED_FIELDS.keys():
                continue
            values["fields"] = str(FIELD_SEPARATOR).join(str(CORRECTED_FIELDS[f])
                                                         for f in fields)
        return _(template).format(**values)
    return None


def _require(request, needed) -> None:
    if missing_permissions(request.user, needed):
        raise PermissionDenied


def _text_attributes(language: str) -> dict:
    """``lang`` and ``dir`` of a text in ``language``: a paragraph is shown
    and edited in its own direction, whatever the interface's."""
    return {"lang": language, "dir": "rtl" if language in RTL_LANGUAGES else "ltr"}


def _page(request, admin_site, template: str, context: dict, **extra):
    return TemplateResponse(request, template, {**admin_site.each_context(request),
                                                **context, **extra})


# --- upload: text -> preview -> draft or published ---------------------------

def _preview_context(preview) -> dict:
    parsed = preview.parsed
    kinds = []
    for kind in KIND_ORDER:
        paragraphs = [p for p in parsed.paragraphs if p.kind == kind]
        if paragraphs:
            kinds.append({"kind": kind, "label": PARAGRAPH_KIND_LABELS.get(kind, kind),
                          "count": len(paragraphs), "paragraphs": paragraphs})
    references = sorted({r.symbol for p in parsed.paragraphs for r in p.references}
                        | {r.symbol for f in parsed.footnotes for r in f.references})
    return {"parsed": parsed, "kinds": kinds, "audit_line": preview.audit_line,
            "references": references, "warnings": parsed.warnings,
            "parsed_text": _text_attributes(parsed.language)}


def upload(request, admin_site):
    """Step one (``preview``): parse and show; step two (``draft`` or
    ``publish``): store through ``ingest_version``."""
    if missing_permissions(request.user, UPLOAD[:1]):
        messages.error(request, UPLOAD_REFUSED)
        return redirect("admin:index")
    form = UploadForm(request.POST or None, request.FILES or None)
    context = {"form": form, "title": _("Upload a text"), "opts": Version._meta}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        step = request.POST.get("step", "preview")
        if data["replace"] and missing_permissions(request.user, UPLOAD):
            raise PermissionDenied
        try:
            if step in ("draft", "publish"):
                result = ingest_version(
                    raw=data["raw"], source_name=data["name"], symbol=data["symbol"] or None,
                    language=data["language"] or None, kind=data["kind"] or None,
                    replace=data["replace"], draft=step == "draft",
                )
                messages.success(request, _stored(result))
                return redirect(reverse("admin:documents_version_change",
                                        args=[result.version.pk]))
            preview = curation.preview_upload(
                raw=data["raw"], name=data["name"], symbol=data["symbol"] or None,
                language=data["language"] or None, kind=data["kind"] or None,
            )
        except IngestError as exc:
            form.add_error(None, str(exc))
        else:
            parsed = preview.parsed
            confirm = UploadForm(initial={
                "symbol": parsed.symbol, "language": parsed.language, "kind": parsed.kind,
                "replace": data["replace"], "source": encode_source(data["raw"]),
                "source_name": data["name"],
            })
            context.update(_preview_context(preview), confirm=confirm,
                           title=_("Preview: %(symbol)s [%(language)s]") % {
                               "symbol": parsed.symbol, "language": parsed.language})
    return _page(request, admin_site, "admin/documents/upload.html", context)


def _stored(result) -> str:
    """What an upload stored, in the interface language (``result.summary()``
    is the command's English line)."""
    state = "created" if result.created else ("replaced" if result.changed else "unchanged")
    return STORED[state] % {"version": result.version, "paragraphs": result.paragraphs,
                            "footnotes": result.footnotes, "warnings": len(result.warnings)}


def publish(request, admin_site, pk: int):
    """POST: publish (``published=1``) or withdraw a version."""
    _require(request, PUBLISH)
    version = get_object_or_404(Version.objects.select_related("document"), pk=pk)
    if request.method == "POST":
        published = request.POST.get("published") == "1"
        set_status(version=version, published=published)
        if published:
            messages.success(request, _("%(version)s published.") % {"version": version})
        else:
            messages.success(request, _("%(version)s withdrawn.") % {"version": version})
    return redirect(reverse("admin:documents_version_change", args=[pk]))


# --- alignment review ---------------------------------------------------------


def review(request, admin_site, pk: int, language: str):
    """One document and language against the pivot, weakest rows first."""
    _require(request, READ + REVIEW)
    document = get_object_or_404(Document, pk=pk)
    version = get_object_or_404(Version, document=document, language=language)
    rows = review_rows(document, version)
    return _page(request, admin_site, "admin/curation/review.html", {
        "document": document, "version": version, "rows": rows,
        "pivot": document.pivot_language, "opts": Document._meta,
        # each side in its own language and direction, whatever the interface's
        "pivot_text": _text_attributes(document.pivot_language),
        "other_text": _text_attributes(language),
        "title": _("Alignment review: %(symbol)s %(pivot)s–%(language)s") % {
            "symbol": document.symbol, "pivot": document.pivot_language, "language": language},
        "is_pivot": language == document.pivot_language,
    })


def review_action(request, admin_site, pk: int, language: str, link_id: int):
    """POST ``action`` (confirm, previous, next, merge, split, missing) on one link."""
    _require(request, READ + REVIEW)
    link = get_object_or_404(Link.objects.select_related("version__document"), pk=link_id,
                             version__document_id=pk, version__language=language)
    back = reverse("admin:documents_document_review", args=[pk, language])
    if request.method != "POST":
        return redirect(back)
    action = request.POST.get("action", "")
    service = link_services.REVIEW_ACTIONS.get(action)
    if service is None:
        messages.error(request, NO_SUCH_ACTION % {"action": repr(action[:20])})
        return redirect(back)
    try:
        service(link, request.user)
    except link_services.ReviewError as exc:
        messages.error(request, exc.translated())
    else:
        messages.success(request, _("Link %(link)s: “%(action)s” done.") % {
            "link": link_id, "action": ACTION_LABELS[action]})
    return redirect(back)


# --- paragraph correction -----------------------------------------------------

def correct(request, admin_site, pk: int):
    """Edit a paragraph's text, kind and number; split it; merge it with the next."""
    _require(request, READ + CORRECT)
    paragraph = get_object_or_404(Paragraph.objects.select_related("version__document"), pk=pk)
    here = reverse("admin:documents_paragraph_correct", args=[pk])
    text_attributes = _text_attributes(paragraph.version.language)
    form = ParagraphForm(initial={"text": paragraph.text, "kind": paragraph.kind,
                                  "number": paragraph.number}, text_attributes=text_attributes)
    split = SplitForm()
    if request.method == "POST":
        step = request.POST.get("step", "")
        try:
            if step == "merge":
                curation.merge_paragraph(paragraph=paragraph, user=request.user)
                messages.success(request, _("%(anchor)s merged with the next paragraph.")
                                 % {"anchor": paragraph.anchor})
                return redirect(here)
            if step == "split":
                split = SplitForm(request.POST)
                if split.is_valid():
                    curation.split_paragraph(paragraph=paragraph, at=split.cleaned_data["at"],
                                             user=request.user)
                    messages.success(request, _("%(anchor)s split.")
                                     % {"anchor": paragraph.anchor})
                    return redirect(here)
            else:
                form = ParagraphForm(request.POST, text_attributes=text_attributes)
                if form.is_valid():
                    curation.correct_paragraph(paragraph=paragraph, user=request.user,
                                               **form.cleaned_data)
                    messages.success(request, _("%(anchor)s corrected.")
                                     % {"anchor": paragraph.anchor})
                    return redirect(here)
        except curation.CurationError as exc:
            (split if step == "split" else form).add_error(None, exc.translated())
    version = paragraph.version
    return _page(request, admin_site, "admin/curation/paragraph.html", {
        "paragraph": paragraph, "version": version, "document": version.document,
        "form": form, "split": split, "opts": Paragraph._meta,
        "shown_html": clean_column_html(paragraph.html),
        "text_attributes": text_attributes,
        "title": _("Correct %(version)s %(anchor)s") % {"version": version,
                                                          "anchor": paragraph.anchor},
    })


# --- history and revert -------------------------------------------------------

def document_history(request, admin_site, pk: int):
    """Every recorded change of the document, newest first, with revert."""
    _require(request, READ)
    document = get_object_or_404(Document, pk=pk)
    if request.method == "POST":
        _require(request, CORRECT + REVIEW)
        form = RevertForm(request.POST)
        if form.is_valid():
            try:
                history.revert_change(document=document, user=request.user,
                                      **form.cleaned_data)
            except Refusal as exc:  # RevertError, or the service's own refusal
                messages.error(request, exc.translated())
            else:
                messages.success(request, _("Change %(change)s reverted.") % {
                    "change": form.cleaned_data["history_id"]})
        else:
            messages.error(request, CHOOSE_A_CHANGE)
        return redirect(reverse("admin:documents_document_changes", args=[pk]))
    return _page(request, admin_site, "admin/curation/history.html", {
        "document": document, "changes": [_shown(c) for c in history.document_history(document)],
        "opts": Document._meta, "title": _("History of %(symbol)s") % {"symbol": document.symbol},
        "may_revert": not missing_permissions(request.user, CORRECT + REVIEW),
    })


def _shown(change: history.Change) -> dict:
    """A change as the history page prints it: its fields, and the model,
    the kind of change and (when a service's template made it) the reason
    named in the interface language."""
    reason_label = translated_reason(change.reason)
    return {**asdict(change),
            "model_label": MODEL_LABELS.get(change.model, change.model),
            "type_label": CHANGE_TYPE_LABELS.get(change.type, change.type),
            "reason_label": reason_label or change.reason,
            "reason_translated": reason_label is not None}
