"""Where the time of one long comparison goes, stage by stage.

    python benchmarks/stages.py [--size 4000] [--data ../shared/bench]

Builds the document pair of benchmarks/speed.py for one size, then runs ``compare()`` once in
this process with each stage wrapped in a timer, and prints the wall time of every stage and
the whole. The stages nest: ``align`` holds the passage candidates, the matching, split and
merge and the match scores; what is left after the named stages (the sentences' bags, overlap
measures, the report) is printed as "other". Without the data the script says so and stops.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import build, pool
from train import DEFAULT_DATA

# (module, name in it, shown as, outside every other stage): the stages compare() runs
STAGES = [
    ("diffnews.compare", "segment", "reading: segment (Punkt)", True),
    ("diffnews.compare", "tokenize", "reading: tokenize", True),
    ("diffnews.compare", "quotes_in", "reading: quotations", True),
    ("diffnews.compare", "sources", "reading: credited sources", True),
    ("diffnews.compare", "furniture", "reading: furniture", True),
    ("diffnews.compare", "align", "align (all of it)", True),
    ("diffnews.aligning.align", "_passages", "  align: passage candidates", False),
    ("diffnews.aligning.align", "score_pairs", "  align: match scores", False),
    ("diffnews.aligning.align", "_match", "  align: 1:1 matching", False),
    ("diffnews.aligning.regroup", "_State.split_and_merge", "  align: split and merge", False),
    ("diffnews.compare", "conflicts", "figures", True),
    ("diffnews.compare", "changed", "word diffs", True),
    ("diffnews.compare", "find_quotes", "quotes", True),
]


def main() -> int:
    layout = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=layout)
    parser.add_argument("--size", type=int, default=4000, help="sentences a side (default 4000)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the benchmark data folder")
    args = parser.parse_args()
    if not (args.data / "mrpc" / "train.tsv").is_file():
        print(f"benchmark data not found in {args.data}: nothing to time (see ../shared/bench)")
        return 0
    sentences, partner = pool(args.data)
    left, right = build(args.size, sentences, partner).texts()
    spent: dict[str, float] = {}
    for module_name, name, shown, _ in STAGES:
        owner: Any = importlib.import_module(module_name)
        *path, attribute = name.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, attribute, _timed(getattr(owner, attribute), shown, spent))
    import diffnews

    start = time.perf_counter()
    diffnews.compare(left, right)
    total = time.perf_counter() - start
    print(f"compare(), {args.size} x {args.size} sentences: {total:.2f} s")
    for _, _, shown, _ in STAGES:
        print(f"  {shown:32} {spent.get(shown, 0.0):6.2f} s")
    named = sum(spent.get(shown, 0.0) for _, _, shown, counted in STAGES if counted)
    print(f"  {'other':32} {total - named:6.2f} s")
    return 0


def _timed(function: Callable[..., Any], shown: str, spent: dict[str, float]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[shown] = spent.get(shown, 0.0) + time.perf_counter() - start

    return timed


if __name__ == "__main__":
    sys.exit(main())
