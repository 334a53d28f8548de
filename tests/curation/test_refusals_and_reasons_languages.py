"""The link review's and the revert's refusals, and the reasons recorded in
the history, in the curator's interface language (French, Arabic), while
the API keeps the English messages (its contract) and the history keeps
the reasons stored in English (data)."""

import pytest
from django.utils.translation import override
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from alignment import services as link_services
from alignment.models import Link
from documents import curation, history
from documents.models import Document, Paragraph
from documents.web.curation import REASON_PLACEHOLDER, REASONS, translated_reason

from .test_pages_languages import curator_in

pytestmark = pytest.mark.django_db
SAMPLE_VALUES = {"fields": "text, number", "anchor": "op-5", "at": "12", "history_id": "42"}


def arabic_links():
    return Link.objects.filter(version__document__symbol="A/RES/75/16", version__language="ar")


def one_to_one():
    return next(link for link in arabic_links().order_by("pk")
                if len(link.pivot_ids) == 1 and len(link.other_ids) == 1)


def review_action(client, link, action):
    document = link.version.document
    response = client.post(f"/admin/documents/document/{document.pk}/review/ar/{link.pk}/",
                           {"action": action}, follow=True)
    return response.content.decode()


def history_page(client):
    document = Document.objects.get(symbol="A/RES/75/16")
    return client.get(f"/admin/documents/document/{document.pk}/changes/").content.decode()


def revert(client, model, history_id):
    document = Document.objects.get(symbol="A/RES/75/16")
    return client.post(f"/admin/documents/document/{document.pk}/changes/",
                       {"model": model, "history_id": history_id}, follow=True).content.decode()


def test_a_review_refusal_is_shown_in_french(client, sample_corpus):
    html = review_action(curator_in(client, "fr"), one_to_one(), "split")
    # (the admin capitalises its messages)
    assert "Seul un lien qui compte deux paragraphes d’un même côté peut être scindé" in html
    assert "only a link of two paragraphs" not in html


def test_a_relink_refusal_names_the_paragraph_in_arabic(client, sample_corpus):
    last_pivot = Paragraph.objects.filter(version__document__symbol="A/RES/75/16",
                                          version__language="en").order_by("order").last()
    link = next(link for link in arabic_links() if last_pivot.pk in link.pivot_ids)
    anchor = Paragraph.objects.get(pk=link.other_ids[0]).anchor
    html = review_action(curator_in(client, "ar"), link, "next")
    assert f"لا توجد في النسخة المحورية فقرة تالية يُعاد ربط {anchor} بها" in html
    assert "relink to" not in html and "has no next paragraph" not in html


def test_the_api_keeps_the_english_refusal_whatever_the_language(sample_corpus):
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user("api-curator", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Curators"))
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    api.cookies["django_language"] = "fr"
    link = one_to_one()
    response = api.post(f"/api/v1/documents/A/RES/75/16/ar/links/{link.pk}/split/",
                        HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400
    assert response.json()["detail"] == link_services.NOTHING_TO_SPLIT


def test_revert_refusals_in_arabic_and_french(client, sample_corpus):
    html = revert(curator_in(client, "ar"), "paragraph", 999999)
    assert "لا يوجد هذا التغيير: paragraph، التغيير 999999" in html
    assert "no such change" not in html
    link = one_to_one()
    link_services.relink(link=link, direction="next")
    created = Link.history.filter(history_type="+").first()
    client.logout()
    html = revert(curator_in(client, "fr"), "link", created.history_id)
    assert "Seule une modification sur place peut être annulée ; défaites une scission " \
           "par une fusion et une fusion par une scission" in html
    assert "only a change in place" not in html


def test_the_history_shows_the_reasons_in_french_and_stores_them_in_english(
        client, sample_corpus):
    paragraph = Paragraph.objects.get(version__document__symbol="A/RES/75/16",
                                      version__language="en", anchor="op-1")
    curation.correct_paragraph(paragraph=paragraph, text="Decides to continue.",
                               kind="preambular")
    curation.split_paragraph(paragraph=paragraph, at=8)
    link = one_to_one()
    link_services.confirm_link(link=link)
    link_services.relink(link=one_to_one(), direction="next")
    corrected = Paragraph.history.get(id=paragraph.pk,
                                      history_change_reason="corrected text, kind")
    history.revert_change(document=paragraph.version.document, model="paragraph",
                          history_id=corrected.history_id, user=None)
    other = Paragraph.objects.get(version__document__symbol="A/RES/75/16",
                                  version__language="en", anchor="op-2")
    curation.correct_paragraph(paragraph=other, number="2bis", reason="fixed by a script")
    # stored as the services write them, in English
    reasons = set(Paragraph.history.values_list("history_change_reason", flat=True)) \
        | set(Link.history.values_list("history_change_reason", flat=True))
    assert {"corrected text, kind", "split at 8", "split from op-1", "confirmed",
            "relinked to the next paragraph", f"reverted change {corrected.history_id}",
            "fixed by a script"} <= reasons
    html = history_page(curator_in(client, "fr"))
    for shown in ("corrigé : texte, type", "scindé au caractère 8", "détaché de op-1",
                  "confirmé", "rattaché au paragraphe suivant",
                  f"modification {corrected.history_id} annulée"):
        assert f'<span class="reason">{shown}</span>' in html, shown
    # a reason no service template makes is shown as stored, in its own direction
    assert '<span class="reason" dir="auto">fixed by a script</span>' in html
    for english in ("corrected text", "split at", "relinked to", "reverted change"):
        assert english not in html, english


def test_the_history_reasons_in_arabic(client, sample_corpus):
    paragraph = Paragraph.objects.get(version__document__symbol="A/RES/75/16",
                                      version__language="en", anchor="op-1")
    curation.correct_paragraph(paragraph=paragraph, text="Decides to continue.", number="1a")
    link_services.relink(link=one_to_one(), direction="next")
    html = history_page(curator_in(client, "ar"))
    assert '<span class="reason">تصحيح: النص، الرقم</span>' in html
    assert '<span class="reason">أعيد ربطه بالفقرة التالية</span>' in html
    assert "corrected" not in html and "relinked" not in html


@pytest.mark.parametrize("template", REASONS)
def test_each_reason_template_reads_back_and_is_translated(template):
    """English shows a reason exactly as stored; French and Arabic show it
    translated (a template left out of a catalogue would show in English)."""
    stored = template.format(**{name: SAMPLE_VALUES[name]
                                for name in REASON_PLACEHOLDER.findall(template)})
    with override("en"):
        assert translated_reason(stored) == stored
    for language in ("fr", "ar"):
        with override(language):
            shown = translated_reason(stored)
        assert shown is not None and shown != stored, (language, stored)
        for value in ("op-5", "12", "42"):
            assert (value in shown) == (value in stored)


def test_a_reason_no_template_makes_is_left_as_stored():
    with override("fr"):
        assert translated_reason("corrected colour") is None
        assert translated_reason("merged with op-3 and op-4") is None
        assert translated_reason("as ingested") is None
        assert translated_reason("merged with the next link") == "fusionné avec le lien suivant"


def test_review_and_revert_refusals_are_english_and_translated_on_demand():
    refusal = link_services.ReviewError(link_services.TOO_WIDE, pivot=3, other=1)
    assert str(refusal) == "a link holds at most two paragraphs a side; merging would make 3:1"
    with override("fr"):
        assert refusal.translated() == ("un lien contient au plus deux paragraphes de chaque "
                                        "côté ; la fusion donnerait 3:1")
    refusal = history.RevertError(history.GONE["link"])
    assert str(refusal) == "this link no longer exists"
    with override("ar"):
        assert refusal.translated() == "هذا الربط لم يعد موجودًا"
    with override("en"):
        assert refusal.translated() == str(refusal)
