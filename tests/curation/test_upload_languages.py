"""The upload page and the admin's version and document pages in the
curator's interface language (French, and Arabic mirrored): the page's
text, form labels, help and choices, the preview's headings and paragraph
kinds, the message after saving, the version's status and its Publish /
Withdraw buttons, the "correct" links and the admin's actions. Each page is
also checked against every English string its template marks: one left
untranslated in a catalogue shows in English, and the test fails."""

import re
from pathlib import Path

import pytest
from django.utils.translation import override

from documents.models import Document, Version
from tests.web.test_interface_languages import marked_messages

from .test_pages_languages import curator_in, html_tag

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "documents" / "sample_corpus"
UPLOAD = "/admin/documents/version/upload/"
PLACEHOLDER_OR_TAG = re.compile(r"%\(\w+\)s|\{\w+\}|<[^>]+>")


def english_left(html: str, template: str, language: str) -> list[str]:
    """The English of ``template``'s marked strings that shows on ``html``
    (each string's longest run of words between placeholders and tags),
    leaving out those whose translation is the same words."""
    from django.utils.translation import gettext, pgettext

    left = []
    for context, msgid in marked_messages(ROOT / "templates" / template):
        with override(language):
            translated = pgettext(context, msgid) if context else gettext(msgid)
        words = max(PLACEHOLDER_OR_TAG.split(msgid), key=len).strip()
        if translated != msgid and len(words) > 3 and words in html:
            left.append(words)
    return left


def preview(client, sample: str) -> str:
    with (SAMPLES / sample).open("rb") as handle:
        response = client.post(UPLOAD, {"step": "preview", "file": handle})
    assert response.status_code == 200
    return response.content.decode()


def test_the_upload_page_in_french(client, sample_corpus):
    client = curator_in(client, "fr")
    html = client.get(UPLOAD).content.decode()
    assert 'lang="fr" dir="ltr"' in html_tag(html)
    assert "<title>Téléverser un texte" in html
    assert "Choisissez un fichier ou collez le texte. Il est d’abord analysé" in html
    for label in ("Fichier", "Texte", "Cote", "Langue", "Type", "Remplacer"):
        assert re.search(rf"<label for=\"id_\w+\">{label}\xa0:</label>", html), label
    assert "Lue dans le texte si elle est laissée vide." in html
    assert '<option value="" selected>détecter</option>' in html
    assert '<option value="ar">arabe (ar)</option>' in html
    assert '<option value="resolution">Résolution</option>' in html
    assert 'value="preview">Aperçu</button>' in html
    assert english_left(html, "admin/documents/upload.html", "fr") == []
    for english in ("Raw text", "Or paste", "Read from the text", ">detect<", ">File"):
        assert english not in html, english
    refused = client.post(UPLOAD, {"step": "preview"}).content.decode()
    assert "Choisissez un fichier ou collez le texte.</li>" in refused


def test_the_upload_preview_and_saving_in_french(client, sample_corpus):
    client = curator_in(client, "fr")
    Version.objects.filter(document__symbol="A/RES/75/16", language="ar").delete()
    html = preview(client, "A-RES-75-16.ar.txt")
    assert "<title>Aperçu : A/RES/75/16 [ar]" in html
    assert "<h2>Détecté — confirmez ou corrigez</h2>" in html
    assert 'value="draft">Enregistrer comme brouillon</button>' in html
    assert 'value="publish">Publier</button>' in html
    assert "Nouvel aperçu avec ces précisions" in html
    assert "<h2>Bilan de l’analyse</h2>" in html and "<h2>Avertissements (0)</h2>" in html
    assert "<li>aucun</li>" in html and "<h2>Paragraphes par type</h2>" in html
    assert '<span class="kind-name">alinéa du préambule</span>: ' \
           '<span class="kind-count">28</span>' in html
    assert "<h2>Notes (6)</h2>" in html and "<h2>Citations (" in html
    # the Arabic text in its own direction inside the French page
    assert '<li lang="ar" dir="rtl"><code dir="ltr">pp-1</code>' in html
    assert english_left(html, "admin/documents/upload.html", "fr") == []
    source = re.search(r'name="source" value="([^"]+)"', html).group(1)
    saved = client.post(UPLOAD, {"step": "draft", "source": source, "source_name": "ar.txt",
                                 "symbol": "A/RES/75/16", "language": "ar",
                                 "kind": "resolution"}, follow=True).content.decode()
    version = Version.objects.get(document__symbol="A/RES/75/16", language="ar")
    assert (f"A/RES/75/16 [ar] : version ajoutée (paragraphes : {version.paragraphs.count()}, "
            "notes : 6, avertissements : 0).") in saved
    assert "created:" not in saved
    assert "Cette version est <strong>un brouillon</strong>." in saved
    assert 'name="publish" value="Publier"' in saved
    published = client.post(f"/admin/documents/version/{version.pk}/publish/",
                            {"published": "1"}, follow=True).content.decode()
    assert "A/RES/75/16 [ar] : version publiée." in published
    assert "Cette version est <strong>publiée</strong>." in published
    assert 'name="withdraw" value="Retirer (repasser en brouillon)"' in published
    for english in ("This version is", 'value="Publish"', "Withdraw (make draft)"):
        assert english not in published, english
    # the same bytes again: nothing changes, and the message says so
    again = client.post(UPLOAD, {"step": "publish", "source": source, "source_name": "ar.txt",
                                 "symbol": "A/RES/75/16", "language": "ar",
                                 "kind": "resolution"}, follow=True).content.decode()
    assert "A/RES/75/16 [ar] : version inchangée, le même texte est déjà enregistré." in again


def test_the_upload_page_in_arabic_is_mirrored(client, sample_corpus):
    client = curator_in(client, "ar")
    html = client.get(UPLOAD).content.decode()
    assert 'lang="ar" dir="rtl"' in html_tag(html)
    assert "<title>رفع نص" in html and "اختر ملفًا أو الصق النص." in html
    assert '<label for="id_symbol">الرمز:</label>' in html
    assert '<option value="" selected>اكتشاف تلقائي</option>' in html
    assert '<option value="fr">الفرنسية (fr)</option>' in html
    assert 'value="preview">معاينة</button>' in html
    assert english_left(html, "admin/documents/upload.html", "ar") == []
    Version.objects.filter(document__symbol="A/RES/75/16", language="en").delete()
    html = preview(client, "A-RES-75-16.en.txt")
    assert "<title>معاينة: A/RES/75/16 [en]" in html
    assert "<h2>الفقرات حسب النوع</h2>" in html and "فقرة من المنطوق" in html
    assert 'value="draft">حفظ كمسودة</button>' in html
    # the English text reads left to right in the mirrored page
    assert '<li lang="en" dir="ltr"><code dir="ltr">op-1</code>' in html
    assert english_left(html, "admin/documents/upload.html", "ar") == []


def test_the_version_page_in_arabic(client, sample_corpus):
    client = curator_in(client, "ar")
    version = Version.objects.get(document__symbol="A/RES/75/16", language="ar")
    html = client.get(f"/admin/documents/version/{version.pk}/change/").content.decode()
    assert 'lang="ar" dir="rtl"' in html_tag(html)
    assert "هذه النسخة <strong>منشورة</strong>." in html
    assert 'name="withdraw" value="سحب (إعادتها مسودة)"' in html
    paragraph = version.paragraphs.get(anchor="op-1")
    assert f'<a href="/admin/documents/paragraph/{paragraph.pk}/correct/">تصحيح</a>' in html
    assert ">correct</a>" not in html and "This version is" not in html
    Version.objects.filter(pk=version.pk).update(status="draft")
    html = client.get(f"/admin/documents/version/{version.pk}/change/").content.decode()
    assert "هذه النسخة <strong>مسودة</strong>." in html and 'value="نشر"' in html


def test_the_admin_lists_and_actions_in_french(client, sample_corpus):
    client = curator_in(client, "fr")
    versions = client.get("/admin/documents/version/").content.decode()
    assert ">Téléverser un texte</a>" in versions and "Upload a text" not in versions
    assert "Publier les versions sélectionnées" in versions
    assert "Retirer les versions sélectionnées (repasser en brouillon)" in versions
    assert "Avertissements" in versions  # the column head (the admin capitalises it)
    paragraphs = client.get("/admin/documents/paragraph/?q=op-1").content.decode()
    assert ">corriger</a>" in paragraphs and ">correct</a>" not in paragraphs
    documents = client.get("/admin/documents/document/").content.decode()
    assert ">Téléverser un texte</a>" in documents
    document = Document.objects.get(symbol="A/RES/75/16")
    page = client.get(f"/admin/documents/document/{document.pk}/change/").content.decode()
    assert "Voir sur le site" in page and "View on site" not in page
    drafts = Version.objects.filter(document=document, language__in=["ar", "zh"])
    withdrawn = client.post("/admin/documents/version/", {
        "action": "withdraw", "_selected_action": [v.pk for v in drafts]}, follow=True)
    assert "2 versions retirées (désormais des brouillons)." in withdrawn.content.decode()
    assert set(Version.objects.filter(pk__in=drafts).values_list("status", flat=True)) \
        == {"draft"}
    published = client.post("/admin/documents/version/", {
        "action": "publish", "_selected_action": [drafts[0].pk]}, follow=True)
    assert "1 version publiée." in published.content.decode()
