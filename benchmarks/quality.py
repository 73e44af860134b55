"""Alignment quality on public labelled data and on the fixtures.

    python benchmarks/quality.py [--data ../shared/bench] [--write-docs]

Reads the benchmark data from --data (default: ../shared/bench beside the project). When it is
absent, says so and exits 0 having measured only the fixtures. Prints a table; --write-docs also
writes docs/quality.md.

MRPC (Microsoft Research Paraphrase Corpus, training part, 4,076 pairs)
    The question asked of each pair: does ``compare(s1, s2)`` align the two texts, every
    content sentence of each in a shared or rephrased group? What is tuned on this data is the
    match model (benchmarks/train.py), so it is measured by 10-fold cross-validation: for each
    fold the model is trained on the other nine, and ``compare`` runs with it, and the default
    thresholds, on the fold held out. The figures are those of the held-out answers, pooled.
STS-B (Semantic Textual Similarity Benchmark, dev part, 1,500 pairs)
    Spearman and Pearson correlation of ``diffnews.similarity(s1, s2)`` with the gold 0-5
    scores, for the news genre and for all genres. The shipped model was trained on STS-B's
    training part only.
Fixtures (fixtures/*/expected.toml)
    Precision and recall per label over every sentence of every case.

The data is read with TAB splitting only: the texts contain raw double quotes.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from train import pair_features, read_mrpc, read_sts, train  # noqa: E402

import diffnews  # noqa: E402
from diffnews import Label  # noqa: E402
from diffnews.similarity import Model  # noqa: E402
from tests.cases import cases  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench"
FOLDS = 10


# ---- measures ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Binary:
    accuracy: float
    f1: float
    precision: float
    recall: float


def binary(gold: Sequence[int], predicted: Sequence[int]) -> Binary:
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, predicted, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g and not p)
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if bool(g) == bool(p))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Binary(correct / len(gold), f1, precision, recall)


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    return statistics.correlation(x, y)


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties given the mean of the ranks they span."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for k in range(start, end + 1):
            out[order[k]] = (start + end) / 2 + 1
        start = end + 1
    return out


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    return statistics.correlation(ranks(x), ranks(y))


# ---- MRPC --------------------------------------------------------------------------------------


def aligned(s1: str, s2: str, model: Model | None = None) -> bool:
    """The MRPC question: are all content sentences of both texts in shared or rephrased groups?"""
    report = diffnews.compare(s1, s2, model=model)
    sentences = (*report.left.sentences, *report.right.sentences)
    content = [s for s in sentences if s.label is not Label.BOILERPLATE]
    return bool(content) and all(s.label in (Label.SHARED, Label.REPHRASED) for s in content)


def mrpc(
    rows: list[tuple[int, str, str]], sts_rows: list[tuple[str, float, str, str]]
) -> tuple[Binary, float]:
    """Cross-validated figures and seconds per comparison."""
    gold = np.array([g for g, _, _ in rows], dtype=np.float64)
    x = pair_features([(s1, s2) for _, s1, s2 in rows])
    sts_x = pair_features([(s1, s2) for _, _, s1, s2 in sts_rows])
    sts_y = np.array([g for _, g, _, _ in sts_rows])
    predicted = [0] * len(rows)
    elapsed = 0.0
    for k in range(FOLDS):
        held_out = list(range(k, len(rows), FOLDS))  # fixed, interleaved folds
        keep = np.ones(len(rows), dtype=bool)
        keep[held_out] = False
        model = train(x[keep], gold[keep], sts_x, sts_y, f"fold {k + 1} of {FOLDS}")
        start = time.perf_counter()
        for i in held_out:
            _, s1, s2 = rows[i]
            predicted[i] = int(aligned(s1, s2, model))
        elapsed += time.perf_counter() - start
    return binary([g for g, _, _ in rows], predicted), elapsed / len(rows)


# ---- STS-B -------------------------------------------------------------------------------------


def sts(rows: list[tuple[str, float, str, str]]) -> dict[str, tuple[float, float, int]]:
    """(Spearman, Pearson, pairs) for the news genre and for all."""
    predicted = [diffnews.similarity(s1, s2) for _, _, s1, s2 in rows]
    gold = [g for _, g, _, _ in rows]
    out = {}
    for name, keep in (("news", lambda genre: genre == "main-news"), ("all", lambda genre: True)):
        idx = [i for i, (genre, _, _, _) in enumerate(rows) if keep(genre)]
        x = [predicted[i] for i in idx]
        y = [gold[i] for i in idx]
        out[name] = (spearman(x, y), pearson(x, y), len(idx))
    return out


# ---- fixtures ----------------------------------------------------------------------------------


def fixtures() -> dict[str, tuple[float, float, int]]:
    """(precision, recall, support) per label over every sentence of every fixture case."""
    gold: list[str] = []
    predicted: list[str] = []
    for case in cases():
        report = diffnews.compare(case.left, case.right)
        for expectation in case.expectations:
            for side, snippets in (("left", expectation.left), ("right", expectation.right)):
                sentences = report.left.sentences if side == "left" else report.right.sentences
                for snippet in snippets:
                    key = " ".join(snippet.split())
                    (sentence,) = [s for s in sentences if key in " ".join(s.text.split())]
                    gold.append(expectation.label)
                    predicted.append(sentence.label.value)
    out = {}
    for label in Label:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label.value)
        n_pred = predicted.count(label.value)
        n_gold = gold.count(label.value)
        out[label.value] = (
            tp / n_pred if n_pred else math.nan,
            tp / n_gold if n_gold else math.nan,
            n_gold,
        )
    return out


# ---- report ------------------------------------------------------------------------------------

REFERENCES = """\
Published figures on the MRPC *test* part, accuracy / F1 (the test part is not in ../shared/bench,
so these are for scale, not a like-for-like comparison):

| system | accuracy | F1 |
|---|---|---|
| always answering "paraphrase" | 66.5 | 79.9 |
| Mihalcea et al. 2006 (knowledge-lean) | 70.3 | 81.3 |
| Rus et al. 2008 | 70.6 | 80.5 |
| Qiu et al. 2006 | 72.0 | 81.6 |
| Wan et al. 2006 | 75.6 | 83.0 |
| Ji & Eisenstein 2013 (TF-KLD) | 80.4 | 85.9 |
| large fine-tuned transformers | about 90.7 | about 93.0 |

On STS-B test, Spearman × 100 without STS training (sentence-transformers documentation):
average GloVe 58.0, InferSent 68.0, Universal Sentence Encoder 74.9. Word-overlap Jaccard
reaches a Pearson of about 0.57 overall and 0.68 on the news genres.

Sources: the figures as listed in ../shared/bench/README.md, which cites Dolan, Quirk &
Brockett 2004 (MRPC) and Cer et al. 2017 (STS-B).
"""


def render(results: dict[str, object], data: Path | None) -> str:
    lines = ["# Alignment quality", ""]
    lines += [
        "Measured by `python benchmarks/quality.py --write-docs`, which also wrote this page.",
        f"diffnews {diffnews.__version__}, default thresholds, lexical mode (no semantic backend).",
        "",
    ]
    if "mrpc" in results:
        m, per_pair = results["mrpc"]  # type: ignore[misc]
        lines += [
            "## MRPC, training part, 10-fold cross-validation",
            "",
            "Question: does `compare(s1, s2)` put every content sentence of both texts in a shared or",
            "rephrased group? The match model is trained on the nine other folds of each split",
            "(`benchmarks/train.py`); the thresholds are the defaults.",
            "",
            "| accuracy | F1 | precision | recall | time per comparison |",
            "|---|---|---|---|---|",
            f"| {100 * m.accuracy:.1f} | {100 * m.f1:.1f} | {100 * m.precision:.1f} | {100 * m.recall:.1f} "
            f"| {1000 * per_pair:.1f} ms |",
            "",
        ]
    if "sts" in results:
        s = results["sts"]
        lines += [
            "## STS-B, dev part",
            "",
            "Correlation of `diffnews.similarity(s1, s2)` with the gold 0-5 scores.",
            "",
            "| genres | pairs | Spearman | Pearson |",
            "|---|---|---|---|",
        ]
        for name in ("news", "all"):
            rho, r, n = s[name]  # type: ignore[index]
            lines.append(f"| {name} | {n} | {rho:.3f} | {r:.3f} |")
        lines.append("")
    f = results["fixtures"]
    lines += [
        "## Fixtures",
        "",
        "Every sentence of every case in `fixtures/`, against its expected label",
        "(known misses included, as they are errors).",
        "",
        "| label | sentences | precision | recall |",
        "|---|---|---|---|",
    ]
    for label, (p, r, n) in f.items():  # type: ignore[attr-defined]
        lines.append(f"| {label} | {n} | {p:.2f} | {r:.2f} |")
    lines += ["", "## Reference figures", "", REFERENCES]
    if data is None:
        lines += ["", "The benchmark data was not found; only the fixtures were measured."]
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"benchmark folder (default {DEFAULT_DATA})"
    )
    parser.add_argument("--write-docs", action="store_true", help="also write docs/quality.md")
    args = parser.parse_args()

    results: dict[str, object] = {"fixtures": fixtures()}
    mrpc_file = args.data / "mrpc" / "train.tsv"
    sts_file = args.data / "stsb" / "sts-dev.csv"
    data: Path | None = args.data
    if mrpc_file.is_file() and sts_file.is_file() and (args.data / "stsb" / "sts-train.csv").is_file():
        results["mrpc"] = mrpc(read_mrpc(mrpc_file), read_sts(args.data / "stsb" / "sts-train.csv"))
        results["sts"] = sts(read_sts(sts_file))
    else:
        need = "mrpc/train.tsv, stsb/sts-train.csv and sts-dev.csv"
        print(f"benchmark data not found under {args.data} (need {need});")
        print("measuring the fixtures only. Give the folder with --data.")
        data = None
    text = render(results, data)
    print(text)
    if args.write_docs:
        (ROOT / "docs" / "quality.md").write_text(text, encoding="utf-8")
        print("wrote docs/quality.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
