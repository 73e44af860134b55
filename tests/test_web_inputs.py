"""Web pages as inputs: URLs served on 127.0.0.1, saved .html files and pages on standard input.

A local HTTP server stands in for news sites, so nothing here touches the internet. A page, a
redirect to it and the saved file must compare like the article's clean text file; encodings
declared by the server or by ``<meta>`` must decode; every failure must be one line on stderr.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import re
import socket
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from diffnews.cli import main
from diffnews.errors import InputError
from diffnews.reading.inputs import Fetch, Format, load
from tests.cases import FIXTURES

CASE = FIXTURES / "amiri-troops"
PAGE, CLEAN, RUDAW = CASE / "aggregator.html", CASE / "aggregator.txt", CASE / "rudaw.txt"
HEADLINE = "Emboldened by Afghanistan, Iran-Backed Militias Demand U.S. Troops Out of Iraq"
FURNITURE = (
    "Share this article", "Tweet", "Related stories", "Join the conversation", "Privacy policy",
    "Photo by", "Getty Images", "Show comments", "All rights reserved", "Subscribe",
)  # fmt: skip
SLOW = 2.0  # seconds /slow waits before answering: well over the 0.5 s timeout the test gives

PARAGRAPH = (
    "The caf\u00e9 on the corner reopened on Monday after a month of repairs, its owner said. "
    "\u201cWe missed our regulars,\u201d she told the local paper, adding that prices would not rise. "
    "Neighbours queued from early morning, and the first pastries sold out before nine o\u2019clock."
)


def article_page(head: str = "") -> str:
    body = "".join(f"<p>{PARAGRAPH}</p>\n" for _ in range(3))
    return (
        f"<!DOCTYPE html>\n<html><head>{head}<title>Corner caf\u00e9 reopens</title></head>\n"
        f"<body><nav>Home | Local</nav><article><h1>Corner caf\u00e9 reopens</h1>\n{body}</article>"
        "<footer>Privacy policy</footer></body></html>\n"
    )


ROUTES: dict[str, tuple[str, bytes]] = {
    "/page": ("text/html; charset=utf-8", PAGE.read_bytes()),
    "/text": ("text/plain; charset=utf-8", RUDAW.read_bytes()),
    "/cp1252-page": ("text/html; charset=windows-1252", article_page().encode("cp1252")),
    "/meta-latin1": ("text/html", article_page('<meta charset="iso-8859-1">').encode("cp1252")),
    "/header-latin1": ("text/html; charset=iso-8859-1", article_page().encode("cp1252")),
    "/meta-utf16": ("text/html", article_page('<meta charset="utf-16">').encode("utf-8")),
    "/meta-python-codec": ("text/html", article_page('<meta charset="unicode_escape">').encode("utf-8")),
    "/charset-undefined": ("text/html; charset=undefined", article_page().encode("utf-8")),
    "/pdf": ("application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n%%EOF\n"),
}


class Handler(BaseHTTPRequestHandler):
    agents: ClassVar[list[str]] = []  # the User-Agent of each /echo-agent request

    def do_GET(self) -> None:
        path = self.path
        if path in ROUTES:
            kind, body = ROUTES[path]
            self.answer(200, kind, body)
        elif path == "/stream":  # the page with no Content-Length: only the read loop can stop it
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(PAGE.read_bytes())
            self.close_connection = True
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/slow":
            time.sleep(SLOW)
            self.answer(200, "text/plain", b"Too late.\n")
        elif path == "/huge":  # the header only: the body never comes
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50_000_000))
            self.end_headers()
            self.close_connection = True
        elif path == "/drip":  # a byte at a time, each well inside a per-read timeout
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "200")
            self.end_headers()
            for _ in range(200):
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.1)
        elif path == "/garbage":  # not HTTP at all
            self.wfile.write(b"GARBAGE\r\n\r\n")
            self.close_connection = True
        elif path == "/truncated":  # promises more than it sends
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(RUDAW.read_bytes()[:500])
            self.close_connection = True
        elif path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1:1/x")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/gzip":  # compressed though diffnews asked for identity
            body = gzip.compress(PAGE.read_bytes())
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path == "/echo-agent":
            self.agents.append(self.headers.get("User-Agent", ""))
            self.answer(200, "text/plain; charset=utf-8", b"The agent was recorded by the server.\n")
        else:
            self.answer(404, "text/plain", b"Not found\n")

    def answer(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (/slow) must not print a traceback into another test's stderr


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def report(capsys: pytest.CaptureFixture[str], left: str | Path, right: str | Path = RUDAW) -> dict[str, Any]:
    status, out, err = run(capsys, "compare", left, right, "-f", "json")
    assert (status, err) == (0, "")
    result: dict[str, Any] = json.loads(out)
    return result


def pairs(result: dict[str, Any]) -> set[tuple[tuple[str, ...], tuple[str, ...], str]]:
    """The pairs as sentence texts, white space (the text file's no-break spaces) made one space."""
    texts = {
        side: {s["id"]: re.sub(r"\s+", " ", s["text"]) for s in result[side]["sentences"]}
        for side in ("left", "right")
    }
    return {
        (tuple(texts["left"][i] for i in p["left"]), tuple(texts["right"][i] for i in p["right"]), p["label"])
        for p in result["pairs"]
    }


def assert_clean_article(side: dict[str, Any]) -> None:
    assert side["format"] == "html"
    assert side["text"].startswith(HEADLINE + "\n")
    assert "Iraqi Shiite militia leader" in side["text"]
    assert "40 percent of the country" in side["text"]
    for furniture in FURNITURE:
        assert furniture not in side["text"]
    assert side["sentences"]
    for sentence in side["sentences"]:
        assert side["text"][sentence["start"] : sentence["end"]] == sentence["text"]


@pytest.fixture(scope="module")
def clean_pairs() -> set[tuple[tuple[str, ...], tuple[str, ...], str]]:
    """The pairs of the article's clean text file with the Rudaw report."""
    with contextlib.redirect_stdout(io.StringIO()) as out:
        assert main(["compare", str(CLEAN), str(RUDAW), "-f", "json"]) == 0
    return pairs(json.loads(out.getvalue()))


def test_a_url_compares_like_the_clean_text(
    capsys: pytest.CaptureFixture[str], base: str, clean_pairs: set[Any]
) -> None:
    result = report(capsys, f"{base}/page")
    assert result["left"]["url"] == result["left"]["source"] == f"{base}/page"
    assert_clean_article(result["left"])
    assert pairs(result) == clean_pairs
    assert result["right"]["format"] == "text"


def test_a_saved_page_compares_like_the_clean_text(
    capsys: pytest.CaptureFixture[str], clean_pairs: set[Any]
) -> None:
    result = report(capsys, PAGE)
    assert result["left"]["source"] == str(PAGE)
    assert result["left"]["url"] is None
    assert_clean_article(result["left"])
    assert pairs(result) == clean_pairs


def test_a_redirect_keeps_the_given_address_as_source(capsys: pytest.CaptureFixture[str], base: str) -> None:
    result = report(capsys, f"{base}/redirect")
    assert result["left"]["source"] == f"{base}/redirect"
    assert result["left"]["url"] == f"{base}/page"
    assert_clean_article(result["left"])


def test_plain_text_over_http_is_read_as_text(capsys: pytest.CaptureFixture[str], base: str) -> None:
    by_url, by_file = report(capsys, CLEAN, f"{base}/text"), report(capsys, CLEAN, RUDAW)
    assert by_url["right"]["format"] == "text"
    assert by_url["right"]["text"] == by_file["right"]["text"] == RUDAW.read_text(encoding="utf-8")
    assert by_url["pairs"] == by_file["pairs"]
    assert by_url["summary"] == by_file["summary"]


@pytest.mark.parametrize("path", ["/cp1252-page", "/meta-latin1", "/header-latin1"])
def test_declared_charsets_decode(capsys: pytest.CaptureFixture[str], base: str, path: str) -> None:
    result = report(capsys, f"{base}{path}")  # asserts stderr is empty: no encoding warning
    text = result["left"]["text"]
    assert result["left"]["format"] == "html"
    assert text.startswith("Corner caf\u00e9 reopens\n")
    assert "\u201cWe missed our regulars,\u201d she told" in text
    assert "nine o\u2019clock" in text
    assert "Home | Local" not in text and "Privacy policy" not in text
    document = load(f"{base}{path}", settings=Fetch(timeout=5))
    assert (document.encoding, document.warnings) == ("cp1252", ())


def test_a_utf16_page_file_is_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(article_page().encode("utf-16"))  # with its byte-order mark
    result = report(capsys, page)
    assert result["left"]["format"] == "html"
    assert result["left"]["text"].startswith("Corner caf\u00e9 reopens\n")
    assert "\u201cWe missed our regulars,\u201d" in result["left"]["text"]


def test_a_page_on_standard_input_is_recognised(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = PAGE.read_bytes()
    assert data.startswith(b"<!DOCTYPE html>")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    result = report(capsys, "-")
    assert result["left"]["source"] == "-"
    assert_clean_article(result["left"])


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.parametrize(
    ("left", "extra", "messages"),
    [
        ("{base}/missing", [], ["HTTP 404"]),
        ("{base}/slow", ["--timeout", "0.5"], ["no answer within 0.5 s"]),
        ("{base}/huge", [], ["larger than 10 MB"]),
        ("{base}/pdf", [], ["is application/pdf, not a web page or text"]),
        ("http://127.0.0.1:{closed}/page", [], ["cannot be fetched", "save the page"]),
        ("ftp://127.0.0.1/x", [], ["only http:// and https://"]),
        ("{nav}", [], ["nav.html: no article text found"]),
        ("{bare}", [], ["bare.html: no article text found"]),
    ],
)
def test_errors_are_one_line(
    capsys: pytest.CaptureFixture[str],
    base: str,
    tmp_path: Path,
    left: str,
    extra: list[str],
    messages: list[str],
) -> None:
    pages = {
        "nav": "<html><body><nav>Home</nav></body></html>\n",
        "bare": '<html><body><img src="a.jpg"><script>var x = 1;</script></body></html>\n',
    }
    for stem, html in pages.items():
        (tmp_path / f"{stem}.html").write_text(html, encoding="utf-8")
    name = left.format(base=base, closed=closed_port(), **{s: tmp_path / f"{s}.html" for s in pages})
    started = time.monotonic()
    status, out, err = run(capsys, "compare", name, RUDAW, *extra)
    assert time.monotonic() - started < SLOW  # the timeout, not the server, ended the wait
    assert (status, out) == (2, "")
    assert err.startswith(f"diffnews: error: {name}: ")
    assert err.endswith("\n") and err.count("\n") == 1
    assert "Traceback" not in err
    for message in messages:
        assert message in err


def test_the_library_names_itself_to_servers(base: str) -> None:
    Handler.agents.clear()
    document = load(f"{base}/echo-agent", settings=Fetch(timeout=5))
    assert document.format is Format.TEXT
    assert document.text == "The agent was recorded by the server.\n"
    assert document.url == f"{base}/echo-agent"
    assert len(Handler.agents) == 1
    assert Handler.agents[0].startswith("diffnews/")


@pytest.mark.parametrize("path", ["/page", "/stream"])
def test_the_size_limit_applies_to_real_bodies(base: str, path: str) -> None:
    with pytest.raises(InputError, match=r"the page is larger than 0\.001 MB; save the article"):
        load(f"{base}{path}", settings=Fetch(timeout=5, limit=1000))
    assert load(f"{base}{path}", settings=Fetch(timeout=5)).text.startswith(HEADLINE)


def test_check_takes_a_web_page_as_source(capsys: pytest.CaptureFixture[str], base: str) -> None:
    status, out, err = run(capsys, "check", CLEAN, "--source", f"{base}/page")
    assert status in (0, 1), err
    assert "diffnews: error" not in err
    assert "1 copy checked" in out


def test_check_refuses_a_web_page_as_copy(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", PAGE, "--source", RUDAW)
    assert (status, out) == (2, "")
    assert err.startswith(f"diffnews: error: {PAGE}: is a web page;")
    assert err.count("\n") == 1


def test_the_library_compares_loaded_documents() -> None:
    import diffnews

    report = diffnews.compare(diffnews.load(str(PAGE)), diffnews.load(str(RUDAW)))
    assert (report.left.source, report.left.format, report.right.format) == (str(PAGE), "html", "text")
    assert report.left.text.startswith(HEADLINE) and report.right.text == RUDAW.read_text("utf-8")
    named = diffnews.compare(diffnews.load(str(PAGE)), RUDAW.read_text("utf-8"), left_source="wire")
    assert (named.left.source, named.right.source, named.right.format) == ("wire", None, "text")


@pytest.mark.parametrize("path", ["/meta-utf16", "/meta-python-codec", "/charset-undefined"])
def test_a_page_cannot_choose_a_codec_browsers_would_not_use(base: str, path: str) -> None:
    document = load(f"{base}{path}", settings=Fetch(timeout=5))
    assert document.encoding == "utf-8" and document.warnings == ()
    assert "\u201cWe missed our regulars,\u201d" in document.text and "caf\u00e9" in document.text


def test_a_compressed_page_is_unpacked(base: str) -> None:
    document = load(f"{base}/gzip", settings=Fetch(timeout=5))
    assert document.format is Format.HTML and document.text.startswith(HEADLINE)


@pytest.mark.parametrize(
    ("path", "extra", "message"),
    [
        ("/drip", ["--timeout", "1"], "no answer within 1 s"),
        ("/garbage", [], "cannot be fetched"),
        ("/truncated", [], "the connection closed after 500 of 5000 bytes"),
        ("/to-ftp", [], "redirects to ftp://127.0.0.1:1/x; only http:// and https://"),
    ],
)
def test_a_server_that_misbehaves_is_one_line(
    capsys: pytest.CaptureFixture[str], base: str, path: str, extra: list[str], message: str
) -> None:
    started = time.monotonic()
    status, out, err = run(capsys, "compare", f"{base}{path}", RUDAW, *extra)
    assert time.monotonic() - started < 5  # /drip would take 20 s
    assert (status, out) == (2, "") and err.count("\n") == 1 and message in err


@pytest.mark.parametrize(
    ("name", "extra", "message"),
    [
        ("http://[::1", [], "http://[::1: cannot be fetched"),
        ("http://127.0.0.1:1/a b", [], "cannot be fetched"),
        ("http://user:secret@127.0.0.1:1/x", [], "http://…@127.0.0.1:1/x: cannot be fetched"),
        ("http://127.0.0.1:1/x", ["--timeout", "inf"], "Invalid value for '--timeout'"),
    ],
)
def test_malformed_addresses_are_one_line(
    capsys: pytest.CaptureFixture[str], name: str, extra: list[str], message: str
) -> None:
    status, out, err = run(capsys, "compare", name, RUDAW, *extra)
    assert (status, out) == (2, "") and err.count("\n") == 1 and message in err
    assert "secret" not in err


def test_a_warning_then_an_error_is_still_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 owners say the tax is unfair.".encode("cp1252"))
    status, _, err = run(capsys, "compare", latin, tmp_path / "missing.txt")
    assert status == 2 and err.count("\n") == 1 and "missing.txt: no such file" in err


def test_a_text_file_that_starts_with_a_tag_is_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("<meta> tags were discussed at length by the committee on Monday.\n", "utf-8")
    document = load(str(notes))
    assert document.format is Format.TEXT and document.text.startswith("<meta> tags")


def test_check_names_a_web_page_source_without_line_numbers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(CLEAN.read_text("utf-8").replace("3,500 foreign", "4,500 foreign"), "utf-8")
    status, out, _ = run(capsys, "check", copy, "--source", PAGE, "-f", "json")
    assert status == 1
    # the figure stands in Rudaw's quotation, so the change is reported once, as an altered
    # quote whose reason names the figure (docs/ci.md)
    (finding,) = json.loads(out)["findings"]
    assert finding["rule"] == "altered-quote" and "'4,500' for '3,500'" in finding["reason"]
    assert finding["source_line"] is None and finding["line"] is not None
    assert "3,500 foreign soldiers" in finding["message"] and finding["message"].endswith(f"in {PAGE}")
