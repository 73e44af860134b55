"""diffnews.similarity on real sentences: range, symmetry, and the robustness the engine needs."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffnews import Config, compare, similarity
from diffnews.aligning.candidates import passage_matrix, passage_pairs
from diffnews.aligning.features import FEATURES, Bag, Vocabulary, containment, passage
from diffnews.aligning.models import Model, default_model, score, score_matrix, score_pairs
from diffnews.reading.text import tokenize
from tests.cases import case_bags, cases, text_bags

MATCH = Config().match
AMIRI = "By December 31, 2021, no foreign forces should remain in Iraq, Al-Amiri told reporters in Baghdad."


def bags(*texts: str) -> list[Bag]:
    """Bags as ``compare()`` makes them: one vocabulary, weights from these texts."""
    vocabulary = Vocabulary(tokenize(t) for t in texts)
    return [vocabulary.bag(tokenize(t)) for t in texts]


def test_identical_is_one_and_unrelated_is_low() -> None:
    assert similarity(AMIRI, AMIRI) == 1.0
    assert similarity(AMIRI, "The ferry timetable changes in spring.") < 0.25
    a, b = bags(AMIRI, "The ferry timetable changes in spring.")
    assert score(a, a) == 1.0 and score(a, b) < 0.01 and passage(a, b) == 0.0


def test_normalisation_case_quotes_and_spaces() -> None:
    a = "Macron’s “decision” angered the militias."
    assert similarity(a, 'macron\'s "decision"\u00a0angered the MILITIAS') == 1.0
    assert similarity(a, 'Macron’s "decisions" angered the militia.') >= 0.8  # inflection: close


def test_decomposed_accents_are_the_same_words() -> None:
    import unicodedata

    text = "The mayor of Besançon met the prefect in Orléans."
    assert similarity(unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)) == 1.0


def test_nothing_in_common_is_zero_lexically() -> None:
    assert similarity("", "Troops leave Iraq") == 0.0
    assert similarity("Yes", "No") == 0.0 and similarity("a", "b") == 0.0


def test_leftovers_need_some_words_in_common() -> None:
    report = compare(
        "Oil prices rose sharply on Monday. Markets fell.", "Heavy rain hit the coast on Monday. Rain fell."
    )
    assert not any(p.left == ("L2",) for p in report.pairs)


def test_sentences_of_function_words_only_still_match() -> None:
    assert similarity("It is what it is.", "It is what it is.") == 1.0
    assert similarity("No.", "No.") == 1.0
    assert similarity("It is what it is.", "The ferry timetable changes.") < 0.25


def test_a_negation_is_not_the_same_sentence() -> None:
    assert similarity("He was killed in the attack.", "He was not killed in the attack.") < 0.9


def test_reordered_clauses_stay_close_and_match() -> None:
    reordered = (
        "Al-Amiri told reporters in Baghdad that no foreign forces should remain in Iraq "
        "by December 31, 2021."
    )
    assert similarity(AMIRI, reordered) >= 0.8
    a, b = bags(AMIRI, reordered)
    assert score(a, b) >= MATCH and passage(a, b) == 1.0


def test_a_clause_of_a_longer_sentence_is_proposed_and_kept_as_an_excerpt() -> None:
    long = (
        "Al-Amiri, who leads both a political Fatih alliance and the armed Badr Organization in Iraq, "
        "referred to comments made by French President Emmanuel Macron during a visit to Iraq."
    )
    clause = "Amiri is head of the political Fatih alliance and the armed Badr Organization."
    a, b = bags(long, clause)
    assert passage(a, b) >= Config().candidate and containment(a, b) >= Config().excerpt
    assert score(a, b) < MATCH  # not a paraphrase: the long one says much more


@pytest.mark.parametrize("headline", ["Iraq troops", "Foreign troops leave", "Troops must leave Iraq"])
def test_a_short_headline_does_not_match_a_long_sentence_containing_its_words(headline: str) -> None:
    long = "The militia leader said all foreign troops must leave Iraq by the end of the year, says Rudaw."
    a, b = bags(headline, long)
    assert score(a, b) < MATCH and passage(a, b) < Config().candidate


def test_unrelated_sentences_on_the_same_story_stay_apart() -> None:
    a, b = bags(
        "It is not clear if this will result in a reduction of troop numbers.",
        "France currently contributes 800 military personnel to Iraq’s international troop coalition.",
    )
    assert score(a, b) < MATCH and passage(a, b) < Config().candidate


def test_a_changed_number_still_aligns_so_that_it_can_be_shown() -> None:
    report = compare(
        "Militants killed 12 people in an attack on a market in Kirkuk on Sunday, police said.",
        "Militants killed 21 people in an attack on a market in Kirkuk on Sunday, police said.",
    )
    assert len(report.pairs) == 1 and report.pairs[0].changed_left


def test_the_shipped_model_fits_the_features_and_round_trips() -> None:
    model = default_model()
    assert model.features == FEATURES and "MRPC" in model.trained_on and "STS-B" in model.trained_on
    assert Model.from_dict(json.loads(json.dumps(model.to_dict()))) == model
    broken = {**model.to_dict(), "mean": model.mean[:-1]}
    with pytest.raises(ValueError, match="retrain"):
        Model.from_dict(broken)


SENTENCES = [
    AMIRI,
    "There are currently 3,500 foreign soldiers in Iraq, 2,500 of them Americans.",
    "The summit was attended by Iraqi government officials and the Emir of Qatar.",
    "Property taxes will rise by 2.5 percent, the first increase since 2019.",
    "Iraq troops",
    "“No matter the choice the US makes, we will maintain our presence,” he said.",
]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SENTENCES), st.sampled_from(SENTENCES))
def test_range_and_symmetry(a: str, b: str) -> None:
    value = similarity(a, b)
    assert 0.0 <= value <= 1.0
    assert value == pytest.approx(similarity(b, a), abs=1e-12)
    x, y = bags(a, b)
    for measure in (score, passage):
        assert 0.0 <= measure(x, y) <= 1.0
        assert measure(x, y) == pytest.approx(measure(y, x), abs=1e-12)


def test_matrices_agree_with_pairwise_scores() -> None:
    all_bags = bags(*SENTENCES)
    for matrix, pairwise in ((score_matrix, score), (passage_matrix, passage)):
        values = matrix(all_bags[:3], all_bags[2:])
        expected = np.array([[pairwise(a, b) for b in all_bags[2:]] for a in all_bags[:3]])
        assert np.allclose(values, expected, rtol=0, atol=1e-12)


@pytest.mark.parametrize("name", ["amiri-troops", "quote-edits", "changed-figures"])
def test_scoring_chosen_pairs_gives_the_matrix_bit_for_bit(name: str) -> None:
    """Alignment scores only the pairs it reads (score_pairs); they must be exactly the matrix's,
    so that skipping the rest cannot change a report."""
    left, right = case_bags(next(c for c in cases() if c.name == name))
    matrix = score_matrix(left, right)
    every = [(i, j) for i in range(len(left)) for j in range(len(right))]
    chosen = score_pairs(left, right, every)
    assert all(chosen[i, j] == matrix[i, j] for i, j in every)
    assert score_pairs(left, right, every[::7]) == {p: chosen[p] for p in every[::7]}


@pytest.mark.parametrize(
    ("floor", "share"), [(0.05, 0), (0.2, 0), (0.4, 0), (0.8, 0), (0.2, 0.5), (0.05, 0.9)]
)
def test_passage_pairs_finds_exactly_the_matrix_pairs_above_the_floor(floor: float, share: float) -> None:
    """The prefix filter may only skip pairs that cannot reach the floor (and the share of the
    smaller side's stems): on every fixture, the pairs it returns, and their values, are the
    matrix's, bit for bit."""
    from rapidfuzz.distance import LCSseq

    for case in cases():
        left, right = case_bags(case)
        matrix = passage_matrix(left, right)
        rows, cols = np.nonzero(matrix >= floor)
        expected = {
            (i, j): float(matrix[i, j])
            for i, j in zip(rows.tolist(), cols.tolist(), strict=True)
            if LCSseq.similarity(left[i].content, right[j].content)
            >= share * min(len(left[i].content), len(right[j].content))
        }
        assert passage_pairs(left, right, floor, share=share) == expected, case.name


def test_passage_pairs_in_small_blocks_gives_the_same_pairs_in_the_same_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Long documents are filtered a block of sentences (and of candidate pairs) at a time to
    bound memory. Blocks of 3 sentences and 7 pairs, so that every fixture spans several, give
    the pairs of one block, values and order included (alignment reads them in order)."""
    every = {case.name: case_bags(case) for case in cases()}
    joined = "\n\n".join(c.left for c in cases()), "\n\n".join(c.right for c in cases())
    every["all fixtures as one"] = text_bags(*joined)
    whole = {name: passage_pairs(*bags, 0.2, share=0.4) for name, bags in every.items()}
    monkeypatch.setattr("diffnews.aligning.candidates._BLOCK_SENTENCES", 3)
    monkeypatch.setattr("diffnews.aligning.candidates._BLOCK_PAIRS", 7)
    for name, bags in every.items():
        assert list(passage_pairs(*bags, 0.2, share=0.4).items()) == list(whole[name].items()), name
    assert len(whole["all fixtures as one"]) > 50


def test_passage_pairs_with_a_word_repeated_many_times_and_a_floor_of_zero() -> None:
    """Each copy of a repeated stem is its own item: a sentence that repeats a word 70 times
    must not have its copies run into the next stem's (the review found ids collide past 64).
    A floor of 0 or less gives every pair, as the matrix does."""
    words = [f"w{k}" for k in range(300)]
    left = [" ".join(words[k : k + 8]) + "." for k in range(0, 240, 8)]
    right = [" ".join(words[k + 2 : k + 10]) + "." for k in range(0, 240, 8)]
    left[3] = "zebra " * 70 + "alpha beta."
    right[7] = "zebra " * 70 + "gamma delta."
    left_bags, right_bags = text_bags(" ".join(left), " ".join(right))
    matrix = passage_matrix(left_bags, right_bags)
    for floor in (0.2, 0.5):
        rows, cols = np.nonzero(matrix >= floor)
        expected = {(i, j): float(matrix[i, j]) for i, j in zip(rows.tolist(), cols.tolist(), strict=True)}
        assert passage_pairs(left_bags, right_bags, floor) == expected
        assert 0.9 < expected[3, 7] <= 1
    every = passage_pairs(left_bags, right_bags, 0)
    assert len(every) == matrix.size and all(every[i, j] == matrix[i, j] for i, j in every)
