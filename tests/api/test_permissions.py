"""API writes need the model permissions the admin needs for the same
change: a staff account without them can neither POST a version nor PUT
one (which could unpublish a document with ``draft: true``), exactly as the
admin refuses it the upload."""

import pytest

from documents.api.permissions import MISSING_PERMISSIONS, NOT_STAFF
from documents.models import Version
from tests.api.conftest import make_staff, token_client
from tests.api.test_ingest import EN_TEXT, SYMBOL

LIST = "/api/v1/documents/"
VERSION = f"/api/v1/documents/{SYMBOL}/en/"

# Each write endpoint, with the permissions it needs.
WRITES = [
    pytest.param("post", LIST, {"text": EN_TEXT, "symbol": SYMBOL, "language": "en"},
                 ("add_version",), id="POST documents/"),
    pytest.param("put", VERSION, {"text": EN_TEXT},
                 ("add_version", "change_version"), id="PUT documents/<symbol>/<lang>/"),
]


def write(client, method, url, body):
    return getattr(client, method)(url, body, format="json")


@pytest.mark.parametrize("method, url, body, needed", WRITES)
def test_staff_without_permissions_gets_a_403(db, django_user_model, method, url, body,
                                              needed):
    client = token_client(make_staff(django_user_model, "bare", permissions=()))
    response = write(client, method, url, body)
    assert response.status_code == 403
    codes = ", ".join(f"documents.{code}" for code in needed)
    assert response.json() == {"detail": MISSING_PERMISSIONS.format(codes=codes)}
    assert not Version.objects.filter(document__symbol=SYMBOL).exists()


@pytest.mark.parametrize("method, url, body, needed", WRITES)
def test_each_needed_permission_is_needed(db, django_user_model, method, url, body, needed):
    """Holding all but one of the permissions is not enough."""
    for missing in needed:
        held = tuple(code for code in needed if code != missing)
        client = token_client(make_staff(django_user_model, f"no-{missing}", permissions=held))
        response = write(client, method, url, body)
        assert response.status_code == 403, (missing, response.json())
        assert response.json() == {
            "detail": MISSING_PERMISSIONS.format(codes=f"documents.{missing}")
        }


@pytest.mark.parametrize("method, url, body, needed", WRITES)
def test_staff_with_the_permissions_writes(db, django_user_model, method, url, body, needed):
    client = token_client(make_staff(django_user_model, "curator", permissions=needed))
    response = write(client, method, url, body)
    assert response.status_code == 201, response.json()


@pytest.mark.parametrize("method, url, body, needed", WRITES)
def test_a_superuser_writes(db, django_user_model, method, url, body, needed):
    user = django_user_model.objects.create_superuser("root", password="x")
    assert write(token_client(user), method, url, body).status_code == 201


@pytest.mark.parametrize("method, url, body, needed", WRITES)
def test_permissions_without_staff_are_not_enough(db, django_user_model, method, url, body,
                                                  needed):
    """As in the admin, which only staff may enter."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("outsider", password="x")
    user.user_permissions.add(*Permission.objects.filter(codename__in=needed))
    response = write(token_client(user), method, url, body)
    assert response.status_code == 403
    assert response.json() == {"detail": NOT_STAFF}


def test_a_bare_staff_account_cannot_unpublish_with_a_draft(staff_client, django_user_model):
    """The attack of the issue: PUT draft:true over a published version."""
    assert staff_client.put(VERSION, {"text": EN_TEXT}, format="json").status_code == 201
    bare = token_client(make_staff(django_user_model, "bare", permissions=()))
    changed = EN_TEXT.replace("Takes note", "Takes careful note", 1)
    response = bare.put(VERSION, {"text": changed, "draft": True}, format="json")
    assert response.status_code == 403
    version = Version.objects.get(document__symbol=SYMBOL, language="en")
    assert version.status == Version.Status.PUBLISHED
    assert bytes(version.source) == EN_TEXT.encode()


def test_the_admin_refuses_the_same_bare_account(client, django_user_model):
    """The rule the API now follows: the admin's upload needs add_version."""
    user = make_staff(django_user_model, "bare", permissions=())
    client.force_login(user)
    response = client.get("/admin/documents/version/upload/")
    assert response.status_code == 302
    user = make_staff(django_user_model, "curator", permissions=("add_version",))
    client.force_login(user)
    assert client.get("/admin/documents/version/upload/").status_code == 200
