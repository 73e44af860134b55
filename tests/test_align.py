"""The matching step: a global optimum, checked against brute force, and not first-come greedy."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffnews.align import _hungarian_max, _match


def brute_force(weights: list[list[float]]) -> float:
    rows, cols = len(weights), len(weights[0])
    best = 0.0
    if rows <= cols:
        for perm in itertools.permutations(range(cols), rows):
            best = max(best, sum(weights[r][c] for r, c in enumerate(perm)))
    else:
        for perm in itertools.permutations(range(rows), cols):
            best = max(best, sum(weights[r][c] for c, r in enumerate(perm)))
    return best


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda rows: st.integers(1, 5).flatmap(
            lambda cols: st.lists(
                st.lists(st.floats(0, 1, allow_nan=False), min_size=cols, max_size=cols),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_hungarian_finds_the_best_total(weights: list[list[float]]) -> None:
    assignment = _hungarian_max(weights)
    assert len({r for r, _ in assignment}) == len(assignment) == len({c for _, c in assignment})
    total = sum(weights[r][c] for r, c in assignment)
    assert total == pytest.approx(brute_force(weights), abs=1e-9)


def test_global_not_greedy() -> None:
    # Greedy by score takes L0-R0 (0.90) and leaves L1 without a partner. The global optimum
    # gives L0 its second choice so both sentences align.
    matrix = np.array([[0.90, 0.85], [0.88, 0.10]])
    edges = {(i, j) for i in range(2) for j in range(2) if matrix[i, j] >= 0.4}
    assert _match(edges, matrix, 2, 2, 0.4) == [(0, 1), (1, 0)]


def test_one_strong_pair_beats_two_weak_ones() -> None:
    # Maximising (score - threshold) keeps the 0.95 pair: 0.55 > 0.05 + 0.05.
    matrix = np.array([[0.95, 0.45], [0.45, 0.0]])
    edges = {(i, j) for i in range(2) for j in range(2) if matrix[i, j] >= 0.4}
    assert _match(edges, matrix, 2, 2, 0.4) == [(0, 0)]


def test_repeated_sentences_pair_in_order_from_either_side() -> None:
    import diffnews

    quote = '"Last year the water came into our kitchen within two hours," said Petra Lind.'
    other = '"We have run this route for 40 years," chief executive Lars Henning said.'
    left = f"{quote} {quote}"
    right = f"{other} {other} {quote} {quote}"
    forward = [(p.left, p.right) for p in diffnews.compare(left, right).pairs]
    backward = [(p.left, p.right) for p in diffnews.compare(right, left).pairs]
    assert forward == [(("L1",), ("R3",)), (("L2",), ("R4",))]
    assert backward == [(("L3",), ("R1",)), (("L4",), ("R2",))]
