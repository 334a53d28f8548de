"""The translation memory in the reading view, on demand.

``/<symbol>/?langs=zh,en,ar&memory=1`` shows, under each paragraph of one
language (``lang``, default the first column), the closest paragraph of the
earlier editions of the document's series, its fuzzy match as a CAT tool
shows it (100 %, 95 %...) and how it was translated in the other columns
(every language of the earlier edition on a one-column page);
``memory=<older symbol>`` takes that edition only. The computation is
``documents.series.translation_memory``, the one the API's
``documents/<symbol>/memory/`` (and its TMX) serves.

Not in charge of caching: the reading view never serves or stores such a
page through the shared page cache (``views.reading``); it is rendered for
the request, private, with an ETag that names the earlier editions' stamps.

``memory_for`` finds the earlier editions and the language and
``compute_memory`` the matches (a constant number of queries: the series,
each earlier edition, the memory); ``memory_cells`` shapes what
``row_html`` prints under a paragraph; ``memory_panel`` what the page
prints above the rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy

from documents import selectors
from documents import series as editions
from documents.models import Document

ASK_PARAMETER = "memory"  # "1": every earlier edition; else an older symbol
LANGUAGE_PARAMETER = "lang"
EVERY_EARLIER_EDITION = "1"

NO_EARLIER_EDITION = gettext_lazy("{symbol} has no earlier edition to offer translations from.")
NOT_AN_EARLIER_EDITION = gettext_lazy("No translation memory: {reason}.")
NO_EARLIER_TEXT_IN = gettext_lazy("No earlier edition has a {language} version to match.")


@dataclass(frozen=True)
class MemoryAsk:
    """What the reader asked: which earlier editions, in which language."""

    since: str  # "" for every earlier edition of the series
    language: str  # "" for the first column's

    def query(self) -> dict[str, str]:
        """The parameters that ask for it again (links of the page)."""
        query = {ASK_PARAMETER: self.since or EVERY_EARLIER_EDITION}
        if self.language:
            query[LANGUAGE_PARAMETER] = self.language
        return query


def asked_memory(request) -> MemoryAsk | None:
    """``?memory=1`` or ``?memory=<older symbol>`` (and ``lang``); None when
    the page does not ask for the memory."""
    asked = request.GET.get(ASK_PARAMETER, "").replace("\x00", "").strip()[:100]
    if not asked or asked.lower() in ("0", "off"):
        return None
    language = request.GET.get(LANGUAGE_PARAMETER, "").strip().lower()[:8]
    return MemoryAsk("" if asked == EVERY_EARLIER_EDITION else asked.strip("/"), language)


def has_earlier_edition(document: Document) -> bool:
    """Whether the document follows another in a series (no query: the
    reading view's document comes with its edition)."""
    try:
        edition = document.edition
    except Document.edition.RelatedObjectDoesNotExist:
        return False
    return edition is not None and edition.previous_id is not None


@dataclass
class ReadingMemory:
    """The memory as the page needs it, or the notice that says why there
    is none (``memory`` None)."""

    ask: MemoryAsk
    language: str = ""
    memory: dict | None = None
    earlier: list[Document] = field(default_factory=list)
    notice: str = ""

    def stamps(self) -> list:
        """What the page's ETag must name besides the document's own stamp."""
        parts: list = [self.language, self.notice]
        for edition in self.earlier:
            stamp = selectors.freshness_of(edition)
            parts += [stamp.symbol, stamp.revision, stamp.changed_at.timestamp()]
        return parts


def memory_for(document: Document, columns: list[str], ask: MemoryAsk) -> ReadingMemory:
    """Where the translation memory of ``document`` comes from, for the
    reading view showing ``columns``: the earlier editions asked and the
    language to match in (``ask.language`` when a column shows it, else the
    first column with an earlier text), or the notice that says why there
    is none."""
    found = ReadingMemory(ask)
    series = editions.series_of(document)
    try:
        if ask.since:
            found.earlier = [editions.resolve_since(document, ask.since, series)]
        else:
            for symbol in editions.earlier_editions(document, series):
                try:
                    found.earlier.append(editions.published_document(symbol))
                except editions.EditionsError:
                    continue  # withdrawn since: the others still count
    except editions.EditionsError as error:
        found.notice = str(NOT_AN_EARLIER_EDITION).format(reason=error)
        return found
    if not found.earlier:
        found.notice = str(NO_EARLIER_EDITION).format(symbol=document.symbol)
        return found
    own = {v.language for v in document.versions.all()}
    earlier_languages = {v.language for e in found.earlier for v in e.versions.all()}
    # the language asked when a column shows it (the memory is printed under
    # its paragraphs), else the first column with an earlier text
    candidates = list(dict.fromkeys([ask.language, *columns] if ask.language in columns
                                    else columns))
    language = next((c for c in candidates if c in own and c in earlier_languages), "")
    if not language:
        from .pages import LANGUAGE_NAMES_TRANSLATED

        name = LANGUAGE_NAMES_TRANSLATED.get(candidates[0] if candidates else "", "")
        found.notice = str(NO_EARLIER_TEXT_IN).format(language=name or candidates[0])
        return found
    found.language = language
    return found


def compute_memory(found: ReadingMemory, document: Document, columns: list[str]) -> None:
    """Fill ``found.memory`` (resolved by ``memory_for``; after the
    conditional GET, so a 304 costs no matching): the matches, with their
    translations in the other columns (every language on a one-column page)."""
    if not found.language:
        return
    found.memory = editions.translation_memory(
        document, language=found.language, earlier=found.earlier,
        languages=[c for c in columns if c != found.language] if len(columns) > 1 else (),
    )


def memory_cells(found: ReadingMemory) -> dict[str, dict]:
    """Each paragraph's memory by its anchor in the matched language, as
    ``row_html`` prints it: ``{"match", "source": {...} | None,
    "translations": [{"code", "name", "dir", "anchors", "text"}]}``."""
    from .pages import language_info

    if not found.memory:
        return {}
    cells = {}
    languages = found.memory["languages"]
    for match in found.memory["matches"]:
        source = match["source"]
        cells[match["anchor"]] = {
            "match": match["match"],
            "source": {**source, **language_info(found.language)} if source else None,
            "translations": [
                {**language_info(code), "anchors": ", ".join(translation["anchors"]),
                 "text": translation["text"]}
                for code in languages
                if (translation := match["translations"].get(code)) and translation["text"]
            ],
        }
    return cells


def memory_panel(document: Document, columns: list[str], found: ReadingMemory | None,
                 page_base: str) -> dict | None:
    """The memory's line above the rows: what it is matched against, the
    languages it can be matched in, the TMX of its matches and the way back
    to the plain page; None on a page without the memory."""
    from .pages import LANGUAGE_NAMES_TRANSLATED, language_info

    if found is None:
        return None
    own = {v.language for v in document.versions.all()}
    earlier_languages = {v.language for e in found.earlier for v in e.versions.all()}
    since = found.ask.since
    tmx = None
    if found.memory:
        query = {"lang": found.language, "format": "tmx"}
        if since:
            query["since"] = found.earlier[0].symbol
        if found.memory["languages"]:
            query["langs"] = ",".join(found.memory["languages"])
        tmx = (f"/api/v1/documents/{quote(document.symbol, safe='/().-')}/memory/?"
               + urlencode(query))
    return {
        "language": language_info(found.language) if found.language else None,
        "language_name": LANGUAGE_NAMES_TRANSLATED.get(found.language, ""),
        "since": [e.symbol for e in found.earlier],
        "notice": found.notice,
        "matched": sum(1 for m in (found.memory or {}).get("matches", []) if m["source"]),
        "paragraphs": len((found.memory or {}).get("matches", [])),
        "options": [
            {**language_info(c), "current": c == found.language,
             "url": f"{page_base}&" + urlencode(MemoryAsk(since, c).query())}
            for c in columns if c in own and c in earlier_languages
        ],
        "tmx": tmx,
        "hide": page_base,
    }
