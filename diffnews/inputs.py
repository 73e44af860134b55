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

__all__ = ["STDIN", "decode", "read_input", "text_codec"]

STDIN = "-"


def read_input(
    name: str, encoding: str | None = None, stdin: BinaryIO | None = None, option: str = "--encoding"
) -> str:
    """The text of the file ``name``, or of standard input when ``name`` is ``-``.

    ``encoding`` defaults to UTF-8 (see ``decode``). ``option`` is the command-line option that
    sets this input's encoding, for the hint in messages. Raises ``InputError`` with a one-line
    message that says what to do next."""
    if name == STDIN:
        data = (stdin or sys.stdin.buffer).read()
        return decode(data, "standard input", encoding, option)
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
    return decode(data, name, encoding, option)


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


def decode(data: bytes, name: str, encoding: str | None = None, option: str = "--encoding") -> str:
    """``data`` as text. ``name`` and ``option`` are only for messages.

    Without ``encoding``: UTF-8, with or without a byte-order mark, or UTF-16 or UTF-32 when the
    data starts with their byte-order mark (which is dropped)."""
    if encoding is not None:
        codec = text_codec(encoding, option)
    else:
        codec = next((c for bom, c in _BOMS if data.startswith(bom)), "utf-8")
    if codec == "utf-8":
        codec = "utf-8-sig"  # drops a byte-order mark if there is one
    if b"\x00" in data and not codec.startswith(("utf-16", "utf-32")):
        order = _utf16_byte_order(data)
        if order is not None:
            raise InputError(
                f"{name}: looks like UTF-16 without a byte-order mark; try {option} utf-16-{order}"
            )
        raise InputError(
            f"{name}: looks like a binary file (it contains NUL bytes); "
            "diffnews compares plain text, so convert it to text first"
        )
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        shown = codec.removesuffix("-sig").upper() if encoding is None else encoding
        raise InputError(
            f"{name}: is not valid {shown} (byte 0x{bad} at offset {error.start}); "
            f"try {option} {_likely_encoding(data, codec)}"
        ) from None
    text = text.removeprefix("\ufeff")  # UTF-16 and UTF-32 keep their mark in the text
    if not text.strip():
        raise InputError(f"{name}: is empty or only white space; there is nothing to compare")
    return text


def text_codec(encoding: str, option: str = "--encoding") -> str:
    """The canonical name of a codec that turns bytes into text, or an InputError."""
    try:
        info = codecs.lookup(encoding)
        "".encode(info.name)  # bytes-to-bytes codecs (base64, rot13...) have no text side
        b"".decode(info.name)
    except LookupError:
        raise InputError(
            f"{option} {encoding}: unknown text encoding; use a name such as utf-8, cp1252 or latin-1"
        ) from None
    return info.name


def _utf16_byte_order(data: bytes) -> str | None:
    """ "le" or "be" if ``data`` looks like mostly-ASCII UTF-16, which has a NUL in every other
    byte: the second of each pair in little-endian order, the first in big-endian; else None."""
    sample = data[:400]
    if len(sample) < 4:
        return None
    first, second = sample[0::2], sample[1::2]
    if second.count(0) > 0.8 * len(second):
        return "le"
    if first.count(0) > 0.8 * len(first):
        return "be"
    return None


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
