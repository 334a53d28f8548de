"""Header lines: a heading hard-wrapped over several blocks is one heading;
the session, agenda item, adoption and "[without reference ...]" lines and
the letterhead stay headings of their own."""

from documents.ingest.languages import LANGUAGES
from documents.ingest.pipeline import parse_file, parse_version
from documents.ingest.resolution import continues_heading
from tests.ingest.samples import CORPUS

BODY = """
The General Assembly,

Recalling its resolution 74/4,

1. Decides to remain seized of the matter.

30th plenary meeting
23 November 2020
"""

WRAPPED_ENGLISH = (
    """United Nations

General Assembly

Distr.: General
30 November 2020

Seventy-fifth session

Agenda item 130 (b)

Cooperation between the

United Nations and regional and other organizations:

cooperation between the United Nations and the

Organization of Islamic Cooperation

Resolution adopted by the General Assembly on 23 November 2020

[without reference to a Main Committee (A/75/L.27 and A/75/L.27/Add.1)]

75/16. Cooperation between the United Nations and the Organization of Islamic Cooperation
"""
    + BODY
)


def headings(version) -> list[str]:
    return [p.text for p in version.paragraphs if p.kind == "heading"]


def test_english_title_wrapped_over_four_blocks_is_one_heading():
    version = parse_version(WRAPPED_ENGLISH.encode())
    assert headings(version) == [
        "United Nations",
        "General Assembly",
        "Distr.: General 30 November 2020",
        "Seventy-fifth session",
        "Agenda item 130 (b)",
        "Cooperation between the United Nations and regional and other organizations:"
        " cooperation between the United Nations and the Organization of Islamic Cooperation",
        "Resolution adopted by the General Assembly on 23 November 2020",
        "[without reference to a Main Committee (A/75/L.27 and A/75/L.27/Add.1)]",
    ]
    assert [p.anchor for p in version.paragraphs if p.kind == "heading"] == [
        f"h-{i}" for i in range(1, 9)
    ]
    assert version.agenda_item == "130 (b)" and version.date == "2020-11-23"


def test_arabic_sample_agenda_title_is_one_heading():
    version = parse_file(CORPUS / "A-RES-75-16.ar.txt")
    found = headings(version)
    assert (
        "التعاون بين الأمم المتحدة والمنظمات الإقليمية والمنظمات الأخرى: التعاون بين"
        " الأمم المتحدة ومنظمة التعاون الإسلامي"
    ) in found
    assert "الدورة الخامسة والسبعون" in found
    assert "البند 130 (ب) من جدول الأعمال" in found
    assert "قرار اتخذته الجمعية العامة في 23 تشرين الثاني/نوفمبر 2020" in found
    assert len(found) == 6


def test_chinese_sample_agenda_title_is_one_heading_joined_without_a_space():
    version = parse_file(CORPUS / "A-RES-75-16.zh.txt")
    assert headings(version) == [
        "第七十五届会议",
        "议程项目 130(b)",
        "联合国同各区域组织及其他组织的合作：联合国同伊斯兰合作组织的合作",
        "2020年11月23日大会决议",
        "[未经发交主要委员会而通过(A/75/L.27 和 A/75/L.27/Add.1)]",
    ]


def test_russian_and_french_wrapped_titles_and_letterhead_is_not_the_preamble():
    russian = """Генеральная Ассамблея

Семьдесят пятая сессия

Пункт 130 (b) повестки дня

Сотрудничество между Организацией Объединенных Наций и

региональными и другими организациями

Резолюция, принятая Генеральной Ассамблеей 23 ноября 2020 года

75/16. Сотрудничество между Организацией Объединенных Наций и Организацией исламского сотрудничества

Генеральная Ассамблея,

ссылаясь на свою резолюцию 74/4,

1. постановляет продолжить рассмотрение этого вопроса.
"""
    assert headings(parse_version(russian.encode())) == [
        "Генеральная Ассамблея",
        "Семьдесят пятая сессия",
        "Пункт 130 (b) повестки дня",
        "Сотрудничество между Организацией Объединенных Наций и"
        " региональными и другими организациями",
        "Резолюция, принятая Генеральной Ассамблеей 23 ноября 2020 года",
    ]
    french = """Assemblée générale

Point 130 b) de l'ordre du jour

Coopération entre l'Organisation des Nations Unies et les organisations régionales ou autres :

coopération entre l'Organisation des Nations Unies et l'Organisation de la coopération islamique

Résolution adoptée par l'Assemblée générale le 23 novembre 2020

75/16. Coopération entre l'ONU et l'Organisation de la coopération islamique

L'Assemblée générale,

Rappelant sa résolution 74/4,

1. Décide de rester saisie de la question.
"""
    version = parse_version(french.encode())
    assert headings(version) == [
        "Assemblée générale",
        "Point 130 b) de l'ordre du jour",
        "Coopération entre l'Organisation des Nations Unies et les organisations régionales"
        " ou autres : coopération entre l'Organisation des Nations Unies et l'Organisation"
        " de la coopération islamique",
        "Résolution adoptée par l'Assemblée générale le 23 novembre 2020",
    ]
    assert version.agenda_item == "130 b)"


def test_a_heading_that_ends_a_sentence_is_not_continued():
    en = LANGUAGES["en"]
    assert not continues_heading("Note by the Secretary-General.", "Addendum", en)
    assert not continues_heading("Agenda item 130 (b)", "Cooperation between the", en)
    assert not continues_heading("Cooperation between the", "Seventy-fifth session", en)
    assert not continues_heading("General Assembly", "Cooperation between the", en)
    assert not continues_heading("Cooperation", "Resolution adopted by the General Assembly", en)
    assert not continues_heading("Some title", "United Nations", en)
    assert continues_heading("Cooperation between the", "United Nations", en)
    assert continues_heading("Cooperation between the United Nations", "and the League", en)
