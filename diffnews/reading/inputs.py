"""Read an input (a file, standard input or a URL) as text, or say exactly why not.

``load`` returns a ``Document``: the text diffnews compares, and where it came from. Files are
opened read-only and never written. An http(s) URL is fetched (``fetch.py``: time and size
limits, a User-Agent). A web page is recognised by its media type (a URL), its file name
(``.html``, ``.htm``...), or else by its first tag; a file named ``.txt``, ``.md`` and the like
is always text. A page's article is extracted (``extract.py``), and the report's offsets then
index that extracted text.

Decoding, in order: ``--encoding`` when given; a byte-order mark (UTF-8, UTF-16, UTF-32; the
mark is dropped and offsets count from the character after it); for a page, the charset its
server or its ``<meta>`` tag declares, if it is one of the web's encodings (WHATWG Encoding
Standard: a label for Latin-1 or ASCII means Windows-1252, and a ``<meta>`` saying UTF-16 means
UTF-8, as browsers read them); UTF-8. Bytes that are not valid UTF-8 are read as
Windows-1252 (the usual encoding of news text that is not UTF-8, with curly quotes at
0x93/0x94), or Latin-1 when they are not valid Windows-1252 either, and a warning says so.
Line endings are kept as they are, so offsets index the decoded text exactly.
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import BinaryIO

from diffnews.errors import InputError
from diffnews.reading.fetch import Fetch, fetch, is_url, redacted

__all__ = ["STDIN", "Document", "Fetch", "Format", "load", "text_codec"]

STDIN = "-"

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
# A file name that says text: such a file is never read as a web page, whatever it starts with.
_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".rst", ".csv", ".tsv"})
# The encodings a page may declare: those of the WHATWG Encoding Standard that Python has. A
# page cannot choose a Python-only codec (unicode_escape, utf-7...).
_WEB_ENCODINGS = (
    "utf-8", "utf-16-le", "utf-16-be", "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5",
    "iso8859-6", "iso8859-7", "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15",
    "iso8859-16", "koi8-r", "koi8-u", "mac-roman", "cp874", "cp1250", "cp1251", "cp1252", "cp1253",
    "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "gbk", "gb18030", "big5", "euc-jp",
    "iso2022-jp", "shift-jis", "euc-kr", "iso8859-1", "ascii", "utf-16",
)  # fmt: skip
# As browsers do: a page labelled Latin-1 or ASCII is read as Windows-1252, a superset with the
# curly quotes such pages nearly always contain; and a <meta> that says UTF-16, which the bytes
# of an HTML file that can be read to find it cannot be, means UTF-8.
_AS_WINDOWS_1252 = ("latin-1", "ascii")
_UTF16 = ("utf-16", "utf-16-le", "utf-16-be")


@cache
def _codec_names(names: tuple[str, ...]) -> frozenset[str]:
    """``codecs.lookup()``'s names for these encodings, found when first needed: looking up
    forty codecs imports forty modules, which every run would otherwise pay for at start-up."""
    return frozenset(codecs.lookup(name).name for name in names)


class Format(StrEnum):
    """What an input was."""

    TEXT = "text"
    HTML = "html"
    """A web page; ``Document.text`` is the article extracted from it."""


@dataclass(frozen=True)
class Document:
    """An input, read."""

    text: str
    """The text diffnews compares, which the report's offsets index."""
    name: str
    """As the user gave it: a path, ``-`` for standard input, or a URL."""
    format: Format
    encoding: str
    """The codec the bytes were read with, such as ``utf-8`` or ``cp1252``."""
    url: str | None = None
    """For a URL, the address the page came from after redirects."""
    warnings: tuple[str, ...] = ()
    """Things the user should know (an encoding that was guessed), each one line."""


def load(
    name: str,
    encoding: str | None = None,
    *,
    stdin: BinaryIO | None = None,
    option: str = "--encoding",
    settings: Fetch | None = None,
) -> Document:
    """Read ``name``: a file, ``-`` for standard input, or an http(s) URL.

    ``encoding`` overrides the detection described above. ``option`` is the command-line option
    that sets this input's encoding, for the hints in messages. Raises ``InputError`` with a
    one-line message that says what to do next."""
    charset = meta = url = None
    if name == STDIN:
        data = (stdin or sys.stdin.buffer).read()
        shown, html = "standard input", None
    elif is_url(name):
        page = fetch(name, settings)
        data, shown, url, charset = page.data, redacted(name), page.url, page.charset
        html = _kind_of_media(page.content_type, shown)
    else:
        data, shown = _read_file(name), name
        suffix = Path(name).suffix.lower()
        html = True if suffix in _HTML_SUFFIXES else False if suffix in _TEXT_SUFFIXES else None
    if html is None:  # no name or media type to go by: look at the start
        head = data[:4096].decode("latin-1")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            head = data[:8192].decode("utf-16", errors="replace")
        from diffnews.reading.extract import looks_like_html

        html = looks_like_html(head)
    if html and charset is None:
        meta = _meta_charset(data)
        charset = "utf-8" if meta is not None and _canonical(meta) in _codec_names(_UTF16) else meta
    text, used, warnings = _decode(data, shown, encoding, option, charset)
    if not html:
        if not text.strip():
            raise InputError(f"{shown}: is empty or only white space; there is nothing to compare")
        return Document(text, name, Format.TEXT, used, url, warnings)
    from diffnews.reading.extract import article

    found = article(text, url=url, name=shown)
    return Document(found.text, name, Format.HTML, used, url, warnings)


def _canonical(charset: str) -> str | None:
    """The codec a page's declared charset names, if it is one a web page may use."""
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return None
    return name if name in _codec_names(_WEB_ENCODINGS) else None


def _read_file(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory; give the path of a text file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied; check the file's permissions") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror or error}); check the path") from None


def _kind_of_media(content_type: str, url: str) -> bool | None:
    """True for a web page, False for plain text, None to look at the content; an InputError
    for a PDF, an image and the like."""
    if content_type in _HTML_TYPES:
        return True
    if content_type in ("", "application/octet-stream", "text/xml", "application/xml"):
        return None  # look at the content: XHTML is sometimes served as XML
    if content_type.startswith("text/"):
        return False
    raise InputError(
        f"{url}: is {content_type}, not a web page or text; save the article's text and give the file"
    )


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


def _decode(
    data: bytes, name: str, encoding: str | None, option: str, declared: str | None = None
) -> tuple[str, str, tuple[str, ...]]:
    """The text, the codec that read it, and any warning. ``declared`` is the charset a page
    declares (HTTP header or ``<meta>``); a byte-order mark overrides it, ``encoding`` both."""
    warnings: tuple[str, ...] = ()
    bom = next((c for mark, c in _BOMS if data.startswith(mark)), None)
    if encoding is not None:
        codec = text_codec(encoding, option)
    elif bom is not None:
        codec = bom
    elif declared is not None and (known := _canonical(declared)) is not None:
        codec = "cp1252" if known in _codec_names(_AS_WINDOWS_1252) else known
    else:
        codec = "utf-8"
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
        if encoding is not None or bom is not None:  # the user's or the file's own word: no guess
            raise InputError(
                f"{name}: is not valid {shown} (byte 0x{bad} at offset {error.start}); "
                f"try {option} {_likely_encoding(data, codec)}"
            ) from None
        codec = _likely_encoding(data, "utf-8")  # Windows-1252 or Latin-1: both read these bytes
        text = data.decode(codec)
        label = "Windows-1252" if codec == "cp1252" else "Latin-1"
        warnings = (
            f"{name}: is not valid {shown} (byte 0x{bad} at offset {error.start}), so it was read "
            f"as {label}; if letters look wrong, give its encoding with {option} NAME",
        )
    return text.removeprefix("\ufeff"), codec.removesuffix("-sig"), warnings  # UTF-16/32 keep the mark


def text_codec(encoding: str, option: str = "--encoding") -> str:
    """The canonical name of a codec that turns bytes into text, or an InputError."""
    try:
        info = codecs.lookup(encoding)
        "".encode(info.name)  # bytes-to-bytes codecs (base64, rot13...) have no text side
        b"".decode(info.name)
    except (LookupError, UnicodeError):  # "undefined" is a codec that refuses everything
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
    """An encoding that reads ``data``: news files that are not UTF-8 are nearly always
    Windows-1252 (curly quotes as 0x93/0x94), else Latin-1, which reads any bytes."""
    for candidate in ("utf-8", "cp1252"):
        if candidate != failed.removesuffix("-sig"):
            try:
                data.decode(candidate)
            except UnicodeDecodeError:
                continue
            return candidate
    return "latin-1"
