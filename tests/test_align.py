"""The matching step: a global optimum, checked against brute force, and not first-come greedy."""

from __future__ import annotations

import itertools
from random import Random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffnews import Config
from diffnews.aligning.align import _passages
from diffnews.aligning.features import Bag
from diffnews.aligning.matching import _match
from diffnews.aligning.regroup import _State
from diffnews.reading.segment import segment
from tests.cases import case_bags, cases, text_bags


def fixture_sentences() -> list[list[str]]:
    """Every fixture's sentences, left sides and right sides."""
    texts = [[c.left for c in cases()], [c.right for c in cases()]]
    return [[t[s.start : s.end] for t in side for s in segment(t)] for side in texts]


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


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda rows: st.integers(1, 5).flatmap(
            lambda cols: st.lists(
                st.lists(
                    st.one_of(st.none(), st.floats(0.4, 1, allow_nan=False)), min_size=cols, max_size=cols
                ),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_matching_finds_the_best_total(scores: list[list[float | None]]) -> None:
    # None is no edge. Both solvers (the Hungarian method on small components, the sparse one
    # on large) must find the heaviest matching of the edges, whatever the shape of the graph
    # (several components, sentences with no edge, more rows than columns).
    n, m = len(scores), len(scores[0])
    edges = {(i, j) for i in range(n) for j in range(m) if scores[i][j] is not None}
    matrix = {(i, j): scores[i][j] for i, j in edges}
    weights = [[(scores[i][j] or 0.4) - 0.4 for j in range(m)] for i in range(n)]
    for small in (1024, 0):
        pairs = _match(edges, matrix, n, m, 0.4, small)  # type: ignore[arg-type]
        assert set(pairs) <= edges
        assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
        assert sum(weights[i][j] for i, j in pairs) == pytest.approx(brute_force(weights), abs=1e-6)


def test_both_solvers_give_the_same_alignment() -> None:
    """On every fixture's sentences read as one document a side, whose graph has components of
    several sizes, solving them all by the sparse method or all by the dense one gives the
    same pairs."""
    left, right = text_bags(*(" ".join(side) for side in fixture_sentences()))
    config = Config()
    passages = _passages(left, right, config.candidate, config)
    n, m, floor = len(left), len(right), config.candidate
    dense = _match(set(passages), passages, n, m, floor, 10**9)
    assert len(dense) > 20
    assert dense == _match(set(passages), passages, n, m, floor, 0)


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


def _scan(state: _State, edges: set[tuple[int, int]]) -> None:
    """Step 2 by its plain definition: every round, compute the gain of every move afresh,
    scanning the moves in edge order ((i, j), left side first), and make the first unless a
    later one gains more by over 1e-9."""
    for _ in range(len(state.left) + len(state.right)):
        best: tuple[float, str, int, int] | None = None
        for i, j in sorted(edges):
            for side, u, y in (("left", i, j), ("right", j, i)):
                key = state._key(side, u, y)
                gain = None if key is None else state._gain(side, u, key[2])
                if gain is not None and key is not None and (best is None or gain > best[0] + 1e-9):
                    best = (gain, side, u, key[2])
        if best is None:
            return
        state.move(*best[1:])


def _step_two(left: list[Bag], right: list[Bag], config: Config, plain: bool) -> list[tuple[object, ...]]:
    passages = _passages(left, right, config.candidate / 2, config)
    edges = {p for p, value in passages.items() if value >= config.candidate}
    state = _State(left, right, config)
    for i, j in _match(edges, passages, len(left), len(right), config.candidate):
        state.add((i,), (j,))
    if plain:
        _scan(state, set(passages))
    else:
        state.split_and_merge(set(passages))
    return sorted((g.left, g.right, g.score) for g in state.groups.values())


@pytest.mark.parametrize("join", [0.5, 0.2])
@pytest.mark.parametrize("name", [c.name for c in cases()])
def test_split_and_merge_makes_the_moves_a_full_rescan_makes(name: str, join: float) -> None:
    """Step 2 keeps its candidate moves in a heap and recomputes only those the last move
    touched; it must end where rescanning every move each round ends, on every fixture (a low
    ``join`` allows many more moves)."""
    left, right = case_bags(next(c for c in cases() if c.name == name))
    config = Config(join=join)
    assert _step_two(left, right, config, plain=False) == _step_two(left, right, config, plain=True)


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_split_and_merge_on_shuffled_fixtures(random: Random) -> None:
    """The same on bigger, shuffled documents made of every fixture's sentences, where the
    moves interact more (several candidate groups per sentence)."""
    sides = fixture_sentences()
    for side in sides:
        random.shuffle(side)
    left, right = text_bags(" ".join(sides[0][:60]), " ".join(sides[1][:60]))
    config = Config(join=random.choice([0.5, 0.3]))
    steps = _step_two(left, right, config, plain=False)
    assert steps == _step_two(left, right, config, plain=True)


def test_a_news_story_is_aligned_without_importing_scipy() -> None:
    """scipy.sparse takes about 0.4 s to import; a story of news length never needs it, so
    diffnews compare and check on one start no slower for it."""
    from tests.test_lazy_nltk import python

    out = python(
        """
        import sys
        from pathlib import Path
        import diffnews
        left, right = (Path("fixtures/amiri-troops") / n for n in ("aggregator.txt", "rudaw.txt"))
        report = diffnews.compare(left.read_text(encoding="utf-8"), right.read_text(encoding="utf-8"))
        print(bool(report.pairs), any(m == "scipy" or m.startswith("scipy.") for m in sys.modules))
        """
    )
    assert out.split() == ["True", "False"]


@pytest.mark.parametrize(
    ("left", "right", "config", "expected"),
    [
        # a group of value exactly 0 dissolves, so one move has two heap entries of equal gain,
        # one with no old group and one with: they must never be compared by key (a TypeError)
        (
            "Qfbax qfcax qfdax qffax qfgax qfhax. Qbcax qbdax qbfax qbgax qcbax qccax qcdax qcfax "
            "qcgax qchax. Qgbax qgcax qgdax qgfax qggax qghax qdbax qdcax qddax qdfax qdgax qdhax.",
            "Qfbax qfcax qfdax qffax qfgax qfhax qcbax qccax qcdax qcfax qcgax qchax. Qbcax qbdax "
            "qbfax qbgax qdbax qdcax qddax qdfax qdgax qdhax. Qgbax qgcax qgdax qgfax qggax qghax.",
            Config(),
            [(("L1", "L2"), ("R1",)), (("L3",), ("R2", "R3"))],
        ),
        # two gains equal but for rounding (2 ulp apart): the first move in edge order is made,
        # as a scan keeping the first unless a later one gains more by over 1e-9 makes it
        (
            "Qbdax qbfax qbbax qbkax qbmax qbhax qbcax qbmax. Qbbax qbhax qbcax.",
            "Qbjax qbhax qbmax qbmax qbfax qbgax. Qbcax qbhax qbkax. Qbbax qbmax qbdax qbfax qbhax "
            "qbhax. Qbcax qbgax qbcax qblax. Qbhax qbjax qbjax.",
            Config(candidate=0.4, join=0.25, short=2),
            [(("L1",), ("R2", "R3")), (("L2",), ("R5",))],
        ),
    ],
)
def test_step_two_ties_found_in_review(left: str, right: str, config: Config, expected: list[object]) -> None:
    import diffnews

    assert [(p.left, p.right) for p in diffnews.compare(left, right, config=config).pairs] == expected
