"""Many comparisons at once: one JSON report per line, in parallel, on one machine or a cluster.

A batch is a sequence of ``Job`` s, each two inputs and an optional id. They come from a
manifest, one JSON object per line (``{"left": PATH, "right": PATH, "id": ...}``; paths that
are not absolute are read from the manifest's folder), or from one source and many copies
(``jobs_for_source``: the source on the left, as ``diffnews check`` puts it).

``run`` compares them in worker processes and yields one ``Result`` per job, **in the order of
the jobs**, as soon as it and those before it are done. At most ``window`` jobs are in flight at
a time (two per worker by default), so memory stays bounded whatever the number of jobs: a
result is handed on and forgotten before more work is taken. A job that fails (a missing file,
an empty text, a bad manifest line) gives a ``Result`` with its error, and the batch goes on.

Each worker keeps the last few inputs it read, so one source shared by a thousand copies is
read, decoded and extracted once per worker, not once per copy.

With a ``dask.distributed.Client`` (``pip install "diffnews[dask]"``) the same jobs run on a
Dask cluster: the client's workers need diffnews installed and must see the same paths (a shared
file system, or URLs).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from diffnews.config import Config
from diffnews.errors import DiffnewsError, InputError

if TYPE_CHECKING:
    from diffnews.reading.fetch import Fetch
    from diffnews.reading.inputs import Document

__all__ = ["Job", "Result", "jobs_for_source", "read_manifest", "read_manifest_file", "run"]


@dataclass(frozen=True)
class Job:
    """One comparison to make."""

    left: str
    right: str
    id: str | None = None
    """The manifest's ``id``, if it gave one, as text."""
    line: int | None = None
    """The manifest line it came from, for messages."""
    error: str | None = None
    """Set when the manifest line itself was unusable: the job then fails with this message."""


@dataclass(frozen=True)
class Result:
    """What one job gave: a report, or an error."""

    job: Job
    text: str | None = None
    """The report as one line of JSON (``Report.to_dict()``, docs/json.md), as the worker wrote
    it: passed on to the output as it is, not read and written again."""
    error: str | None = None
    """One line, as the command line would print it, when the job failed."""
    warnings: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.text is not None and not isinstance(self.text, str):
            raise TypeError("Result.text is the report as JSON text (Report.to_dict() written out)")

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def report(self) -> dict[str, Any] | None:
        """The report as ``Report.to_dict()`` gives it, read from ``text``."""
        return None if self.text is None else json.loads(self.text)  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The output line: the job's id and paths, then the report or the error."""
        if self.error is not None:
            return {**self._head(), "ok": False, "error": self.error}
        return {**self._head(), "ok": True, "warnings": list(self.warnings), "report": self.report}

    def to_json(self) -> str:
        """``to_dict()`` as one line of JSON, with its newline."""
        if self.error is not None or self.text is None:
            return _line(self.to_dict()) + "\n"
        head = _line({**self._head(), "ok": True, "warnings": list(self.warnings)})
        return f'{head[:-1]},"report":{self.text}}}\n'

    def _head(self) -> dict[str, Any]:
        head: dict[str, Any] = {"id": self.job.id, "left": self.job.left, "right": self.job.right}
        if self.job.line is not None:
            head["line"] = self.job.line
        return head


def _line(value: Any) -> str:
    """One line of JSON: compact, UTF-8 characters kept (and json's C encoder, which an indent
    would turn off)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def read_manifest(lines: Iterable[str], folder: Path | None = None) -> Iterator[Job]:
    """The jobs of a manifest's lines. Blank lines are skipped; a line that is not a JSON object
    with string ``left`` and ``right`` becomes a job that fails with a message saying why.
    Relative paths are taken from ``folder`` (the manifest's), URLs and absolute paths as they
    are."""
    for number, raw in enumerate(lines, start=1):
        text = raw.strip().removeprefix("\ufeff")
        if not text:
            continue
        try:
            entry = json.loads(text)
        except (ValueError, RecursionError) as error:  # JSONDecodeError, a 5,000-digit number, [[[[...
            reason = error.msg if isinstance(error, json.JSONDecodeError) else "cannot be read"
            yield Job("", "", None, number, f"manifest line {number}: not JSON ({reason})")
            continue
        if not isinstance(entry, dict):
            yield Job("", "", None, number, f"manifest line {number}: not a JSON object")
            continue
        ident = entry.get("id")
        try:  # an id is kept as the manifest writes it: "7" for 7, "true" for true
            ident = None if ident is None else ident if isinstance(ident, str) else json.dumps(ident)
        except ValueError:
            yield Job("", "", None, number, f"manifest line {number}: the id cannot be written back")
            continue
        missing = [k for k in ("left", "right") if not isinstance(entry.get(k), str) or not entry[k]]
        unknown = sorted(set(entry) - {"left", "right", "id"})
        if missing or unknown:
            problems = [f"needs {' and '.join(repr(k) for k in missing)} as text"] if missing else []
            problems += [f"unknown key {unknown[0]!r}"] if unknown else []
            problem = "; ".join(problems)
            yield Job(str(entry.get("left", "")), str(entry.get("right", "")), ident, number,
                      f"manifest line {number}: {problem}")  # fmt: skip
            continue
        yield Job(_place(entry["left"], folder), _place(entry["right"], folder), ident, number)


def _place(name: str, folder: Path | None) -> str:
    from diffnews.reading.fetch import is_url

    if folder is None or name == "-" or is_url(name) or Path(name).is_absolute():
        return name
    return os.path.join(os.path.abspath(folder), name)


def _absolute(name: str) -> str:
    from diffnews.reading.fetch import is_url

    return name if not name or name == "-" or is_url(name) else os.path.abspath(name)


def read_manifest_file(name: str) -> list[Job]:
    """The jobs of the manifest file ``name`` (``-``: standard input), read whole: manifests
    are small, and reading one first lets the command check its output against every input
    before it writes anything. Raises ``InputError`` if it cannot be read."""
    from diffnews.reading.inputs import STDIN

    # lines end at \n only: JSON text may hold U+2028 and other characters str.splitlines breaks at
    if name == STDIN:
        return list(read_manifest(sys.stdin.read().split("\n")))
    try:
        lines = Path(name).read_text(encoding="utf-8-sig").split("\n")
    except FileNotFoundError:
        raise InputError(f"{name}: no such manifest; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory; give a manifest file (one JSON object per line)") from None
    except UnicodeDecodeError:
        raise InputError(f"{name}: a manifest must be UTF-8 text, one JSON object per line") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror}); check the path") from None
    return list(read_manifest(lines, Path(name).parent))


def jobs_for_source(source: str, copies: Iterable[str]) -> Iterator[Job]:
    """One job per copy, the source on the left."""
    for copy in copies:
        yield Job(source, copy)


class _Submitter(Protocol):
    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Any: ...


def run(
    jobs: Iterable[Job],
    config: Config | None = None,
    *,
    encoding: str | None = None,
    fetching: Fetch | None = None,
    workers: int | None = None,
    window: int | None = None,
    client: Any = None,
    lang: str | None = None,
) -> Iterator[Result]:
    """Compare every job; yield the results in the jobs' order (see the module docstring).
    ``lang`` is the language of every text (an ISO 639-1 code); each is detected when None.

    ``workers`` processes (default: one per core) run the jobs, or the workers of a Dask
    ``client``. ``window`` bounds the jobs in flight (default: twice the workers)."""
    config = config or Config()
    if client is not None:
        # the cluster's workers run elsewhere, in other folders: give them absolute paths
        placed = (replace(j, left=_absolute(j.left), right=_absolute(j.right)) for j in jobs)
        slots = window or 2 * max(1, sum(client.nthreads().values()))
        yield from _ordered(client, placed, slots, config, encoding, fetching, lang)
        return
    count = workers or os.cpu_count() or 1
    if count == 1:
        for job in jobs:
            yield _result(_compare(job, config, encoding, fetching, lang))
        return
    # forkserver, not fork: the caller may run threads (a progress bar), which fork would copy
    # mid-state; the server imports the engine once, and each worker starts from it.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["diffnews.compare"])
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        yield from _ordered(pool, jobs, window or 2 * count, config, encoding, fetching, lang)


def _ordered(
    executor: Executor | _Submitter,
    jobs: Iterable[Job],
    window: int,
    config: Config,
    encoding: str | None,
    fetching: Fetch | None,
    lang: str | None = None,
) -> Iterator[Result]:
    """Submit jobs, keeping at most ``window`` in flight, and yield their results in order. A
    worker that dies (killed, out of memory, a cluster that lost it) fails its jobs, not the
    batch."""
    pending: deque[tuple[Job, Any]] = deque()
    for job in jobs:
        try:
            pending.append((job, executor.submit(_compare, job, config, encoding, fetching, lang)))
        except Exception as error:  # a broken pool refuses new work
            pending.append((job, _Failed(error)))
        if len(pending) >= window:
            yield _collect(*pending.popleft())
    while pending:
        yield _collect(*pending.popleft())


class _Failed:
    """A job that could not even be submitted, standing in for its future."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def result(self) -> object:
        raise self.error


def _collect(job: Job, future: Any) -> Result:
    try:
        return _result(future.result())
    except Exception as error:
        return Result(job, error=f"the worker comparing this pair stopped ({type(error).__name__}: {error})")


def _result(value: tuple[Job, str | None, str | None, tuple[str, ...]]) -> Result:
    return Result(*value)


def _compare(
    job: Job, config: Config, encoding: str | None, fetching: Fetch | None, lang: str | None = None
) -> tuple[Job, str | None, str | None, tuple[str, ...]]:
    """Run one job in a worker: (job, report as JSON text, error, warnings). Text crosses the
    process boundary faster than a tree of frozen objects."""
    if job.error is not None:
        return job, None, job.error, ()
    from diffnews.compare import compare
    from diffnews.lang import neutral_reading, warns

    try:
        left, right = _read(job.left, encoding, fetching), _read(job.right, encoding, fetching)
        report = compare(left, right, config=config, left_lang=lang, right_lang=lang)
    except DiffnewsError as error:
        return job, None, str(error), ()
    except Exception as error:  # a bug must cost one line of the batch, not the batch
        return job, None, f"internal error ({type(error).__name__}: {error}); please report it", ()
    neutral = tuple(
        f"{name}: {neutral_reading(side.language.code, '--lang')}"
        for name, side in ((job.left, report.left), (job.right, report.right))
        if side.language is not None and warns(side.language.code, side.language.profile)
    )
    return job, _line(report.to_dict()), None, left.warnings + right.warnings + neutral


def _read(name: str, encoding: str | None, fetching: Fetch | None) -> Document:
    if name == "-":
        raise InputError("standard input cannot be one side of a batch job; give a path")
    from diffnews.reading.fetch import is_url

    stamp = None
    if not is_url(name):
        try:
            info = os.stat(name)
            # the change time too: a rewrite that keeps size and modification time changes it
            stamp = (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
        except OSError:
            stamp = None  # load() says what is wrong with it
    return _cached(name, encoding, fetching, stamp)


@lru_cache(maxsize=16)
def _cached(name: str, encoding: str | None, fetching: Fetch | None, stamp: object) -> Document:
    """An input read once per worker while it is unchanged (``stamp``: its inode, size and
    times; a URL is fetched once per worker and batch)."""
    from diffnews.reading.inputs import load

    return load(name, encoding, settings=fetching)
