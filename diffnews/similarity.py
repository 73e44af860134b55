"""How alike two sentences, or two groups of sentences, are. The only module that knows rapidfuzz.

A sentence becomes a ``Bag``: its content stems as a sorted list (see ``text.py``) and its
normalised words as another. Two measures are read off a pair of bags:

``score`` (similarity, 0 to 1): do the two say the same thing?
    Let I be the weighted number of content stems the two share (as multisets), and A, B the
    weighted sizes of each side. Then

        dice        = 2I / (A + B)            how much of both is common
        containment = I / min(A, B)           how much of the smaller is inside the larger
        base        = max(dice, (dice + containment * s) / 2)
        score       = base ** max(1, short / n)

    where n is the number of content words of the shorter side and s = min(1, n / short).
    Dice alone punishes a sentence that is a clause of a longer one; containment alone lets a
    three-word headline match everything. The average keeps both in view, and ``max`` keeps
    identical sentences at 1. Short sides pay twice, because a few words in common are weak
    evidence: their containment is scaled by s, and the power asks a short side for a nearly
    complete match (a three-word side needs base ** 2), while identical short lines still
    score 1. Word order plays no part, so reordered clauses score as the original did.

``surface`` (0 to 1): is it near-verbatim?
    The Dice coefficient of the normalised words, function words included, order ignored.
    Rewording changes function words and word forms, which ``score`` ignores and this sees.

Weights. ``compare()`` weighs each stem by its rarity across the sentences of both documents,
a smoothed inverse document frequency rounded to a whole number, idf = round(1 + ln((1 + N) /
(1 + df))), so "Iraq" in a story about Iraq counts once and "Soleimani" counts three or four
times. The public ``similarity(a, b)`` has no documents to learn rarity from and weighs every
stem 1. A stem of weight w is put in the bag w times under distinct ids, so a weighted multiset
intersection is still the longest common subsequence of two sorted id lists, which rapidfuzz
computes in C++ for a whole matrix at once (``process.cdist`` with ``LCSseq``).

Cost: building bags is linear in the text. ``score_matrix`` for n x m sentences of about k
words runs n * m LCS computations of O(k) words each, in C++ on all cores.

>>> round(similarity("Troops must leave Iraq by the end of the year.",
...                  "By the end of the year, troops must leave Iraq."), 2)
1.0
>>> similarity("Iraq troops", "Iraq asks foreign troops to leave by the end of 2021.") < 0.4
True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from diffnews.config import Config
from diffnews.text import Token, tokenize

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["Bag", "Vocabulary", "combine", "score", "score_matrix", "similarity", "surface"]

_WEIGHT_SLOTS = 8  # ids per stem: a weight may go up to 8


@dataclass(frozen=True, slots=True)
class Bag:
    """What similarity sees of a sentence or a group of sentences."""

    content: tuple[int, ...]
    """Sorted ids of content stems, each repeated by its weight under distinct ids."""
    surface: tuple[str, ...]
    """Sorted normalised words, function words included."""
    words: int
    """Number of content words (unweighted), for the short-sentence rule."""


class Vocabulary:
    """Gives stems ids and weights. Built once per comparison from both documents' sentences,
    so the same stem gets the same id and weight on both sides."""

    def __init__(self, sentences: Iterable[Sequence[Token]] = ()) -> None:
        df: Counter[str] = Counter()
        n = 0
        for tokens in sentences:
            n += 1
            df.update(set(content_keys(tokens)))
        self._ids: dict[str, int] = {}
        self._weights = {
            stem: min(_WEIGHT_SLOTS, round(1 + math.log((1 + n) / (1 + count)))) for stem, count in df.items()
        }

    def bag(self, tokens: Sequence[Token]) -> Bag:
        keys = content_keys(tokens)
        content: list[int] = []
        for key in keys:
            base = self._ids.setdefault(key, len(self._ids)) * _WEIGHT_SLOTS
            weight = self._weights.get(key, 1)
            content.extend(range(base, base + weight))
        return Bag(
            content=tuple(sorted(content)),
            surface=tuple(sorted(t.norm for t in tokens)),
            words=len(keys),
        )


def content_keys(tokens: Sequence[Token]) -> list[str]:
    """The words similarity compares: the content stems, or, for a sentence made only of
    function words ("It is what it is."), all of its words, so that it can still match."""
    return [t.stem for t in tokens if t.stem is not None] or [t.norm for t in tokens]


def combine(bags: Sequence[Bag]) -> Bag:
    """The bag of several sentences read together (a multiset union)."""
    if len(bags) == 1:
        return bags[0]
    return Bag(
        content=tuple(sorted(i for b in bags for i in b.content)),
        surface=tuple(sorted(w for b in bags for w in b.surface)),
        words=sum(b.words for b in bags),
    )


def _formula(shared: Any, size_a: Any, size_b: Any, words_a: Any, words_b: Any, short: int) -> Any:
    """The score from its parts; works on numbers and on numpy arrays alike (see module doc)."""
    import numpy as np

    shared, size_a, size_b, words_a, words_b = (
        np.asarray(x, dtype=float) for x in (shared, size_a, size_b, words_a, words_b)
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        words = np.minimum(words_a, words_b)
        dice = np.where(shared > 0, 2 * shared / (size_a + size_b), 0.0)
        containment = np.where(
            shared > 0, shared / np.minimum(size_a, size_b) * np.minimum(1.0, words / short), 0.0
        )
        base = np.maximum(dice, (dice + containment) / 2)
        return base ** np.maximum(1.0, short / np.maximum(words, 1))


def score(a: Bag, b: Bag, config: Config | None = None) -> float:
    """Similarity of two bags, 0 to 1 (see the module docstring)."""
    from rapidfuzz.distance import LCSseq

    shared = LCSseq.similarity(a.content, b.content)
    short = (config or Config()).short
    return float(_formula(shared, len(a.content), len(b.content), a.words, b.words, short))


def surface(a: Bag, b: Bag) -> float:
    """Word overlap of two bags, 0 to 1, function words included (see the module docstring)."""
    from rapidfuzz.distance import Indel

    return float(Indel.normalized_similarity(a.surface, b.surface))


def score_matrix(
    left: Sequence[Bag], right: Sequence[Bag], config: Config | None = None
) -> NDArray[np.float64]:
    """``score`` for every left x right pair, as an n x m numpy array of float."""
    import numpy as np
    from rapidfuzz.distance import LCSseq
    from rapidfuzz.process import cdist

    if not left or not right:
        return np.zeros((len(left), len(right)))
    shared = cdist(
        [b.content for b in left],
        [b.content for b in right],
        scorer=LCSseq.similarity,
        dtype=np.int32,
        workers=-1,
    ).astype(float)
    matrix: NDArray[np.float64] = _formula(
        shared,
        np.array([len(b.content) for b in left], dtype=float)[:, None],
        np.array([len(b.content) for b in right], dtype=float)[None, :],
        np.array([b.words for b in left], dtype=float)[:, None],
        np.array([b.words for b in right], dtype=float)[None, :],
        (config or Config()).short,
    )
    return matrix


def similarity(a: str, b: str, config: Config | None = None) -> float:
    """How alike two sentences are, from 0 (nothing in common) to 1 (the same content words).

    Robust to case, punctuation, quote styles, inflection (Snowball stems) and clause order.
    Every content word weighs the same here; ``compare()`` also weighs words by rarity.
    """
    vocabulary = Vocabulary()
    return score(vocabulary.bag(tokenize(a)), vocabulary.bag(tokenize(b)), config)
