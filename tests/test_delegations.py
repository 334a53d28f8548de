"""Delegations are one entity across records and languages."""

import pytest

from documents.delegations import delegation_for, delegation_key


@pytest.mark.parametrize(
    "printed, language",
    [("Russian Federation", "en"), ("俄罗斯联邦", "zh"), ("Fédération de Russie", "fr"),
     ("Federación de Rusia", "es"), ("Российская Федерация", "ru"), ("الاتحاد الروسي", "ar"),
     ("（俄罗斯联邦）", "zh"), ("russian  federation", "en")],
)
def test_the_same_state_has_one_key_in_every_language(printed, language):
    assert delegation_key(printed, language) == "RUS"


def test_an_unknown_delegation_keeps_its_printed_name_per_language():
    assert delegation_key("Freedonia", "en") == "en:freedonia"
    assert delegation_key("Freedonia", "en") != delegation_key("Sylvania", "en")


@pytest.mark.django_db
def test_delegation_for_creates_once_and_learns_names():
    first = delegation_for("China", "en")
    second = delegation_for("中国", "zh")
    assert first.pk == second.pk
    second.refresh_from_db()
    assert second.names == {"en": "China", "zh": "中国"}
    assert delegation_for("  ", "en") is None
