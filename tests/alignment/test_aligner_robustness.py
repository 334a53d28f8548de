"""align_versions never raises: any two lists of paragraphs, however unlike
(a Chinese text stored as the English version, a version with sections the
other lacks), come out as a partition of both sides into monotone links."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import alignment.aligner as aligner
from alignment.aligner import BAND, align_versions
from alignment.synthetic import synthetic_versions
from alignment.units import AlignParagraph
from documents.ingest.types import PARAGRAPH_KINDS
from tests.alignment.test_aligner import assert_partition

WORDS = ("Recalling", "资料", "قرار", "резолюция", "item", "A/75/L.27", "2020", "(b)", "75/16")


@st.composite
def paragraphs(draw, base: int) -> list[AlignParagraph]:
    count = draw(st.integers(0, 40))
    result = []
    for k in range(count):
        kind = draw(st.sampled_from(PARAGRAPH_KINDS))
        number = ""
        if kind == "operative":
            number = str(draw(st.integers(1, 8)))
        elif kind == "sub_paragraph":
            number = draw(st.sampled_from(["(a)", "(b)", "(ب)", "б)", "(3)", "(i)"]))
        words = draw(st.lists(st.sampled_from(WORDS), max_size=12))
        filler = "x" * draw(st.integers(0, 400))
        turn = draw(st.integers(0, 4)) if kind == "speaker_turn" else None
        result.append(
            AlignParagraph(
                id=base + k,
                kind=kind,
                number=number,
                text=" ".join(words) + " " + filler,
                turn=turn,
                speaker="Mr. Smith" if turn is not None else "",
            )
        )
    return result


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pivot=paragraphs(0), other=paragraphs(100_000), lang=st.sampled_from(["zh", "ar", "fr"]))
def test_any_two_versions_align_without_error(pivot, other, lang):
    links = align_versions(pivot, other, pivot_lang="en", other_lang=lang)
    assert_partition(pivot, other, links)


def _para(pid, kind, text, number=""):
    return AlignParagraph(pid, kind, number, text)


def test_section_found_on_one_side_only_longer_than_the_band():
    """The crash behind the API's 500: the other side has a long section
    (here operative paragraphs) the pivot lacks between two shared ones."""
    pivot = [_para(1, "heading", "General Assembly")] + [
        _para(2 + k, "preambular", f"Recalling its resolution {k}/1,") for k in range(3)
    ]
    other = [_para(101, "heading", "大会")]
    other += [_para(102 + k, "operative", f"{k}. 决定……", str(k)) for k in range(1, 3 * BAND)]
    other += [_para(200 + k, "preambular", f"回顾其第 {k}/1 号决议，") for k in range(3)]
    links = align_versions(pivot, other, pivot_lang="en", other_lang="zh")
    assert_partition(pivot, other, links)
    assert [(lk.pivot, lk.other) for lk in links if lk.pivot and lk.other][-3:] == [
        ((2,), (200,)),
        ((3,), (201,)),
        ((4,), (202,)),
    ]


def test_versions_that_do_not_correspond_still_align():
    """A Chinese resolution stored as the English version of another."""
    pivot, _ = synthetic_versions(40, other_lang="zh", seed=1, operatives=0.5)
    _, other = synthetic_versions(90, other_lang="zh", seed=2, operatives=0.0)
    other = [_para(p.id, "heading" if k < 30 else p.kind, p.text) for k, p in enumerate(other)]
    links = align_versions(pivot, other, pivot_lang="en", other_lang="en")
    assert_partition(pivot, other, links)


def test_band_is_widened_when_it_does_not_connect(monkeypatch):
    pivot, other = synthetic_versions(30, other_lang="zh", seed=4, operatives=0.0)
    expected = align_versions(pivot, other, pivot_lang="en", other_lang="zh")
    real = aligner._banded_dp
    bands = []

    def narrow_band_fails(*args, band, **kwargs):
        bands.append(band)
        return None if band == BAND else real(*args, band=band, **kwargs)

    monkeypatch.setattr(aligner, "_banded_dp", narrow_band_fails)
    links = align_versions(pivot, other, pivot_lang="en", other_lang="zh")
    assert bands[0] == BAND and bands[1] > BAND
    assert links == expected


def _assert_in_order_fallback(pivot, other, links):
    assert_partition(pivot, other, links)
    pairs = [(lk.pivot, lk.other) for lk in links]
    n = min(len(pivot), len(other))
    assert pairs[:n] == [((p.id,), (o.id,)) for p, o in zip(pivot, other, strict=False)]
    assert all(not lk.pivot or not lk.other for lk in links[n:])
    assert all(lk.confidence < 0.3 and lk.method == "length" for lk in links)


@pytest.mark.parametrize("sizes", [(12, 7), (5, 9), (6, 6)])
def test_no_path_at_all_falls_back_to_pairing_in_order(monkeypatch, sizes):
    pivot, other = synthetic_versions(max(sizes), other_lang="zh", seed=6, operatives=0.0)
    pivot, other = pivot[: sizes[0]], other[: sizes[1]]
    monkeypatch.setattr(aligner, "_banded_dp", lambda *a, **k: None)
    _assert_in_order_fallback(
        pivot, other, align_versions(pivot, other, pivot_lang="en", other_lang="zh")
    )


def test_pins_that_cannot_all_be_kept_give_no_path_not_an_error():
    pivot, other = synthetic_versions(8, other_lang="zh", seed=1, operatives=0.0)
    model = aligner._Aligner("en", "zh")
    p_units = [model.unit(p, "en") for p in pivot]
    o_units = [model.unit(p, "zh") for p in other]
    assert aligner._monotone_dp(p_units, o_units, model.scorer, pins={0: 5, 1: 2}) is None


def test_an_unexpected_error_falls_back_to_pairing_in_order(monkeypatch):
    pivot, other = synthetic_versions(10, other_lang="zh", seed=3)
    other = other[:8]

    def broken(self, pivot, other):
        raise ValueError("bug")

    monkeypatch.setattr(aligner._Aligner, "align", broken)
    _assert_in_order_fallback(
        pivot, other, align_versions(pivot, other, pivot_lang="en", other_lang="zh")
    )
