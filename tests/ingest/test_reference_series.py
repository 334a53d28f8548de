"""A list of amendments after one symbol names each of the series: "the
documents S/7930/Add.43, Add.44, ... et Add.49" cites S/7930/Add.44, not
S/7930/Add.43/Add.44; "A/49/838 and Add.1 and Add.2" cites both addenda."""

from __future__ import annotations

from documents.ingest.references import find_symbols


def symbols(text: str) -> list[str]:
    return [ref.symbol for ref in find_symbols(text)]


def test_a_series_of_addenda_replaces_the_addendum():
    assert symbols("les documents S/7930/Add.43, Add.44, Add.45 et Add.49, 1. Condamne") == [
        "S/7930/Add.43", "S/7930/Add.44", "S/7930/Add.45", "S/7930/Add.49"
    ]


def test_each_amendment_of_a_list_is_cited():
    assert symbols("(A/49/838 and Add.1 and Add.2)") == [
        "A/49/838", "A/49/838/Add.1", "A/49/838/Add.2"
    ]


def test_an_amendment_of_another_kind_is_appended():
    assert symbols("A/75/L.27/Add.1 and Corr.1") == ["A/75/L.27/Add.1", "A/75/L.27/Add.1/Corr.1"]
    assert symbols("A/63/228-S/2008/531 and Corr.1") == [
        "A/63/228", "S/2008/531", "A/63/228/Corr.1", "S/2008/531/Corr.1"
    ]
