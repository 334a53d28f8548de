"""Delegations are one entity across records and languages."""

from collections import defaultdict

import pytest

from documents.delegations import (
    DELEGATION_NAMES,
    delegation_for,
    delegation_key,
    normalise_name,
)

LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"}
ORGANIZATIONS = {"EU", "AU", "OIC", "LAS", "OIF"}


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


def test_the_table_has_every_member_state_the_observer_states_and_organizations():
    states = {key for key in DELEGATION_NAMES if len(key) == 3 and key.isupper()}
    states -= {"OIC", "OIF", "LAS", "GCC", "COE"}  # three-letter acronyms, not ISO codes
    assert len(states) == 193 + 2
    assert {"VAT", "PSE"} <= states
    assert ORGANIZATIONS <= DELEGATION_NAMES.keys()


def test_every_key_has_english_french_and_spanish_names_and_only_official_languages():
    for key, languages in DELEGATION_NAMES.items():
        assert {"en", "fr", "es"} <= languages.keys(), key
        assert languages.keys() <= LANGUAGES, key
        for names in languages.values():
            assert names and all(name == name.strip() and name for name in names), key


def test_no_printed_name_belongs_to_two_keys():
    keys_of = defaultdict(set)
    for key, languages in DELEGATION_NAMES.items():
        for names in languages.values():
            for name in names:
                keys_of[normalise_name(name)].add(key)
    shared = {name: keys for name, keys in keys_of.items() if len(keys) > 1}
    assert shared == {}


def test_every_name_in_the_table_resolves_to_its_key():
    for key, languages in DELEGATION_NAMES.items():
        for language, names in languages.items():
            for name in names:
                assert delegation_key(name, language) == key, (name, language)


@pytest.mark.parametrize(
    "key, printed",
    [
        ("FRA", [("en", "France"), ("fr", "France"), ("es", "Francia"), ("ru", "Франция"),
                 ("zh", "法国"), ("ar", "فرنسا")]),
        ("CIV", [("en", "Côte d'Ivoire"), ("en", "Côte d’Ivoire"), ("en", "Cote d'Ivoire"),
                 ("en", "Cote d’Ivoire"), ("en", "CÔTE DʼIVOIRE"), ("fr", "Côte d‘Ivoire"),
                 ("es", "Côte d’Ivoire"), ("ru", "Кот-д’Ивуар"), ("ru", "Кот-д'Ивуар"),
                 ("zh", "科特迪瓦"), ("ar", "كوت ديفوار")]),
        ("BOL", [("en", "Bolivia (Plurinational State of)"),
                 ("fr", "Bolivie (État plurinational de)"),
                 ("es", "Bolivia (Estado Plurinacional de)"),
                 ("ru", "Боливия (Многонациональное Государство)"),
                 ("zh", "多民族玻利维亚国"), ("ar", "بوليفيا (دولة - المتعددة القوميات)")]),
        ("VEN", [("en", "Venezuela (Bolivarian Republic of)"),
                 ("fr", "Venezuela (République bolivarienne du)"),
                 ("es", "Venezuela (República Bolivariana de)"),
                 ("ru", "Венесуэла (Боливарианская Республика)"),
                 ("zh", "委内瑞拉玻利瓦尔共和国"), ("ar", "فنزويلا (جمهورية - البوليفارية)")]),
        ("TUR", [("en", "Türkiye"), ("en", "Turkiye"), ("en", "Turkey"), ("fr", "Türkiye"),
                 ("fr", "Turquie"), ("es", "Türkiye"), ("es", "Turquía"), ("ru", "Турция"),
                 ("zh", "土耳其"), ("ar", "تركيا")]),
        ("GBR", [("en", "United Kingdom"), ("fr", "Royaume-Uni"), ("es", "Reino Unido"),
                 ("ru", "Соединённое Королевство"), ("zh", "联合王国"),
                 ("ar", "المملكة المتحدة")]),
        ("USA", [("en", "United States"), ("zh", "美国"), ("fr", "États-Unis d’Amérique")]),
        ("VAT", [("en", "Holy See"), ("fr", "Saint-Siège"), ("es", "Santa Sede")]),
        ("PSE", [("en", "State of Palestine"), ("fr", "État de Palestine"),
                 ("es", "Estado de Palestina"), ("ar", "دولة فلسطين")]),
        ("EU", [("en", "European Union"), ("fr", "Union européenne"), ("es", "Unión Europea"),
                ("ru", "Европейский союз"), ("zh", "欧洲联盟"), ("ar", "الاتحاد الأوروبي")]),
    ],
)
def test_a_state_or_organization_resolves_from_every_language_to_one_key(key, printed):
    assert {delegation_key(name, language) for language, name in printed} == {key}


def test_the_unterm_article_is_not_part_of_the_printed_name():
    assert delegation_key("Afghanistan", "fr") == "AFG"
    assert delegation_key("Afganistán", "es") == "AFG"
    assert delegation_key("Pays-Bas", "fr") == "NLD"
    assert delegation_key("Netherlands (Kingdom of the)", "en") == "NLD"
