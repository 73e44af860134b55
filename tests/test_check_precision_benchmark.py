"""benchmarks/check_precision.py's generator: its truth holds against its own texts. Stories are
made of a few sentences written here, so nothing needs ../shared/bench; diffnews is not run."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.benchmark_modules import load

ROOT = Path(__file__).resolve().parent.parent


bench = load("check_precision", "check_precision.py")

SENTENCES = (
    # background, with figures and names of their own
    "The Dow Jones industrial average rose 42 points to close at 9,310 on Friday.",
    "Shares in Harbour Foods fell sharply after the company cut its forecast for the year.",
    "The Environment Agency issued flood warnings for three rivers in the north of the county.",
    "Talks between the two sides broke down late on Tuesday without an agreement.",
    "The museum was closed for most of last year while its roof was repaired.",
    "Traffic was diverted through the village for much of the afternoon.",
    "Ticket sales for the summer festival have already passed last year's total.",
    # sentences to put in people's mouths
    "The people of this town have been patient for far too long and they deserve an answer.",
    "We knew the risks when we went in, but nobody expected the water to rise so quickly.",
    "It was the worst night of my working life, and I have been doing this job for a long time.",
    "Every family on this estate will be offered help with the cost of repairs.",
    "The team did everything that was asked of them and more, and I could not be prouder.",
    "This is not the end of the matter, because the questions have still not been answered.",
    "Nobody wants to close a library, but we cannot keep a building open that nobody uses.",
    "The children were frightened, the parents were angry and the school was right to act.",
    "We will keep the road closed until the engineers are satisfied that it is safe.",
    "It has taken a long time to get here, and there were days when I thought it would never happen.",
    "The decision was made in good faith, on the best advice that was available at the time.",
    "There is a lot of work still to do, but the village is already starting to feel like home again.",
    "The council should have listened to residents when they first raised the alarm.",
    "My officers work around the clock to keep these streets safe for everyone who lives here.",
    "This community has shown what it can do when it pulls together in a crisis.",
    "Our crews were on the scene within minutes, and they stayed there through the night.",
    "I have never seen anything like it, and I hope I never do again.",
    "The shop has been part of the high street for as long as anyone can remember.",
)
PAIRS = bench.generate(bench.Material.from_sentences(SENTENCES), seed=3, copies=16)
FAITHFUL = [p for p in PAIRS if p.planted is None]
ALTERED = [p for p in PAIRS if p.planted is not None]
BASE = {p.copy: p for p in FAITHFUL}


def _quoted(text: str) -> list[str]:
    """What a text quotes: between straight double marks, or up to a paragraph end left open."""
    return [m.group(1) for m in re.finditer(r'"([^"]*?)(?:"|(?=\n\n)|$)', text)]


def test_sizes_and_determinism() -> None:
    assert len(FAITHFUL) == 16 and len(ALTERED) == 16
    again = bench.generate(bench.Material.from_sentences(SENTENCES), seed=3, copies=16)
    assert again == PAIRS
    other = bench.generate(bench.Material.from_sentences(SENTENCES), seed=4, copies=16)
    assert [p.copy for p in other] != [p.copy for p in PAIRS]
    assert {p.planted.split(":")[0] for p in ALTERED} == {"quote-word", "figure", "speaker", "invented"}


@pytest.mark.parametrize("pair", FAITHFUL, ids=lambda p: p.id)
def test_faithful_copy_keeps_every_quotation(pair: Any) -> None:
    """Each source quote the copy keeps: its pieces are in the copy, cut from the source's
    words (runs in order, ``...`` marking a cut, "okay" for "OK"), and said by the same person."""
    assert pair.expected is None and pair.base is None
    for truth in pair.quotes:
        assert all(piece in pair.source for piece in truth.source), truth
        if not truth.copy:
            continue
        assert truth.copy_speaker == truth.speaker
        assert all(piece in pair.copy for piece in truth.copy), truth
        in_order = "parts-reordered" not in truth.allowed
        assert bench.is_excerpt(truth.copy, truth.together or truth.source, in_order), truth
        words = set(bench.quote_words(" ".join(truth.together or truth.source)))
        assert set(bench.quote_words(" ".join(truth.copy))) <= words, truth
        if "okay" not in truth.allowed:
            assert "okay" not in " ".join(truth.copy).lower(), truth
    # every quotation of the copy is one of the source's, as the truth says
    kept = [piece for truth in pair.quotes for piece in truth.copy]
    for quoted in _quoted(pair.copy):
        assert any(quoted.strip(" ,.") in piece or piece in quoted for piece in kept), quoted


@pytest.mark.parametrize("pair", ALTERED, ids=lambda p: f"{p.id}-{p.planted}")
def test_planted_alteration_changes_the_copy(pair: Any) -> None:
    assert pair.base in BASE, "an altered copy is made from a faithful one"
    base = BASE[pair.base]
    assert pair.source == base.source and pair.copy != pair.base
    assert pair.expected == {
        "quote-word": "altered-quote",
        "speaker": "misattributed-quote",
        "invented": "invented-quote",
    }.get(pair.planted, "conflicting-figure")
    if pair.planted == "quote-word":
        changed = [t for t, b in zip(pair.quotes, base.quotes, strict=True) if t.copy != b.copy]
        assert changed, "a quotation's words changed"
        for truth in changed:
            assert all(piece in pair.copy for piece in truth.copy)
            assert not bench.is_excerpt(truth.copy, truth.together or truth.source, in_order=False)
    elif pair.planted.startswith("figure:"):
        shown = re.fullmatch(r"'(.+)' -> '(.+)'", pair.detail)
        assert shown, pair.detail
        old, new = shown.groups()
        assert old != new
        number = r"(?<![\w£,.]){}(?![\w,]|\.\d)"
        assert len(re.findall(number.format(re.escape(new)), pair.copy)) > len(
            re.findall(number.format(re.escape(new)), base.copy)
        )
        assert _quoted(pair.copy) == _quoted(base.copy), "a figure changes outside the quotes"
    elif pair.planted == "speaker":
        moved = [t for t in pair.quotes if t.copy and t.copy_speaker != t.speaker]
        assert moved and all(t.copy == moved[0].copy for t in moved), "one quotation given to another"
        assert _quoted(pair.copy) == _quoted(base.copy), "the quoted words stay as they were"
        assert moved[0].copy_speaker.split()[-1] in pair.copy
    else:
        new = pair.quotes[-1]
        assert not new.source and new.copy and new.copy[0] in pair.copy
        assert new.copy[0] not in pair.source
        assert not any(bench.is_excerpt(new.copy, t.source) for t in pair.quotes[:-1])
        assert len(_quoted(pair.copy)) == len(_quoted(base.copy)) + 1


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Revenue rose to $616.5 million.", "Revenue rose to $616 million.", False),  # rounded
        ("Revenue rose to $616.5 million.", "Revenue rose to $616.5m.", True),
        ("Turnout fell 5 percent.", "Turnout fell five per cent.", True),
        ("He said eight or nine homes were destroyed.", "Ten, two mobile homes were destroyed.", False),
        ("About 14.5 million people watched.", "About 14 million people watched.", False),
        ("The fund holds $2 billion.", "The fund holds $2 million.", False),  # the scale
        ("Twenty-one people were hurt.", "21 people were hurt.", True),
    ],
)
def test_same_facts_reads_figures_as_values(a: str, b: str, same: bool) -> None:
    """A paraphrase a faithful copy may use keeps every figure's value, written as it likes:
    "five per cent" for "5 percent", "$616.5m" for "$616.5 million"; not "$616 million"."""
    assert bench._same_facts(a, b) is same


def test_the_desk_never_rounds_a_figure_in_a_faithful_copy() -> None:
    """benchmarks/rewrites.py's desk rounds "$616.5 million" to "$616 million" now and then; a
    rounded figure is a change, so a faithful copy's rewording keeps the sentence's figures or
    is not used."""
    import random

    sentence = "The company reported revenue of $616.5 million for the quarter, up from $580.2 million."
    material = bench.Material.from_sentences([sentence])
    fact = bench.Fact("background", text=sentence, index=0)
    reworded = set()
    for seed in range(60):
        story = bench._Story(material, random.Random(seed), seed)
        reworded.add(story.reword(fact, set()))
    assert len(reworded) > 5, "the desk still rewords the sentence"
    assert all("$616.5" in text and "$580.2" in text for text in reworded), sorted(reworded)
