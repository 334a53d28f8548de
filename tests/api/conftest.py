"""Fixtures of the API tests: a client, staff and non-staff tokens, and a
small bilingual resolution built without the parser."""

import pytest
from rest_framework.test import APIClient


@pytest.fixture
def api():
    return APIClient()


CURATOR_PERMISSIONS = ("add_version", "change_version")


def token_client(user) -> APIClient:
    from rest_framework.authtoken.models import Token

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def make_staff(django_user_model, name: str, permissions=CURATOR_PERMISSIONS):
    """A staff user holding the documents app's ``permissions`` (codenames)."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user(name, password="x", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(
        content_type__app_label="documents", codename__in=permissions
    ))
    return user


@pytest.fixture
def staff_client(db, django_user_model):
    """A curator: staff, with the permissions to add and change versions."""
    return token_client(make_staff(django_user_model, "curator"))


@pytest.fixture
def reader_client(db, django_user_model):
    return token_client(django_user_model.objects.create_user("reader", password="x"))


EN = [
    ("title", "", "Cooperation between the United Nations and the League"),
    ("preambular", "", "Recalling its resolution 74/4 of 2019,"),
    ("preambular", "", "Noting the report of the Secretary-General,"),
    ("operative", "1", "Takes note with appreciation of the report;"),
    ("operative", "2", "Decides to include the item in its seventy-sixth session."),
]
ZH = [
    ("title", "", "联合国同联盟的合作"),
    ("preambular", "", "回顾其2019年第74/4号决议，"),
    ("preambular", "", "注意到秘书长的报告，"),
    ("operative", "1", "赞赏地注意到报告；"),
    ("operative", "2", "决定将该项目列入第七十六届会议议程。"),
]


@pytest.fixture
def small_resolution(make_version):
    """A/RES/76/1 in en and zh, published."""
    make_version("A/RES/76/1", "en", EN, session=76)
    make_version("A/RES/76/1", "zh", ZH, session=76)
    return "A/RES/76/1"


@pytest.fixture
def corpus(sample_corpus, db):
    """The shipped sample corpus, read-only."""
