"""How alike two sentences, or two groups of sentences, are. The only module that knows rapidfuzz.

A sentence becomes a ``Bag``: the views of it that the measures below read (its content stems,
its words, its normalised text, its names and numbers). Four scores are read off a pair of bags.

``passage`` (0 to 1): could one be (part of) the other? Hand-made, for proposing groups.
    Let I be the weighted number of content stems the two share (as multisets), and A, B the
    weighted sizes of each side. Then

        dice        = 2I / (A + B)            how much of both is common
        containment = I / min(A, B)           how much of the smaller is inside the larger
        base        = max(dice, (dice + containment * s) / 2)
        passage     = base ** max(1, short / n)

    where n is the number of content words of the shorter side and s = min(1, n / short).
    Containment lets a clause, or one half of a sentence split in two, score well against the
    whole, which is what alignment needs to propose 1:n groups; dice keeps a long sentence from
    matching a few of its words elsewhere. Short sides pay twice, because a few words in common
    are weak evidence: a three-word side needs base ** 2. Word order plays no part.

The other scores come from a short vector of lexical features of the pair, through two small
models trained on public labelled news data and shipped as numbers in ``model.json``:

``score`` (the match score, 0 to 1): do the two say the same thing?
    A logistic model: the probability that two news passages report the same thing (1 for the
    same words in the same order, whatever the model would say). Trained
    on the Microsoft Research Paraphrase Corpus (MRPC, sentence pairs from clusters of news
    stories about one event, labelled by people). Alignment judges each group with it against
    ``Config.match``.

``similarity`` (graded, 0 to 1): how close in meaning are they?
    A quadratic regression of the STS Benchmark's 0-5 human similarity scores, divided by 5.
    Two sentences of the same words in the same order score 1.

``surface`` (0 to 1): is it near-verbatim?
    The Dice coefficient of the normalised words, function words included, order ignored.
    Rewording changes function words and word forms; this sees it. It labels aligned groups
    shared or rephrased (``classify.py``) and is not learned.

The features (``FEATURES``), each 0 to 1 unless said, and why each is there:

    dice          2I / (A + B) over content stems, I the (weighted) stems the two share, A and B
                  each side's: how much of both is common. The strongest single feature.
    containment   I / min(A, B): a clause of a longer sentence, half of a split sentence.
    surface       as above: function words and word forms.
    token_set     rapidfuzz's token_set_ratio: one side's words are a subset of the other's.
    ratio         rapidfuzz's ratio (Indel) of the normalised texts, in order: word order.
    partial       rapidfuzz's partial_ratio: the best-matching stretch of the longer text.
    bigrams       Dice of adjacent content-stem pairs: phrases kept together.
    chars3/4      Dice of character 3- and 4-grams: spelling variants and compounds
                  ("al-Amiri"/"Amiri", "pro-Iran"/"Iran-backed") that stems miss.
    names         Dice of capitalised words, other than a sentence's first word.
    numbers       Dice of numbers: "12" against "21" is the fact MRPC's annotators most
                  often saw change between two otherwise similar sentences.
    number_count  log(1 + numbers on both sides): how much the number features can say.
    brevity       1 / (1 + content words of the shorter side): a few shared words are weak
                  evidence, so a three-word headline does not match everything with its words.

Every score and feature is computed for many pairs at once in C++ by ``rapidfuzz.process``:
``cdist`` for a whole n x m matrix, ``cpdist`` for a list of pairs (on all cores when there are
many); the models are then a few numpy array operations. Overlaps of multisets
(Dice of stems, bigrams, characters, names, numbers) are the longest common subsequence of the
two sorted lists, which is what ``LCSseq`` computes.

Weights. ``compare()`` weighs each stem by its rarity across the sentences of both documents, a
smoothed inverse document frequency rounded to a whole number, idf = round(1 + ln((1 + N) /
(1 + df))), so "Iraq" in a story about Iraq counts once and "Soleimani" three or four times. A
stem of weight w is put in the bag w times under distinct ids, so a weighted intersection is
still an LCS of sorted lists. The public ``similarity(a, b)`` has no documents to learn rarity
from and weighs every stem 1, as in training, where each pair is its own two documents.

Training: ``python benchmarks/train.py`` rewrites ``model.json`` from ../shared/bench
(deterministic: closed-form ridge regression and Newton's method, no random start).
``benchmarks/quality.py`` reports the cross-validated figures (docs/quality.md).

>>> similarity("Troops must leave Iraq by the end of the year.",
...            "troops MUST leave Iraq by the end of the year") == 1.0
True
>>> similarity("The ferry timetable changes in spring.", "Iraq asks foreign troops to leave.") < 0.25
True
"""

from __future__ import annotations

import itertools
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from diffnews.config import Config
from diffnews.text import Token, tokenize

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_array

__all__ = [
    "FEATURES",
    "SEMANTIC_FEATURES",
    "Bag",
    "Model",
    "Vocabulary",
    "combine",
    "containment",
    "default_model",
    "features",
    "pair_features",
    "passage",
    "passage_matrix",
    "passage_pairs",
    "score",
    "score_matrix",
    "score_pairs",
    "similarity",
    "surface",
]

FEATURES = (
    "dice",
    "containment",
    "surface",
    "token_set",
    "ratio",
    "partial",
    "bigrams",
    "chars3",
    "chars4",
    "names",
    "numbers",
    "number_count",
    "brevity",
)
SEMANTIC_FEATURES = (*FEATURES, "cosine")
"""With the semantic backend: the cosine of the two sides' sentence embeddings (``semantic.py``)."""

_WEIGHT_SLOTS = 8  # ids per stem: a weight may go up to 8


@dataclass(frozen=True, slots=True)
class Bag:
    """What similarity sees of a sentence or a group of sentences. Lists that are compared as
    multisets are sorted."""

    content: tuple[int, ...]
    """Ids of content stems, sorted, each repeated by its weight under distinct ids."""
    surface: tuple[str, ...]
    """Normalised words, function words included."""
    text: str
    """Normalised words in their order, separated by spaces."""
    bigrams: tuple[int, ...]
    """Ids of adjacent content-stem pairs."""
    names: tuple[str, ...]
    """Capitalised words other than the first word of a sentence."""
    numbers: tuple[str, ...]
    """Words that start with a digit ("3500", "2.5", "11")."""
    words: int
    """Number of content words (unweighted)."""

    @property
    def chars(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Character 3-grams and 4-grams of ``text``, sorted; made when read (and remembered for
        the last few thousand texts), since only the match features read them, and most groups
        that step 2 of alignment tries never get that far."""
        return _grams(self.text, 3), _grams(self.text, 4)


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
        self._pairs: dict[tuple[str, str], int] = {}
        self._weights = {
            stem: min(_WEIGHT_SLOTS, round(1 + math.log((1 + n) / (1 + count)))) for stem, count in df.items()
        }

    def bag(self, tokens: Sequence[Token]) -> Bag:
        keys = content_keys(tokens)
        norms = [t.norm for t in tokens]
        ids, weights, pairs = self._ids, self._weights, self._pairs
        content: list[int] = []
        for key in keys:
            base = ids.setdefault(key, len(ids)) * _WEIGHT_SLOTS
            content.extend(range(base, base + weights.get(key, 1)))
        content.sort()
        return Bag(
            content=tuple(content),
            surface=tuple(sorted(norms)),
            text=" ".join(norms),
            bigrams=tuple(sorted([pairs.setdefault(p, len(pairs)) for p in itertools.pairwise(keys)])),
            names=tuple(sorted([t.norm for t in tokens[1:] if t.capital])),
            numbers=tuple(sorted([n for n in norms if n[0].isdigit()])),
            words=len(keys),
        )


@lru_cache(maxsize=8192)
def _grams(text: str, k: int) -> tuple[str, ...]:
    # the k shifted copies of the text, zipped: the shortest (the last) ends the grams
    return tuple(sorted(map("".join, zip(*(text[i:] for i in range(k)), strict=False))))


def content_keys(tokens: Sequence[Token]) -> list[str]:
    """The words similarity compares: the content stems, or, for a sentence made only of
    function words ("It is what it is."), all of its words, so that it can still match."""
    return [t.stem for t in tokens if t.stem is not None] or [t.norm for t in tokens]


def combine(bags: Sequence[Bag]) -> Bag:
    """The bag of several sentences read together, in the order given."""
    if len(bags) == 1:
        return bags[0]
    text = " ".join(b.text for b in bags)
    return Bag(
        content=tuple(sorted(i for b in bags for i in b.content)),
        surface=tuple(sorted(w for b in bags for w in b.surface)),
        text=text,
        bigrams=tuple(sorted(i for b in bags for i in b.bigrams)),
        names=tuple(sorted(w for b in bags for w in b.names)),
        numbers=tuple(sorted(w for b in bags for w in b.numbers)),
        words=sum(b.words for b in bags),
    )


# ---- the passage score --------------------------------------------------------------------------


def _passage(shared: Any, size_a: Any, size_b: Any, words_a: Any, words_b: Any, short: int) -> Any:
    """The passage score from its parts, on numbers or numpy arrays alike (see module doc)."""
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


def containment(a: Bag, b: Bag) -> float:
    """Share of the smaller bag's weighted content stems found in the other, 0 to 1."""
    from rapidfuzz.distance import LCSseq

    return LCSseq.similarity(a.content, b.content) / max(1, min(len(a.content), len(b.content)))


def passage(a: Bag, b: Bag, config: Config | None = None) -> float:
    """The passage score of two bags, 0 to 1 (see the module docstring)."""
    from rapidfuzz.distance import LCSseq

    shared = LCSseq.similarity(a.content, b.content)
    short = (config or Config()).short
    return float(_passage(shared, len(a.content), len(b.content), a.words, b.words, short))


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
    module docstring: dice and the scaled containment are both at most that), so a pair reaching
    ``floor`` shares at least t = max(floor, share) * A of the smaller side's A weighted stems.
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


# ---- features ----------------------------------------------------------------------------------


def features(
    left: Sequence[Bag], right: Sequence[Bag], cosine: NDArray[np.float64] | None = None
) -> NDArray[np.float64]:
    """The feature vector of every left x right pair: an n x m x k array. ``FEATURES``, and
    with an n x m ``cosine`` matrix of sentence embeddings, ``SEMANTIC_FEATURES``."""
    return _features(left, right, cosine, pairwise=False)


def pair_features(
    left: Sequence[Bag], right: Sequence[Bag], cosine: NDArray[np.float64] | None = None
) -> NDArray[np.float64]:
    """The feature vectors of the pairs (left[k], right[k]): a k x f array, row k equal to
    ``features`` at that pair. For scoring only the pairs alignment reads, not all n x m."""
    if len(left) != len(right):
        raise ValueError("pair_features takes two lists of the same length")
    return _features(left, right, cosine, pairwise=True)


def _features(
    left: Sequence[Bag], right: Sequence[Bag], cosine: NDArray[np.float64] | None, pairwise: bool
) -> NDArray[np.float64]:
    import numpy as np
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Indel, LCSseq
    from rapidfuzz.process import cdist, cpdist

    workers = _workers(len(left) if pairwise else len(left) * len(right))

    def matrix(a: Sequence[Any], b: Sequence[Any], scorer: Any) -> NDArray[np.float64]:
        each = cpdist if pairwise else cdist
        return each(a, b, scorer=scorer, dtype=np.float64, workers=workers)  # type: ignore[no-any-return]

    def sizes(values: Sequence[float], side: int) -> NDArray[np.float64]:
        """A side's values as a column (left) or a row (right), or as they are, pair by pair."""
        array = np.array(values, dtype=np.float64)
        return array if pairwise else (array[:, None] if side == 0 else array[None, :])

    def overlap(get: Any) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
        """Shared items (LCS of the sorted lists) and each side's size, broadcastable."""
        a, b = [get(x) for x in left], [get(x) for x in right]
        return matrix(a, b, LCSseq.similarity), sizes([len(x) for x in a], 0), sizes([len(x) for x in b], 1)

    grams: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def chars(bag: Bag) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """``bag.chars``, made once per text in this call: pairs repeat their sentences, and
        long documents have more sentences than ``_grams`` remembers."""
        if bag.text not in grams:
            grams[bag.text] = bag.chars
        return grams[bag.text]

    def dice(get: Any) -> NDArray[np.float64]:
        shared, size_a, size_b = overlap(get)
        return 2 * shared / np.maximum(1.0, size_a + size_b)

    shared, size_a, size_b = overlap(lambda x: x.content)
    numbers, count_a, count_b = overlap(lambda x: x.numbers)
    words = np.minimum(sizes([x.words for x in left], 0), sizes([x.words for x in right], 1))
    texts_a, texts_b = [x.text for x in left], [x.text for x in right]
    columns = {
        "dice": 2 * shared / np.maximum(1.0, size_a + size_b),
        "containment": shared / np.maximum(1.0, np.minimum(size_a, size_b)),
        "surface": matrix([x.surface for x in left], [x.surface for x in right], Indel.normalized_similarity),
        "token_set": matrix(texts_a, texts_b, fuzz.token_set_ratio) / 100,
        "ratio": matrix(texts_a, texts_b, fuzz.ratio) / 100,
        "partial": matrix(texts_a, texts_b, fuzz.partial_ratio) / 100,
        "bigrams": dice(lambda x: x.bigrams),
        "chars3": dice(lambda x: chars(x)[0]),
        "chars4": dice(lambda x: chars(x)[1]),
        "names": dice(lambda x: x.names),
        "numbers": 2 * numbers / np.maximum(1.0, count_a + count_b),
        "number_count": np.log1p(count_a + count_b),
        "brevity": 1 / (1 + words),
    }
    shape = (len(left),) if pairwise else (len(left), len(right))
    names: tuple[str, ...] = FEATURES
    if cosine is not None:
        columns["cosine"] = cosine
        names = SEMANTIC_FEATURES
    return np.stack([np.broadcast_to(columns[name], shape) for name in names], axis=-1)


# ---- the models --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    """The two scoring models: numbers, trained by benchmarks/train.py and stored in model.json.

    Both read the features standardised, z = (x - mean) / scale.
    ``match``: probability = 1 / (1 + exp(-(match_bias + z . match_weights))).
    ``graded``: similarity = (graded_intercept + z . graded_linear + z' Q z) / 5, clipped to 0-1,
    where Q (``graded_quadratic``) is upper triangular: one weight per pair of features."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    match_weights: tuple[float, ...]
    match_bias: float
    graded_linear: tuple[float, ...]
    graded_quadratic: tuple[tuple[float, ...], ...]
    graded_intercept: float
    trained_on: str
    """Where the numbers come from, for people reading model.json."""

    def __post_init__(self) -> None:
        k = len(self.features)
        sizes = (len(self.mean), len(self.scale), len(self.match_weights), len(self.graded_linear))
        fits = self.features in (FEATURES, SEMANTIC_FEATURES)
        if not fits or any(size != k for size in sizes) or len(self.graded_quadratic) != k:
            raise ValueError(
                f"model features {self.features} are neither {FEATURES} nor {SEMANTIC_FEATURES}; "
                "retrain with benchmarks/train.py"
            )

    @property
    def semantic(self) -> bool:
        """True if the model reads the cosine of sentence embeddings."""
        return self.features == SEMANTIC_FEATURES

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        return cls(
            features=tuple(data["features"]),
            mean=tuple(data["mean"]),
            scale=tuple(data["scale"]),
            match_weights=tuple(data["match_weights"]),
            match_bias=float(data["match_bias"]),
            graded_linear=tuple(data["graded_linear"]),
            graded_quadratic=tuple(tuple(row) for row in data["graded_quadratic"]),
            graded_intercept=float(data["graded_intercept"]),
            trained_on=str(data["trained_on"]),
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def _standard(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        import numpy as np

        return (x - np.array(self.mean)) / np.array(self.scale)  # type: ignore[no-any-return]

    def match(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        """Match probability for an array of feature vectors (last axis: features)."""
        import numpy as np

        # a product and a sum along the last axis, not @: it gives the same bits whatever the
        # shape of x, so scoring a pair alone equals scoring it inside a matrix
        logit = self.match_bias + (self._standard(x) * np.array(self.match_weights)).sum(axis=-1)
        return 1 / (1 + np.exp(-logit))  # type: ignore[no-any-return]

    def graded(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        """Graded similarity, 0 to 1, for an array of feature vectors."""
        import numpy as np

        z = self._standard(x)
        quadratic = np.einsum("...i,ij,...j->...", z, np.array(self.graded_quadratic), z)
        y = self.graded_intercept + z @ np.array(self.graded_linear) + quadratic
        return np.clip(y / 5, 0.0, 1.0)  # type: ignore[no-any-return]


@cache
def default_model(semantic: bool = False) -> Model:
    """The model shipped in the package: diffnews/model.json, or model-semantic.json."""
    name = "model-semantic.json" if semantic else "model.json"
    text = resources.files("diffnews").joinpath(name).read_text(encoding="utf-8")
    return Model.from_dict(json.loads(text))


# ---- scores ------------------------------------------------------------------------------------


def score_matrix(
    left: Sequence[Bag],
    right: Sequence[Bag],
    model: Model | None = None,
    cosine: NDArray[np.float64] | None = None,
) -> NDArray[np.float64]:
    """The match score of every left x right pair, as an n x m numpy array of float. A semantic
    model needs the n x m ``cosine`` matrix of the sentences' embeddings."""
    import numpy as np

    if not left or not right:
        return np.zeros((len(left), len(right)))
    model = model or default_model(semantic=cosine is not None)
    if model.semantic != (cosine is not None):
        raise ValueError("a semantic model needs the cosine matrix, and only a semantic model takes it")
    scores = model.match(features(left, right, cosine))
    return np.where(_same_text(left, right), 1.0, scores)  # type: ignore[no-any-return]


def score_pairs(
    left: Sequence[Bag], right: Sequence[Bag], pairs: Iterable[tuple[int, int]], model: Model | None = None
) -> dict[tuple[int, int], float]:
    """The match score of each pair (i, j) of ``left[i]`` and ``right[j]``, lexical model only:
    what ``score_matrix`` gives at those pairs, without scoring all n x m."""
    import numpy as np

    chosen = sorted(set(pairs))
    if not chosen:
        return {}
    model = model or default_model()
    if model.semantic:
        raise ValueError("score_pairs takes a lexical model; a semantic one needs the cosine matrix")
    a, b = [left[i] for i, _ in chosen], [right[j] for _, j in chosen]
    scores = model.match(pair_features(a, b))
    same = np.array([x.text == y.text for x, y in zip(a, b, strict=True)], dtype=bool)
    return dict(zip(chosen, np.where(same, 1.0, scores).tolist(), strict=True))


def _same_text(left: Sequence[Bag], right: Sequence[Bag]) -> NDArray[np.bool_]:
    """True where the two say the same words in the same order (case, punctuation and quote
    marks aside): the same statement, whatever a model would make of it."""
    import numpy as np

    same = [[a.text == b.text for b in right] for a in left]
    return np.array(same, dtype=bool).reshape(len(left), len(right))


def score(a: Bag, b: Bag, model: Model | None = None, cosine: float | None = None) -> float:
    """The match score of two bags, 0 to 1 (see the module docstring)."""
    import numpy as np

    return float(score_matrix([a], [b], model, None if cosine is None else np.array([[cosine]]))[0, 0])


def surface(a: Bag, b: Bag) -> float:
    """Word overlap of two bags, 0 to 1, function words included (see the module docstring)."""
    from rapidfuzz.distance import Indel

    return float(Indel.normalized_similarity(a.surface, b.surface))


def similarity(
    a: str,
    b: str,
    *,
    semantic: bool = False,
    model: Model | None = None,
    left_lang: str = "en",
    right_lang: str = "en",
) -> float:
    """How close in meaning two sentences are, from 0 (unrelated) to 1 (the same words).

    Robust to case, punctuation, quote styles and inflection. Trained to follow people's
    judgements of similarity (STS Benchmark); every content word weighs the same here, where
    ``compare()`` also weighs words by their rarity in the two documents. ``semantic`` adds
    the cosine of the two sentences' embeddings (needs ``diffnews[semantic]``). ``left_lang``
    and ``right_lang`` are the sentences' languages (codes of ``diffnews.lang``), which decide
    how their words are stemmed.
    """
    import numpy as np

    vocabulary = Vocabulary()
    x, y = vocabulary.bag(tokenize(a, lang=left_lang)), vocabulary.bag(tokenize(b, lang=right_lang))
    if x.text == y.text:
        return 1.0  # the same words in the same order: nothing for a model to judge
    model = model or default_model(semantic)
    if semantic and not model.semantic:
        raise ValueError("semantic=True needs a semantic model (see default_model(semantic=True))")
    if not x.words or not y.words or (not model.semantic and not set(x.surface) & set(y.surface)):
        # nothing to read, or, lexically, no word in common: the model was trained on sentences
        # and would extrapolate ("Yes" against "No"); only meaning could relate the two
        return 0.0
    cosine = None
    if model.semantic:
        from diffnews.semantic import embed

        vectors = embed([a, b])
        cosine = np.array([[float(vectors[0] @ vectors[1])]])
    return float(model.graded(features([x], [y], cosine))[0, 0])
