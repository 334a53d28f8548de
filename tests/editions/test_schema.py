"""The editions API against its own OpenAPI schema (as
tests/api/test_schemathesis.py runs the rest of the API): no 5xx, every
response as documented, with the routes of tests/editions/urls.py."""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from django.test.utils import override_settings
from hypothesis import HealthCheck, settings

from tests.api.conftest import corpus  # noqa: F401 - the shipped corpus, as a fixture
from tests.api.test_schemathesis import CHECKS, wsgi_keeps_the_test_connection  # noqa: F401

URLS = "tests.editions.urls"

with override_settings(ROOT_URLCONF=URLS):
    schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@pytest.mark.urls(URLS)
@schema.include(path_regex="/(changes|memory|series)/$").parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_editions_api_conforms_to_its_schema(case, corpus, wsgi_keeps_the_test_connection):  # noqa: F811
    with override_settings(ROOT_URLCONF=URLS):
        case.call_and_validate(checks=CHECKS)
