"""The terminal view: golden renders at fixed widths with colour off, and what must hold at any width."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console

from diffnews.lang import profile
from diffnews.render.terminal import TerminalView, rows
from tests.cases import cases
from tests.conftest import report_of

GOLDEN = Path(__file__).parent / "golden"
CASES = {case.name: case for case in cases()}
ESCAPE = re.compile(r"\x1b\[")
WORD = re.compile(r"\w+")


def render(report, width: int, layout: str = "auto", color_system: str | None = None) -> str:  # type: ignore[no-untyped-def]
    console = Console(
        file=io.StringIO(), width=width, color_system=color_system, force_terminal=color_system is not None
    )
    console.print(TerminalView(report, layout=layout))  # type: ignore[arg-type]
    return console.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("case", "width", "layout"),
    [
        ("amiri-troops", 80, "auto"),
        ("amiri-troops", 50, "auto"),
        ("split-merge", 100, "side"),
        ("copy-edits", 80, "stacked"),
    ],
)
def test_golden(case: str, width: int, layout: str, update_goldens: bool) -> None:
    output = render(report_of(CASES[case]), width, layout)
    path = GOLDEN / f"{case}-{width}-{layout}.txt"
    if update_goldens:
        path.write_text(output, encoding="utf-8")
    assert output == path.read_text(encoding="utf-8"), "run pytest --update-goldens if the change is intended"


@pytest.mark.parametrize("width", [40, 60, 80, 120])
@pytest.mark.parametrize("name", sorted(CASES))
def test_wraps_never_truncates(name: str, width: int) -> None:
    """Every word of every sentence is on screen and no line is wider than the console,
    whatever the width."""
    report = report_of(CASES[name])
    output = render(report, width)
    assert max(len(line) for line in output.splitlines()) <= width
    shown = Counter(WORD.findall(output))
    characters = Counter(output)
    for side in (report.left, report.right):
        # text with no spaces between words (Chinese) wraps inside a run of letters: there
        # every character must be on screen
        unspaced = side.language is not None and profile(side.language.profile).characters
        for sentence in side.sentences:
            if unspaced:
                missing = Counter(c for c in sentence.text if not c.isspace()) - characters
            else:
                missing = Counter(WORD.findall(sentence.text)) - shown
            assert not missing, f"{sentence.id}: {sorted(missing)}"


def test_rows_follow_the_left_and_place_right_only_sentences_after_their_predecessor() -> None:
    report = report_of(CASES["additions"])
    layout = [([s.id for s in row.left], [s.id for s in row.right], row.mark) for row in rows(report)]
    assert layout == [
        (["L1"], ["R1"], "="),
        (["L2"], ["R2"], "="),
        ([], ["R3"], ">"),
        ([], ["R4"], ">"),
        (["L3"], ["R5"], "="),
        ([], ["R6"], ">"),
    ]


def test_colour_and_styles_when_the_console_has_them() -> None:
    output = render(report_of(CASES["copy-edits"]), 80, color_system="truecolor")
    assert ESCAPE.search(output)
    assert "[-" not in output  # changed words are styled, not bracketed


def test_plain_console_has_no_escape_codes_and_brackets_changes() -> None:
    output = render(report_of(CASES["copy-edits"]), 80)
    assert not ESCAPE.search(output)
    assert "[-About-]" in output and "{+Around+}" in output


def test_control_characters_in_articles_cannot_reach_the_terminal() -> None:
    import diffnews

    report = diffnews.compare("Evil \x1b[31mred\x1b[0m text here.", "Evil red text here too.")
    output = render(report, 80, color_system="truecolor")
    assert "\x1b[31mred" not in output and "\x1b[0m text" not in output
    assert output.count("\ufffd") == 2  # each escape character shown as a replacement mark


def test_paths_are_shown_once_and_columns_use_file_names() -> None:
    import diffnews

    report = diffnews.compare(
        "Troops must leave.", "Troops must leave now.", left_source="copies/a.txt", right_source="b.txt"
    )
    output = render(report, 80)
    assert output.splitlines()[0] == "left: copies/a.txt"
    assert "right: b.txt" not in output  # a bare file name needs no header line
    assert " a.txt " in output and "copies/a.txt" not in output.split("\n", 1)[1]


def test_line_breaks_inside_a_sentence_show_as_spaces() -> None:
    import diffnews

    text = (
        "The council approved the budget after a debate that lasted four hours and\r\n"
        "ended with a vote of seven to two in favour of the plan put forward by the\r\n"
        "mayor. Taxes will rise."
    )
    output = render(diffnews.compare(text, text), 200)
    assert "\ufffd" not in output
    assert "hours and  ended" in output
