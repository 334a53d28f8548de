"""Curators confirm or correct series in the admin; what they decide
survives finding series again."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def found(sample_corpus):
    from documents.models import Series
    from documents.series import find_series

    find_series()
    return Series.objects.get()


def change_form(series, *, delete: set[str] = frozenset(), add: list = (), **fields) -> dict:
    editions = list(series.editions.select_related("document").order_by("document__date"))
    data = {
        "title": series.title,
        "excluded": "[]",
        "editions-TOTAL_FORMS": str(len(editions) + len(add)),
        "editions-INITIAL_FORMS": str(len(editions)),
        "editions-MIN_NUM_FORMS": "0",
        "editions-MAX_NUM_FORMS": "1000",
        **fields,
    }
    for n, edition in enumerate(editions):
        data[f"editions-{n}-id"] = str(edition.id)
        data[f"editions-{n}-series"] = str(series.id)
        data[f"editions-{n}-document"] = str(edition.document_id)
        if edition.document.symbol in delete:
            data[f"editions-{n}-DELETE"] = "on"
    for n, document in enumerate(add, start=len(editions)):
        data[f"editions-{n}-series"] = str(series.id)
        data[f"editions-{n}-document"] = str(document.id)
    return data


def test_the_series_pages_show_editions_and_evidence(admin_client, found):
    assert admin_client.get("/admin/documents/series/").status_code == 200
    page = admin_client.get(f"/admin/documents/series/{found.id}/change/").content.decode()
    assert "A/RES/63/114" in page and "A/RES/75/16 recalls A/RES/63/114" in page


def test_confirming_keeps_the_series_as_it_is(admin_client, found):
    response = admin_client.post("/admin/documents/series/", {
        "action": "confirm", "_selected_action": [str(found.id)]})
    assert response.status_code == 302
    found.refresh_from_db()
    assert found.confirmed
    assert set(found.editions.values_list("manual", flat=True)) == {True}


def test_taking_an_edition_out_is_remembered(admin_client, found):
    from documents.models import Edition
    from documents.series import find_series

    url = f"/admin/documents/series/{found.id}/change/"
    response = admin_client.post(url, change_form(found, delete={"A/RES/63/114"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    found.refresh_from_db()
    assert found.confirmed and found.excluded == ["A/RES/63/114"]
    find_series()
    assert list(Edition.objects.values_list("document__symbol", flat=True)) == ["A/RES/75/16"]


def test_adding_an_edition_makes_it_a_curators(admin_client, found, make_version):
    from documents.models import Document

    make_version("A/RES/1/1", "en", [("preambular", "", "Recalling everything,")])
    document = Document.objects.get(symbol="A/RES/1/1")
    url = f"/admin/documents/series/{found.id}/change/"
    response = admin_client.post(url, change_form(found, add=[document]))
    assert response.status_code == 302, response.content.decode()[:2000]
    edition = document.edition
    assert edition.manual and edition.confidence == 1.0 and edition.evidence == [
        "placed by a curator"]
    symbols = [e.document.symbol for e in found.editions.order_by("document__date")]
    assert symbols[-1] == "A/RES/1/1"  # no date: last
    assert found.editions.get(document__symbol="A/RES/63/114").manual


def test_finding_again_from_the_admin(admin_client, found):
    response = admin_client.post("/admin/documents/series/", {
        "action": "find_again", "_selected_action": [str(found.id)]}, follow=True)
    assert "1 series, 2 editions" in response.content.decode()
