"""Series: the editions of a resolution that comes back every year or two.

A/RES/63/114 (2008) and A/RES/75/16 (2020) are two editions of "Cooperation
between the United Nations and the Organization of Islamic Cooperation";
translators and revisers start every new edition from the last one. This
module finds series from what the texts say, stores them, and reads what
the changes page and the API show.

Three parts, as elsewhere in Concord:

- **Detection (pure).** ``detect_series`` reads plain ``DocumentFacts``
  (symbol, kind, body, session, date, agenda item, titles by language, the
  symbols its versions cite) and links a newer document to an older one
  when the texts say they are editions of one resolution: the newer recalls
  the older by symbol, their titles match once names that changed are
  allowed for (``RENAMES``, and renamings the texts themselves state:
  "the Organization of the Islamic Conference changed its name to ..."),
  they recall the same earlier resolutions, their agenda item is the same.
  Each link gets a confidence from that evidence; series are the connected
  groups of links.
- **Storing (a service).** ``find_series`` reads the facts, detects, and
  stores the series in one transaction, keeping what curators decided: an
  edition a curator placed or confirmed stays where it is, and a document
  a curator took out of a series is never put back in it.
- **Reading (selectors).** ``series_of``, ``edition_changes`` and
  ``translation_memory`` make a constant number of queries whatever the
  number of paragraphs; the comparison itself is ``alignment.editions``.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone

from alignment.editions import (
    MINIMUM_MATCH,
    EditionComparison,
    EditionParagraph,
    MemoryEntry,
    closest_matches,
    compare_editions,
    text_similarity,
)
from documents.ingest.types import LANGUAGES
from documents.models import Document, Edition, Footnote, Paragraph, Reference, Series, Version
from documents.selectors import aligned_table

# --- errors ------------------------------------------------------------------------

UNKNOWN_EDITION = "no published document {symbol!r}"
SAME_EDITION = "compare {symbol} with another edition, not with itself"
NO_EARLIER_EDITION = (
    "{symbol} has no earlier edition in a series yet: name one with ?since=<symbol>"
)
MISSING_LANGUAGE = "{symbol} has no published {language} version"
NO_COMMON_LANGUAGE = "{symbol} and {since} have no published version in a common language"
UNKNOWN_LANGUAGE = "unknown language code(s): {codes}"


class EditionsError(ValueError):
    """A request about editions that cannot be answered, in words a reader
    understands. ``missing`` says an edition named does not exist (404 in
    the API) rather than a parameter being wrong (400)."""

    def __init__(self, message: str, *, missing: bool = False):
        super().__init__(message)
        self.missing = missing


# --- language knowledge (data) -----------------------------------------------------

# Kinds of documents that come in editions.
SERIES_KINDS = (Document.Kind.RESOLUTION, Document.Kind.DECISION)

# Organisations that changed their names, per language: (old, new). Titles
# are compared with every old name read as the new one.
RENAMES: tuple[dict[str, tuple[str, str]], ...] = (
    {
        "en": ("Organization of the Islamic Conference", "Organization of Islamic Cooperation"),
        "fr": (
            "Organisation de la Conférence islamique", "Organisation de la coopération islamique"
        ),
        "es": ("Organización de la Conferencia Islámica", "Organización de Cooperación Islámica"),
        "ru": ("Организацией Исламская конференция", "Организацией исламского сотрудничества"),
        "ar": ("منظمة المؤتمر الإسلامي", "منظمة التعاون الإسلامي"),
        "zh": ("伊斯兰会议组织", "伊斯兰合作组织"),
    },
    {
        "en": ("Organization of African Unity", "African Union"),
        "fr": ("Organisation de l'unité africaine", "Union africaine"),
        "es": ("Organización de la Unidad Africana", "Unión Africana"),
        "ru": ("Организацией африканского единства", "Африканским союзом"),
        "ar": ("منظمة الوحدة الأفريقية", "الاتحاد الأفريقي"),
        "zh": ("非洲统一组织", "非洲联盟"),
    },
)

_NAME_WORD = r"[A-ZÀ-Ý][\w'’-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|the|for|and|on|in|de|la|du|des|l'))*"
# Renamings the texts state, per language, with a word that finds the
# paragraphs and footnotes worth reading. Examples:
#   "On 28 June 2011, the Organization of the Islamic Conference changed its
#    name to the Organization of Islamic Cooperation."
#   "伊斯兰会议组织 2011 年 6 月 28 日起更名为伊斯兰合作组织。"
RENAME_STATEMENTS: dict[str, tuple[str, re.Pattern]] = {
    "en": (
        "changed its name",
        re.compile(
            rf"""(?:the\s+)?(?P<old>{_NAME})\s+changed\s+its\s+name\s+to\s+
                 (?:that\s+of\s+)?(?:the\s+)?(?P<new>{_NAME})""",
            re.VERBOSE,
        ),
    ),
    "fr": (
        "changé de nom",
        re.compile(
            rf"""(?:l['’]|la\s+|le\s+)?(?P<old>{_NAME})\s+a\s+changé\s+de\s+nom\s+
                 (?:pour\s+devenir|et\s+s['’]appelle\s+désormais)\s+
                 (?:l['’]|la\s+|le\s+)?(?P<new>{_NAME})""",
            re.VERBOSE,
        ),
    ),
    "zh": (
        "更名为",
        re.compile(
            r"""(?P<old>[\u4e00-\u9fff·]+?)\s*
                (?:(?:自|于|从)?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*起?\s*)?
                更名为\s*(?P<new>[\u4e00-\u9fff·]+)""",
            re.VERBOSE,
        ),
    ),
}

# Languages written without spaces between sentences: a merged cell's
# paragraphs are joined without one.
JOINER = {"zh": ""}

# "75/16. Cooperation ..." -> "Cooperation ..."
TITLE_NUMBER = re.compile(r"^\s*\d+\s*/\s*\d+\s*[.．]\s*")
WHITESPACE = re.compile(r"\s+")

# Evidence and how much each is worth (combined as independent evidence:
# confidence = 1 - product of (1 - weight * strength)).
CITES_WEIGHT = 0.6  # the newer recalls the older by symbol
TITLE_WEIGHT = 0.8  # titles match (times the similarity squared)
SHARED_RECALLS_WEIGHT = 0.5  # the newer recalls what the older recalled
AGENDA_WEIGHT = 0.2  # the same agenda item
# A link needs titles alike enough, and a confidence of at least this:
SAME_TITLE = 0.9  # enough by itself
RELATED_TITLE = 0.6  # enough with a citation or shared recalls
SHARED_RECALLS_ENOUGH = 0.5
MINIMUM_CONFIDENCE = 0.5
RESOLUTION_SYMBOL = re.compile(r"^A/RES/")


# --- detection (pure) ----------------------------------------------------------------


@dataclass(frozen=True)
class Rename:
    language: str
    old: str
    new: str


@dataclass(frozen=True)
class DocumentFacts:
    """What detection reads of a document: ``titles`` by language, and the
    symbols its versions ``cite``."""

    symbol: str
    kind: str
    body: str = ""
    session: int | None = None
    date: datetime.date | None = None
    agenda_item: str = ""
    titles: dict[str, str] = field(default_factory=dict, hash=False)
    cites: frozenset[str] = frozenset()


@dataclass
class EditionLink:
    """Evidence that ``newer`` is a later edition of ``older``."""

    newer: str
    older: str
    confidence: float
    evidence: list[str]


@dataclass
class FoundSeries:
    """``editions`` oldest first; per edition its ``confidence`` (its best
    link) and that link's ``evidence``; ``title`` the newest edition's."""

    editions: list[str]
    confidence: dict[str, float]
    evidence: dict[str, list[str]]
    title: str

    @property
    def weakest(self) -> float:
        return min(self.confidence.values()) if self.confidence else 0.0


def stated_renames(language: str, texts: Iterable[str]) -> list[Rename]:
    """The renamings ``texts`` state in ``language`` (see RENAME_STATEMENTS)."""
    if language not in RENAME_STATEMENTS:
        return []
    _, pattern = RENAME_STATEMENTS[language]
    found = []
    for text in texts:
        for match in pattern.finditer(text):
            old, new = match.group("old").strip(), match.group("new").strip()
            if old and new and old != new:
                found.append(Rename(language, old, new))
    return found


def known_renames() -> list[Rename]:
    return [
        Rename(language, old, new)
        for names in RENAMES
        for language, (old, new) in names.items()
    ]


def normalised_title(title: str, language: str, renames: Sequence[Rename]) -> tuple[str, list[str]]:
    """A title as compared: without its resolution number, casefolded, every
    old name read as the new one. Returns the title and the renamings used
    ("伊斯兰会议组织 → 伊斯兰合作组织")."""
    text = unicodedata.normalize("NFKC", TITLE_NUMBER.sub("", title))
    text = WHITESPACE.sub(" ", text).strip().casefold()
    used = []
    for rename in renames:
        if rename.language != language:
            continue
        old = WHITESPACE.sub(" ", unicodedata.normalize("NFKC", rename.old)).casefold()
        if old and old in text:
            text = text.replace(old, WHITESPACE.sub(" ", rename.new).casefold())
            used.append(f"{rename.old} → {rename.new}")
    return text.rstrip(" .;,"), used


def _order_key(facts: DocumentFacts) -> tuple:
    return (facts.date or datetime.date.max, facts.session or 0, facts.symbol)


def _title_match(
    newer: DocumentFacts, older: DocumentFacts, renames: Sequence[Rename]
) -> tuple[float, str]:
    """The best title similarity over the languages both have, and a note."""
    best, note = 0.0, ""
    for language in sorted(set(newer.titles) & set(older.titles)):
        a, used_a = normalised_title(newer.titles[language], language, renames)
        b, used_b = normalised_title(older.titles[language], language, renames)
        if not a or not b:
            continue
        score = 1.0 if a == b else text_similarity(a, b)
        if score > best:
            used = sorted(set(used_a) | set(used_b))
            best = score
            note = f"titles match ({language}, {score:.2f}"
            note += f"; reading {', '.join(used)})" if used else ")"
    return best, note


def link_evidence(
    newer: DocumentFacts, older: DocumentFacts, renames: Sequence[Rename]
) -> EditionLink | None:
    """Whether ``newer`` is a later edition of ``older``, and why; None when
    the texts do not say so."""
    if newer.kind != older.kind or newer.body != older.body or newer.symbol == older.symbol:
        return None
    title, title_note = _title_match(newer, older, renames)
    cites = older.symbol in newer.cites
    recalled = {s for s in older.cites if RESOLUTION_SYMBOL.match(s)}
    shared = len(recalled & newer.cites) / len(recalled) if recalled else 0.0
    same_agenda = bool(newer.agenda_item) and newer.agenda_item == older.agenda_item
    if not (
        title >= SAME_TITLE
        or (title >= RELATED_TITLE and (cites or shared >= SHARED_RECALLS_ENOUGH))
    ):
        return None
    doubt = (1 - CITES_WEIGHT * cites) * (1 - TITLE_WEIGHT * title**2)
    doubt *= (1 - SHARED_RECALLS_WEIGHT * shared) * (1 - AGENDA_WEIGHT * same_agenda)
    confidence = round(1 - doubt, 3)
    if confidence < MINIMUM_CONFIDENCE:
        return None
    evidence = []
    if cites:
        evidence.append(f"{newer.symbol} recalls {older.symbol}")
    evidence.append(title_note)
    if shared:
        count = len(recalled & newer.cites)
        evidence.append(f"{newer.symbol} recalls {count} of the {len(recalled)} resolutions "
                        f"{older.symbol} recalls")
    if same_agenda:
        evidence.append(f"same agenda item {newer.agenda_item}")
    return EditionLink(newer.symbol, older.symbol, confidence, evidence)


def _candidate_pairs(
    facts: Sequence[DocumentFacts], renames: Sequence[Rename]
) -> set[tuple[int, int]]:
    """Pairs (newer, older) worth comparing: a citation between them, or the
    same normalised title in some language (each document with the one
    before it). Never all pairs: detection stays near linear."""
    index = {f.symbol: k for k, f in enumerate(facts)}
    order = {k: _order_key(f) for k, f in enumerate(facts)}
    pairs: set[tuple[int, int]] = set()
    for k, f in enumerate(facts):
        for symbol in f.cites:
            other = index.get(symbol)
            if other is not None and other != k:
                pairs.add((k, other) if order[k] > order[other] else (other, k))
    same_title: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    for k, f in enumerate(facts):
        for language, title in f.titles.items():
            key, _ = normalised_title(title, language, renames)
            if key:
                same_title[(f.kind, f.body, language, key)].append(k)
    for members in same_title.values():
        ordered = sorted(set(members), key=order.get)
        pairs.update(zip(ordered[1:], ordered, strict=False))
    return pairs


class _Groups:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def detect_series(
    facts: Sequence[DocumentFacts], renames: Sequence[Rename] = ()
) -> list[FoundSeries]:
    """Series of two or more documents, each ordered oldest first, linked by
    what their texts say (see ``link_evidence``). ``renames`` adds to the
    known ones (``RENAMES``) those the corpus states."""
    facts = [f for f in facts if f.kind in SERIES_KINDS]
    renames = [*known_renames(), *renames]
    groups = _Groups(len(facts))
    best: dict[int, EditionLink] = {}
    for newer, older in sorted(_candidate_pairs(facts, renames)):
        link = link_evidence(facts[newer], facts[older], renames)
        if link is None:
            continue
        groups.union(newer, older)
        for k in (newer, older):
            if k not in best or link.confidence > best[k].confidence:
                best[k] = link
    members: dict[int, list[int]] = defaultdict(list)
    for k in best:
        members[groups.find(k)].append(k)
    found = []
    for ks in members.values():
        ordered = sorted(ks, key=lambda k: _order_key(facts[k]))
        newest = facts[ordered[-1]]
        title = newest.titles.get("en") or next(iter(sorted(newest.titles.items())), ("", ""))[1]
        found.append(
            FoundSeries(
                editions=[facts[k].symbol for k in ordered],
                confidence={facts[k].symbol: best[k].confidence for k in ordered},
                evidence={facts[k].symbol: best[k].evidence for k in ordered},
                title=TITLE_NUMBER.sub("", title).strip(),
            )
        )
    return sorted(found, key=lambda s: s.editions[0])


# --- storing (service) -----------------------------------------------------------------


@dataclass
class FindSeriesResult:
    series: int
    editions: int
    changed: list[str]

    def summary(self) -> str:
        return (f"{self.series} series, {self.editions} editions; "
                f"{len(self.changed)} documents changed series")


def corpus_facts() -> tuple[list[DocumentFacts], list[Rename]]:
    """The facts detection reads, from published versions only, and the
    renamings the corpus states: five queries, whatever the corpus size."""
    published = Version.Status.PUBLISHED
    documents = list(
        Document.objects.filter(kind__in=SERIES_KINDS, versions__status=published)
        .distinct()
        .order_by("id")
    )
    titles: dict[int, dict[str, str]] = defaultdict(dict)
    for document_id, language, title in Version.objects.filter(
        document__in=documents, status=published
    ).values_list("document_id", "language", "title"):
        titles[document_id][language] = title
    cites: dict[int, set[str]] = defaultdict(set)
    for document_id, symbol in Reference.objects.filter(
        version__document__in=documents, version__status=published
    ).values_list("version__document_id", "symbol").distinct():
        cites[document_id].add(symbol)
    facts = [
        DocumentFacts(
            symbol=d.symbol, kind=d.kind, body=d.body, session=d.session, date=d.date,
            agenda_item=d.agenda_item, titles=titles[d.id], cites=frozenset(cites[d.id]),
        )
        for d in documents
    ]
    return facts, _corpus_renames()


def _corpus_renames() -> list[Rename]:
    renames: list[Rename] = []
    for model in (Footnote, Paragraph):
        wanted = Q()
        for language, (keyword, _) in RENAME_STATEMENTS.items():
            wanted |= Q(version__language=language, text__icontains=keyword)
        rows = model.objects.filter(wanted, version__status=Version.Status.PUBLISHED)
        texts: dict[str, list[str]] = defaultdict(list)
        for language, text in rows.values_list("version__language", "text"):
            texts[language].append(text)
        for language, found in texts.items():
            renames += stated_renames(language, found)
    return list(dict.fromkeys(renames))


@transaction.atomic
def find_series() -> FindSeriesResult:
    """Detect series in the published corpus and store them.

    Kept as they are: editions a curator placed or confirmed (``manual``),
    and every series' ``excluded`` symbols. Rebuilt: the automatic
    editions. A detected group that holds a document a curator placed joins
    that document's series; otherwise it reuses the series most of its
    documents were in, or a new one. Series left without editions are
    deleted; a series of one automatic edition too. Documents whose series
    or previous edition changed get a new ``updated_at``, so pages that show
    them are rendered afresh."""
    facts, renames = corpus_facts()
    found = detect_series(facts, renames)
    documents = {d.symbol: d for d in Document.objects.filter(
        symbol__in=[s for series in found for s in series.editions]
    )}
    before = {
        e.document_id: (e.series_id, e.previous_id)
        for e in Edition.objects.all()
    }
    manual = {
        e.document_id: e for e in Edition.objects.filter(manual=True).select_related("series")
    }
    Edition.objects.filter(manual=False).delete()
    series_by_id = {s.id: s for s in Series.objects.all()}
    for detected in found:
        members = [documents[s] for s in detected.editions if s in documents]
        placed = [manual[d.id].series for d in members if d.id in manual]
        if placed:
            target = max(placed, key=lambda s: (s.confirmed, placed.count(s)))
        else:
            previous_ids = [before[d.id][0] for d in members if d.id in before]
            reusable = [i for i in previous_ids if i in series_by_id
                        and not series_by_id[i].confirmed]
            target = (series_by_id[max(reusable, key=previous_ids.count)] if reusable
                      else Series.objects.create(title=detected.title))
            series_by_id[target.id] = target
        new_editions = [
            Edition(series=target, document=d, confidence=detected.confidence[d.symbol],
                    evidence=detected.evidence[d.symbol])
            for d in members
            if d.id not in manual and d.symbol not in target.excluded
        ]
        Edition.objects.bulk_create(new_editions)
    return _tidy_series(before)


def _tidy_series(before: dict[int, tuple[int, int | None]]) -> FindSeriesResult:
    """Delete empty series and lone automatic editions, set each edition's
    previous one and each series' title and confidence; touch documents
    whose place changed."""
    editions_of: dict[int, list[Edition]] = defaultdict(list)
    for edition in Edition.objects.select_related("document", "series"):
        editions_of[edition.series_id].append(edition)
    for series_id, editions in list(editions_of.items()):
        if len(editions) == 1 and not editions[0].manual and not editions[0].series.confirmed:
            editions[0].delete()
            del editions_of[series_id]
    Series.objects.exclude(id__in=list(editions_of)).delete()
    changed = []
    for editions in editions_of.values():
        series = editions[0].series
        editions.sort(key=lambda e: (e.document.date or datetime.date.max,
                                     e.document.session or 0, e.document.symbol))
        previous = None
        for edition in editions:
            edition.previous = previous
            previous = edition.document
        Edition.objects.bulk_update(editions, ["previous"])
        series.confidence = min(1.0 if e.manual else e.confidence for e in editions)
        if not series.confirmed:
            series.title = _series_title(editions[-1].document) or series.title
        series.save(update_fields=["confidence", "title", "updated_at"])
        for edition in editions:
            if before.get(edition.document_id) != (series.id, edition.previous_id):
                changed.append(edition.document.symbol)
    gone = set(before) - {e.document_id for es in editions_of.values() for e in es}
    touched = Q(symbol__in=changed) | Q(id__in=gone)
    Document.objects.filter(touched).update(updated_at=timezone.now())
    changed += list(Document.objects.filter(id__in=gone).values_list("symbol", flat=True))
    return FindSeriesResult(
        series=len(editions_of), editions=sum(len(e) for e in editions_of.values()),
        changed=sorted(changed),
    )


def _series_title(document: Document) -> str:
    titles = dict(document.versions.filter(status=Version.Status.PUBLISHED)
                  .values_list("language", "title"))
    title = titles.get("en") or titles.get(document.pivot_language) or next(
        iter(titles.values()), "")
    return TITLE_NUMBER.sub("", title).strip()


@transaction.atomic
def confirm_series(*, series: Series) -> Series:
    """A curator checked ``series``: its editions become manual (kept by
    every later detection) and the series is marked confirmed."""
    series.editions.update(manual=True)
    series.confirmed = True
    series.full_clean()
    series.save()
    return series


@transaction.atomic
def correct_series(*, series: Series, removed: Iterable[str] = ()) -> Series:
    """After a curator corrected ``series`` in the admin (added, removed or
    moved editions): every edition left is manual, the symbols taken out
    are never put back automatically, the series is confirmed and its order
    recomputed."""
    series.excluded = sorted(set(series.excluded) | set(removed))
    series.confirmed = True
    series.full_clean()
    series.save()
    series.editions.update(manual=True)
    before = {e.document_id: (e.series_id, e.previous_id) for e in Edition.objects.all()}
    _tidy_series(before)
    Document.objects.filter(symbol__in=list(removed)).update(updated_at=timezone.now())
    return series


# --- reading (selectors) ------------------------------------------------------------


def _reading_url(symbol: str, language: str = "", anchor: str = "") -> str:
    url = f"/{symbol}/"
    if language:
        url += f"?langs={language}"
    if anchor:
        url += f"#{language}-{anchor}" if language else f"#{anchor}"
    return url


def published_document(symbol: str) -> Document:
    """A document with its published versions (light fields), or
    EditionsError (missing)."""
    if "\x00" in symbol:
        raise EditionsError(UNKNOWN_EDITION.format(symbol=symbol), missing=True)
    document = (
        Document.objects.filter(symbol=symbol)
        .prefetch_related(_published_versions_prefetch())
        .first()
    )
    if document is None or not document.versions.all():
        raise EditionsError(UNKNOWN_EDITION.format(symbol=symbol), missing=True)
    return document


def _published_versions_prefetch() -> Prefetch:
    return Prefetch(
        "versions",
        queryset=Version.objects.filter(status=Version.Status.PUBLISHED)
        .defer("source", "text").order_by("language"),
    )


def series_of(document: Document) -> dict | None:
    """The document's series: ``{"id", "title", "confidence", "confirmed",
    "editions": [{"symbol", "date", "session", "confidence", "manual",
    "evidence", "previous", "url"}]}`` oldest first, or None. Two queries."""
    edition = Edition.objects.filter(document=document).select_related("series").first()
    if edition is None:
        return None
    series = edition.series
    editions = [
        {
            "symbol": e.document.symbol,
            "date": e.document.date,
            "session": e.document.session,
            "confidence": 1.0 if e.manual else e.confidence,
            "manual": e.manual,
            "evidence": e.evidence,
            "previous": e.previous.symbol if e.previous else None,
            "url": _reading_url(e.document.symbol),
        }
        for e in Edition.objects.filter(series=series).select_related("document", "previous")
        .order_by("document__date", "document__session", "document__symbol")
    ]
    return {
        "id": series.id,
        "title": series.title,
        "confidence": series.confidence,
        "confirmed": series.confirmed,
        "editions": editions,
    }


def earlier_editions(document: Document, series: dict | None) -> list[str]:
    """Symbols of the editions before ``document`` in its series, newest
    first (no query: reads ``series_of``'s result)."""
    if not series:
        return []
    symbols = [e["symbol"] for e in series["editions"]]
    if document.symbol not in symbols:
        return []
    return symbols[: symbols.index(document.symbol)][::-1]


def _languages(document: Document) -> list[str]:
    return [v.language for v in document.versions.all()]


def choose_language(document: Document, since: Document, asked: str, *, strict: bool) -> str:
    """The language to compare in: ``asked`` when both editions have it;
    when nothing is asked (or, not ``strict``, when one lacks it) the newer
    edition's pivot if the older has it too, else the first language both
    have. EditionsError when they share none (or, ``strict``, when one
    lacks the language asked)."""
    if asked and asked not in LANGUAGES:
        raise EditionsError(UNKNOWN_LANGUAGE.format(codes=asked))
    new_languages, old_languages = _languages(document), _languages(since)
    if asked and strict:
        for edition, languages in ((document, new_languages), (since, old_languages)):
            if asked not in languages:
                raise EditionsError(MISSING_LANGUAGE.format(symbol=edition.symbol,
                                                            language=asked))
    common = [c for c in LANGUAGES if c in new_languages and c in old_languages]
    if asked in common:
        return asked
    if not common:
        raise EditionsError(NO_COMMON_LANGUAGE.format(symbol=document.symbol,
                                                      since=since.symbol))
    return document.pivot_language if document.pivot_language in common else common[0]


def resolve_since(document: Document, since: str, series: dict | None) -> Document:
    """The older edition named by ``since``, or the previous edition in the
    document's series."""
    if since:
        if since == document.symbol:
            raise EditionsError(SAME_EDITION.format(symbol=since))
        return published_document(since)
    for symbol in earlier_editions(document, series):
        try:
            return published_document(symbol)
        except EditionsError:
            continue  # an edition withdrawn since: try the one before
    raise EditionsError(NO_EARLIER_EDITION.format(symbol=document.symbol))


def _edition_paragraphs(versions: Sequence[Version]) -> dict[int, list[EditionParagraph]]:
    """Paragraphs of several versions as the comparison reads them: one query."""
    found: dict[int, list[EditionParagraph]] = defaultdict(list)
    rows = Paragraph.objects.filter(version__in=versions).order_by("version_id", "order")
    for version_id, anchor, kind, number, text in rows.values_list(
        "version_id", "anchor", "kind", "number", "text"
    ):
        found[version_id].append(EditionParagraph(anchor, kind, number, text))
    return found


def _version(document: Document, language: str) -> Version:
    for version in document.versions.all():
        if version.language == language:
            return version
    raise EditionsError(MISSING_LANGUAGE.format(symbol=document.symbol, language=language))


def _paragraph_dict(paragraph: EditionParagraph | None, symbol: str, language: str) -> dict | None:
    if paragraph is None:
        return None
    return {
        "anchor": paragraph.anchor,
        "kind": paragraph.kind,
        "number": paragraph.number,
        "text": paragraph.text,
        "url": _reading_url(symbol, language, paragraph.anchor),
    }


def comparison_dict(
    comparison: EditionComparison, *, symbol: str, since: str
) -> dict:
    """A comparison as the API and the page read it."""
    language = comparison.language
    return {
        "symbol": symbol,
        "since": since,
        "language": language,
        "summary": comparison.summary(),
        "pairs": [
            {
                "status": pair.status,
                "moved": pair.moved,
                "similarity": pair.similarity,
                "match": pair.match,
                "old": _paragraph_dict(pair.old, since, language),
                "new": _paragraph_dict(pair.new, symbol, language),
                "diff": [
                    {"op": op.op, "text": op.text, **({"old": op.old} if op.old else {})}
                    for op in pair.diff
                ],
            }
            for pair in comparison.pairs
        ],
    }


def edition_changes(document: Document, since: Document, language: str) -> dict:
    """What changed from ``since`` to ``document`` in ``language`` (both
    from ``published_document``, the language from ``choose_language``):
    ``comparison_dict``'s shape. One query."""
    new_version, old_version = _version(document, language), _version(since, language)
    paragraphs = _edition_paragraphs([new_version, old_version])
    comparison = compare_editions(
        paragraphs[old_version.id], paragraphs[new_version.id], language=language
    )
    return comparison_dict(comparison, symbol=document.symbol, since=since.symbol)


def translation_memory(
    document: Document,
    *,
    language: str,
    earlier: Sequence[Document],
    languages: Sequence[str] = (),
    minimum: int | None = None,
) -> dict:
    """For each paragraph of ``document`` in ``language``, the closest
    paragraph of the ``earlier`` editions (newest first, each from
    ``published_document``) in that language, its fuzzy match and its
    aligned translations in ``languages`` (default: every other language of
    that edition), read from the edition's alignment table::

        {"symbol", "language", "languages", "since": [symbols], "minimum",
         "matches": [{"anchor", "kind", "text", "match",
                      "source": {"symbol", "anchor", "text", "url"} | None,
                      "translations": {lang: {"anchors": [...], "text": str}}}]}

    A translation whose paragraph also covers a neighbour (a merge) lists
    both anchors. Queries: constant in the number of paragraphs, a few per
    earlier edition."""
    new_version = _version(document, language)
    paragraphs = _edition_paragraphs([new_version])[new_version.id]
    entries: list[MemoryEntry] = []
    shown: list[str] = list(dict.fromkeys(languages))
    for edition in earlier:
        available = _languages(edition)
        if language not in available:
            continue
        others = [c for c in (shown or available) if c != language and c in available]
        if not languages:
            shown += [c for c in others if c not in shown]
        table = aligned_table(edition, [language, *others])
        for row in table["rows"]:
            translations = {
                lang: {
                    "anchors": [p["anchor"] for p in row["cells"][lang]],
                    "text": JOINER.get(lang, " ").join(p["text"] for p in row["cells"][lang]),
                }
                for lang in others
                if row["cells"].get(lang)
            }
            for p in row["cells"].get(language, []):
                entries.append(MemoryEntry(
                    edition.symbol,
                    EditionParagraph(p["anchor"], p["kind"], p["number"], p["text"]),
                    translations,
                ))
    found = closest_matches(
        paragraphs, entries, minimum=MINIMUM_MATCH if minimum is None else minimum
    )
    matches = []
    for paragraph, match in zip(paragraphs, found, strict=True):
        source = match.entry if match else None
        matches.append({
            "anchor": paragraph.anchor,
            "kind": paragraph.kind,
            "text": paragraph.text,
            "url": _reading_url(document.symbol, language, paragraph.anchor),
            "match": match.match if match else 0,
            "source": {
                "symbol": source.source,
                "anchor": source.paragraph.anchor,
                "text": source.paragraph.text,
                "url": _reading_url(source.source, language, source.paragraph.anchor),
            } if source else None,
            "translations": dict(source.translations) if source else {},
        })
    return {
        "symbol": document.symbol,
        "language": language,
        "languages": [c for c in shown if c != language],
        "since": [e.symbol for e in earlier if language in _languages(e)],
        "minimum": MINIMUM_MATCH if minimum is None else minimum,
        "matches": matches,
    }
