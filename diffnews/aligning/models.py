"""The two trained scoring models, and the scores of a pair of sentences read through them.

The match score and the graded similarity come from a short vector of lexical features of the
pair (``features.py``), through two small models trained on public labelled news data and
shipped as numbers in ``model.json``, beside this module:

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

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from diffnews.aligning.features import FEATURES, SEMANTIC_FEATURES, Bag, Vocabulary, features, pair_features
from diffnews.reading.text import tokenize

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = [
    "Model",
    "default_model",
    "score",
    "score_matrix",
    "score_pairs",
    "similarity",
    "surface",
]


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
    """The model shipped in the package: diffnews/aligning/model.json, or model-semantic.json."""
    name = "model-semantic.json" if semantic else "model.json"
    text = resources.files("diffnews.aligning").joinpath(name).read_text(encoding="utf-8")
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
        from diffnews.aligning.semantic import embed

        vectors = embed([a, b])
        cosine = np.array([[float(vectors[0] @ vectors[1])]])
    return float(model.graded(features([x], [y], cosine))[0, 0])
