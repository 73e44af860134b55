"""Read an input file, or standard input, as text, or say exactly why not.

Files are opened read-only and never written. Bytes are decoded whole; line endings are kept as
they are, so offsets in the report index the decoded text exactly. A byte-order mark is dropped
(offsets count from the character after it): UTF-8 is read with or without one, and UTF-16 or
UTF-32 are recognised by theirs.
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


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """``data`` as text. ``name`` is only for messages.

    Without ``encoding``: UTF-8, with or without a byte-order mark, or UTF-16 or UTF-32 when the
    data starts with their byte-order mark (which is dropped)."""
    if encoding is not None:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(
                f"unknown encoding {encoding!r}; use a Python codec name such as utf-8, cp1252 or latin-1"
            ) from None
    else:
        codec = next((c for bom, c in _BOMS if data.startswith(bom)), "utf-8")
    if codec == "utf-8":
        codec = "utf-8-sig"  # drops a byte-order mark if there is one
    if b"\x00" in data and not codec.startswith(("utf-16", "utf-32")):
        raise InputError(
            f"{name}: looks like a binary file (it contains NUL bytes); "
            "diffnews compares plain text, so convert it to text first"
        )
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise InputError(
            f"{name}: is not valid {encoding or 'UTF-8'} (byte 0x{bad} at offset {error.start}); "
            f"try --encoding {_likely_encoding(data, codec)}"
        ) from None
    if codec.startswith(("utf-16", "utf-32")):
        text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(f"{name}: is empty or only white space; there is nothing to compare")
    return text


def _likely_encoding(data: bytes, failed: str) -> str:
    """An encoding that reads ``data``, to suggest: news files that are not UTF-8 are nearly
    always Windows-1252 (curly quotes as 0x93/0x94), else Latin-1, which reads any bytes."""
    for candidate in ("utf-8", "cp1252"):
        if candidate != failed.removesuffix("-sig"):
            try:
                data.decode(candidate)
            except UnicodeDecodeError:
                continue
            return candidate
    return "latin-1"
