"""Sentence segmentation on the shapes news text takes."""

from __future__ import annotations

import pytest

from diffnews.reading.segment import _REMEMBERED_BLOCK, _remembered_split, segment


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "U.S. forces left Iraq. Gen. Qasem Soleimani was killed in Jan. 2020 by a U.S. strike.",
            ["U.S. forces left Iraq.", "Gen. Qasem Soleimani was killed in Jan. 2020 by a U.S. strike."],
            id="abbreviations",
        ),
        pytest.param(
            "The company moved to the U.S. The board approved. It was sold to Acme Inc. The deal closed.",
            [
                "The company moved to the U.S.",
                "The board approved.",
                "It was sold to Acme Inc.",
                "The deal closed.",
            ],
            id="abbreviation-ends-a-sentence-before-a-sentence-opener",
        ),
        pytest.param(
            "He lives in Washington, D.C. He left at 5 p.m. The streets emptied.",
            ["He lives in Washington, D.C.", "He left at 5 p.m.", "The streets emptied."],
            id="place-and-time-abbreviations-at-sentence-end",
        ),
        pytest.param(
            "The U.S. Embassy said J.K. Rowling met the No. 2 official. She agreed.",
            ["The U.S. Embassy said J.K. Rowling met the No. 2 official.", "She agreed."],
            id="abbreviation-inside-a-sentence",
        ),
        pytest.param(
            "Dr. Smith met Sen. Jones on Sept. 3. They spoke for an hour.",
            ["Dr. Smith met Sen. Jones on Sept. 3.", "They spoke for an hour."],
            id="titles-and-months",
        ),
        pytest.param(
            "The report was written by J. R. Hartley and Mr. T. Okoye. It ran to 40 pages.",
            ["The report was written by J. R. Hartley and Mr. T. Okoye.", "It ran to 40 pages."],
            id="initials",
        ),
        pytest.param(
            "There are 3,500 soldiers. Growth was 2.5 percent in 2021.",
            ["There are 3,500 soldiers.", "Growth was 2.5 percent in 2021."],
            id="numbers",
        ),
        pytest.param(
            "“Not Turkish forces or French forces. This is a decision of the Iraqi people,” he added. "
            "Then he left.",
            [
                "“Not Turkish forces or French forces. This is a decision of the Iraqi people,” he added.",
                "Then he left.",
            ],
            id="quotation-of-several-sentences-stays-whole",
        ),
        pytest.param(
            '"We stay. We fight," she said. The talks ended.',
            ['"We stay. We fight," she said.', "The talks ended."],
            id="straight-quotes",
        ),
        pytest.param(
            "'We stay. We fight,' she said. It's 9 o'clock. ‘It ends. We go,’ said PC Jones.",
            ["'We stay. We fight,' she said.", "It's 9 o'clock.", "‘It ends. We go,’ said PC Jones."],
            id="single-quotes",
        ),
        pytest.param(
            "\"He told me 'Get out. Now.' Then he left,\" she said. The court rose.",
            ["\"He told me 'Get out. Now.' Then he left,\" she said.", "The court rose."],
            id="single-quotes-inside-double",
        ),
        pytest.param(
            'His mother, Joan Reid, said: "Tom was the kindest boy. "We are heartbroken." Lance Corporal '
            'Aisha Bello said: "He could always make us laugh. "He was the best of us."',
            [
                'His mother, Joan Reid, said: "Tom was the kindest boy.',
                '"We are heartbroken."',
                'Lance Corporal Aisha Bello said: "He could always make us laugh.',
                '"He was the best of us."',
            ],
            id="scraped-run-on-quotes-do-not-pair-across-speakers",
        ),
        pytest.param(
            'The coroner said: "He had served in the U.S." Lance Corporal Aisha Bello said: "He was loved."',
            [
                'The coroner said: "He had served in the U.S."',
                'Lance Corporal Aisha Bello said: "He was loved."',
            ],
            id="a-quote-ending-a-sentence-before-a-capital",
        ),
        pytest.param(
            '"Why did they do this to us?" Sandra Reid asked. "Why me?" Lance Corporal Bello said: '
            '"Why not?"',
            [
                '"Why did they do this to us?" Sandra Reid asked.',
                '"Why me?"',
                'Lance Corporal Bello said: "Why not?"',
            ],
            id="a-reporting-clause-after-a-question-stays",
        ),
        pytest.param(
            "He said: “We will stay. We will not leave.\n\nThe next paragraph continues the quote.”",
            ["He said: “We will stay.", "We will not leave.", "The next paragraph continues the quote.”"],
            id="quote-left-open-at-paragraph-end-merges-nothing",
        ),
        pytest.param(
            "He resigned from his duties.According to the statement, he will stay on.",
            ["He resigned from his duties.", "According to the statement, he will stay on."],
            id="missing-space-after-period",
        ),
        pytest.param(
            "Troops to leave Iraq\n\nMilitia leader says all foreign troops must go.",
            ["Troops to leave Iraq", "Militia leader says all foreign troops must go."],
            id="headline-without-period",
        ),
        pytest.param(
            "A man speaks at a rally in Baghdad.\nAHMAD AL-RUBAYE/AFP via Getty Images\nThe rally was large.",
            [
                "A man speaks at a rally in Baghdad.",
                "AHMAD AL-RUBAYE/AFP via Getty Images",
                "The rally was large.",
            ],
            id="caption-lines",
        ),
        pytest.param(
            "The council approved the budget after a debate that lasted four hours and\n"
            "ended with a vote of seven to two in favour of the plan put forward by the\n"
            "mayor. Taxes will rise.",
            [
                "The council approved the budget after a debate that lasted four hours and\n"
                "ended with a vote of seven to two in favour of the plan put forward by the\n"
                "mayor.",
                "Taxes will rise.",
            ],
            id="hard-wrapped-paragraph",
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("Kicker.\rOld Mac line ending.\r\rNext paragraph.", [0, 0, 1]),
        ("Kicker.\u2028Line separator.\u2029Paragraph separator.", [0, 0, 1]),
        ("Kicker.\r\nWindows.\r\n\r\nNext paragraph.", [0, 0, 1]),
        ("Headline\rOld Mac line ending.\r\rNext paragraph.", [0, 1, 2]),  # a title: a paragraph
    ],
    ids=["cr", "unicode-separators", "crlf", "cr-after-a-title"],
)
def test_every_kind_of_line_break(text: str, paragraphs: list[int]) -> None:
    spans = segment(text)
    assert [s.paragraph for s in spans] == paragraphs
    assert text[spans[0].start : spans[0].end] == text.split("\r")[0].split("\u2028")[0]


def test_paragraphs_are_numbered_and_never_crossed() -> None:
    text = "One. Two.\n\n\nThree.\r\n\r\nFour."
    spans = segment(text)
    assert [text[s.start : s.end] for s in spans] == ["One.", "Two.", "Three.", "Four."]
    assert [s.paragraph for s in spans] == [0, 0, 1, 2]


def test_offsets_refer_to_the_original_text_with_odd_spaces() -> None:
    text = "\ufeff  Macron\u00a0arrived in Baghdad.\u2003 He spoke.  "
    for s in segment(text):
        assert text[s.start : s.end] == text[s.start : s.end].strip()
    assert [text[s.start : s.end] for s in segment(text)][-1] == "He spoke."


def test_a_paragraph_read_again_is_split_the_same_where_it_now_stands() -> None:
    """Each paragraph's split is remembered (an edited copy repeats its original's paragraphs);
    a repeat, in this text or the next, must still get offsets of its own."""
    paragraph = "Gen. Smith said so. “It ends. We go,” he added. The U.S. Embassy shut."
    split = ["Gen. Smith said so.", "“It ends. We go,” he added.", "The U.S. Embassy shut."]
    text = f"Intro.\n\n{paragraph}\n\nMiddle.\n\n  {paragraph}"
    spans = segment(text)
    assert [text[s.start : s.end] for s in spans] == ["Intro.", *split, "Middle.", *split]
    assert [s.paragraph for s in spans] == [0, 1, 1, 1, 2, 3, 3, 3]
    assert sentences(f"Other news.\n\n{paragraph}") == ["Other news.", *split]


def test_only_blocks_of_news_length_are_remembered() -> None:
    long = " ".join(f"Officials in district {k} counted the votes again on Monday." for k in range(50))
    assert len(long) > _REMEMBERED_BLOCK
    before = _remembered_split.cache_info().currsize
    assert len(sentences(f"A short one.\n\n{long}")) == 51
    assert _remembered_split.cache_info().currsize <= before + 1  # the short paragraph at most


def test_no_text_no_sentences() -> None:
    assert segment("") == []
    assert segment(" \n\n \t") == []
