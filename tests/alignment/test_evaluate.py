"""evaluate compares links as (pivot set, other set) pairs."""

from pathlib import Path

from alignment.evaluate import body_anchor, evaluate, load_gold
from alignment.units import Link

GOLD = Path(__file__).resolve().parents[2] / "alignment" / "gold" / "A-RES-75-16.json"


def test_perfect_partial_and_wrong_merges():
    gold = [(["pp-1"], ["pp-1"]), (["pp-4", "pp-5"], ["pp-4"])]
    assert evaluate(gold, gold)["f1"] == 1.0
    split = [(["pp-1"], ["pp-1"]), (["pp-4"], ["pp-4"]), (["pp-5"], [])]
    scores = evaluate(gold, split)
    assert scores["precision"] == 1 / 3 and scores["recall"] == 1 / 2


def test_links_compare_by_id_and_scope_filters_front_matter():
    assert evaluate([Link((1,), (2,), 1.0, "manual")], [((1,), (2,))])["f1"] == 1.0
    predicted = [(["h-1"], []), (["pp-1"], ["pp-1"])]
    assert evaluate([(["pp-1"], ["pp-1"])], predicted, in_scope=body_anchor)["f1"] == 1.0
    assert evaluate([(["pp-1"], ["pp-1"])], predicted)["f1"] < 1.0


def test_gold_file_shape():
    gold = load_gold(GOLD)
    assert gold["symbol"] == "A/RES/75/16" and gold["pivot"] == "en"
    assert len(gold["pairs"]["zh"]) == 1 + 29 + 26
    assert len(gold["pairs"]["ar"]) == 1 + 28 + 26
    assert (frozenset({"pp-4", "pp-5"}), frozenset({"pp-4"})) in gold["pairs"]["ar"]
