"""The check policy on real text: the Rudaw report and edited copies of it."""

from __future__ import annotations

import pytest

from diffnews.policy import Policy, Rule, check
from tests.cases import FIXTURES, cases

RUDAW = (FIXTURES / "amiri-troops" / "rudaw.txt").read_text("utf-8")
AGGREGATOR = (FIXTURES / "amiri-troops" / "aggregator.txt").read_text("utf-8")
EVERYTHING = Policy(fail_on=Rule.parse(["all"]))
MACRON = RUDAW[RUDAW.index("“No matter the choice") : RUDAW.index("A member of the French")]


def edited(*changes: tuple[str, str]) -> str:
    text = RUDAW
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def rules(copy: str, source: str = RUDAW, policy: Policy = EVERYTHING) -> list[str]:
    return [f.rule.value for f in check(copy, source, policy).findings]


def at(copy: str, line: int | None, column: int | None) -> str:
    """The copy's text from a finding's line and column on."""
    assert line is not None and column is not None
    return copy.splitlines()[line - 1][column - 1 :]


def test_a_reworded_sentence_that_keeps_quotes_and_figures_passes() -> None:
    copy = edited(
        (
            "Amiri is head of the political Fatih alliance and the armed Badr Organization.",
            "Amiri leads both the Fatih political alliance and the Badr Organization, an armed group.",
        )
    )
    result = check(copy, RUDAW, EVERYTHING)
    assert result.passed, result.findings
    assert 0.9 < result.verbatim < 1.0
    assert result.coverage == 1.0


def test_altering_al_amiris_quote_fails_on_its_line() -> None:
    copy = edited(("a decision of the Iraqi people", "a decision of the Iraqi government"))
    (finding,) = check(copy, RUDAW).findings
    assert finding.rule is Rule.ALTERED_QUOTE
    assert "Hadi al-Amiri" in finding.message
    assert "“…decision of the Iraqi government and not President Macron’s…” here" in finding.message
    assert "“…decision of the Iraqi people and not President Macron’s…” in the source (line 7)" in (
        finding.message
    )
    assert at(copy, finding.line, finding.column).startswith("no foreign forces.")
    assert finding.source_line == 7


def test_changing_3500_to_5300_fails_on_the_figure() -> None:
    copy = edited(("3,500 foreign soldiers", "5,300 foreign soldiers"))
    (finding,) = check(copy, RUDAW).findings
    assert finding.rule is Rule.CONFLICTING_FIGURE
    assert finding.message == "number '5,300' here, '3,500' in the source (line 15)"
    assert at(copy, finding.line, finding.column).startswith("5,300 foreign soldiers")


def test_a_word_dropped_inside_a_quote_is_an_alteration_but_a_marked_cut_is_not() -> None:
    source = 'The minister said: "We will not send troops to the border this year."'
    assert rules('The minister said: "We will send troops to the border this year."', source) == [
        "altered-quote"
    ]
    assert rules('The minister said: "We will not send troops."', source) == []  # cut short
    assert rules('The minister said: "We will not send troops … this year."', source) == []
    assert rules('The minister said: "We will not send troops to the border."', source) == []
    assert rules('The minister said: "[The government] will not send troops to the border."', source) == []


def test_a_quote_only_the_copy_has_is_invented_even_when_the_source_says_it_unquoted() -> None:
    copy = edited(
        (
            "There are currently 3,500 foreign soldiers in Iraq",
            "“There are currently 3,500 foreign soldiers in Iraq”",
        )
    )
    (finding,) = check(copy, RUDAW).findings
    assert finding.rule is Rule.INVENTED_QUOTE
    assert "the source (line 15) has it word for word, without quote marks" in finding.message
    assert at(copy, finding.line, finding.column).startswith("There are currently")


def test_a_quote_given_to_another_speaker_is_misattributed() -> None:
    copy = edited(("Hadi al-Amiri told reporters", "Qais al-Khazali told reporters"))
    found = check(copy, RUDAW).findings
    assert [f.rule for f in found] == [Rule.MISATTRIBUTED_QUOTE] + [Rule.CONFLICTING_FIGURE] * 2
    assert "given to Qais al-Khazali here, to Hadi al-Amiri in the source (line 7)" in found[0].message
    assert [f.message for f in found[1:]] == [  # the word diff also sees the name change
        "name 'Qais' here, 'Hadi' in the source (line 7)",
        "name 'Khazali' here, 'Amiri' in the source (line 7)",
    ]


def test_opt_in_rules_are_off_by_default() -> None:
    without_macron = edited((MACRON, ""))
    assert check(without_macron, RUDAW).passed
    (dropped,) = check(without_macron, RUDAW, EVERYTHING).findings
    assert dropped.rule is Rule.DROPPED_QUOTE
    assert dropped.line is None
    assert dropped.source_line == 11
    assert "the source's quote by Emmanuel Macron (the source (line 11)) is missing" in dropped.message


def test_the_aggregator_against_rudaw_fails_on_bridey_and_macron() -> None:
    found = check(AGGREGATOR, RUDAW).findings
    messages = {f.rule: [g.message for g in found if g.rule is f.rule] for f in found}
    assert set(messages) == {Rule.INVENTED_QUOTE, Rule.ALTERED_QUOTE}
    assert any("by Jean-Jacques Bridey not in the source" in m for m in messages[Rule.INVENTED_QUOTE])
    assert any("by Emmanuel Macron altered" in m for m in messages[Rule.ALTERED_QUOTE])


def test_a_dropped_source_and_a_vaguer_date_are_findings_when_asked_for() -> None:
    left = (FIXTURES / "changed-figures" / "left.txt").read_text("utf-8")
    source = left + "\n\nThe toll may rise further, according to Reuters.\n"
    copy = left.replace("December 31, 2021", "the end of the year")
    found = check(copy, source, EVERYTHING).findings
    assert [f.rule for f in found] == [Rule.CHANGED_PRECISION, Rule.DROPPED_SOURCE]
    assert at(copy, found[0].line, found[0].column).startswith("by the end of the year")
    assert found[1].message == "the source credits Reuters; the copy does not"
    assert check(copy, source).passed


@pytest.mark.parametrize(("limit", "fails"), [(0.5, True), (0.96, True), (0.97, False)])
def test_max_verbatim(limit: float, fails: bool) -> None:
    copy = edited(
        (
            "Amiri is head of the political Fatih alliance and the armed Badr Organization.",
            "Amiri leads both the Fatih political alliance and the Badr Organization, an armed group.",
        )
    )
    result = check(copy, RUDAW, Policy(max_verbatim=limit))
    assert [f.rule for f in result.findings] == ([Rule.MAX_VERBATIM] if fails else [])
    if fails:
        assert result.findings[0].line is None
        assert f"the limit is {limit * 100:g}%" in result.findings[0].message


def test_min_coverage_counts_the_sources_words_the_copy_carries() -> None:
    first_half = RUDAW[: RUDAW.index("There are currently")]
    result = check(first_half, RUDAW, Policy(min_coverage=0.6))
    assert 0.3 < result.coverage < 0.6
    assert [f.rule for f in result.findings] == [Rule.MIN_COVERAGE]
    assert check(first_half, RUDAW, Policy(min_coverage=0.3)).passed


def test_lines_count_crlf_and_lone_cr() -> None:
    copy = edited(("3,500 foreign soldiers", "5,300 foreign soldiers"))
    for newline in ("\r\n", "\r"):
        moved = check(copy.replace("\n", newline), RUDAW).findings[0]
        assert (moved.line, moved.column) == (15, 21)


@pytest.mark.parametrize("case", cases(), ids=lambda c: c.name)
def test_every_fixture_checked_against_itself_passes_every_rule(case: object) -> None:
    for text in (case.left, case.right):  # type: ignore[attr-defined]
        result = check(text, text, Policy(fail_on=Rule.parse(["all"]), max_verbatim=1.0, min_coverage=1.0))
        assert result.passed, result.findings
        assert result.verbatim == result.coverage == 1.0


def test_rule_names() -> None:
    assert Rule.parse(["default"]) == {
        Rule.ALTERED_QUOTE,
        Rule.INVENTED_QUOTE,
        Rule.MISATTRIBUTED_QUOTE,
        Rule.CONFLICTING_FIGURE,
    }
    assert Rule.parse(["default", "dropped-source"]) == Rule.parse(["default"]) | {Rule.DROPPED_SOURCE}
    assert len(Rule.parse(["all"])) == 7
    with pytest.raises(ValueError, match="unknown rule 'quotes'; rules: default, all, altered-quote"):
        Rule.parse(["quotes"])
    with pytest.raises(ValueError, match="'max-verbatim' is a limit, not a rule"):
        Rule.parse(["max-verbatim"])


def test_a_figure_is_found_as_a_whole_number_and_a_quote_across_a_line_break() -> None:
    source = "Officials counted 1,500 soldiers and 400 tanks near the border on Monday."
    copy = "Officials counted 1,500 soldiers and 500 tanks near the border on Monday."
    (figure,) = check(copy, source).findings
    assert at(copy, figure.line, figure.column).startswith("500 tanks")
    source = 'The minister said: "We will not send troops to the border this year."'
    copy = 'The minister said: "We will send\ntroops to the border this year."'
    (quote,) = check(copy, source).findings
    assert at(copy, quote.line, quote.column).startswith("We will send")
