"""Keeping the index up to date with PostgreSQL, the system of record: the
services' calls after commit (index_version), the rebuild, and the
database search with a notice whenever the index is missing or behind."""

import fcntl

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from documents import services
from documents.search import (
    ENGINE_DATABASE,
    ENGINE_INDEX,
    SearchQuery,
    index_status,
    index_version,
    search,
    unindex_version,
)
from documents.searchindex import store

RESOLUTION = """General Assembly

Resolution adopted by the General Assembly on 1 December 2090

90/{n}. Cooperation between the United Nations and the Wombat Union

The General Assembly,

Recalling its resolution 89/1,

1. Welcomes the {word} of the Wombat Union;

2. Decides to remain seized of the matter.
"""


def ingest(n=1, word="platypuses", **options):
    """Ingest through the service, then index as the service does after
    its commit."""
    result = services.ingest_version(
        raw=RESOLUTION.format(n=n, word=word).encode(), symbol=f"A/RES/90/{n}",
        language="en", kind="resolution", **options,
    )  # fmt: skip
    index_version(result.version)
    return result.version


def found(q):
    """The engine that answered and the hits; the count agrees with them
    (so nothing stale lingers in the index behind the database's rows)."""
    results = search(SearchQuery(q))
    listed = [(h["symbol"], h["paragraph"]["anchor"]) for h in results[0:50]]
    assert results.count() == len(listed)
    return results.engine, listed


def test_a_paragraph_added_by_ingest_is_found_right_after(search_index):
    assert found("platypuses") == (ENGINE_INDEX, [])
    ingest()
    assert found("platypuses") == (ENGINE_INDEX, [("A/RES/90/1", "op-1")])
    assert index_status().state == "fresh"


def test_a_draft_is_not_found_and_a_withdrawn_version_no_more(search_index):
    ingest(1, draft=True)
    assert found("platypuses") == (ENGINE_INDEX, [])
    published = ingest(2)
    assert found("platypuses") == (ENGINE_INDEX, [("A/RES/90/2", "op-1")])
    services.set_status(version=published, published=False)
    index_version(published)
    assert found("platypuses") == (ENGINE_INDEX, [])


def test_a_replaced_text_is_found_by_its_new_words_only(search_index):
    ingest(1, word="platypuses")
    ingest(1, word="echidnas", replace=True)
    assert found("platypuses") == (ENGINE_INDEX, [])
    assert found("echidnas") == (ENGINE_INDEX, [("A/RES/90/1", "op-1")])


def test_a_deleted_version_leaves_the_index(search_index):
    version = ingest()
    version.delete()
    unindex_version(version)
    assert found("platypuses") == (ENGINE_INDEX, [])
    assert index_status().state == "fresh"


def test_an_ingest_the_index_missed_makes_it_stale_and_the_database_answers(search_index):
    services.ingest_version(raw=RESOLUTION.format(n=1, word="platypuses").encode(),
                            symbol="A/RES/90/1", language="en")
    status = index_status()
    assert status.state == "stale" and "rebuild_search_index" in status.message
    results = search(SearchQuery("platypuses"))
    assert results.engine == ENGINE_DATABASE
    assert "behind the database" in results.notice and "rebuild_search_index" in results.notice
    assert [h["paragraph"]["anchor"] for h in results[0:5]] == ["op-1"]
    call_command("rebuild_search_index", verbosity=0)
    assert found("platypuses") == (ENGINE_INDEX, [("A/RES/90/1", "op-1")])


def test_without_an_index_the_database_answers_with_a_notice(no_search_index):
    ingest()  # index_version finds no index: nothing to update, no error
    results = search(SearchQuery("platypuses"))
    assert results.engine == ENGINE_DATABASE
    assert "has not been built" in results.notice
    assert [h["paragraph"]["anchor"] for h in results[0:5]] == ["op-1"]
    hit = results[0:1][0]
    start, end = hit["highlights"][0]
    assert hit["paragraph"]["text"][start:end] == "platypuses"


def test_an_index_of_another_schema_version_is_stale(search_index, monkeypatch):
    monkeypatch.setattr(store.f, "SCHEMA_VERSION", store.f.SCHEMA_VERSION + 1)
    assert index_status().state == "stale"
    assert "older version" in search(SearchQuery("anything")).notice


def test_a_failed_update_never_raises_and_leaves_the_index_stale(search_index, settings, caplog):
    settings.SEARCH_INDEX_LOCK_TIMEOUT = 0.2
    result = services.ingest_version(raw=RESOLUTION.format(n=1, word="x").encode(),
                                     symbol="A/RES/90/1", language="en")
    settings.SEARCH_INDEX_DIR.mkdir(parents=True, exist_ok=True)
    with open(settings.SEARCH_INDEX_DIR / store.WRITE_LOCK, "a+") as other_writer:
        fcntl.flock(other_writer, fcntl.LOCK_EX)
        assert index_version(result.version) is False
        fcntl.flock(other_writer, fcntl.LOCK_UN)
    assert "could not be updated" in caplog.text
    assert index_status().state == "stale"
    assert index_version(result.version) is True
    assert index_status().state == "fresh"


def test_another_process_update_is_seen(search_index, settings):
    """Each process keeps the index open; a change another process made
    (here: a write through a second handle) is picked up from the manifest."""
    store.open_current(settings.SEARCH_INDEX_DIR)  # opened before the change
    ingest()
    assert found("platypuses")[1] == [("A/RES/90/1", "op-1")]


def test_rebuild_replaces_the_generation_and_keeps_one_before(search_index, settings):
    root = settings.SEARCH_INDEX_DIR
    ingest()
    for _ in range(3):
        call_command("rebuild_search_index", verbosity=0)
    generations = sorted(p.name for p in root.glob(f"{store.GENERATION_PREFIX}*"))
    assert len(generations) == 2
    assert (root / store.CURRENT).read_text() in generations
    assert found("platypuses")[1] == [("A/RES/90/1", "op-1")]


def test_rebuild_catches_up_with_what_changed_while_it_read(search_index, monkeypatch):
    """A version stored while the rebuild read the database is indexed
    before the new generation becomes current."""
    real = store._version_documents
    calls = []

    def version_documents_then_an_ingest(document_ids):
        stamps = real(document_ids)
        if not calls:
            calls.append(1)
            services.ingest_version(raw=RESOLUTION.format(n=7, word="numbats").encode(),
                                    symbol="A/RES/90/7", language="en")
        return stamps

    monkeypatch.setattr(store, "_version_documents", version_documents_then_an_ingest)
    report = store.rebuild(store.Path(index_status().opened.root), lock_timeout=5)
    assert report.caught_up == 1
    assert found("numbats") == (ENGINE_INDEX, [("A/RES/90/7", "op-1")])


def test_the_rebuild_command_reports_and_status_tells_the_state(search_index, capsys):
    from documents.models import Paragraph

    ingest()
    call_command("rebuild_search_index")
    paragraphs = Paragraph.objects.count()
    assert f"Indexed {paragraphs} paragraphs of 1 documents" in capsys.readouterr().out
    call_command("rebuild_search_index", "--status")
    assert ": fresh." in capsys.readouterr().out
    services.ingest_version(raw=RESOLUTION.format(n=2, word="x").encode(),
                            symbol="A/RES/90/2", language="en")
    with pytest.raises(CommandError, match="not up to date"):
        call_command("rebuild_search_index", "--status")


def test_a_process_trusts_its_last_look_at_the_database_for_a_while(search_index, settings):
    """SEARCH_FRESHNESS_SECONDS spares most searches the aggregate query;
    what this process indexes itself is seen at once."""
    settings.SEARCH_FRESHNESS_SECONDS = 60
    assert index_status().state == "fresh"
    services.ingest_version(raw=RESOLUTION.format(n=1, word="x").encode(),
                            symbol="A/RES/90/1", language="en")
    assert index_status().state == "fresh"  # not looked again yet
    store.forget(settings.SEARCH_INDEX_DIR)
    assert index_status().state == "stale"
    ingest(2)  # index_version in this process: looked at again
    services.ingest_version(raw=RESOLUTION.format(n=3, word="y").encode(),
                            symbol="A/RES/90/3", language="en")
    assert index_status().state == "stale"


def test_without_an_index_the_concordance_comes_from_the_database(no_search_index):
    from documents.search import concordance

    ingest(1, word="reports and other reports")
    results = concordance(SearchQuery("reports", language="en"), sort="right")
    assert results.engine == ENGINE_DATABASE and "has not been built" in results.notice
    lines = results[0:10]
    assert [line["line"]["key"] for line in lines] == ["reports", "reports"]
    assert [line["line"]["right"][:4] for line in lines] == [" and", " of "]


def test_the_services_update_the_index_once_their_transaction_commits(
    search_index, django_capture_on_commit_callbacks
):
    raw = RESOLUTION.format(n=7, word="platypuses").encode()
    with django_capture_on_commit_callbacks(execute=False) as pending:
        result = services.ingest_version(raw=raw, symbol="A/RES/90/7", language="en")
    assert index_status().state == "stale"  # not written before the commit
    for callback in pending:
        callback()
    assert found("platypuses") == (ENGINE_INDEX, [("A/RES/90/7", "op-1")])
    with django_capture_on_commit_callbacks(execute=True):
        services.set_status(version=result.version, published=False)
    assert found("platypuses") == (ENGINE_INDEX, [])
    assert index_status().state == "fresh"
