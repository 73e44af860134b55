"""Write an output file without losing anything on the way.

A regular file is written through a temporary file beside it, then renamed over it, so an
interrupted run leaves the earlier file whole. The new file keeps the old one's permissions (a
new file gets the usual ones, 0666 less the umask). A symbolic link is followed and its target
written. Anything that is not a regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is
written in place, as any tool would. A read-only file is refused, not replaced.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from diffnews.errors import InputError

__all__ = ["STDOUT", "open_output", "write_output"]

STDOUT = "-"


def write_output(text: str, output: Path | str) -> None:
    """Write ``text`` to ``output``, or to standard output when it is ``-``."""
    with open_output(output) as handle:
        handle.write(text)


@contextmanager
def open_output(output: Path | str) -> Iterator[TextIO]:
    """A handle to write ``output`` through, as the module docstring says: standard output for
    ``-``; for a regular file, a temporary file beside it that replaces it when the block ends
    without an error (an error or an interrupt removes it and leaves the earlier file whole)."""
    if str(output) == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        # stat follows symbolic links, and reads /dev/stdout even when it is a pipe, whose link
        # target (/proc/self/fd/1 -> "pipe:[...]") is no path that realpath could resolve
        existing = os.stat(output)
    except FileNotFoundError:
        existing = None
    except OSError as error:
        raise InputError(f"--output {output}: cannot be used ({error.strerror}); check the path") from None
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise InputError(f"--output {output}: is a directory; give a file name")
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with _in_place(Path(output), output) as handle:
            yield handle
        return
    path = Path(os.path.realpath(output))  # a regular file: replace what the links name
    if existing is not None and not existing.st_mode & 0o222:
        raise InputError(f"--output {output}: is read-only; choose another file or make it writable")
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise InputError(
            f"--output {output}: cannot write there ({error.strerror}); check the folder"
        ) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"--output {output}: cannot write ({error.strerror}); check the path") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def _in_place(path: Path, shown: Path | str) -> Iterator[TextIO]:
    try:
        with open(path, "w", encoding="utf-8") as handle:
            yield handle
    except OSError as error:
        raise InputError(f"--output {shown}: cannot write ({error.strerror}); check the path") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
