"""Curation in the admin: actions need the change right, and a curator's
check reaches pages and API at once (no stale cache, no stale ETag)."""

import pytest
from django.contrib.auth.models import Permission, User

from alignment.models import Link
from documents.models import Version

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer(client):
    user = User.objects.create_user("viewer", password="pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_version"),
                              Permission.objects.get(codename="view_link"))
    client.force_login(user)
    return client


def test_a_staff_user_who_may_only_view_cannot_publish(viewer, make_version):
    version = make_version("A/RES/7/7", "en", [("operative", "1", "Decides;")], status="draft")
    viewer.post("/admin/documents/version/",
                {"action": "publish", "_selected_action": [version.pk]})
    version.refresh_from_db()
    assert version.status == "draft"


def test_checking_links_changes_the_page_and_the_api_etag(admin_client, client, make_version):
    make_version("A/RES/8/8", "en", [("preambular", "", "Recalling 2001,")])
    zh = make_version("A/RES/8/8", "zh", [("preambular", "", "回顾 2001 年，")])
    first = client.get("/A/RES/8/8/?langs=en,zh&confidence=show")
    page_before, badges_before = first["ETag"], first.content.decode().count("badge-checked")
    api_before = client.get("/api/v1/documents/A/RES/8/8/aligned/?langs=en,zh")["ETag"]
    links = list(Link.objects.filter(version=zh).values_list("pk", flat=True))
    admin_client.post("/admin/alignment/link/",
                      {"action": "mark_checked", "_selected_action": links})
    assert Link.objects.filter(version=zh, checked=True).count() == len(links)
    page = client.get("/A/RES/8/8/?langs=en,zh&confidence=show")
    assert page["ETag"] != page_before
    assert page.content.decode().count("badge-checked") > badges_before
    assert client.get("/api/v1/documents/A/RES/8/8/aligned/?langs=en,zh")["ETag"] != api_before


def test_editing_the_document_changes_the_page(admin_client, client, make_version):
    make_version("A/RES/9/9", "en", [("operative", "1", "Decides;")])
    before = client.get("/A/RES/9/9/")["ETag"]
    from documents.models import Document

    document = Document.objects.get(symbol="A/RES/9/9")
    document.agenda_item = "42"
    document.save()
    assert client.get("/A/RES/9/9/")["ETag"] != before
    assert Version.objects.filter(document=document).exists()


def test_a_link_must_join_the_pivot_with_its_own_version(make_version):
    from django.core.exceptions import ValidationError

    from alignment.models import LINK_OTHER
    from documents.models import Paragraph

    make_version("A/RES/10/10", "en", [("preambular", "", "Recalling 2001,")])
    zh = make_version("A/RES/10/10", "zh", [("preambular", "", "回顾 2001 年，")])
    elsewhere = make_version("A/RES/11/11", "zh", [("preambular", "", "回顾 2002 年，")])
    link = Link.objects.filter(version=zh).first()
    link.other_first = Paragraph.objects.get(version=elsewhere)
    with pytest.raises(ValidationError, match=LINK_OTHER.format(version=zh)[:30]):
        link.full_clean()
