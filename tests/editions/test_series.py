"""Series of editions: detection from what the texts say (pure), storing them
with what curators decided (database), and the link from the reading view."""

from __future__ import annotations

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from documents.series import (
    DocumentFacts,
    Rename,
    detect_series,
    link_evidence,
    normalised_title,
    stated_renames,
)

HERE = Path(__file__).resolve().parent
OIC_2008 = DocumentFacts(
    symbol="A/RES/63/114", kind="resolution", body="GA", session=63,
    date=datetime.date(2008, 12, 5),
    titles={"zh": "联合国同伊斯兰会议组织的合作"},
    cites=frozenset({"A/RES/61/49", "A/RES/59/8", "A/RES/57/42", "A/60/633"}),
)
OIC_2020 = DocumentFacts(
    symbol="A/RES/75/16", kind="resolution", body="GA", session=75,
    date=datetime.date(2020, 11, 23), agenda_item="130 (b)",
    titles={"en": "Cooperation between the United Nations and the Organization of Islamic "
                  "Cooperation", "zh": "联合国同伊斯兰合作组织的合作"},
    cites=frozenset({"A/RES/61/49", "A/RES/59/8", "A/RES/57/42", "A/RES/63/114",
                     "A/RES/70/1", "S/PV.7813"}),
)
SDGS = DocumentFacts(
    symbol="A/RES/70/1", kind="resolution", body="GA", session=70,
    date=datetime.date(2015, 9, 25),
    titles={"en": "Transforming our world: the 2030 Agenda for Sustainable Development",
            "zh": "变革我们的世界：2030年可持续发展议程"},
)
RECORD = DocumentFacts(
    symbol="S/PV.7813", kind="verbatim_record", body="SC",
    date=datetime.date(2016, 11, 17), titles={"zh": "联合国同伊斯兰合作组织的合作"},
)


# --- detection (pure) --------------------------------------------------------------


def test_two_editions_are_found_from_citation_title_and_shared_recalls():
    (series,) = detect_series([OIC_2020, SDGS, OIC_2008, RECORD])
    assert series.editions == ["A/RES/63/114", "A/RES/75/16"]
    assert series.confidence["A/RES/75/16"] >= 0.9
    evidence = series.evidence["A/RES/75/16"]
    assert "A/RES/75/16 recalls A/RES/63/114" in evidence
    assert "titles match (zh, 1.00; reading 伊斯兰会议组织 → 伊斯兰合作组织)" in evidence
    assert "A/RES/75/16 recalls 3 of the 3 resolutions A/RES/63/114 recalls" in evidence
    assert series.title == OIC_2020.titles["en"]


def test_a_citation_alone_does_not_make_an_edition():
    """75/16 recalls 70/1 (the 2030 Agenda): another resolution, not an
    earlier edition."""
    assert link_evidence(OIC_2020, SDGS, []) is None


def test_the_same_title_makes_editions_without_a_citation():
    later = DocumentFacts(symbol="A/RES/77/1", kind="resolution", body="GA", session=77,
                          date=datetime.date(2022, 12, 1), titles=dict(OIC_2020.titles))
    (series,) = detect_series([later, OIC_2020])
    assert series.editions == ["A/RES/75/16", "A/RES/77/1"]
    assert series.evidence["A/RES/77/1"] == ["titles match (en, 1.00)"]


def test_a_renaming_the_corpus_states_is_allowed_for():
    old = DocumentFacts(symbol="A/RES/50/1", kind="resolution", body="GA", session=50,
                        titles={"en": "Cooperation with the Caribbean Community Secretariat"})
    new = DocumentFacts(symbol="A/RES/60/1", kind="resolution", body="GA", session=60,
                        titles={"en": "Cooperation with the Caribbean Community Agency"},
                        cites=frozenset({"A/RES/50/1"}))
    stated = stated_renames("en", [
        "In 2001 the Caribbean Community Secretariat changed its name to the Caribbean "
        "Community Agency."])
    assert stated == [Rename("en", "Caribbean Community Secretariat", "Caribbean Community Agency")]
    (series,) = detect_series([old, new], stated)
    assert series.confidence["A/RES/60/1"] > 0.9


def test_renamings_stated_in_the_sample_footnotes_are_read():
    en = stated_renames("en", ["On 28 June 2011, the Organization of the Islamic Conference "
                               "changed its name to the Organization of Islamic Cooperation."])
    zh = stated_renames("zh", ["伊斯兰会议组织 2011 年 6 月 28 日起更名为伊斯兰合作组织。"])
    assert en == [Rename("en", "Organization of the Islamic Conference",
                         "Organization of Islamic Cooperation")]
    assert zh == [Rename("zh", "伊斯兰会议组织", "伊斯兰合作组织")]


def test_titles_are_compared_without_their_number_and_case():
    title, used = normalised_title("63/114. Cooperation with the Organization of the Islamic "
                                   "Conference", "en", [])
    assert title == "cooperation with the organization of the islamic conference"
    assert used == []


def test_three_editions_are_ordered_by_date_and_records_never_join():
    later = DocumentFacts(symbol="A/RES/77/999", kind="resolution", body="GA", session=77,
                          date=datetime.date(2022, 12, 7), titles=dict(OIC_2020.titles),
                          cites=frozenset({"A/RES/75/16", "A/RES/63/114"}))
    (series,) = detect_series([later, RECORD, OIC_2008, OIC_2020])
    assert series.editions == ["A/RES/63/114", "A/RES/75/16", "A/RES/77/999"]


# --- storing (database) ------------------------------------------------------------


def stored() -> list[list[str]]:
    from documents.models import Series

    return [[e.document.symbol for e in s.editions.order_by("document__date")]
            for s in Series.objects.order_by("id")]


@pytest.mark.django_db
def test_the_sample_series_is_found_without_any_hint(sample_corpus):
    from documents.models import Edition, Series
    from documents.series import find_series

    result = find_series()
    assert stored() == [["A/RES/63/114", "A/RES/75/16"]]
    edition = Edition.objects.get(document__symbol="A/RES/75/16")
    assert edition.previous.symbol == "A/RES/63/114"
    assert edition.confidence >= 0.9 and not edition.manual
    assert "A/RES/75/16 recalls A/RES/63/114" in edition.evidence
    assert not Edition.objects.filter(document__symbol="S/PV.7050").exists()
    series = Series.objects.get()
    assert series.title == ("Cooperation between the United Nations and the Organization of "
                            "Islamic Cooperation")
    assert result.changed == ["A/RES/63/114", "A/RES/75/16"]
    assert find_series().changed == [], "finding again changes nothing"


@pytest.mark.django_db
def test_a_confirmed_series_keeps_its_editions_and_takes_a_new_one(sample_corpus):
    from documents.models import Series
    from documents.series import confirm_series, find_series
    from documents.services import ingest_version

    find_series()
    series = confirm_series(series=Series.objects.get())
    assert series.editions.filter(manual=True).count() == 2
    ingest_version(raw=(HERE / "data" / "A-RES-77-999.en.txt").read_bytes(),
                   symbol="A/RES/77/999", language="en")
    find_series()
    assert stored() == [["A/RES/63/114", "A/RES/75/16", "A/RES/77/999"]]
    assert Series.objects.get().id == series.id
    assert not series.editions.get(document__symbol="A/RES/77/999").manual


@pytest.mark.django_db
def test_a_document_a_curator_took_out_is_never_put_back(sample_corpus):
    from documents.models import Edition, Series
    from documents.series import correct_series, find_series

    find_series()
    series = Series.objects.get()
    Edition.objects.filter(document__symbol="A/RES/63/114").delete()
    correct_series(series=series, removed=["A/RES/63/114"])
    find_series()
    series.refresh_from_db()
    assert series.confirmed and series.excluded == ["A/RES/63/114"]
    assert stored() == [["A/RES/75/16"]]
    assert Edition.objects.get(document__symbol="A/RES/75/16").previous is None


@pytest.mark.django_db
def test_the_command_prints_what_it_found(sample_corpus):
    out = StringIO()
    call_command("find_series", verbosity=2, stdout=out)
    assert "1 series, 2 editions" in out.getvalue()
    assert "A/RES/63/114, A/RES/75/16" in out.getvalue()


@pytest.mark.django_db
def test_the_reading_view_links_to_the_changes_once_a_series_is_found(client, sample_corpus):
    from django.core.cache import cache

    from documents.series import find_series

    cache.clear()
    assert b"editions-link" not in client.get("/A/RES/75/16/?langs=zh").content
    find_series()
    page = client.get("/A/RES/75/16/?langs=zh").content.decode()
    assert '<a href="/A/RES/75/16/changes/?lang=zh">What changed since the previous edition' \
        in page
    assert "editions-link" not in client.get("/A/RES/63/114/?langs=zh").content.decode(), \
        "the first edition has nothing to compare with"
