"""diffnews batch: a manifest or a source with copies in, one JSON line per pair out, in order,
in parallel; a failing pair costs its own line only; the same jobs on a Dask cluster."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import diffnews
from diffnews.batch import Job, jobs_for_source, read_manifest, run
from diffnews.cli import main
from tests.cases import FIXTURES

SOURCE = FIXTURES / "amiri-troops" / "rudaw.txt"
COPIES = [
    FIXTURES / name
    for name in ("copy-edits/right.txt", "paraphrase/right.txt", "amiri-troops/aggregator.txt")
]


def lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_source_and_copies_give_one_report_per_copy_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["batch", "--source", str(SOURCE), *map(str, COPIES), "--workers", "2"])
    out = lines(capsys.readouterr().out)
    assert status == 0
    assert [(o["left"], o["right"], o["ok"]) for o in out] == [(str(SOURCE), str(c), True) for c in COPIES]
    for entry, copy in zip(out, COPIES, strict=True):
        alone = diffnews.compare(diffnews.load(str(SOURCE)), diffnews.load(str(copy))).to_dict()
        assert entry["report"] == alone  # the same report compare gives, pair by pair


def test_a_manifest_with_bad_lines_reports_them_and_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(SOURCE.read_text("utf-8"), "utf-8")
    (tmp_path / "b.txt").write_text(COPIES[0].read_text("utf-8"), "utf-8")
    manifest = tmp_path / "pairs.jsonl"
    manifest.write_text(
        "\n".join(
            [
                json.dumps(
                    {"left": "a.txt", "right": "b.txt", "id": "first"}
                ),  # relative: the manifest's folder
                json.dumps({"left": "a.txt", "right": "missing.txt", "id": 7}),
                "{not json",
                "",
                json.dumps({"left": "a.txt"}),
                json.dumps(["a.txt", "b.txt"]),
                json.dumps({"left": str(SOURCE), "right": str(COPIES[1]), "ident": "x"}),
                json.dumps({"left": str(SOURCE), "right": str(COPIES[1])}),
            ]
        )
        + "\n",
        "utf-8",
    )
    status = main(["batch", str(manifest), "-o", str(tmp_path / "out.jsonl")])
    out = lines((tmp_path / "out.jsonl").read_text("utf-8"))
    assert status == 1 and capsys.readouterr().err == ""
    assert [(o["line"], o["id"], o["ok"]) for o in out] == [
        (1, "first", True),
        (2, "7", False),
        (3, None, False),
        (5, None, False),
        (6, None, False),
        (7, None, False),
        (8, None, True),
    ]
    errors = [o.get("error", "") for o in out]
    assert errors[1] == f"{tmp_path / 'missing.txt'}: no such file; check the path"
    assert errors[2].startswith("manifest line 3: not JSON")
    assert errors[3] == "manifest line 5: needs 'right' as text"
    assert errors[4] == "manifest line 6: not a JSON object"
    assert errors[5] == "manifest line 7: unknown key 'ident'"
    assert out[0]["report"]["left"]["source"] == str(tmp_path / "a.txt")


def test_one_worker_or_two_give_the_same_lines(capsys: pytest.CaptureFixture[str]) -> None:
    outputs = []
    for workers in ("1", "2"):
        assert main(["batch", "--source", str(SOURCE), *map(str, COPIES), "--workers", workers]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]


def test_work_in_flight_is_bounded() -> None:
    """However many jobs there are, run() takes only a window of them ahead of its output."""
    pulled = 0

    def jobs() -> Iterator[Job]:
        nonlocal pulled
        for _ in range(50):
            pulled += 1
            yield Job(str(SOURCE), str(COPIES[0]))

    results = run(jobs(), workers=2, window=3)
    first = next(results)
    assert first.ok and pulled <= 3
    assert sum(1 for _ in results) == 49


def test_library_jobs() -> None:
    assert list(jobs_for_source("s.txt", ["a.txt", "b.txt"])) == [
        Job("s.txt", "a.txt"),
        Job("s.txt", "b.txt"),
    ]
    (job,) = read_manifest(['{"left": "a.txt", "right": "https://example.org/x", "id": 3}'], Path("/data"))
    assert (job.left, job.right, job.id) == ("/data/a.txt", "https://example.org/x", "3")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["batch"], "give one manifest"),
        (["batch", "--source", str(SOURCE)], "--source needs the copies"),
        (["batch", "/no/such/manifest.jsonl"], "/no/such/manifest.jsonl: no such manifest"),
        (["batch", "--source", str(SOURCE), str(COPIES[0]), "-o", str(COPIES[0])], "is one of the inputs"),
        (["batch", "--source", "-", str(COPIES[0])], "not standard input"),
    ],
)
def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    status = main(args)
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and message in err


def test_progress_bar_only_when_asked_or_on_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", "--source", str(SOURCE), str(COPIES[0]), "--workers", "1"]) == 0
    assert capsys.readouterr().err == ""  # stderr is not a terminal here
    assert main(["batch", "--source", str(SOURCE), str(COPIES[0]), "--workers", "1", "--progress"]) == 0
    assert "1/1" in capsys.readouterr().err


def test_the_same_batch_on_a_dask_cluster(capsys: pytest.CaptureFixture[str]) -> None:
    distributed = pytest.importorskip("dask.distributed", reason='needs pip install "diffnews[dask]"')
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        jobs = list(jobs_for_source(str(SOURCE), map(str, COPIES)))
        on_cluster = [r.to_json() for r in run(jobs, client=client)]
        assert (
            main(
                [
                    "batch",
                    "--source",
                    str(SOURCE),
                    *map(str, COPIES),
                    "--scheduler",
                    cluster.scheduler_address,
                ]
            )
            == 0
        )
        from_cli = capsys.readouterr().out
    local = [r.to_json() for r in run(jobs, workers=1)]
    assert on_cluster == local and from_cli == "".join(local)
