"""Throughput of diffnews batch: one source against many copies, on this machine and on Dask.

    python benchmarks/batch.py [--copies 1000] [--dask]

Builds, in a temporary folder, a source of about 40 sentences (the seed pair's two reports one
after the other) and N copies of it: each its paragraphs shuffled, a tenth of them dropped, and
the "3,500 foreign soldiers" figure changed in half of them. Then it times:

- ``diffnews batch --source SOURCE COPY...`` as a command, in a fresh process, with its default
  workers (one per core), output to a file;
- with --dask (needs ``pip install "diffnews[dask]"``), the library's ``run()`` on a
  dask.distributed LocalCluster of one worker process per core, cluster start-up excluded.

It prints pairs per second and the peak memory of the command's process tree is not measured
here: the output lines are written as they come, and at most two jobs per worker are in flight.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = [ROOT / "fixtures" / "amiri-troops" / name for name in ("rudaw.txt", "aggregator.txt")]


def build(folder: Path, copies: int) -> tuple[Path, list[Path]]:
    source = folder / "source.txt"
    text = "\n\n".join(p.read_text("utf-8").strip() for p in SEED)
    source.write_text(text + "\n", "utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    paths = []
    for n in range(copies):
        rng = random.Random(n)
        kept = paragraphs[:]
        rng.shuffle(kept)
        kept = kept[: int(len(kept) * 0.9)]
        if n % 2:
            kept = [p.replace("3,500", f"{3500 + n:,}") for p in kept]
        path = folder / f"copy{n:05d}.txt"
        path.write_text("\n\n".join(kept) + "\n", "utf-8")
        paths.append(path)
    return source, paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--dask", action="store_true", help="also time a Dask LocalCluster")
    args = parser.parse_args()
    exe = str(Path(sys.executable).with_name("diffnews"))
    with tempfile.TemporaryDirectory() as folder:
        source, copies = build(Path(folder), args.copies)
        output = Path(folder) / "out.jsonl"
        start = time.perf_counter()
        done = subprocess.run(
            [exe, "batch", "--source", str(source), *map(str, copies), "-o", str(output)], check=False
        )
        seconds = time.perf_counter() - start
        lines = output.read_text("utf-8").count("\n")
        print(f"diffnews batch, 1 source x {args.copies} copies, this machine: {seconds:.1f} s "
              f"({lines / seconds:.0f} pairs/s), exit {done.returncode}, {lines} lines")  # fmt: skip
        if args.dask:
            import os

            from dask.distributed import Client, LocalCluster

            from diffnews.batch import jobs_for_source, run

            workers = os.cpu_count() or 1
            with (
                LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster,  # type: ignore[no-untyped-call]
                Client(cluster) as client,  # type: ignore[no-untyped-call]
            ):
                jobs = list(jobs_for_source(str(source), map(str, copies)))
                start = time.perf_counter()
                count = sum(1 for result in run(jobs, client=client) if result.ok)
                seconds = time.perf_counter() - start
            print(f"the same on a Dask LocalCluster of {workers} worker processes: {seconds:.1f} s "
                  f"({count / seconds:.0f} pairs/s), {count} reports")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
