"""Reuse inside sentences (reuse.py): fragment links and word kinds, on real-looking copy."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import diffnews
from diffnews import Label, Report
from diffnews.aligning.reuse import inside
from diffnews.reading.text import tokenize
from diffnews.report import Basis, Reuse, Sentence


def kind_of(report: Report, sentence: Sentence, words: str) -> set[str]:
    """The kinds of the words of ``words``, a piece of the sentence."""
    side = report.left if sentence.id.startswith("L") else report.right
    at = sentence.text.index(words) + sentence.start
    kinds = {r.kind.value for r in sentence.reuse if r.start < at + len(words) and r.end > at}
    assert kinds, f"{words!r} is in no stretch of {sentence.id}"
    del side
    return kinds


def sentence_with(report: Report, side: str, snippet: str) -> Sentence:
    sentences = report.left.sentences if side == "left" else report.right.sentences
    (found,) = [s for s in sentences if snippet in s.text]
    return found


WIRE = (
    "Prosecutors in Halden have charged a former city treasurer with embezzling 2.4 million "
    "crowns from a fund meant for flood repairs, the regional court said on Tuesday.\n\n"
    "Ingrid Solvang, 58, is accused of moving the money into accounts held by her brother "
    "over four years, according to the indictment.\n\n"
    'Her lawyer, Per Aasen, said she would plead not guilty. "My client has always acted in '
    'good faith and will show that every payment was approved by the council," he told '
    "reporters outside the court.\n\n"
    "The trial is expected to begin in March.\n"
)

SPLICED = (
    "A former Halden treasurer faces trial over missing flood money.\n\n"
    "Officials in the riverside town were stunned this week when prosecutors said Ingrid "
    "Solvang, 58, is accused of moving the money into accounts held by her brother, a claim "
    "her family rejects.\n\n"
    "Residents whose homes were damaged in the 2019 floods say repairs were delayed for "
    "years.\n"
)


def test_a_spliced_clause_links_its_sentence_and_is_copied() -> None:
    report = diffnews.compare(WIRE, SPLICED)
    copy = sentence_with(report, "right", "Officials in the riverside town")
    assert copy.pair is not None
    pair = report.pairs[copy.pair]
    assert pair.left == (sentence_with(report, "left", "Ingrid Solvang, 58, is accused").id,)
    assert kind_of(report, copy, "Ingrid Solvang, 58, is accused of moving the money") == {"copied"}
    assert kind_of(report, copy, "Officials in the riverside town were stunned") == {"new"}
    assert kind_of(report, copy, "a claim her family rejects") == {"new"}
    # the residents' sentence shares only "flood" and the town's story: it stays unique
    assert sentence_with(report, "right", "Residents whose homes").label is Label.UNIQUE


def test_stock_phrases_do_not_link_unrelated_sentences() -> None:
    left = (
        "The central bank kept its main rate at 4.5 percent on Thursday. Governor Lena Holm said in a "
        "statement that inflation should fall below 3 percent by the end of the year, according to the "
        "bank's forecasts. Economists had expected the decision."
    )
    right = (
        "Nordvik Shipping will cut 300 jobs at its Bergen yard, the company said in a statement on "
        "Thursday. The yard is expected to close by the end of the year, according to the union. "
        "Shares rose 4 percent."
    )
    report = diffnews.compare(left, right)
    assert report.pairs == ()
    assert all(r.kind is Reuse.NEW for s in report.right.sentences for r in s.reuse)


QUOTE_UNIT = (
    "Storm Alva brought down power lines across the north of the island on Sunday.\n\n"
    '"We have never seen anything like this. The wind took the roof off the school in twenty '
    'minutes. Nobody was hurt, and that is a miracle," said Marta Keel, the mayor of Brask.\n\n'
    "Engineers expect to restore power by Wednesday.\n"
)

QUOTE_EXCERPT = (
    "Power lines are down across the north of the island after Storm Alva.\n\n"
    'In Brask, mayor Marta Keel said: "The wind took the roof off the school in twenty '
    'minutes."\n\n'
    "Schools will stay closed on Monday.\n"
)


def test_a_quotation_kept_as_one_unit_links_to_its_excerpt_and_the_rest_is_new() -> None:
    report = diffnews.compare(QUOTE_UNIT, QUOTE_EXCERPT)
    unit = sentence_with(report, "left", "We have never seen anything like this")
    excerpt = sentence_with(report, "right", "The wind took the roof off")
    assert unit.pair is not None and unit.pair == excerpt.pair
    assert kind_of(report, unit, "The wind took the roof off the school in twenty minutes") == {"copied"}
    assert kind_of(report, unit, "We have never seen anything like this") == {"new"}
    assert kind_of(report, unit, "Nobody was hurt, and that is a miracle") == {"new"}


def test_the_same_sentence_aligns_though_one_side_takes_it_for_a_headline() -> None:
    same = "Rail workers walk out over pay in three cities"
    left = f"{same}\n\nTrains stood still in Lund, Kiel and Aarhus on Friday as drivers stopped work.\n"
    right = (
        "Strike hits rail services\n\nTrains stood still in Lund, Kiel and Aarhus on Friday. "
        f"{same}, and unions warned of more.\n"
    )
    report = diffnews.compare(left, right)
    headline = sentence_with(report, "left", "Rail workers walk out")
    assert headline.headline and headline.pair is not None
    assert sentence_with(report, "right", "Rail workers walk out").pair == headline.pair


STORY = [
    "Floodwaters cut off three villages in the Drava valley overnight, the regional governor said.",
    "Rescue teams reached two of them by boat on Sunday morning and evacuated 140 people.",
    "The third village, Lipnik, can only be reached by helicopter, officials said.",
    "Forecasters expect more rain on Monday.",
]
MORE = "The army has sent two helicopters and 60 soldiers to help with the evacuation."


def test_a_source_resent_with_repeated_paragraphs_aligns_as_well_as_one_without() -> None:
    once = "\n\n".join([*STORY[:3], MORE, STORY[3]]) + "\n"
    resent = "\n\n".join([*STORY, *STORY[:3], MORE, STORY[3]]) + "\n"  # the story, then resent with more
    copy = (
        "Three villages in the Drava valley were cut off by floodwaters overnight, the governor said. "
        "Rescue teams reached two of them by boat on Sunday morning and evacuated 140 people, while "
        "Lipnik can only be reached by helicopter.\n\nThe army has sent two helicopters to help.\n"
    )
    plain, repeated = diffnews.compare(once, copy), diffnews.compare(resent, copy)

    def copy_side(report: Report) -> list[tuple[str, str | None, list[tuple[str, int]]]]:
        return [
            (s.label.value, s.id, [(r.kind.value, r.words) for r in s.reuse]) for s in report.right.sentences
        ]

    assert [k[0] for k in copy_side(repeated)] == [k[0] for k in copy_side(plain)]
    assert [k[2] for k in copy_side(repeated)] == [k[2] for k in copy_side(plain)]
    # each copy sentence is linked once, to one of the wire's two copies
    for s in repeated.right.sentences:
        if s.pair is not None:
            assert len(repeated.pairs[s.pair].right) >= 1


def test_a_sentence_with_a_counterpart_needs_more_to_take_a_second() -> None:
    """The seed pair: the aggregator's al-Amiri sentence shares "President Emmanuel Macron ... a
    visit to Iraq" with Rudaw's sentence on Macron's visit, and already has its counterpart."""
    from tests.cases import cases
    from tests.conftest import report_of

    report = report_of(next(c for c in cases() if c.name == "amiri-troops"))
    amiri = sentence_with(report, "left", "who leads both")
    visit = sentence_with(report, "right", "In a visit to Iraq")
    assert amiri.pair is not None and visit.pair is None
    assert report.pairs[amiri.pair].basis is Basis.EXCERPT


def test_fragment_groups_are_labelled_by_their_overlap() -> None:
    wire = (
        "Voters in Montavia rejected the pension reform by 54 percent to 46 percent in Sunday's "
        "referendum, the electoral commission said."
    )
    copy = (
        "Rejected by 54 percent to 46 percent: that was the verdict of voters in Sunday's referendum, "
        "which leaves the government without a plan."
    )
    report = diffnews.compare(wire, copy)
    (pair,) = report.pairs
    assert pair.label is Label.REPHRASED
    assert pair.basis in (Basis.FRAGMENT, Basis.EXCERPT, Basis.MATCH)
    copied = sentence_with(report, "right", "Rejected by 54 percent")
    assert kind_of(report, copied, "by 54 percent to 46 percent") == {"copied"}


PADS = ("Residents were told to stay indoors.", "Schools will remain closed until Wednesday.")
OTHER_PADS = ("The army has sent 300 soldiers to help.", "More rain is forecast for the weekend.")


def test_a_shared_noun_phrase_links_nothing() -> None:
    """In a short story any word found once on each side is rare, so "the death toll" weighs as
    much as a copied clause; it is the story's vocabulary, and three content words are needed."""
    for left, right in (
        (
            "The death toll from the floods rose to 40 on Monday, officials said.",
            "Aid groups warned the death toll could climb as cholera spread through the camps.",
        ),
        (
            "Shares fell sharply as the stock market opened in Tokyo.",
            "Pension funds have moved money out of the stock market this year.",
        ),
    ):
        report = diffnews.compare(f"{left} {' '.join(PADS)}", f"{' '.join(OTHER_PADS)}\n\n{right}")
        assert report.pairs == (), (left, right)


KENYA_WIRE = (
    "Floods kill 40 in Kenya\n\nNAIROBI, May 2 (Reuters) - Floods have killed 40 people in western Kenya "
    "since Sunday, the Kenya Red Cross said on Tuesday.\n\nThe meteorological department has forecast "
    "more rain until the end of the month.\n"
)
KENYA_COPY = (
    "Kenya floods: thousands flee homes\n\nMore than 12,000 people have fled their homes in western "
    "Kenya after days of torrential rain, according to the Kenya Red Cross.\n\nSchools in Kisumu have "
    "been turned into shelters.\n"
)


def test_a_fragment_group_compares_figures_only_in_what_it_shares() -> None:
    """A place and a source in common make a fragment link at most, not the same fact: the 40
    dead and the 12,000 who fled are each side's own words, and no figure conflicts."""
    report = diffnews.compare(KENYA_WIRE, KENYA_COPY)
    assert not any(p.conflicts for p in report.pairs)
    # a figure changed inside the copied passage still conflicts
    wire = WIRE
    copy = SPLICED.replace("Ingrid Solvang, 58,", "Ingrid Solvang, 59,")
    report = diffnews.compare(wire, copy)
    (pair,) = [p for p in report.pairs if p.basis is Basis.FRAGMENT]
    assert [(c.left, c.right) for c in pair.conflicts] == [("58", "59")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 120), st.integers(0, 40)), max_size=6))
def test_inside_finds_the_words_any_span_covers(raw: list[tuple[int, int]]) -> None:
    """``inside`` (bisecting merged spans) agrees with looking at every span, for spans in any
    order, overlapping, touching or empty."""
    text = "The minister, appointed in May, resigned on Tuesday after a vote of no confidence in the house."
    tokens = tokenize(text)
    spans = [(start, start + width) for start, width in raw]
    brute = frozenset(k for k, t in enumerate(tokens) if any(s <= t.start < e for s, e in spans))
    assert inside(tokens, spans) == brute


_VOCABULARY = "troops leave Iraq Baghdad talks end year the of by Amiri said foreign militia".split()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_VOCABULARY), min_size=3, max_size=9), min_size=1, max_size=4),
    st.lists(st.lists(st.sampled_from(_VOCABULARY), min_size=3, max_size=9), min_size=1, max_size=6),
    st.sampled_from([0.5, 1.0, 2.0]),
)
def test_reachable_keeps_every_sentence_a_link_could_need(
    free_words: list[list[str]], other_words: list[list[str]], least: float
) -> None:
    """The prune before link tiling is an upper bound: a sentence it drops has no tiles that
    could add up to a link with any free sentence."""
    from diffnews.aligning import reuse
    from diffnews.aligning.fragments import FEWEST, rarity, significant, tiles

    free = [tokenize(" ".join(words)) for words in free_words]
    others = [tokenize(" ".join(words)) for words in other_words]
    weights = rarity(free, others)
    plain = {t for _, t in significant(tiles(free, others, weights=weights), least, 0)}
    pruned = tiles(free, others, weights=weights, enough=(least, FEWEST))
    linked = plain | {t for _, t in significant(pruned, least)}
    many = reuse._MANY
    try:
        for reuse._MANY in (many, 1):  # 1: every stem of two free sentences counts as slack
            assert linked <= set(reuse._reachable(free, others, weights, [least] * len(others)))
    finally:
        reuse._MANY = many


def test_reachable_drops_sentences_that_share_too_little() -> None:
    from diffnews.aligning.fragments import rarity
    from diffnews.aligning.reuse import _reachable

    free = [tokenize("Floodwaters cut off three villages in the Drava valley overnight, police said.")]
    others = [
        tokenize("Roads were closed across the region overnight."),  # one word of the story
        tokenize("Three villages in the Drava valley were cut off by floodwaters overnight."),
        tokenize("Schools stay shut on Monday."),
    ]
    assert _reachable(free, others, rarity(free, others), [2.0] * 3) == [1]
