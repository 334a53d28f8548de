"""What a verbatim meeting record says, per language: data for ``record``.

Every table is keyed by language code. ``record`` never branches on a
language: to read records of a seventh language, add its entries here.
Patterns are matched against one stripped line or paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from documents.ingest.numerals import chinese_to_int as chinese_number

# --------------------------------------------------------------------------
# Numbers written in words
# --------------------------------------------------------------------------

#: Ordinal words whose values add up: "Sixty-eighth" = 60 + 8,
#: "soixante-huitième", "sexagésimo octavo", "шестьдесят восьмая",
#: "الثامنة والستون". Keys are lower-case prefixes of the word.
ORDINAL_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
        "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "twenty": 20, "thirtieth": 30, "thirty": 30,
        "fortieth": 40, "forty": 40, "fiftieth": 50, "fifty": 50, "sixtieth": 60,
        "sixty": 60, "seventieth": 70, "seventy": 70, "eightieth": 80,
        "eighty": 80, "ninetieth": 90, "ninety": 90,
    },
    "fr": {
        "premi": 1, "unième": 1, "deuxième": 2, "troisième": 3, "quatrième": 4,
        "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8,
        "neuvième": 9, "dixième": 10, "dix": 10, "onzième": 11, "douzième": 12,
        "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16,
        "vingtième": 20, "vingt": 20, "trentième": 30, "trente": 30,
        "quarantième": 40, "quarante": 40, "cinquantième": 50, "cinquante": 50,
        "soixantième": 60, "soixante": 60, "quatre-vingt": 80,
    },
    "es": {
        "primer": 1, "segund": 2, "tercer": 3, "cuart": 4, "quint": 5, "sext": 6,
        "séptim": 7, "septim": 7, "octav": 8, "noven": 9, "décim": 10,
        "vigésim": 20, "trigésim": 30, "cuadragésim": 40, "quincuagésim": 50,
        "sexagésim": 60, "septuagésim": 70, "octogésim": 80, "nonagésim": 90,
    },
    "ru": {
        "перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6, "седьм": 7,
        "восьм": 8, "девят": 9, "десят": 10, "двадцат": 20, "двадцать": 20,
        "тридцат": 30, "тридцать": 30, "сорок": 40, "пятидесят": 50,
        "пятьдесят": 50, "шестидесят": 60, "шестьдесят": 60, "семидесят": 70,
        "семьдесят": 70, "восьмидесят": 80, "восемьдесят": 80, "девяност": 90,
        "девяносто": 90,
    },
    "ar": {
        "الأول": 1, "الحادية": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3,
        "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8,
        "التاسع": 9, "العاشر": 10, "العشرون": 20, "العشرين": 20,
        "الثلاثون": 30, "الثلاثين": 30, "الأربعون": 40, "الأربعين": 40,
        "الخمسون": 50, "الخمسين": 50, "الستون": 60, "الستين": 60,
        "السبعون": 70, "السبعين": 70, "الثمانون": 80, "الثمانين": 80,
        "التسعون": 90, "التسعين": 90,
    },
}  # fmt: skip

#: Words split on spaces and hyphens; Arabic "و" ("and") prefixes a tens word.
_ORDINAL_SPLIT = re.compile(r"[\s\-‐]+")


def ordinal_number(text: str, language: str) -> int | None:
    """The value of an ordinal written in words: "Sixty-eighth" -> 68,
    "第六十八" -> 68, "68th" -> 68; None when it cannot be read."""
    digits = re.search(r"\d+", text)
    if digits:
        return int(digits.group())
    if language == "zh" or re.search(r"[一二三四五六七八九十〇]", text):
        han = re.sub(r"[^〇零○一二三四五六七八九十百千万两]", "", text)
        return chinese_number(han) if han else None
    words = ORDINAL_WORDS.get(language, {})
    lowered = text.lower()
    # French writes 80 as one hyphenated word: read it before splitting
    total = 0
    if "quatre-vingt" in lowered and language == "fr":
        total += 80
        lowered = lowered.replace("quatre-vingt", " ")
    for word in _ORDINAL_SPLIT.split(lowered):
        word = word.strip(",.")
        if language == "ar" and word.startswith("و") and word[1:] in words:
            word = word[1:]
        value = next((v for k, v in sorted(words.items(), key=lambda kv: -len(kv[0]))
                      if word.startswith(k)), None)  # fmt: skip
        if value:
            total += value
    return total or None


# --------------------------------------------------------------------------
# The header
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordWording:
    """How a verbatim record of one language prints its frame."""

    #: header lines naming the body, mapped to "SC" / "GA"
    bodies: dict[str, str]
    #: "第六十八年" / "Sixty-eighth year" (SC) and "第六十八届会议" /
    #: "Sixty-eighth session" (GA): group "ordinal"
    year_line: re.Pattern
    session_line: re.Pattern
    #: "第七〇五〇次会议" / "7050th meeting": group "number"
    meeting_line: re.Pattern
    #: words marking a provisional record
    provisional: re.Pattern
    #: places a meeting is held in, as printed
    places: tuple[str, ...]
    #: the time of day in the date line and the opening/closing lines
    time: re.Pattern
    #: attendance labels: "主席：", "President:", "Members:"
    president_label: re.Pattern
    members_label: re.Pattern
    #: the agenda label that opens the agenda in the header
    agenda_label: re.Pattern
    #: the note on translations that ends the header
    record_note: re.Pattern
    #: "上午10时10分开会。" / "The meeting was called to order at 10.10 a.m."
    opening: re.Pattern
    #: "中午12时20分散会。" / "The meeting rose at 12.20 p.m."
    closing: re.Pattern
    #: other procedural lines: "议程通过。", "Adoption of the agenda"
    procedural: re.Pattern
    #: roles printed as speakers, mapped to the role in English
    roles: dict[str, str]
    #: honorifics that open (or, in Chinese, close) a speaker's name
    honorifics: re.Pattern
    #: the President begins / ends speaking for his or her country
    national_capacity: re.Pattern
    resume_presidency: re.Pattern
    #: a Vice-President takes the Chair: "In the absence of the President,
    #: Mr. Kamau (Kenya), Vice-President, took the Chair."; the first
    #: bracket names the delegation of whoever now presides
    chair_taken: re.Pattern
    #: the President takes the Chair again: "Mr. Ashe (Antigua and Barbuda)
    #: resumed the Chair.", "The President returned to the Chair."
    chair_resumed: re.Pattern
    #: the labels of a vote block: "In favour:", "Against:", "Abstaining:"
    vote_label: re.Pattern
    #: an agenda item heading inside the body: "Agenda item 8 (continued)",
    #: "Agenda items 112 and 119 (continued)", "Agenda 112 (continued)" (the
    #: word "item" lost in print)
    agenda_item: re.Pattern
    #: other headings inside the body: "Address by Mr. X, President of Y"
    body_heading: re.Pattern
    #: the line that makes a record a corrections notice: "Corrigendum"
    corrigendum: re.Pattern
    #: a head of State or Government speaking by title: "President Grímsson",
    #: "格里姆松总统"
    titles: re.Pattern
    #: page furniture phrases of this language: "Please recycle"
    furniture: re.Pattern
    #: minutes written before hours ("الساعة 20/12" is 12:20)
    minutes_first: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def _re(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags | re.VERBOSE)


_I = re.IGNORECASE

RECORD_WORDING: dict[str, RecordWording] = {
    "zh": RecordWording(
        bodies={"安全理事会": "SC", "大会": "GA"},
        year_line=_re(r"^第\s*(?P<ordinal>[〇零一二三四五六七八九十百\d]+)\s*年$"),
        session_line=_re(r"^第\s*(?P<ordinal>[〇零一二三四五六七八九十百\d]+)\s*届会议$"),
        # 第七〇五〇次会议 / 第68次全体会议
        meeting_line=_re(
            r"^第\s*(?P<number>[〇零○一二三四五六七八九十百千\d]+)\s*次(?:全体)?会议$"
        ),
        provisional=_re(r"临时"),
        places=("纽约", "日内瓦", "内罗毕", "维也纳", "亚的斯亚贝巴"),
        # 上午10时 / 中午12时20分 / 下午3时5分
        time=_re(
            r"(?P<period>上午|中午|下午|晚上)\s*(?P<hour>\d{1,2})\s*时(?:\s*(?P<minute>\d{1,2})\s*分)?"
        ),
        president_label=_re(r"^-?\s*主席\s*[:：]"),
        members_label=_re(r"^-?\s*成员\s*[:：]"),
        agenda_label=_re(r"^议程(?:项目)?$"),
        record_note=_re(r"^本记录包括"),
        opening=_re(r"开会[。.]?$"),
        closing=_re(r"散会[。.]?$"),
        procedural=_re(
            r"""^(?:通过议程|议程通过[。.]?|会议于.*(?:暂停|复会)[。.]?
                 |以举手方式进行表决[。.]?|进行记录表决[。.]?
                 |主席缺席.*主持会议[。.]?|.+(?:恢复|重新)主持会议[。.]?|.*副主席.*主持会议[。.]?
                 |.+在陪同下(?:进入|离开|步入|走出).*
                 |决议草案(?:获得|以|未获).*|决定草案(?:获得|以|未获).*
                 |就这样决定[。.]?
                 |.{1,20}成员.{0,6}默哀.*
                 |应主席(?:的)?邀请.+(?:就座|担任).*)$"""
        ),
        roles={
            "主席": "President",
            "代理主席": "Acting President",
            "秘书长": "Secretary-General",
            "常务副秘书长": "Deputy Secretary-General",
        },  # fmt: skip
        honorifics=_re(r"(?:先生|女士|夫人|小姐|爵士|阁下|亲王|王子|公主|殿下)$"),
        # 以阿塞拜疆外交部长的身份发言, not 以安理会主席的身份发言
        national_capacity=_re(r"以(?:(?!主席).){1,40}?(?:的)?身份发言"),
        resume_presidency=_re(r"恢复(?:行使)?.{0,12}主席.{0,3}(?:职能|职务)"),
        chair_taken=_re(r"^(?:主席缺席.*|(?!.*(?:恢复|重新)主持).*副主席.*)主持会议"),
        chair_resumed=_re(r"^.+(?:恢复|重新)主持会议"),
        vote_label=_re(r"^(?:赞成|反对|弃权)\s*[:：]"),
        agenda_item=_re(r"^议程(?:项目)?\s*\d+.*$"),
        body_heading=_re(r"^.{4,80}讲话$"),
        corrigendum=_re(r"^更正$"),
        titles=_re(r"(?:总统|副总统|总理|首相|国王|女王|埃米尔|王储)$"),
        furniture=_re(r"^(?:请回收|请予回收)$"),
    ),
    "en": RecordWording(
        bodies={"Security Council": "SC", "General Assembly": "GA"},
        year_line=_re(r"^(?P<ordinal>[A-Za-z\-]+|\d+(?:st|nd|rd|th))\s+year$", _I),
        session_line=_re(r"^(?P<ordinal>[A-Za-z\-]+|\d+(?:st|nd|rd|th))\s+session$", _I),
        meeting_line=_re(r"^(?P<number>\d+)\s*(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting$", _I),
        provisional=_re(r"\bProvisional\b", _I),
        places=("New York", "Geneva", "Nairobi", "Vienna", "Addis Ababa"),
        # 10 a.m. / 12.20 p.m. / 3:05 p.m. / noon
        time=_re(
            r"""(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*
                (?P<period>a\.\s?m\.?|p\.\s?m\.?|noon)""",
            _I,
        ),
        president_label=_re(r"^-?\s*President\s*:", _I),
        members_label=_re(r"^-?\s*Members\s*:", _I),
        agenda_label=_re(r"^Agenda(?:\s+items?)?$", _I),
        record_note=_re(r"^This\s+record\s+contains", _I),
        opening=_re(r"^The\s+meeting\s+(?:was\s+called\s+to\s+order|opened|began)\s+at\b", _I),
        closing=_re(r"^The\s+meeting\s+(?:rose|ended|was\s+adjourned)\s+at\b", _I),
        procedural=_re(
            r"""^(?:Adoption\s+of\s+the\s+agenda|The\s+agenda\s+was\s+adopted\.?
                 |The\s+meeting\s+was\s+(?:suspended|resumed)\b.*
                 |A\s+vote\s+was\s+taken\b.*|A\s+recorded\s+vote\s+was\s+taken\b.*
                 |The\s+draft\s+(?:resolution|decision)\s+
                  (?:was\s+adopted|received|has\s+been\s+adopted|was\s+not\s+adopted)\b.*
                 |In\s+the\s+absence\s+of\s+the\s+President\b.*\btook\s+the\s+Chair\.?
                 |.+\b(?:took|resumed|returned\s+to)\s+the\s+Chair\.?
                 |.+\bwas\s+escorted\s+(?:into|from)\s+the\b.*
                 |It\s+was\s+so\s+decided\.?
                 |The\s+members\s+of\s+the\s+.{1,40}?\bobserved\s+a\s+minute\s+of\b.*
                 |At\s+the\s+invitation\s+of\s+the\s+(?:Acting\s+)?President\b
                  .+\b(?:took|acted|was|were)\b.*)$""",
            _I,
        ),
        roles={
            "The President": "President",
            "The Acting President": "Acting President",
            "The Secretary-General": "Secretary-General",
            "The Deputy Secretary-General": "Deputy Secretary-General",
        },  # fmt: skip
        honorifics=_re(
            r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Sheikh|Prince|Princess|Archbishop|H\.E)\.?\s",
        ),
        # "in my capacity as the representative of X", not "... as President"
        national_capacity=_re(
            r"in\s+my\s+(?:national\s+)?capacity\s+as\b(?!\s+(?:the\s+)?(?:President|Chair))", _I
        ),
        resume_presidency=_re(r"\bresume\s+(?:my\s+)?functions\s+as\s+President\b", _I),
        # "Mr. Yassin (Sudan) took the Chair.", "Mr. Ka (Senegal), Vice-President,
        # took the Chair."
        chair_taken=_re(r"^.+\btook\s+the\s+Chair\b", _I),
        chair_resumed=_re(r"^.+\b(?:resumed|returned\s+to)\s+the\s+Chair\b", _I),
        vote_label=_re(r"^(?:In\s+favour|Against|Abstaining|Abstentions?)\s*:", _I),
        agenda_item=_re(r"^Agenda\s+(?:items?\s+)?\d+\b.*$"),
        body_heading=_re(r"^(?:Address\s+by\s+.+|Statement\s+by\s+.+)$"),
        corrigendum=_re(r"^Corrigendum$", _I),
        titles=_re(
            r"""^(?:President|Vice-President|Prime\s+Minister|King|Queen|Emir|Crown\s+Prince
                 |Grand\s+Duke|Chancellor)(?:\s+[A-ZÀ-ÖØ-Þ][^\s]*){1,3}$"""
        ),
        furniture=_re(r"^Please\s+recycle\b.*$", _I),
    ),
    "fr": RecordWording(
        bodies={"Conseil de sécurité": "SC", "Assemblée générale": "GA"},
        year_line=_re(r"^(?P<ordinal>[^\s]+(?:\s[^\s]+)?)\s+année$", _I),
        session_line=_re(r"^(?P<ordinal>[^\s]+(?:\s[^\s]+)?)\s+session$", _I),
        meeting_line=_re(r"^(?P<number>\d+)\s*(?:e|ème|re)\s+séance(?:\s+plénière)?$", _I),
        provisional=_re(r"\bprovisoire\b", _I),
        places=("New York", "Genève", "Nairobi", "Vienne", "Addis-Abeba"),
        # 10 heures / 10 h 10 / 12 h 20
        time=_re(r"(?P<hour>\d{1,2})\s*(?:h|heures?)(?:\s*(?P<minute>\d{1,2})\b)?", _I),
        president_label=_re(r"^-?\s*Présidente?\s*:", _I),
        members_label=_re(r"^-?\s*Membres\s*:", _I),
        agenda_label=_re(r"^Ordre\s+du\s+jour$", _I),
        record_note=_re(r"^Le\s+présent\s+procès-verbal", _I),
        opening=_re(r"^La\s+séance\s+(?:est\s+ouverte|reprend)\s+à\b", _I),
        closing=_re(r"^La\s+séance\s+est\s+levée\s+à\b", _I),
        procedural=_re(
            r"""^(?:Adoption\s+de\s+l['’]ordre\s+du\s+jour
                 |L['’]ordre\s+du\s+jour\s+est\s+adopté\.?
                 |La\s+séance\s+est\s+suspendue\b.*|Il\s+est\s+procédé\s+au\s+vote\b.*
                 |Il\s+est\s+procédé\s+à\s+un\s+vote\b.*
                 |Le\s+projet\s+de\s+(?:résolution|décision)\s+
                  (?:est\s+adopté|a\s+recueilli|n['’]est\s+pas\s+adopté)\b.*
                 |En\s+l['’]absence\s+d[ue]\s+(?:la\s+)?Présidente?\b.*
                 |.+\b(?:assume|reprend)\s+la\s+présidence\.?
                 |.+\best\s+escortée?\s.*
                 |Il\s+en\s+est\s+ainsi\s+décidé\.?
                 |Les\s+membres\s+d.{1,40}?\bobserv\w+\s+une\s+minute\s+de\b.*
                 |(?:Sur|À)\s+l['’]invitation\s+d[ue]\s+(?:la\s+)?Présidente?\b
                  .+\b(?:prend|prennent|occupe|occupent|assume|assument)\b.*)$""",
            _I,
        ),
        roles={
            "Le Président": "President",
            "La Présidente": "President",
            "Le Président par intérim": "Acting President",
            "Le Secrétaire général": "Secretary-General",
            "La Secrétaire générale": "Secretary-General",
            "La Vice-Secrétaire générale": "Deputy Secretary-General",
        },  # fmt: skip
        honorifics=_re(r"^(?:M\.|Mme|Mlle|Sir|Dame|Lord|Lady|Cheikh|S\.E\.)\s"),
        national_capacity=_re(r"en\s+(?:ma|sa)\s+qualité\s+de\b(?!\s+Présidente?)", _I),
        resume_presidency=_re(
            r"reprends?\s+(?:\S+\s+){0,3}?(?:mes|les)\s+fonctions\s+de\s+Présidente?\b", _I
        ),
        chair_taken=_re(
            r"""^(?:En\s+l['’]absence\s+d[ue]\s+(?:la\s+)?Présidente?\b.*\bprésidence
                 |.+\bassume\s+la\s+présidence)""",
            _I,
        ),
        chair_resumed=_re(r"^.+\breprend\s+la\s+présidence", _I),
        vote_label=_re(r"^(?:Votent\s+pour|Votent\s+contre|S['’]abstiennent|Abstentions?)\s*:", _I),
        agenda_item=_re(r"^Points?\s+\d+\b.{0,60}?\bde\s+l['’]ordre\s+du\s+jour\b.*$"),
        body_heading=_re(r"^(?:Allocution\s+(?:de|du)\s+.+|Déclaration\s+(?:de|du)\s+.+)$"),
        corrigendum=_re(r"^Rectificatif$", _I),
        titles=_re(
            r"""^(?:Le\s+|La\s+)?(?:Président|Présidente|Premier\s+Ministre|Roi|Reine|Émir)
                 (?:\s+[A-ZÀ-ÖØ-Þ][^\s]*){1,3}$"""
        ),
        furniture=_re(r"^Merci\s+de\s+recycler\b.*$", _I),
    ),
    "es": RecordWording(
        bodies={"Consejo de Seguridad": "SC", "Asamblea General": "GA"},
        year_line=_re(r"^Año\s+(?P<ordinal>.+)$", _I),
        session_line=_re(r"^(?P<ordinal>.+?)\s+período\s+de\s+sesiones$", _I),
        meeting_line=_re(r"^(?P<number>\d+)\s*[ªa.º]?\s+sesión(?:\s+plenaria)?$", _I),
        provisional=_re(r"\bProvisional\b", _I),
        places=("Nueva York", "Ginebra", "Nairobi", "Viena", "Addis Abeba"),
        # 10.00 horas / las 12.20 horas
        time=_re(r"(?P<hour>\d{1,2})[.:](?P<minute>\d{2})\s*horas", _I),
        president_label=_re(r"^-?\s*President[ea]\s*:", _I),
        members_label=_re(r"^-?\s*Miembros\s*:", _I),
        agenda_label=_re(r"^Orden\s+del\s+día$", _I),
        record_note=_re(r"^La\s+presente\s+acta", _I),
        opening=_re(r"^Se\s+(?:abre|declara\s+abierta|reanuda)\s+la\s+sesión\b", _I),
        closing=_re(r"^Se\s+levanta\s+la\s+sesión\b", _I),
        procedural=_re(
            r"""^(?:Aprobación\s+del\s+orden\s+del\s+día
                 |Queda\s+aprobado\s+el\s+orden\s+del\s+día\.?
                 |Se\s+aprueba\s+el\s+orden\s+del\s+día\.?
                 |Se\s+suspende\s+la\s+sesión\b.*|Se\s+procede\s+a\s+(?:la\s+)?votación\b.*
                 |El\s+proyecto\s+de\s+(?:resolución|decisión)\s+
                  (?:obtuvo|recibió|queda\s+aprobado|ha\s+sido\s+aprobado|no\s+ha\s+sido)\b.*
                 |En\s+ausencia\s+del?\s+(?:la\s+)?President[ea]\b.*
                 |.+\b(?:ocupa|vuelve\s+a\s+ocupar)\s+la\s+Presidencia\.?
                 |.+\bes\s+acompañad[oa]\s.*
                 |Así\s+queda\s+acordado\.?|Así\s+se\s+decide\.?
                 |Los\s+miembros\s+de.{1,40}?\bguarda\w*\s+un\s+minuto\s+de\b.*
                 |Por\s+invitación\s+de(?:l|\s+la)\s+President[ea]\b
                  .+\b(?:ocupa|ocupan|toma|toman|actúa|actúan)\b.*)$""",
            _I,
        ),
        roles={
            "El Presidente": "President",
            "La Presidenta": "President",
            "El Presidente interino": "Acting President",
            "El Secretario General": "Secretary-General",
            "La Secretaria General": "Secretary-General",
            "La Vicesecretaria General": "Deputy Secretary-General",
        },  # fmt: skip
        honorifics=_re(r"^(?:Sr\.|Sra\.|Srta\.|Sir|Dame|Lord|Lady|Jeque|Excmo\.)\s"),
        national_capacity=_re(r"en\s+(?:mi|su)\s+calidad\s+de\b(?!\s+President[ea])", _I),
        resume_presidency=_re(
            r"""(?:reanudo|reasumo|asumo|retomo)\s+(?:\S+\s+){0,2}?(?:mis|las)\s+funciones\s+
                (?:de|como)\s+President[ea]""",
            _I,
        ),
        chair_taken=_re(r"^(?!.*\bvuelve\s+a\s+ocupar).+\bocupa\s+la\s+Presidencia", _I),
        chair_resumed=_re(r"^.+\bvuelve\s+a\s+ocupar\s+la\s+Presidencia", _I),
        vote_label=_re(r"^(?:Votos\s+a\s+favor|Votos\s+en\s+contra|Abstenciones)\s*:", _I),
        agenda_item=_re(r"^Temas?\s+\d+\b.{0,60}?\bdel\s+programa\b.*$"),
        body_heading=_re(
            r"^(?:Discurso\s+(?:del?|de\s+la)\s+.+|Declaración\s+(?:del?|de\s+la)\s+.+)$"
        ),
        corrigendum=_re(r"^Corrección$", _I),
        titles=_re(
            r"""^(?:El\s+|La\s+)?(?:Presidente|Presidenta|Primer\s+Ministro|Primera\s+Ministra
                 |Rey|Reina|Emir)(?:\s+[A-ZÁÉÍÓÚÑ][^\s]*){1,3}$"""
        ),
        furniture=_re(r"^Sírvase\s+reciclar\b.*$", _I),
    ),
    "ru": RecordWording(
        bodies={"Совет Безопасности": "SC", "Генеральная Ассамблея": "GA"},
        year_line=_re(r"^(?P<ordinal>.+?)\s+год$", _I),
        session_line=_re(r"^(?P<ordinal>.+?)\s+сессия$", _I),
        meeting_line=_re(r"^(?P<number>\d+)\s*-?\s*е\s+(?:пленарное\s+)?заседание$", _I),
        provisional=_re(r"Предварительный", _I),
        places=("Нью-Йорк", "Женева", "Найроби", "Вена", "Аддис-Абеба"),
        # 10 ч. 00 м. / 12 ч. 20 м.
        time=_re(r"(?P<hour>\d{1,2})\s*ч\.?(?:\s*(?P<minute>\d{1,2})\s*(?:м|мин)\.?)?"),
        president_label=_re(r"^-?\s*Председатель\s*:", _I),
        members_label=_re(r"^-?\s*Члены\s*(?:Совета)?\s*:", _I),
        agenda_label=_re(r"^Повестка\s+дня$", _I),
        record_note=_re(r"^В\s+этом\s+отчете", _I),
        opening=_re(r"^Заседание\s+(?:открывается|возобновляется)\s+в\b", _I),
        closing=_re(r"^Заседание\s+закрывается\s+в\b", _I),
        procedural=_re(
            r"""^(?:Утверждение\s+повестки\s+дня
                 |Повестка\s+дня\s+утверждается\.?
                 |Заседание\s+прерывается\b.*|Проводится\s+(?:заносимое\s+в\s+отчет\s+)?голосование\b.*
                 |Проект\s+(?:резолюции|решения)\s+(?:получил|принимается|не\s+принимается)\b.*
                 |В\s+отсутствие\s+Председателя\b.*
                 |.+\bзанима\w*\s+место\s+Председателя.*
                 |.+\b(?:сопровождают|сопровождении)\b.*
                 |Решение\s+принимается\.?|Так\s+принимается\s+решение\.?
                 |Члены\s+.{1,40}?\bпочтили\s+минутой\s+молчания\b.*
                 |По\s+приглашению\s+Председателя\b
                  .+\b(?:занима\w*|выполня\w*)\b.*)$""",
            _I,
        ),
        roles={
            "Председатель": "President",
            "Исполняющий обязанности Председателя": "Acting President",
            "Генеральный секретарь": "Secretary-General",
            "Первый заместитель Генерального секретаря": "Deputy Secretary-General",
        },  # fmt: skip
        honorifics=_re(r"^(?:Г-н|Г-жа|Гн|Гжа|Сэр|Леди|Лорд|Шейх)\.?\s"),
        national_capacity=_re(r"в\s+(?:своем\s+)?качестве\s+(?:представителя|министра)", _I),
        resume_presidency=_re(
            r"(?:возобновляю|возвращаюсь\s+к)\s+.{0,20}функци\w*\s+Председателя", _I
        ),
        chair_taken=_re(
            r"""^(?:В\s+отсутствие\s+Председателя\b.*
                 |.+\bзаместитель\s+Председателя\b.*)\bзанима""",
            _I,
        ),
        chair_resumed=_re(r"^.+\bвновь\s+занима\w*\s+место\s+Председателя", _I),
        vote_label=_re(r"^(?:Голосовали\s+за|Голосовали\s+против|Воздержались)\s*:", _I),
        agenda_item=_re(r"^Пункты?\s+\d+\b.{0,60}?\bповестки\s+дня\b.*$"),
        body_heading=_re(r"^(?:Выступление\s+.+|Заявление\s+.+)$"),
        corrigendum=_re(r"^Исправление$", _I),
        titles=_re(r"^(?:Президент|Премьер-министр|Король|Королева|Эмир)(?:\s+[А-ЯЁ][^\s]*){1,3}$"),
        furniture=_re(r"^Просьба\s+отправить\s+на\s+вторичную\s+переработку\b.*$", _I),
    ),
    "ar": RecordWording(
        bodies={"مجلس الأمن": "SC", "الجمعية العامة": "GA"},
        year_line=_re(r"^السنة\s+(?P<ordinal>.+)$"),
        session_line=_re(r"^الدورة\s+(?P<ordinal>.+)$"),
        meeting_line=_re(r"^الجلسة\s+(?:العامة\s+)?(?P<number>\d+)$"),
        provisional=_re(r"مؤقت"),
        places=("نيويورك", "جنيف", "نيروبي", "فيينا", "أديس أبابا"),
        # الساعة 10/00 (minutes first when read as hour/minute reversed)
        time=_re(r"الساعة\s*(?P<minute>\d{1,2})\s*[/:.]\s*(?P<hour>\d{1,2})"),
        president_label=_re(r"^-?\s*الرئيس(?:ة)?\s*[:：]"),
        members_label=_re(r"^-?\s*الأعضاء\s*[:：]"),
        agenda_label=_re(r"^جدول\s+الأعمال$"),
        record_note=_re(r"^يتضمن\s+هذا\s+المحضر"),
        opening=_re(r"^(?:افتتحت|افتُتحت|استؤنفت)\s+الجلسة"),
        closing=_re(r"^(?:رفعت|رُفعت)\s+الجلسة"),
        procedural=_re(
            r"""^(?:إقرار\s+جدول\s+الأعمال|أُ?قر\s+جدول\s+الأعمال\.?
                 |علقت\s+الجلسة\b.*|أجري\s+تصويت\b.*|أُجري\s+تصويت\b.*
                 |(?:اعتُمد|اعتمد|حصل)\s+مشروع\s+(?:القرار|المقرر)\b.*
                 |في\s+غياب\s+(?:الرئيس|الرئيسة)\b.*
                 |.+(?:عاد|عادت)\s+.{0,40}(?:الرئاسة|مقعد\s+الرئاسة).*
                 |(?:اصطُحب|اصطحب|اصطُحبت|اصطحبت)\s.*
                 |تقرر\s+ذلك\.?
                 |وقف\s+أعضاء\s+.{1,40}?دقيقة\s+(?:صمت|حداد).*
                 |بناء\s+على\s+دعوة\s+(?:من\s+)?(?:الرئيس|الرئيسة).+)$"""
        ),
        roles={
            "الرئيس": "President",
            "الرئيسة": "President",
            "الرئيس بالنيابة": "Acting President",
            "الأمين العام": "Secretary-General",
            "نائبة الأمين العام": "Deputy Secretary-General",
        },  # fmt: skip
        honorifics=_re(r"^(?:السيد|السيدة|الآنسة|السير|الشيخ|الأمير|الأميرة|الدكتور)\s"),
        national_capacity=_re(r"بصفتي\s+(?:ممثل|ممثلة|وزير|وزيرة)"),
        resume_presidency=_re(r"أستأنف\s+(?:الآن\s+)?(?:مهامي|مهام)"),
        chair_taken=_re(r"^في\s+غياب\s+(?:الرئيس|الرئيسة)\b.*(?:تولى|تولت|شغل|شغلت)\s+"),
        chair_resumed=_re(r"^.+(?:عاد|عادت)\s+.{0,40}(?:الرئاسة|مقعد\s+الرئاسة)"),
        vote_label=_re(r"^(?:المؤيدون|المعارضون|الممتنعون)\s*[:：]"),
        agenda_item=_re(r"^البندان?\s+\d+.*جدول\s+الأعمال.*$"),
        body_heading=_re(r"^(?:خطاب\s+.+|كلمة\s+.+)$"),
        corrigendum=_re(r"^تصويب$"),
        titles=_re(
            r"^(?:الرئيس|الرئيسة|رئيس\s+الوزراء|رئيسة\s+الوزراء|الملك|الملكة|الأمير|الشيخ)(?:\s+\S+){1,3}$"
        ),
        furniture=_re(r"^(?:يرجى\s+إعادة\s+الاستعمال|يرجى\s+إعادة\s+التدوير)\b.*$"),
        minutes_first=True,
    ),
}

#: The language a speaker spoke, as printed in the speaker line of each
#: language ("以英语发言", "spoke in Russian", "parle en arabe", "habla en
#: francés", "говорит по-арабски", "تكلم بالفرنسية"), mapped to its code.
#: Records before 1999 print the interpretation instead: "interpretation
#: from French", "interprétation de l'anglais", "interpretación del inglés".
SPOKEN_LANGUAGE: dict[str, tuple[re.Pattern, dict[str, str]]] = {
    "zh": (
        _re(r"^以\s*(?P<lang>英|法|西班牙|俄|阿拉伯|中)\s*[语文]\s*发言$"),
        {"英": "en", "法": "fr", "西班牙": "es", "俄": "ru", "阿拉伯": "ar", "中": "zh"},
    ),
    "en": (
        _re(
            r"""^(?:spoke\s+in|interpretation\s+from(?:\s+the)?)\s+
                (?P<lang>English|French|Spanish|Russian|Arabic|Chinese)$""",
            _I,
        ),
        {
            "english": "en",
            "french": "fr",
            "spanish": "es",
            "russian": "ru",
            "arabic": "ar",
            "chinese": "zh",
        },  # fmt: skip
    ),
    "fr": (
        _re(
            r"""^(?:parle\s+en\s+|interprétation\s+(?:de\s+l['’]\s*|du\s+|de\s+))
                (?P<lang>anglais|français|espagnol|russe|arabe|chinois)$""",
            _I,
        ),
        {
            "anglais": "en",
            "français": "fr",
            "espagnol": "es",
            "russe": "ru",
            "arabe": "ar",
            "chinois": "zh",
        },  # fmt: skip
    ),
    "es": (
        _re(
            r"""^(?:habla\s+en|interpretación\s+del?)\s+
                (?P<lang>inglés|francés|español|ruso|árabe|chino)$""",
            _I,
        ),
        {
            "inglés": "en",
            "francés": "fr",
            "español": "es",
            "ruso": "ru",
            "árabe": "ar",
            "chino": "zh",
        },  # fmt: skip
    ),
    "ru": (
        _re(
            r"^говорит\s+по-?\s*(?P<lang>английски|французски|испански|русски|арабски|китайски)$",
            _I,
        ),
        {
            "английски": "en",
            "французски": "fr",
            "испански": "es",
            "русски": "ru",
            "арабски": "ar",
            "китайски": "zh",
        },  # fmt: skip
    ),
    "ar": (
        _re(
            r"^تكلم(?:ت)?\s*ب\s*(?P<lang>الإنكليزية|الانكليزية|الإنجليزية|الفرنسية|الإسبانية|الاسبانية|الروسية|العربية|الصينية)$"
        ),
        {
            "الإنكليزية": "en",
            "الانكليزية": "en",
            "الإنجليزية": "en",
            "الفرنسية": "fr",
            "الإسبانية": "es",
            "الاسبانية": "es",
            "الروسية": "ru",
            "العربية": "ar",
            "الصينية": "zh",
        },  # fmt: skip
    ),
}

#: Security Council meetings seat 15 members: the President and 14 others.
SECURITY_COUNCIL_MEMBERS = 14
