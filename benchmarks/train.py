"""Train the two scoring models of diffnews/aligning/models.py and write diffnews/aligning/model.json.

    python benchmarks/train.py [--data ../shared/bench] [--semantic] [--check]

The match model is a logistic regression of MRPC's paraphrase labels (training part, 4,076
pairs); the graded model a ridge regression of STS-B's 0-5 scores (training part, 5,749 pairs)
on the features and their pairwise products. Both are fitted in closed form or by Newton's
method, so the same data always gives the same numbers. --semantic trains the models of the
semantic backend instead (model-semantic.json), with the cosine of the two sentences'
embeddings (semantic.py) as one more feature. --check trains and compares with
the shipped file instead of writing it (exit 1 if they differ), to show it is reproducible.

The data is read with TAB splitting only: the texts contain raw double quotes. When it is
absent the script says so and exits 0 without writing anything.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path

# The number of BLAS threads changes the order of the sums, and so the weights' last digits: one
# thread, always, so that --check gives the same answer on any machine, and after Dask (which
# sets OMP_NUM_THREADS=1 in its parent's environment) as before it. Set before numpy loads BLAS.
for _threads in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_threads] = "1"

import numpy as np  # noqa: E402
from numpy.typing import NDArray  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diffnews.aligning.features import FEATURES, SEMANTIC_FEATURES, Vocabulary, features  # noqa: E402
from diffnews.aligning.models import Model  # noqa: E402
from diffnews.reading.text import tokenize  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench"
MODEL_FILES = {
    False: ROOT / "diffnews" / "aligning" / "model.json",
    True: ROOT / "diffnews" / "aligning" / "model-semantic.json",
}
MATCH_C = 1.0  # inverse L2 strength of the logistic model (as in scikit-learn's C)
GRADED_ALPHA = 100.0  # L2 strength of the ridge regression
# Both were chosen by cross-validation on the training parts only (MRPC 10-fold; STS-B train).


# ---- data --------------------------------------------------------------------------------------


def read_mrpc(path: Path) -> list[tuple[int, str, str]]:
    """(label, sentence 1, sentence 2) rows of MRPC's train.tsv."""
    rows = path.read_text(encoding="utf-8-sig").splitlines()[1:]
    return [(int(c[0]), c[3], c[4]) for c in (row.split("\t") for row in rows) if len(c) >= 5]


def read_sts(path: Path) -> list[tuple[str, float, str, str]]:
    """(genre, score, sentence 1, sentence 2) rows of an STS-B file."""
    out = []
    for row in path.read_text(encoding="utf-8-sig").splitlines():
        c = row.split("\t")
        if len(c) >= 7:
            out.append((c[0], float(c[4]), c[5], c[6]))
    return out


def pair_features(pairs: Sequence[tuple[str, str]], semantic: bool = False) -> NDArray[np.float64]:
    """One feature row per sentence pair, each pair weighed as its own two documents; with
    ``semantic``, the cosine of the two sentences' embeddings as the last feature."""
    cosines: list[float | None] = [None] * len(pairs)
    if semantic:
        from diffnews.aligning.semantic import embed

        first, second = embed([a for a, _ in pairs]), embed([b for _, b in pairs])
        cosines = [float(c) for c in (first * second).sum(axis=1)]
    rows = []
    for (a, b), cosine in zip(pairs, cosines, strict=True):
        vocabulary = Vocabulary()
        matrix = None if cosine is None else np.array([[cosine]])
        rows.append(features([vocabulary.bag(tokenize(a))], [vocabulary.bag(tokenize(b))], matrix)[0, 0])
    return np.array(rows)


# ---- fitting -----------------------------------------------------------------------------------


def fit_logistic(
    z: NDArray[np.float64], y: NDArray[np.float64], c: float
) -> tuple[NDArray[np.float64], float]:
    """Weights and bias minimising c * log-loss + |w|^2 / 2 (bias not penalised), by Newton's
    method; the loss is convex, so it converges from zero in a few steps."""
    x = np.hstack([z, np.ones((len(z), 1))])
    penalty = np.eye(x.shape[1]) / c
    penalty[-1, -1] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w[:-1], float(w[-1])


def quadratic_terms(z: NDArray[np.float64]) -> NDArray[np.float64]:
    """z followed by z_i * z_j for i <= j."""
    i, j = np.triu_indices(z.shape[1])
    return np.hstack([z, z[:, i] * z[:, j]])


def fit_ridge(
    x: NDArray[np.float64], y: NDArray[np.float64], alpha: float
) -> tuple[NDArray[np.float64], float]:
    """Weights and intercept minimising |y - x w - b|^2 + alpha |w|^2 (intercept not penalised)."""
    mean_x, mean_y = x.mean(axis=0), y.mean()
    xc = x - mean_x
    w = np.linalg.solve(xc.T @ xc + alpha * np.eye(x.shape[1]), xc.T @ (y - mean_y))
    return w, float(mean_y - mean_x @ w)


def train(
    match_x: NDArray[np.float64],
    match_y: NDArray[np.float64],
    graded_x: NDArray[np.float64],
    graded_y: NDArray[np.float64],
    trained_on: str,
    semantic: bool = False,
) -> Model:
    """Both models from their feature rows and targets; ``semantic`` if the rows end in the
    embeddings' cosine."""
    names = SEMANTIC_FEATURES if semantic else FEATURES
    both = np.vstack([match_x, graded_x])
    mean = both.mean(axis=0)
    scale = both.std(axis=0)
    scale[scale == 0] = 1.0
    match_weights, match_bias = fit_logistic((match_x - mean) / scale, match_y, MATCH_C)
    k = len(names)
    weights, intercept = fit_ridge(quadratic_terms((graded_x - mean) / scale), graded_y, GRADED_ALPHA)
    quadratic = np.zeros((k, k))
    quadratic[np.triu_indices(k)] = weights[k:]
    return Model(
        features=names,
        mean=tuple(_round(mean)),
        scale=tuple(_round(scale)),
        match_weights=tuple(_round(match_weights)),
        match_bias=_round(np.array([match_bias]))[0],
        graded_linear=tuple(_round(weights[:k])),
        graded_quadratic=tuple(tuple(_round(row)) for row in quadratic),
        graded_intercept=_round(np.array([intercept]))[0],
        trained_on=trained_on,
    )


def _round(values: NDArray[np.float64]) -> list[float]:
    """Ten significant digits: far below what changes a score, and stable across machines."""
    return [float(f"{v:.10g}") for v in values]


def train_from(data: Path, semantic: bool = False) -> Model:
    mrpc = read_mrpc(data / "mrpc" / "train.tsv")
    sts = read_sts(data / "stsb" / "sts-train.csv")
    encoder = " and multilingual-e5-small embeddings" if semantic else ""
    return train(
        pair_features([(a, b) for _, a, b in mrpc], semantic),
        np.array([label for label, _, _ in mrpc], dtype=np.float64),
        pair_features([(a, b) for _, _, a, b in sts], semantic),
        np.array([gold for _, gold, _, _ in sts]),
        f"benchmarks/train.py: match on MRPC train ({len(mrpc)} pairs), "
        f"graded on STS-B train ({len(sts)} pairs), lexical features{encoder}",
        semantic,
    )


def add_data_option(parser: argparse.ArgumentParser) -> None:
    """--data, the benchmark folder, for this script and benchmarks/quality.py."""
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"benchmark folder (default {DEFAULT_DATA})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    parser.add_argument("--semantic", action="store_true", help="train the semantic models")
    parser.add_argument("--check", action="store_true", help="compare with the shipped file, do not write")
    args = parser.parse_args()
    needed = [args.data / "mrpc" / "train.tsv", args.data / "stsb" / "sts-train.csv"]
    if not all(p.is_file() for p in needed):
        print(f"benchmark data not found under {args.data} (need mrpc/train.tsv and stsb/sts-train.csv);")
        print("nothing trained. Give the folder with --data.")
        return 0
    model = train_from(args.data, args.semantic)
    text = json.dumps(model.to_dict(), indent=1) + "\n"
    target = MODEL_FILES[args.semantic]
    if args.check:
        same = _close(json.loads(target.read_text(encoding="utf-8")), json.loads(text))
        print(f"{target.name} {'is' if same else 'differs from'} what this data trains")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


def _close(shipped: object, trained: object) -> bool:
    """The same model: the same structure and strings, and numbers equal to 1e-9. One BLAS
    thread fixes the order of the sums, but another numpy or OpenBLAS release still moves a
    weight's twelfth digit (seen: 0.005474820214 against ...213, numpy 2.4.6)."""
    if isinstance(shipped, dict) and isinstance(trained, dict):
        return shipped.keys() == trained.keys() and all(_close(shipped[k], trained[k]) for k in shipped)
    if isinstance(shipped, list) and isinstance(trained, list):
        return len(shipped) == len(trained) and all(map(_close, shipped, trained))
    numbers = [isinstance(v, float | int) and not isinstance(v, bool) for v in (shipped, trained)]
    if all(numbers):
        return math.isclose(shipped, trained, rel_tol=1e-9, abs_tol=1e-12)  # type: ignore[arg-type]
    return type(shipped) is type(trained) and shipped == trained


if __name__ == "__main__":
    raise SystemExit(main())
