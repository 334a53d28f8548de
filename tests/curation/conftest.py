"""The browser fixtures (chromium, live server with the sample corpus) for
the curation flow's browser test."""

from tests.browser.conftest import browser, live_corpus, open_page  # noqa: F401
