"""The length model expects translations of calibrated relative length."""

from alignment.lengths import length_model, text_length


def test_text_length_counts_letters_only():
    assert text_length("第 37/4 号决议， 2016") == 4
    assert text_length("Recalling 37/4,") == 9


def test_expected_lengths_fit_better_than_unexpected_ones():
    zh = length_model("en", "zh")
    assert zh.probability(1000, 270) > 0.9
    assert zh.probability(1000, 1000) < 1e-6
    ar = length_model("en", "ar")
    assert ar.cost(500, 410) < ar.cost(500, 200)


def test_pair_models_are_consistent_both_ways():
    assert abs(length_model("zh", "en").ratio * length_model("en", "zh").ratio - 1) < 1e-9
