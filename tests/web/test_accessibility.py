"""Accessibility basics on every page the reading room serves: one h1, every
control labelled, every link and button with a name that says where it goes
or what it does, the page's language declared."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from . import interface

pytestmark = pytest.mark.django_db

# link texts that do not say where they go
VAGUE = {"here", "click here", "more", "link", "this", "read more", "¶", "↩", "go", "x"}


class Audit(HTMLParser):
    """Headings, controls with their labels, links and buttons with names."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.h1 = 0
        self.labels: set[str] = set()
        self.controls: list[dict] = []
        self.named: list[tuple[str, dict, list[str]]] = []  # (tag, attributes, text)
        self._open: list[tuple[str, dict, list[str]]] = []
        self.html_attributes: dict = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.html_attributes = a
        if tag == "h1":
            self.h1 += 1
        if tag == "label" and a.get("for"):
            self.labels.add(a["for"])
        if tag in ("input", "select", "textarea") and a.get("type") != "hidden":
            self.controls.append(a)
        if tag in ("a", "button", "summary"):
            self._open.append((tag, a, []))

    def handle_endtag(self, tag):
        if self._open and tag == self._open[-1][0]:
            self.named.append(self._open.pop())

    def handle_data(self, data):
        for _tag, _a, text in self._open:
            text.append(data)


def audit(html: str) -> Audit:
    parser = Audit()
    parser.feed(html)
    return parser


PAGES = [
    "/",
    "/?q=nothing-matches",
    "/A/RES/75/16/?langs=en,zh,ar",
    "/A/RES/75/16/?langs=en,ar&confidence=show",
    "/A/RES/75/16/?langs=ar",
    "/S/PV.7050/",
    "/A/RES/75/17/",
    "/A/RES/75/16/?langs=fr",
]


@pytest.mark.parametrize("ui", ["en", "ar", "zh-hans"])
def test_every_page_has_one_h1_labelled_controls_and_links_that_say_where(
    client, sample_corpus, settings, ui
):
    interface.apply(settings)
    client.cookies["django_language"] = ui
    for url in PAGES:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        page = audit(response.content.decode())
        assert page.h1 == 1, url
        assert page.html_attributes.get("lang") == ui, url
        for control in page.controls:
            named = control.get("id") in page.labels or control.get("aria-label")
            assert named, f"{url}: unlabelled control {control}"
        for tag, attributes, text in page.named:
            name = (attributes.get("aria-label") or "".join(text)).strip()
            assert name, f"{url}: {tag} without a name {attributes}"
            assert name.lower() not in VAGUE, f"{url}: {tag} named only {name!r}"
            if tag == "a":
                assert attributes.get("href"), f"{url}: link without a target {name!r}"
