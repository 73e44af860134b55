"""Speed, memory and alignment quality as documents grow, against a plain difflib aligner.

    python benchmarks/speed.py [--data ../shared/bench] [--sizes 250,1000,4000,16000]
                               [--difflib-max 1000] [--timeout 600]

Inputs are built, deterministically, from the sentences of the public benchmark data in --data
(MRPC's training part and STS-B; see ../shared/bench/README.md). Without that folder the script
says so and times only the seed pair. A document pair of size n:

- left: n sentences in paragraphs of four;
- right: n sentences, half of them taken from the left and half found only on the right. Of
  those taken from the left, a third are copied verbatim, a third edited (a word dropped, two
  swapped, a number changed) and a third paraphrased, using the other sentence of a pair that
  MRPC labels a paraphrase or STS-B scores 4 or more (edited instead when the left sentence has
  no such partner). The right's paragraphs are shuffled, so the overlap comes in another order.

Above about 13,000 sentences per side the data has too few sentences to go round, so the pool is
reused and a sentence can occur more than once; the truth is then "aligned with a left sentence
of the same text", and duplicates make an alignment ambiguous, not wrong.

Each size runs in a fresh process, so that its peak resident memory is its own. For diffnews
it prints the wall time of ``compare()`` (segmenting, aligning, quotes, figures, word diff), the
peak memory, and the quality: recall of the verbatim, edited and paraphrased sentences (aligned
with their source), and the precision of all aligned pairs. The difflib aligner, which lives
here only, scores every left x right pair with ``SequenceMatcher.ratio`` and then pairs
sentences greedily, best ratio first, down to 0.6; it runs up to --difflib-max sentences, and
the ratio of the two times is printed. Last, the command line on the seed pair.

Below the table, one line per target of the scale issue that the sizes run can speak to (time
at 4,000 and 16,000, memory at 16,000, growth per doubling between consecutive sizes, speed-up
over difflib at 1,000), each with "met" or "NOT MET". That quality is unchanged is checked
elsewhere: the tests pin the fixtures' alignments, and the recall and precision here can be
compared with docs/scale.md's.
"""

from __future__ import annotations

import argparse
import bisect
import difflib
import itertools
import json
import math
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train import DEFAULT_DATA, read_mrpc, read_sts  # noqa: E402

SEED_LEFT = ROOT / "fixtures" / "amiri-troops" / "aggregator.txt"
SEED_RIGHT = ROOT / "fixtures" / "amiri-troops" / "rudaw.txt"
KINDS = ("verbatim", "edited", "paraphrased")
DIFFLIB_FLOOR = 0.6


# ---- inputs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """A document pair and its truth."""

    left: list[str]
    right: list[str]
    truth: dict[int, tuple[str, str]]
    """Right sentence index -> (kind, the text of the left sentence it came from)."""

    def texts(self) -> tuple[str, str]:
        return _paragraphs(self.left)[0], _paragraphs(self.right)[0]

    def starts(self) -> tuple[list[int], list[int]]:
        """Where each sentence starts in ``texts()``, per side."""
        return _paragraphs(self.left)[1], _paragraphs(self.right)[1]


def _paragraphs(sentences: list[str]) -> tuple[str, list[int]]:
    """The sentences in paragraphs of four, and the offset where each starts."""
    parts: list[str] = []
    starts = []
    offset = 0
    for k, sentence in enumerate(sentences):
        if k:
            separator = "\n\n" if k % 4 == 0 else " "
            parts.append(separator)
            offset += len(separator)
        starts.append(offset)
        parts.append(sentence)
        offset += len(sentence)
    return "".join(parts) + "\n", starts


def pool(data: Path) -> tuple[list[str], dict[str, str]]:
    """Every distinct sentence of the data, in a fixed order, and a paraphrase for those that
    have one."""
    sentences: dict[str, None] = {}
    partner: dict[str, str] = {}
    for label, a, b in read_mrpc(data / "mrpc" / "train.tsv"):
        sentences.update({a: None, b: None})
        if label == 1:
            partner.setdefault(a, b)
    for name in ("sts-train.csv", "sts-dev.csv"):
        for _, score, a, b in read_sts(data / "stsb" / name):
            sentences.update({a: None, b: None})
            if score >= 4 and a != b:
                partner.setdefault(a, b)
    usable = [s for s in sentences if 4 <= len(s.split()) <= 60 and s.rstrip()[-1:] in ".!?\"'"]
    return usable, partner


def _edit(sentence: str, rng: random.Random) -> str:
    """A copy edit: change a number if there is one, else drop a word and swap two."""
    number = re.search(r"\d+", sentence)
    if number and rng.random() < 0.5:
        changed = str(int(number.group()) + rng.randint(1, 9))
        return sentence[: number.start()] + changed + sentence[number.end() :]
    words = sentence.split()
    if len(words) > 6:
        del words[rng.randrange(1, len(words) - 2)]
        k = rng.randrange(1, len(words) - 2)
        words[k], words[k + 1] = words[k + 1], words[k]
    return " ".join(words)


def build(size: int, sentences: list[str], partner: dict[str, str]) -> Pair:
    rng = random.Random(size)
    order = sentences[:]
    rng.shuffle(order)
    take = (order * (1 + (size + size // 2) // len(order)))[: size + size // 2]
    left, fresh = take[:size], take[size:]
    right: list[tuple[str, tuple[str, str] | None]] = []
    sources = rng.sample(range(size), size // 2)
    for n, k in enumerate(sources):
        kind = KINDS[n % 3]
        original = left[k]
        if kind == "paraphrased" and original not in partner:
            kind = "edited"
        text = {"verbatim": original, "edited": _edit(original, rng)}.get(kind) or partner[original]
        right.append((text, (kind, original)))
    right += [(s, None) for s in fresh[: size - len(right)]]
    blocks = [right[k : k + 4] for k in range(0, len(right), 4)]
    rng.shuffle(blocks)
    flat = [item for block in blocks for item in block]
    return Pair(left, [t for t, _ in flat], {k: why for k, (_, why) in enumerate(flat) if why is not None})


# ---- quality -----------------------------------------------------------------------------------


def quality(pair: Pair, aligned: list[tuple[list[int], list[int]]]) -> dict[str, float]:
    """Recall per kind and precision, from groups given as (left indexes, right indexes) of the
    pair's sentences. A pair is true when the right sentence came from a left sentence with the
    same text as the one it is aligned with (the same sentence, or a duplicate of it)."""
    partners: dict[int, set[str]] = {}
    for lefts, rights in aligned:
        for r in rights:
            partners.setdefault(r, set()).update(pair.left[i] for i in lefts)
    found = dict.fromkeys(KINDS, 0)
    total = dict.fromkeys(KINDS, 0)
    for k, (kind, original) in pair.truth.items():
        total[kind] += 1
        found[kind] += original in partners.get(k, set())
    pairs = {(i, r) for lefts, rights in aligned for i in lefts for r in rights}
    correct = sum(1 for i, r in pairs if r in pair.truth and pair.truth[r][1] == pair.left[i])
    out = {f"recall {kind}": found[kind] / total[kind] for kind in KINDS if total[kind]}
    out["precision"] = correct / len(pairs) if pairs else 0.0
    return out


# ---- the two aligners --------------------------------------------------------------------------


def run_diffnews(pair: Pair) -> dict[str, object]:
    import diffnews

    left, right = pair.texts()
    start = time.perf_counter()
    report = diffnews.compare(left, right)
    seconds = time.perf_counter() - start
    # A report sentence stands for every built sentence that starts inside it, and for the one it
    # starts in: Punkt may split a built sentence in two, or join two.
    starts = pair.starts()

    def covered(id_: str) -> list[int]:
        side = 0 if id_.startswith("L") else 1
        sentence = report.sentence(id_)
        first = bisect.bisect_right(starts[side], sentence.start) - 1
        last = bisect.bisect_left(starts[side], sentence.end) - 1
        return list(range(first, last + 1))

    aligned = [
        ([k for i in p.left for k in covered(i)], [k for j in p.right for k in covered(j)])
        for p in report.pairs
    ]
    return {"seconds": seconds, **quality(pair, aligned)}


def run_difflib(pair: Pair) -> dict[str, object]:
    """Every pair scored with SequenceMatcher.ratio, then greedy 1:1 down to DIFFLIB_FLOOR."""
    start = time.perf_counter()
    scored = []
    for i, a in enumerate(pair.left):
        matcher = difflib.SequenceMatcher(None, b=a, autojunk=False)  # b is cached: set it once
        for j, b in enumerate(pair.right):
            matcher.set_seq1(b)
            ratio = matcher.ratio()
            if ratio >= DIFFLIB_FLOOR:
                scored.append((ratio, i, j))
    scored.sort(reverse=True)
    used_left: set[int] = set()
    used_right: set[int] = set()
    aligned = []
    for _, i, j in scored:
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            aligned.append(([i], [j]))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, **quality(pair, aligned)}


def one(data: Path, size: int, aligner: str) -> None:
    """Run one aligner on one size, in this process, and print the figures as JSON."""
    sentences, partner = pool(data)
    pair = build(size, sentences, partner)
    figures = run_diffnews(pair) if aligner == "diffnews" else run_difflib(pair)
    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["distinct_left"] = len(set(pair.left)) / len(pair.left)
    print(json.dumps(figures))


def measure(data: Path, size: int, aligner: str, timeout: float) -> dict[str, float] | None:
    command = [sys.executable, __file__, "--data", str(data), "--one", str(size), "--aligner", aligner]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        print(f"  {aligner} at {size} failed: {done.stderr.strip().splitlines()[-1:]}")
        return None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---- the report --------------------------------------------------------------------------------


def seed_cli(runs: int = 5) -> float:
    exe = str(Path(sys.executable).with_name("diffnews"))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [exe, "compare", str(SEED_LEFT), str(SEED_RIGHT), "-f", "json"], capture_output=True, check=True
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"benchmark folder (default {DEFAULT_DATA})"
    )
    parser.add_argument("--sizes", default="250,1000,4000,16000", help="sentences per side, comma-separated")
    parser.add_argument(
        "--difflib-max", type=int, default=1000, help="largest size the difflib aligner runs at"
    )
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a run is given up")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--aligner", default="diffnews", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.data, args.one, args.aligner)
        return 0

    import diffnews

    print(f"diffnews {diffnews.__version__}, Python {sys.version.split()[0]}")
    print(f"command line on the seed pair, median of 5 runs: {seed_cli():.2f} s\n")
    if (
        not (args.data / "mrpc" / "train.tsv").is_file()
        or not (args.data / "stsb" / "sts-train.csv").is_file()
    ):
        print(f"benchmark data not found under {args.data}: skipping the sized runs (give --data)")
        return 0
    header = (
        f"{'n x n':>13} {'aligner':>9} {'time':>9} {'peak':>8} {'verbatim':>9} {'edited':>7} "
        f"{'paraphr.':>9} {'precision':>9} {'speed-up':>9}"
    )
    print(header)
    print("-" * len(header))
    runs: dict[int, tuple[dict[str, float] | None, dict[str, float] | None]] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        ours = measure(args.data, size, "diffnews", args.timeout)
        theirs = measure(args.data, size, "difflib", args.timeout) if size <= args.difflib_max else None
        runs[size] = ours, theirs
        for name, figures in (("diffnews", ours), ("difflib", theirs)):
            if figures is None:
                if name == "diffnews" or size <= args.difflib_max:
                    print(f"{size:>6} x {size:<6}{name:>9}  did not finish within {args.timeout:g} s")
                continue
            speedup = ""
            if name == "diffnews" and ours and theirs:
                speedup = f"{theirs['seconds'] / ours['seconds']:.0f}x"
            print(
                f"{size:>6} x {size:<6}{name:>9} {figures['seconds']:8.2f}s {figures['peak_mb']:6.0f}MB "
                f"{figures.get('recall verbatim', 0):9.3f} {figures.get('recall edited', 0):7.3f} "
                f"{figures.get('recall paraphrased', 0):9.3f} {figures['precision']:9.3f} {speedup:>9}"
            )
    print(
        "\ntime: compare() alone, in a fresh process; peak: that process's peak resident memory;"
        "\nrecall: share of the right's verbatim, edited and paraphrased sentences aligned with their"
        "\nsource; precision: share of aligned sentence pairs that are true."
    )
    print()
    for line in targets(runs):
        print(line)
    return 0


# The targets of the scale issue, on this project's 2-core machines.
TARGET_SECONDS = {4000: 2.0, 16000: 10.0}
TARGET_PEAK_MB = {16000: 1000.0}
TARGET_DOUBLING = 2.5
TARGET_SPEEDUP = (1000, 20.0)


def targets(runs: dict[int, tuple[dict[str, float] | None, dict[str, float] | None]]) -> list[str]:
    """One line per target that this run's sizes can speak to: the figure and met or not met.
    Growth per doubling is (t2 / t1) ** (1 / log2(n2 / n1)) between consecutive sizes."""
    lines = []

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT MET"

    for size, limit in TARGET_SECONDS.items():
        ours = runs.get(size, (None, None))[0]
        if ours:
            seconds = ours["seconds"]
            lines.append(f"{size} x {size} under {limit:g} s: {seconds:.2f} s, {verdict(seconds < limit)}")
    for size, limit in TARGET_PEAK_MB.items():
        ours = runs.get(size, (None, None))[0]
        if ours:
            peak = ours["peak_mb"]
            lines.append(f"{size} x {size} under {limit:g} MB: {peak:.0f} MB, {verdict(peak < limit)}")
    timed = [(size, ours["seconds"]) for size, (ours, _) in sorted(runs.items()) if ours]
    for (n1, t1), (n2, t2) in itertools.pairwise(timed):
        growth = (t2 / t1) ** (1 / math.log2(n2 / n1))
        lines.append(
            f"time per doubling from {n1} to {n2}: x{growth:.2f}, "
            f"{verdict(growth <= TARGET_DOUBLING)} (at most about x{TARGET_DOUBLING:g})"
        )
    size, least = TARGET_SPEEDUP
    ours, theirs = runs.get(size, (None, None))
    if ours and theirs:
        speedup = theirs["seconds"] / ours["seconds"]
        lines.append(
            f"speed-up over difflib at {size}: {speedup:.0f}x, "
            f"{verdict(speedup >= least)} (at least {least:g}x)"
        )
    return lines


if __name__ == "__main__":
    sys.exit(main())
