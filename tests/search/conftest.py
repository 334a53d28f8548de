"""Fixtures of the search tests (tests/search/fixtures.py)."""

import pytest

from tests.search import fixtures


@pytest.fixture
def search_index(db, tmp_path, settings):
    yield from fixtures.own_index(tmp_path, settings)


@pytest.fixture
def no_search_index(db, tmp_path, settings):
    fixtures.no_index(tmp_path, settings)


@pytest.fixture
def indexed_make_version(make_version, search_index):
    return fixtures.indexing(make_version)


@pytest.fixture
def indexed_corpus(sample_corpus, search_index):
    """The sample corpus, loaded and indexed."""
    search_index()
