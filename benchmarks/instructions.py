"""Instructions executed by compare(), counted by valgrind: a cost figure that does not move.

    python benchmarks/instructions.py [--sizes 1000,4000] [--pairs 30] [--base PATH]
                                      [--data ../shared/bench]

Wall times on a shared or virtual machine move by a fifth from one run to the next, which is
as much as the differences worth knowing. The number of machine instructions a run executes
(valgrind's callgrind tool, "Ir") moves by about 1%. For each workload this runs Python under
callgrind twice, once doing the work and once doing only what surrounds it (imports, building
the inputs, one small warm-up comparison), and prints the difference: the instructions of the
work alone.

Workloads:

- ``speed N``: ``compare()`` on benchmarks/speed.py's document pair of N sentences a side
  (needs --data, the public benchmark data);
- ``batch K``: ``compare()`` and the JSON of its report on K pairs of benchmarks/batch.py's
  batch (one source, copies shuffled, cut and edited), as ``diffnews batch`` does for each.

``--base PATH`` also counts a checkout of another revision (its package and benchmarks are
imported from PATH), and prints the ratio. Python's string hashing is fixed (PYTHONHASHSEED=0)
so that both runs iterate sets in one order. Needs valgrind (Debian: ``apt install valgrind``);
without it the script says so and stops. A run under callgrind is about fifty times slower than
a plain one: 4,000 sentences take about five minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench"

# The child: build the workload from the checkout at ROOT_UNDER_TEST, then run it `runs` times.
CHILD = r"""
import json, sys, tempfile
root, workload, size, data, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
sys.path.insert(0, root + "/benchmarks")
from pathlib import Path
import diffnews
if workload == "speed":
    import speed
    sentences, partner = speed.pool(Path(data))
    left, right = speed.build(size, sentences, partner).texts()
    pairs = [(left, right)]
else:
    import batch
    source, copies = batch.build(Path(tempfile.mkdtemp()), size)
    pairs = [(source.read_text("utf-8"), c.read_text("utf-8")) for c in copies]
diffnews.compare("Troops must leave Iraq. Talks went on.", "Talks went on. Troops stay.")
for _ in range(runs):
    for left, right in pairs:
        report = diffnews.compare(left, right)
        if workload == "batch":
            json.dumps(report.to_dict())
"""


def count(root: Path, workload: str, size: int, data: Path, runs: int) -> int:
    """Instructions of one child run under callgrind."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(root)}
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-c",
        CHILD,
        str(root),
        workload,
        str(size),
        str(data),
        str(runs),
    ]
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or not found:
        raise SystemExit(f"callgrind run failed in {root}: {done.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1))


def work(root: Path, workload: str, size: int, data: Path) -> int:
    """Instructions of the workload alone: a run doing it, less one doing only the setup."""
    return count(root, workload, size, data, 1) - count(root, workload, size, data, 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,4000", help="speed.py document sizes (1000,4000)")
    parser.add_argument("--pairs", type=int, default=30, help="batch.py pairs (30); 0: none")
    parser.add_argument("--base", type=Path, default=None, help="a checkout of another revision")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmark data")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt install valgrind): nothing counted.")
        return 0
    workloads = [("batch", args.pairs)] if args.pairs else []
    if (args.data / "mrpc" / "train.tsv").is_file():
        workloads += [("speed", int(n)) for n in args.sizes.split(",") if n]
    else:
        print(f"No benchmark data under {args.data}: the speed.py documents are skipped.")
    roots = [("this checkout", ROOT)] + ([("base", args.base.resolve())] if args.base else [])
    header = f"{'workload':<12}" + "".join(f"{name:>18}" for name, _ in roots)
    print(header + ("   ratio" if args.base else ""))
    for workload, size in workloads:
        figures = [work(root, workload, size, args.data) for _, root in roots]
        row = f"{workload + ' ' + str(size):<12}" + "".join(f"{f / 1e6:>16,.0f} M" for f in figures)
        if args.base:
            row += f"   {figures[0] / figures[1]:.3f}"
        print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
