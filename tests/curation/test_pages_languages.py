"""The curation pages in the curator's interface language: the language
cookie (as the site's switcher sets it) chooses French or Arabic for the
review, correction and history pages, their buttons, form labels, messages
and the services' refusals; the Arabic pages are mirrored (dir=rtl) while
the texts keep their own direction. The catalogues' completeness for these
pages is checked in tests/web/test_interface_languages.py."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.utils import translation

from alignment.models import Link
from documents import curation
from documents.models import Document, Paragraph

pytestmark = pytest.mark.django_db


def curator_in(client, language):
    """A curator (staff, in the Curators group) whose interface language is
    ``language``: the cookie LocaleMiddleware reads first."""
    user = User.objects.create_user(f"curator-{language}", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Curators"))
    client.force_login(user)
    client.cookies["django_language"] = language
    return client


def html_tag(html):
    return re.search(r"<html [^>]*>", html).group(0)


def review_page(client):
    document = Document.objects.get(symbol="A/RES/75/16")
    response = client.get(f"/admin/documents/document/{document.pk}/review/ar/")
    assert response.status_code == 200
    return document, response.content.decode()


def buttons(html):
    return set(re.findall(r'<button type="submit" name="action" value="\w+">([^<]+)</button>',
                          html))


def test_the_review_page_in_french(client, sample_corpus):
    _, html = review_page(curator_in(client, "fr"))
    assert 'lang="fr" dir="ltr"' in html_tag(html)
    assert "<title>Vérification de l’alignement : A/RES/75/16 en–ar" in html
    rows = Link.objects.filter(version__document__symbol="A/RES/75/16",
                               version__language="ar").count()
    assert f"{rows} lignes, les plus faibles d’abord." in html
    assert "un lien corrigé devient manuel" in html
    assert "<th>en (pivot)</th>" in html and "<th>actions</th>" in html
    assert {"Confirmer", "Rattacher au précédent", "Rattacher au suivant",
            "Fusionner avec le suivant"} <= buttons(html)
    assert "confiance 0,9" in html or "confiance 1,00" in html  # French decimals
    assert "Aperçu côte à côte" in html and "Historique" in html
    # nothing of the English interface is left on the page
    for english in ("Relink to previous", "weakest first", "Preview side by side", "confidence "):
        assert english not in html, english


def test_the_review_page_in_arabic_is_mirrored(client, sample_corpus):
    _, html = review_page(curator_in(client, "ar"))
    assert 'lang="ar" dir="rtl"' in html_tag(html)
    assert "admin/css/rtl.css" in html  # the admin's own mirrored styles
    assert "<title>مراجعة المحاذاة: A/RES/75/16 en–ar" in html
    assert {"تأكيد", "إعادة الربط بالسابق", "إعادة الربط بالتالي", "الدمج مع التالي"} \
        <= buttons(html)
    assert "الأضعف أولًا" in html and "معاينة جنبًا إلى جنب" in html
    assert "Relink to previous" not in html and "weakest first" not in html
    # the texts keep their own direction inside the mirrored page: the pivot's
    # English reads left to right, the Arabic right to left (not "auto": the
    # anchor that opens each would make every text left to right)
    assert '<p lang="en" dir="ltr"><code dir="ltr">op-1</code>' in html
    assert '<p lang="ar" dir="rtl"><code dir="ltr">op-1</code>' in html
    assert re.search(r'<tr class="current">\s*<td><span dir="ltr">\d:\d</span>', html)


def test_the_document_page_links_to_the_review_in_french(client, sample_corpus):
    client = curator_in(client, "fr")
    document = Document.objects.get(symbol="A/RES/75/16")
    html = client.get(f"/admin/documents/document/{document.pk}/change/").content.decode()
    assert "Vérifier l’alignement (ar)" in html and "Aperçu avec les brouillons" in html


def test_a_review_action_is_reported_in_french(client, sample_corpus):
    client = curator_in(client, "fr")
    document = Document.objects.get(symbol="A/RES/75/16")
    link = Link.objects.filter(version__document=document, version__language="ar").first()
    response = client.post(f"/admin/documents/document/{document.pk}/review/ar/{link.pk}/",
                           {"action": "confirm"}, follow=True)
    assert f"Lien {link.pk} : « Confirmer » effectué." in response.content.decode()
    response = client.post(f"/admin/documents/document/{document.pk}/review/ar/{link.pk}/",
                           {"action": "nonsense"}, follow=True)
    # (the admin capitalises its messages)
    assert "Action inconnue : &#x27;nonsense&#x27;" in response.content.decode()


def test_the_correction_page_and_its_refusals_in_french(client, sample_corpus):
    client = curator_in(client, "fr")
    paragraph = Paragraph.objects.get(version__document__symbol="A/RES/75/16",
                                      version__language="en", anchor="op-1")
    url = f"/admin/documents/paragraph/{paragraph.pk}/correct/"
    html = client.get(url).content.decode()
    assert "<h2>Corriger op-1</h2>" in html and "Enregistrer la correction" in html
    assert '<label for="id_number">Numéro\xa0:</label>' in html  # French puts a space before ':'
    assert '<option value="operative" selected>paragraphe du dispositif</option>' in html
    assert f"Le texte compte {len(paragraph.text)} caractères." in html
    assert "Fusionner avec le paragraphe suivant" in html
    refused = client.post(url, {"step": "split", "at": "100000"}).content.decode()
    last = len(paragraph.text) - 1
    assert f"scinder entre le premier et le dernier caractère : de 1 à {last}" in refused
    assert "split between" not in refused
    done = client.post(url, {"step": "correct", "text": "*Décide* de poursuivre.",
                             "kind": "operative", "number": "1"}, follow=True)
    assert "Paragraphe op-1 corrigé." in done.content.decode()


def test_the_history_page_in_arabic(client, sample_corpus):
    client = curator_in(client, "ar")
    paragraph = Paragraph.objects.get(version__document__symbol="A/RES/75/16",
                                      version__language="en", anchor="op-1")
    curation.correct_paragraph(paragraph=paragraph, text="Decides to continue.")
    document = paragraph.version.document
    html = client.get(f"/admin/documents/document/{document.pk}/changes/").content.decode()
    assert 'lang="ar" dir="rtl"' in html_tag(html)
    assert "<title>سجل تغييرات A/RES/75/16" in html
    assert "<th>متى</th>" in html and "<th>الحالة بعد التغيير</th>" in html
    assert f"<td>فقرة {paragraph.pk}</td>" in html
    assert "<td>تعديل: <span class=\"reason\">تصحيح: النص</span></td>" in html
    assert ">تراجع</button>" in html


def test_a_curation_error_is_english_and_translated_on_demand():
    error = curation.CurationError(curation.BAD_SPLIT, last=41)
    assert str(error) == "split between the first and the last character: 1 to 41"
    with translation.override("ru"):
        assert error.translated() == (
            "разделить можно только между первым и последним символом: от 1 до 41")
    with translation.override("en"):
        assert error.translated() == str(error)


def test_an_english_paragraph_is_corrected_left_to_right_in_the_arabic_interface(
        client, sample_corpus):
    client = curator_in(client, "ar")
    english, arabic = (Paragraph.objects.get(version__document__symbol="A/RES/75/16",
                                             version__language=language, anchor="op-1")
                       for language in ("en", "ar"))
    html = client.get(f"/admin/documents/paragraph/{english.pk}/correct/").content.decode()
    assert 'lang="ar" dir="rtl"' in html_tag(html)
    assert "<h2>تصحيح op-1</h2>" in html and "حفظ التصحيح" in html
    assert '<blockquote lang="en" dir="ltr" class="paragraph-html">' in html
    assert re.search(r'<textarea name="text" [^>]*lang="en" dir="ltr"', html)
    html = client.get(f"/admin/documents/paragraph/{arabic.pk}/correct/").content.decode()
    assert '<blockquote lang="ar" dir="rtl" class="paragraph-html">' in html
    assert re.search(r'<textarea name="text" [^>]*lang="ar" dir="rtl"', html)
