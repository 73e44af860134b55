"""diffnews.similarity on real sentences: range, symmetry, and the robustness the engine needs."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffnews import Config, similarity
from diffnews.similarity import Vocabulary, score, score_matrix
from diffnews.text import tokenize

MATCH = Config().match
AMIRI = "By December 31, 2021, no foreign forces should remain in Iraq, Al-Amiri told reporters in Baghdad."


def test_identical_is_one_and_disjoint_is_zero() -> None:
    assert similarity(AMIRI, AMIRI) == 1.0
    assert similarity(AMIRI, "The ferry timetable changes in spring.") == 0.0


def test_normalisation_case_quotes_spaces_and_inflection() -> None:
    a = "Macron’s “decision” angered the militias."
    b = 'macron\'s "decisions"\u00a0angered the MILITIA.'
    assert similarity(a, b) == 1.0


def test_decomposed_accents_are_the_same_words() -> None:
    import unicodedata

    text = "The mayor of Besançon met the prefect in Orléans."
    assert similarity(unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)) == 1.0


def test_sentences_of_function_words_only_still_match() -> None:
    assert similarity("It is what it is.", "It is what it is.") == 1.0
    assert similarity("No.", "No.") == 1.0
    assert similarity("It is what it is.", "The ferry timetable changes.") == 0.0


def test_a_negation_is_not_the_same_sentence() -> None:
    assert similarity("He was killed in the attack.", "He was not killed in the attack.") < 0.9


def test_reordered_clauses_score_as_the_original() -> None:
    reordered = (
        "Al-Amiri told reporters in Baghdad that no foreign forces should remain in Iraq "
        "by December 31, 2021."
    )
    assert similarity(AMIRI, reordered) == 1.0


def test_a_clause_of_a_longer_sentence_still_matches() -> None:
    long = (
        "Al-Amiri, who leads both a political Fatih alliance and the armed Badr Organization in Iraq, "
        "referred to comments made by French President Emmanuel Macron during a visit to Iraq."
    )
    clause = "Amiri is head of the political Fatih alliance and the armed Badr Organization."
    assert similarity(long, clause) >= MATCH


@pytest.mark.parametrize("headline", ["Iraq troops", "Foreign troops leave", "Troops must leave Iraq"])
def test_a_short_headline_does_not_match_a_long_sentence_containing_its_words(headline: str) -> None:
    long = "The militia leader said all foreign troops must leave Iraq by the end of the year, says Rudaw."
    assert similarity(headline, long) < MATCH


def test_unrelated_sentences_on_the_same_story_stay_apart() -> None:
    a = "It is not clear if this will result in a reduction of troop numbers."
    b = "France currently contributes 800 military personnel to Iraq’s international troop coalition."
    assert similarity(a, b) < MATCH


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
    assert value == similarity(b, a)


def test_matrix_agrees_with_pairwise_score() -> None:
    vocabulary = Vocabulary(tokenize(s) for s in SENTENCES)
    bags = [vocabulary.bag(tokenize(s)) for s in SENTENCES]
    matrix = score_matrix(bags[:3], bags[2:])
    expected = np.array([[score(a, b) for b in bags[2:]] for a in bags[:3]])
    assert np.allclose(matrix, expected, rtol=0, atol=1e-12)
