"""Every expectation of every fixture case (fixtures/README.md), one test each."""

from __future__ import annotations

import pytest

from diffnews import Report, Sentence
from diffnews.reading.text import tokenize
from tests.cases import Case, Expectation, WordsExpectation, cases
from tests.conftest import report_of

CASES = cases()
PARAMS = [
    pytest.param(
        case, e, id=e.id, marks=[pytest.mark.xfail(reason=e.known_miss, strict=True)] if e.known_miss else []
    )
    for case in CASES
    for e in case.expectations
]


WORDS = [
    pytest.param(
        case, w, id=w.id, marks=[pytest.mark.xfail(reason=w.known_miss, strict=True)] if w.known_miss else []
    )
    for case in CASES
    for w in case.words
]


def find(report: Report, side: str, snippet: str) -> Sentence:
    sentences = report.left.sentences if side == "left" else report.right.sentences
    found = [s for s in sentences if " ".join(snippet.split()) in " ".join(s.text.split())]
    assert len(found) == 1, f"case error: {snippet!r} is in {len(found)} {side} sentences, not one"
    return found[0]


@pytest.mark.parametrize(("case", "expectation"), PARAMS)
def test_expectation(case: Case, expectation: Expectation) -> None:
    report = report_of(case)
    left = [find(report, "left", s) for s in expectation.left]
    right = [find(report, "right", s) for s in expectation.right]
    if expectation.kind == "sentence":
        (sentence,) = left + right
        assert sentence.label.value == expectation.label, sentence.text
        return
    pair_numbers = {s.pair for s in left + right}
    assert len(pair_numbers) == 1 and None not in pair_numbers, (
        f"not one group: {[(s.id, s.pair) for s in left + right]}"
    )
    pair = report.pairs[pair_numbers.pop()]  # type: ignore[index]
    assert set(pair.left) == {s.id for s in left}
    assert set(pair.right) == {s.id for s in right}
    assert pair.label.value == expectation.label


@pytest.mark.parametrize(("case", "expectation"), WORDS)
def test_words(case: Case, expectation: WordsExpectation) -> None:
    """Every word of each snippet has the kind the case gives it."""
    report = report_of(case)
    sentence = find(report, expectation.side, expectation.sentence)
    side = report.left if expectation.side == "left" else report.right
    flat = " ".join(sentence.text.split())
    wrong = []
    for kind, snippet in expectation.kinds:
        at = flat.find(" ".join(snippet.split()))
        assert at >= 0 and flat.count(" ".join(snippet.split())) == 1, (
            f"case error: {snippet!r} is not once in {sentence.text!r}"
        )
        # the snippet's offsets in the sentence: map the flattened position back
        start = _unflatten(sentence.text, at) + sentence.start
        end = _unflatten(sentence.text, at + len(" ".join(snippet.split()))) + sentence.start
        for token in tokenize(side.text, start, end):
            found = next((r.kind.value for r in sentence.reuse if r.start <= token.start < r.end), None)
            if found != kind:
                wrong.append(f"{side.text[token.start : token.end]!r} is {found}, not {kind}")
    assert not wrong, "; ".join(wrong)


def _unflatten(text: str, position: int) -> int:
    """The offset in ``text`` of character ``position`` of ``" ".join(text.split())``."""
    seen = 0
    k = len(text) - len(text.lstrip())
    while seen < position and k < len(text):
        if text[k].isspace():
            while k < len(text) and text[k].isspace():
                k += 1
            seen += 1
        else:
            k += 1
            seen += 1
    return k


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_sentence_is_expected_once(case: Case) -> None:
    report = report_of(case)
    named = [
        find(report, side, snippet).id
        for e in case.expectations
        for side, snippets in (("left", e.left), ("right", e.right))
        for snippet in snippets
    ]
    every = [s.id for s in (*report.left.sentences, *report.right.sentences)]
    assert sorted(named) == sorted(every), "each sentence must be named by exactly one expectation"


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Port strike ends\n\nDockworkers went back to work.", True),
        ("Will the troops leave?\n\nDockworkers went back to work.", True),
        ("Militia leader: “No foreign forces”\n\nDockworkers went back to work.", True),
        ("Dockworkers went back to work.\n\nThe strike had lasted nine days.", False),
        ("“We are not leaving,” he said.\n\nThe strike had lasted nine days.", False),
        ("Port strike ends. Talks resume\n\nThe strike had lasted nine days.", False),
        ("In Rudaw\n\nPort strike ends\n\nDockworkers went back to work.", True),
    ],
    ids=["plain", "question", "closing-quote", "lede", "quoted-lede", "not-alone", "after-kicker"],
)
def test_headline(text: str, headline: bool) -> None:
    import diffnews

    report = diffnews.compare(text, "Unrelated text about ferries.")
    content = [s for s in report.left.sentences if s.label is not diffnews.Label.BOILERPLATE]
    assert content[0].headline is headline
    assert not any(s.headline for s in content[1:])


@pytest.mark.parametrize(
    "sentence",
    [
        "Comment was not immediately available from the ministry.",
        "Comments by the minister drew sharp criticism from the opposition.",
        "Subscribers to the state broadcaster fell by half in 2020.",
        "Sign up for military service became mandatory in 2019.",
        "Let us know what you think, the mayor told residents.",
        "In Mosul.",
        "Share prices fell by 4 percent on Monday.",
        "By December 31, 2021, “no foreign forces” should remain in Iraq, Al-Amiri told reporters.",
        "By Monday, the troops had left.",
        "By contrast, France will stay.",
        "Reporting by the ministry was criticised by MPs.",
        "Read more about the plan on the ministry's website, he said.",
        "Related talks continue on Monday.",
        "Copyright laws were changed in 2019 after a long campaign by publishers.",
        "Written by hand, the letter was delivered to the embassy.",
        "Related-party loans doubled last year to 4 billion dinars, the report said.",
        "Watch-list entries rose to 4,000 in 2023, officials said.",
        "Related: 12 people were killed in the blast, police said.",
        "Watch: 'We will not leave,' Macron tells troops in Erbil.",
        "Recommended-dose guidance was changed in March.",
        "Copyright 2020, 2021 and 2022 infringement cases rose sharply, the court said.",
        "By The Numbers",
        "By Sunday",
        "By Monday Night",
        "By Land And Sea",
        "By Q3",
        "By NATO",
        "By Order Of The Court",
        "Written by Hand",
        "Reporting by Phone",
    ],
)
def test_news_sentences_that_look_like_furniture_are_content(sentence: str) -> None:
    from diffnews.reading.boilerplate import furniture

    assert furniture(["Troops left the city.", sentence], [0, 1]) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Please let us know if you're having issues with commenting.",
        "(Photo by AHMAD AL-RUBAYE / AFP)",
        "AHMAD AL-RUBAYE/AFP via Getty Images",
        "Share this article",
        "Read more",
        "Leave a comment",
        "A+ A-",
        "By Jane Doe",
        "By Jane Doe and John Roe, Reuters",
        "By JANE DOE | Example Daily 2 Sep 2021",
        "By Ahmed al-Rubaye, Rudaw",
        "Written by Sarah van der Berg",
        "By Jane Doe, Updated: September 2, 2021 8:41 a.m. ET",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "(Additional reporting by Ahmed Rasheed in Baghdad; Writing by Jane Doe; Editing by Alex Richardson)",
        "Read more: Iraq election turnout falls to record low",
        "READ MORE »",
        "Also read: Drone attack targets Erbil airport",
        "Copyright 2021 Example Daily.",
        "© 2021 Example Daily",
        "All rights reserved.",
        "Story continues below advertisement",
        "Image source, Getty Images",
        "By Reuters",
        "By Newsroom Staff 2 Sep 2021",
        "Copyright 2021 Example Daily. All rights reserved.",
        "Watch: Macron visits troops in Erbil",
        "Read more - Drone attack targets Erbil airport",
    ],
)
def test_furniture(sentence: str) -> None:
    from diffnews.reading.boilerplate import furniture

    assert furniture(["Troops left the city.", sentence], [0, 1]) == {1}
