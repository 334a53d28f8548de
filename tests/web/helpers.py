"""Small HTML readers for page tests (stdlib only), and a watch on the
garbage collector."""

from __future__ import annotations

import gc
from html.parser import HTMLParser


def collector_states(monkeypatch, module, name: str) -> list[bool]:
    """Whether the garbage collector was on at each call of ``module.name``
    (wrapped for the test): a view builds its page inside
    ``documents.collector.paused``."""
    seen: list[bool] = []
    real = getattr(module, name)

    def watching(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, watching)
    return seen


class PageParser(HTMLParser):
    """Collects ids, in-page links, script/style use and elements by class."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.fragment_links: list[str] = []
        self.inline_styles = 0
        self.inline_scripts = 0
        self.elements: list[tuple[str, dict]] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if "id" in attributes:
            self.ids.append(attributes["id"])
        href = attributes.get("href") or ""
        if href.startswith("#"):
            self.fragment_links.append(href[1:])
        if "style" in attributes or tag == "style":
            self.inline_styles += 1
        if tag == "script":
            self._in_script = not attributes.get("src")
            if self._in_script:
                self.inline_scripts += 1
        if any(name.startswith("on") for name in attributes):
            self.inline_scripts += 1

    def with_class(self, name: str) -> list[tuple[str, dict]]:
        return [(t, a) for t, a in self.elements if name in (a.get("class") or "").split()]


def parse_page(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser
