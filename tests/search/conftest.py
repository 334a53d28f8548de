"""Fixtures of the search tests (tests/search/fixtures.py); ``search_index``
and ``no_search_index`` are in tests/conftest.py, shared with the search
tests of the API and the page."""

import pytest

from tests.search import fixtures


@pytest.fixture
def indexed_make_version(make_version, search_index):
    return fixtures.indexing(make_version)


@pytest.fixture
def indexed_corpus(sample_corpus, search_index):
    """The sample corpus, loaded and indexed."""
    search_index()
