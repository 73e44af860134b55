"""The fragment finder (fragments.py): tiles against brute force, and what counts as significant."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from diffnews.aligning.fragments import (
    _COMMON,
    FEWEST,
    PIECE,
    STOCK,
    Tile,
    pair_tiles,
    rarity,
    significant,
    tiles,
)
from diffnews.reading.text import Token, tokenize

WORDS = ["troops", "leave", "iraq", "the", "of", "year", "end", "talks", "by"]


def _sentences(words: Sequence[Sequence[str]]) -> list[list[Token]]:
    return [tokenize(" ".join(s)) for s in words]


def _brute(
    left: Sequence[Sequence[Token]], right: Sequence[Sequence[Token]], least: int
) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
    """Greedy String Tiling as Wise wrote it, exact runs only: over and over, the longest run of
    unmarked words that a sentence of each side share (ties: the leftmost on the left, then on the
    right) is marked, until none of ``least`` words is left. A whole sentence of each side counts
    whatever its length."""
    marked_a: set[tuple[int, int]] = set()
    marked_b: set[tuple[int, int]] = set()
    found = []
    while True:
        best: tuple[int, int, int, int, int] | None = None  # (-length, s, i, t, j)
        for s, a in enumerate(left):
            for t, b in enumerate(right):
                for i in range(len(a)):
                    for j in range(len(b)):
                        n = 0
                        while (
                            i + n < len(a)
                            and j + n < len(b)
                            and a[i + n].norm == b[j + n].norm
                            and (s, i + n) not in marked_a
                            and (t, j + n) not in marked_b
                        ):
                            n += 1
                        if n == 0 or (n < least and not n == len(a) == len(b)):
                            continue
                        key = (-n, s, i, t, j)
                        if best is None or key < best:
                            best = key
        if best is None:
            return found
        minus, s, i, t, j = best
        cells = tuple((i + k, j + k) for k in range(-minus))
        marked_a.update((s, x) for x, _ in cells)
        marked_b.update((t, y) for _, y in cells)
        found.append((s, t, cells))


sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=8)
document = st.lists(sentence, min_size=1, max_size=3)


@settings(max_examples=150, deadline=None)
@given(document, document)
def test_exact_tiling_is_greedy_string_tiling(
    left_words: list[list[str]], right_words: list[list[str]]
) -> None:
    # a three-word run found _COMMON times or more (left count x right count, across sentence
    # ends) seeds nothing by design; brute force knows no such cap
    flat = [[w for s in side for w in s] for side in (left_words, right_words)]
    grams = [Counter(tuple(f[k : k + 3]) for k in range(len(f) - 2)) for f in flat]
    assume(all(grams[0][g] * grams[1][g] < _COMMON for g in grams[0]))
    left, right = _sentences(left_words), _sentences(right_words)
    ours = sorted((t.left, t.right, t.cells) for t in tiles(left, right, seed=3, gap=0, plain=True))
    assert ours == sorted(_brute(left, right, 3))


@settings(max_examples=150, deadline=None)
@given(document, document, st.booleans())
def test_tiles_are_real_runs_and_use_each_word_once(
    left_words: list[list[str]], right_words: list[list[str]], once: bool
) -> None:
    left, right = _sentences(left_words), _sentences(right_words)
    used_a: set[tuple[int, int]] = set()
    used_b: set[tuple[int, int]] = set()
    for tile in tiles(left, right, once=once):
        for i, j in tile.cells:
            assert left[tile.left][i].norm == right[tile.right][j].norm
            assert (tile.left, i) not in used_a
            used_a.add((tile.left, i))
            if once:
                assert (tile.right, j) not in used_b
                used_b.add((tile.right, j))
        # increasing on both sides, and no edit wider than the gap
        for (i1, j1), (i2, j2) in zip(tile.cells, tile.cells[1:], strict=False):
            assert 0 < i2 - i1 <= 3 and 0 < j2 - j1 <= 3


def test_small_edits_do_not_break_a_run() -> None:
    a = _sentences([["The", "minister", "said", "3,500", "soldiers", "would", "leave", "by", "the", "end"]])
    b = _sentences([["The", "minister", "said", "5,300", "soldiers", "will", "leave", "by", "the", "end"]])
    (tile,) = tiles(a, b)
    assert len(tile.cells) == 8  # all but the changed figure and "would"/"will"


def test_a_run_across_sentences_is_cut_at_their_ends() -> None:
    a = [tokenize("Rebels seized the northern town of Kidal. Residents fled south on foot.")]
    b = [tokenize("Rebels seized the northern town of Kidal."), tokenize("Residents fled south on foot.")]
    found = tiles(a, b)
    assert sorted((t.left, t.right, len(t.cells)) for t in found) == [(0, 0, 7), (0, 1, 5)]


def test_a_repeated_paragraph_is_tiled_once() -> None:
    """The wire resends its story with more added: the copy's sentence takes one of the two."""
    wire = [
        tokenize("Floodwaters cut off three villages in the Drava valley overnight."),
        tokenize("Floodwaters cut off three villages in the Drava valley overnight."),
        tokenize("Rescue teams reached two of them by boat on Sunday."),
    ]
    copy = [tokenize("Floodwaters cut off three villages in the Drava valley overnight, officials said.")]
    found = tiles(wire, copy)
    assert [(t.right, len(t.cells)) for t in found] == [(0, 10)]


def test_stock_phrases_weigh_nothing() -> None:
    a = [tokenize("The ministry said in a statement that it was expected to decide by the end of the year.")]
    b = [
        tokenize(
            "Shares rose, the company said in a statement, and sales are expected to grow by the end "
            "of the year."
        )
    ]
    weights = rarity(a, b)
    found = tiles(a, b, weights=weights)
    assert found  # "said in a statement", "expected to", "by the end of the year" are runs
    assert not significant(found, 2.0)
    assert sum(t.weight for t in found) < 1.0
    assert ("by", "the", "end", "of", "the", "year") in STOCK


def test_names_weigh_half() -> None:
    """A shared name says two sentences are about the same person, not that one is a copy."""
    story = [
        tokenize("Shares of Nordvik Energy fell on Monday after a profit warning."),
        tokenize("Analysts had expected a strong quarter."),
    ]
    other = [
        tokenize("The chief executive of Nordvik Energy resigned in March."),
        tokenize("Results are due in May."),
    ]
    (tile,) = [t for t in tiles(story, other, seed=2, least=2) if t.left == 0]
    weights = rarity(story, other)
    full = weights["nordvik"] + weights["energi"]
    assert abs(tile.weight - full / 2) < 1e-6


def test_rarity_is_normalised_idf() -> None:
    left = [tokenize("Troops left Kidal."), tokenize("Troops stayed in Gao."), tokenize("Troops left.")]
    right = [tokenize("Troops left Kidal on Monday."), tokenize("Troops returned.")]
    weights = rarity(left, right)
    assert weights["troop"] == 0.0  # in every sentence
    assert weights["gao"] == weights["kidal"] == 1.0  # in one sentence, or in one of each side
    assert 0.0 < weights["left"] < 1.0  # in three of five


def test_significant_sums_a_pairs_tiles() -> None:
    a = [tokenize("Hadi al-Amiri on Tuesday urged all foreign troops to leave Iraq by the end of the year.")]
    b = [tokenize("Hadi al-Amiri says all foreign troops must leave Iraq by year's end")]
    found = tiles(a, b)
    assert len(found) >= 2
    total = sum(t.weight for t in found)
    assert significant(found, total - 1e-6) == {(0, 0): round(total, 6)}
    assert significant(found, total + 1e-3) == {}


def test_an_attribution_weighs_as_a_name() -> None:
    """Two reports credit the same source in the same words ("the emergency service said")
    without one copying the other."""
    story = [
        tokenize("Flash floods killed 14 people in the Varna valley, the regional emergency service said."),
        tokenize("More rain is forecast."),
    ]
    other = [
        tokenize("Volunteers reached every village by midday, the emergency service said on Tuesday."),
        tokenize("Schools are closed."),
    ]
    weights = rarity(story, other)
    (tile,) = [t for t in tiles(story, other) if t.left == 0]
    full = weights["emerg"] + weights["servic"] + weights["said"]
    assert abs(tile.weight - full / 2) < 1e-6
    assert not significant(tiles(story, other), 2.0)


def test_a_turn_of_phrase_around_one_content_word_counts_for_nothing() -> None:
    """Three words around one content word ("will continue to", "of the French") are a turn of
    phrase that two speakers share by chance, however rare the word in the pair."""
    a = [
        tokenize("France will continue to stand with the Kurds, the head of the French committee said."),
        tokenize("Troops from 30 countries are based in Erbil."),
        tokenize("The coalition was formed in 2014."),
    ]
    b = [
        tokenize("A member of the French delegation told reporters Paris will continue to lead the fight."),
        tokenize("Macron met the prime minister on Saturday."),
        tokenize("He also visited Mosul."),
    ]
    found = [t for t in tiles(a, b, weights=rarity(a, b)) if (t.left, t.right) == (0, 0)]
    assert found and all(t.content < PIECE for t in found)
    assert sum(t.weight for t in found) > 1.0  # they would weigh something ...
    assert not significant(found, 0.5)  # ... but no tile holds two content words


def test_enough_keeps_a_dead_pair_from_taking_words_a_link_needs() -> None:
    """With ``enough``, two sentences whose words in common could never weigh a link get no
    tiles, so the words they share stay free for a pair that might. On the seed pair, Bridey's
    quote ("... the head of the French parliament's France-Iraq Friendship Committee ...")
    shares "the head of the" with Rudaw's sentence about another man, a pair that can weigh
    nothing like a link; without ``enough`` that tile takes "of the" from "of the French",
    which Bridey's quote shares with the sentence about the French delegation."""
    from diffnews.compare import _read
    from diffnews.config import Config
    from tests.cases import FIXTURES

    docs = [
        _read((FIXTURES / "amiri-troops" / n).read_text("utf-8"), Config())
        for n in ("aggregator.txt", "rudaw.txt")
    ]
    left, right = ([d.tokens[k] for k in d.content] for d in docs)

    def find(side: list[list[Token]], words: str) -> int:
        (k,) = [k for k, s in enumerate(side) if words in " ".join(t.norm for t in s)]
        return k

    quote = find(left, "france is working with the iraqis")
    delegation = find(right, "a member of the french delegation")
    weights = rarity(left, right)

    def runs(found: list[Tile], other: int) -> list[str]:
        return [" ".join(right[other][j].norm for _, j in t.cells) for t in found if t.right == other]

    # the quote is in no group, so it is tiled alone against the other side (reuse._free_tiles)
    plain = tiles([left[quote]], right, weights=weights)
    pruned = tiles([left[quote]], right, weights=weights, enough=(2.0, FEWEST))
    head = [t.right for t in plain if runs([t], t.right) == ["the head of the"]]
    assert head and head[0] != delegation
    assert not [t for t in pruned if t.right == head[0]]  # the dead pair gets no tile ...
    assert "of the french" in runs(pruned, delegation)  # ... and "of the French" is free
    assert "of the french" not in runs(plain, delegation)
    # it holds one content word, so it adds nothing to a link either way (PIECE)
    assert significant(pruned, 0.0).get((quote, delegation)) == significant(plain, 0.0).get(
        (quote, delegation)
    )


@settings(max_examples=200, deadline=None)
@given(sentence, sentence, st.integers(min_value=1, max_value=3))
def test_pair_tiles_is_tiles_for_one_sentence_a_side(
    a_words: list[str], b_words: list[str], seed: int
) -> None:
    """The word kinds' fast path for a group of one sentence a side gives exactly what the
    document tiler gives for those two sentences."""
    a, b = tokenize(" ".join(a_words)), tokenize(" ".join(b_words))
    expected = [t.cells for t in tiles([a], [b], seed=seed, least=seed, plain=True)]
    assert pair_tiles(a, b, seed=seed, least=seed) == expected


def test_pair_tiles_on_a_rewritten_sentence() -> None:
    wire = tokenize(
        "Militia leader Hadi al-Amiri on Tuesday urged all foreign troops to leave Iraq by the end "
        "of the year."
    )
    copy = tokenize(
        "By the end of the year all foreign troops must leave Iraq, Hadi al-Amiri said on Tuesday."
    )
    found = pair_tiles(wire, copy)
    assert found == [t.cells for t in tiles([wire], [copy], seed=2, least=2, plain=True)]
    # the longest run first, wherever it stands; runs step over "said" and "to"/"must"
    assert [" ".join(wire[i].norm for i, _ in cells) for cells in found] == [
        "by the end of the year",
        "hadi al amiri on tuesday",
        "all foreign troops leave iraq",
    ]


def test_rarity_worked_out_when_asked_is_the_formula_for_every_stem() -> None:
    """``Rarity`` computes a stem's weight on first look-up; each must be the documented idf,
    the same however it is asked for, and 1 for a stem that neither document holds."""
    import math

    left = [tokenize(s) for s in ("Troops must leave Iraq.", "Iraq talks went on.", "Troops stay in Iraq.")]
    right = [tokenize(s) for s in ("Talks with Iraq went on.", "Foreign troops will leave.")]
    weights = rarity(left, right)
    n = len(left) + len(right)
    df: dict[str, int] = {}
    for sentence in [*left, *right]:
        for stem in {t.stem for t in sentence if t.stem is not None}:
            df[stem] = df.get(stem, 0) + 1
    for stem, count in df.items():
        expected = min(1.0, max(0.0, math.log((1 + n) / (1 + count)) / math.log((1 + n) / 3)))
        assert weights.get(stem, 0.0) == weights[stem] == pytest.approx(expected)
    assert weights["iraq"] < weights["foreign"] == 1.0
    assert weights.get("zanzibar") == 1.0
