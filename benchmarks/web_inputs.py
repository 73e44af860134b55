"""What reading web pages and writing the new outputs cost, on the seed pair.

    python benchmarks/web_inputs.py [--runs N]

Prints, for the installed diffnews:
- ``diffnews.load`` of the aggregator's article as a text file and as a saved page (the first
  page also imports trafilatura), and of the page fetched from a server on 127.0.0.1;
- extraction time as a page grows (the article's paragraphs repeated), to show how it scales;
- rendering the seed report as JSON, HTML and Markdown, and the HTML page's size;
- the whole command in a fresh process, `diffnews compare PAGE rudaw.txt` against the same with
  the text file, median of N runs, with the child's peak resident memory.
"""

from __future__ import annotations

import argparse
import http.server
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "fixtures" / "amiri-troops"
PAGE, TEXT, RUDAW = CASE / "aggregator.html", CASE / "aggregator.txt", CASE / "rudaw.txt"


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def command(args: list[str], runs: int) -> tuple[float, float]:
    """Median wall time and peak resident memory (MB) of the command in a fresh process."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return statistics.median(times), peak_kb / 1024


def grown_page(factor: int) -> str:
    """The saved page with its article's paragraphs repeated ``factor`` times."""
    page = PAGE.read_text("utf-8")
    start, end = page.index("      <p>"), page.index('      <aside class="related">')
    return page[:start] + page[start:end] * factor + page[end:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    import diffnews
    from diffnews.extract import article
    from diffnews.render.html import html
    from diffnews.render.markdown import markdown

    print(f"diffnews {diffnews.__version__}, Python {sys.version.split()[0]}, median of {runs} runs\n")
    start = time.perf_counter()
    diffnews.load(str(PAGE))
    print(f"first load of the page (imports trafilatura)  {time.perf_counter() - start:7.3f} s")
    for label, path in (("text file", TEXT), ("saved page", PAGE)):
        seconds = median_time(lambda path=path: diffnews.load(str(path)), runs)  # type: ignore[misc]
        print(f"load, {label:40} {seconds:7.3f} s")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0),
        lambda *a: Quiet(*a, directory=str(CASE)),  # type: ignore[misc]
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{PAGE.name}"
    print(f"load, {'page from 127.0.0.1':40} {median_time(lambda: diffnews.load(url), runs):7.3f} s")
    server.shutdown()

    print("\nextraction as the page grows")
    for factor in (1, 10, 50, 200):
        page = grown_page(factor)
        seconds = median_time(lambda page=page: article(page), max(1, runs // 2))  # type: ignore[misc]
        print(f"  {len(page.encode()) / 1e6:6.2f} MB page  {seconds:7.3f} s")

    report = diffnews.compare(diffnews.load(str(PAGE)), diffnews.load(str(RUDAW)))
    print("\nrendering the seed report")
    for name, render in (
        ("json", report.to_json),
        ("html", lambda: html(report)),
        ("markdown", lambda: markdown(report)),
    ):
        print(f"  {name:9} {median_time(render, runs) * 1000:7.2f} ms")
    print(f"  HTML page size {len(html(report).encode()) / 1000:.1f} kB, self-contained")

    exe = str(Path(sys.executable).with_name("diffnews"))
    print("\n`diffnews compare LEFT rudaw.txt -f json` in a fresh process")
    for label, left in (("text file", TEXT), ("saved page", PAGE)):
        seconds, peak = command([exe, "compare", str(left), str(RUDAW), "-f", "json"], runs)
        print(f"  {label:11} {seconds:6.3f} s   peak memory so far {peak:6.1f} MB")


if __name__ == "__main__":
    main()
