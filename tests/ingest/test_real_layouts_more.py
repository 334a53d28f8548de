"""Rules found on the second batch of real texts (tests/realdata, see each
folder's PROVENANCE.md), each tried here on a minimal text in the layout
the real one has: hard-wrapped PDF text with no blank line between
paragraphs, 1990s job numbers with date stamps."""

from __future__ import annotations

from documents.ingest.normalise import PAGE_FURNITURE
from documents.ingest.pipeline import parse_version
from documents.ingest.segment import Block, split_wrapped_blocks


def test_a_1990s_job_number_with_its_date_stamps_is_page_furniture():
    """"98-14878 (S) 290598 290598 /..." is the job number, the dates it was
    typed and printed, and the "continued" mark of a 1990s document."""
    for line in ("98-14878 (S) 290598 290598 /...", "94-12345 (E)    120594    130594"):
        assert PAGE_FURNITURE.match(line), line
    assert not PAGE_FURNITURE.match("98-14878 adopted on 290598 by the Council")


WRAPPED = [
    "En la 3888ª sesión del Consejo de Seguridad, celebrada el 29 de mayo",
    "de 1998, en relación con el examen por el Consejo del tema titulado La",
    "responsabilidad del Consejo de Seguridad en el mantenimiento de la paz y",
    "siguiente declaración en nombre del Consejo:",
    "El Consejo de Seguridad deplora profundamente los ensayos nucleares",
    "subterráneos que realizó el Pakistán el 28 de mayo de 1998, pese a la",
    "preocupación de la abrumadora mayoría de la comunidad internacional y",
    "de la región.",
    "El Consejo de Seguridad reafirma la importancia fundamental del",
    "Tratado sobre la no proliferación de las armas nucleares (TNP) y el",
]


def test_hard_wrapped_lines_are_cut_where_the_next_word_would_have_fitted():
    """A line short of the width, whose next word would have fitted on it,
    ended its paragraph; full lines go on."""
    blocks = split_wrapped_blocks([Block(list(WRAPPED), 10)])
    assert [b.lines[0][:20] for b in blocks] == [
        "En la 3888ª sesión d",
        "El Consejo de Seguri",
        "El Consejo de Seguri",
    ]
    assert [b.line for b in blocks] == [10, 14, 18]


def test_a_label_on_its_own_line_stays_with_its_text():
    """"1." alone on its line is short, but it is the paragraph's number."""
    lines = ["1.", *WRAPPED[4:8]]
    blocks = split_wrapped_blocks([Block(list(WRAPPED[:4]), 1), Block(lines, 6)])
    assert [b.lines[0] for b in blocks] == [WRAPPED[0], "1."]


def test_text_that_is_not_hard_wrapped_is_left_alone():
    """Blocks of lines of every length (a list, a masthead) are not wrapped
    text: nothing is cut."""
    lines = ["United Nations", "S", "Security Council", "Distr.", "GENERAL", "S/PRST/1998/17"]
    blocks = [Block(lines, 1), Block(list(lines), 8)]
    assert split_wrapped_blocks(blocks) == blocks


def test_a_presidential_statement_in_hard_wrapped_pdf_text():
    text = "\n".join(
        [
            "98-14878 (S) 290598 290598 /...",
            "Consejo de Seguridad",
            "S/PRST/1998/17",
            "29 de mayo de 1998",
            "DECLARACIÓN DEL PRESIDENTE DEL CONSEJO DE SEGURIDAD",
            *WRAPPED,
            "de prohibición completa de los ensayos.",
        ]
    )
    version = parse_version(text.encode("utf-8"))
    assert (version.symbol, version.language, version.kind, version.date) == (
        "S/PRST/1998/17", "es", "presidential_statement", "1998-05-29"
    )
    body = [p.text[:20] for p in version.paragraphs if p.kind == "other"]
    assert body == ["En la 3888ª sesión d", "El Consejo de Seguri", "El Consejo de Seguri"]
    assert not any("98-14878" in p.text for p in version.paragraphs)


STATEMENT_WEB_PAGE = """Statement by the President of the Security Council

At the 4322nd meeting of the Security Council, held on 30 May 2001, in connection with the \
Council’s consideration of the item entitled “The situation in the Middle East”, the President \
of the Security Council made the following statement on behalf of the Council:

“In connection with the resolution just adopted on the renewal of the mandate of the United \
Nations Disengagement Observer Force, I have been authorized to make the following complementary \
statement on behalf of the Security Council:
‘As is known, the report of the Secretary-General states, in paragraph 11, that the situation \
in the Middle East continues to be potentially dangerous. That statement of the Secretary-General \
reflects the view of the Security Council.’”


Document symbol: S/PRST/2001/15
Document Type: Security Council presidential statement
Publication Date: 30/05/2001
"""


def test_a_catalogue_line_names_the_symbol_and_its_record_is_not_text():
    """"Document symbol: S/PRST/2001/15" (a library catalogue's record under
    the text) gives the symbol; the record's "Label: value" lines are not
    paragraphs of the statement."""
    version = parse_version(STATEMENT_WEB_PAGE.encode("utf-8"))
    assert (version.symbol, version.kind, version.date) == (
        "S/PRST/2001/15", "presidential_statement", "2001-05-30"
    )
    body = [p.text for p in version.paragraphs if p.kind == "other"]
    assert [text[:12] for text in body] == ["At the 4322n", "“In connecti", "‘As is known"]
    assert not any("Document" in text for text in body)


def test_a_glued_catalogue_label_and_other_languages():
    from documents.ingest.detect import catalogue_symbol

    assert catalogue_symbol("CôteS/RES/1 (1946)\nIntitulé...") == "S/RES/1(1946)"
    assert catalogue_symbol("Signatura: A/RES/102 (I)") == "A/RES/102(I)"
    assert catalogue_symbol("文号：S/RES/2446(2018)") == "S/RES/2446(2018)"
    # a symbol cited in a sentence after a label-like word is no catalogue line
    assert catalogue_symbol("Symbol of unity, as said in S/PRST/2001/15.") == ""


def test_a_line_too_long_to_be_wrapped_that_ends_a_sentence_is_a_paragraph():
    long_line = "The Council " + "recalls its earlier decisions " * 6 + "on this matter:"
    other = "‘As is known, " + "the situation remains tense " * 6 + "in the region.’"
    blocks = split_wrapped_blocks([Block([long_line, other], 3)])
    assert [b.line for b in blocks] == [3, 4]


RECORD_WEB_COPY = """Security Council
Fifty-seventh year
4552nd meeting
Thursday, 13 June 2002, 11.40 a.m.
New York

President:Mr. Wehbe (Syrian Arab Republic)
Members:Bulgaria Mr. Tafrov
""" + "\n".join(
    f"{country} Mr. {name}"
    for country, name in [
        ("Cameroon", "Tidjani"), ("China", "Zhang Yishan"), ("Colombia", "Franco"),
        ("France", "Levitte"), ("Guinea", "Fall"), ("Ireland", "Ryan"),
        ("Mauritius", "Ramjuttun"), ("Mexico", "Aguilar Zinser"), ("Norway", "Kolby"),
        ("Russian Federation", "Lavrov"), ("Singapore", "Mahbubani"),
        ("United Kingdom of Great Britain and Northern Ireland", "Eldon"),
        ("United States of America", "Rosenblatt"),
    ]
) + """


The situation in the Middle East, including the Palestinian question

The meeting was called to order at 11.40 a.m.

Adoption of the agenda

The agenda was adopted.

The President (spoke in Arabic): I should like to inform the Council.

The meeting rose at 12.05 p.m.
"""


def test_a_record_without_its_title_is_known_by_its_attendance_list():
    """No "Provisional", no "Official Records", no symbol: the meeting line
    with "President:" and "Members:" under it make a record, and the
    Council's meeting number its symbol."""
    version = parse_version(RECORD_WEB_COPY.encode("utf-8"))
    assert (version.kind, version.symbol, version.date) == (
        "verbatim_record", "S/PV.4552", "2002-06-13"
    )
    assert (version.meeting.opened_at, version.meeting.closed_at) == ("11:40", "12:05")


def test_after_every_seat_of_the_council_the_agenda_follows_without_its_label():
    version = parse_version(RECORD_WEB_COPY.encode("utf-8"))
    assert version.meeting.agenda == [
        "The situation in the Middle East, including the Palestinian question"
    ]
    assert len(version.meeting.attendance) == 15
    assert not version.warnings, version.warnings


EARLY_RESOLUTION = """102 (I) Medidas para ahorrar tiempo a la Asamblea General
La Asamblea General,
Reconociendo que el orden del día de las futuras sesiones será bastante nutrido;
Tomando en cuenta las diferentes propuestas presentadas a la Asamblea General;
Invita a los Miembros a que envíen al Secretario General sus propuestas;
Encarga al Secretario General que estudie las medidas indicadas, tomando en cuenta:
- Los memorándums presentados por la delegación de Canadá;
- Las indicaciones hechas por los Miembros;
Nombra un Comité integrado por miembros designados por los Gobiernos de:
Argentina, Bélgica, Canadá y Yugoslavia,
y que se reunirá una semana antes de iniciarse la segunda sesión.
"""


def test_an_early_resolution_in_a_web_copy():
    """A resolution of the first session as a web page prints it: its number
    without the full stop ("102 (I) Medidas ..."), preambular paragraphs that
    end with a semicolon, unnumbered operative paragraphs, a list's items as
    bullets, and a list of names and a lower-case line that go on with the
    paragraph before."""
    version = parse_version(EARLY_RESOLUTION.encode("utf-8"))
    assert (version.symbol, version.language) == ("A/RES/102(I)", "es")
    assert [(p.kind, p.anchor) for p in version.paragraphs if p.kind != "title"] == [
        ("preamble_intro", "intro"),
        ("preambular", "pp-1"),
        ("preambular", "pp-2"),
        ("operative", "op-1"),
        ("operative", "op-2"),
        ("sub_paragraph", "op-2-a"),
        ("sub_paragraph", "op-2-b"),
        ("operative", "op-3"),
    ]
    assert version.paragraphs[-1].text.endswith("antes de iniciarse la segunda sesión.")


def test_a_number_before_a_lower_case_word_is_no_early_symbol_line():
    from documents.ingest.languages import LANGUAGES
    from documents.ingest.resolution import read_symbol_line

    assert read_symbol_line("102 (I) Medidas para ahorrar", LANGUAGES["es"])[0] == "A/RES/102(I)"
    assert read_symbol_line("1 (1946) Resolution of 25 January", LANGUAGES["en"])[0] == (
        "S/RES/1(1946)"
    )
    assert read_symbol_line("12 (2020) were adopted", LANGUAGES["en"])[0] == ""


def test_the_first_resolutions_print_no_intro_and_their_preamble_is_still_read():
    text = """MILITARY STAFF COMMITTEE

1 (1946) Resolution of 25 January 1946

By Article 47 of the Charter, the United Nations have agreed that there shall be \
established a Military Staff Committee ;

Therefore

1. The Security Council requests the permanent members to direct their Chiefs of Staff to meet ;

2. The Security Council directs that the Chiefs of Staff constitute the Committee.

Adopted at the 2nd meeting.
"""
    version = parse_version(text.encode("utf-8"))
    assert (version.symbol, version.date) == ("S/RES/1(1946)", "1946-01-25")
    assert [(p.kind, p.anchor) for p in version.paragraphs] == [
        ("heading", "h-1"),
        ("title", "title"),
        ("preambular", "pp-1"),
        ("heading", "h-2"),
        ("operative", "op-1"),
        ("operative", "op-2"),
        ("signature", "signature"),
    ]


RUSSIAN_WEB_COPY = """Резолюция 1518 (2003),
принятая Советом Безопасности на его 4872-м заседании 24 ноября 2003 года
Совет Безопасности,
вновь подтверждая свою приверженность
Договору о нераспространении ядерного оружия и всем своим обязательствам,
ссылаясь на резолюцию Совета управляющих МАГАТЭ (GOV/2006/14),
отмечая с серьезной обеспокоенностью, что, как подтверждено в докладах от 22 фе"""


def test_a_russian_web_copy_cut_short():
    """The adoption line under the number ("принятая Советом Безопасности
    ... 24 ноября 2003 года") gives the date; a preambular opening cut by a
    line break ("вновь подтверждая ..." / "Договору ...") is one paragraph;
    a copy cut inside its last preambular paragraph has no operative one."""
    version = parse_version(RUSSIAN_WEB_COPY.encode("utf-8"))
    assert (version.symbol, version.language, version.date) == (
        "S/RES/1518(2003)", "ru", "2003-11-24"
    )
    preambular = [p.text for p in version.paragraphs if p.kind == "preambular"]
    assert [text[:7] for text in preambular] == ["вновь п", "ссылаяс", "отмечая"]
    assert not [p for p in version.paragraphs if p.kind == "operative"]


def test_an_unnumbered_operative_paragraph_at_the_end_is_still_operative():
    """Only a cut paragraph that opens as a preambular one stays preambular:
    a last paragraph "Decides ..." printed without its number is operative."""
    text = (
        "80/1. Title\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n"
        "Decides to act on the matter as soon as the report of the Secretary-General on the "
        "situation is before it, and to consider then all the measures that the report proposes"
    )
    version = parse_version(text.encode("utf-8"))
    assert [p.kind for p in version.paragraphs][-2:] == ["preambular", "operative"]


ARABIC_WEB_COPY = """دائرة العمل والتخطيط

قرار مجلس الأمن رقم 381 بتاريخ 30 تشرين الثاني (نوفمبر) 1975
إن مجلس الأمن
وقد نظر في تقرير الأمين العام ( S/11883), عن قوة الأمم المتحدة لمراقبة فض الاشتباك,
وقد أحاط علما بالمباحثات التي أجراها الأمين العام مع جميع الأطراف المعنية,
يقرر:
(أ ) أن يجتمع مرة أخرى في 12 كانون الثاني (يناير) 1976,
(ب) أن يجدد ولاية القوة لفترة ستة أشهر أخرى,
(ج) أن يطلب إلى الأمين العام إعلام مجلس الأمن بما يستجد من تطورات.
"""


def test_an_arabic_web_copy_of_an_old_council_resolution():
    """A page title with the number and the date only gives the symbol with
    the year of the date; "30 تشرين الثاني (نوفمبر) 1975" is a date; a block
    of lines of every length, most ending a clause, is one paragraph a line;
    "يقرر:" (Decides:) before lettered items is the one unnumbered operative
    paragraph; "(أ )" is a label though spaced in its brackets."""
    version = parse_version(ARABIC_WEB_COPY.encode("utf-8"))
    assert (version.symbol, version.language, version.date) == (
        "S/RES/381(1975)", "ar", "1975-11-30"
    )
    assert [(p.kind, p.anchor) for p in version.paragraphs if p.kind != "heading"] == [
        ("preamble_intro", "intro"),
        ("preambular", "pp-1"),
        ("preambular", "pp-2"),
        ("operative", "op-1"),
        ("sub_paragraph", "op-1-a"),
        ("sub_paragraph", "op-1-b"),
        ("sub_paragraph", "op-1-c"),
    ]


def test_a_colon_paragraph_that_opens_as_a_preamble_keeps_its_kind():
    """"Recalling the following:" before lettered items stays preambular."""
    text = (
        "80/1. Title\n\nThe General Assembly,\n\nRecalling the following:\n\n"
        "(a) Its resolution 79/1,\n\n(b) Its resolution 79/2,\n\n1. Decides to act.\n"
    )
    version = parse_version(text.encode("utf-8"))
    assert [p.anchor for p in version.paragraphs][1:5] == ["intro", "pp-1", "pp-1-a", "pp-1-b"]


def test_a_whole_resolution_on_one_ocr_line_is_cut_into_its_paragraphs():
    """Title, intro, preambular paragraphs (a clause end, then "Ayant"), the
    unnumbered operative paragraph (", Décide d'admettre") and the meeting
    line, all on one line."""
    text = (
        "2751 (XXVI). Admission du Bhoutan à l’Organisation des Nations Unies "
        "L’Assemblée générale, Ayant reçu la communication du Conseil de sécurité, en date du "
        "10 février 1971, recommandant l’admission du Bhoutan à l’Organisation des "
        "Nations Unies J, "
        "Ayant examiné la demande d’admission du Bhoutan 2, Décide d’admettre le Bhoutan à "
        "l’Organisation des Nations Unies. 1934e séance plénière, 21 septembre 1971."
    )
    version = parse_version(text.encode("utf-8"))
    assert (version.symbol, version.date) == ("A/RES/2751(XXVI)", "1971-09-21")
    assert [p.kind for p in version.paragraphs] == [
        "title", "preamble_intro", "preambular", "preambular", "operative", "signature"
    ]


def test_numbered_paragraphs_run_together_on_one_line():
    """"1 (1946). Résolution du 25 janvier 1946 En vertu ...; 1. Le Conseil
    ...; 2. Le Conseil ...": the title ends with its date, the numbers run
    1, 2, 3."""
    text = (
        "1 (1946). Résolution du 25 janvier 1946 En vertu de l'Article 47 de la Charte, les "
        "Nations Unies ont convenu qu'il sera établi un Comité d'état-major chargé de conseiller "
        "le Conseil de sécurité; En conséquence 1. Le Conseil de sécurité invite les membres "
        "permanents à donner les instructions nécessaires; 2. Le Conseil de sécurité décide que "
        "les chefs d'état-major constituent le Comité; 3. Le Conseil de sécurité charge le Comité "
        "d'élaborer des propositions relatives à son organisation."
    )
    version = parse_version(text.encode("utf-8"), language="fr")
    assert version.symbol == "S/RES/1(1946)"
    assert [p.anchor for p in version.paragraphs] == ["title", "pp-1", "op-1", "op-2", "op-3"]


def test_a_long_paragraph_with_numbers_out_of_sequence_is_not_cut():
    from documents.ingest.languages import LANGUAGES
    from documents.ingest.normalise import Line, unfold_run_together

    text = "Recalling its resolutions 3. and 7. of the session, " * 8
    lines = [Line(1, text)]
    assert unfold_run_together(lines, LANGUAGES["en"]) == lines


def test_a_first_session_resolution_opens_with_its_body_and_verb():
    """"大会决定设置两专门委员会如下." with no intro line: the body speaks in
    unnumbered operative paragraphs; (甲) (乙) are items of the first; the
    page title gives the symbol ("联合国大会决议案二十六(一)") and the meeting
    line its date ("一九四六年一月廿六日,第十八次全会.")."""
    text = (
        "联合国大会决议案二十六(一)\n\n一 设置二专门委员会案\n\n大会决定设置两专门委员会如下.\n\n"
        "(甲)国联事宜委员会,以研讨国际联合会若干职务;\n\n(乙)永久会址委员会,以研讨联合国永久会址之所在地.\n\n"
        "每一会员国得派其代表出席该两专门委员会.\n\n一九四六年一月廿六日,第十八次全会.\n"
    )
    version = parse_version(text.encode("utf-8"))
    assert (version.symbol, version.language, version.date) == ("A/RES/26(I)", "zh", "1946-01-26")
    assert [(p.kind, p.anchor) for p in version.paragraphs if p.kind != "heading"] == [
        ("operative", "op-1"),
        ("sub_paragraph", "op-1-a"),
        ("sub_paragraph", "op-1-b"),
        ("operative", "op-2"),
        ("signature", "signature"),
    ]


def test_an_adoption_line_opening_with_the_council_is_no_operative_paragraph():
    from documents.ingest.numerals import chinese_to_int

    assert chinese_to_int("廿六") == 26 and chinese_to_int("卅") == 30
    text = (
        "第1232(1999)号决议\n\n安全理事会1999年3月30日第3987次会议通过\n\n"
        "安全理事会,\n\n回顾其决议,\n\n1. 决定继续处理此案。\n"
    )
    version = parse_version(text.encode("utf-8"))
    assert [p.kind for p in version.paragraphs if p.kind in ("operative", "preambular")] == [
        "preambular", "operative"
    ]


# -- the third batch: the gaps the development set listed (known_gaps.json) --

NOTE_BY_WORD = (
    "联合国大会决议案二十六(一)\n\n大会决定设置两专门委员会如下.\n\n"
    "(甲)国联事宜委员会,以研讨国际联合会若干职务;\n\n"
    "(乙)永久会址委员会,以研讨联合国永久会址之所在地.{mark}\n\n"
    "一九四六年一月廿六日,第十八次全会.\n\n{body}大会总务委员会之提议,修改如下.\n"
)


def test_a_note_marked_by_a_word_is_a_footnote():
    """"(注)" at the end of an item and a body opening "(注)..." (as "（注）"
    in full-width brackets, or "(*)" in any language) are one footnote
    with its mark, stored as the word."""
    for mark, marker in (("(注)", "注"), ("（注）", "注"), ("(*)", "*")):
        text = NOTE_BY_WORD.format(mark=mark, body=mark)
        version = parse_version(text.encode("utf-8"))
        assert [(n.marker, n.text) for n in version.footnotes] == [
            (marker, "大会总务委员会之提议,修改如下.")
        ], mark
        item = next(p for p in version.paragraphs if p.anchor == "op-1-b")
        assert item.text == "(乙)永久会址委员会,以研讨联合国永久会址之所在地."
        assert [r.marker for r in item.footnote_refs] == [marker]
        assert not [w for w in version.warnings if "footnote" in w], version.warnings


def test_a_word_in_brackets_with_no_note_so_marked_stays_text():
    """"(注)" or "(*)" in the text is a mark only when a note opens with it."""
    text = NOTE_BY_WORD.format(mark="(*)", body="")
    version = parse_version(text.encode("utf-8"))
    assert version.footnotes == []
    item = next(p for p in version.paragraphs if p.anchor == "op-1-b")
    assert item.text.endswith("所在地.(*)")


MARKS_RUN_TOGETHER = (
    "聯合國安理會決議案四十四\n\n四十四(一九四八).一九四八年四月一日決議案\n\n"
    "  安全理事會,\n\n"
    "  業已閱悉委員會之第一{run}兩月工作進度報告書,及其第一特別報告書,24\n\n"
    "  爰請秘書長召集大會特別屆會。\n\n"
    "第二七七次會議通過。\n\n\n"
    "23 安全理事會正式紀錄,文件S/663。\n\n24 同上,文件S/676。\n\n25 同上,文件S/695。\n\n"
    "下列聯合國文件屬於公有領域:\n\n  1. 官方紀錄;\n  2. 帶有聯合國標誌發佈的文獻;\n"
    "  3. 公開信息資料;\n  4. 其他。\n"  # lines of a list: the page is not double-spaced
)


def test_two_marks_printed_run_together_are_both_taken():
    """"第一2325兩月": footnote 23 is expected, "2325" splits into 23 and the
    mark of footnote 25, whose body exists too: both are marks, and the
    body "23 ..." opening a block after the text is footnote 23."""
    version = parse_version(MARKS_RUN_TOGETHER.format(run="2325").encode("utf-8"))
    assert [n.marker for n in version.footnotes] == ["23", "24", "25"]
    paragraph = next(p for p in version.paragraphs if p.kind == "preambular")
    assert "第一兩月" in paragraph.text
    assert sorted(r.marker for r in paragraph.footnote_refs) == ["23", "24", "25"]
    assert not version.warnings, version.warnings


def test_a_number_that_does_not_split_into_expected_marks_is_text():
    """"第一2399兩月": 99 is no footnote, so "2399" is a number of the text,
    and "23 ..." is not taken as a footnote on the strength of it."""
    version = parse_version(MARKS_RUN_TOGETHER.format(run="2399").encode("utf-8"))
    paragraph = next(p for p in version.paragraphs if p.kind == "preambular")
    assert "第一2399兩月" in paragraph.text
    assert "23" not in {r.marker for r in paragraph.footnote_refs}


def test_a_symbol_line_run_together_with_a_web_pages_navigation_lines():
    """A web page's head prints the symbol line right under a navigation
    line ("維基文庫,自由的圖書館"), so the two are one block: the symbol line is
    read on its own, and its title gives the date."""
    text = (
        "跳转到内容\n\n聯合國安理會決議案五十六\n\n維基文庫,自由的圖書館\n"
        "五十六(一九四八).一九四八年八月十九日決議案\n〔S/983〕\n\n"
        "  安全理事會,\n\n  閱悉調解專員之各項來文後,\n\n  一.促請各有關政府注意;\n\n"
        "第三五四次會議通過。\n"
    )
    version = parse_version(text.encode("utf-8"))
    assert (version.symbol, version.date) == ("S/RES/56(1948)", "1948-08-19")
    kinds = [(p.kind, p.text) for p in version.paragraphs]
    assert ("title", "五十六(一九四八).一九四八年八月十九日決議案") in kinds
    assert [k for k, _ in kinds].count("operative") == 1


def test_a_catalogue_or_infobox_date_is_the_date_when_no_adoption_line_says():
    """"Date 22 octobre 1973" (a Wikipedia infobox), "Fecha: 29 de mayo de
    1998": the label is the language's (data, as for the catalogue
    symbol), the date the whole value; an adoption line says first."""
    from documents.ingest.detect import catalogue_date

    assert catalogue_date("Caractéristiques\nDate 22 octobre 1973\nSéance no 1747", "fr") == (
        "1973-10-22"
    )
    assert catalogue_date("Fecha: 29 de mayo de 1998", "es") == "1998-05-29"
    assert catalogue_date("日期：2018年12月12日", "zh") == "2018-12-12"
    for line in (
        "Dated 22 October 1973", "Date 22 October 1973 and 5 May 1974", "The date 5 May 1974"
    ):
        assert catalogue_date(line, "en") == "", line
    text = (
        "Résolution 338 du Conseil de sécurité des Nations unies\n\nDate 22 octobre 1973\n\n"
        "Le Conseil de sécurité,\n\n1. Demande à toutes les parties de cesser le feu ;\n\n"
        "2. Décide que des négociations commenceront.\n"
    )
    assert parse_version(text.encode("utf-8")).date == "1973-10-22"
    adoption = "Adoptée par le Conseil de sécurité le 21 octobre 1973\n\n"
    adopted = text.replace("Le Conseil", adoption + "Le Conseil")
    assert parse_version(adopted.encode("utf-8")).date == "1973-10-21"


def test_a_resolution_without_preamble_intro_is_warned_of_once():
    """The first resolutions print no intro: one warning, naming the line of
    the first operative paragraph, not a second one without a line."""
    from documents.ingest.resolution import NO_INTRO, NO_INTRO_BEFORE_OPERATIVE

    text = (
        "MILITARY STAFF COMMITTEE\n\n1 (1946) Resolution of 25 January 1946\n\n"
        "By Article 47 of the Charter, the United Nations have agreed that there shall be "
        "established a Military Staff Committee ;\n\nTherefore\n\n"
        "1. The Security Council requests the permanent members to meet at London ;\n\n"
        "2. The Security Council directs that the Chiefs of Staff shall constitute the "
        "Committee.\n\nAdopted at the 2nd meeting.\n"
    )
    version = parse_version(text.encode("utf-8"))
    assert version.warnings == [f"line 9: {NO_INTRO_BEFORE_OPERATIVE}"]
    opening = (
        "大会决定设置两专门委员会如下.\n\n(甲)国联事宜委员会;\n\n一九四六年一月廿六日,第十八次全会.\n"
    )
    version = parse_version(("联合国大会决议案二十六(一)\n\n" + opening).encode("utf-8"))
    assert version.warnings == [NO_INTRO]


def test_acting_under_chapter_vii_is_preambular_even_without_its_comma_or_bracket():
    """"根据《联合国宪章》第七章采取行动," is the preamble's last paragraph in
    Council resolutions; a web copy that lost its comma and its opening 《
    ("根据联合国宪章》第七章采取行动") still prints a preambular paragraph,
    not a heading. The formula is the language's (data): a short line
    that opens otherwise stays a heading."""
    text = (
        "联合国安理会第1518号决议\n\n安全理事会\n\n回顾其以前所有有关决议,\n"
        "确认伊拉克局势仍对国际和平与安全构成威胁,\n{last}\n1. 决定立即设立一个委员会;\n"
        "2. 决定继续处理此案。\n\n第4872次会议一致通过。\n"
    )
    for last in ("根据联合国宪章》第七章采取行动", "根据《联合国宪章》第七章采取行动"):
        version = parse_version(text.format(last=last).encode("utf-8"))
        kinds = [(p.kind, p.text) for p in version.paragraphs]
        assert ("preambular", last) in kinds, kinds
    version = parse_version(text.format(last="伊拉克局势").encode("utf-8"))
    assert ("heading", "伊拉克局势") in [(p.kind, p.text) for p in version.paragraphs]
    english = (
        "Resolution 1518 (2003)\n\nThe Security Council,\n\nRecalling its resolutions,\n\n"
        "Acting under Chapter VII of the Charter of the United Nations\n\n"
        "1. Decides to establish a Committee;\n\n2. Decides to remain seized of the matter.\n"
    )
    version = parse_version(english.encode("utf-8"))
    assert [p.kind for p in version.paragraphs].count("preambular") == 2


def test_a_web_page_title_without_the_year_gives_way_to_one_with_its_date():
    """Two title lines name resolution 338, the first without a date
    ("قرارمجلس الأمن 338 |"), the next with it ("... رقم 338 في 22 تشرين
    الأول (أكتوبر) 1973"): the year is read from the one that gives it."""
    from documents.ingest.languages import LANGUAGES
    from documents.ingest.resolution import page_title_symbol

    arabic = LANGUAGES["ar"]
    both = "قرارمجلس الأمن 338 |\nقرار مجلس الأمن الدولي رقم 338 في 22 تشرين الأول (أكتوبر) 1973.\n"
    assert page_title_symbol(both, arabic) == "S/RES/338(1973)"
    assert page_title_symbol("قرارمجلس الأمن 338 |\n", arabic) == "S/RES/338"
    other = both.replace("رقم 338", "رقم 339")  # another resolution's date is not this one's
    assert page_title_symbol(other, arabic) == "S/RES/338"


def test_a_footnote_ending_with_a_colon_goes_on_with_the_text_it_quotes():
    """"(注)...修改如下:" / "“以研讨...”.": the quoted block is the rest of the
    note, not a paragraph; after a note that does not end with a colon, a
    quoted block is text."""
    head = NOTE_BY_WORD.split("{body}")[0].format(mark="(注)")
    note = "(注)总务委员会之提议,将任务规定修改如下:\n\n   “以研讨联合国永久会址之所在地”.\n\n"
    # a web page's line after the note (not its licence note, which is dropped)
    licence = "本页由志愿者录入。\n"
    version = parse_version((head + note + licence).encode("utf-8"))
    assert [n.text for n in version.footnotes] == [
        "总务委员会之提议,将任务规定修改如下: “以研讨联合国永久会址之所在地”."
    ]
    assert [p.text for p in version.paragraphs if p.kind == "other"] == [licence.strip()]
    unannounced = note.replace("如下:", "如下.")
    version = parse_version((head + unannounced + licence).encode("utf-8"))
    assert [n.text for n in version.footnotes] == ["总务委员会之提议,将任务规定修改如下."]
