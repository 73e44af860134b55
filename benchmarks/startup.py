"""How long ``diffnews check`` takes in a new process, and what each import costs.

A pre-commit hook starts a new Python on every commit, so start-up is most of its cost. This
script times, in new processes of the Python that runs it:

1. ``python -c pass``, ``diffnews --version`` and ``diffnews check`` on the seed pair (the Rudaw
   report against an edited copy of it): the median and the fastest of ``--runs`` runs;
2. ``python -X importtime`` on the same check, summed by top-level package (self time), to show
   where the time goes;
3. nltk's package import against diffnews's way of loading the two modules it uses
   (``diffnews/reading/lazy_nltk.py``).

Run it from the project folder, in the environment you want to measure (a plain
``pip install .`` is what users get):

    python benchmarks/startup.py [--runs 9]

Timings on a shared machine vary from run to run; the median of several runs is the figure to
quote.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "fixtures" / "amiri-troops" / "rudaw.txt"


def wall(command: list[str], runs: int) -> tuple[float, float]:
    """Median and fastest wall time of ``command``, in seconds (one warm-up run first)."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, cwd=ROOT)
        times.append(time.perf_counter() - start)
    times = times[1:]
    return statistics.median(times), min(times)


def import_costs(command: list[str]) -> dict[str, float]:
    """Self time of every import, in seconds, summed by top-level package."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command], capture_output=True, text=True, cwd=ROOT, check=False
    )
    totals: dict[str, float] = defaultdict(float)
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _, name = line.removeprefix("import time:").split("|")
        top = name.strip().split(".")[0]
        totals[top] += int(own) / 1e6
    return dict(totals)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per command (default: 9)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "copy.txt"
        copy.write_text(
            SOURCE.read_text("utf-8").replace(
                "Amiri is head of the political Fatih alliance and the armed Badr Organization.",
                "Amiri leads both the Fatih political alliance and the Badr Organization, an armed group.",
            ),
            "utf-8",
        )
        check = ["-m", "diffnews", "check", str(copy), "--source", str(SOURCE)]
        print(f"Python {sys.version.split()[0]} at {sys.executable}; {args.runs} runs each\n")
        print(f"{'command':<44}{'median':>9}{'fastest':>9}")
        for label, command in (
            ("python -c pass", ["-c", "pass"]),
            ("diffnews --version", ["-m", "diffnews", "--version"]),
            ("diffnews check (seed pair, edited copy)", check),
        ):
            median, fastest = wall([sys.executable, *command], args.runs)
            print(f"{label:<44}{median:>8.3f}s{fastest:>8.3f}s")

        costs = import_costs(check)
        print("\nImports during diffnews check (self time, summed by top-level package):")
        for name, seconds in sorted(costs.items(), key=lambda kv: -kv[1])[:12]:
            print(f"  {name:<24}{seconds * 1000:>8.1f} ms")
        print(f"  {'all imports':<24}{sum(costs.values()) * 1000:>8.1f} ms")

    print("\nnltk:")
    for label, code in (
        ("import nltk (the whole package)", "import nltk"),
        (
            "diffnews's Punkt and Snowball (lazy_nltk)",
            "from diffnews.reading.lazy_nltk import load; load('tokenize.punkt'); load('stem.snowball')",
        ),
    ):
        median, fastest = wall([sys.executable, "-c", code], args.runs)
        print(f"  {label:<44}{median:>8.3f}s{fastest:>8.3f}s")


if __name__ == "__main__":
    main()
