"""A story against its translation (diffnews/translation.py; issue 18, part 4).

The stories are written for these tests, in English and in German, French or Spanish as a
translator would write them: sentences cut and joined, numbers written the other language's
way, a quotation in its own marks. The people and places are invented."""

from __future__ import annotations

import pytest

from diffnews import compare
from diffnews.policy import check
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
