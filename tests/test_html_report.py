"""The HTML report, read as a document: self-contained, escaped, and telling the JSON's counts.

The same page is driven in a real browser in test_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import diffnews
from diffnews.cli import main
from diffnews.render.html import html
from diffnews.report import Reuse
from tests.cases import cases
from tests.conftest import report_of

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HOSTILE = (
    'Officials said <script>window.pwned = 1</script> the plan "was final".\n\n'
    'A source said <img src=x onerror="window.pwned = 2"> talks would resume on Monday.\n\n'
    "The minister's office said <b>nothing</b> & left ]]> --> '\" unclosed.\n"
)
HOSTILE_COPY = (
    'Officials said <script>window.pwned = 1</script> the plan "was final".\n\n'
    "Talks resume on Monday, a source said <svg onload=alert(1)>.\n"
)


class Page(HTMLParser):
    """The tags, attributes and text of a page, as a browser's parser sees them."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.data.append(data)

    def sentences(self) -> list[dict[str, str | None]]:
        spans = [a for t, a in self.tags if t == "span" and a.get("id")]
        return [a for a in spans if "s" in (a.get("class") or "").split()]


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.name)
def test_every_sentence_is_on_the_page_once_with_its_label(case: object) -> None:
    report = report_of(case)  # type: ignore[arg-type]
    page = Page(html(report))
    spans = page.sentences()
    expected = [(s.id, s.label.value) for side in (report.left, report.right) for s in side.sentences]
    assert [(a["id"], (a["class"] or "").split()[1]) for a in spans] == expected
    for a in spans:
        sentence = report.sentence(a["id"] or "")
        assert (a.get("data-pair") is not None) == (sentence.pair is not None)
        if sentence.pair is not None:
            assert a["data-pair"] == str(sentence.pair)


def test_counts_on_the_page_are_the_reports() -> None:
    report = report_of(next(c for c in cases() if c.name == "amiri-troops"))
    page = Page(html(report))
    counts = {a["data-count"]: i for i, (t, a) in enumerate(page.tags) if a.get("data-count")}
    labels = {f"{side}-{label.value}" for side in ("left", "right") for label in diffnews.Label}
    kinds = {f"{side}-words-{kind.value}" for side in ("left", "right") for kind in Reuse}
    assert set(counts) == labels | kinds | {"pairs-shared", "pairs-rephrased"}
    text = html(report)
    for key in counts:
        shown = re.search(rf'data-count="{key}">(\d+)<', text)
        assert shown is not None
        if key.startswith("pairs-"):
            want = getattr(report.summary, f"{key.split('-')[1]}_pairs")
        elif "-words-" in key:
            side, _, kind = key.split("-")
            want = getattr(getattr(report.summary, side).reuse, kind)
        else:
            side, label = key.split("-")
            want = getattr(getattr(report.summary, side).sentences, label)
        assert int(shown.group(1)) == want


def test_the_page_is_self_contained_and_allows_only_its_own_style_and_script() -> None:
    text = html(report_of(next(c for c in cases() if c.name == "amiri-troops")))
    page = Page(text)
    tags = [t for t, _ in page.tags]
    assert "link" not in tags and "img" not in tags and "iframe" not in tags
    for tag, attributes in page.tags:
        for name in ("src", "href"):
            value = attributes.get(name)
            assert value is None or value.startswith("#"), (tag, name, value)
        assert "style" not in attributes, tag  # inline style attributes would need 'unsafe-inline'
    assert tags.count("script") == 1 and tags.count("style") == 1
    (policy,) = [a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"]
    assert policy is not None and "default-src 'none'" in policy
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", text, re.DOTALL)
        assert body is not None
        digest = base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in policy


def test_article_text_is_escaped() -> None:
    report = diffnews.compare(HOSTILE, HOSTILE_COPY, left_source='<b>"left".txt', right_source="x' onload='y")
    text = html(report)
    page = Page(text)
    assert [t for t, _ in page.tags].count("script") == 1  # only the page's own
    assert not any(t in ("img", "b") for t, _ in page.tags)
    assert [t for t, _ in page.tags].count("svg") == 2  # the page's own two bars
    assert not any(k.startswith("on") for _, a in page.tags for k in a)
    shown = "".join(page.data)
    assert "<script>window.pwned = 1</script>" in shown
    assert '<img src=x onerror="window.pwned = 2">' in shown
    assert "<b>nothing</b> & left ]]> --> '\" unclosed." in shown
    assert '<b>"left".txt' in shown


def test_word_changes_are_marked_inside_groups() -> None:
    report = diffnews.compare(
        "The ministry said 40 people died in the floods on Monday.",
        "The ministry said 40 people were killed in the floods on Monday.",
    )
    text = html(report)
    assert "<mark>died</mark>" in text and "<mark>were killed</mark>" in text
    assert 'class="s shared' in text or 'class="s rephrased' in text


def test_figures_and_quotes_are_shown() -> None:
    report = report_of(next(c for c in cases() if c.name == "changed-figures"))
    assert any(p.conflicts for p in report.pairs)
    page = Page(html(report))
    sections = {a.get("id") for t, a in page.tags if t == "section"}
    assert "figures" in sections
    shown = "".join(page.data)
    for pair in report.pairs:
        for conflict in pair.conflicts:
            assert conflict.left in shown and conflict.right in shown
    quoted = report_of(next(c for c in cases() if c.name == "quote-edits"))
    assert "quotes" in {a.get("id") for t, a in Page(html(quoted)).tags if t == "section"}


def test_cli_writes_the_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    left, right = FIXTURES / "amiri-troops" / "aggregator.txt", FIXTURES / "amiri-troops" / "rudaw.txt"
    target = tmp_path / "report.html"
    assert main(["compare", str(left), str(right), "--format", "html", "--output", str(target)]) == 0
    assert main(["compare", str(left), str(right), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    page = target.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    for side in ("left", "right"):
        for label in diffnews.Label:
            want = data["summary"][side]["sentences"][label.value]
            assert f'data-count="{side}-{label.value}">{want}<' in page
