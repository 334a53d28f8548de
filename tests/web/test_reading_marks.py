"""Alignment marks inform without alarming: readers see none unless they
ask (``?confidence=show``, a link that works without JavaScript), curators
see them by default; a row checked by a curator is never marked weak; a page
of one language has neither marks, nor legend, nor toggle."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .helpers import parse_page

pytestmark = pytest.mark.django_db


def get(client, url):
    return client.get(url).content.decode()


def badges(html):
    return [a["class"] for _, a in parse_page(html).with_class("badge")]


def test_readers_see_no_marks_and_no_legend_by_default(client, sample_corpus):
    html = get(client, "/A/RES/75/16/?langs=en,ar")
    assert badges(html) == []
    assert 'class="legend"' not in html
    page = parse_page(html)
    toggle = [a for t, a in page.elements if a.get("data-toggle") == "marks"]
    assert toggle[0]["href"] == "/A/RES/75/16/?langs=en,ar&confidence=show"
    assert "Show alignment confidence" in html


def test_marks_on_demand_show_confidence_calmly(client, sample_corpus):
    html = get(client, "/A/RES/75/16/?langs=en,ar&confidence=show")
    assert "show-marks" in html
    assert 'class="legend"' in html
    assert any("badge-weak" in c for c in badges(html))
    assert "auto 0.45" in html  # the merged row's confidence, as a number
    assert "Hide alignment confidence" in html
    assert "confidence=hide" in html


def test_curators_see_marks_by_default_and_may_hide_them(client, sample_corpus,
                                                         django_user_model):
    curator = django_user_model.objects.create_user("curator", password="x", is_staff=True)
    client.force_login(curator)
    assert "badge-automatic" in get(client, "/A/RES/75/16/?langs=en,ar")
    assert badges(get(client, "/A/RES/75/16/?langs=en,ar&confidence=hide")) == []


def test_a_page_of_one_language_has_no_marks_legend_or_toggle(client, sample_corpus):
    for url in ("/A/RES/75/16/?langs=ar", "/A/RES/75/16/?langs=ar&confidence=show",
                "/S/PV.7050/"):
        html = get(client, url)
        assert badges(html) == [], url
        assert 'class="legend"' not in html and 'data-toggle="marks"' not in html, url
        assert "(pivot)" not in html, url


def test_a_checked_row_is_never_marked_weak(client, resolution):
    from alignment.models import Link

    arabic = resolution.versions.get(language="ar")
    Link.objects.filter(version=arabic, other_first__anchor="op-3").update(
        confidence=0.1, checked=True)
    html = get(client, "/A/RES/1/1/?langs=en,ar&confidence=show")
    rows = {a["id"]: a["class"].split() for _, a in parse_page(html).with_class("row")}
    assert "status-checked" in rows["op-3"] and "is-weak" not in rows["op-3"]


def test_marks_and_the_interface_do_not_share_a_cached_page(client, resolution):
    plain = client.get("/A/RES/1/1/?langs=en,ar")
    marked = client.get("/A/RES/1/1/?langs=en,ar&confidence=show")
    assert plain["ETag"] != marked["ETag"]
    assert "Accept-Language" in plain["Vary"] and "Cookie" in plain["Vary"]
    again = client.get("/A/RES/1/1/?langs=en,ar", HTTP_IF_NONE_MATCH=marked["ETag"])
    assert again.status_code == 200


def test_the_query_count_is_the_same_with_marks(client, resolution):
    from django.core.cache import cache

    counts = []
    for url in ("/A/RES/1/1/?langs=en,ar", "/A/RES/1/1/?langs=en,ar,zh&confidence=show"):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
