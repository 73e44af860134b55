"""The check policy on real text: the Rudaw report and edited copies of it."""

from __future__ import annotations

import pytest

from diffnews.checking.policy import Policy, Rule, check
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


# ---- issue 17: trivial variants, scare quotes, material and minor findings ----------------------

MUSEUM = """Nigerian artefacts handed back by London gallery

LONDON (Reuters) - A London gallery returned 17 bronze plaques to Nigeria on Tuesday, more than a \
century after British troops took them from Benin City.

"We recognise the harm that was done, and we are honoured to return what was never ours to keep," \
the gallery's director, Helen Achebe, told a ceremony at the Nigerian High Commission.

The plaques, many of them grey with age, will go on show in a new centre in Benin City next year.

"Our defence of these objects was a defence of the indefensible. This programme of returns will \
continue," Achebe said.
"""
MUSEUM_US = """London gallery returns 17 Benin plaques to Nigeria

LONDON — A London gallery on Tuesday returned 17 bronze plaques that British troops took from Benin \
City more than a century ago.

"We recognize the harm that was done, and we are honored to return what was never ours to keep," \
gallery director Helen Achebe said at a ceremony at the Nigerian High Commission.

The plaques, many gray with age, will be displayed at a new center in Benin City next year.

"Our defense of these objects was a defense of the indefensible. This program of returns will \
continue," Achebe said.
"""

TALENT_SHOW = """Talent show judge walks off live final

Singer Marcia Bell walked off the set of the talent show Star Search during Saturday's live final, \
ITV has confirmed.

The 44-year-old, a judge on the show for six years, left after a row with the host, Danny Quist, \
during an advert break.

"I'm OK, honestly. I just needed some air and I'll be back next week," Bell wrote on Instagram on \
Sunday.

The show drew 6.2 million viewers, its biggest audience of the series.
"""
TABLOID = """Star Search judge Marcia storms off live final

Star Search judge Marcia Bell stormed off during Saturday's live final after a bust-up with host \
Danny Quist in an ad break.

But the singer, 44, insisted on Instagram yesterday: "I'm okay, honestly. I just needed some air and \
I'll be back next week."

The show drew 6.2 million viewers, its biggest of the series.
"""

MAGISTRATES = """Driver fined for abusing traffic warden

A delivery driver who swore at a traffic warden in Bristol city centre has been fined £400.

Bristol magistrates heard that Wayne Lacey, 36, told the warden: "Get your f***ing hands off my van \
or you'll regret it."

Lacey admitted using threatening words and behaviour. He was also ordered to pay £85 costs.
"""
MAGISTRATES_COPY = """Van driver's tirade at warden costs him £400

A van driver who told a Bristol traffic warden "Get your f****** hands off my van or you'll regret \
it" has been fined £400.

Wayne Lacey, 36, admitted using threatening words and behaviour at Bristol Magistrates' Court and \
must pay £85 costs.
"""

CHART = """Teenage band's debut single goes to number two

The Harbour Boys, four friends from Whitby, have reached number two in the singles chart with their \
first release.

Their song Low Tide sold 38,000 copies in its first week.

"Nine months ago we were playing to our mums in a pub. Now we are number two. It's mad," singer Joe \
Pike said.
"""
CHART_COPY = """Whitby lads' first single hits No 2

Whitby four-piece The Harbour Boys have gone straight in at No 2 with their debut, Low Tide, which \
sold 38,000 copies in a week.

Singer Joe Pike said: "9 months ago we were playing to our mums in a pub. Now we are No. 2. It's mad."
"""

MEDAL = """Soldier honoured for rescue under fire

A soldier from Lancashire has been awarded the Military Cross for carrying a wounded comrade to \
safety under fire in Mali.

Lance Corporal Dean Webb, 24, of the Duke of Lancaster's Regiment, ran 200 metres across open \
ground to reach Private Sam Otley.

His commanding officer, Lieutenant Colonel Ruth Hanley, said: "Lance Corporal Webb did not hesitate \
for a second. Private Otley owes him his life."

L/Cpl Webb said he had only done what any of his section would have done.
"""
MEDAL_COPY = """Lancs hero's Military Cross

A Lancashire soldier who carried a wounded comrade 200 metres across open ground under fire in Mali \
has won the Military Cross.

L/Cpl Dean Webb, 24, of the Duke of Lancaster's Regiment, reached Pte Sam Otley under fire.

His commanding officer, Lt Col Ruth Hanley, said: "L/Cpl Webb did not hesitate for a second. Pte \
Otley owes him his life."

L/Cpl Webb said he had only done what any of his section would have done.
"""


def found(copy: str, source: str, policy: Policy | None = None) -> list[tuple[str, str]]:
    return [(f.rule.value, f.reason) for f in check(copy, source, policy).findings]


@pytest.mark.parametrize(
    ("copy", "source"),
    [
        (MUSEUM_US, MUSEUM),  # American spellings in a London wire's quotes
        (TABLOID, TALENT_SHOW),  # "okay" for "OK"
        (MAGISTRATES_COPY, MAGISTRATES),  # another paper's asterisks
        (CHART_COPY, CHART),  # "No 2" for "number two", "9" for "Nine"
        (MEDAL_COPY, MEDAL),  # "L/Cpl Webb" and "Pte Otley" inside the officer's quote
    ],
    ids=["us-spelling", "okay", "asterisks", "number-two", "ranks-in-a-quote"],
)
def test_trivial_variants_inside_quotes_are_verbatim(copy: str, source: str) -> None:
    result = check(copy, source)
    assert result.passed, result.findings
    assert not result.notes, result.notes


@pytest.mark.parametrize(
    ("copy", "source", "change", "reason"),
    [
        (MUSEUM_US, MUSEUM, ("was never ours", "was always ours"), "1 word: 'always' for 'never'"),
        (MUSEUM_US, MUSEUM, ("we are honored", "we were honored"), "1 word: 'were' for 'are'"),
        (TABLOID, TALENT_SHOW, ("I'll be back", "I won't be back"), "2 words: 'I won't' for 'I'll'"),
        (MAGISTRATES_COPY, MAGISTRATES, ("f******", "b*****y"), "1 word: 'b*****y' for 'f***ing'"),
        (CHART_COPY, CHART, ("9 months", "11 months"), "1 word: '11' for 'Nine'"),
        (MEDAL_COPY, MEDAL, ("did not hesitate", "did hesitate"), "1 word: it drops 'not'"),
    ],
    ids=["never-always", "are-were", "will-wont", "another-swear-word", "nine-eleven", "not-dropped"],
)
def test_a_changed_word_inside_a_quote_still_fails_and_says_which(
    copy: str, source: str, change: tuple[str, str], reason: str
) -> None:
    result = check(copy.replace(*change), source)
    altered = [f for f in result.findings if f.rule is Rule.ALTERED_QUOTE]
    assert len(altered) == 1, result.findings
    assert altered[0].material and altered[0].confidence.value == "high"
    assert altered[0].reason == f"the copy's quotation differs in {reason}"


LEISURE = """Council told leisure centre is losing money

A leisure centre that cost Hexley Council £14 million to build is losing £30,000 a month, a report \
has found.

The report, by the council's own auditors, calls the Riverside centre a white elephant and says it \
will never pay for itself.

Council leader Sue Marsh said: "We inherited this building and we are doing everything we can to \
fill it."

The centre opened in 2019.
"""
LEISURE_COPY = """£14m leisure centre losing £30,000 a month

Hexley's £14 million Riverside leisure centre is losing £30,000 a month and will never pay for \
itself, according to the council's own auditors, whose report brands it "a white elephant".

Council leader Sue Marsh said: "We inherited this building and we are doing everything we can to \
fill it."

The centre opened in 2019.
"""


def test_scare_quotes_around_the_sources_own_words_are_no_invented_quote() -> None:
    assert check(LEISURE_COPY, LEISURE).passed


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (  # the same words, given to a speaker
            ('brands it "a white elephant".', 'brands it a white elephant.\n\n"It is a white elephant," said '
             "opposition leader Tom Fenn."),
            "the source does not have this quotation, quoted or not",
        ),
        (  # a term the source does not have
            ('"a white elephant"', '"a costly blunder"'),
            "the source does not have this quotation, quoted or not",
        ),
        (  # more than a term: a clause of the source, in quote marks
            ('whose report brands it "a white elephant".', 'whose report says the council "calls the '
             'Riverside centre a white elephant and says it will never pay for itself".'),
            "the source has these words word for word, but not as a quotation: quote marks say someone"
            " said them",
        ),
    ],
    ids=["given-to-a-speaker", "not-in-the-source", "a-clause"],
)  # fmt: skip
def test_an_invented_quote_still_fails(change: tuple[str, str], reason: str) -> None:
    (finding,) = check(LEISURE_COPY.replace(*change), LEISURE).findings
    assert (finding.rule, finding.material, finding.reason) == (Rule.INVENTED_QUOTE, True, reason)


def test_a_contraction_written_in_is_minor_reported_and_fails_only_when_asked() -> None:
    copy = LEISURE_COPY.replace("we are doing", "we're doing")
    result = check(copy, LEISURE)
    assert result.passed
    (note,) = result.notes
    assert (note.rule, note.material, note.line) == (Rule.ALTERED_QUOTE, False, 5)
    assert note.reason == "the copy's quotation differs only in how words are written: 'we're' for 'we are'"
    strict = check(copy, LEISURE, Policy(fail_on_minor=True))
    assert [f.rule for f in strict.findings] == [Rule.ALTERED_QUOTE] and not strict.notes
    assert not strict.passed


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ("I do not believe it", "I don't believe it"),
        ("We can not go on", "We cannot go on"),
        ("It is, er, a disgrace", "It is a disgrace"),
        ("It is a disgrace", "It is, um, a disgrace"),
        ("their wellbeing comes first", "their well-being comes first"),
        ("free child care for all", "free childcare for all"),
    ],
)
def test_how_words_are_written_is_minor(mine: str, theirs: str) -> None:
    source = f'The minister said: "{theirs}," in the Commons on Tuesday.'
    result = check(f'The minister said: "{mine}," in the Commons on Tuesday.', source)
    assert result.passed
    assert [(f.rule, f.material) for f in result.notes] == [(Rule.ALTERED_QUOTE, False)]


def test_a_dropped_negation_is_not_minor() -> None:
    """ "do not" written out is minor; "do" for "don't" is a dropped negation."""
    source = 'The minister said: "We don\'t accept the report," in the Commons on Tuesday.'
    copy = 'The minister said: "We do accept the report," in the Commons on Tuesday.'
    (finding,) = check(copy, source).findings
    assert (finding.rule, finding.material) == (Rule.ALTERED_QUOTE, True)
    assert finding.reason == "the copy's quotation differs in 1 word: 'do' for 'don't'"


RESIGNATION = """Minister quits over schools row

The schools minister, Karen Doyle, resigned on Thursday after a row over funding for rural schools.

In her resignation letter, Doyle wrote: "I cannot defend cuts that I do not believe in.

"I have given this job everything, and I leave it with my head held high."

Prime Minister Alan Reeve said he was sorry to see her go.

"Karen has been a fine minister. She will be missed," Reeve said.
"""
RESIGNATION_COPY = """Schools minister Doyle resigns

Karen Doyle quit as schools minister on Thursday over rural school funding.

"I have given this job everything, and I leave it with my head held high," she wrote in her \
resignation letter. "I cannot defend cuts that I do not believe in."

Alan Reeve, the prime minister, said: "Karen has been a fine minister … She will be missed."
"""


def test_the_reason_names_the_changed_words_when_the_copy_reorders_the_sentences() -> None:
    """The word diff is read sentence by sentence, so the copy's putting the second paragraph
    of a statement first does not show as words added."""
    assert check(RESIGNATION_COPY, RESIGNATION).passed
    assert found(RESIGNATION_COPY.replace("I do not believe", "I believe"), RESIGNATION) == [
        ("altered-quote", "the copy's quotation differs in 2 words: it drops 'do not'")
    ]


def test_findings_carry_reasons_a_person_can_read() -> None:
    source = (
        "Twelve people were taken to hospital after the fire, and 21 homes were evacuated, the "
        'fire service said. Station manager Paul Brook said: "The crews did an outstanding job."'
    )
    copy = (
        "Twelve people were taken to hospital after the fire, and 12 homes were evacuated, the "
        'fire service said. Station manager Gary Holt said: "The crews did an outstanding job."'
    )
    result = check(copy, source)
    reasons = [(f.rule.value, f.confidence.value, f.reason) for f in result.findings]
    assert ("conflicting-figure", "high", "the copy gives 12 homes where the source gives 21") in reasons
    assert (
        "misattributed-quote",
        "medium",
        "the copy gives this quote to Gary Holt; the source to Paul Brook",
    ) in reasons
    assert all(f.material for f in result.findings)


def test_findings_to_dict_keeps_the_old_fields_and_adds_the_new() -> None:
    copy = edited(("3,500 foreign soldiers", "5,300 foreign soldiers"))
    (finding,) = check(copy, RUDAW).findings
    assert finding.to_dict() == {
        "rule": "conflicting-figure",
        "message": "number '5,300' here, '3,500' in the source (line 15)",
        "line": 15,
        "column": 21,
        "source_line": 15,
        "material": True,
        "confidence": "high",
        "reason": "the copy gives 5,300 foreign soldiers where the source gives 3,500",
    }


def test_a_figure_swapped_between_owners_says_whose_figure_it_is() -> None:
    source = (
        "Two men have been sentenced after a fight outside a pub in Selby.\n\n"
        "Dean Barker, 45, punched Liam Cole, 54, outside the Crown in Gowthorpe in May, York "
        "Crown Court heard.\n\n"
        "Barker was jailed for 18 months and banned from driving for three years.\n"
    )
    copy = (
        "Two men have been sentenced after a fight outside a pub in Selby.\n\n"
        "Dean Barker, 54, punched Liam Cole, 45, outside the Crown in Gowthorpe in May, York "
        "Crown Court heard.\n\n"
        "Barker was jailed for three years and banned from driving for 18 months.\n"
    )
    result = check(copy, source)
    assert [(f.rule.value, f.reason) for f in result.findings] == [
        ("conflicting-figure", "Barker's age: 45 in the source, 54 in the copy"),
        ("conflicting-figure", "Cole's age: 54 in the source, 45 in the copy"),
        ("conflicting-figure", "the jail term: 18 months in the source, three years in the copy"),
        ("conflicting-figure", "the ban: three years in the source, 18 months in the copy"),
    ]
    assert result.findings[0].message == "number '54' here, '45' in the source (line 3): Barker's age"
    assert at(copy, result.findings[1].line, result.findings[1].column).startswith("45, outside")
    # the faithful rewording passes
    faithful = source.replace(
        "Dean Barker, 45, punched Liam Cole, 54, outside the Crown",
        "Liam Cole, 54, was punched by Dean Barker, 45, outside the Crown",
    ).replace(
        "jailed for 18 months and banned from driving for three years",
        "banned from driving for three years and jailed for 18 months",
    )
    assert check(faithful, source).passed


def test_a_figure_changed_inside_a_quotation_is_one_finding() -> None:
    """The change is to the quotation: altered-quote reports it, its reason names the figure, and
    no conflicting-figure repeats it."""
    source = (
        "A hospital trust has apologised after patients waited hours in corridors.\n\n"
        'Chief executive Ann Marsh said: "We had 42 patients waiting on trolleys on Monday night, '
        'and that is not acceptable."\n\n'
        "The trust said it had opened 20 extra beds.\n"
    )
    copy = source.replace("We had 42 patients", "We had 24 patients")
    result = check(copy, source)
    assert [(f.rule.value, f.reason) for f in result.findings] == [
        ("altered-quote", "the copy's quotation differs in 1 word: '24' for '42'")
    ]
    # a policy that fails on figures alone still gets the figure
    figures = Policy(fail_on=frozenset({Rule.CONFLICTING_FIGURE}))
    assert [f.rule.value for f in check(copy, source, figures).findings] == ["conflicting-figure"]
    # a figure outside the quotation is a figure, and the quotation's own change is its own
    both = copy.replace("opened 20 extra beds", "opened 12 extra beds")
    assert sorted(f.rule.value for f in check(both, source).findings) == [
        "altered-quote",
        "conflicting-figure",
    ]


def test_a_figure_changed_far_into_a_long_quotation_is_named_in_its_reason() -> None:
    source = (
        "A council leader has defended plans to close libraries.\n\n"
        'Cllr Rita Vane said: "Nobody wants to close a library, nobody wants to lose a service, nobody '
        'wants to see staff go, but we have lost 14 million pounds of funding since 2015."\n'
    )
    copy = (
        "A council leader has defended plans to close libraries.\n\n"
        'Cllr Rita Vane said: "No one wants to shut a library, no one wants to lose a service, no one '
        'wants to see staff go, but we have lost 41 million pounds of funding since 2015."\n'
    )
    (finding,) = check(copy, source).findings
    assert finding.rule is Rule.ALTERED_QUOTE
    assert finding.reason.endswith("and 2 more; among them '41 million pounds' for '14 million pounds'")
