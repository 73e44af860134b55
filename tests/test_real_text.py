"""Failures found on real articles (issue 16, item 5), each on text shaped like the real one.

Scraped text in one block with a photo credit inside; a plain text whose title runs straight
into its body; page titles with full stops or dashes in them, and with or without the site's
name; an article body cut into parts by an ad slot and a newsletter box; a side with nothing but
furniture, in every mode.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import diffnews
from diffnews import Config, Label
from diffnews.aligning.semantic import available
from diffnews.cli import main
from diffnews.reading.boilerplate import furniture
from diffnews.reading.extract import article
from diffnews.reading.segment import segment
from tests.benchmark_modules import load

ROOT = Path(__file__).resolve().parent.parent
needs_backend = pytest.mark.skipif(not available(), reason='needs pip install "diffnews[semantic]"')


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def labels(report: diffnews.Report, side: str = "left") -> dict[str, Label]:
    return {s.text: s.label for s in getattr(report, side).sentences}


# ---- 1. a photo credit in text scraped as one block ------------------------------------------------

ARTICLE = [
    "Water levels in the Tigris fell to their lowest point in nearly a century this summer, Iraq's "
    "water ministry said on Sunday, as farmers in the south abandoned their fields.",
    "The ministry said the river's flow at Baghdad had dropped to 180 cubic metres a second in August, "
    "less than a third of the average of the past two decades.",
    "In Dhi Qar province, officials estimate that more than 7,000 families have left their villages "
    "since 2021, most of them for the outskirts of Nasiriyah and Basra.",
    "“My father and his father grew rice here. This year I planted nothing,” said Ali Hussein, a farmer "
    "from Chibayish.",
    "The World Bank warned last year that Iraq could lose up to 20 percent of its water supply by 2050.",
    "Turkey, which controls the headwaters of both rivers, has said its dams protect downstream "
    "countries from floods.",
]
CAPTION = "A farmer walks across a dried-up canal near Chibayish, Iraq, on August 20, 2023."
CREDIT = "(Image by John Smith / Reuters)"
GETTY_CAPTION, GETTY = "A woman fills a jerrycan in Basra.", "ALI HAIDER/AFP via Getty Images"
GLUED = "Farmers stand on the cracked bed of the Euphrates (Photo by Ahmad al-Rubaye / AFP)"
SCRAPED = " ".join(
    [*ARTICLE[:2], CAPTION, CREDIT, ARTICLE[2], GETTY_CAPTION, GETTY, ARTICLE[3], GLUED, *ARTICLE[4:]]
)
"""A news page scraped to one paragraph, with three photos' captions and credits inside."""


def test_a_credit_in_one_block_of_article_takes_only_its_caption() -> None:
    report = diffnews.compare(SCRAPED, "Turkey has said its dams protect downstream countries from floods.")
    found = labels(report)
    assert {text for text, label in found.items() if label is Label.BOILERPLATE} == {
        CAPTION, CREDIT, GETTY_CAPTION, GETTY, GLUED,
    }  # fmt: skip
    for sentence in ARTICLE:
        assert found[sentence] is not Label.BOILERPLATE
    content = sum(s.words for s in report.left.sentences if s.label is not Label.BOILERPLATE)
    assert content > 0.7 * sum(s.words for s in report.left.sentences)


def test_a_credit_is_the_end_of_its_sentence_in_running_text() -> None:
    assert sentences(f"{GLUED} {ARTICLE[4]}") == [GLUED, ARTICLE[4]]
    assert sentences(f"{CAPTION} {CREDIT} {ARTICLE[2]}") == [CAPTION, CREDIT, ARTICLE[2]]
    # a credit that goes on into another one stays whole
    assert sentences(
        "(Photo by AHMAD AL-RUBAYE / AFP) (Photo credit AHMAD AL-RUBAYE/AFP via Getty Images)"
    ) == ["(Photo by AHMAD AL-RUBAYE / AFP) (Photo credit AHMAD AL-RUBAYE/AFP via Getty Images)"]


def test_a_caption_paragraph_is_still_furniture_whole() -> None:
    text = f"{ARTICLE[0]}\n\n{CAPTION} {CREDIT}\n\n{ARTICLE[1]}"
    spans = segment(text)
    found = furniture([text[s.start : s.end] for s in spans], [s.paragraph for s in spans])
    assert [text[spans[k].start : spans[k].end] for k in sorted(found)] == [CAPTION, CREDIT]


# ---- 2. a title on the first line, run straight into the body ----------------------------------------

TITLE = "Iraq's rivers run dry as farmers in the south leave their land"


@pytest.mark.parametrize(
    "body",
    [
        " ".join(ARTICLE[:3]),  # the body as one long line
        "\n".join(ARTICLE[:3]),  # a line per paragraph
        # hard-wrapped at 72 columns
        "Water levels in the Tigris fell to their lowest point in nearly a century\n"
        "this summer, Iraq's water ministry said on Sunday, as farmers in the south\n"
        "abandoned their fields.",
    ],
    ids=["one-line-body", "line-per-paragraph", "wrapped-body"],
)
def test_a_title_run_into_the_body_is_its_own_unit(body: str) -> None:
    text = f"{TITLE}\n{body}\n\nThe ministry said it would release water from the Mosul Dam."
    found = sentences(text)
    assert found[0] == TITLE
    assert found[1].startswith("Water levels in the Tigris") and found[1].endswith(
        ("fields.", "farmers in the south\nabandoned their fields.")
    )
    report = diffnews.compare(text, f"{TITLE}\n\n{ARTICLE[0]}")
    first = report.left.sentences[0]
    assert (first.text, first.headline) == (TITLE, True)
    assert report.pairs[0].left == ("L1",) and report.pairs[0].right == ("R1",)  # title with title


def test_a_short_title_over_a_wrapped_body_leaves_the_body_whole() -> None:
    text = (
        "Port strike ends\n"
        "Dockworkers at the port of Valmer returned to work on Wednesday after the\n"
        "union and port operators agreed a new pay deal, ending a strike that had\n"
        "lasted nine days. Ships queued outside the harbour."
    )
    assert sentences(text) == [
        "Port strike ends",
        text[text.index("Dockworkers") : text.index(" Ships")],
        "Ships queued outside the harbour.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped lede whose first line ends where the sentence goes on
        "The council approved the budget after a debate that lasted four hours and\n"
        "Mayor Lena Ortiz said taxes would rise by two percent from January next year.",
        # a first line as long as a wrapped line: the next word would not have fitted
        "Police in the northern city of Mosul said on Tuesday that two men were\n"
        "Arrested after the attack on a checkpoint on the road to Erbil that killed",
    ],
    ids=["ends-with-and", "full-width-line"],
)
def test_a_wrapped_first_line_is_no_title(text: str) -> None:
    assert segment(text)[0].end > text.index("\n")


# ---- 3. page headlines ---------------------------------------------------------------------------

BODY = "".join(f"<p>{p}</p>" for p in ARTICLE)


def page(title: str, head: str = "", h1: str = "", header: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>{header}"
        f"<article>{f'<h1>{h1}</h1>' if h1 else ''}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("html", "headline"),
    [
        pytest.param(
            page(
                "Meth. We're on it. | State Health News",
                '<meta property="og:site_name" content="State Health News">',
            ),
            "Meth. We're on it.",
            id="full-stops-inside",
        ),
        pytest.param(
            page(
                "Hadi al-Amiri – the militia leader who wants U.S. troops out | Rudaw",
                '<meta property="og:site_name" content="Rudaw">',
            ),
            "Hadi al-Amiri – the militia leader who wants U.S. troops out",
            id="dash-in-headline-site-by-og-site-name",
        ),
        pytest.param(
            page("Hadi al-Amiri – the militia leader who wants U.S. troops out"),
            "Hadi al-Amiri – the militia leader who wants U.S. troops out",
            id="dash-in-headline-no-site",
        ),
        pytest.param(
            page(
                "Iraq's rivers run dry - The Gulf Ledger",
                '<link rel="canonical" href="https://www.gulfledger.com/middle-east/rivers">',
            ),
            "Iraq's rivers run dry",
            id="site-by-domain",
        ),
        pytest.param(
            page(
                "Iraq's rivers run dry | Ledger",
                header='<header><a class="logo" href="/">Ledger</a></header>',
            ),
            "Iraq's rivers run dry",
            id="site-repeated-in-the-header",
        ),
        pytest.param(
            page(
                "Inflation - what it means for you - Money | Example Daily",
                '<meta property="og:site_name" content="Example Daily">',
                h1="Inflation - what it means for you",
            ),
            "Inflation - what it means for you",
            id="h1-without-section-and-site",
        ),
        pytest.param(
            page("Iraq's rivers run dry – Analysis", header="<header><nav><a>Home</a></nav></header>"),
            "Iraq's rivers run dry – Analysis",
            id="unknown-part-kept",
        ),
    ],
)
def test_a_page_headline_keeps_what_is_the_headline(html: str, headline: str) -> None:
    found = article(html)
    assert found.title == headline
    assert sentences(found.text)[0] == headline


def test_a_headline_with_a_one_word_sentence_is_one_unit_in_text_too() -> None:
    assert sentences(f"Meth. We're on it.\n\n{ARTICLE[0]}")[0] == "Meth. We're on it."
    assert sentences(f"Gotcha! Man held after a chase\n\n{ARTICLE[0]}")[0] == "Gotcha! Man held after a chase"
    # two sentences of several words are two sentences, as in a lede
    assert sentences(f"Port strike ends. Talks resume\n\n{ARTICLE[0]}")[:2] == [
        "Port strike ends.",
        "Talks resume",
    ]


# ---- 4. an article body cut up by ads ---------------------------------------------------------------


BENCHMARK = load("web_inputs_benchmark", "web_inputs.py")
PAGES = BENCHMARK.split_pages()


@pytest.mark.parametrize("name", list(PAGES))
def test_an_article_cut_up_by_ads_is_kept_whole_without_furniture(name: str) -> None:
    text = article(PAGES[name]).text
    share, leaked = BENCHMARK.kept(text)
    assert share == 1.0
    assert leaked == []
    assert text.startswith(BENCHMARK.HEADLINE + "\n\n")


def test_parts_of_a_body_join_only_parts_of_the_same_kind() -> None:
    """A teaser whose class names a body, in a related box, is not part of the article."""
    teaser = (
        '<aside class="related"><div class="entry-content"><p>Egypt\'s Nile deal falters as talks '
        "stall again, officials said.</p></div></aside>"
    )
    html = (
        page("Rivers run dry")
        .replace("</article>", f"</article>{teaser}")
        .replace(f"<article>{BODY}", f'<article><div class="entry-content">{BODY}</div>')
    )
    assert "Nile" not in article(html).text


# ---- 5. a side with no content ---------------------------------------------------------------------

FURNITURE_ONLY = "Share this article\n\nAdvertisement\n\n(Photo by AHMAD AL-RUBAYE / AFP)\n"
STORY = "\n\n".join(ARTICLE)


@pytest.mark.parametrize(
    "config",
    [Config(), pytest.param(Config(semantic=True), marks=needs_backend)],
    ids=["lexical", "semantic"],
)
@pytest.mark.parametrize("furniture_left", [True, False], ids=["furniture-left", "furniture-right"])
def test_a_side_of_furniture_only_gets_a_report(config: Config, furniture_left: bool) -> None:
    left, right = (FURNITURE_ONLY, STORY) if furniture_left else (STORY, FURNITURE_ONLY)
    report = diffnews.compare(left, right, config=config)
    empty, full = (report.left, report.right) if furniture_left else (report.right, report.left)
    assert report.pairs == ()
    assert {s.label for s in empty.sentences} == {Label.BOILERPLATE}
    assert {s.label for s in full.sentences} == {Label.UNIQUE}


@pytest.mark.parametrize(
    "mode", [[], pytest.param(["--semantic"], marks=needs_backend)], ids=["lexical", "semantic"]
)
def test_every_command_reports_on_a_side_of_furniture_only(
    mode: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty, story = tmp_path / "furniture.txt", tmp_path / "story.txt"
    empty.write_text(FURNITURE_ONLY, "utf-8")
    story.write_text(STORY, "utf-8")
    for a, b in ((empty, story), (story, empty)):
        assert main(["compare", str(a), str(b), "-f", "json", *mode]) == 0
        assert json.loads(capsys.readouterr().out)["pairs"] == []
    assert main(["check", str(empty), "--source", str(story), *mode]) == 0
    assert main(["check", str(story), "--source", str(empty), *mode]) in (0, 1)  # findings, not a crash
    assert "Traceback" not in capsys.readouterr().err
    for source, copy in ((empty, story), (story, empty)):
        assert (
            main(["batch", "--source", str(source), str(copy), "--workers", "1", "--no-progress", *mode]) == 0
        )
        (line,) = capsys.readouterr().out.splitlines()
        assert json.loads(line)["ok"] is True


def test_a_sentence_whose_subject_ends_in_a_leading_word_is_read() -> None:
    """A rewrite from the benchmark data (STS-B news, reworded): the subject before "claims"
    ends in "Yesterday", a word that leads a phrase and names no one. It crashed the speaker
    reader (an empty name) with a traceback."""
    copy = (
        "The 2001 Aboriginal Peoples Survey freed Yesterday by Statistics Canada claims living "
        "standards had improved though lag for the Inuit."
    )
    report = diffnews.compare("Statistics Canada released the survey on Wednesday.", copy)
    assert [s.label for s in report.right.sentences] == [Label.UNIQUE]
    assert report.quotes == ()
