"""Fetch a web page over http(s), within a time and size limit, or say exactly why not.

The only module that touches the network, and only when the user gives a URL. It sends a
``User-Agent`` naming diffnews, asks for no compression, follows redirects (urllib's limit of
ten) and reads at most ``Fetch.limit`` bytes. ``Fetch.timeout`` bounds the whole download, not
just each read, so a server that trickles bytes cannot hold a CI job. Redirects go to http(s)
only; a body cut short of its ``Content-Length`` is refused; a server that compresses anyway
(gzip, deflate) is unpacked; a password in the URL is left out of messages. Every failure is an
``InputError`` whose message says what to do next; the usual one offline is that the host cannot
be reached, and the cure is to save the page and give diffnews the file.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from diffnews import __version__
from diffnews.errors import InputError

if TYPE_CHECKING:
    from email.message import Message

__all__ = ["Fetch", "Page", "fetch", "is_url", "redacted"]

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetch:
    """How URLs are fetched."""

    timeout: float = 20.0
    """Seconds for the whole download: connecting, redirects and reading."""
    limit: int = 10_000_000
    """Largest page read, in bytes (10 MB: news pages with their scripts are rarely 3 MB)."""
    user_agent: str = f"diffnews/{__version__} (news comparison; +https://pypi.org/project/diffnews/)"
    """Sent as ``User-Agent``; some sites refuse requests without one."""


@dataclass(frozen=True)
class Page:
    """What a server sent."""

    data: bytes
    url: str
    """The address the page came from, after redirects."""
    content_type: str
    """The media type, such as ``text/html``, lower case; empty if the server gave none."""
    charset: str | None
    """The ``charset`` of the ``Content-Type`` header, if any."""


def _redirect_handler() -> type:
    import urllib.request

    class HttpOnly(urllib.request.HTTPRedirectHandler):
        """Follows redirects to http(s) only: urllib would follow one to ftp:// too."""

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            if _SCHEME.match(newurl) and not newurl.lower().startswith(("http://", "https://")):
                raise InputError(
                    f"{redacted(req.full_url)}: redirects to {redacted(newurl)}; only http:// and "
                    "https:// addresses can be fetched, so save the page and give the file"
                )
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return HttpOnly


def is_url(name: str) -> bool:
    """True for anything that looks like ``scheme://...``; ``fetch`` refuses schemes but http(s)."""
    return _SCHEME.match(name) is not None


def fetch(url: str, settings: Fetch | None = None) -> Page:
    """The page at ``url``, or an ``InputError``."""
    import http.client  # here, not above: http.client and ssl cost start-up time
    import urllib.error
    import urllib.request

    settings = settings or Fetch()
    shown = redacted(url)
    scheme = _SCHEME.match(url)
    if scheme is None or scheme.group(1).lower() not in ("http", "https"):
        raise InputError(
            f"{shown}: only http:// and https:// addresses can be fetched; save the page and give the file"
        )
    deadline = time.monotonic() + settings.timeout
    too_slow = (
        f"{shown}: no answer within {settings.timeout:g} s; try --timeout {max(60, 2 * settings.timeout):g}, "
        "or save the page and give the file"
    )
    opener = urllib.request.build_opener(_redirect_handler())
    try:
        request = urllib.request.Request(
            url, headers={"User-Agent": settings.user_agent, "Accept-Encoding": "identity", "Accept": "*/*"}
        )
        with opener.open(request, timeout=settings.timeout) as response:
            headers: Message = response.headers
            size = headers.get("Content-Length", "").strip()
            expected = int(size) if size.isdigit() else None
            if expected is not None and expected > settings.limit:
                raise InputError(_too_large(shown, settings.limit))
            chunks: list[bytes] = []
            received = 0
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise InputError(too_slow)
                _limit_wait(response, left)
                chunk = response.read1(_CHUNK)  # what has arrived, so the deadline is checked often
                if not chunk:
                    break
                received += len(chunk)
                if received > settings.limit:
                    raise InputError(_too_large(shown, settings.limit))
                chunks.append(chunk)
            if expected is not None and received < expected and not headers.get("Content-Encoding"):
                raise InputError(
                    f"{shown}: the connection closed after {received} of {expected} bytes; try again, "
                    "or save the page and give the file"
                )
            return Page(
                data=_decompressed(b"".join(chunks), headers.get("Content-Encoding", ""), shown),
                url=response.geturl(),
                content_type=headers.get_content_type() if headers.get("Content-Type") else "",
                charset=headers.get_content_charset(),
            )
    except urllib.error.HTTPError as error:
        raise InputError(
            f"{shown}: the server answered HTTP {error.code} {error.reason}; check the address"
        ) from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise InputError(too_slow) from None
        raise InputError(
            f"{shown}: cannot be fetched ({_reason(reason)}); check the address and the network "
            "connection, or save the page and give the file"
        ) from None
    except TimeoutError:
        raise InputError(too_slow) from None
    # a malformed address or answer, a connection reset mid-read
    except (OSError, ValueError, http.client.HTTPException) as error:
        raise InputError(
            f"{shown}: cannot be fetched ({_reason(error)}); check the address, "
            "or save the page and give the file"
        ) from None


def _limit_wait(response: object, seconds: float) -> None:
    """Make the next read on ``response``'s socket give up after ``seconds``, so that a server
    sending a byte now and then cannot stretch the download past its deadline. urllib keeps the
    socket at ``response.fp.raw._sock``; if a later Python moves it, each read waits at most the
    timeout given to ``open`` instead."""
    sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
    settimeout = getattr(sock, "settimeout", None)
    if settimeout is not None:
        settimeout(max(seconds, 0.001))


def _decompressed(data: bytes, encoding: str, shown: str) -> bytes:
    """The body, unpacked if the server compressed it though diffnews asked it not to."""
    import zlib

    coding = encoding.strip().lower()
    if coding in ("", "identity"):
        return data
    if coding in ("gzip", "x-gzip", "deflate"):
        try:
            return zlib.decompress(data, wbits=47 if coding != "deflate" else 15)
        except zlib.error:
            if coding == "deflate":
                try:
                    return zlib.decompress(data, wbits=-15)  # raw deflate, as some servers send
                except zlib.error:
                    pass
        raise InputError(
            f"{shown}: the page came {coding}-compressed and broken; try again, or save the page"
        )
    raise InputError(
        f"{shown}: the server sent the page {coding}-compressed, which diffnews cannot unpack; "
        "save the page and give the file"
    )


def redacted(url: str) -> str:
    """``url`` without a password in it, for messages."""
    return re.sub(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", r"\1…@", url)


def _reason(reason: object) -> str:
    """Why, in a few words on one line: a server's garbage must not split the error line."""
    if isinstance(reason, OSError) and reason.strerror:
        return str(reason.strerror)
    text = " ".join(str(reason).split())[:120]
    return text or type(reason).__name__


def _too_large(shown: str, limit: int) -> str:
    return f"{shown}: the page is larger than {limit / 1e6:g} MB; save the article and give the file"
