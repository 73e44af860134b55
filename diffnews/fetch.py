"""Fetch a web page over http(s), within a time and size limit, or say exactly why not.

The only module that touches the network, and only when the user gives a URL. It sends a
``User-Agent`` naming diffnews, asks for no compression, follows redirects (urllib's limit of
ten) and reads at most ``Fetch.limit`` bytes. ``Fetch.timeout`` bounds the whole download, not
just each read, so a server that trickles bytes cannot hold a CI job. Every failure is an
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

__all__ = ["Fetch", "Page", "fetch", "is_url"]

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


def is_url(name: str) -> bool:
    """True for anything that looks like ``scheme://...``; ``fetch`` refuses schemes but http(s)."""
    return _SCHEME.match(name) is not None


def fetch(url: str, settings: Fetch | None = None) -> Page:
    """The page at ``url``, or an ``InputError``."""
    import urllib.error  # here, not above: http.client and ssl cost start-up time
    import urllib.request

    settings = settings or Fetch()
    scheme = _SCHEME.match(url)
    if scheme is None or scheme.group(1).lower() not in ("http", "https"):
        raise InputError(
            f"{url}: only http:// and https:// addresses can be fetched; save the page and give the file"
        )
    request = urllib.request.Request(
        url, headers={"User-Agent": settings.user_agent, "Accept-Encoding": "identity", "Accept": "*/*"}
    )
    deadline = time.monotonic() + settings.timeout
    too_slow = (
        f"{url}: no answer within {settings.timeout:g} s; try --timeout {max(60, 2 * settings.timeout):g}, "
        "or save the page and give the file"
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.timeout) as response:
            headers: Message = response.headers
            size = headers.get("Content-Length", "")
            if size.isdigit() and int(size) > settings.limit:
                raise InputError(_too_large(url, settings.limit))
            chunks: list[bytes] = []
            received = 0
            while chunk := response.read(_CHUNK):
                received += len(chunk)
                if received > settings.limit:
                    raise InputError(_too_large(url, settings.limit))
                if time.monotonic() > deadline:
                    raise InputError(too_slow)
                chunks.append(chunk)
            return Page(
                data=b"".join(chunks),
                url=response.geturl(),
                content_type=headers.get_content_type() if headers.get("Content-Type") else "",
                charset=headers.get_content_charset(),
            )
    except urllib.error.HTTPError as error:
        raise InputError(
            f"{url}: the server answered HTTP {error.code} {error.reason}; check the address"
        ) from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise InputError(too_slow) from None
        raise InputError(
            f"{url}: cannot be fetched ({_reason(reason)}); check the address and the network "
            "connection, or save the page and give the file"
        ) from None
    except TimeoutError:
        raise InputError(too_slow) from None
    except (OSError, ValueError) as error:  # a connection reset mid-read, a malformed address
        raise InputError(
            f"{url}: cannot be fetched ({_reason(error)}); check the address, "
            "or save the page and give the file"
        ) from None


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return str(reason.strerror)
    return str(reason) or type(reason).__name__


def _too_large(url: str, limit: int) -> str:
    return f"{url}: the page is larger than {limit / 1e6:g} MB; save the article and give the file"
