"""A page of an OCR'd printed collection ("Résolutions et décisions du
Conseil de sécurité"): the title goes on with the date on the next line,
and the operative part may run on after the last preambular paragraph."""

from __future__ import annotations

from documents.ingest.pipeline import parse_version

PAGE = "\n\n".join(
    [
        "Résolution 240 (1967)",
        "du 25 octobre 1967",
        "Le Conseil de sécurité,",
        "Sérieusement préoccupé par les récentes activités militaires au Moyen-Orient,",
        "Ayant entendu et considéré les déclarations faites par les parties intéressées,",
        "Prenant en considération les documents S/7930/Add.48 et Add.49, 1. Condamne les "
        "violations du cessez-le-feu ; 2. Prie le Secrétaire général de faire rapport.",
    ]
)


def test_the_date_under_the_title_is_the_resolutions():
    parsed = parse_version(PAGE.encode())
    assert (parsed.symbol, parsed.date) == ("S/RES/240(1967)", "1967-10-25")


def test_a_heading_that_says_more_than_a_date_gives_none():
    heading = "Lettre du 25 octobre 1967 (S/8207)"
    parsed = parse_version(PAGE.replace("du 25 octobre 1967", heading).encode())
    assert parsed.date == ""


def test_the_operative_part_run_on_after_the_preamble():
    parsed = parse_version(PAGE.encode())
    texts = [(p.kind, p.number, p.text) for p in parsed.paragraphs if p.kind != "heading"]
    assert texts[-3:] == [
        ("preambular", "", "Prenant en considération les documents S/7930/Add.48 et Add.49,"),
        ("operative", "1", "1. Condamne les violations du cessez-le-feu ;"),
        ("operative", "2", "2. Prie le Secrétaire général de faire rapport."),
    ]


def test_a_number_in_lower_case_text_is_not_a_run_on_paragraph():
    page = PAGE.replace("1. Condamne", "1. condamnant")
    parsed = parse_version(page.encode())
    assert not any(p.number == "1" for p in parsed.paragraphs)
    assert any("Add.49, 1. condamnant" in p.text for p in parsed.paragraphs)
