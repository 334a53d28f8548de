"""The search index of a test, shared by the search tests of tests/search/,
tests/api/ and tests/web/ (the fixtures of tests/conftest.py and
tests/search/conftest.py are made with these): every test gets an index of
its own in a temporary directory (``SEARCH_INDEX_DIR``), never the one
under var/."""

from documents.search import index_version, rebuild_index
from documents.searchindex import store


def own_index(tmp_path, settings):
    """An index built from the test's database (empty at first), up to
    date; yields ``rebuild_index`` to call after storing documents without
    the services."""
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    settings.SEARCH_FRESHNESS_SECONDS = 0  # every search looks at the database
    rebuild_index()
    yield rebuild_index
    store.forget(settings.SEARCH_INDEX_DIR)


def no_index(tmp_path, settings):
    """No index at all: the search falls back to the database."""
    settings.SEARCH_INDEX_DIR = tmp_path / "never-built"
    settings.SEARCH_FRESHNESS_SECONDS = 0


def indexing(make_version):
    """``make_version`` that then indexes the version as the services do
    after their commit (``index_version``; nothing to do without an index)."""

    def make(*args, **kwargs):
        version = make_version(*args, **kwargs)
        index_version(version)
        return version

    return make
