"""Forms of the curation pages: they parse input only; the services write.

The upload, correction, split and revert forms speak the curator's
interface language (labels, help, errors and the names of the languages and
of the document and paragraph kinds marked for translation); the values
they send are the codes the services take.
"""

from __future__ import annotations

import base64
import binascii

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from documents.ingest.decode import MAX_BYTES, check_upload_size
from documents.ingest.errors import IngestError
from documents.ingest.types import KINDS, LANGUAGES
from documents.models import Paragraph

from .pages import KIND_NAMES, LANGUAGE_NAMES_TRANSLATED

NO_TEXT = _("Choose a file or paste the text.")
BAD_SOURCE = _("The text of the preview was lost; choose the file or paste the text again.")
DETECT = _("detect")


def _language_choice(code: str):
    """"arabe (ar)": the language named in the interface language, its code beside it."""
    return code, format_lazy("{name} ({code})", name=LANGUAGE_NAMES_TRANSLATED[code], code=code)


class UploadForm(forms.Form):
    """Step one: the text (a file or pasted) and what is known of it; step
    two sends the same text back (``source``) with the details confirmed."""

    file = forms.FileField(label=_("File"), required=False,
                           help_text=_("Raw text: UTF-8, or UTF-16 with a byte order mark."))
    text = forms.CharField(label=_("Text"), required=False,
                           widget=forms.Textarea(attrs={"rows": 8}),
                           help_text=_("Or paste the text here."))
    symbol = forms.CharField(label=_("Symbol"), required=False, max_length=100,
                             help_text=_("Read from the text when empty."))
    language = forms.ChoiceField(
        label=_("Language"), required=False,
        choices=[("", DETECT)] + [_language_choice(c) for c in LANGUAGES])
    kind = forms.ChoiceField(
        label=_("Kind"), required=False,
        choices=[("", DETECT)] + [(k, KIND_NAMES[k]) for k in KINDS])
    replace = forms.BooleanField(
        label=_("Replace"), required=False,
        help_text=_("Replace the version of this language if there is one."))
    source = forms.CharField(required=False, widget=forms.HiddenInput)
    source_name = forms.CharField(required=False, widget=forms.HiddenInput, max_length=255)

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        try:
            if upload:
                check_upload_size(upload.size)
                data["raw"], data["name"] = upload.read(), upload.name
            elif data.get("text", "").strip():
                raw = data["text"].encode("utf-8")
                check_upload_size(len(raw))
                data["raw"], data["name"] = raw, "pasted text"
            elif data.get("source"):
                data["raw"] = base64.b64decode(data["source"].encode("ascii"), validate=True)
                check_upload_size(len(data["raw"]), limit=MAX_BYTES)
                data["name"] = data.get("source_name") or "upload"
            else:
                raise forms.ValidationError(NO_TEXT)
        except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
            raise forms.ValidationError(BAD_SOURCE) from exc
        except IngestError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return data


def encode_source(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


# the names of the paragraph kinds on the correction form (Paragraph.Kind's values)
PARAGRAPH_KIND_LABELS = {
    Paragraph.Kind.HEADING: _("heading"),
    Paragraph.Kind.TITLE: _("title"),
    Paragraph.Kind.PREAMBLE_INTRO: _("preamble introduction"),
    Paragraph.Kind.PREAMBULAR: _("preambular paragraph"),
    Paragraph.Kind.OPERATIVE: _("operative paragraph"),
    Paragraph.Kind.SUB_PARAGRAPH: _("subparagraph"),
    Paragraph.Kind.SPEAKER_TURN: _("speaker's statement"),
    Paragraph.Kind.PROCEDURAL: _("procedural paragraph"),
    Paragraph.Kind.ATTENDANCE: _("attendance"),
    Paragraph.Kind.SIGNATURE: _("signature"),
    Paragraph.Kind.ANNEX_HEADING: _("annex heading"),
    Paragraph.Kind.ANNEX_PARAGRAPH: _("annex paragraph"),
    Paragraph.Kind.ANNEX_SUB_PARAGRAPH: _("annex subparagraph"),
    Paragraph.Kind.ANNEX_BULLET: _("annex bullet point"),
    Paragraph.Kind.OTHER: _("other"),
}


class ParagraphForm(forms.Form):
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 6}),
                           help_text=_("*emphasis* and **strong** are read as markup."))
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[(value, PARAGRAPH_KIND_LABELS.get(value, label))
                 for value, label in Paragraph.Kind.choices],
    )
    number = forms.CharField(label=_("Number"), required=False, max_length=20)

    def __init__(self, *args, text_attributes: dict | None = None, **kwargs):
        """``text_attributes``: the ``lang`` and ``dir`` of the paragraph's
        text, so that it is edited in its own direction in any interface."""
        super().__init__(*args, **kwargs)
        self.fields["text"].widget.attrs.update(text_attributes or {})


class SplitForm(forms.Form):
    at = forms.IntegerField(label=_("Split at"), min_value=1,
                            help_text=_("Cut before this character (from 0)."))


class RevertForm(forms.Form):
    model = forms.ChoiceField(choices=[("paragraph", "paragraph"), ("link", "link")])
    history_id = forms.IntegerField(min_value=1)
