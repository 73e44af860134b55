"""Short and full forms (forms.py): ranks, titles and places as papers write them."""

from __future__ import annotations

import pytest

from diffnews.facts.forms import BODIES, FORMS, TITLES, body, expand, same_form, strip_titles


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Sgt Paul Morley", "Sergeant Paul Morley"),
        ("Pte Dean Walsh", "Private Dean Walsh"),
        ("WPC Jane Hart", "Woman Police Constable Jane Hart"),
        ("PC Kaye", "Police Constable Kaye"),
        ("Det Supt Ann Cole", "Detective Superintendent Ann Cole"),
        ("DCI Ray Finch", "Detective Chief Inspector Ray Finch"),
        ("Lt-Col Hugh Barr", "Lieutenant Colonel Hugh Barr"),
        ("L/Cpl Amy Shaw", "Lance Corporal Amy Shaw"),
        ("Cllr Sue Marsh", "Councillor Sue Marsh"),
        ("Lancs", "Lancashire"),
        ("Lincs Police", "Lincolnshire Police"),
        ("N Yorks", "North Yorkshire"),
        ("Co Durham", "County Durham"),
        ("Sacramento, Calif.", "Sacramento, California"),
        ("Albany, N.Y.", "Albany, New York"),
        ("Sen. Maria Ortiz", "Senator Maria Ortiz"),
    ],
)
def test_a_short_form_is_its_full_form(short: str, full: str) -> None:
    assert same_form(short, full)
    assert same_form(full, short)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sgt Morley", "Sgt Morland"),  # another man
        ("Lancs", "Lincs"),  # another county
        ("PC Kaye", "DC Kaye"),  # another rank: a constable is not a detective
        ("he fell ill", "he fell Illinois"),  # "ill" is a word; AP's "Ill." needs its dot
        ("La Paz", "Louisiana Paz"),
        ("Mo Farah", "Missouri Farah"),
    ],
)
def test_different_things_stay_different(a: str, b: str) -> None:
    assert not same_form(a, b)


def test_expand_takes_the_longest_form_first() -> None:
    assert expand(["Det", "Sgt", "Lee"]) == ("detective", "sergeant", "lee")
    assert expand(["Sgt", "Maj", "Lee"]) == ("sergeant", "major", "lee")
    assert expand(["Lt", "Gen", "Lee"]) == ("lieutenant", "general", "lee")


def test_titles_say_nothing_of_who_it_is() -> None:
    """ "Miss Hart" and "WPC Hart" name one officer; "Mr Webb" and "Dr Webb" one man."""
    assert strip_titles(expand(["Miss", "Hart"])) == strip_titles(expand(["WPC", "Hart"])) == ("hart",)
    assert strip_titles(expand("Det Supt Ann Cole".split())) == ("ann", "cole")
    assert strip_titles(expand(["Mr", "Webb"])) == strip_titles(expand(["Dr", "Webb"]))
    assert strip_titles(("police",)) == ("police",)  # a word of a title alone is not a title


def test_the_table_is_consistent() -> None:
    for short, full in FORMS.items():
        assert short == short.lower() and full == full.lower()
        assert short != full
        # a full form is never itself a short form of something else
        assert full not in FORMS, full
    for title in TITLES:
        assert all(w == w.lower() for w in title)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Tories", "Conservatives"),
        ("the Tory Party", "the Conservatives"),
        ("the Conservative Party", "Tories"),
        ("Labour", "the Labour Party"),
        ("the Lib Dems", "the Liberal Democrats"),
        ("Lib Dem", "Liberal Democrat"),
        ("the Met", "the Metropolitan Police"),
        ("Scotland Yard", "the Met"),
        ("the Fed", "the Federal Reserve"),
        ("U.S. Federal Reserve", "the Fed"),
    ],
)
def test_another_name_of_one_body_is_its_name(one: str, other: str) -> None:
    assert body(one.split()) == body(other.split())


def test_bodies_are_not_short_forms() -> None:
    """Inside a quotation "the Tories" and "the Conservatives" are two wordings: only names are
    compared by body."""
    assert not same_form("the Tories", "the Conservatives")
    assert expand(["Tories"]) == ("tories",)
    assert body(["Met", "Office"]) != body(["Met"])  # the weather service
    assert body(["Labour"]) != body(["Conservatives"])
    assert body(["Sgt", "Morley"]) == ("sergeant", "morley")  # short forms are expanded too


def test_the_bodies_table_is_consistent() -> None:
    for other, name in BODIES.items():
        assert other == other.lower() and name == name.lower()
        assert other != name
        assert name not in BODIES, name  # a body's name is never another name of something else
        assert other not in FORMS, other
