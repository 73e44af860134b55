"""Alignment quality on public labelled data and on the fixtures.

    python benchmarks/quality.py [--data ../shared/bench] [--semantic] [--write-docs]

Reads the benchmark data from --data (default: ../shared/bench beside the project). When it is
absent, says so and exits 0 having measured only the fixtures. --semantic measures the semantic
mode too (it needs diffnews[semantic]). Prints the tables; --write-docs also writes
docs/quality.md.

MRPC (Microsoft Research Paraphrase Corpus, training part, 4,076 pairs)
    The question asked of each pair: does ``compare(s1, s2)`` align the two texts, every
    content sentence of each in a shared or rephrased group, with no figures in conflict? It is
    also asked without the second half (alignment alone). What is tuned on this data is the
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
import importlib.util
import math
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from ranking import ranks  # noqa: E402
from train import add_data_option, pair_features, read_mrpc, read_sts, train  # noqa: E402

import diffnews  # noqa: E402
from diffnews import Config, Label  # noqa: E402
from diffnews.aligning.models import Model  # noqa: E402
from tests.cases import FIXTURES, cases  # noqa: E402

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


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    return statistics.correlation(ranks(x), ranks(y))


# ---- MRPC --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mode:
    """Lexical (the default) or semantic (--semantic), with the models to compare with."""

    semantic: bool
    model: Model | None = None
    semantic_model: Model | None = None

    @property
    def name(self) -> str:
        return "semantic" if self.semantic else "lexical"

    def compare(self, left: str, right: str) -> diffnews.Report:
        config = Config(semantic=self.semantic)
        return diffnews.compare(
            left, right, config=config, model=self.model, semantic_model=self.semantic_model
        )


def aligned(report: diffnews.Report) -> bool:
    """Are all content sentences of both texts in shared or rephrased groups?"""
    sentences = (*report.left.sentences, *report.right.sentences)
    content = [s for s in sentences if s.label is not Label.BOILERPLATE]
    return bool(content) and all(s.label in (Label.SHARED, Label.REPHRASED) for s in content)


def agrees(report: diffnews.Report) -> bool:
    """The MRPC question: aligned, and with no figures in conflict?"""
    return aligned(report) and not any(p.conflicts for p in report.pairs)


def mrpc(
    rows: list[tuple[int, str, str]], sts_rows: list[tuple[str, float, str, str]], semantic: bool
) -> tuple[Binary, Binary, float]:
    """Cross-validated figures of the MRPC question (aligned, no conflicting figures) and of
    alignment alone, and seconds per comparison. In semantic mode both models, the lexical and
    the semantic, are trained on the nine folds."""
    gold = np.array([g for g, _, _ in rows], dtype=np.float64)
    pairs = [(s1, s2) for _, s1, s2 in rows]
    sts_pairs = [(s1, s2) for _, _, s1, s2 in sts_rows]
    sts_y = np.array([g for _, g, _, _ in sts_rows])
    x = {False: pair_features(pairs)}
    sts_x = {False: pair_features(sts_pairs)}
    if semantic:
        x[True], sts_x[True] = pair_features(pairs, True), pair_features(sts_pairs, True)
    predicted = [0] * len(rows)
    together = [0] * len(rows)
    elapsed = 0.0
    for k in range(FOLDS):
        held_out = list(range(k, len(rows), FOLDS))  # fixed, interleaved folds
        keep = np.ones(len(rows), dtype=bool)
        keep[held_out] = False
        models = {s: train(x[s][keep], gold[keep], sts_x[s], sts_y, f"fold {k + 1}", s) for s in x}
        mode = Mode(semantic, models[False], models.get(True))
        start = time.perf_counter()
        for i in held_out:
            report = mode.compare(*pairs[i])
            predicted[i], together[i] = int(agrees(report)), int(aligned(report))
        elapsed += time.perf_counter() - start
    labels = [g for g, _, _ in rows]
    return binary(labels, predicted), binary(labels, together), elapsed / len(rows)


# ---- STS-B -------------------------------------------------------------------------------------


def sts(rows: list[tuple[str, float, str, str]], semantic: bool) -> dict[str, tuple[float, float, int]]:
    """(Spearman, Pearson, pairs) for the news genre and for all."""
    predicted = [diffnews.similarity(s1, s2, semantic=semantic) for _, _, s1, s2 in rows]
    gold = [g for _, g, _, _ in rows]
    out = {}
    for name, keep in (("news", lambda genre: genre == "main-news"), ("all", lambda _: True)):
        idx = [i for i, (genre, _, _, _) in enumerate(rows) if keep(genre)]
        x = [predicted[i] for i in idx]
        y = [gold[i] for i in idx]
        out[name] = (spearman(x, y), pearson(x, y), len(idx))
    return out


# ---- fixtures ----------------------------------------------------------------------------------


def fixtures(mode: Mode) -> dict[str, tuple[float, float, int]]:
    """(precision, recall, support) per label over every sentence of every fixture case."""
    gold: list[str] = []
    predicted: list[str] = []
    for case in cases():
        report = mode.compare(case.left, case.right)
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


# ---- speed -------------------------------------------------------------------------------------


def _seed_sentences() -> tuple[int, int, int, int]:
    """Sentences of the seed pair's two sides, then their content (not boilerplate) sentences."""
    left, right = (FIXTURES / "amiri-troops" / name for name in ("aggregator.txt", "rudaw.txt"))
    report = diffnews.compare(left.read_text("utf-8"), right.read_text("utf-8"))
    sides = (report.left.sentences, report.right.sentences)
    content = [sum(s.label is not Label.BOILERPLATE for s in side) for side in sides]
    return len(sides[0]), len(sides[1]), content[0], content[1]


SEED_SENTENCES = _seed_sentences()


def nltk_import() -> float:
    """Wall seconds of ``import nltk`` in a new process (best of two): most of the start-up."""
    times = []
    for _ in range(2):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import nltk"], check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def seed_speed(mode: Mode) -> tuple[float, float]:
    """Wall seconds of ``diffnews compare`` on the seed pair in a new process (imports, and in
    semantic mode loading the encoder, included; best of two), and of ``compare()`` in this
    process once everything is loaded (best of three)."""
    left, right = (FIXTURES / "amiri-troops" / name for name in ("aggregator.txt", "rudaw.txt"))
    command = [sys.executable, "-m", "diffnews", "compare", str(left), str(right), "-f", "json"]
    cold = []
    for _ in range(2):
        start = time.perf_counter()
        subprocess.run(
            [*command, *(["--semantic"] if mode.semantic else [])], capture_output=True, check=True
        )
        cold.append(time.perf_counter() - start)
    texts = (left.read_text("utf-8"), right.read_text("utf-8"))
    mode.compare(*texts)
    warm = []
    for _ in range(3):
        start = time.perf_counter()
        mode.compare(*texts)
        warm.append(time.perf_counter() - start)
    return min(cold), min(warm)


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


@dataclass(frozen=True)
class Results:
    """What one mode measured; the benchmark parts are None when the data is absent."""

    mode: str
    fixtures: dict[str, tuple[float, float, int]]
    seed: tuple[float, float]
    mrpc: tuple[Binary, Binary, float] | None = None
    sts: dict[str, tuple[float, float, int]] | None = None


def measure(semantic: bool, data: Path | None) -> Results:
    mode = Mode(semantic)
    print(f"measuring {mode.name} mode ...", file=sys.stderr)
    if data is None:
        return Results(mode.name, fixtures(mode), seed_speed(mode))
    sts_train = read_sts(data / "stsb" / "sts-train.csv")
    return Results(
        mode.name,
        fixtures(mode),
        seed_speed(mode),
        mrpc(read_mrpc(data / "mrpc" / "train.tsv"), sts_train, semantic),
        sts(read_sts(data / "stsb" / "sts-dev.csv"), semantic),
    )


def render(results: list[Results], data: Path | None) -> str:
    command = "python benchmarks/quality.py --semantic --write-docs"
    lines = [
        "# Alignment quality",
        "",
        f"Measured by `{command}`, which also wrote this page",
        f"(diffnews {diffnews.__version__}, default thresholds, 2 CPU cores). The lexical mode is the",
        'default; the semantic mode is `--semantic`, with `pip install "diffnews[semantic]"`.',
        "Without `--semantic` the script measures the lexical mode only.",
        "",
    ]
    measured = [r for r in results if r.mrpc is not None and r.sts is not None]
    if measured:
        lines += [
            "## MRPC, training part, 10-fold cross-validation",
            "",
            "The question: does `compare(s1, s2)` put every content sentence of both texts in a shared",
            "or rephrased group, with no figures in conflict (`pairs[].conflicts` empty)? The rows",
            '"aligned" ask only the first half. The match models are trained on the nine other folds',
            "of each split (`benchmarks/train.py`); the thresholds are the defaults.",
            "",
            "| mode | question | accuracy | F1 | precision | recall | time per comparison |",
            "|---|---|---|---|---|---|---|",
        ]
        for r in measured:
            question, alignment, per_pair = r.mrpc  # type: ignore[misc]
            for name, m in (("aligned, no conflicts", question), ("aligned", alignment)):
                lines.append(
                    f"| {r.mode} | {name} | {100 * m.accuracy:.1f} | {100 * m.f1:.1f} | "
                    f"{100 * m.precision:.1f} | {100 * m.recall:.1f} | {1000 * per_pair:.1f} ms |"
                )
        lines += [
            "",
            'MRPC\'s annotators call many pairs paraphrases whose figures differ ("$9.99" against',
            '"$9.95", "770" against "767"); diffnews flags those as conflicts by design, which',
            "costs the first question what it gains on pairs that change a fact.",
        ]
        lines += [
            "",
            "## STS-B, dev part",
            "",
            "Correlation of `diffnews.similarity(s1, s2)` (`semantic=True` in semantic mode) with the",
            "gold 0-5 scores. The graded models were trained on STS-B's training part only.",
            "",
            "| mode | genres | pairs | Spearman | Pearson |",
            "|---|---|---|---|---|",
        ]
        for r in measured:
            for name in ("news", "all"):
                rho, pearson_r, n = r.sts[name]  # type: ignore[index]
                lines.append(f"| {r.mode} | {name} | {n} | {rho:.3f} | {pearson_r:.3f} |")
        lines.append("")
    lines += [
        "## Fixtures",
        "",
        "Every sentence of every case in `fixtures/`, against its expected label",
        "(known misses included, as they are errors).",
        "",
        "| mode | label | sentences | precision | recall |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        for label, (p, rec, n) in r.fixtures.items():
            lines.append(f"| {r.mode} | {label} | {n} | {p:.2f} | {rec:.2f} |")
    lines += [
        "",
        "## Speed",
        "",
        f"The seed pair ({SEED_SENTENCES[0]} and {SEED_SENTENCES[1]} sentences): `diffnews compare` in a",
        "new process, start-up and (in semantic mode) loading the sentence encoder included; then",
        f"`compare()` in a process that has everything loaded. Encoding its {sum(SEED_SENTENCES[2:])}",
        "content sentences is most of the semantic figure. Timings vary by a factor of up to 2",
        "between runs on this shared machine.",
        "",
        "| mode | `diffnews compare`, new process | `compare()`, loaded |",
        "|---|---|---|",
    ]
    for r in results:
        lines.append(f"| {r.mode} | {r.seed[0]:.2f} s | {1000 * r.seed[1]:.0f} ms |")
    scipy = importlib.util.find_spec("scipy") is not None
    lines += [
        "",
        f"Of the new-process figure, `import nltk` alone takes {nltk_import():.2f} s here"
        + (
            ": nltk imports scipy.stats when scipy is installed, and diffnews needs scipy (for"
            " aligning long documents). diffnews itself never imports nltk's package"
            " (diffnews/reading/lazy_nltk.py)."
            if scipy
            else "."
        ),
    ]
    lines += ["", "## Reference figures", "", REFERENCES]
    if data is None:
        lines += ["", "The benchmark data was not found; only the fixtures were measured."]
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_option(parser)
    parser.add_argument("--semantic", action="store_true", help="also measure the semantic mode")
    parser.add_argument("--write-docs", action="store_true", help="also write docs/quality.md")
    args = parser.parse_args()

    needed = ("mrpc/train.tsv", "stsb/sts-train.csv", "stsb/sts-dev.csv")
    data: Path | None = args.data
    if not all((args.data / name).is_file() for name in needed):
        print(f"benchmark data not found under {args.data} (need {', '.join(needed)});")
        print("measuring the fixtures only. Give the folder with --data.")
        data = None
    if args.semantic:
        from diffnews.aligning.semantic import available

        if not available():
            print('the semantic backend is not installed (pip install "diffnews[semantic]"); lexical only.')
            args.semantic = False
    results = [measure(False, data)] + ([measure(True, data)] if args.semantic else [])
    text = render(results, data)
    print(text)
    if args.write_docs:
        (ROOT / "docs" / "quality.md").write_text(text, encoding="utf-8")
        print("wrote docs/quality.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
