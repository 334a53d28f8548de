"""Headless Debian chromium through Playwright, against pytest-django's
live server.

The live server runs in another thread with its own connection, so it needs
committed data: each test takes ``transactional_db`` and loads the sample
corpus itself (idempotent; the flush after the test removes it). pytest-django
runs transactional tests after the others, so the session corpus of the
other tests is not disturbed while they run.

Never run ``playwright install``: the tests drive the system's chromium.
Without it they are skipped, except in CI (CI=true) where that is a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"


def _require_chromium():
    if os.path.exists(CHROMIUM) or shutil.which("chromium"):
        return
    message = f"Debian chromium not found at {CHROMIUM}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def live_corpus(transactional_db, live_server):
    from django.core.cache import cache
    from django.core.management import call_command

    cache.clear()
    call_command("load_sample_corpus", verbosity=0)
    return live_server


@pytest.fixture
def browser(live_corpus):
    """A chromium browser for one test, started after the data is loaded and
    closed before the database is flushed."""
    _require_chromium()
    from playwright import sync_api
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def open_page(browser, live_corpus):
    """open_page(path, width=1280, height=900, javascript=True) -> page; the
    test fails on any console error (a CSP violation shows up there)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    errors: list[str] = []
    contexts = []

    def open_(path: str, *, width: int = 1280, height: int = 900, javascript: bool = True):
        context = browser.new_context(
            viewport={"width": width, "height": height}, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{live_corpus.url}{path}")
        return page

    yield open_
    for context in contexts:
        context.close()
    assert not errors, f"console errors: {errors}"
