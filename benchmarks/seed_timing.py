"""Wall time and memory of diffnews on the seed pair (fixtures/amiri-troops).

    python benchmarks/seed_timing.py [--runs N]

Prints, for the installed diffnews:
- the import cost of the package and of its heavy dependencies, each in a fresh interpreter;
- compare() in this process: the first call (which loads nltk) and the median of later calls;
- the whole command, `diffnews compare` in a fresh process, terminal and JSON output, as the
  median of N runs, with the peak resident memory of the child process.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEFT = ROOT / "fixtures" / "amiri-troops" / "aggregator.txt"
RIGHT = ROOT / "fixtures" / "amiri-troops" / "rudaw.txt"


def import_cost(module: str, runs: int) -> float:
    """Median wall time of `python -c 'import module'` minus that of a bare interpreter."""

    def wall(code: str) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    return wall(f"import {module}") - wall("pass")


def command(args: list[str], runs: int) -> tuple[float, float]:
    """Median wall time in seconds and peak RSS in MB of a fresh `python -m diffnews ...`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "diffnews", *args], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return statistics.median(times), peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="repetitions per measurement (default 7)")
    runs = parser.parse_args().runs

    sizes = f"{LEFT.name} ({LEFT.stat().st_size} B) vs {RIGHT.name} ({RIGHT.stat().st_size} B)"
    print(f"diffnews on the seed pair: {sizes}")
    print(f"python {sys.version.split()[0]}, median of {runs} runs\n")

    print("import cost (fresh interpreter, minus a bare one)")
    for module in ("diffnews", "diffnews.cli", "nltk", "rapidfuzz.process", "rich.table", "numpy"):
        print(f"  {module:<22} {import_cost(module, runs) * 1000:7.0f} ms")

    import diffnews

    left, right = LEFT.read_text("utf-8"), RIGHT.read_text("utf-8")
    start = time.perf_counter()
    report = diffnews.compare(left, right)
    first = time.perf_counter() - start
    warm = []
    for _ in range(runs * 3):
        start = time.perf_counter()
        diffnews.compare(left, right)
        warm.append(time.perf_counter() - start)
    print("\ncompare() in process")
    print(f"  first call (loads nltk)  {first * 1000:7.0f} ms")
    print(f"  later calls, median      {statistics.median(warm) * 1000:7.1f} ms")
    print(f"  sentences                {len(report.left.sentences)} x {len(report.right.sentences)}")

    print("\ndiffnews compare, whole command in a fresh process")
    for fmt in ("terminal", "json"):
        seconds, peak = command(["compare", str(LEFT), str(RIGHT), "--format", fmt], runs)
        print(f"  --format {fmt:<9}  {seconds * 1000:7.0f} ms wall   (peak RSS so far {peak:.0f} MB)")


if __name__ == "__main__":
    main()
