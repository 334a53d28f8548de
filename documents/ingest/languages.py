"""Language knowledge as data, keyed by language code.

Stages never branch on a language code; they look the wording up here. To
support a seventh language, add one ``Language`` entry (and nothing else).

Read by: ``normalise`` (page labels), ``detect`` (function words, record
markers, symbol lines), ``resolution`` (preamble intros, adoption lines,
agenda items, dates, the closing meeting line), ``footnotes`` (nothing
language-specific: marks are digits in every language).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import punctuation
from .numerals import read_number

# "75/16. Title" (session first, full stop) as printed in en, fr, es, ru, zh
SESSION_FIRST = re.compile(
    r"""^\s*(?P<session>\d{1,3})\s*/\s*(?P<number>\d{1,4})\s*[.．]\s*(?P<title>\S.*)$""",
    re.VERBOSE,
)
# "16/75 - Title" (number first, dash) as printed in Arabic
NUMBER_FIRST = re.compile(
    r"""^\s*(?P<number>\d{1,4})\s*/\s*(?P<session>\d{1,3})\s*[-–—]\s*(?P<title>\S.*)$""",
    re.VERBOSE,
)

_AR_MONTHS = {
    "يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "آذار": 3,
    "أبريل": 4, "ابريل": 4, "نيسان": 4, "مايو": 5, "أيار": 5, "يونيه": 6, "يونيو": 6,
    "حزيران": 6, "يوليه": 7, "يوليو": 7, "تموز": 7, "أغسطس": 8, "آب": 8,
    "سبتمبر": 9, "أيلول": 9, "أكتوبر": 10, "تشرين الأول": 10, "نوفمبر": 11,
    "تشرين الثاني": 11, "ديسمبر": 12, "كانون الأول": 12,
}  # fmt: skip


@dataclass(frozen=True)
class Language:
    code: str
    script: str  # "latin", "arab", "han", "cyrillic"
    # the line that opens the preamble, mapped to the body that speaks
    preamble_intros: dict[str, str]
    # the closing line: "30th plenary meeting", "第 64 次全体会议"
    meeting_line: re.Pattern
    # a header line saying when the resolution was adopted
    adoption_markers: tuple[str, ...]
    # the agenda item line; group "item" is what we keep: "130 (b)"
    agenda_item: re.Pattern
    months: dict[str, int]
    # date patterns with named groups day, month, year
    date_patterns: tuple[re.Pattern, ...]
    symbol_lines: tuple[re.Pattern, ...] = (SESSION_FIRST, NUMBER_FIRST)
    # Security Council resolution line: "Resolution 2532 (2020)"
    sc_resolution: re.Pattern | None = None
    function_words: frozenset[str] = frozenset()
    # a provisional verbatim record says so with these words
    record_markers: tuple[tuple[str, ...], ...] = ()
    page_labels: tuple[str, ...] = ()
    # the recycling note at the foot of a document's first page
    recycle_notes: tuple[str, ...] = ()
    # the title a web page gives a Security Council resolution, which names
    # its number but not always its year: "联合国安理会第1232号决议",
    # "Résolution 338 du Conseil de sécurité des Nations unies"
    sc_page_titles: tuple[re.Pattern, ...] = ()
    # the title a web page gives an early General Assembly resolution, with
    # its number and session: "联合国大会决议案二十六(一)" (A/RES/26(I))
    ga_page_titles: tuple[re.Pattern, ...] = ()
    # the title a web page gives a presidential statement, with its year and
    # number: "联合国安理会主席声明1998年第1号" (S/PRST/1998/1), as Wikisource
    # and its mirrors name every statement they hold
    statement_page_titles: tuple[re.Pattern, ...] = ()
    # the opening words of the licence note a web library (Wikisource and
    # its mirrors) prints under every UN text it holds: the note and all
    # after it are the page's, not the document's
    licence_notes: tuple[str, ...] = ()
    # how a preambular paragraph opens ("Recalling", "Deeply concerned",
    # "وإذ يشير"), as opposed to an operative one ("Decides"): tells the
    # operative paragraphs of a resolution that printed no numbers
    preamble_openers: re.Pattern | None = None
    # formulas that open a preambular paragraph and nothing else, matched on
    # the text with its quotes and book-title brackets taken out (a web copy
    # may lose one: "根据联合国宪章》第七章采取行动"): "Acting under Chapter VII
    # of the Charter", printed last in the preamble of Council resolutions
    preamble_formulas: re.Pattern | None = None
    # the word that opens an annex: "Annex", "Annex II", "附件"
    annex_labels: tuple[str, ...] = ()
    # words that a number follows as its numeral ("article 5", "para. 3"):
    # a number after them is never a footnote mark spaced out by extraction
    numbering_words: tuple[str, ...] = ()
    # header lines that stand alone and never continue a wrapped heading:
    # session, "Distr.: General" (full-line matches)
    header_lines: tuple[re.Pattern, ...] = ()
    # letterhead and organ lines ("United Nations", "General Assembly"): on
    # their own they are header lines, after a connector they are a title's end
    organ_lines: tuple[re.Pattern, ...] = ()
    # a heading ending with one of these words goes on in the next block
    connectors: frozenset[str] = frozenset()
    # sub-paragraph letters as printed -> the Latin letter of the same rank,
    # so that op-5-b is the same place in every language: "(ب)" -> "b"
    sub_paragraph_letters: dict[str, str] = field(default_factory=dict)
    # the title line of a presidential statement of the Security Council
    statement_titles: tuple[str, ...] = ()
    # the formula opening a presidential statement: "... made the following
    # statement on behalf of the Council"
    statement_openings: tuple[str, ...] = ()
    # the opening of a General Assembly decision: "At its 30th plenary
    # meeting, on 23 November 2020, the General Assembly ... decided"
    decision_opening: re.Pattern | None = None
    # the label a library catalogue or a web page prints before a
    # document's symbol: "Document symbol: S/PRST/2001/15", "CôteS/RES/1 (1946)"
    catalogue_labels: tuple[str, ...] = ()
    # the label before the date in a catalogue record or a web page's
    # infobox: "Date 22 octobre 1973", "Fecha: 29 de mayo de 1998"
    date_labels: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


def _months(names: str) -> dict[str, int]:
    return {name: index for index, name in enumerate(names.split(), start=1)}


def _meeting(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _date(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


def _opening(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE | re.DOTALL)


def _letters(alphabet: str) -> dict[str, str]:
    """Sub-paragraph letters in the order printed -> "a", "b", "c"...; a
    space-separated item may list variants of one letter with "|". Exactly
    26 items: one per Latin letter."""
    table = {}
    for latin, variants in zip("abcdefghijklmnopqrstuvwxyz", alphabet.split(), strict=True):
        for variant in variants.split("|"):
            table[variant] = latin
    return table


def _lines(*patterns: str) -> tuple[re.Pattern, ...]:
    """Full-line header patterns (``fullmatch``)."""
    return tuple(re.compile(rf"(?:{p})\s*", re.IGNORECASE) for p in patterns)


# printed the same in every language: "Distr.: General", "Original: English"
COMMON_HEADER_LINES = _lines(r"Distr\.?\s*:.*", r"Original\s*:.*")


LANGUAGES: dict[str, Language] = {
    "en": Language(
        code="en",
        preamble_formulas=re.compile(r"Acting\s+under\s+Chapter\s+[IVX]+\s+of\s+the\s+Charter"),
        statement_openings=("made the following statement on behalf of the Council",),
        preamble_openers=re.compile(
            r"(?:[-–]\s*)?(?:\w+ing|Mindful|Aware|Conscious|Convinced|Concerned|"
            r"Deeply|Gravely|Seriously|Alarmed|Determined|Desirous|Guided|Cognizant|"
            r"Encouraged|Noting|Having|Bearing|Fully|Recognizing|Appreciative|"
            r"Grateful|Keenly|Profoundly|Emphasizing|Acknowledging)\b"
        ),
        sc_page_titles=(
            re.compile(r"(?:United Nations\s+)?Security Council [Rr]esolution\s+(?P<number>\d+)"),
        ),
        numbering_words=tuple(
            (
                "article articles paragraph paragraphs para paras resolution resolutions decision "
                "decisions chapter chapters annex annexes section sections rule rules item items "
                "volume vol no nos principle principles goal goals target targets phase part "
                "parts page pages protocol table figure box stage round session meeting meetings "
                "recommendation recommendations option category level tier year years day days "
                "number principle step"
            ).split()
        ),
        script="latin",
        preamble_intros={"The General Assembly": "GA", "The Security Council": "SC"},
        meeting_line=_meeting(r"\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting"),
        adoption_markers=("Resolution adopted by", "Adopted by the Security Council"),
        statement_titles=("Statement by the President of the Security Council",),
        annex_labels=("Annex",),
        decision_opening=_opening(
            r"At\s+its\s+\d+(?:st|nd|rd|th)\s+plenary\s+meeting\b.*?\bthe\s+General\s+Assembly\b"
        ),
        agenda_item=re.compile(r"^Agenda items?\s+(?P<item>\d.*)$", re.I),
        months=_months(
            "january february march april may june july august september october november december"
        ),
        date_patterns=(_date(r"(?P<day>\d{1,2})\s+(?P<month>[a-z]+)\s+(?P<year>\d{4})"),),
        sc_resolution=re.compile(r"^Resolution\s+(?P<number>\d+)\s*\((?P<year>\d{4})\)", re.I),
        function_words=frozenset("the of and to in that with its for by on".split()),
        catalogue_labels=("Document symbol", "Symbol"),
        date_labels=("Date", "Date of adoption", "Adoption date"),
        # a record says so in its title, or by its attendance list under the
        # meeting line (a web copy without the title): "President:", "Members:"
        record_markers=(
            ("provisional", "meeting"),
            ("official records", "meeting"),
            ("meeting", "president:", "members:"),
        ),
        page_labels=("page",),
        recycle_notes=("Please recycle",),
        organ_lines=_lines(
            r"United Nations",
            r"General Assembly|Security Council",
        ),
        header_lines=_lines(
            r"[\w-]+(?:\s+(?:special|emergency special))?\s+session",  # Seventy-fifth session
            r"[\w-]+\s+year",  # Seventy-fifth year (Security Council)
        ),
        connectors=frozenset("and or of the between to for on in with its".split()),
    ),
    "fr": Language(
        code="fr",
        preamble_formulas=re.compile(r"Agissant\s+en\s+vertu\s+du\s+[Cc]hapitre\s+[IVX]+\s+de\s+la\s+Charte"),
        statement_openings=("a fait la déclaration suivante au nom du Conseil",),
        preamble_openers=re.compile(
            r"(?:[-–]\s*)?(?:\w+ant|Consciente?|Convaincue?|Préoccupée?|"
            r"Profondément|Gravement|Vivement|Alarmée?|Résolue?|Déterminée?|"
            r"Désireuse|Désireux|Soucieuse|Soucieux|Sachant|Ayant|Tenant|Rappelant|"
            r"Notant)\b"
        ),
        sc_page_titles=(re.compile(r"Résolution\s+(?P<number>\d+)\s+du Conseil de sécurité"),),
        numbering_words=tuple(
            (
                "article articles paragraphe paragraphes par résolution résolutions décision "
                "décisions chapitre annexe section règle règles point points volume vol no "
                "principe objectif objectifs cible cibles partie page tableau figure session "
                "séance séances recommandation recommandations catégorie niveau année années jour "
                "jours numéro"
            ).split()
        ),
        script="latin",
        preamble_intros={"L'Assemblée générale": "GA", "Le Conseil de sécurité": "SC"},
        meeting_line=_meeting(r"\d+(?:e|ème|re)\s+séance(?:\s+plénière)?"),
        adoption_markers=("Résolution adoptée par", "Adoptée par le Conseil de sécurité"),
        statement_titles=(
            "Déclaration du Président du Conseil de sécurité",
            "Déclaration de la présidence du Conseil de sécurité",
        ),
        annex_labels=("Annexe",),
        decision_opening=_opening(
            r"À\s+sa\s+\d+(?:e|ème|re)\s+séance\s+plénière\b.*?\bl.Assemblée\s+générale\b"
        ),
        agenda_item=re.compile(r"^Points?\s+(?P<item>\d.*?)\s+de l.ordre du jour", re.I),
        months=_months(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        ),
        date_patterns=(_date(r"(?P<day>\d{1,2})(?:er)?\s+(?P<month>[^\W\d_]+)\s+(?P<year>\d{4})"),),
        sc_resolution=re.compile(r"^Résolution\s+(?P<number>\d+)\s*\((?P<year>\d{4})\)", re.I),
        function_words=frozenset("le la les des et du une est dans aux sur".split()),
        catalogue_labels=("Cote", "Côte", "Symbole"),
        date_labels=("Date", "Date d'adoption"),
        record_markers=(
            ("provisoire", "séance"),
            ("documents officiels", "séance"),
            ("séance", "président :", "membres :"),
            ("séance", "président:", "membres:"),
        ),
        page_labels=("page",),
        recycle_notes=("Prière de recycler",),
        organ_lines=_lines(
            r"Nations Unies",
            r"Assemblée générale|Conseil de sécurité",
        ),
        header_lines=_lines(
            r"[\w-]+\s+session(?:\s+extraordinaire)?",  # Soixante-quinzième session
            r"[\w-]+\s+année",
        ),
        connectors=frozenset("et ou de des du la le les entre à pour sur dans avec".split()),
    ),
    "es": Language(
        code="es",
        preamble_formulas=re.compile(r"Actuando\s+(?:en\s+virtud|con\s+arreglo)\s+(?:del|al)\s+[Cc]ap[íi]tulo\s+[IVX]+\s+de\s+la\s+Carta"),
        statement_openings=("formuló la siguiente declaración en nombre del Consejo",),
        preamble_openers=re.compile(
            r"(?:[-–]\s*)?(?:\w+(?:ando|iendo)|Consciente|Convencid[oa]|"
            r"Preocupad[oa]|Profundamente|Gravemente|Alarmad[oa]|Decidid[oa]|"
            r"Resuelt[oa]|Deseos[oa])\b"
        ),
        sc_page_titles=(re.compile(r"Resolución\s+(?P<number>\d+)\s+del Consejo de Seguridad"),),
        licence_notes=(
            "Este trabajo está extraído de un documento oficial de las Naciones Unidas",
        ),
        numbering_words=tuple(
            (
                "artículo artículos párrafo párrafos párr resolución resoluciones decisión "
                "decisiones capítulo anexo sección regla reglas tema temas volumen vol núm "
                "principio objetivo objetivos meta metas parte página cuadro figura período "
                "sesión sesiones recomendación recomendaciones categoría nivel año años día días "
                "número"
            ).split()
        ),
        script="latin",
        preamble_intros={"La Asamblea General": "GA", "El Consejo de Seguridad": "SC"},
        meeting_line=_meeting(r"\d+[ªa]?\.?\s+sesión(?:\s+plenaria)?"),
        adoption_markers=("Resolución aprobada por", "Aprobada por el Consejo de Seguridad"),
        statement_titles=(
            "Declaración de la Presidencia del Consejo de Seguridad",
            "Declaración del Presidente del Consejo de Seguridad",
        ),
        annex_labels=("Anexo",),
        decision_opening=_opening(
            r"En\s+su\s+\d+[ªa]?\.?\s+sesión\s+plenaria\b.*?\bla\s+Asamblea\s+General\b"
        ),
        agenda_item=re.compile(r"^Temas?\s+(?P<item>\d.*?)\s+del programa", re.I),
        months=_months(
            "enero febrero marzo abril mayo junio julio agosto septiembre"
            " octubre noviembre diciembre"
        ),
        date_patterns=(
            _date(r"(?P<day>\d{1,2})\s+de\s+(?P<month>[^\W\d_]+)\s+de\s+(?P<year>\d{4})"),
        ),
        sc_resolution=re.compile(r"^Resolución\s+(?P<number>\d+)\s*\((?P<year>\d{4})\)", re.I),
        function_words=frozenset("el los las del y que por con una para se".split()),
        catalogue_labels=("Signatura", "Símbolo"),
        date_labels=("Fecha", "Fecha de aprobación", "Fecha de adopción"),
        record_markers=(
            ("provisional", "sesión"),
            ("documentos oficiales", "sesión"),
            # the Council's records of the first years: "Actas Oficiales"
            ("actas oficiales", "sesión"),
            ("sesión", "presidente:", "miembros:"),
            ("sesión", "presidente :", "miembros :"),
        ),
        page_labels=("página",),
        recycle_notes=("Se ruega reciclar",),
        organ_lines=_lines(
            r"Naciones Unidas",
            r"Asamblea General|Consejo de Seguridad",
        ),
        header_lines=_lines(
            r"(?:[\w-]+\s+){1,3}período\s+de\s+sesiones",  # Septuagésimo quinto período...
            r"[\w-]+\s+año",
        ),
        connectors=frozenset("y o de del la el los las entre a para sobre en con".split()),
    ),
    "ru": Language(
        code="ru",
        preamble_formulas=re.compile(r"[Дд]ействуя\s+на\s+основании\s+главы\s+[IVX]+\s+Устава"),
        statement_openings=("сделал от имени Совета следующее заявление",),
        preamble_openers=re.compile(
            # a gerund, after an adverb or not: "ссылаясь", "настоятельно призывая",
            # "высоко оценивая" (the operative verb is finite: "настоятельно призывает")
            r"(?:[-–]\s*)?(?:(?:\w+о\s+)?\w+(?:я|в|ясь|вшись)|Будучи|Глубоко|Серьезно|Выражая|"
            r"Признавая|Ссылаясь|Напоминая|Отмечая|[Вв]новь|[Сс]нова|[Бб]удучи|[Гг]лубоко)\b"
        ),
        sc_page_titles=(re.compile(r"Резолюция Совета Безопасности ООН\s+№?\s*(?P<number>\d+)"),),
        numbering_words=tuple(
            (
                "статья статьи статьей пункт пункта пункты пунктов резолюция резолюции решение "
                "решения глава главы приложение раздел правило правила том no цель цели задача "
                "задачи часть страница таблица сессия сессии заседание заседании рекомендация "
                "рекомендации категория уровень год года лет день дня номер"
            ).split()
        ),
        script="cyrillic",
        preamble_intros={"Генеральная Ассамблея": "GA", "Совет Безопасности": "SC"},
        meeting_line=_meeting(r"\d+(?:-?[еяй])?\s+(?:пленарное\s+)?заседание"),
        adoption_markers=(
            "Резолюция, принятая",
            "Резолюция принятая",
            "Принята Советом Безопасности",
            "принятая Советом Безопасности",  # "Резолюция 1518 (2003)," / "принятая ..."
        ),
        statement_titles=("Заявление Председателя Совета Безопасности",),
        catalogue_labels=("Условное обозначение", "Символ"),
        date_labels=("Дата", "Дата принятия"),
        annex_labels=("Приложение",),
        decision_opening=_opening(
            r"На\s+своем\s+\d+(?:-?м)?\s+пленарном\s+заседании\b.*?Генеральная\s+Ассамблея"
        ),
        agenda_item=re.compile(r"^Пункты?\s+(?P<item>\d.*?)\s+повестки дня", re.I),
        months=_months(
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
        ),
        date_patterns=(_date(r"(?P<day>\d{1,2})\s+(?P<month>[а-яё]+)\s+(?P<year>\d{4})"),),
        sc_resolution=re.compile(r"^Резолюция\s+(?P<number>\d+)\s*\((?P<year>\d{4})\)", re.I),
        record_markers=(
            ("предварительный", "заседание"),
            ("предварительный", "заседания"),
            ("официальные отчеты", "заседание"),
            ("заседание", "председатель:", "члены:"),
        ),
        page_labels=("стр.", "страница"),
        recycle_notes=("Просьба отправить на вторичную переработку",),
        organ_lines=_lines(
            r"Организация\s+Объединенных\s+Наций",
            r"Генеральная\s+Ассамблея|Совет\s+Безопасности",
        ),
        header_lines=_lines(
            r"(?:[\w-]+\s+){1,2}сессия",  # Семьдесят пятая сессия
            r"(?:[\w-]+\s+){1,2}год",
        ),
        connectors=frozenset("и или между с в на для по о".split()),
        # the Russian alphabet without ё, й, ъ, ы, ь
        sub_paragraph_letters=_letters("а б в г д е ж з и к л м н о п р с т у ф х ц ч ш щ э"),
    ),
    "ar": Language(
        code="ar",
        preamble_formulas=re.compile(r"و?إذ\s+يتصرف\s+بموجب\s+الفصل"),
        statement_openings=("باسم المجلس بالبيان التالي",),
        preamble_openers=re.compile(r"(?:[-–]\s*)?(?:و?إذ|وقد)\b"),  # "وإذ يشير", "وقد نظر"
        sc_page_titles=(
            re.compile(r"قرار\s*مجلس الأمن(?:\s+الدولي)?\s+(?:رقم\s+)?(?P<number>\d+)"),
        ),
        numbering_words=tuple(
            (
                "المادة المواد الفقرة الفقرات القرار القرارات المقرر المقررات الفصل المرفق الفرع "
                "القاعدة البند البنود المجلد الرقم المبدأ الهدف الأهداف الغاية الجزء الصفحة "
                "الجدول الدورة الجلسة التوصية الفئة المستوى السنة العام اليوم"
            ).split()
        ),
        script="arab",
        preamble_intros={"إن الجمعية العامة": "GA", "إن مجلس الأمن": "SC"},
        meeting_line=_meeting(r"الجلسة\s+(?:العامة\s+)?\d+"),
        adoption_markers=("قرار اتخذته", "اتخذه مجلس الأمن"),
        statement_titles=("بيان من رئيس مجلس الأمن", "بيان رئيس مجلس الأمن"),
        catalogue_labels=("رمز الوثيقة", "الرمز"),
        # "بتاريخ 22 تشرين الثاني (نوفمبر) 1967" ("dated ...") under a web page's title
        date_labels=("التاريخ", "تاريخ الاعتماد", "بتاريخ"),
        annex_labels=("المرفق", "مرفق"),
        decision_opening=_opening(
            r"في\s+(?:جلستها\s+العامة|الجلسة\s+العامة)\s+\d+.*?الجمعية\s+العامة"
        ),
        agenda_item=re.compile(r"^البند\s+(?P<item>\d.*?)\s+من جدول الأعمال"),
        months=_AR_MONTHS,
        date_patterns=(
            _date(r"(?P<day>\d{1,2})\s+(?:[^\d/]+/)?(?P<month>[^\W\d_]+)\s+(?P<year>\d{4})"),
            # a web page's "30 تشرين الثاني (نوفمبر) 1975": the other name in brackets
            _date(
                r"(?P<day>\d{1,2})\s+[^\d()/]{2,20}?\s*\(\s*(?P<month>[^\W\d_]+)\s*\)"
                r"\s+(?P<year>\d{4})"
            ),
        ),
        symbol_lines=(NUMBER_FIRST, SESSION_FIRST),
        sc_resolution=re.compile(r"^القرار\s+(?P<number>\d+)\s*\((?P<year>\d{4})\)"),
        record_markers=(
            ("مؤقت", "الجلسة"),
            ("الوثائق الرسمية", "الجلسة"),
            ("الجلسة", "الرئيس:", "الأعضاء:"),
        ),
        page_labels=("الصفحة",),
        recycle_notes=("الرجاء إعادة الاستعمال",),
        organ_lines=_lines(
            r"الأمم\s+المتحدة",
            r"الجمعية\s+العامة|مجلس\s+الأمن",
        ),
        header_lines=_lines(
            r"الدورة(?:\s+\S+){1,4}",  # الدورة الخامسة والسبعون
            r"السنة(?:\s+\S+){1,4}",
        ),
        connectors=frozenset("بين و أو في من إلى على مع".split()),
        # abjad order, as the United Nations prints it: (أ) (ب) (ج) (د) (هـ) (و)
        sub_paragraph_letters=_letters(
            "أ|ا|إ ب ج د هـ|ه و ز ح ط ي|ى ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض"
        ),
    ),
    "zh": Language(
        code="zh",
        preamble_formulas=re.compile(r"[根依][据據]联合国宪章第[一二三四五六七八九十]+章|[根依][据據]聯合國憲章第[一二三四五六七八九十]+章"),
        statement_openings=(
            "代表安理会发表声明如下", "代表安理會發表聲明如下", "代表安全理事会发表如下声明",
        ),
        numbering_words=tuple(
            (
                "条 款 段 第 号 项 章 节 卷 页 届 次"
            ).split()
        ),
        script="han",
        # traditional characters too: web copies show official texts in both
        preamble_intros={"大会": "GA", "安全理事会": "SC", "大會": "GA", "安全理事會": "SC"},
        meeting_line=_meeting(
            r"第\s*[\d〇零一二三四五六七八九十百千]+\s*次(?:(?:全体|全體)?(?:会议|會議)|全[会會])"
        ),
        adoption_markers=(
            "大会决议", "大会通过的决议", "安全理事会决议", "次会议通过", "次會議通過",
        ),
        statement_titles=("安全理事会主席的声明", "安全理事会主席声明"),
        catalogue_labels=("文件号", "文号", "文件编号"),
        date_labels=("日期", "通过日期"),
        annex_labels=("附件",),
        decision_opening=_opening(r"(?:大会)?在\s*\d{4}\s*年.*?第\s*\d+\s*次全体会议上"),
        agenda_item=re.compile(r"^议程项目\s*(?P<item>\d.*)$"),
        months={},
        date_patterns=(
            _date(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
            # in Chinese numerals, as older texts print dates: 一九六六年十一月二十九日
            _date(
                r"(?P<year>[〇零一二三四五六七八九0]{4})年(?P<month>[一二三四五六七八九十]{1,3})月"
                r"(?P<day>[一二三四五六七八九十廿卅]{1,4})日"
            ),
        ),
        sc_resolution=re.compile(r"^第\s*(?P<number>\d+)\s*\((?P<year>\d{4})\)\s*[号號]\s*[决決][议議]"),
        sc_page_titles=(re.compile(r"安理[会會]第\s*(?P<number>\d+)\s*[号號]"),),
        licence_notes=("本作品来自联合国官方文件", "本作品來自聯合國官方文件"),
        statement_page_titles=(
            re.compile(
                r"安理[会會]主席[声聲]明\s*(?P<year>(?:19|20)\d\d)\s*年\s*第\s*(?P<number>\d+)\s*[号號]"
            ),
        ),
        ga_page_titles=(
            # "联合国大会决议案二十六(一)": a General Assembly resolution of the
            # first sessions, number and session in Chinese numerals
            re.compile(
                r"大[会會](?:第)?[决決][议議](?:案)?\s*(?P<number>[〇零一二三四五六七八九十百千\d]+)"
                r"\s*[(（]\s*(?P<session>[一二三四五六七八九十]+)\s*[)）]"
            ),
        ),
        record_markers=(
            ("临时逐字记录",),
            ("正式记录", "次会议"),
            ("正式记录", "次全体会议"),
            ("次会议", "主席：", "成员："),
            ("次会议", "主席:", "成员:"),
        ),
        page_labels=("页",),
        recycle_notes=("请回收",),
        organ_lines=_lines(
            r"联合国",
            r"大会|安全理事会|大會|安全理事會",
        ),
        header_lines=_lines(
            r"第[一二三四五六七八九十百]+届(?:特别|紧急特别)?会议",  # 第七十五届会议
            r"第[一二三四五六七八九十百]+年",
        ),
        connectors=frozenset("和 与 及 同 的".split()),
        # older texts letter sub-paragraphs with the heavenly stems: (甲), (乙)...
        sub_paragraph_letters=dict(zip("甲乙丙丁戊己庚辛壬癸", "abcdefghij", strict=True)),
    ),
}

# punctuation that may close the preamble intro line, in every script
INTRO_PUNCTUATION = punctuation.INTRO_END
# punctuation that ends a paragraph (preambular ",", operative ";" or ".")
PARAGRAPH_END = punctuation.PARAGRAPH_END
# punctuation after which a paragraph may not end: the sentence goes on
CONTINUING_END = punctuation.COMMAS


def language(code: str) -> Language:
    return LANGUAGES[code]


def parse_date(text: str, lang: Language) -> str:
    """The first date in ``text`` as ISO "2020-11-23", or ""."""
    found = find_date(text, lang)
    return found[0] if found else ""


def find_date(text: str, lang: Language) -> tuple[str, re.Match] | None:
    """The first date in ``text``: (ISO date, its match), or None."""
    for pattern in lang.date_patterns:
        for match in pattern.finditer(text):
            month_text = match.group("month")
            month = read_number(month_text) or (
                lang.months.get(month_text.lower(), 0) or lang.months.get(month_text, 0)
            )
            day, year = read_number(match.group("day")), read_number(match.group("year"))
            if day and year and 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}", match
    return None
