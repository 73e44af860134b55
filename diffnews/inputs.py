"""Read an input file, or standard input, as text, or say exactly why not.

Files are opened read-only and never written. Bytes are decoded whole; line endings are kept as
they are, so offsets in the report index the decoded text exactly. A UTF-8 byte-order mark is
dropped (offsets count from the character after it).
"""

from __future__ import annotations

import codecs
import sys
from pathlib import Path
from typing import BinaryIO

from diffnews.errors import InputError

__all__ = ["decode", "read_input"]

STDIN = "-"


def read_input(name: str, encoding: str | None = None, stdin: BinaryIO | None = None) -> str:
    """The text of the file ``name``, or of standard input when ``name`` is ``-``.

    ``encoding`` defaults to UTF-8 (with or without a byte-order mark). Raises ``InputError``
    with a one-line message that says what to do next."""
    if name == STDIN:
        data = (stdin or sys.stdin.buffer).read()
        return decode(data, "standard input", encoding)
    path = Path(name)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory; give the path of a text file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied; check the file's permissions") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror or error}); check the path") from None
    return decode(data, name, encoding)


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """``data`` as text. ``name`` is only for messages."""
    if encoding is not None:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(
                f"unknown encoding {encoding!r}; use a Python codec name such as utf-8, cp1252 or latin-1"
            ) from None
    else:
        codec = "utf-8"
    if codec == "utf-8":
        codec = "utf-8-sig"  # drops a byte-order mark if there is one
    if b"\x00" in data and not codec.startswith("utf-16") and not codec.startswith("utf-32"):
        raise InputError(
            f"{name}: looks like a binary file (it contains NUL bytes); "
            "diffnews compares plain text, so convert it to text first"
        )
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        hint = (
            "try --encoding cp1252" if encoding is None else "try another --encoding, such as utf-8 or cp1252"
        )
        raise InputError(
            f"{name}: is not valid {encoding or 'UTF-8'} (byte 0x{bad} at offset {error.start}); {hint}"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: is empty or only white space; there is nothing to compare")
    return text
