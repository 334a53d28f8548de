"""Property-based run of the API against its own OpenAPI schema.

Schemathesis reads /api/schema/ from the WSGI app (no network, no server),
generates requests for every operation (schema examples, then random
parameters and bodies) and checks that none gets a 5xx and that every
response conforms to the schema. Bounded so it runs in well under a minute.
"""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error  # noqa: I001
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def wsgi_keeps_the_test_connection():
    """Like Django's test client: a request's end must not close the test
    database connection, which holds the test's transaction."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


# Generating the schema reads no data, so it can be loaded at import time.
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case, corpus, wsgi_keeps_the_test_connection):
    """Every operation, on the shipped corpus: no 5xx, responses as documented."""
    case.call_and_validate(checks=CHECKS)


@pytest.fixture
def staff_token(db, django_user_model):
    from rest_framework.authtoken.models import Token

    from tests.api.conftest import make_staff

    return Token.objects.create(user=make_staff(django_user_model, "fuzzer")).key


@schema.include(method=["POST", "PUT"]).parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_ingest_as_staff_never_fails_with_a_5xx(case, staff_token, wsgi_keeps_the_test_connection):
    """Random texts, files and fields, ingested with a staff token: a clear
    400 or a stored version, never a server error."""
    case.call_and_validate(headers={"Authorization": f"Token {staff_token}"}, checks=CHECKS)
