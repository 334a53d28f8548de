"""Delegations as one entity across records and languages.

``DELEGATION_NAMES`` is data: a key (ISO 3166 alpha-3, or an acronym for an
organization) with the names records print for it in each language. A
delegation not in the table becomes its own entity keyed by its printed name,
so it still groups across records of the same language.
"""

from __future__ import annotations

import re
import unicodedata

from documents.models import Delegation

# key: {language: [names as printed, most usual first]}
DELEGATION_NAMES: dict[str, dict[str, list[str]]] = {
    "ARG": {"en": ["Argentina"], "fr": ["Argentine"], "es": ["Argentina"],
            "ru": ["Аргентина"], "zh": ["阿根廷"], "ar": ["الأرجنتين"]},
    "AUS": {"en": ["Australia"], "fr": ["Australie"], "es": ["Australia"],
            "ru": ["Австралия"], "zh": ["澳大利亚"], "ar": ["أستراليا"]},
    "AZE": {"en": ["Azerbaijan"], "fr": ["Azerbaïdjan"], "es": ["Azerbaiyán"],
            "ru": ["Азербайджан"], "zh": ["阿塞拜疆"], "ar": ["أذربيجان"]},
    "CHN": {"en": ["China"], "fr": ["Chine"], "es": ["China"],
            "ru": ["Китай"], "zh": ["中国"], "ar": ["الصين"]},
    "FRA": {"en": ["France"], "fr": ["France"], "es": ["Francia"],
            "ru": ["Франция"], "zh": ["法国"], "ar": ["فرنسا"]},
    "GTM": {"en": ["Guatemala"], "fr": ["Guatemala"], "es": ["Guatemala"],
            "ru": ["Гватемала"], "zh": ["危地马拉"], "ar": ["غواتيمالا"]},
    "LUX": {"en": ["Luxembourg"], "fr": ["Luxembourg"], "es": ["Luxemburgo"],
            "ru": ["Люксембург"], "zh": ["卢森堡"], "ar": ["لكسمبرغ"]},
    "MAR": {"en": ["Morocco"], "fr": ["Maroc"], "es": ["Marruecos"],
            "ru": ["Марокко"], "zh": ["摩洛哥"], "ar": ["المغرب"]},
    "PAK": {"en": ["Pakistan"], "fr": ["Pakistan"], "es": ["Pakistán"],
            "ru": ["Пакистан"], "zh": ["巴基斯坦"], "ar": ["باكستان"]},
    "KOR": {"en": ["Republic of Korea"], "fr": ["République de Corée"],
            "es": ["República de Corea"], "ru": ["Республика Корея"],
            "zh": ["大韩民国"], "ar": ["جمهورية كوريا"]},
    "RUS": {"en": ["Russian Federation"], "fr": ["Fédération de Russie"],
            "es": ["Federación de Rusia"], "ru": ["Российская Федерация"],
            "zh": ["俄罗斯联邦"], "ar": ["الاتحاد الروسي"]},
    "RWA": {"en": ["Rwanda"], "fr": ["Rwanda"], "es": ["Rwanda"],
            "ru": ["Руанда"], "zh": ["卢旺达"], "ar": ["رواندا"]},
    "TGO": {"en": ["Togo"], "fr": ["Togo"], "es": ["Togo"],
            "ru": ["Того"], "zh": ["多哥"], "ar": ["توغو"]},
    "GBR": {"en": ["United Kingdom of Great Britain and Northern Ireland", "United Kingdom"],
            "fr": ["Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Royaume-Uni"],
            "es": ["Reino Unido de Gran Bretaña e Irlanda del Norte", "Reino Unido"],
            "ru": ["Соединенное Королевство Великобритании и Северной Ирландии",
                   "Соединенное Королевство"],
            "zh": ["大不列颠及北爱尔兰联合王国", "联合王国"],
            "ar": ["المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية", "المملكة المتحدة"]},
    "USA": {"en": ["United States of America", "United States"],
            "fr": ["États-Unis d'Amérique", "États-Unis"],
            "es": ["Estados Unidos de América", "Estados Unidos"],
            "ru": ["Соединенные Штаты Америки", "Соединенные Штаты"],
            "zh": ["美利坚合众国", "美国"],
            "ar": ["الولايات المتحدة الأمريكية", "الولايات المتحدة"]},
    "OIC": {"en": ["Organization of Islamic Cooperation"],
            "fr": ["Organisation de la coopération islamique"],
            "es": ["Organización de Cooperación Islámica"],
            "ru": ["Организация исламского сотрудничества"],
            "zh": ["伊斯兰合作组织"], "ar": ["منظمة التعاون الإسلامي"]},
}


def normalise_name(name: str) -> str:
    """Case-, accent-, bracket- and space-insensitive form of a name."""
    name = unicodedata.normalize("NFKC", name).strip().strip("()（）").casefold()
    name = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return re.sub(r"[\s’'‘]+", " ", name).strip()


_BY_NAME: dict[str, str] = {
    normalise_name(printed): key
    for key, languages in DELEGATION_NAMES.items()
    for names in languages.values()
    for printed in names
}


def delegation_key(printed: str, language: str) -> str:
    """The language-independent key of a printed delegation name."""
    normalised = normalise_name(printed)
    return _BY_NAME.get(normalised) or f"{language}:{normalised}"


def delegation_for(printed: str, language: str) -> Delegation | None:
    """The Delegation entity for a printed name, created on first sight."""
    if not printed.strip():
        return None
    key = delegation_key(printed, language)
    delegation, created = Delegation.objects.get_or_create(
        key=key,
        defaults={"names": {language: printed.strip()}},
    )
    if not created and language not in delegation.names:
        delegation.names = {**delegation.names, language: printed.strip()}
        delegation.save(update_fields=["names"])
    return delegation
