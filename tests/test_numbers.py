"""Reading numbers (diffnews/facts/numbers.py): each number's role from its unit and its neighbours,
numbers written as words, and digits typed as letters (issue 17, patterns 4 and 6). Pairing the
figures of two passages is tests/test_figures.py's. The texts are written for these tests; the
people and places are invented."""

from __future__ import annotations

import pytest

import diffnews
from diffnews.facts.numbers import figures_of, untypo


def _roles(text: str) -> list[tuple[str, str]]:
    return [(f.role, f.shown) for f in figures_of(text)]


# ---- roles ---------------------------------------------------------------------------------------


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


def test_one_is_a_number_only_with_a_time_unit_or_in_a_ratio() -> None:
    assert _roles("One of the men ran off.") == []  # a pronoun
    assert _roles("He was jailed for one year.") == [("duration", "one year")]


# ---- owners ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dean Barker, 45, punched Liam Cole (54) in Selby.",
            [("45", "Dean Barker's age"), ("54", "Liam Cole's age")],
        ),
        ("Mr Barker, 45, denied it.", [("45", "Barker's age")]),  # an honorific is not the name
        ("The woman, 30, is in hospital.", [("30", "the woman's age")]),
        (
            "Three men, aged 24 and 30, were treated.",
            [("Three", ""), ("24", "the men's ages"), ("30", "the men's ages")],
        ),
        (
            "At Leeds Teaching Hospitals, 62% of patients were seen in time.",
            [("62%", "Leeds Teaching Hospitals' share")],
        ),
        (
            "In October, 71% of patients at Leeds General were seen, against 62% at Bradford Royal.",
            [("71%", "Leeds General's share"), ("62%", "Bradford Royal's share")],
        ),
        ("In October, 71% of patients were seen.", [("71%", "")]),  # a month owns no share
        ("Barker, aged 45, denied it.", [("45", "Barker's age")]),
        ("Barker, a 45-year-old roofer, denied it.", [("45-year-old", "Barker's age")]),
        ("The court heard 45-year-old Barker was drunk.", [("45-year-old", "Barker's age")]),
        ("A 45-year-old Selby man was arrested.", [("45-year-old", "")]),  # a place, not its age
        ("Mr and Mrs Barker, 45 and 43, were hurt.", [("45", ""), ("43", "")]),  # whose is whose?
        (
            "He was jailed for 18 months and banned from driving for three years.",
            [("18 months", "the jail term"), ("three years", "the ban")],
        ),
        (
            "He was given a 12-month sentence, suspended for two years.",
            [("12-month", "the jail term"), ("two years", "the suspension")],
        ),
        ("He must do 200 hours of unpaid work.", [("200 hours", "")]),
        ("Officers had 36 hours to question him after he was arrested.", [("36 hours", "")]),
        (
            "YouGov put Labour on 41%, the Tories on 23% and Reform UK 12%.",
            [("41%", "Labour's share"), ("23%", "Tories' share"), ("12%", "Reform UK's share")],
        ),
        ("Support rose to 41% for the Labour Party.", [("41%", "Labour Party's share")]),
        (
            "Full-time: Wigan Warriors 24, St Helens 18.",
            [("24", "Wigan Warriors' score"), ("18", "St Helens' score")],
        ),
        ("Hull City 2-1 Leeds United", [("2", "Hull City's score"), ("1", "Leeds United's score")]),
        ("Leeds won 3-1 at Hull.", [("3", ""), ("1", "")]),
    ],
)
def test_a_figure_has_the_owner_it_is_attached_to(text: str, expected: list[tuple[str, str]]) -> None:
    """An age after a name, a share after a party, a term after "jailed for" or "banned for", a
    score after a team; figures nothing attaches to have none."""
    assert [(f.shown, f.whose) for f in figures_of(text)] == expected


def test_a_number_after_nothing_but_spaces_has_no_owner() -> None:
    assert [(f.shown, f.owner) for f in figures_of(" 12 people were hurt.")] == [("12", "")]
    assert [(f.shown, f.owner) for f in figures_of("\t3 - 1")] == [("3", ""), ("1", "")]


def test_an_owner_is_the_same_in_its_short_and_full_forms() -> None:
    owners = {
        f.owner for text in ("the Tories on 23%", "the Conservative Party on 23%") for f in figures_of(text)
    }
    assert len(owners) == 1
    owners = {f.owner for text in ("Labour on 41%", "the Labour Party on 41%") for f in figures_of(text)}
    assert len(owners) == 1
    jail = {
        f.owner for text in ("jailed for 18 months", "an 18-month prison sentence") for f in figures_of(text)
    }
    assert len(jail) == 1


# ---- typos ---------------------------------------------------------------------------------------


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
    assert untypo(text) == text


# ---- dates in other languages ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "shown", "parts"),
    [
        ("de", "Am 24. März 2026 stieg der Pegel.", "24. März 2026", ("2026", "mar", "24")),
        ("de", "Seit dem 3. Mai gilt die Sperre.", "3. Mai", ("", "may", "3")),
        ("de", "Im Dezember 2025 begann der Bau.", "Dezember 2025", ("2025", "dec", "")),
        ("fr", "Le 24 mars 2026, la crue.", "24 mars 2026", ("2026", "mar", "24")),
        ("es", "El 24 de marzo de 2026 llegó la riada.", "24 de marzo de 2026", ("2026", "mar", "24")),
        ("it", "Il 7 settembre 2025 il ponte crollò.", "7 settembre 2025", ("2025", "sep", "7")),
        ("pt", "Em 12 de outubro de 2024 houve eleições.", "12 de outubro de 2024", ("2024", "oct", "12")),
        ("nl", "Op 24 maart 2026 brak de dijk.", "24 maart 2026", ("2026", "mar", "24")),
        ("pl", "24 marca 2026 r. przerwano wał.", "24 marca 2026", ("2026", "mar", "24")),
        ("ru", "24 марта 2026 года прорвало дамбу.", "24 марта 2026", ("2026", "mar", "24")),
        ("tr", "24 Mart 2026 tarihinde baraj yıkıldı.", "24 Mart 2026", ("2026", "mar", "24")),
        ("ar", "في 24 مارس 2026 انهار السد.", "24 مارس 2026", ("2026", "mar", "24")),
        ("zh", "2026年3月24日，大坝决口。", "2026年3月24日", ("2026", "mar", "24")),
        ("ja", "２０２６年３月２４日、堤防が決壊した。", "２０２６年３月２４日", ("2026", "mar", "24")),
        # Turkish in capitals, and typed without its letters
        ("tr", "MECLİS 1 NİSAN 2026 TARİHİNDE TOPLANIYOR", "1 NİSAN 2026", ("2026", "apr", "1")),
        ("tr", "Seçim 1 MAYIS 2026 günü yapılacak.", "1 MAYIS 2026", ("2026", "may", "1")),
        ("tr", "Toplantı 3 kasim 2026 tarihinde.", "3 kasim 2026", ("2026", "nov", "3")),
        # the first of the month as an ordinal
        ("fr", "Le 1er mars 2026, la crue.", "1er mars 2026", ("2026", "mar", "1")),
        ("it", "Il 1° marzo 2026 il ponte crollò.", "1° marzo 2026", ("2026", "mar", "1")),
        ("es", "El 1.º de mayo hubo huelga.", "1.º de mayo", ("", "may", "1")),
        # a month and year in the locative
        ("ru", "В марте 2026 года прорвало дамбу.", "марте 2026", ("2026", "mar", "")),
        ("pl", "W marcu 2026 r. przerwano wał.", "marcu 2026", ("2026", "mar", "")),
    ],
)
def test_a_date_in_its_own_language_is_read_by_its_parts(
    lang: str, text: str, shown: str, parts: tuple[str, str, str]
) -> None:
    dates = [f for f in figures_of(text, lang=lang) if f.kind == "date"]
    assert [(f.shown, f.parts) for f in dates] == [(shown, parts)]


def test_a_month_word_without_a_day_or_year_is_no_date() -> None:
    # Spanish "mar" is the sea as well as March's short form; Italian "mar" too
    assert not [f for f in figures_of("Salieron al mar 20 barcos.", lang="es") if f.kind == "date"]
    assert not [f for f in figures_of("Die Ausstellung läuft bis Mai.", lang="de") if f.kind == "date"]


PASSAU = """Hochwasser in Passau

Die Donau erreichte am 24. März 2026 einen Pegel von 11,2 Metern, teilte die Stadt mit.

Mehr als 1.300 Menschen mussten ihre Wohnungen verlassen.
"""
PASSAU_EN = """Floods in Passau

The Danube reached 11.2 metres on March 24, 2026, the city said.

More than 1,300 people had to leave their homes.
"""


def test_a_german_copy_that_changes_a_date_fails_the_check() -> None:
    checked = diffnews.check(PASSAU.replace("24. März", "25. März"), PASSAU)
    assert not checked.passed
    assert [f.message.split(" here")[0] for f in checked.findings] == ["date '25. März 2026'"]


def test_dates_compare_across_a_translation_by_their_parts() -> None:
    same = diffnews.compare(PASSAU_EN, PASSAU)
    assert all(p.basis.value == "translation" and not p.conflicts for p in same.pairs)
    changed = diffnews.compare(PASSAU_EN, PASSAU.replace("24. März", "25. März"))
    assert [(c.kind, c.left, c.right) for p in changed.pairs for c in p.conflicts] == [
        ("date", "March 24, 2026", "25. März 2026")
    ]
