"""Search: paragraphs whose text contains a query, each with the paragraphs
aligned to it in the document's other languages. Shared by the search page
and the API; a constant number of queries whatever the number of hits.

Query and text are compared after the same normalisation, done in Python
for the query (``normalise``) and in PostgreSQL for the text
(``normalised``), both from the one table ``FOLD`` and the two patterns
below, so the two sides cannot drift:

* one character for another or for nothing: Arabic hamza forms of alif,
  alif maqsura, ta marbuta, tatweel and harakat; accented Latin letters;
  every kind of space;
* runs of spaces made one;
* no space next to a CJK character (Chinese is written without them).

Case is then ignored as before (``icontains``). A query that is a document
symbol (``A/RES/72/74``, ``S/RES/2532 (2020)`` as printed) also finds the
paragraphs citing that symbol (``cited_symbol``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from django.db.models import F, Func, Q, TextField, Value

from alignment.models import Link
from documents.ingest.symbols import is_symbol, normalise_symbol
from documents.models import FootnoteRef, Paragraph, Reference, Version
from documents.selectors import paragraph_dict


def _pairs(sources: str, target: str) -> dict[str, str]:
    return dict.fromkeys(sources, target)


# One character -> one character, or "" for none. Used by str.translate for
# the query and by PostgreSQL translate() for the text.
FOLD: dict[str, str] = {
    # Arabic: alif with hamza or madda and alif wasla, alif maqsura, ta marbuta
    **_pairs("\u0623\u0625\u0622\u0671", "\u0627"),
    "\u0649": "\u064a",
    "\u0629": "\u0647",
    # tatweel, harakat (fathatan .. wavy hamza below) and superscript alif
    **_pairs("\u0640" + "".join(map(chr, range(0x064B, 0x0660))) + "\u0670", ""),
    # Latin letters with accents
    **_pairs("ÀÁÂÃÄÅĀĂĄ", "A"), **_pairs("àáâãäåāăą", "a"),
    **_pairs("ÇĆĈĊČ", "C"), **_pairs("çćĉċč", "c"),
    **_pairs("ÈÉÊËĒĔĖĘĚ", "E"), **_pairs("èéêëēĕėęě", "e"),
    **_pairs("ÌÍÎÏĨĪĬĮİ", "I"), **_pairs("ìíîïĩīĭįı", "i"),
    **_pairs("ÑŃŅŇ", "N"), **_pairs("ñńņň", "n"),
    **_pairs("ÒÓÔÕÖØŌŎŐ", "O"), **_pairs("òóôõöøōŏő", "o"),
    **_pairs("ÙÚÛÜŨŪŬŮŰŲ", "U"), **_pairs("ùúûüũūŭůűų", "u"),
    **_pairs("ÝŸ", "Y"), **_pairs("ýÿ", "y"),
    # every space is a space; invisible characters are nothing
    **_pairs("\t\n\v\f\r\u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000", " "),
    **_pairs("".join(map(chr, range(0x2000, 0x200B))), " "),
    **_pairs("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
}
assert all(len(k) == 1 and len(v) <= 1 for k, v in FOLD.items())
_FROM = "".join(k for k, v in FOLD.items() if v) + "".join(k for k, v in FOLD.items() if not v)
_TO = "".join(v for v in FOLD.values() if v)
_TABLE = str.maketrans(FOLD)

# Patterns written the same in Python re and PostgreSQL regular expressions.
SPACES = " {2,}"
_CJK = "[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"  # literal characters
CJK_SPACE = f"(?<={_CJK}) | (?={_CJK})"


def normalise(text: str) -> str:
    """``text`` as it is compared (in Python): characters folded by FOLD,
    runs of spaces made one, no space next to a CJK character; NUL
    characters dropped, ends trimmed."""
    text = text.replace("\x00", "").translate(_TABLE)
    return re.sub(CJK_SPACE, "", re.sub(SPACES, " ", text)).strip()


def normalised(expression):
    """The database expression of ``normalise`` (without the trimming,
    which does not change what a text contains)."""
    folded = Func(expression, Value(_FROM), Value(_TO), function="translate",
                  output_field=TextField())
    for pattern, replacement in ((SPACES, " "), (CJK_SPACE, "")):
        folded = Func(folded, Value(pattern), Value(replacement), Value("g"),
                      function="regexp_replace", output_field=TextField())
    return folded


def match_spans(text: str, q: str) -> list[tuple[int, int]]:
    """Where ``q`` matches in ``text`` under the search's normalisation (and
    any case): (start, end) offsets in ``text``, for highlighting."""
    needle = normalise(q).lower()
    if not needle:
        return []
    kept: list[tuple[int, str]] = []  # (offset in text, folded character)
    for i, c in enumerate(text):
        c = c.translate(_TABLE)
        if c and not (c == " " and kept and kept[-1][1] == " "):
            lower = c.lower()
            kept.append((i, lower if len(lower) == 1 else c))
    folded = "".join(c for _, c in kept)
    drop = {m.start() for m in re.finditer(CJK_SPACE, folded)}
    kept = [k for n, k in enumerate(kept) if n not in drop]
    folded = "".join(c for _, c in kept)
    spans, start = [], 0
    while (found := folded.find(needle, start)) >= 0:
        end = found + len(needle)
        spans.append((kept[found][0], kept[end - 1][0] + 1))
        start = end
    return spans


def cited_symbol(q: str) -> str:
    """The stored form of ``q``, in capitals, when it is a document symbol
    in any case ("s/res/2532 (2020)" -> "S/RES/2532(2020)"; see
    ``documents.ingest.symbols``), else "". References are compared with it
    without regard to case."""
    symbol = normalise_symbol(q.upper())
    return symbol if is_symbol(symbol) else ""


def search_paragraphs(q: str, language: str = ""):
    """Paragraphs of published versions whose text contains ``q`` (any case,
    normalised on both sides, see the module's docstring), or that cite
    ``q`` when it is a document symbol; in symbol, language and reading
    order. A queryset, for the paginator."""
    needle = normalise(q)
    condition = Q(folded__icontains=needle) if needle else Q(pk__in=[])
    symbol = cited_symbol(needle)
    if symbol:
        condition |= Q(
            pk__in=Reference.objects.filter(
                symbol__iexact=symbol, paragraph__isnull=False
            ).values("paragraph_id")
        )
    hits = Paragraph.objects.alias(folded=normalised(F("text"))).filter(
        condition, version__status=Version.Status.PUBLISHED
    )
    if language:
        hits = hits.filter(version__language=language)
    return hits.select_related("version__document", "turn").order_by(
        "version__document__symbol", "version__language", "order"
    )


def _links_touching(ids: set[int], *, pivot_only: bool = False) -> list[Link]:
    if not ids:
        return []
    condition = Q(pivot_first__in=ids) | Q(pivot_second__in=ids)
    if not pivot_only:
        condition |= Q(other_first__in=ids) | Q(other_second__in=ids)
    return list(Link.objects.filter(condition))


def search_hits(hits: list[Paragraph]) -> list[dict]:
    """Each hit with the paragraphs aligned to it in the document's other
    published languages, through the links to the pivot: five queries,
    whatever the number of hits or languages.

    A hit in the pivot version stands for itself; a hit in another version
    stands for the pivot paragraphs it is linked to. The aligned paragraphs
    of a language are those linked to these pivot paragraphs (so a merge
    shows the one paragraph covering two).
    """
    hit_ids = {p.id for p in hits}
    pivot_of_hit: dict[int, set[int]] = {}
    first_links = _links_touching(hit_ids)
    for p in hits:
        if p.version.language == p.version.document.pivot_language:
            pivot_of_hit[p.id] = {p.id}
        else:
            pivot_of_hit[p.id] = {
                i for link in first_links if p.id in link.other_ids for i in link.pivot_ids
            }
    pivot_ids = set().union(*pivot_of_hit.values()) if pivot_of_hit else set()
    links = _links_touching(pivot_ids, pivot_only=True)
    group_of_hit = {
        hit: pivots | {i for link in links if set(link.pivot_ids) & pivots for i in link.other_ids}
        for hit, pivots in pivot_of_hit.items()
    }
    wanted = set().union(*group_of_hit.values()) if group_of_hit else set()
    wanted |= hit_ids
    refs: dict[int, list[FootnoteRef]] = defaultdict(list)
    for ref in (
        FootnoteRef.objects.filter(paragraph_id__in=wanted)
        .select_related("footnote")
        .order_by("paragraph_id", "offset")
    ):
        refs[ref.paragraph_id].append(ref)
    paragraphs = {
        p.id: (p.version.language, p.order, paragraph_dict(p, refs[p.id]))
        for p in Paragraph.objects.filter(
            id__in=wanted, version__status=Version.Status.PUBLISHED
        ).select_related("version", "turn")
    }
    results = []
    for p in hits:
        aligned: dict[str, list[tuple[int, dict]]] = defaultdict(list)
        for i in group_of_hit[p.id]:
            if i in paragraphs and paragraphs[i][0] != p.version.language:
                language, order, data = paragraphs[i]
                aligned[language].append((order, data))
        symbol = p.version.document.symbol
        results.append(
            {
                "symbol": symbol,
                "language": p.version.language,
                "paragraph": paragraphs[p.id][2] if p.id in paragraphs else paragraph_dict(p, []),
                "aligned": {
                    lang: [data for _, data in sorted(cells, key=lambda c: c[0])]
                    for lang, cells in sorted(aligned.items())
                },
                "url": f"/{symbol}/?langs={p.version.language}#{p.version.language}-{p.anchor}",
            }
        )
    return results
