"""align_versions: structure first, then a banded monotone programme.

Checked on the sample resolution A/RES/75/16 as the real ingest pipeline
parses it (``documents.ingest.pipeline.parse_file`` on the shipped sample
corpus), on synthetic versions, on truncated and merged variants, and on
verbatim records.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from alignment.aligner import align_versions
from alignment.evaluate import body_anchor, evaluate, links_to_anchor_pairs, load_gold
from alignment.synthetic import synthetic_versions
from alignment.units import AlignParagraph, Link
from documents.ingest.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "alignment" / "gold" / "A-RES-75-16.json"
CORPUS = ROOT / "documents" / "sample_corpus"


def assert_partition(pivot, other, links):
    """Every paragraph of both sides is in exactly one link, links are
    monotone, at most two ids a side, confidences in [0, 1]."""
    p_ids = [i for link in links for i in link.pivot]
    o_ids = [i for link in links for i in link.other]
    assert sorted(p_ids) == sorted(p.id for p in pivot)
    assert sorted(o_ids) == sorted(p.id for p in other)
    assert p_ids == [p.id for p in pivot if p.id in set(p_ids)]
    assert o_ids == [p.id for p in other if p.id in set(o_ids)]
    for link in links:
        assert len(link.pivot) <= 2 and len(link.other) <= 2
        assert link.pivot or link.other
        assert 0.0 <= link.confidence <= 1.0
        assert link.method in ("structural", "anchors", "length", "manual")


def anchors(links, pivot, other):
    return links_to_anchor_pairs(
        links, {p.id: p.anchor for p in pivot}, {p.id: p.anchor for p in other}
    )


def body_shapes(links, pivot, other):
    """Shapes of the links that touch the preamble and operative part."""
    return [
        (sorted(p), sorted(o))
        for p, o in anchors(links, pivot, other)
        if any(body_anchor(a) for a in p | o)
    ]


def parsed_sample(lang: str) -> list[AlignParagraph]:
    """A/RES/75/16 in ``lang`` through the real pipeline, as the aligner's
    input (ids apart per language, so a link's sides cannot be confused)."""
    parsed = parse_file(CORPUS / f"A-RES-75-16.{lang}.txt", symbol="A/RES/75/16", language=lang)
    base = {"en": 0, "zh": 10_000, "ar": 20_000}[lang]
    return [
        AlignParagraph(
            id=base + k + 1,
            kind=p.kind,
            number=p.number,
            text=p.text,
            footnote_markers=tuple(r.marker for r in p.footnote_refs),
            anchor=p.anchor,
        )
        for k, p in enumerate(parsed.paragraphs)
    ]


@pytest.fixture(scope="module")
def sample():
    return {lang: parsed_sample(lang) for lang in ("en", "zh", "ar")}


def test_sample_parse_is_what_the_aligner_tests_assume(sample):
    """The body the tests below count on: intro, 29 preambular and 26
    operative paragraphs in en and zh, 28 preambular in ar (its pp-4 holds
    the English pp-4 and pp-5), footnote marks where the texts print them."""
    for lang, preambular in (("en", 29), ("zh", 29), ("ar", 28)):
        body = [p.anchor for p in sample[lang] if body_anchor(p.anchor)]
        assert body == (
            ["intro"]
            + [f"pp-{n}" for n in range(1, preambular + 1)]
            + [f"op-{n}" for n in range(1, 27)]
        ), lang
    marks = {
        lang: [(p.anchor, p.footnote_markers) for p in sample[lang] if p.footnote_markers]
        for lang in ("en", "ar")
    }
    assert marks["en"] == [
        ("pp-2", ("1",)), ("pp-5", ("2",)), ("pp-7", ("3", "4")),
        ("pp-12", ("5",)), ("pp-13", ("6",)),
    ]
    assert marks["ar"] == [
        ("pp-2", ("1",)), ("pp-4", ("2",)), ("pp-6", ("3", "4")),
        ("pp-11", ("5",)), ("pp-12", ("6",)),
    ]


# --- A/RES/75/16 -----------------------------------------------------------


def test_sample_en_zh_is_all_one_to_one(sample):
    en, zh = sample["en"], sample["zh"]
    links = align_versions(en, zh, pivot_lang="en", other_lang="zh")
    assert_partition(en, zh, links)
    shapes = body_shapes(links, en, zh)
    assert len(shapes) == 1 + 29 + 26
    assert all(p == o for p, o in shapes), [s for s in shapes if s[0] != s[1]]


def test_sample_en_ar_finds_the_merge_without_a_hint(sample):
    """ar pp-4 holds en pp-4 and pp-5; every other body link is 1:1."""
    en, ar = sample["en"], sample["ar"]
    links = align_versions(en, ar, pivot_lang="en", other_lang="ar")
    assert_partition(en, ar, links)
    shapes = body_shapes(links, en, ar)
    merges = [s for s in shapes if len(s[0]) != 1 or len(s[1]) != 1]
    assert merges == [(["pp-4", "pp-5"], ["pp-4"])]
    assert (["pp-6"], ["pp-5"]) in shapes and (["pp-29"], ["pp-28"]) in shapes


@pytest.mark.parametrize("lang", ["zh", "ar"])
def test_sample_f1_on_gold_is_perfect(sample, lang):
    gold = load_gold(GOLD)
    links = align_versions(sample["en"], sample[lang], pivot_lang="en", other_lang=lang)
    assert_partition(sample["en"], sample[lang], links)
    scores = evaluate(
        gold["pairs"][lang], anchors(links, sample["en"], sample[lang]), in_scope=body_anchor
    )
    assert scores == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_sample_merge_ranks_among_weakest(sample):
    en, ar = sample["en"], sample["ar"]
    links = align_versions(en, ar, pivot_lang="en", other_lang="ar")
    body = [
        lk
        for lk, pair in zip(links, anchors(links, en, ar), strict=True)
        if any(body_anchor(a) for a in pair[0] | pair[1])
    ]
    ranked = sorted(body, key=lambda lk: lk.confidence)
    merge = next(lk for lk in body if len(lk.pivot) == 2)
    assert merge in ranked[:3]
    one_to_one = [lk.confidence for lk in body if lk.shape == "1:1"]
    assert sum(one_to_one) / len(one_to_one) > 0.6


@pytest.mark.parametrize("lang", ["zh", "ar"])
@pytest.mark.parametrize("dropped", ["pp-2", "pp-11", "pp-20", "op-7", "op-26"])
def test_sample_dropped_paragraph_is_an_omission_not_a_shift(sample, lang, dropped):
    en, other = sample["en"], sample[lang]
    gold = load_gold(GOLD)["pairs"][lang]
    # Drop from the other side: the pivot paragraph(s) it held become 1:0.
    held = next(pair for pair in gold if dropped in pair[1])
    truncated = [p for p in other if p.anchor != dropped]
    links = align_versions(en, truncated, pivot_lang="en", other_lang=lang)
    assert_partition(en, truncated, links)
    predicted = anchors(links, en, truncated)
    expected = [pair for pair in gold if pair is not held]
    expected += [(frozenset([a]), frozenset()) for a in sorted(held[0])]
    assert evaluate(expected, predicted, in_scope=body_anchor)["f1"] == 1.0
    omission = next(
        lk
        for lk in links
        if not lk.other and lk.pivot[0] in {p.id for p in en if p.anchor in held[0]}
    )
    assert omission.confidence <= min(lk.confidence for lk in links if lk.shape == "1:1")


@pytest.mark.parametrize("dropped", ["pp-3", "pp-17", "op-12"])
def test_sample_paragraph_missing_from_pivot_is_zero_to_one(sample, dropped):
    en, zh = sample["en"], sample["zh"]
    truncated = [p for p in en if p.anchor != dropped]
    links = align_versions(truncated, zh, pivot_lang="en", other_lang="zh")
    assert_partition(truncated, zh, links)
    gold = [p for p in load_gold(GOLD)["pairs"]["zh"] if dropped not in p[0]]
    gold.append((frozenset(), frozenset([dropped])))
    assert evaluate(gold, anchors(links, truncated, zh), in_scope=body_anchor)["f1"] == 1.0


def test_sample_zh_against_ar_through_the_same_machinery(sample):
    """No English involved: zh as pivot for ar still finds the merge side."""
    zh, ar = sample["zh"], sample["ar"]
    links = align_versions(zh, ar, pivot_lang="zh", other_lang="ar")
    assert_partition(zh, ar, links)
    assert (["pp-4", "pp-5"], ["pp-4"]) in body_shapes(links, zh, ar)


def test_sample_without_kinds_still_aligns_by_content(sample):
    """A parser that classifies nothing (every kind "other", no numbers)
    leaves the programme to do all the work."""

    def flatten(ps):
        return [
            AlignParagraph(p.id, "other", "", p.text, p.footnote_markers, anchor=p.anchor)
            for p in ps
        ]

    en, ar = flatten(sample["en"]), flatten(sample["ar"])
    links = align_versions(en, ar, pivot_lang="en", other_lang="ar")
    gold = load_gold(GOLD)["pairs"]["ar"]
    scores = evaluate(gold, anchors(links, en, ar), in_scope=body_anchor)
    assert scores["f1"] >= 0.95


# --- the front matter ---------------------------------------------------------


def test_sample_header_is_weak_where_versions_differ(sample):
    """Neither zh nor ar prints "General Assembly"; zh has no "Distr." line
    either: those are omissions, not confident pairings or merges."""
    en = sample["en"]
    by_anchor = {p.anchor: p.id for p in en}
    for lang, agenda in (("zh", "议程项目 130(b)"), ("ar", "البند 130 (ب) من جدول الأعمال")):
        other = sample[lang]
        links = align_versions(en, other, pivot_lang="en", other_lang=lang)
        assert_partition(en, other, links)
        text = {p.id: p.text for p in other}
        agenda_link = next(lk for lk in links if by_anchor["h-4"] in lk.pivot)
        assert [text[i] for i in agenda_link.other] == [agenda]
        assert agenda_link.shape == "1:1" and agenda_link.confidence >= 0.5
        heading_ids = {p.id for p in en + other if p.kind in ("heading", "title")}
        for link in links:
            if set(link.pivot) | set(link.other) <= heading_ids and link.shape != "1:1":
                assert link.confidence < 0.5 and (not link.pivot or not link.other)
        general_assembly = next(lk for lk in links if by_anchor["h-1"] in lk.pivot)
        assert general_assembly.shape == "1:0"
        if lang == "ar":
            merge = [sorted(a) for pair in anchors(links, en, other) for a in pair if len(a) == 2]
            assert merge == [["pp-4", "pp-5"]]


# --- synthetic ----------------------------------------------------------------


def ids_shapes(links):
    return [(tuple(lk.pivot), tuple(o - 1_000_000 for o in lk.other)) for lk in links]


@pytest.mark.parametrize("lang", ["zh", "ar", "fr", "ru"])
@pytest.mark.parametrize("seed", [1, 2])
def test_synthetic_versions_align_one_to_one(lang, seed):
    pivot, other = synthetic_versions(300, other_lang=lang, seed=seed)
    links = align_versions(pivot, other, pivot_lang="en", other_lang=lang)
    assert_partition(pivot, other, links)
    assert ids_shapes(links) == [((p.id,), (p.id,)) for p in pivot]


@pytest.mark.parametrize("lang", ["zh", "ar"])
def test_synthetic_drops_and_merges(lang):
    """Random omissions on either side and merges on the other side come
    out as exactly those 1:0, 0:1 and 2:1 links, and rank weakest."""
    rng = random.Random(7)
    pivot, other = synthetic_versions(400, other_lang=lang, seed=3, operatives=0.0)
    drop_other = set(rng.sample(range(10, 390), 4))
    drop_pivot = set(rng.sample(sorted(set(range(10, 390)) - drop_other), 3))
    merge_at = sorted(
        set(rng.sample(range(10, 390), 12))
        - drop_other
        - drop_pivot
        - {k - 1 for k in drop_other | drop_pivot}
        - {k + 1 for k in drop_other | drop_pivot}
    )[:3]
    new_other = []
    k = 0
    while k < len(other):
        if k in drop_other:
            k += 1
            continue
        if k in merge_at and k + 1 not in drop_other:
            a, b = other[k], other[k + 1]
            joiner = "" if lang == "zh" else " "
            new_other.append(
                AlignParagraph(
                    a.id,
                    a.kind,
                    a.number,
                    a.text + joiner + b.text,
                    a.footnote_markers + b.footnote_markers,
                )
            )
            k += 2
            continue
        new_other.append(other[k])
        k += 1
    new_pivot = [p for k, p in enumerate(pivot) if k not in drop_pivot]
    links = align_versions(new_pivot, new_other, pivot_lang="en", other_lang=lang)
    assert_partition(new_pivot, new_other, links)
    expected = []
    for k in range(len(pivot)):
        if k - 1 in merge_at and k - 1 not in drop_pivot:
            continue
        if k in drop_other:
            if k not in drop_pivot:
                expected.append(((k + 1,), ()))
        elif k in drop_pivot:
            expected.append(((), (k + 1,)))
        elif k in merge_at:
            expected.append(((k + 1, k + 2), (k + 1,)))
        else:
            expected.append(((k + 1,), (k + 1,)))
    scores = evaluate(expected, ids_shapes(links))
    assert scores["f1"] >= 0.98, scores
    odd = [lk for lk in links if lk.shape != "1:1"]
    ranked = sorted(links, key=lambda lk: lk.confidence)
    assert set(map(id, odd)) <= set(map(id, ranked[: len(odd) + 5]))


def test_operatives_pinned_by_number_even_with_a_missing_one():
    pivot, other = synthetic_versions(60, other_lang="zh", seed=5, operatives=1.0)
    other = [p for p in other if p.number != "30"]
    links = align_versions(pivot, other, pivot_lang="en", other_lang="zh")
    assert ((30,), ()) in ids_shapes(links)
    assert all(lk.method == "structural" for lk in links if lk.shape == "1:1")


def test_empty_sides():
    pivot, _ = synthetic_versions(5, seed=1)
    links = align_versions(pivot, [], pivot_lang="en", other_lang="zh")
    assert [lk.shape for lk in links] == ["1:0"] * 5
    assert align_versions([], [], pivot_lang="en", other_lang="zh") == []


def test_returns_links():
    pivot, other = synthetic_versions(3, seed=1)
    assert all(
        isinstance(lk, Link)
        for lk in align_versions(pivot, other, pivot_lang="en", other_lang="zh")
    )
