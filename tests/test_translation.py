"""A story against its translation (diffnews/aligning/translation.py; issue 18, part 4).

The stories are written for these tests, in English and in German, French or Spanish as a
translator would write them: sentences cut and joined, numbers written the other language's
way, a quotation in its own marks. The people and places are invented."""

from __future__ import annotations

import pytest

from diffnews import compare
from diffnews.checking.policy import check
from diffnews.report import Basis, Label, QuoteStatus

ENGLISH = (
    "The regional parliament in Hollfeld passed the new housing law on Thursday.\n\n"
    '"This is a good day for young families," said housing minister Jonas Reiter. The law will'
    " fund 1,300 new flats by 2028.\n\n"
    "Critics said the plan came far too late. The opposition voted against it."
)
GERMAN = (
    "Das Landesparlament in Hollfeld hat am Donnerstag das neue Wohnungsgesetz beschlossen.\n\n"
    "„Das ist ein guter Tag für junge Familien“, sagte Wohnungsminister Jonas Reiter. Das Gesetz"
    " finanziert bis 2028 1.300 neue Wohnungen.\n\n"
    "Kritiker sagten, der Plan komme viel zu spät, und die Opposition stimmte dagegen."
)


def _pairs(report) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    return {(p.left, p.right) for p in report.pairs}


def test_a_story_aligns_with_its_translation_sentence_by_sentence() -> None:
    report = compare(ENGLISH, GERMAN)
    assert (report.left.language.code, report.right.language.code) == ("en", "de")  # type: ignore[union-attr]
    pairs = _pairs(report)
    assert (("L1",), ("R1",)) in pairs and (("L2",), ("R2",)) in pairs and (("L3",), ("R3",)) in pairs
    # two English sentences the translator joined into one
    assert (("L4", "L5"), ("R4",)) in pairs
    for pair in report.pairs:
        assert pair.basis is Basis.TRANSLATION and pair.label is Label.REPHRASED
        assert pair.changed_left == () and pair.changed_right == ()
    assert report.summary.right.reuse_percent.copied == 0  # nothing copied word for word
    assert report.summary.right.reuse_percent.reworded == 100


def test_a_translation_is_the_mirror_of_its_source() -> None:
    forward, back = compare(ENGLISH, GERMAN), compare(GERMAN, ENGLISH)
    mirrored = {(tuple("L" + i[1:] for i in r), tuple("R" + i[1:] for i in left)) for left, r in _pairs(back)}
    assert mirrored == _pairs(forward)


def test_figures_are_compared_by_value_across_languages() -> None:
    assert [c for p in compare(ENGLISH, GERMAN).pairs for c in p.conflicts] == []
    changed = compare(ENGLISH, GERMAN.replace("1.300", "3.100"))
    assert [(c.left, c.right) for p in changed.pairs for c in p.conflicts] == [("1,300", "3.100")]


def test_a_quotation_in_the_translation_is_translated_not_invented() -> None:
    report = compare(ENGLISH, GERMAN)
    assert [(q.status, q.speaker) for q in report.quotes] == [(QuoteStatus.TRANSLATED, "Jonas Reiter")]


def test_the_check_passes_a_faithful_translation_and_fails_a_changed_figure() -> None:
    assert check(GERMAN, ENGLISH).findings == ()
    failed = check(GERMAN.replace("1.300", "3.100"), ENGLISH)
    assert [f.rule.value for f in failed.findings] == ["conflicting-figure"]


@pytest.mark.parametrize(
    "translation",
    [
        "Le parlement régional de Hollfeld a adopté jeudi la nouvelle loi sur le logement.",
        "El parlamento regional de Hollfeld aprobó el jueves la nueva ley de vivienda.",
    ],
)
def test_other_languages_align_with_english_too(translation: str) -> None:
    source = "The regional parliament in Hollfeld passed the new housing law on Thursday. Rents rose."
    report = compare(source, translation)
    assert _pairs(report) == {(("L1",), ("R1",))}
    assert report.sentence("L2").label is Label.UNIQUE


def test_an_unrelated_story_in_another_language_does_not_align() -> None:
    other = (
        "Der FC Hollfeld hat am Samstag sein Heimspiel gegen Bayreuth mit 2:1 gewonnen. Der Trainer"
        " lobte die Abwehr."
    )
    assert compare(ENGLISH, other).pairs == ()


# ---- what a hostile review found ------------------------------------------------------------

BUDGET_EN = (
    'The council approved the budget of 3.5 million euros on Monday. "This budget is fair," said'
    " mayor Anna Keller. Spending on schools rises by 40 percent."
)
BUDGET_DE = (
    "Der Stadtrat hat am Montag den Haushalt von 3,5 Millionen Euro beschlossen. „Dieser Haushalt ist"
    " fair“, sagte Bürgermeisterin Anna Keller. Die Ausgaben für Schulen steigen um 40 Prozent."
)


def test_a_quotation_that_shares_a_word_with_its_translation_is_translated_not_altered() -> None:
    report = compare(BUDGET_EN, BUDGET_DE)
    assert [q.status for q in report.quotes] == [QuoteStatus.TRANSLATED]
    assert check(BUDGET_DE, BUDGET_EN).findings == ()


def test_a_quotation_one_side_cuts_in_two_is_translated_whole() -> None:
    source = (
        'The mayor spoke after the vote. "I promise you this will not happen again," she said. "We'
        ' have learned our lesson." The council then adjourned.'
    )
    copy = (
        "Die Bürgermeisterin sprach nach der Abstimmung. „Ich verspreche Ihnen, dass das nicht wieder"
        " passieren wird. Wir haben unsere Lektion gelernt“, sagte sie. Danach vertagte sich der Rat."
    )
    assert check(copy, source).findings == ()


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        ("3,5 Millionen", "5,3 Millionen", ("3.5 million euros", "5,3")),
        ("40 Prozent", "60 Prozent", ("40 percent", "60")),
    ],
)
def test_a_changed_sum_or_share_is_caught_though_its_unit_is_not_read(
    old: str, new: str, shown: tuple[str, str]
) -> None:
    failed = check(BUDGET_DE.replace(old, new), BUDGET_EN)
    assert [f.rule.value for f in failed.findings] == ["conflicting-figure"]
    conflicts = [
        (c.left, c.right) for p in compare(BUDGET_EN, BUDGET_DE.replace(old, new)).pairs for c in p.conflicts
    ]
    assert conflicts == [shown]


def test_numbers_written_against_chinese_characters_are_read() -> None:
    from diffnews.facts.numbers import figures_of

    found = [(f.shown, f.value) for f in figures_of("失业率升至2.5%，共有1300名工人受影响。", lang="zh")]
    assert found == [("2.5%", 2.5), ("1300", 1300.0)]
    assert [f.value for f in figures_of("ارتفع إلى ٣٫٥ مليون", lang="ar")] == [3.5]  # Arabic separators


def test_a_short_side_does_not_take_a_language_its_script_rules_out() -> None:
    report = compare("The mayor resigned on Monday.", "Мэр подал в отставку в понедельник.")
    assert report.left.language.code == "en"  # type: ignore[union-attr]
    assert [(p.left, p.right, p.basis) for p in report.pairs] == [(("L1",), ("R1",), Basis.TRANSLATION)]


def test_a_text_of_names_is_not_taken_for_the_names_language() -> None:
    report = compare(
        "Turkish President Recep Tayyip Erdoğan met Kemal Kılıçdaroğlu in Ankara.",
        "Erdoğan and Kılıçdaroğlu met in Ankara on Tuesday, the presidency said.",
    )
    assert (report.left.language.code, report.right.language.code) == ("en", "en")  # type: ignore[union-attr]
