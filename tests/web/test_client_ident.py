"""The pages' rate counter tells clients apart exactly as DRF's throttles
(the API's) do, so a client's pages and API searches share one count."""

import pytest
from django.test import RequestFactory
from rest_framework.settings import api_settings
from rest_framework.throttling import BaseThrottle

from config.throttling import client_ident


@pytest.mark.parametrize("proxies", [None, 0, 1, 2])
@pytest.mark.parametrize("meta", [
    {"REMOTE_ADDR": "10.0.0.9"},
    {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "203.0.113.7"},
    {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "203.0.113.7, 198.51.100.2"},
    {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": " 203.0.113.7 ,  , 198.51.100.2 "},
    {"REMOTE_ADDR": "", "HTTP_X_FORWARDED_FOR": ""},
    {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": ","},
])
def test_client_ident_is_drfs(meta, proxies, monkeypatch):
    monkeypatch.setattr(api_settings, "NUM_PROXIES", proxies)
    request = RequestFactory().get("/", **meta)
    expected = BaseThrottle().get_ident(request) or "unknown"
    assert client_ident(request) == expected
