"""benchmarks/speed.py judges its own run against the scale targets; the judging is tested here
on figures like the ones it measured (the timing itself is a benchmark, never a test)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tests.benchmark_modules import load

ROOT = Path(__file__).resolve().parent.parent


def _speed() -> ModuleType:
    return load("speed_benchmark", "speed.py")


def test_each_target_is_judged_from_the_run() -> None:
    speed = _speed()
    runs = {
        250: ({"seconds": 0.34, "peak_mb": 62}, {"seconds": 20.1, "peak_mb": 40}),
        1000: ({"seconds": 1.19, "peak_mb": 113}, {"seconds": 391.2, "peak_mb": 40}),
        4000: ({"seconds": 4.67, "peak_mb": 263}, None),
        16000: ({"seconds": 25.4, "peak_mb": 653}, None),
    }
    lines = speed.targets(runs)
    assert lines == [
        "4000 x 4000 under 2 s: 4.67 s, NOT MET",
        "16000 x 16000 under 10 s: 25.40 s, NOT MET",
        "16000 x 16000 under 1000 MB: 653 MB, met",
        "time per doubling from 250 to 1000: x1.87, met (at most about x2.5)",
        "time per doubling from 1000 to 4000: x1.98, met (at most about x2.5)",
        "time per doubling from 4000 to 16000: x2.33, met (at most about x2.5)",
        "speed-up over difflib at 1000: 329x, met (at least 20x)",
    ]


def test_only_the_targets_a_run_can_speak_to_are_judged() -> None:
    speed = _speed()
    runs = {4000: ({"seconds": 1.5, "peak_mb": 200}, None), 8000: ({"seconds": 4.5, "peak_mb": 300}, None)}
    assert speed.targets(runs) == [
        "4000 x 4000 under 2 s: 1.50 s, met",
        "time per doubling from 4000 to 8000: x3.00, NOT MET (at most about x2.5)",
    ]
    assert speed.targets({1000: (None, None)}) == []
