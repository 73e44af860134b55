"""Which pairs of sentences are worth scoring: the passage score of many pairs at once.

Alignment reads only the pairs whose passage score (``features.passage``) reaches a floor (half
of ``Config.candidate``). ``passage_matrix`` scores every pair of an n x m matrix in one
rapidfuzz ``cdist`` call, which is quickest for the few dozen sentences of a news story.
``passage_pairs`` finds the pairs that can reach the floor without scoring the others, for
long documents: a prefix filter over an index of stems (its docstring gives the method and its
cost), in numpy and scipy.sparse, with the values ``passage_matrix`` gives, bit for bit.
``align._passages`` chooses between the two.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from diffnews.aligning.features import Bag, _passage
from diffnews.config import Config

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_array

__all__ = ["passage_matrix", "passage_pairs"]


def passage_matrix(
    left: Sequence[Bag], right: Sequence[Bag], config: Config | None = None
) -> NDArray[np.float64]:
    """``passage`` for every left x right pair, as an n x m numpy array of float."""
    import numpy as np
    from rapidfuzz.distance import LCSseq
    from rapidfuzz.process import cdist

    if not left or not right:
        return np.zeros((len(left), len(right)))
    shared = cdist(
        [b.content for b in left],
        [b.content for b in right],
        scorer=LCSseq.similarity,
        workers=_workers(len(left) * len(right)),
    )
    matrix: NDArray[np.float64] = _passage(
        shared,
        np.array([len(b.content) for b in left], dtype=float)[:, None],
        np.array([len(b.content) for b in right], dtype=float)[None, :],
        np.array([b.words for b in left], dtype=float)[:, None],
        np.array([b.words for b in right], dtype=float)[None, :],
        (config or Config()).short,
    )
    return matrix


def passage_pairs(
    left: Sequence[Bag], right: Sequence[Bag], floor: float, config: Config | None = None, share: float = 0.0
) -> dict[tuple[int, int], float]:
    """``passage`` of every pair (i, j) that reaches ``floor`` and whose shared weighted stems
    are at least ``share`` of the smaller side's, found without scoring all n x m (with a floor
    of 0 or less, every pair).

    Candidates first, then exact scores. The passage score is at most I / min(A, B) (the
    docstring of ``features.py``: dice and the scaled containment are both at most that), so a
    pair reaching ``floor`` shares at least t = max(floor, share) * A of the smaller side's A
    weighted stems.
    Put every side's stems in one order, rarest first: a pair sharing t of them shares at least
    one of the smaller side's first A - t + 1 (its "prefix"; the all-pairs similarity join of
    Bayardo, Ma & Srikant, WWW 2007). So each sentence's prefix is looked up in an index of the
    other side's stems, which for rare stems is short, and only pairs found that way are scored.
    I, the size of a multiset intersection, is the product of two rows of 0/1 sparse matrices
    (one column per stem copy); the values are those ``passage_matrix`` gives, bit for bit.

    Cost: the index lookups, proportional to the pairs that share a prefix stem, plus one sparse
    row product per candidate, all in numpy and scipy. Memory: the pairs kept, the sparse
    matrices (a few times the stems of both texts), and one block's candidates (at most
    ``_BLOCK_SENTENCES`` x m; ``_shared`` takes them ``_BLOCK_PAIRS`` at a time), never all
    candidates at once.
    At 16,000 x 16,000 sentences that took the peak from 962 MB to 656 MB (docs/scale.md)."""
    import numpy as np

    if not left or not right:
        return {}
    if floor <= 0:  # every pair reaches it
        matrix = passage_matrix(left, right, config)
        return {(i, j): float(matrix[i, j]) for i in range(len(left)) for j in range(len(right))}
    copies = [_stem_copies(bags) for bags in (left, right)]
    if not len(copies[0][0]) or not len(copies[1][0]):
        return {}  # no stems on one side: nothing reaches a floor above 0
    # one number per (value, copy) item, the same on both sides
    width = max(int(copy.max()) for _, copy, _ in copies) + 1
    sides = [(values * width + copy, owner) for values, copy, owner in copies]
    # rank every stem copy, rarest first (ties by value), over both sides
    items = np.concatenate([sides[0][0], sides[1][0]])
    distinct, column, frequency = np.unique(items, return_inverse=True, return_counts=True)
    rank = np.lexsort((distinct, frequency)).argsort()[column]
    ranks = rank[: len(sides[0][0])], rank[len(sides[0][0]) :]
    sizes = [
        np.bincount(owner, minlength=len(bags)) for (_, owner), bags in zip(sides, (left, right), strict=True)
    ]
    # one 0/1 sparse matrix per side, a row per sentence, a column per stem copy (by rank), and
    # the same with only each sentence's prefix
    wholes, prefixes = [], []
    for (_, owner), ranked, size in zip(sides, ranks, sizes, strict=True):
        order = np.lexsort((ranked, owner))  # by sentence, then rarest first
        owner, ranked = owner[order], ranked[order]
        position = np.arange(len(owner)) - (np.cumsum(size) - size)[owner]
        need = np.maximum(1, np.ceil(max(floor, share) * size - 1e-9))  # a hair low: never lose a pair
        in_prefix = position < (size - need + 1)[owner]
        wholes.append(_rows(ranked, owner, len(size), len(distinct)))
        prefixes.append(_rows(ranked[in_prefix], owner[in_prefix], len(size), len(distinct)))
    # Left prefixes against all right stems, for pairs where the left is the smaller (or equal);
    # right prefixes against all left stems, where the right is strictly smaller. A block of left
    # sentences at a time, each block's candidates scored and filtered before the next: the
    # products and the candidates (some twenty times the pairs kept) never exist all at once.
    words = np.array([b.words for b in left], dtype=float), np.array([b.words for b in right], dtype=float)
    short = (config or Config()).short
    across = wholes[1].T.tocsr(), prefixes.pop().T.tocsr()  # the right's prefixes: only this copy
    kept: list[tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float64]]] = []
    for first in range(0, len(left), _BLOCK_SENTENCES):
        block = slice(first, first + _BLOCK_SENTENCES)
        found = []
        for product, smaller in (
            (prefixes[0][block] @ across[0], False),
            (wholes[0][block] @ across[1], True),
        ):
            rows, cols = (index.astype(np.int64) for index in product.nonzero())  # n x m may pass 2**31
            rows += first
            keep = sizes[0][rows] > sizes[1][cols] if smaller else sizes[0][rows] <= sizes[1][cols]
            found.append(rows[keep] * len(right) + cols[keep])
        code = np.sort(np.concatenate(found))  # the two halves are disjoint: no pair twice
        if not len(code):
            continue
        rows, cols = code // len(right), code % len(right)
        shared = _shared(wholes[0], wholes[1], rows, cols)
        values = _passage(shared, sizes[0][rows], sizes[1][cols], words[0][rows], words[1][cols], short)
        chosen = (values >= floor) & (shared >= share * np.minimum(sizes[0][rows], sizes[1][cols]) - 1e-9)
        kept.append((rows[chosen], cols[chosen], values[chosen]))
    if not kept:
        return {}
    rows, cols, values = (np.concatenate(column) for column in zip(*kept, strict=True))
    return dict(zip(zip(rows.tolist(), cols.tolist(), strict=True), values.tolist(), strict=True))


def _stem_copies(bags: Sequence[Bag]) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Every bag's content as (value, copy, bag): the k-th copy of a value in a bag has copy k,
    so that (value, copy) items make a multiset intersection a set intersection."""
    import numpy as np

    owner = np.repeat(np.arange(len(bags)), [len(b.content) for b in bags])
    values = np.fromiter(
        itertools.chain.from_iterable(b.content for b in bags), dtype=np.int64, count=len(owner)
    )
    # content is sorted within a bag, so equal values are adjacent: number each run's members
    starts = np.flatnonzero(np.r_[True, (values[1:] != values[:-1]) | (owner[1:] != owner[:-1])])
    run = np.repeat(starts, np.diff(np.r_[starts, len(values)]))
    return values, np.arange(len(values)) - run, owner


def _rows(columns: NDArray[np.int64], owner: NDArray[np.int64], sentences: int, width: int) -> csr_array:
    """A 0/1 sparse matrix with a 1 at (owner[k], columns[k]); ``owner`` is sorted."""
    import numpy as np
    from scipy.sparse import csr_array

    index = np.int32 if max(len(columns), width) < 2**31 else np.int64  # half the memory of int64
    indptr = np.r_[0, np.cumsum(np.bincount(owner, minlength=sentences))].astype(index)
    ones = np.ones(len(columns), dtype=np.int32)
    matrix = csr_array((ones, columns.astype(index), indptr), shape=(sentences, width))
    matrix.sort_indices()
    return matrix


_BLOCK_SENTENCES = 1024
"""Left sentences per block in ``passage_pairs``."""
_BLOCK_PAIRS = 20_000
"""Pairs per block in ``_shared``."""


def _shared(
    left: csr_array, right: csr_array, rows: NDArray[np.int64], cols: NDArray[np.int64]
) -> NDArray[np.int64]:
    """For each pair (rows[k], cols[k]), the number of items the two sentences share: the
    product of their rows. In blocks of pairs, to bound memory: each block copies its
    sentences' rows, and a long sentence has a hundred items."""
    import numpy as np

    step = _BLOCK_PAIRS
    return np.concatenate(
        [
            np.asarray(left[rows[k : k + step]].multiply(right[cols[k : k + step]]).sum(axis=1)).ravel()
            for k in range(0, len(rows), step)
        ]
    )


def _workers(pairs: int) -> int:
    """Threads for a rapidfuzz matrix of this many pairs: all cores for a large one, one for a
    small one, where starting threads costs more than the work (a news story's 40 x 40)."""
    return -1 if pairs >= 100_000 else 1
