"""Quotes, speakers, sources and conflicting figures: the fixtures' [[quote]], [[figure]] and
[sources] expectations (fixtures/README.md), then the rules one at a time on real sentences."""

from __future__ import annotations

import io
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diffnews
from diffnews import Report
from diffnews.aligning.worddiff import changed
from diffnews.checking.policy import Policy, Rule, check
from diffnews.facts.attribution import _marks, _near, match_quotes, quotations, same_speaker, sources
from diffnews.facts.figures import _figures, conflicts
from diffnews.reading.segment import segment
from diffnews.reading.text import tokenize
from diffnews.render.terminal import TerminalView
from tests.cases import Case, FigureExpectation, QuoteExpectation, cases
from tests.conftest import report_of
from tests.test_fixtures import find

CASES = cases()
QUOTES = [
    pytest.param(
        case, q, id=q.id, marks=[pytest.mark.xfail(reason=q.known_miss, strict=True)] * bool(q.known_miss)
    )
    for case in CASES
    for q in case.quotes
]
FIGURES = [
    pytest.param(
        case, f, id=f.id, marks=[pytest.mark.xfail(reason=f.known_miss, strict=True)] * bool(f.known_miss)
    )
    for case in CASES
    for f in case.figures
]
SOURCES = [
    pytest.param(
        case,
        id=case.name,
        marks=[pytest.mark.xfail(reason=case.sources_known_miss, strict=True)]
        * bool(case.sources_known_miss),
    )
    for case in CASES
]


@pytest.mark.parametrize(("case", "expected"), QUOTES)
def test_quote(case: Case, expected: QuoteExpectation) -> None:
    report = report_of(case)
    left = {find(report, "left", s).id for s in expected.left}
    right = {find(report, "right", s).id for s in expected.right}
    found = [q for q in report.quotes if set(q.left) == left and set(q.right) == right]
    assert len(found) == 1, [(q.left, q.right, q.status.value) for q in report.quotes]
    (quote,) = found
    assert quote.status.value == expected.status
    assert same_speaker(quote.speaker, expected.speaker), (quote.speaker, expected.speaker)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_quote_and_figure_is_expected(case: Case) -> None:
    """Each case lists all its quotations and conflicts, so none can appear unseen. A quotation
    or a figure with a known miss may be missing from the report, a quotation split in two."""
    report = report_of(case)
    missed = len([q for q in case.quotes if q.known_miss])
    assert len(case.quotes) - missed <= len(report.quotes) <= len(case.quotes) + missed
    conflicts = sum(len(p.conflicts) + len(p.less_specific) for p in report.pairs)
    assert len([f for f in case.figures if not f.known_miss]) <= conflicts <= len(case.figures)


@pytest.mark.parametrize("case", SOURCES)
def test_every_source_is_expected(case: Case) -> None:
    report = report_of(case)
    assert (report.sources.left, report.sources.right) == case.sources


@pytest.mark.parametrize(("case", "expected"), FIGURES)
def test_figure(case: Case, expected: FigureExpectation) -> None:
    report = report_of(case)
    sentence = find(report, "left", expected.sentence)
    assert sentence.pair is not None
    pair = report.pairs[sentence.pair]
    found = pair.less_specific if expected.less_specific else pair.conflicts
    assert [(c.kind, c.left, c.right) for c in found] == [(expected.kind, expected.left, expected.right)]


def test_the_seed_pair_quotes_as_the_issue_describes() -> None:
    seed = next(c for c in CASES if c.name == "amiri-troops")
    report = report_of(seed)
    by_speaker = {q.speaker: q for q in report.quotes if q.speaker}
    amiri = by_speaker["Hadi al-Amiri"]
    assert (amiri.status.value, amiri.left, amiri.right) == ("verbatim", ("L6", "L7"), ("R5",))
    assert by_speaker["Emmanuel Macron"].status.value == "altered"
    assert by_speaker["Jean-Jacques Bridey"].status.value == "left_only"
    assert by_speaker["joint statement"].status.value == "left_only"
    assert {"Associated Press", "joint statement"} <= set(report.sources.left_only)
    assert "Rudaw" in report.sources.left and "Rudaw" in report.sources.right
    assert not any(p.conflicts for p in report.pairs)  # the two agree on every figure


def test_conflicts_are_shown_in_the_terminal() -> None:
    from rich.console import Console

    case = next(c for c in CASES if c.name == "changed-figures")
    console = Console(width=140, record=True, color_system=None, file=io.StringIO())
    console.print(TerminalView(report_of(case)))
    text = console.export_text()
    assert "! figures that disagree" in text
    assert "! number 12: disagrees" in text and "! number 21: disagrees" in text
    assert "? date by the end of the year: precision differs" in text


def test_quotes_are_shown_in_the_terminal() -> None:
    from rich.console import Console

    case = next(c for c in CASES if c.name == "quote-edits")
    console = Console(width=100, record=True, color_system=None, file=io.StringIO())
    console.print(TerminalView(report_of(case)))
    text = console.export_text()
    assert "Quotes" in text and "speaker changed  Ana Ruiz / Paul Ortega" in text
    assert "right only  Berg" in text and "partial  Tom Berg" in text


# ---- the rules, one at a time ------------------------------------------------------------------


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotations(text)]


def test_curly_and_straight_marks() -> None:
    assert speakers("“We will stay,” Macron said.") == [("We will stay", "Macron")]
    assert speakers('"We will stay," Macron said.') == [("We will stay", "Macron")]
    assert speakers("«We will stay», Macron said.") == [("We will stay", "Macron")]


def test_an_attribution_with_an_apposition_and_a_title() -> None:
    text = "“France will stay,” Jean-Jacques Bridey, the head of the friendship committee, told Rudaw."
    assert speakers(text) == [("France will stay", "Jean-Jacques Bridey")]
    assert speakers("“We stay,” said French President Emmanuel Macron.") == [("We stay", "Emmanuel Macron")]


def test_a_quote_interrupted_by_its_attribution_is_one_quote() -> None:
    text = "“Not Turkish forces or French forces,” he added. “This is a decision of the Iraqi people.”"
    (quote,) = quotations(text)
    assert quote.text == "Not Turkish forces or French forces … This is a decision of the Iraqi people."


def test_he_and_she_are_the_last_speaker_named() -> None:
    sentences = "President Emmanuel Macron said France will stay. “We will maintain our presence,” he said."
    assert speakers(sentences) == [("We will maintain our presence", "Emmanuel Macron")]
    assert speakers("“We will maintain our presence,” he said.") == [("We will maintain our presence", None)]


def test_according_to_and_reported() -> None:
    assert speakers("The two sides agreed that “no forces will remain,” according to a joint statement.") == [
        ("no forces will remain", "joint statement")
    ]
    assert speakers("“There are 3,500 soldiers in Iraq,” Rudaw reported.") == [
        ("There are 3,500 soldiers in Iraq", "Rudaw")
    ]


def test_names_inside_a_quote_are_not_its_speaker() -> None:
    assert speakers("“Macron said nothing new,” the minister told reporters.") == [
        ("Macron said nothing new", None)
    ]


def test_a_paragraph_left_open_closes_at_its_end() -> None:
    text = "“We waited twenty years for this, and we will not wait any longer"
    (quote,) = quotations(text)
    assert quote.text.endswith("any longer")


def test_same_speaker_by_last_name() -> None:
    assert same_speaker("Al-Amiri", "Hadi al-Amiri") and same_speaker("Amiri", "Hadi al-Amiri")
    assert not same_speaker("Ana Ruiz", "Paul Ortega")


def test_sources() -> None:
    text = (
        "The talks ended, according to the Associated Press. A delegate told Rudaw more, "
        "the weather service said, and a joint statement followed. Al-Amiri told reporters."
    )
    assert sources(text) == ["Associated Press", "Rudaw", "weather service", "joint statement"]


def test_a_rounded_or_restated_figure_is_not_a_conflict() -> None:
    report: Report = diffnews.compare(
        "The deal was worth $114.3 million, and prices rose 40 percent, officials said on Monday.",
        "The deal was worth $114 million, and prices rose 40%, officials said on Monday.",
    )
    assert report.pairs and not report.pairs[0].conflicts


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("was fined $1.5 million", "was fined $1 million", [("number", "$1.5 million", "$1 million")]),
        ("inflation rose to 3.5% in March", "inflation rose to 3% in March", [("number", "3.5%", "3%")]),
        ("left 1,000,000 people without power", "left 1 million people without power", []),
        ("the fund is worth $114.3bn now", "the fund is worth $114 billion now", []),
        ('he told the crowd: "We will stay here"', 'he told the crowd: "They will stay here"', []),
        (
            "the vote was held in May in the capital",
            "the vote was held in June in the capital",
            [("date", "May", "June")],
        ),
        ("the vote may 5 times be delayed", "the vote may 6 times be delayed", [("number", "5", "6")]),
        # too long for a float: both values are infinite, so the figures are compared as written
        (f"counted {'9' * 400} votes", f"counted {'9' * 400} votes in all", []),
        (
            f"counted {'9' * 400} votes",
            f"counted 1{'9' * 399} votes",
            [("number", "9" * 400, "1" + "9" * 399)],
        ),
    ],
)
def test_figures_compare_as_a_reader_would(
    left: str, right: str, expected: list[tuple[str, str, str]]
) -> None:
    report = diffnews.compare(f"Officials said {left} on Monday.", f"Officials said {right} on Monday.")
    assert len(report.pairs) == 1
    assert [(c.kind, c.left, c.right) for c in report.pairs[0].conflicts] == expected


_FIGURE_WORDS = ["3,500", "3500", "$1.5", "1.50", "9" * 320, "0.", "million", "bn", "%", "per cent", "km"]
_FIGURE_WORDS += ["Jan.", "12,", "1996", "May", "5", "troops", "in", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FIGURE_WORDS), max_size=12))
def test_every_figure_agrees_with_itself(words: list[str]) -> None:
    """What the conflict check's shortcut for a passage copied as it was relies on."""
    for figure in _figures(" ".join(words)):
        assert figure.agrees(figure), figure


def test_a_passage_copied_as_it_was_has_no_conflicts_and_no_changed_words() -> None:
    text = "On Jan. 12, 1996, 3,500 troops and $1.5 million reached Erbil, Mr. Smith told Rudaw."
    tokens = tokenize(text)
    span = [(0, len(text))]
    assert conflicts(text, span, tokens, text, span, tokens) == ([], [])
    shouted = text.upper()  # other spellings of the same words
    assert changed(tokens, tokenize(shouted), text, shouted) == ((), ())


def test_a_middle_initial_or_a_time_is_not_a_speaker() -> None:
    quote = '"We will not raise taxes this year,"'
    bush = diffnews.compare(f"{quote} George W. Bush said on Monday.", f"{quote} Bush said on Monday.")
    assert [(q.status.value, q.speakers) for q in bush.quotes] == [("verbatim", ("George W. Bush", "Bush"))]
    assert speakers('"We will stay in the city for years," said the minister on Tuesday.') == [
        ("We will stay in the city for years", None)
    ]


def test_sources_stay_inside_their_sentence_and_are_not_people() -> None:
    assert sources("The talks ended on Monday. Rudaw reported the deal was close.") == ["Rudaw"]
    assert sources("The Associated Press reported that talks ended.") == ["Associated Press"]
    assert sources("The envoy told Emmanuel Macron the plan.") == []
    assert sources("Figures are high, according to the health ministry in Baghdad.") == ["health ministry"]
    # a description before the name, and a body with a plural possessive
    assert sources("Power was cut to 12,000 homes, according to the grid operator Voltra.") == ["Voltra"]
    assert sources("The paper workers' union said it would strike.") == ["paper workers' union"]


def test_a_quotation_that_runs_on_over_paragraphs_is_one_statement() -> None:
    """News style leaves a long quotation open at the end of a paragraph and opens the next with
    a quote mark; the statement goes on."""
    text = (
        'He added: "I have spoken to Marta Oyelaran twice this week and I will speak to her again.\n\n'
        '"There is a deal to be had."\n\nThe vote is on Oct. 24.'
    )
    paragraphs = [
        (0, text.index("\n\n")),
        (text.index('"There'), text.index("\n\nThe vote")),
        (text.index("The vote"), len(text)),
    ]
    (quote,) = quotations(text, paragraphs, paragraphs)
    assert quote.text.endswith("There is a deal to be had.")
    # two quotations in two paragraphs, the first closed, stay two
    closed = text.replace("again.\n", 'again."\n')
    shifted = [
        (0, paragraphs[0][1] + 1),
        (paragraphs[1][0] + 1, paragraphs[1][1] + 1),
        (paragraphs[2][0] + 1, len(closed)),
    ]
    assert len(quotations(closed, shifted, shifted)) == 2


_WORDS = st.lists(
    st.lists(st.sampled_from("the troops will leave iraq said amiri".split()), max_size=9), max_size=8
)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _WORDS, st.sampled_from([0.25, 0.5, 0.9, 1.0]))
def test_near_quotations_misses_no_pair(left: list[list[str]], right: list[list[str]], share: float) -> None:
    """The prefix filter that spares match_quotes a look at every pair of quotations may add
    pairs but never lose one that shares ``share`` of the shorter quotation's words."""
    from collections import Counter

    found = _near(left, right, share)
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            common = sum((Counter(a) & Counter(b)).values())
            if a and b and common >= share * min(len(a), len(b)):
                assert (i, j) in found


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab “”«»„\"'‘’\n. ,s", max_size=40), st.lists(st.integers(0, 40), max_size=3))
def test_quote_marks_give_ordered_spans_inside_their_paragraphs(text: str, cuts: list[int]) -> None:
    """Whatever the marks, the insides of quotes come in reading order, never overlap, never
    cross a paragraph, and are never blank."""
    bounds = [0, *sorted(min(c, len(text)) for c in cuts), len(text)]
    paragraphs = list(itertools.pairwise(bounds))
    spans = _marks(text, paragraphs)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))
    for start, end in spans:
        assert text[start:end].strip()
        assert any(p <= start - 1 and end <= q for p, q in paragraphs)


# Words with apostrophes that are no quote marks, and quotations in each house style.
_APOSTROPHES = [
    "it's",
    "don't",
    "Jones' car",
    "soldiers' families",
    "'90s",
    "rock 'n' roll",
    "o'clock",
    "O'Brien",
]
_PLAIN = st.sampled_from(["the", "court", "heard", "Smith", *_APOSTROPHES])
_STYLES = {"double": ('"', '"'), "curly": ("“", "”"), "single": ("'", "'"), "curly single": ("‘", "’")}


@st.composite
def _quoted_paragraph(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A paragraph of words and quotations, and the insides of its quotations. A quotation
    starts with a capital and ends with a comma or a stop, and may hold a quotation in the
    other kind of marks ("He told me 'get out' and left,")."""
    parts: list[str] = []
    insides: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        parts += draw(st.lists(_PLAIN, max_size=3))
        style = draw(st.sampled_from(sorted(_STYLES)))
        opening, closing = _STYLES[style]
        words = ["He", *draw(st.lists(_PLAIN, max_size=4))]
        if draw(st.booleans()):
            inner = ("“", "”") if "single" in style else ("'", "'")
            words += [f"{inner[0]}get out{inner[1]}", "and", "left"]
        inside = " ".join(words) + draw(st.sampled_from([",", ".", "?"]))
        parts.append(f"{opening}{inside}{closing}")
        insides.append(inside)
    parts += draw(st.lists(_PLAIN, max_size=3))
    return " ".join(parts), insides


@settings(max_examples=300, deadline=None)
@given(_quoted_paragraph())
def test_quote_marks_are_told_from_apostrophes_in_every_house_style(paragraph: tuple[str, list[str]]) -> None:
    text, insides = paragraph
    assert [text[s:e] for s, e in _marks(text, [(0, len(text))])] == insides


def test_single_quotes_are_quotations() -> None:
    assert speakers("'I'm absolutely thrilled,' she said.") == [("I'm absolutely thrilled", None)]
    assert speakers("‘It was a terrible day,’ said PC Jones.") == [("It was a terrible day", "Jones")]
    assert speakers("Sgt Ali Khan said: 'The soldiers' families deserve answers.'") == [
        ("The soldiers' families deserve answers.", "Ali Khan")
    ]
    # apostrophes: no quotation at all
    assert speakers("It's 9 o'clock at Mr Jones' house, where O'Brien played '90s rock 'n' roll.") == []
    # a quotation inside a double-quoted one is part of it
    assert speakers("\"He told me 'get out' and left,\" she said.") == [
        ("He told me 'get out' and left", None)
    ]
    # a mark that seemed to open a single quotation, and never closes, was an apostrophe: the
    # quotations it seemed to hold are the text's; so are those after a possessive-looking close
    assert speakers('Fill \'er up: Mr Trump said he would buy "large amounts of oil" this week.') == [
        ("large amounts of oil", "Trump")
    ]
    headline = (
        "Sanchez says sorry for virus 'mistakes' Prime Minister Pedro Sanchez said: \"I wish to apologise.\""
    )
    assert [words for words, _ in speakers(headline)] == ["mistakes", "I wish to apologise."]


def test_scraped_straight_quotes_that_run_on_stop_where_the_mark_opens_again() -> None:
    """Text scraped as one block keeps the opening mark of a quote's next paragraph: the first
    paragraph stops there, and the next speaker's quote is read as his, not as the gap between
    two marks."""
    text = (
        'His mother, Joan Reid, said: "Tom was the kindest boy. "We are heartbroken." '
        'Lance Corporal Aisha Bello said: "He could always make us laugh."'
    )
    spans = [(s.start, s.end) for s in segment(text)]
    found = [(q.text, q.speaker) for q in quotations(text, spans)]
    assert found == [
        ("Tom was the kindest boy. … We are heartbroken.", "Joan Reid"),
        ("He could always make us laugh.", "Aisha Bello"),
    ]


def test_an_attribution_ending_in_a_colon_starts_another_statement() -> None:
    """'"... heartbroken." Lance Corporal Aisha Bello said: "..."' is two people's words; '"...,"
    he added. "..."' is one statement interrupted."""
    text = (
        "His mother, Joan Reid, said: “We are heartbroken.” "
        "Lance Corporal Aisha Bello said: “He could always make us laugh.”"
    )
    spans = [(s.start, s.end) for s in segment(text)]
    assert [(q.text, q.speaker) for q in quotations(text, spans)] == [
        ("We are heartbroken.", "Joan Reid"),
        ("He could always make us laugh.", "Aisha Bello"),
    ]


def test_a_datelines_date_is_not_a_figure() -> None:
    """ "KALDERN, Dec 3 (Meridian) -" says when the wire filed the story; a copy that drops it
    changes no figure."""
    wire = "KALDERN, Dec 3 (Meridian) - Fares will rise by 7 percent from January 1, Trenova said."
    copy = "Fares will rise by 7 percent from January 1, Trenova said on Tuesday."
    found, vaguer = conflicts(wire, [(0, len(wire))], tokenize(wire), copy, [(0, len(copy))], tokenize(copy))
    assert (found, vaguer) == ([], [])
    assert [f.shown for f in _figures(wire) if f.kind == "date"] == ["January 1"]
    # a date in the story is still one
    assert [f.shown for f in _figures("Talks began on Dec 3 in Kaldern.") if f.kind == "date"] == ["Dec 3"]


def test_a_datelines_day_is_not_a_number_either() -> None:
    wire = "NAIROBI, May 2 (Reuters) - Floods have killed 40 people since Sunday, the Red Cross said."
    copy = "Floods have killed 40 people since Sunday and 3,000 have fled, the Red Cross said."
    found, _ = conflicts(wire, [(0, len(wire))], tokenize(wire), copy, [(0, len(copy))], tokenize(copy))
    assert found == []


# ---- issue 17: speakers read by their grammar, quotes matched across splits and joins ----------
#
# Each case is a wire story, a faithful copy of it (which must pass ``diffnews check`` on the
# quote rules), and edits that make the copy a real alteration (which must fail it, on the
# rules given). The texts are written for these tests; people and places are invented.


def _quote_findings(copy: str, source: str) -> list[str]:
    from diffnews.checking.policy import check

    quote_rules = {"altered-quote", "invented-quote", "misattributed-quote"}
    return sorted(f.rule.value for f in check(copy, source).findings if f.rule.value in quote_rules)


def _story(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


_CASES = {
    # courts (UK): "she said" after "X said Mr Ahmed told officers ..." is X, who speaks, not Mr
    # Ahmed, who is reported; "But" opens the judge's attribution
    "reported-speech-is-not-the-speaker": (
        _story(
            "Man jailed for attack on taxi driver",
            "A man who attacked a taxi driver in Bolton has been jailed for four years.",
            "Ryan Doyle, 27, admitted grievous bodily harm at Bolton Crown Court.",
            "Detective Constable Lisa Hurst said Mr Ahmed told officers he had been punched more than "
            "ten times.",
            '"This was a sustained and vicious attack on a man who was simply doing his job," she said.',
            "But Judge Martin Keane said Doyle had shown no remorse.",
            '"You will go to prison for what you did that night," he told him.',
        ),
        _story(
            "Thug who beat cabbie is jailed",
            "A Bolton man has been locked up for four years for a vicious attack on a taxi driver.",
            '"This was a sustained and vicious attack on a man who was simply doing his job," said DC '
            "Lisa Hurst.",
            "Ryan Doyle, 27, admitted grievous bodily harm. Mr Ahmed had told officers he was punched "
            "more than ten times.",
            'Judge Martin Keane said: "You will go to prison for what you did that night."',
        ),
        [
            (
                '"This was a sustained and vicious attack on a man who was simply doing his job," said',
                '"You will go to prison for what you did that night," said',
            ),
            (
                'said: "You will go to prison for what you did that night."',
                'said: "This was a sustained and vicious attack on a man who was simply doing his job."',
            ),
        ],
        ["misattributed-quote", "misattributed-quote"],
    ),
    # showbiz (UK): "The five-piece from Belfast" is no person; "Singer X has been told to rest"
    # makes him the "he" of the next quote; an apposition names the manager; the promoter's
    # spokeswoman is "she" on both sides
    "descriptors-appositions-and-a-spokeswoman": (
        _story(
            "Boy band Northbound cancel arena tour",
            "The five-piece from Belfast said on Monday that their arena tour would not go ahead.",
            "Singer Callum Reid, 24, has been told to rest after surgery on his vocal cords.",
            '"I am gutted to let everyone down, but my doctors have been clear," he said.',
            "The band's manager, Siobhan Keyes, said: \"Every ticket will be refunded in full within a "
            'fortnight."',
            "A spokeswoman for the promoter, Harbour Live, said fans would be contacted by email.",
            '"We are working hard to find new dates for next year," she said.',
        ),
        _story(
            "Northbound axe tour as singer rests voice",
            "Belfast boy band Northbound have cancelled their arena tour.",
            'Frontman Callum Reid, 24, needs to rest after surgery on his vocal cords. "I am gutted to '
            'let everyone down, but my doctors have been clear," he said.',
            'Manager Siobhan Keyes said: "Every ticket will be refunded in full within a fortnight."',
            "Promoter Harbour Live will contact fans by email, a spokeswoman said.",
            '"We are working hard to find new dates for next year," she added.',
        ),
        [
            (
                '"I am gutted to let everyone down, but my doctors have been clear," he said.',
                '"Every ticket will be refunded in full within a fortnight," he said.',
            ),
            (
                'Keyes said: "Every ticket will be refunded in full within a fortnight."',
                'Keyes said: "I am gutted to let everyone down, but my doctors have been clear."',
            ),
        ],
        ["misattributed-quote", "misattributed-quote"],
    ),
    # politics (US): "he said" after a sentence about the Assembly speaker is his, not the
    # governor's, whom the wire quoted last; "..., saying:" gives the quote to the sentence's subject
    "he-is-the-subject-of-the-sentence-before": (
        _story(
            "Governor vetoes teacher pay bill",
            "SACRAMENTO, Calif. (AP) — Gov. Elena Ruiz vetoed a bill on Friday that would have raised "
            "teacher pay across the state.",
            '"We cannot spend money we do not have," Ruiz said in a statement.',
            "Assembly Speaker Mark Tolliver, who wrote the bill, called the veto a betrayal of teachers.",
            '"The governor has chosen to balance the budget on the backs of the people who teach our '
            'children," he said.',
        ),
        _story(
            "Ruiz vetoes teacher raises",
            "California Gov. Elena Ruiz on Friday vetoed a pay raise for the state's teachers, saying: "
            '"We cannot spend money we do not have."',
            '"The governor has chosen to balance the budget on the backs of the people who teach our '
            'children," Tolliver said.',
            "The bill's author, Assembly Speaker Mark Tolliver, called the veto a betrayal of teachers.",
        ),
        [
            (
                'our children," Tolliver said.',
                'our children," Ruiz said.',
            ),
        ],
        ["misattributed-quote"],
    ),
    # military (UK): ranks in short and full forms, appositions before the verb, and a first
    # name for the mother ("Karen" and "Karen Cross" are one person)
    "ranks-and-appositions": (
        _story(
            "Soldier's family pay tribute after training death",
            "Private Liam Cross, from Darwen, died after his vehicle overturned on Salisbury Plain.",
            'His commanding officer, Lieutenant Colonel James Ashby, said: "Liam was a popular and '
            'talented soldier who had a bright future."',
            "Private Cross's mother, Karen Cross, said her son had wanted to join the Army since he was "
            "a boy.",
            '"He loved his regiment and he loved his mates," she said.',
            "The Ministry of Defence said an investigation was under way.",
        ),
        _story(
            "Tributes to soldier killed in training",
            "Pte Liam Cross, of Darwen, was killed when his vehicle overturned on Salisbury Plain.",
            'Lt Col James Ashby, his commanding officer, said: "Liam was a popular and talented soldier '
            'who had a bright future."',
            'Pte Cross\'s mother, Karen, said: "He loved his regiment and he loved his mates."',
            "The MoD said an investigation was under way.",
        ),
        [
            (
                'Lt Col James Ashby, his commanding officer, said: "Liam',
                "Pte Cross's mother, Karen, said: \"Liam",
            ),
            (
                "Pte Cross's mother, Karen, said: \"He loved",
                'Lt Col James Ashby, his commanding officer, said: "He loved',
            ),
        ],
        ["misattributed-quote", "misattributed-quote"],
    ),
    # courts (US): the copy joins two of the judge's quotations with "...", and quotes the
    # lawyer's two paragraphs the other way round, the second under "Greco added:"
    "joined-with-an-ellipsis-and-paragraphs-reordered": (
        _story(
            "Judge sentences former mayor",
            "ALBANY, N.Y. (AP) — A federal judge on Tuesday sentenced former Troy Mayor Daniel Kessler "
            "to prison for taking bribes from developers.",
            '"You sold your office to the highest bidder, and you did it again and again," U.S. District '
            "Judge Ruth Abrams said.",
            "Kessler was convicted in March of bribery and fraud.",
            '"The people of Troy trusted you with their city. You treated it as a business of your own," '
            'Abrams said. "That trust will take years to rebuild."',
            "Kessler's lawyer, Paul Greco, said his client would appeal.",
            '"We believe the jury got this wrong, and we will ask the appeals court to look at the '
            "evidence again.",
            '"Mr. Kessler has spent his life serving Troy, and he will keep fighting to clear his name."',
        ),
        _story(
            "Ex-Troy mayor jailed for bribes",
            "Former Troy Mayor Daniel Kessler was sent to federal prison on Tuesday for taking bribes "
            "from developers.",
            '"You sold your office to the highest bidder ... You treated it as a business of your own," '
            "U.S. District Judge Ruth Abrams told him.",
            'Kessler was convicted in March of bribery and fraud. His lawyer, Paul Greco, said: "Mr. '
            'Kessler has spent his life serving Troy, and he will keep fighting to clear his name."',
            'Greco added: "We believe the jury got this wrong, and we will ask the appeals court to look '
            'at the evidence again."',
        ),
        [
            (
                "the highest bidder ...",
                "the biggest bidder ...",
            ),
            (
                'to clear his name."',
                'to clear his name. He has nothing to hide."',
            ),
        ],
        ["altered-quote", "altered-quote"],
    ),
    # showbiz (UK): two sentences of one quotation in the other order, and "She added:"
    "sentences-of-a-quote-reordered": (
        _story(
            "Presenter Amy Lowe quits breakfast show",
            "Amy Lowe is leaving Morning Live after nine years, the broadcaster has announced.",
            'In a statement, Lowe said: "It has been the best job in the world. I will miss the team '
            'more than I can say."',
            "She said she wanted to spend more time with her two young sons.",
            '"They have grown up while I was asleep in the afternoons," she said.',
        ),
        _story(
            "Amy Lowe quits Morning Live to be with her boys",
            "Morning Live presenter Amy Lowe is quitting after nine years to spend more time with her "
            "two young sons.",
            '"I will miss the team more than I can say. It has been the best job in the world," the '
            "presenter said.",
            'She added: "They have grown up while I was asleep in the afternoons."',
        ),
        [
            (
                'the best job in the world,"',
                'the best job on television,"',
            ),
        ],
        ["altered-quote"],
    ),
}


@pytest.mark.parametrize("name", sorted(_CASES))
def test_a_faithful_copy_passes_and_its_alteration_fails(name: str) -> None:
    source, copy, edits, rules = _CASES[name]
    assert _quote_findings(copy, source) == []
    altered = copy
    for old, new in edits:
        assert old in altered, old
        altered = altered.replace(old, new)
    assert _quote_findings(altered, source) == sorted(rules)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a conjunction or adverb before the name is not part of it
        ('However Det Sgt Carl Brennan said: "We will find whoever did this."', "Carl Brennan"),
        ('And Sgt Hale added: "Nobody was hurt, which is a miracle."', "Hale"),
        # titles and descriptors before a name are not the name
        ('"The crowd was incredible tonight," said guitarist Joe Lyle.', "Joe Lyle"),
        ('Volunteer Jim Pratt said: "We have never seen the beach this dirty."', "Jim Pratt"),
        ('"It was chaos," Lance Corporal Amy Webb, 24, told the inquiry.', "Amy Webb"),
        ('"We are confident of a deal," said Rep. Luis Ortega of Texas.', "Luis Ortega"),
        # a place or a group before the name is not the speaker
        ('"The roads are gridlocked," said Hexley councillor Sarah Hale.', "Sarah Hale"),
        ('The trio from Leeds said in a statement: "We are taking a break to write new songs."', None),
        # an apposition names the speaker the phrase describes, or the organisation it ends in
        ("The senator's chief of staff, Dana Whitcomb, told reporters: \"The vote will happen on Thursday.\"",
         "Dana Whitcomb"),
        ('A spokesman for the club, Warrington Wolves, said: "We wish him well."', "spokesman"),
        # a fronted phrase before the subject
        ('Speaking outside court, Mrs Dale said: "Justice has been done for my son."', "Dale"),
        # "he" is the one who speaks, not the one reported, nor a capitalised word that opens a sentence
        ('Judge Amelia Price said Mr Cole told police he had been drinking. "You could have killed someone," '
         "she said.", "Amelia Price"),
        ('Mr Okoro learned of the verdict by phone. "I have waited six years for this," he said.', "Okoro"),
        ('Experts say the bridge is unsafe. "It should close today," he said.', None),
        # someone unnamed speaks: "she" is no one named after them
        ('Ms Lin Chao spoke first. The judge said the case was grave. "It is a tragedy," she said.', None),
        # a place in a headline run into the body is no one: a kicker, or a place the text
        # writes after "in", "at", "near"
        ('Manchester attack: Police in Manchester have named the man who died. "He was a gentle giant," he '
         "said.", None),
        ('West Midlands crash: Three men were hurt near Dudley. "It was a terrible day," he said.', None),
        ('Helmand crash soldier named Lance Corporal Aisha Bello, 24, died in Helmand. "She was a natural '
         'leader," she said.', None),
        ('Tom Reid grew up in Hull. "It was a terrible day," he said.', "Tom Reid"),
        # a title between the descriptor and the name
        ('Shadow chancellor Mark Tierney visited the plant. "It is a disgrace," he said.', "Mark Tierney"),
        # a verb of naming gives its subject the words it puts in quote marks
        ('Judge Ruth Abrams described the attack as "utterly disgraceful".', "Ruth Abrams"),
        ('Mr Webb branded the decision "a betrayal".', "Webb"),
        ('The council called for an inquiry into "the shambles at the depot".', None),
        ('Sue Marsh called on ministers to "act now, before it is too late".', None),
    ],
)  # fmt: skip
def test_the_speaker_is_read_by_the_grammar_of_names(text: str, speaker: str | None) -> None:
    from diffnews.facts.speakers import speakers_of

    assert speakers_of(text) == [speaker]


def test_who_is_the_same_person_and_what_is_a_swap() -> None:
    from diffnews.facts.speakers import different_people

    assert same_speaker("Sgt Morley", "Sergeant Paul Morley") and same_speaker("Miss Hart", "WPC Hart")
    assert same_speaker("Janet", "Janet Garside") and same_speaker("spokeswoman", "spokeswoman")
    assert not same_speaker("Janet", "Daniel Garside") and not same_speaker("spokeswoman", "Jo Pryor")
    # a named spokeswoman on one side and "a spokeswoman" on the other is no swap; two named
    # people are, and so are two bodies; a person against a body is not compared
    assert not different_people("spokeswoman", "Jo Pryor") and not different_people(None, "Jo Pryor")
    assert different_people("Jo Pryor", "Sue Marsh") and different_people("Rudaw", "Associated Press")
    assert not different_people("Lancashire Police", "Sue Marsh")


def test_a_named_spokeswoman_against_a_spokeswoman_is_not_misattributed() -> None:
    source = (
        "The festival has been called off.\n\n"
        "A spokeswoman for the organisers, Riverside Events, said refunds would be issued.\n\n"
        '"We are devastated for everyone who bought a ticket," she said.'
    )
    copy = (
        "The festival has been called off.\n\n"
        "Riverside Events spokeswoman Jo Pryor said refunds would be issued.\n\n"
        '"We are devastated for everyone who bought a ticket," she said.'
    )
    (quote,) = diffnews.compare(source, copy).quotes
    assert quote.status.value == "verbatim" and quote.speakers == ("spokeswoman", "Jo Pryor")


def test_short_forms_inside_a_quote_are_the_same_words() -> None:
    source = 'The chairman said: "We are satisfied that Sergeant Morley followed the procedures."'
    copy = 'The chairman said: "We are satisfied that Sgt Morley followed the procedures."'
    assert [q.status.value for q in diffnews.compare(source, copy).quotes] == ["verbatim"]


def test_a_join_takes_only_the_same_speakers_words() -> None:
    """The copy's "A ... D" of one speaker's two quotations is an excerpt; with another person's
    sentence in place of D, it is altered; a quote the source lacks is still invented."""
    source = (
        '"We will not close a single library this year," council leader Ann Booth said.\n\n'
        "Opposition leader Raj Mistry said the budget was a fiction.\n\n"
        '"The money has simply run out," Mr Mistry said.\n\n'
        '"Every branch will stay open until March. After that we will see," Mrs Booth said.'
    )
    joined = '"We will not close a single library this year ... After that we will see," Ann Booth said.'
    assert _quote_findings(joined, source) == []
    other = '"We will not close a single library this year ... The money has simply run out," Ann Booth said.'
    assert _quote_findings(other, source) == ["altered-quote"]
    invented = joined + '\n\n"We have found the money," Mrs Booth added.'
    assert _quote_findings(invented, source) == ["invented-quote"]


def test_a_run_on_quote_quoted_as_its_parts_is_verbatim_in_any_order() -> None:
    source = (
        'Chief executive Margaret Okafor said: "We asked the town for help and it answered.\n\n'
        '"Every penny will go on care for patients and their families."'
    )
    reordered = (
        '"Every penny will go on care for patients and their families," said Margaret Okafor.\n\n'
        'She added: "We asked the town for help and it answered."'
    )
    assert [q.status.value for q in diffnews.compare(source, reordered).quotes] == ["verbatim"]
    changed = reordered.replace("for patients", "for staff")
    assert _quote_findings(changed, source) == ["altered-quote"]


_HEALTH_WIRE = (
    "Waiting lists in England fell for a third month in a row, figures showed on Thursday.\n\n"
    "The number of people waiting for routine hospital treatment dropped to 7.4 million.\n\n"
    '"Cutting waiting lists is our number one priority, but it will not happen overnight," '
    "the Health Secretary said.\n\n"
    "NHS England said more than 1.6 million operations were carried out in March.\n"
)


def test_a_speaker_named_by_office_is_no_one_to_swap_with() -> None:
    """The wire gives the post ("the Health Secretary said"), the paper the holder ("Wes
    Streeting said"): one person, not a misattribution. Two named people still are."""
    from diffnews.checking.policy import check

    copy = _HEALTH_WIRE.replace("the Health Secretary said", "Health Secretary Wes Streeting said")
    assert not check(copy, _HEALTH_WIRE).findings
    assert not check(_HEALTH_WIRE.replace("the Health Secretary", "the Prime Minister"), copy).findings
    named = _HEALTH_WIRE.replace("the Health Secretary said", "Wes Streeting said")
    swapped = _HEALTH_WIRE.replace("the Health Secretary said", "Rachel Reeves said")
    found = check(swapped, named).findings
    assert [f.rule.value for f in found] == ["misattributed-quote"]


# ---- short quotations ---------------------------------------------------------------------------

_BUS_STOP = _story(
    "Man jailed for punching widow at bus stop",
    "A man who punched a 79-year-old widow at a bus stop in Rotherham has been jailed for three years.",
    "Darren Pyle, 34, of Wath Road, admitted causing grievous bodily harm at Sheffield Crown Court.",
    "The court heard he took £40 from her purse as she lay on the pavement.",
    'Judge Ruth Abrams described the attack as "utterly disgraceful".',
    '"You chose a victim you thought could not fight back," she told Pyle.',
    'Neighbours said the bus stop had become a "no-go zone" after dark.',
)
_BUS_STOP_COPY = _story(
    "Widow's bus stop attacker locked up",
    "A Rotherham man has been jailed for three years for punching a 79-year-old widow at a bus stop.",
    "Darren Pyle, 34, took £40 from her purse as she lay on the pavement, Sheffield Crown Court heard.",
    "He admitted causing grievous bodily harm.",
    'Judge Ruth Abrams described the attack as "utterly disgraceful".',
    '"You chose a victim you thought could not fight back," she told Pyle.',
    'Neighbours said the bus stop had become a "no-go zone" after dark.',
)
_TABLOID = _BUS_STOP_COPY.replace('"', "'")
"""The copy in a tabloid's single quote marks."""


def test_a_single_quoted_quote_is_checked_against_a_double_quoted_one() -> None:
    assert check(_TABLOID, _BUS_STOP).passed and check(_BUS_STOP, _TABLOID).passed
    changed = ("could not fight back", "would not fight back")
    for copy, source in ((_TABLOID.replace(*changed), _BUS_STOP), (_BUS_STOP.replace(*changed), _TABLOID)):
        (finding,) = check(copy, source).findings
        assert finding.rule.value == "altered-quote"
        assert finding.reason == "the copy's quotation differs in 1 word: 'would' for 'could'"


def test_a_scare_quote_in_single_marks_follows_the_scare_quote_rule() -> None:
    """'tough on crime' round words the source has unquoted, given to no one, is a scare-quoted
    term; round words the source does not have, an invented quote, as in double marks."""
    source = _story(
        "Home Secretary unveils sentencing plans",
        "The Home Secretary has promised longer sentences for burglars and car thieves.",
        "Critics said the plans were tough on crime but did nothing about its causes.",
    )
    copy = _story(
        "Longer sentences for burglars",
        "Burglars and car thieves will face longer sentences under the Home Secretary's plans.",
        "Critics said the plans were 'tough on crime' but did nothing about its causes.",
    )
    assert check(copy, source).passed
    invented = copy.replace("'tough on crime'", "'all mouth and no trousers'")
    assert [f.rule.value for f in check(invented, source).findings] == ["invented-quote"]


def test_a_short_quote_kept_word_for_word_passes() -> None:
    assert check(_BUS_STOP_COPY, _BUS_STOP).passed
    one = _BUS_STOP_COPY.replace('"utterly disgraceful"', '"disgraceful"')  # cut short: an excerpt
    assert check(one, _BUS_STOP).passed


def test_a_short_quote_with_changed_words_is_altered() -> None:
    for copy in (_BUS_STOP_COPY, _TABLOID):
        altered = copy.replace("utterly disgraceful", "deeply disappointing")
        (finding,) = check(altered, _BUS_STOP).findings
        assert finding.rule.value == "altered-quote" and "Ruth Abrams" in finding.message
        assert finding.reason == (
            "the copy's quotation differs in 2 words: 'deeply disappointing' for 'utterly disgraceful'"
        )


def test_a_short_quote_the_copy_leaves_out_or_of_no_ones_is_no_finding() -> None:
    dropped = _BUS_STOP_COPY.replace('"utterly disgraceful"', "utterly disgraceful")
    result = check(dropped, _BUS_STOP, Policy(fail_on=Rule.parse(["all"])))
    assert result.passed and not result.notes
    # a term in quote marks that no one is given, changed: the scare-quote rule's, not a quote's
    assert check(_BUS_STOP_COPY.replace('"no-go zone"', '"war zone"'), _BUS_STOP).passed


def test_a_short_quote_pairs_when_one_speakers_words_are_changed() -> None:
    """A short quotation whose words changed pairs with its passage's counterpart when one side
    gives it to a speaker and the other to no other person, or the passage quotes one speaker
    on both sides; two short quotations of no one's, in a passage of no one's, do not pair."""
    left = [[tokenize("utterly disgraceful")], [tokenize("You will go to prison for this")]]
    right = [[tokenize("deeply disappointing")], [tokenize("You will go to prison for this")]]
    aligned = {(0, 0), (0, 1), (1, 0), (1, 1)}

    def found(speakers: tuple[list[str | None], list[str | None]]) -> list[tuple[tuple[int, ...], ...]]:
        return sorted(
            (m.left, m.right) for m in match_quotes(left, right, aligned, speakers) if m.status != "verbatim"
        )

    altered = [((0,), (0,))]
    assert found((["Ruth Abrams", "Ruth Abrams"], [None, "Abrams"])) == altered
    assert found(([None, "Ruth Abrams"], [None, "Abrams"])) == altered  # the passage quotes her
    assert found(([None, None], [None, None])) == []
    assert found(([None, "Ruth Abrams"], [None, "Tom Berg"])) == []
    statuses = {m.status for m in match_quotes(left, right, aligned, (["Ruth Abrams"] * 2, [None, "Abrams"]))}
    assert statuses == {"altered", "verbatim"}


# ---- two quotations joined ----------------------------------------------------------------------

_FLOOD = _story(
    "Family's fury at council over flood response",
    "A mother whose home was flooded three times in a year has accused the council of abandoning her street.",
    'Karen Hart, 44, of Mill Road, Selby, said: "We have been let down by the very people who were '
    'supposed to protect us."',
    "Water reached the ground floor of 14 homes on Mill Road on Sunday.",
    "Mrs Hart said her insurance premium had tripled.",
    '"Nobody from the council has even rung us to ask how the children are coping," she said.',
    "Selby District Council said it had sent a team to inspect the drains.",
)
_FLOOD_COPY = _story(
    '"Nobody from the council has even rung us": Mum flooded three times slams council',
    "A mother has accused the council of abandoning her street after her home was flooded for the third "
    "time in a year.",
    "Water reached the ground floor of 14 homes on Mill Road on Sunday.",
    'Karen Hart, 44, said: "We have been let down by the very people who were supposed to protect us. '
    'Nobody from the council has even rung us to ask how the children are coping."',
    "Her insurance premium has tripled.",
    "Selby District Council said it had sent a team to inspect the drains.",
)


@pytest.mark.parametrize("join", [". Nobody", ", nobody"], ids=["two-sentences", "one-sentence"])
def test_a_join_of_a_quote_the_headline_also_quotes_is_verbatim(join: str) -> None:
    """The headline quotes the wire's second quotation, and the body joins it to the first: the
    body's quotation is both of the source's, not the first with twenty words added."""
    copy = _FLOOD_COPY.replace(
        ". Nobody from the council has even rung us to", f"{join} from the council has even rung us to"
    )
    result = check(copy, _FLOOD)
    assert result.passed and not result.notes, result.findings
    joined = next(q for q in result.report.quotes if len(q.left) == 2)
    assert joined.status.value == "verbatim" and joined.speaker == "Karen Hart"


def test_a_joined_quote_with_a_changed_word_says_which() -> None:
    copy = _FLOOD_COPY.replace("the children are coping", "the kids are coping")
    (finding,) = check(copy, _FLOOD).findings
    assert finding.rule.value == "altered-quote"
    assert finding.reason == "the copy's quotation differs in 1 word: 'kids' for 'children'"


def test_of_two_identical_quotations_the_one_the_same_person_says_is_the_match() -> None:
    """A wire resend corrects a name and repeats the quotation under it: the copy, written
    from the corrected take, is matched with that take's quotation, not the first."""
    hobbs = [tokenize("This is the most significant investment in water security in our state's history")]
    quote = [tokenize("a long overdue down payment")]
    speakers = (["Hobbs", "Ben Thoma", "Hobbs", "Ben Toma"], ["Hobbs", "Ben Toma"])
    found = match_quotes([hobbs, quote, hobbs, quote], [hobbs, quote], {(0, 0), (3, 1)}, speakers)
    assert ((3,), (1,), "verbatim") in [(m.left, m.right, m.status) for m in found]


def test_a_quote_nested_in_one_left_open_is_part_of_it() -> None:
    """Found by the property test above: a stray single mark opens a quotation that nothing
    closes, and a double one opened after it holds a single-quoted word; that word is part of
    the double quotation, not a quotation beside it (the two spans overlapped)."""
    text = "''“'a'"
    assert _marks(text, [(0, len(text))]) == [(3, 6)]
