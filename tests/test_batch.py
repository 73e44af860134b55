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


def test_a_result_line_is_its_dict_as_json() -> None:
    """The output line splices the worker's report text in, unread; it must be the very line
    that writing ``to_dict()`` as compact JSON gives."""
    jobs = [Job(str(SOURCE), str(COPIES[0]), "7", 3), Job(str(SOURCE), "/no/such/copy.txt")]
    results = list(run(jobs, workers=1))
    assert [r.ok for r in results] == [True, False]
    for result in results:
        line = result.to_json()
        assert line == json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
        assert json.loads(line) == result.to_dict()
    assert (
        results[0].report
        == diffnews.compare(diffnews.load(str(SOURCE)), diffnews.load(str(COPIES[0]))).to_dict()
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["batch"], "give one manifest"),
        (["batch", "--source", str(SOURCE)], "--source needs the copies"),
        (["batch", "/no/such/manifest.jsonl"], "/no/such/manifest.jsonl: no such manifest"),
        (["batch", "--source", str(SOURCE), str(COPIES[0]), "-o", str(COPIES[0])], "is one of the inputs"),
        (["batch", "--source", "-", str(COPIES[0])], "not standard input"),
        (
            ["batch", "--source", str(SOURCE), str(COPIES[0]), "--workers", "2", "--scheduler", "tcp://x:1"],
            "give one",
        ),
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


def test_the_same_batch_on_a_dask_cluster(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("dask.distributed", reason='needs pip install "diffnews[dask]"')
    # a manifest named relatively, from another folder than the cluster's: workers get absolute paths
    (tmp_path / "pairs.jsonl").write_text(
        json.dumps({"left": str(SOURCE), "right": "copy.txt"}) + "\n", "utf-8"
    )
    (tmp_path / "copy.txt").write_text(COPIES[0].read_text("utf-8"), "utf-8")
    monkeypatch.chdir(tmp_path)
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
        assert main(["batch", "pairs.jsonl", "--scheduler", cluster.scheduler_address]) == 0
        (relative,) = lines(capsys.readouterr().out)
    local = [r.to_json() for r in run(jobs, workers=1)]
    assert on_cluster == local and from_cli == "".join(local)
    assert relative["ok"] and relative["right"] == str(tmp_path / "copy.txt")


class _Broken:
    """An executor whose workers die: the first job's future fails, later submits are refused."""

    def __init__(self) -> None:
        self.calls = 0

    def submit(self, fn: Any, /, *args: Any) -> Any:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        self.calls += 1
        if self.calls > 1:
            raise BrokenProcessPool("the pool is broken")
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("a worker was killed"))
        return future


def test_a_worker_that_dies_fails_its_pairs_not_the_batch() -> None:
    from diffnews.batch import _ordered
    from diffnews.config import Config

    jobs = list(jobs_for_source(str(SOURCE), map(str, COPIES)))
    results = list(_ordered(_Broken(), jobs, 2, Config(), None, None))
    assert [r.job for r in results] == jobs and not any(r.ok for r in results)
    assert (
        results[0].error == "the worker comparing this pair stopped (BrokenProcessPool: a worker was killed)"
    )
    assert "the pool is broken" in (results[1].error or "")


@pytest.mark.parametrize(
    ("line", "error"),
    [
        (
            '{"left": "a", "right": "b", "id": ' + "9" * 5000 + "}",
            "manifest line 1: not JSON (cannot be read)",
        ),
        ("[" * 100_000 + "]" * 100_000, "manifest line 1: not JSON (cannot be read)"),
        ('\ufeff{"left": "a", "right": "b", "id": true}', None),
    ],
)
def test_manifest_lines_never_crash(line: str, error: str | None) -> None:
    (job,) = read_manifest([line])
    assert job.error == error
    if error is None:
        assert job.id == "true"


def test_an_interrupted_output_leaves_the_earlier_file_whole(tmp_path: Path) -> None:
    from diffnews.batch import Result
    from diffnews.cli import _write_lines

    target = tmp_path / "reports.jsonl"
    target.write_text("earlier\n", "utf-8")

    def results() -> Iterator[Result]:
        yield Result(Job("a", "b"), error="x")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _write_lines(results(), 2, str(target), progress=False)
    assert target.read_text("utf-8") == "earlier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports.jsonl"]  # no temporary file left
    assert _write_lines(iter([Result(Job("a", "b"), error="x")]), 1, str(target), progress=False) == 1
    assert json.loads(target.read_text("utf-8"))["error"] == "x"


def test_a_rewritten_input_is_read_again(tmp_path: Path) -> None:
    import os

    from diffnews.batch import _read

    path = tmp_path / "copy.txt"
    path.write_text("Troops must leave Iraq by the end of the year.\n", "utf-8")
    stamp = os.stat(path)
    assert "Troops" in _read(str(path), None, None).text
    path.write_text("Rebels must leave Syria by the end of the week.\n", "utf-8")  # same size
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # and the same modification time
    assert "Rebels" in _read(str(path), None, None).text


def test_scheduler_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("dask.distributed", reason='needs pip install "diffnews[dask]"')
    for address in ("tls://127.0.0.1:9", "tcp://127.0.0.1:9"):
        status = main(["batch", "--source", str(SOURCE), str(COPIES[0]), "--scheduler", address])
        err = capsys.readouterr().err
        assert status == 2 and err.count("\n") == 1 and f"--scheduler {address}: cannot connect" in err
