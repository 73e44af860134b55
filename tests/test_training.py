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
