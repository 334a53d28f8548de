"""Records are recognised from their header, provisional or final, in every
language, and a resolution that cites the Official Records is not one."""

import pytest

from documents.ingest.pipeline import parse_version
from tests.ingest.test_record_layout import GENERAL_ASSEMBLY

FINAL_HEADERS = {
    "fr": "Nations Unies A/68/PV.5\n\nAssemblée générale\nSoixante-huitième session\n"
          "5e séance plénière\nMardi 24 septembre 2013, à 9 heures\nNew York\n"
          "Documents officiels\n\nPrésident : M. Ashe ....... (Antigua-et-Barbuda)\n\n"
          "La séance est ouverte à 9 h 5.\n\nLe Président : Je donne la parole à M. Dupont.\n",
    "zh": "联合国 A/68/PV.5\n\n大会\n第六十八届会议\n第5次全体会议\n"
          "2013年9月24日星期二上午9时举行\n纽约\n正式记录\n\n主席：阿什先生.....（安提瓜和巴布达）\n\n上午9时05分开会。\n\n"
          "主席（以英语发言）：我请杜邦先生发言。\n",
}


def test_a_final_english_general_assembly_record_is_a_record():
    parsed = parse_version(GENERAL_ASSEMBLY.encode())
    assert (parsed.kind, parsed.symbol, parsed.language) == ("verbatim_record", "A/68/PV.5", "en")
    assert any(p.kind == "speaker_turn" for p in parsed.paragraphs)


@pytest.mark.parametrize("language", sorted(FINAL_HEADERS))
def test_final_records_in_other_languages(language):
    parsed = parse_version(FINAL_HEADERS[language].encode())
    assert (parsed.kind, parsed.language) == ("verbatim_record", language)
    assert parsed.symbol == "A/68/PV.5"


def test_a_resolution_citing_the_official_records_stays_a_resolution():
    text = (
        "75/99. Cooperation\n\nThe General Assembly,\n\n"
        "Recalling its report,¹\n\n1. Decides to continue;\n\n"
        "¹ Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 1.\n\n"
        "30th plenary meeting\n23 November 2020\n"
    )
    assert parse_version(text.encode(), symbol="A/RES/75/99").kind == "resolution"
