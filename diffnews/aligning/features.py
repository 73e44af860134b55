"""The bag of a sentence and its lexical features: what every score of a pair of sentences reads.

A sentence becomes a ``Bag``: the views of it that the measures below read (its content stems,
its words, its normalised text, its names and numbers). Two things are read off a pair of bags
here: the passage score, and the vector of features that the two trained scoring models
weigh (``models.py``).

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

The features (``FEATURES``), each 0 to 1 unless said, and why each is there:

    dice          2I / (A + B) over content stems, I the (weighted) stems the two share, A and B
                  each side's: how much of both is common. The strongest single feature.
    containment   I / min(A, B): a clause of a longer sentence, half of a split sentence.
    surface       the surface score (``models.surface``): function words and word forms.
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
still an LCS of sorted lists. The public ``similarity(a, b)`` (``models.py``) has no documents
to learn rarity from and weighs every stem 1, as in training, where each pair is its own two
documents.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from diffnews.config import Config
from diffnews.reading.text import Token

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = [
    "FEATURES",
    "SEMANTIC_FEATURES",
    "Bag",
    "Vocabulary",
    "combine",
    "containment",
    "features",
    "pair_features",
    "passage",
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

    from diffnews.aligning.candidates import _workers  # here: candidates.py imports this module

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
