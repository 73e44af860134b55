"""compare's Markdown: a golden render of the seed pair, and what must hold for any report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import diffnews
from diffnews.cli import main
from diffnews.render.markdown import markdown
from tests.cases import cases
from tests.conftest import report_of

GOLDEN = Path(__file__).parent / "golden"
CASES = {case.name: case for case in cases()}


def test_golden(update_goldens: bool) -> None:
    output = markdown(report_of(CASES["amiri-troops"]))
    path = GOLDEN / "amiri-troops.md"
    if update_goldens:
        path.write_text(output, encoding="utf-8")
    assert output == path.read_text(encoding="utf-8"), "run pytest --update-goldens if the change is intended"


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_unique_sentence_and_group_is_listed(name: str) -> None:
    report = report_of(CASES[name])
    text = markdown(report)
    for side in (report.left, report.right):
        for s in side.sentences:
            if s.label is diffnews.Label.UNIQUE:
                assert f"- {s.id}: " in text
    for pair in report.pairs:
        assert f"- {' '.join(pair.left)} ↔ {' '.join(pair.right)} (" in text
    counts = re.findall(r"^\| (\w+) \| (\d+) sentences?", text, re.MULTILINE)
    assert {label: int(n) for label, n in counts} == report.summary.left.sentences.to_dict()


def test_figures_and_quotes_that_differ_lead() -> None:
    text = markdown(report_of(CASES["changed-figures"]))
    assert text.index("### Figures that differ") < text.index("↔")
    quotes = markdown(report_of(CASES["quote-edits"]))
    assert "### Quotes that differ" in quotes and "**speaker changed**" in quotes


def test_changed_words_are_bold_and_shared_groups_fold() -> None:
    report = diffnews.compare(
        "The ministry said 40 people died in the floods on Monday. Rescue teams reached the valley.",
        "The ministry said 40 people were killed in the floods on Monday. Rescue teams reached the valley.",
    )
    text = markdown(report)
    # changed words in bold, and reworded (not copied) in italics; copied runs as written
    assert "people ***died*** in" in text and "people ***were killed*** in" in text
    assert "<details><summary>Shared (2)</summary>" in text


def test_words_only_one_side_has_are_underlined() -> None:
    report = diffnews.compare(
        "Floodwaters cut off three villages in the Drava valley overnight.",
        "Floodwaters cut off three villages in the Drava valley overnight, the regional governor told "
        "state television.",
    )
    text = markdown(report)
    assert "overnight, <ins>**the regional governor told state television**</ins>." in text


def test_article_text_cannot_inject_markup_or_mention_anyone() -> None:
    hostile = (
        "Officials said <script>alert(1)</script> and *[click](http://x)* $x$ cc @alice #12 | done. "
        "See https://evil.example/ok and www.evil.example today."
    )
    text = markdown(diffnews.compare(hostile, "Talks resume on Monday in Geneva."))
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "\\*\\[click\\](http:\u2060//x)\\*" in text and "\\$x\\$" in text
    assert "@alice" not in text and "@\u2060alice" in text and "#\u206012" in text
    assert "\\| done" in text
    assert "https://" not in text and "www.evil" not in text and "https:\u2060//evil.example/ok" in text


def test_cli_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    case = CASES["copy-edits"]
    assert main(["compare", str(case.left_path), str(case.right_path), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"## diffnews: {case.left_path.name} vs {case.right_path.name}\n")
