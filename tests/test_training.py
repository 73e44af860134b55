"""The shipped models are what benchmarks/train.py trains from the public data, so a change to
the features cannot ship with stale weights. Skips, saying so, when the data is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench"


@pytest.mark.skipif(
    not (DATA / "mrpc" / "train.tsv").is_file() or not (DATA / "stsb" / "sts-train.csv").is_file(),
    reason=f"benchmark data not found under {DATA}",
)
def test_model_json_is_what_the_training_script_trains() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "train.py"), "--check", "--data", str(DATA)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "model.json is what this data trains" in result.stdout


def test_the_check_allows_floating_point_noise_and_nothing_more() -> None:
    """Another numpy or OpenBLAS release moves a trained weight's twelfth digit; the check
    must let that pass, and still catch a changed weight, feature or structure."""
    from tests.benchmark_modules import load

    close = load("train", "train.py")._close
    shipped = {"features": ["surface", "dice"], "weights": [0.005474820214, -1.25], "bias": 0.5, "on": True}
    assert close(shipped, {**shipped, "weights": [0.005474820213, -1.25]})
    assert not close(shipped, {**shipped, "weights": [0.0055, -1.25]})
    assert not close(shipped, {**shipped, "weights": [0.005474820214]})
    assert not close(shipped, {**shipped, "features": ["surface", "lcs"]})
    assert not close(shipped, {**shipped, "on": False})
    assert not close(shipped, {**shipped, "on": 1})
    assert not close(shipped, {k: v for k, v in shipped.items() if k != "bias"})
