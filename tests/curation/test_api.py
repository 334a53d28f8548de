"""Curation through the API: the same services, the same permissions."""

from unittest import mock

import pytest
from django.contrib.auth.models import Group, User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from alignment.models import Link
from documents.models import Paragraph

pytestmark = pytest.mark.django_db
BASE = "/api/v1/documents/A/RES/75/16"


def _client(*, curator: bool):
    user = User.objects.create_user("u" + str(curator), password="pw", is_staff=True)
    if curator:
        user.groups.add(Group.objects.get(name="Curators"))
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def _link(anchor="pp-4"):
    p = Paragraph.objects.get(version__document__symbol="A/RES/75/16", version__language="ar",
                              anchor=anchor)
    return Link.objects.get(version=p.version, other_first=p)


def test_confirm_through_the_api(sample_corpus):
    link = _link()
    response = _client(curator=True).post(f"{BASE}/ar/links/{link.pk}/confirm/")
    assert response.status_code == 200, response.content
    assert response.json()["links"][0]["method"] == "manual"
    assert Link.objects.get(pk=link.pk).checked


def test_writes_need_a_token_and_the_permissions(sample_corpus):
    link = _link()
    assert APIClient().post(f"{BASE}/ar/links/{link.pk}/confirm/").status_code == 401
    bare = _client(curator=False)
    response = bare.post(f"{BASE}/ar/links/{link.pk}/confirm/")
    assert response.status_code == 403 and "alignment.change_link" in response.json()["detail"]
    assert bare.patch(f"{BASE}/en/paragraphs/op-1/", {"text": "x"}).status_code == 403
    assert not Link.objects.get(pk=link.pk).checked


def test_bad_requests_are_400s_or_404s(sample_corpus):
    client = _client(curator=True)
    link = _link("op-1")
    assert client.post(f"{BASE}/ar/links/{link.pk}/fly/").status_code == 400
    assert client.post(f"{BASE}/ar/links/{link.pk}/split/").status_code == 400
    assert client.post(f"{BASE}/ar/links/999999/confirm/").status_code == 404
    assert client.patch(f"{BASE}/en/paragraphs/nope/", {"text": "x"}).status_code == 404
    response = client.patch(f"{BASE}/en/paragraphs/op-1/", {"text": " "}, format="json")
    assert response.status_code == 400


@pytest.mark.parametrize("path,service,payload", [
    ("paragraphs/op-1/", "correct_paragraph", {"text": "Decides."}),
    ("paragraphs/op-1/split/", "split_paragraph", {"at": 3}),
    ("paragraphs/op-1/merge/", "merge_paragraph", {}),
])
def test_paragraph_writes_go_through_the_services(sample_corpus, path, service, payload):
    client = _client(curator=True)
    p = Paragraph.objects.get(version__document__symbol="A/RES/75/16", version__language="en",
                              anchor="op-1")
    made = (p, p) if service == "split_paragraph" else p
    with mock.patch(f"documents.curation.{service}", return_value=made) as called:
        method = client.patch if service == "correct_paragraph" else client.post
        response = method(f"{BASE}/en/{path}", payload, format="json")
    assert response.status_code == 200
    assert called.call_count == 1


def test_correcting_through_the_api(sample_corpus):
    response = _client(curator=True).patch(f"{BASE}/en/paragraphs/op-1/",
                                           {"text": "*Decides* again;"}, format="json")
    assert response.status_code == 200
    assert response.json()["paragraphs"][0]["html"].startswith("<em>Decides</em>")


def test_an_unknown_paragraph_kind_is_a_400(sample_corpus):
    response = _client(curator=True).patch(f"{BASE}/en/paragraphs/op-1/", {"kind": "poem"},
                                           format="json")
    assert response.status_code == 400 and "unknown paragraph kind" in response.json()["detail"]
