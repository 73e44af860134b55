"""What reading web pages and writing the new outputs cost, on the seed pair, and how much of an
article cut up by ads each way of extracting it keeps.

    python benchmarks/web_inputs.py [--runs N] [--recall-only]

Prints, for the installed diffnews:
- on saved pages whose article body is cut into parts by an ad slot and a newsletter box, with
  a menu, related links, comments and a footer around it (``split_pages()``; built here, no
  network): the share of the article's words each extraction keeps and which furniture leaks
  in, for diffnews and for trafilatura's own settings (favor_recall, favor_precision, no
  fallback, no tables, its baseline); ``--recall-only`` prints only this;
- ``diffnews.load`` of the aggregator's article as a text file and as a saved page (the first
  page also imports trafilatura), and of the page fetched from a server on 127.0.0.1;
- extraction time as a page grows (the article's paragraphs repeated), to show how it scales;
- rendering the seed report as JSON, HTML and Markdown, and the HTML page's size;
- the whole command in a fresh process, `diffnews compare PAGE rudaw.txt` against the same with
  the text file, median of N runs, with the child's peak resident memory.
"""

from __future__ import annotations

import argparse
import html as html_escape
import http.server
import logging
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


# ---- an article cut up by ads --------------------------------------------------------------------

STORY = (
    "Water levels in the Tigris fell to their lowest point in nearly a century this summer, Iraq's water "
    "ministry said on Sunday, as farmers in the south abandoned fields that their families had worked for "
    "generations.",
    "The ministry said the river's flow at Baghdad had dropped to 180 cubic metres a second in August, less "
    "than a third of the average recorded over the past two decades, after a third year of poor rainfall and "
    "new dams upstream.",
    "“We are facing a crisis that no single government can solve,” ministry spokesman Khalid Shamal told "
    "reporters at a news conference in the capital. “Without an agreement with our neighbours, the marshes "
    "will not survive another decade.”",
    "In Dhi Qar province, officials estimate that more than 7,000 families have left their villages since "
    "2021, most of them moving to the outskirts of Nasiriyah and Basra in search of work.",
    "Ali Hussein, 52, a rice farmer from the town of Chibayish, said he had sold half of his water buffalo "
    "herd in the spring because the canals that fed his land had turned to salt.",
    "“My father and his father grew rice here. This year I planted nothing,” he said, standing beside a "
    "cracked irrigation ditch. “My sons want to go to the city. I cannot tell them to stay.”",
    "The World Bank warned in a report last year that Iraq could lose up to 20 percent of its water supply "
    "by 2050, a shortfall that it said would cut economic output and deepen unemployment among young people.",
    "Turkey, which controls the headwaters of both the Tigris and the Euphrates, has said its dams regulate "
    "the flow and protect downstream countries from floods, and has offered to share data on releases.",
    "Iraqi President Abdul Latif Rashid, a former water resources minister, has called for a regional "
    "conference on the two rivers, but no date has been set and previous talks have produced few results.",
    "Environmental groups say the government must also cut waste at home, where ageing pipes and open "
    "canals lose an estimated half of the water that is drawn from the rivers before it reaches farms and "
    "homes.",
    "Officials in Basra say salt water from the Gulf has pushed more than 200 kilometres up the Shatt "
    "al-Arab, the waterway formed where the two rivers meet, killing date palms and making tap water "
    "undrinkable in some districts.",
    "Hospitals in the city treated hundreds of people for stomach illnesses during the summer, health "
    "workers said, and residents have come to rely on water trucks and bottled water that many cannot "
    "afford.",
    "The government has begun rationing water for agriculture, allowing farmers in some provinces to plant "
    "only half of the area they sowed in previous years, and has promised compensation that farmers say "
    "has not arrived.",
    "“They tell us to wait, but the buffalo cannot wait,” said Umm Karrar, a herder who has moved her "
    "family three times in two years to follow what little water remains in the marshes east of Amara.",
    "Engineers at the ministry say modern drip irrigation could halve the water used by farms, but the "
    "equipment is expensive, and most farmers still flood their fields as their grandparents did.",
    "A pilot project funded by the European Union has fitted 400 farms in Babylon province with drip "
    "lines and solar pumps since 2021, and its organisers say yields of wheat and vegetables have risen by "
    "a fifth.",
    "Scaling such projects up would cost billions of dollars, economists say, at a time when the "
    "government's budget depends almost entirely on oil revenues that rise and fall with world prices.",
    "Iran, which shares several smaller rivers with Iraq, has also diverted tributaries for its own farms "
    "and cities, and Iraqi officials say flows from the east have almost stopped in some years.",
    "In parliament, lawmakers from the southern provinces have demanded that the government raise the issue "
    "of water in every trade negotiation with Turkey, Iraq's largest trading partner after China.",
    "For now, the ministry says it will release water from reserves held behind the Mosul Dam to keep "
    "drinking supplies flowing through the winter, but warns that those reserves are the lowest on record.",
)
"""The article: 20 paragraphs, 694 words."""
HEADLINE, SITE = "Iraq's rivers run dry as farmers leave the land", "The Gulf Ledger"
FURNITURE = (
    "Middle East", "Climate desk", "Advertisement", "Sign up for The Morning Brief",
    "Get the day's top stories in your inbox", "Enter your email address", "Egypt's Nile deal falters",
    "Heatwave closes schools", "Syria's wheat harvest", "Negotiators from Cairo", "Samir K.",
    "This is a disgrace", "breaks my heart", "Terms of use", "Cookie settings", "Most read",
)  # fmt: skip
"""What must stay out: the menu, the ad and newsletter boxes, related links, comments, footer."""

_HEAD = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE} | {SITE}</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="{SITE}">
<link rel="canonical" href="https://www.gulfledger.com/middle-east/iraq-rivers-run-dry">
<script>window.ads = {{slots: ["mid1", "mid2"]}};</script>
</head><body>
<header class="site-header"><a class="logo" href="/">{SITE}</a>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/middle-east">Middle East</a></li>
<li><a href="/climate">Climate desk</a></li><li><a href="/business">Business</a></li></ul></nav>
</header>
"""
_BYLINE = '<div class="byline">By Rana Aziz <time datetime="2023-09-03">3 September 2023</time></div>\n'
_AD = """<div class="ad-container ad-slot" data-slot="mid1"><span class="ad-label">Advertisement</span>
<div id="div-gpt-ad-1" style="min-height:250px"><script>googletag.cmd.push(function(){});</script></div></div>
"""
_NEWSLETTER = """<div class="newsletter-signup inline-promo"><h3>Sign up for The Morning Brief</h3>
<p>Get the day's top stories in your inbox every weekday morning.</p>
<form action="/newsletter"><input type="email" placeholder="Enter your email address"><button>Sign up</button>
</form></div>
"""
_INLINE_RELATED = """<div class="inline-related"><h4>Read more</h4><ul><li><a href="/d">Egypt's Nile deal
falters as talks stall again</a><p>Negotiators from Cairo and Addis Ababa left the latest round without a
date for the next meeting, officials said.</p></li></ul></div>
"""
_TAIL = """<aside class="related-links"><h2>Most read</h2><ul>
<li><a href="/a"><h3>Egypt's Nile deal falters as talks stall again</h3></a><p>Negotiators from Cairo and
Addis Ababa left the latest round without a date for the next meeting, officials said.</p></li>
<li><a href="/b"><h3>Heatwave closes schools across Kuwait for a second week</h3></a><p>Temperatures above 50
degrees Celsius forced the education ministry to extend the summer break.</p></li>
<li><a href="/c"><h3>Syria's wheat harvest is the smallest in fifty years</h3></a><p>Drought and the cost of
fuel have cut the harvest by more than half, the United Nations said.</p></li></ul></aside>
<section class="comments" id="comments"><h2>Comments (2)</h2>
<div class="comment"><span class="author">Samir K.</span><p>This is a disgrace, the government has known for
years and done nothing about it at all.</p></div>
<div class="comment"><span class="author">Layla</span><p>My grandfather fished in these marshes. It breaks my
heart to read about what is happening now.</p></div></section>
<footer class="site-footer"><ul><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy
policy</a></li><li><a href="#">Cookie settings</a></li></ul><p>© 2023 The Gulf Ledger. All rights
reserved.</p></footer>
</body></html>
"""


def _paragraphs(start: int, end: int, joiner: str = "") -> str:
    if joiner:
        return joiner.join(html_escape.escape(p, quote=False) for p in STORY[start:end])
    return "".join(f"<p>{html_escape.escape(p, quote=False)}</p>\n" for p in STORY[start:end])


def _two_bodies(
    cut: int, between: str = _AD + _NEWSLETTER, second: str = '<div class="article-body">'
) -> str:
    close = "</div>" * second.count("<div")
    return (
        f'{_HEAD}<main><article class="story"><h1>{HEADLINE}</h1>{_BYLINE}'
        f'<div class="article-body">{_paragraphs(0, cut)}</div>{between}'
        f"{second}{_paragraphs(cut, len(STORY))}{close}</article></main>{_TAIL}"
    )


def split_pages() -> dict[str, str]:
    """Saved pages of one article (``STORY``) in the layouts that cut a body up, by name."""
    n = len(STORY)
    blocks = "".join(
        f'<div class="story-block story-block--text">{_paragraphs(k, k + 1)}</div>'
        + (_AD if k in (3, 11) else _NEWSLETTER if k == 7 else "")
        for k in range(n)
    )
    return {
        "two bodies, 35% in the first": _two_bodies(7),
        "two bodies, 45% in the first": _two_bodies(9),
        "two bodies, 60% in the first": _two_bodies(12),
        "two bodies, 70% in the first": _two_bodies(14),
        "second body nested deeper": _two_bodies(
            9, second='<div class="row"><div class="col-main"><div class="article-body">'
        ),
        "related box between bodies": _two_bodies(9, between=_INLINE_RELATED + _AD),
        "paragraphs split by <br>": _two_bodies(9).replace(_paragraphs(0, 9), _paragraphs(0, 9, "<br><br>")),
        "three sections, no <article>": (
            f'{_HEAD}<main id="content"><h1 class="headline">{HEADLINE}</h1>{_BYLINE}'
            f'<section class="article__content">{_paragraphs(0, 7)}</section>{_AD}'
            f'<section class="article__content">{_paragraphs(7, 13)}</section>{_NEWSLETTER}'
            f'<section class="article__content">{_paragraphs(13, n)}</section></main>{_TAIL}'
        ),
        "body continued after a promo": (
            f"{_HEAD}<main><article><header><h1>{HEADLINE}</h1>{_BYLINE}</header>"
            f'<div class="entry-content">{_paragraphs(0, 9)}</div>{_NEWSLETTER}{_AD}'
            f'<div class="entry-content-continued">{_paragraphs(9, n)}</div></article></main>{_TAIL}'
        ),
        "second body outside <article>": (
            f'{_HEAD}<main><article class="story"><h1>{HEADLINE}</h1>{_BYLINE}'
            f'<div class="article-body">{_paragraphs(0, 7)}</div></article>{_AD}{_NEWSLETTER}'
            f'<div class="article-body article-body--more">{_paragraphs(7, n)}</div></main>{_TAIL}'
        ),
        "a block per paragraph": (
            f'{_HEAD}<div class="page"><div class="story-header"><h1>{HEADLINE}</h1>{_BYLINE}</div>'
            f"{blocks}</div>{_TAIL}"
        ),
        "ad inside one body": (
            f'{_HEAD}<main><article><h1>{HEADLINE}</h1>{_BYLINE}<div class="article-body">'
            f"{_paragraphs(0, 8)}{_AD}{_NEWSLETTER}{_paragraphs(8, n)}</div></article></main>{_TAIL}"
        ),
    }


def kept(text: str) -> tuple[float, list[str]]:
    """The share of the article's words whose paragraphs ``text`` has whole and in order, and the
    furniture that leaked into it."""
    flat, words, at = " ".join(text.split()), 0, 0
    for paragraph in STORY:
        found = flat.find(paragraph, at)
        if found >= 0:
            words, at = words + len(paragraph.split()), found + len(paragraph)
    return words / sum(len(p.split()) for p in STORY), [f for f in FURNITURE if f in text]


def extractions() -> dict[str, Callable[[str], str]]:
    """diffnews's extraction, and trafilatura's with each of its settings (diffnews's own
    parameters otherwise: no comments, tables, no images, no links)."""
    import trafilatura

    from diffnews.reading.extract import article

    logging.getLogger("trafilatura").addHandler(logging.NullHandler())

    def setting(**options: Any) -> Callable[[str], str]:
        def run(page: str) -> str:
            found = trafilatura.bare_extraction(
                page, include_comments=False, include_images=False, include_links=False, **options
            )
            if found is None:
                return ""
            return str((found if isinstance(found, dict) else found.as_dict()).get("text") or "")

        return run

    return {
        "diffnews (bodies joined)": lambda page: article(page).text,
        "trafilatura, diffnews's settings": setting(include_tables=True),
        "  favor_recall=True": setting(include_tables=True, favor_recall=True),
        "  favor_precision=True": setting(include_tables=True, favor_precision=True),
        "  include_tables=False": setting(include_tables=False),
        "  fast=True (no fallback)": setting(include_tables=True, fast=True),
        "  favor_recall, fast": setting(include_tables=True, favor_recall=True, fast=True),
        "trafilatura.baseline": lambda page: trafilatura.baseline(page)[1],
    }


def recall_table() -> None:
    pages = split_pages()
    print(f"article cut up by ads: {len(pages)} saved pages, {sum(len(p.split()) for p in STORY)} words each")
    print(f"  {'extraction':34} {'mean kept':>9} {'least':>6}  pages leaking furniture (what leaked, once)")
    for name, run in extractions().items():
        results = {page: kept(run(html)) for page, html in pages.items()}
        shares = [share for share, _ in results.values()]
        leaks = sorted({f for _, leaked in results.values() for f in leaked})
        leaking = sum(1 for _, leaked in results.values() if leaked)
        shown = f"{leaking:2}  {', '.join(leaks)}" if leaks else " 0"
        print(f"  {name:34} {statistics.mean(shares):9.0%} {min(shares):6.0%}  {shown}")
    print("  per page, kept by diffnews / trafilatura with diffnews's settings:")
    ours, theirs = (
        extractions()["diffnews (bodies joined)"],
        extractions()["trafilatura, diffnews's settings"],
    )
    for page, html in pages.items():
        print(f"    {page:34} {kept(ours(html))[0]:5.0%} / {kept(theirs(html))[0]:4.0%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--recall-only", action="store_true", help="only the split-article table")
    options = parser.parse_args()
    runs = options.runs
    recall_table()
    if options.recall_only:
        return
    print()

    import diffnews
    from diffnews.reading.extract import article
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
