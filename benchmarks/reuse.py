"""Word-level reuse on the copy side: diffnews against a word-trigram baseline.

    python benchmarks/reuse.py [--bench ../shared/bench] [--seed 1] [--copies 1000] [--legacy] [--json]
                               [--fragment W]

Every word of a derived text (the copy, the right side; the source is the left) is copied,
reworded or new. This measures how well diffnews's report says which, on two data sets:

fixtures
    The ``[[words]]`` tables of ``fixtures/*/expected.toml``: ``side``, ``sentence`` (a snippet
    of one sentence of that side), and snippets of it under ``copied``, ``reworded`` and
    ``new``; optional ``known_miss``. The words those snippets cover are scored, on whichever
    side the table names (a fixture's two texts have no fixed direction). Snippets match with
    runs of white space compared as one space, as in fixtures/README.md.
rewrites
    Synthetic rewrites of news sentences from ``--bench`` (MRPC and STS-B), with the truth of
    every word, from benchmarks/rewrites.py (how they are made, what makes them hard and what
    is still easier than real copy: its docstring). Skipped, saying so, when the data is
    absent. The generator is calibrated on the trigram baseline alone, towards its figures on
    real newspaper rewrites of wire copy (``REAL``, printed beside the results).
derived
    The rewrites' wholly and partly derived copies alone. METER, the corpus of real newspaper
    rewrites of wire copy, labels words only in such articles ("about 400 wholly or partially
    derived newspaper articles are annotated down to the lexical level": Gaizauskas et al.,
    "The METER Corpus"), so this is the population that word-level figures on real copy
    describe. ``rewrites`` also scores the independent copies' words, which are new by
    provenance whatever they share with the source: an independent report's paraphrase of a
    wire sentence is made exactly as a derived copy's is (benchmarks/rewrites.py, ``kin``),
    and no reading of the two texts alone can tell the two apart.

A word is a ``\\w+`` run of the text, whatever diffnews's tokenizer does; the report's spans are
mapped onto words by offsets (a word takes the kind of the report span it overlaps most; none:
new). Figures:

word level
    Precision, recall and F1 of "reused" (copied or reworded) against new, and of copied
    against the rest; per data set and pooled.
document level (rewrites)
    Spearman correlation of the copy's reused share with its true derived share, and the
    macro F1 of wholly / partly / not derived (the truth: benchmarks/rewrites.py) predicted
    from that share by two thresholds, which are fitted on four folds and applied to the fifth
    (5-fold cross-validation, folds by copy number), as METER-corpus studies do.
baseline
    In the same run, on the same words: a copy word is copied (so reused) when it lies in a
    word trigram (lowercased ``\\w+`` words) the source also has; its document share is the
    trigram containment (the share of the copy's distinct trigrams that the source has).

Schema 5 reports carry the reuse of every sentence (``sentences[].reuse``). ``--legacy`` reads
a schema-4 report instead: a word of a shared or rephrased sentence is reused, reworded when it
is in its group's ``changed`` spans and copied otherwise; a word of any other sentence is new.
A report older than schema 5 is always read that way, and the output says so. Run against the
base revision with ``PYTHONPATH=/path/to/base`` to get the "before" figures.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import math
import os
import re
import statistics
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
from ranking import ranks  # noqa: E402
from rewrites import CLASSES, Rewrite, read_pool, word_truth  # noqa: E402
from rewrites import generate as generate_rewrites  # noqa: E402

DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
REAL = (
    "Real rewrites of wire copy (METER-like), for comparison: the trigram baseline gets about",
    "0.71 reused-word F1, 0.79 copied-word F1, Spearman 0.63; best published 3-way macro F1 0.664.",
)
FIXTURES = ROOT / "fixtures"
WORD = re.compile(r"\w+")
FOLDS = 5

Interval = tuple[int, int, str]
"""(start, end, kind): a span of a text and the reuse kind given to it."""


# ---- words and what a report says of them ------------------------------------------------------


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ``\\w+`` words of ``text[start:end]``, as offsets into ``text``."""
    return [(m.start(), m.end()) for m in WORD.finditer(text, start, len(text) if end is None else end)]


def kinds_by_overlap(words: Sequence[tuple[int, int]], intervals: Sequence[Interval]) -> list[str]:
    """Each word's kind: that of the interval (sorted, not overlapping) it overlaps most, or
    ``new`` when it overlaps none."""
    starts = [a for a, _, _ in intervals]
    out = []
    for ws, we in words:
        best, kind = 0, "new"
        k = max(bisect.bisect_right(starts, ws) - 1, 0)
        while k < len(intervals) and intervals[k][0] < we:
            a, b, what = intervals[k]
            overlap = min(b, we) - max(a, ws)
            if overlap > best:
                best, kind = overlap, what
            k += 1
        out.append(kind)
    return out


def legacy_intervals(report: dict[str, Any], side: str) -> list[Interval]:
    """Reuse read from a schema-4 report (see the module docstring)."""
    out: list[Interval] = []
    for sentence in report[side]["sentences"]:
        start, end = sentence["start"], sentence["end"]
        if sentence["label"] not in ("shared", "rephrased") or sentence.get("pair") is None:
            out.append((start, end, "new"))
            continue
        changed = sorted(
            (max(a, start), min(b, end))
            for a, b in report["pairs"][sentence["pair"]]["changed"][side]
            if a < end and b > start
        )
        pos = start
        for a, b in changed:
            if a > pos:
                out.append((pos, a, "copied"))
            out.append((max(a, pos), b, "reworded"))
            pos = max(pos, b)
        if pos < end:
            out.append((pos, end, "copied"))
    return [iv for iv in out if iv[0] < iv[1]]


def reuse_intervals(report: dict[str, Any], side: str) -> list[Interval]:
    """The ``reuse`` stretches of a schema-5 report's sentences."""
    out = []
    for sentence in report[side]["sentences"]:
        if "reuse" not in sentence:
            raise SystemExit(
                f"schema {report['schema_version']} report without sentences[].reuse; try --legacy"
            )
        out += [(s["start"], s["end"], s["kind"]) for s in sentence["reuse"]]
    return sorted(out)


def is_legacy(report: dict[str, Any], legacy: bool) -> bool:
    return legacy or int(report["schema_version"]) < 5


def predicted_kinds(
    report: dict[str, Any], side: str, words: Sequence[tuple[int, int]], legacy: bool
) -> list[str]:
    """What the report says of each word of one side."""
    read = legacy_intervals if is_legacy(report, legacy) else reuse_intervals
    return kinds_by_overlap(words, read(report, side))


def trigram_kinds(source: str, copy: str, words: Sequence[tuple[int, int]]) -> tuple[list[str], float]:
    """The baseline: each copy word ``copied`` when in a word trigram the source has, else
    ``new``; and the trigram containment of the copy in the source."""
    src = [w.lower() for w in WORD.findall(source)]
    grams = {tuple(src[i : i + 3]) for i in range(len(src) - 2)}
    own = [copy[a:b].lower() for a, b in words]
    flags = [False] * len(own)
    seen = set()
    for i in range(len(own) - 2):
        gram = tuple(own[i : i + 3])
        seen.add(gram)
        if gram in grams:
            flags[i] = flags[i + 1] = flags[i + 2] = True
    containment = len(seen & grams) / len(seen) if seen else 0.0
    return ["copied" if f else "new" for f in flags], containment


def reused_share(kinds: Sequence[str]) -> float:
    return sum(k != "new" for k in kinds) / len(kinds) if kinds else 0.0


# ---- measures ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    support: int
    """Words that are positive in the truth."""
    words: int


def prf(gold: Sequence[bool], predicted: Sequence[bool]) -> PRF:
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g and p)
    n_pred, n_gold = sum(map(bool, predicted)), sum(map(bool, gold))
    precision = tp / n_pred if n_pred else math.nan
    recall = tp / n_gold if n_gold else math.nan
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return PRF(precision, recall, f1, n_gold, len(gold))


def word_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, PRF]:
    """``reused`` (copied or reworded, against new) and ``copied`` (against the rest)."""
    return {
        "reused": prf([g != "new" for g in gold], [p != "new" for p in predicted]),
        "copied": prf([g == "copied" for g in gold], [p == "copied" for p in predicted]),
    }


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    if len(x) < 2 or len(set(x)) < 2 or len(set(y)) < 2:
        return math.nan
    return statistics.correlation(ranks(x), ranks(y))


def classify(shares: Sequence[float], low: float, high: float) -> list[str]:
    """``not`` below ``low``, ``wholly`` from ``high`` up, ``partly`` between."""
    return ["not" if s < low else "wholly" if s >= high else "partly" for s in shares]


def macro_f1(gold: Sequence[str], predicted: Sequence[str], classes: Sequence[str] = CLASSES) -> float:
    """The mean F1 of the classes present in ``gold``."""
    scores = []
    for c in classes:
        if c not in gold:
            continue
        scores.append(prf([g == c for g in gold], [p == c for p in predicted]).f1)
    return statistics.fmean(scores) if scores else math.nan


def fit_thresholds(shares: Sequence[float], gold: Sequence[str]) -> tuple[float, float]:
    """The (low, high) pair with the best macro F1 on these documents. Candidates are the
    midpoints between consecutive distinct shares (and one below the lowest, one above the
    highest), so a threshold sits halfway between the documents it separates; the lowest pair
    wins a tie."""
    values = sorted(set(shares))
    grid = np.array(
        [
            values[0] - 0.005,
            *((a + b) / 2 for a, b in itertools.pairwise(values)),
            values[-1] + 0.005,
        ]
    )
    s = np.asarray(shares, dtype=np.float64)[:, None]
    codes = {"not": 0, "partly": 1, "wholly": 2}
    g = np.array([codes[c] for c in gold])[:, None]
    present = [c for c in range(3) if (g == c).any()]
    above = s >= grid[None, :]  # documents x candidates
    best, pair = -1.0, (0.0, 0.0)
    for i in range(len(grid)):
        predicted = above[:, i : i + 1].astype(np.int64) + above[:, i:]  # low grid[i] <= high grid[j]
        f1s = []
        for c in present:
            tp = ((predicted == c) & (g == c)).sum(axis=0)
            total = (predicted == c).sum(axis=0) + (g == c).sum()
            f1s.append(2 * tp / np.maximum(total, 1))
        score = np.mean(f1s, axis=0)
        j = int(np.argmax(score))
        if score[j] > best + 1e-12:
            best, pair = float(score[j]), (float(grid[i]), float(grid[i + j]))
    return pair


@dataclass(frozen=True)
class ThreeWay:
    macro_f1: float
    thresholds: tuple[tuple[float, float], ...]
    """(low, high) fitted on the training folds of each fold."""
    confusion: dict[str, dict[str, int]]
    """truth -> prediction -> documents, over the held-out predictions."""


def cross_validated(shares: Sequence[float], gold: Sequence[str], folds: int = FOLDS) -> ThreeWay:
    """Wholly / partly / not from ``shares``, thresholds fitted on the other folds (fold of
    document i: i % folds), macro F1 of the pooled held-out predictions."""
    predicted = [""] * len(shares)
    fitted = []
    for k in range(folds):
        train = [i for i in range(len(shares)) if i % folds != k]
        test = [i for i in range(len(shares)) if i % folds == k]
        if not train or not test:
            continue
        low, high = fit_thresholds([shares[i] for i in train], [gold[i] for i in train])
        fitted.append((low, high))
        for i, c in zip(test, classify([shares[i] for i in test], low, high), strict=True):
            predicted[i] = c
    confusion = {g: dict.fromkeys(CLASSES, 0) for g in CLASSES}
    for g, p in zip(gold, predicted, strict=True):
        confusion[g][p] += 1
    return ThreeWay(macro_f1(gold, predicted), tuple(fitted), confusion)


# ---- fixtures ----------------------------------------------------------------------------------


def snippet_spans(text: str, snippet: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where ``snippet`` occurs in ``text[start:end]``, runs of white space (no-break spaces
    among them) matching any run of white space."""
    pattern = r"\s+".join(re.escape(piece) for piece in snippet.split())
    if not pattern:
        return []
    stop = len(text) if end is None else end
    return [(m.start(), m.end()) for m in re.compile(pattern).finditer(text, start, stop)]


@dataclass(frozen=True)
class FixtureWords:
    """The scored words of one fixture side: truth, diffnews's reading and the baseline's."""

    case: str
    side: str
    words: tuple[tuple[int, int], ...]
    gold: tuple[str, ...]
    known_miss: tuple[bool, ...]


def fixture_truth(
    case: str, text: str, sentences: Sequence[dict[str, Any]], side: str, tables: Iterable[dict[str, Any]]
) -> tuple[FixtureWords, list[str]]:
    """The words the tables of one side cover, with their kinds; and problems with the tables
    (a snippet matching no sentence, or several), whose words are left out."""
    problems: list[str] = []
    truth: dict[tuple[int, int], tuple[str, bool]] = {}
    for table in tables:
        found = [s for s in sentences if snippet_spans(text, table["sentence"], s["start"], s["end"])]
        if len(found) != 1:
            problems.append(f"{case}: {side} sentence {table['sentence']!r} matches {len(found)} sentences")
            continue
        sentence = found[0]
        for kind in ("copied", "reworded", "new"):
            for snippet in table.get(kind, []):
                spans = snippet_spans(text, snippet, sentence["start"], sentence["end"])
                if len(spans) != 1:
                    problems.append(f"{case}: {kind} snippet {snippet!r} occurs {len(spans)} times")
                    continue
                for word in word_spans(text, *spans[0]):
                    if word in truth and truth[word][0] != kind:
                        problems.append(
                            f"{case}: {text[word[0] : word[1]]!r} is both {truth[word][0]} and {kind}"
                        )
                    truth.setdefault(word, (kind, "known_miss" in table))
    words = sorted(truth)
    return (
        FixtureWords(
            case, side, tuple(words), tuple(truth[w][0] for w in words), tuple(truth[w][1] for w in words)
        ),
        problems,
    )


def read_tables(folder: Path) -> tuple[str, str, list[dict[str, Any]]] | None:
    """(left text, right text, [[words]] tables) of a fixture case, None when it has none."""
    data = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))
    tables = data.get("words", [])
    if not tables:
        return None
    left = (folder / data["left"]).read_text(encoding="utf-8-sig")
    right = (folder / data["right"]).read_text(encoding="utf-8-sig")
    return left, right, tables


# ---- running diffnews --------------------------------------------------------------------------


def config(fragment: float | None) -> Any:
    """diffnews's configuration: the defaults, or the fragment minimum given (``--fragment``;
    1000, the most Config allows, makes no fragment links)."""
    from diffnews.config import Config

    return Config() if fragment is None else Config(fragment=fragment)


def analyse(job: tuple[str, str, bool, float | None]) -> tuple[int, list[str]]:
    """Compare source with copy; the report's schema version and its kind for each copy word."""
    from diffnews import compare

    source, copy, legacy, fragment = job
    report = compare(source, copy, config=config(fragment)).to_dict()
    return int(report["schema_version"]), predicted_kinds(report, "right", word_spans(copy), legacy)


def schema_version() -> int:
    from diffnews import compare

    return int(compare("A short text.", "A short text.").to_dict()["schema_version"])


# ---- the two data sets -------------------------------------------------------------------------


@dataclass
class Scored:
    """Words of one data set: truth, diffnews, baseline, and what each word belongs to."""

    gold: list[str]
    diffnews: list[str]
    trigram: list[str]
    groups: dict[str, list[str]]
    """A grouping of the words (``op``, ``layout``) -> each word's group."""

    def extend(self, other: Scored) -> None:
        self.gold += other.gold
        self.diffnews += other.diffnews
        self.trigram += other.trigram
        for key in self.groups:
            self.groups[key] += other.groups.get(key, ["-"] * len(other.gold))


def measure_fixtures(legacy: bool, fragment: float | None = None) -> tuple[Scored | None, list[str], int]:
    """The fixtures' scored words (None when no case has [[words]]), problems, known-miss words."""
    from diffnews import compare

    scored = Scored([], [], [], {"case": []})
    problems: list[str] = []
    known = 0
    any_tables = False
    for folder in sorted(p for p in FIXTURES.iterdir() if (p / "expected.toml").is_file()):
        read = read_tables(folder)
        if read is None:
            continue
        any_tables = True
        left, right, tables = read
        report = compare(left, right, config=config(fragment)).to_dict()
        texts = {"left": left, "right": right}
        for side, other in (("left", "right"), ("right", "left")):
            mine = [t for t in tables if t.get("side") == side]
            if not mine:
                continue
            truth, issues = fixture_truth(folder.name, texts[side], report[side]["sentences"], side, mine)
            problems += issues
            words = list(truth.words)
            every = word_spans(texts[side])
            predicted = dict(zip(every, predicted_kinds(report, side, every, legacy), strict=True))
            baseline = dict(zip(every, trigram_kinds(texts[other], texts[side], every)[0], strict=True))
            scored.gold += truth.gold
            scored.diffnews += [predicted[w] for w in words]
            scored.trigram += [baseline[w] for w in words]
            scored.groups["case"] += [f"{folder.name}:{side}"] * len(words)
            known += sum(truth.known_miss)
    return (scored if any_tables else None), problems, known


@dataclass(frozen=True)
class Documents:
    ids: list[str]
    derived: list[float]
    classes: list[str]
    diffnews: list[float]
    trigram: list[float]
    profiles: list[str]
    copied: list[float] = field(default_factory=list)
    """diffnews's share of copied words alone, beside the copied-and-reworded share."""


def measure_rewrites(
    rewrites: Sequence[Rewrite], legacy: bool, jobs: int, fragment: float | None = None
) -> tuple[Scored, Documents, set[int]]:
    """Every word of every copy scored, the documents' shares, and the schema versions seen."""
    work = [(r.source, r.copy, legacy, fragment) for r in rewrites]
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(analyse, work, chunksize=8))
    else:
        results = [analyse(job) for job in work]
    scored = Scored([], [], [], {"op": [], "layout": [], "profile": [], "derivation": []})
    docs = Documents([], [], [], [], [], [])
    for rewrite, (_, predicted) in zip(rewrites, results, strict=True):
        truth = word_truth(rewrite)
        words = [(a, b) for a, b, _, _ in truth]
        baseline, containment = trigram_kinds(rewrite.source, rewrite.copy, words)
        scored.gold += [k for _, _, k, _ in truth]
        scored.diffnews += predicted
        scored.trigram += baseline
        scored.groups["op"] += [op for _, _, _, op in truth]
        scored.groups["layout"] += [rewrite.layout] * len(truth)
        scored.groups["profile"] += [rewrite.profile] * len(truth)
        scored.groups["derivation"] += [rewrite.derivation] * len(truth)
        docs.ids.append(rewrite.id)
        docs.derived.append(rewrite.derived)
        docs.classes.append(rewrite.derivation)
        docs.diffnews.append(reused_share(predicted))
        docs.copied.append(sum(k == "copied" for k in predicted) / len(predicted) if predicted else 0.0)
        docs.trigram.append(containment)
        docs.profiles.append(rewrite.profile)
    return scored, docs, {v for v, _ in results}


# ---- the report --------------------------------------------------------------------------------

SYSTEMS = ("diffnews", "trigram")


def derived_only(scored: Scored) -> Scored:
    """The words of the wholly and partly derived copies (``derived`` in the module doc)."""
    keep = [i for i, d in enumerate(scored.groups["derivation"]) if d != "not"]
    return Scored(
        [scored.gold[i] for i in keep],
        [scored.diffnews[i] for i in keep],
        [scored.trigram[i] for i in keep],
        {},
    )


def word_figures(scored: Scored) -> dict[str, dict[str, PRF]]:
    return {name: word_scores(scored.gold, getattr(scored, name)) for name in SYSTEMS}


def by_group(scored: Scored, key: str) -> dict[str, dict[str, Any]]:
    """Per group of words: count, truth mix, and each system's share of words right (reused or
    not; and, for diffnews, the three kinds)."""
    out: dict[str, dict[str, Any]] = {}
    groups = scored.groups[key]
    for name in sorted(set(groups)):
        idx = [i for i, g in enumerate(groups) if g == name]
        gold = [scored.gold[i] for i in idx]
        row: dict[str, Any] = {"words": len(idx), "truth": dict(Counter(gold))}
        for system in SYSTEMS:
            pred = [getattr(scored, system)[i] for i in idx]
            row[f"{system}_reused_agree"] = sum(
                (g != "new") == (p != "new") for g, p in zip(gold, pred, strict=True)
            ) / len(idx)
            row[f"{system}_kind_agree"] = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(idx)
        out[name] = row
    return out


def doc_figures(docs: Documents) -> dict[str, Any]:
    out: dict[str, Any] = {
        "documents": len(docs.ids),
        "classes": dict(Counter(docs.classes)),
    }
    for system in (*SYSTEMS, "copied"):
        shares = getattr(docs, system)
        three = cross_validated(shares, docs.classes)
        out[system] = {
            "spearman": spearman(shares, docs.derived),
            "macro_f1": three.macro_f1,
            "thresholds": three.thresholds,
            "confusion": three.confusion,
            "mean_share": {
                c: statistics.fmean([s for s, k in zip(shares, docs.classes, strict=True) if k == c])
                for c in CLASSES
                if c in docs.classes
            },
        }
    return out


def fmt(x: float | None) -> str:
    return "  n/a" if x is None or math.isnan(x) else f"{x:.3f}"


def diff(a: float | None, b: float | None) -> str:
    return "   n/a" if a is None or b is None or math.isnan(a) or math.isnan(b) else f"{a - b:+.3f}"


def render(result: dict[str, Any]) -> str:
    lines = [f"# Word-level reuse on the copy side ({result['reading']})", ""]
    lines += result["notes"]
    if result["notes"]:
        lines.append("")
    lines.append(
        f"{'data set':<10} {'measure':<13} {'words':>7}  {'diffnews F1 (P / R)':<24} "
        f"{'trigram F1 (P / R)':<24} {'difference':>10}"
    )
    for name, sets in result["words"].items():
        for measure in ("reused", "copied"):
            d, t = sets["diffnews"][measure], sets["trigram"][measure]
            lines.append(
                f"{name:<10} {measure + ' vs rest' if measure == 'copied' else 'reused vs new':<13} "
                f"{d['words']:>7}  {fmt(d['f1'])} ({fmt(d['precision'])} / {fmt(d['recall'])})   "
                f"{fmt(t['f1'])} ({fmt(t['precision'])} / {fmt(t['recall'])})   {diff(d['f1'], t['f1']):>10}"
            )
    if "documents" in result:
        lines += ["", *REAL]
        doc = result["documents"]
        classes = ", ".join(f"{doc['classes'].get(c, 0)} {c}" for c in CLASSES)
        lines += [
            "",
            f"Documents (rewrites): {doc['documents']} copies, {classes} derived.",
            f"{'measure':<40} {'diffnews':>9} {'trigram':>9} {'difference':>11}",
        ]
        d, t = doc["diffnews"], doc["trigram"]
        lines.append(
            f"{'Spearman, reused share ~ derived share':<40} {fmt(d['spearman']):>9} "
            f"{fmt(t['spearman']):>9} {diff(d['spearman'], t['spearman']):>11}"
        )
        lines.append(
            f"{'3-way macro F1, 5-fold thresholds':<40} {fmt(d['macro_f1']):>9} "
            f"{fmt(t['macro_f1']):>9} {diff(d['macro_f1'], t['macro_f1']):>11}"
        )
        c = doc["copied"]
        lines.append(
            f"  diffnews from its copied words alone: Spearman {fmt(c['spearman'])} "
            f"({diff(c['spearman'], t['spearman'])}), macro F1 {fmt(c['macro_f1'])} "
            f"({diff(c['macro_f1'], t['macro_f1'])})"
        )
        for system in SYSTEMS:
            pairs = doc[system]["thresholds"]
            low = statistics.fmean(p[0] for p in pairs)
            high = statistics.fmean(p[1] for p in pairs)
            means = ", ".join(f"{c} {v:.2f}" for c, v in doc[system]["mean_share"].items())
            confusion = "; ".join(
                f"{g}: " + " ".join(f"{doc[system]['confusion'][g][p]}" for p in CLASSES) for g in CLASSES
            )
            lines.append(
                f"  {system}: thresholds not < {low:.2f} <= partly < {high:.2f} <= wholly (mean of folds); "
                f"mean share by class {means}"
            )
            lines.append(f"    confusion, truth: predicted wholly partly not -- {confusion}")
    for key, title in (
        ("case", "fixture case"),
        ("op", "construction"),
        ("layout", "layout"),
        ("profile", "recipe"),
        ("derivation", "derivation"),
    ):
        groups = result.get("groups", {}).get(key)
        if not groups:
            continue
        lines += [
            "",
            f"{'Fixtures' if key == 'case' else 'Rewrites'} by {title}: words, the truth's mix, the share",
            "of words each system gets right (reused or new; diffnews also by the three kinds)",
            f"{title:<32} {'words':>7} {'copied/reworded/new':>20} {'diffnews':>9} {'3 kinds':>8}"
            f" {'trigram':>8}",
        ]
        for name, row in groups.items():
            mix = "/".join(str(row["truth"].get(k, 0)) for k in ("copied", "reworded", "new"))
            lines.append(
                f"{name:<32} {row['words']:>7} {mix:>20} {row['diffnews_reused_agree']:>9.3f} "
                f"{row['diffnews_kind_agree']:>8.3f} {row['trigram_reused_agree']:>8.3f}"
            )
    lines += ["", f"{result['seconds']:.1f} s."]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    notes: list[str] = [] if args.fragment is None else [f"diffnews with Config(fragment={args.fragment})."]
    version = schema_version()
    legacy = args.legacy
    if not legacy and version < 5:
        notes.append(f"diffnews writes schema {version}, which has no reuse: read the legacy way (--legacy).")
        legacy = True
    result: dict[str, Any] = {
        "schema_version": version,
        "reading": "legacy reading of shared/rephrased labels and changed words"
        if legacy
        else "schema-5 reuse stretches",
        "legacy": legacy,
        "notes": notes,
        "words": {},
        "groups": {},
    }
    overall: Scored | None = None
    fixtures, problems, known = measure_fixtures(legacy, args.fragment)
    if fixtures is None:
        notes.append("No fixture has [[words]] tables yet: no fixture figures.")
    else:
        result["words"]["fixtures"] = word_figures(fixtures)
        result["groups"]["case"] = by_group(fixtures, "case")
        notes += [f"fixture problem: {p}" for p in problems]
        if known:
            notes.append(f"{known} fixture words are in tables marked known_miss (scored like the rest).")
        overall = Scored(list(fixtures.gold), list(fixtures.diffnews), list(fixtures.trigram), {})
    pool = read_pool(args.bench)
    if pool is None:
        notes.append(
            f"Benchmark data not found under {args.bench} (need mrpc/train.tsv and stsb/sts-train.csv):"
            " no rewrites. Give the folder with --bench."
        )
    else:
        rewrites = list(generate_rewrites(pool, args.seed, args.copies))
        scored, docs, _ = measure_rewrites(rewrites, legacy, args.jobs, args.fragment)
        result["words"]["rewrites"] = word_figures(scored)
        result["words"]["derived"] = word_figures(derived_only(scored))
        result["documents"] = doc_figures(docs)
        for key in ("op", "layout", "profile", "derivation"):
            result["groups"][key] = by_group(scored, key)
        notes.append(f"Rewrites: seed {args.seed}, {len(rewrites)} copies from {args.bench}.")
        if overall is None:
            overall = Scored([], [], [], {})
        overall.gold += scored.gold
        overall.diffnews += scored.diffnews
        overall.trigram += scored.trigram
    if overall is not None and fixtures is not None and pool is not None:
        result["words"]["overall"] = word_figures(overall)
    result["seconds"] = time.perf_counter() - started
    return result


def jsonable(value: Any) -> Any:
    if isinstance(value, PRF):
        return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bench", type=Path, default=DEFAULT_BENCH, help="the benchmark data (../shared/bench)"
    )
    parser.add_argument("--seed", type=int, default=1, help="seed of the rewrites (1)")
    parser.add_argument("--copies", type=int, default=1000, help="rewrites to generate (1000)")
    parser.add_argument("--legacy", action="store_true", help="read reuse from a schema-4 report's labels")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (all cores)")
    parser.add_argument(
        "--fragment",
        type=float,
        default=None,
        help="diffnews's fragment minimum (Config.fragment; 1000: no fragment links); default its own",
    )
    args = parser.parse_args(argv)
    result = run(args)
    if args.json:
        print(json.dumps(jsonable(result), indent=2))
    else:
        print(render(jsonable(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
