"""Figures paired by what they count, typed digits, and names in short and full forms
(diffnews/figures.py; issue 17, patterns 1, 4 and 6).

Each test gives a faithful pair that must show no conflict and, beside it, a real alteration
that must still be one: a changed age, count, sentence or year, a changed name or rank. The
texts are written for these tests; the people and places are invented."""

from __future__ import annotations

import pytest

import diffnews
from diffnews.figures import _figures, _untypo, conflicts
from diffnews.text import tokenize


def _found(left: str, right: str) -> list[tuple[str, str, str]]:
    """The conflicts of two passages compared whole, as (kind, left, right)."""
    found, _ = conflicts(left, [(0, len(left))], tokenize(left), right, [(0, len(right))], tokenize(right))
    return [(c.kind, c.left, c.right) for c in found]


def _roles(text: str) -> list[tuple[str, str]]:
    return [(f.role, f.shown) for f in _figures(text)]


# ---- roles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dean Orr, 55, of Whitby, denied the charge.", [("age", "55")]),
        ("A 19-year-old man was arrested.", [("age", "19-year-old")]),
        ("He was jailed alongside a man of 62 from Hull.", [("age", "62")]),
        ("Nina Vale and Joe Kerr, both 17, were hurt.", [("age", "17")]),
        ("The singer, in her early 30s, wept.", [("age", "30s")]),
        ("The shop opened in the 1970s.", [("decade", "1970s")]),
        ("He served as an MP from 1997 to 2010.", [("span", "from 1997 to 2010")]),
        ("The 2019-20 season was cut short.", [("span", "2019-20")]),
        ("Officers had 36 hours to question him.", [("duration", "36 hours")]),
        ("She was jailed for nine years.", [("duration", "nine years")]),
        ("It runs a 24-hour helpline.", [("duration", "24-hour")]),
        ("Turnout in the 2019 election fell.", [("year", "2019")]),
        ("He admitted 14 burglaries.", [("count", "14")]),
        ("He serves with the 1st Battalion, The Rifles.", [("ordinal", "1st")]),
        ("The doors open at 7.30pm.", [("time", "7.30pm")]),
        ("A crash closed the M62 for hours.", [("code", "M62")]),
        ("Covid-19 cases rose.", [("code", "Covid-19")]),
        ("Rents rose 12pc in a year.", [("percent", "12pc")]),
        ("The club was fined £1.5m.", [("money", "£1.5m")]),
    ],
)
def test_each_number_gets_its_role_from_its_unit_and_its_neighbours(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _roles(text) == expected


# ---- pattern 4: figures paired by what they count ---------------------------------------------


def test_an_age_the_copy_adds_is_not_a_decade_or_a_battalion_but_a_changed_age_conflicts() -> None:
    wire = "The Anchor was opened by Ray and Jo Pike in the 1960s, and their son Alan has run it since 2001."
    copy = "The Anchor was opened by Ray and Jo Pike, and their son Alan, 58, has run it since 2001."
    assert _found(wire, copy) == []
    wire = "Guardsman Lee Ward, of the 1st Battalion Coldstream Guards, was treated at the scene."
    copy = "Guardsman Lee Ward, 21, was treated at the scene."
    assert _found(wire, copy) == []
    # the same person's age given differently is still a conflict
    wire = "Karen Doyle, 43, of Harehills, admitted fraud at Leeds Crown Court."
    copy = "Karen Doyle, 34, of Harehills, admitted fraud at Leeds Crown Court."
    assert _found(wire, copy) == [("number", "43", "34")]
    assert _found("A 62-year-old man was jailed.", "A man of 26 was jailed.") == [
        ("number", "62-year-old", "26")
    ]


def test_a_service_that_runs_round_the_clock_is_not_how_long_the_work_took() -> None:
    wire = "Firefighters spent 12 hours at the scene of the blaze in Bootle."
    copy = "Firefighters, whose 24-hour control room took the call, were at the scene of the blaze in Bootle."
    assert _found(wire, copy) == []
    # the same helpline, its hours changed, and the same job, its weeks changed
    assert _found("It set up a 24-hour helpline.", "It set up a 48-hour helpline.") == [
        ("number", "24-hour", "48-hour")
    ]
    wire = "The repairs will cost £90,000 and take 14 weeks, the council said."
    copy = "The council said the 12-week repair job would cost £90,000."
    assert _found(wire, copy) == [("number", "14 weeks", "12-week")]


def test_a_span_of_years_and_its_length_are_one_figure() -> None:
    wire = "Mr Hale was the MP for Ashby from 1997 to 2010, when he stood down."
    copy = "Mr Hale, the MP for Ashby for 13 years, stood down in 2010."
    assert _found(wire, copy) == []
    # a year is not a span either: nothing in the wire counts the years
    assert _found("She chaired the board from 2009 to 2021.", "She chaired the board for 12 years.") == []
    assert _found("She chaired the board from 2009 to 2021.", "She chaired the board for 21 years.") == [
        ("number", "from 2009 to 2021", "21 years")
    ]


def test_counts_of_different_things_are_not_paired_but_a_changed_count_conflicts() -> None:
    wire = "Reid, who has 31 previous convictions, admitted the raid at Hull Crown Court."
    copy = "Reid admitted 14 burglaries at Hull Crown Court."
    assert _found(wire, copy) == []
    assert _found("The storm closed 21 schools in Ryedale.", "The storm closed 12 schools in Ryedale.") == [
        ("number", "21", "12")
    ]
    # thousands are a count, not a year
    wire = "There are 3,500 foreign soldiers in Iraq, 2,500 of them Americans."
    assert _found(wire, wire.replace("2,500", "2,000")) == [("number", "2,500", "2,000")]
    # a bare count is still the count it stands for
    assert _found("Gunmen killed 21 people in Kano.", "Gunmen killed 12 in Kano.") == [("number", "21", "12")]


def test_numbers_written_as_words_are_figures() -> None:
    wire = "Ringleader Scott Wylie, 35, was jailed for nine years."
    assert _found(wire, "Ringleader Scott Wylie, 35, was jailed for 9 years.") == []
    assert _found(wire, "Ringleader Scott Wylie, 35, was jailed for 11 years.") == [
        ("number", "nine years", "11 years")
    ]
    assert _found("A dozen officers were hurt.", "Twelve officers were hurt.") == []
    assert _found("Shares fell by two to one.", "Shares fell by 2 to 1.") == []
    # "one" as a pronoun is not a number
    assert _roles("One of the men ran off.") == []


def test_the_copy_keeps_a_figure_the_linked_words_stop_at() -> None:
    """A group that fragments made compares what its sentences share; the words stop matching
    where the two give a figure differently, so the number there is compared."""
    wire = (
        "Three men who blew up cash machines across Cumbria were jailed at Carlisle Crown Court.\n\n"
        "Ringleader Scott Wylie, 35, of Workington, was jailed for nine years.\n\n"
        "His brother, Darren Wylie, 31, was jailed for eight years.\n"
    )
    copy = wire.replace("jailed for nine years", "jailed for 11 years")
    copy = copy.replace(
        "His brother, Darren Wylie, 31, was jailed for eight years.", "Darren Wylie, 31, got eight."
    )
    found = [c for pair in diffnews.compare(wire, copy).pairs for c in pair.conflicts]
    assert [(c.left, c.right) for c in found] == [("nine years", "11 years")]


def test_a_decade_is_shown_as_a_decade() -> None:
    assert _found("The pub opened in the 1970s.", "The pub opened in the 1980s.") == [
        ("number", "1970s", "1980s")
    ]


def test_times_ages_by_decade_and_ordinals_compare_as_what_they_are() -> None:
    assert (
        _found("The match kicks off at 3pm on Saturday.", "The match kicks off at 15:00 on Saturday.") == []
    )
    assert _found("The match kicks off at 3pm on Saturday.", "The match kicks off at 5pm on Saturday.") == [
        ("number", "3pm", "5pm")
    ]
    # to the hour, as "$114 million" is "$114.3 million" rounded
    assert _found("The fire started at 2.15am.", "The fire started at about 2am.") == []
    assert _found("The fire started at 2.15am.", "The fire started at 2.45am.") == [
        ("number", "2.15am", "2.45am")
    ]
    assert _found("The actor, 55, was praised.", "The actor, in his 50s, was praised.") == []
    assert _found("He served in the 3rd Division.", "He served in the 4th Division.") == [
        ("number", "3rd", "4th")
    ]
    # a code is compared with a code of its letters only
    assert _found("Traffic on the M62 fell by 12 cars.", "Traffic on the M62 fell by 21 cars.") == [
        ("number", "12", "21")
    ]
    assert _found("The M25 was shut.", "The M26 was shut.") == [("number", "M25", "M26")]
    assert _found("Covid-19 closed 12 schools.", "COVID19 closed 12 schools.") == []
    # a century is not a battalion
    assert _found("the 21st century army of the 1st Battalion", "the 21st century army") == []


# ---- pattern 6: typos read as numbers ----------------------------------------------------------


def test_digits_typed_as_letters_are_read_as_the_number() -> None:
    wire = (
        "Naylor, 36, was jailed for 3O months and ordered to pay £1O,000. Both l7-year-olds were cautioned."
    )
    copy = (
        "Naylor, 36, was jailed for 30 months and ordered to pay £10,000. Both 17-year-olds were cautioned."
    )
    assert _found(wire, copy) == []
    assert _found(copy, wire) == []
    # a typo does not hide a changed figure: the copy shows the number as it is typed
    assert _found("He was jailed for 36 months.", "He was jailed for 3O months.") == [
        ("number", "36 months", "3O months")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "G7",
        "A1",
        "M25",
        "COVID19",
        "4x4",
        "1st",
        "O2",
        "I95",
        "a 10l tank",
        "l8r",
        "Lol",
        "Oct 10",
        "IOC",
        "l'Oréal",
    ],
)
def test_words_and_codes_with_digits_stay_as_written(text: str) -> None:
    assert _untypo(text) == text


# ---- pattern 1: names in short and full forms --------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "faithful", "altered", "changed"),
    [
        (
            "The panel found Sergeant Paul Morley followed the rules.",
            "The panel found Sgt Paul Morley followed the rules.",
            "The panel found Sgt Paul Morland followed the rules.",
            ("Morley", "Morland"),
        ),
        (
            "The inquest heard Private Garside was belted in.",
            "The inquest heard Pte Garside was belted in.",
            "The inquest heard Pte Garfield was belted in.",
            ("Private Garside", "Pte Garfield"),
        ),
        (
            "Services in neighbouring Lincolnshire were cut.",
            "Services in neighbouring Lincs were cut.",
            "Services in neighbouring Notts were cut.",
            ("Lincolnshire", "Notts"),
        ),
        (
            "The court heard WPC Hart tackled him.",
            "The court heard Miss Hart tackled him.",
            "The court heard DC Hart tackled him.",
            ("WPC", "DC"),  # a rank changed is a change in court copy
        ),
        (
            "The court heard Detective Constable Kaye made the arrest.",
            "The court heard Det Con Kaye made the arrest.",
            "The court heard PC Kaye made the arrest.",
            ("Detective Constable", "PC"),
        ),
        (
            "The court heard Sergeant Morley arrived first.",
            "The court heard Sgt Daniel Morley arrived first.",
            "The court heard Cpl Daniel Morley arrived first.",
            ("Sergeant", "Cpl Daniel"),
        ),
        (
            "The jury heard Staff Sergeant Ray Dunn was shot.",
            "The jury heard Staff Sgt. Ray Dunn was shot.",
            "The jury heard Staff Sgt. Roy Dunn was shot.",
            ("Sergeant Ray", "Sgt. Roy"),
        ),
        (
            "The jury heard Lieutenant Colonel Ordway praise him.",
            "The jury heard Lt. Col. Ordway praise him.",
            "The jury heard Lt. Col. Ormond praise him.",
            ("Lieutenant Colonel Ordway", "Lt. Col. Ormond"),
        ),
        (
            "The court heard Mr Hart was at home.",
            "The court heard Dr Hart was at home.",
            "The court heard Mrs Hart was at home.",
            ("Mr", "Mrs"),  # an honorific says whether a man or a woman, at most
        ),
        (
            "Shares of U.S. carmakers fell, while Japan's rose.",
            "Shares of American carmakers fell, while Japan's rose.",
            "Shares of German carmakers fell, while Japan's rose.",
            ("U.S.", "German"),
        ),
    ],
)
def test_a_short_form_or_a_title_is_the_same_name_and_another_name_is_not(
    wire: str, faithful: str, altered: str, changed: tuple[str, str]
) -> None:
    assert _found(wire, faithful) == []
    assert _found(wire, altered) == [("name", *changed)]
    # "WPC" and "PC" are one rank: forces have dropped the W
    assert _found("The court heard WPC Leigh gave chase.", "The court heard PC Leigh gave chase.") == []


def _check_findings(wire: str, copy: str) -> list[str]:
    from diffnews.policy import check

    return [f.message for f in check(copy, wire).findings]


def test_a_rank_changed_where_an_attribution_opens_a_sentence_conflicts() -> None:
    """A capital at a sentence start says nothing of names, but a title there does: "DC Mark
    Jones said" for "PC Mark Jones said" promotes the officer; "Mrs Hughes" for "Mr Hughes"
    is another person."""
    wire = (
        "A man has been charged after a car was driven at officers in Selby on Sunday night.\n\n"
        'PC Mark Jones, of North Yorkshire Police, said: "We are grateful nobody was hurt."\n'
    )
    assert _check_findings(wire, wire.replace("PC Mark Jones", "DC Mark Jones"))
    assert not _check_findings(wire, wire.replace("PC Mark Jones", "Police Constable Mark Jones"))
    court = (
        "A pensioner who punched a neighbour during a row over a hedge has been fined.\n\n"
        '"I just lashed out, I am ashamed of it," Mr Hughes told magistrates in Bury.\n'
    )
    assert _check_findings(court, court.replace("Mr Hughes told", "Mrs Hughes told"))


def test_a_sum_in_another_currency_is_another_figure() -> None:
    wire = "The club sold its training ground to a developer for £2.5m, the accounts show.\n"
    assert _check_findings(wire, wire.replace("£2.5m", "$2.5m"))
    assert _check_findings(wire, wire.replace("for £2.5m", "for 2.5 million euros"))
    assert not _check_findings(wire, wire.replace("£2.5m", "£2.5 million"))
