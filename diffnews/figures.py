"""Figures that disagree inside an aligned group: numbers, dates and names.

Two aligned passages report the same thing, so a figure that one gives and the other gives
differently is a contradiction worth a reader's eye: "killed 12" against "killed 21", "$2.5
billion" against "$1.8 billion", "Macron" against "Biden". Three kinds are compared:

date
    A month with a day or a year, or both: "December 31, 2021", "31 December", "June 2020"; a
    range such as "June 11-July 26" is read as its two dates. Two dates conflict when each side
    has one the other lacks.
number
    Any other number, read with what it counts (its *role*, below) and shown as the text writes
    it, with its currency sign and its scale or unit ("$1.8 billion", "40 percent", "nine
    years", "1970s"). Numbers are compared as values ("3,500" = "3500", "nine years" = "9
    years"), and they conflict when each side has one the other lacks and the two count the
    same thing. A number given by one side only is not a conflict: it is a detail the other
    left out, which the word diff already shows.
name
    Capitalised words that the word diff pairs up in the same place ("President Macron said"
    against "President Biden said"). A name added or dropped is not a conflict, and neither is
    a short form of the same words ("Sgt"/"Sergeant", "Lincs"/"Lincolnshire": ``forms.py``).

A date against a vaguer time ("by the end of the year", "later this month") is not a
contradiction but a loss of precision: it is reported as ``less_specific``, not as a conflict.

Roles: what a number counts
---------------------------
Copy desks move figures between sentences, drop some and add others from their own files, so
the passages of an aligned group often each hold a number the other lacks that has nothing to
do with it: an age the paper adds ("Peter, 55, has run it since 1998") against a decade the wire
gives ("opened in the 1970s"). Such numbers are not paired by their order in the passage but by
what they count. Each number gets one role, read from its unit and the words next to it:

=========  ===========================================================================
age        "aged 55", "55-year-old", "55 years old", "Smith, 55," or "Smith (55)" (a number
           between commas after a capitalised word), "both 17", "a widow of 79"; "in his
           50s" is an age from 50 to 59
year       a year of four digits, 1800 to 2099, without a comma and not followed by a plural
           it counts ("the 2019 election", not "2000 people" or "2,000")
decade     "the 1970s", "1970s", "the '70s", "the 70s"
span       years from one to another: "2004-2010", "2004-10", "from 2004 to 2019",
           "between 2004 and 2010"
duration   a number of seconds to centuries: "for 48 hours", "nine years", "40 years ago",
           and the compound "a 24-hour helpline", "a 12-week job"
time       a time of day: "10.30am", "3 pm", "14:30"; "2am" is "2.15am" to the hour
money      a sum with its currency sign or word: "£10,000", "$1.8 billion", "75 euros"
percent    "40%", "40 percent", "40 per cent", "40pc"
measure    a length, weight or area with its unit: "90 miles", "150 kilometres", "12 tonnes"
ordinal    "1st Battalion", "3rd Division", "No 2", "number 10"
code       capitals and digits in one word, or a name, a hyphen and digits: "M25", "G7",
           "B1225", "COVID19", "A-10", "Covid-19"
count      any other number ("12 people", "killed 12"), with the words after it that say
           what it counts ("people", "previous convictions")
=========  ===========================================================================

Written numbers from "two" to "ninety-nine", "a dozen" and "half a dozen" are numbers too
("jailed for nine years" against "jailed for 11 years" is a changed sentence); "one" only
with a time unit ("one year", "one-year-old") or in a ratio ("two to one", "one in five"), as
elsewhere it is mostly a pronoun.

*Agreeing.* Two numbers are the same figure when they have the same role and value (rounding
aside, below), or when one is a bare number whose role nothing marks ("for eight", after "eight
years" in the wire; "pensioner, 88," against "88-year-old") and the values agree. A duration in
years agrees with a span of years that long, give or take a year ("for 15 years" and "from 2004
to 2019": the months are not given). Durations compare across units of one kind ("48 hours" =
"two days"; "18 months" = "a year and a half" is not read).

*Pairing.* What is left on each side is paired only with a number of the same role (a bare
count only with counts; a duration in years also with a span), of the same kind of unit
(hours with days, not with months), and:

- a count or an ordinal only with one that counts the same thing, when both say what they
  count: "61 offences" is never paired with "23 previous convictions"; "12" with "21 people"
  is;
- a compound duration, which says what a thing is ("a 24-hour service"), only with a free one,
  which says how long something took ("worked for 48 hours"), when the thing it describes is
  among the other's neighbouring words ("a 12-week repair job" against "repairs will take 14
  weeks" is a conflict; "a 24-hour service" against "worked for 48 hours to repair the pipe"
  is not);
- a code only with a code of the same letters ("M25" with "M62").

Among the numbers that may pair, those that share more neighbouring words (within six words,
in their sentence) and more of what they count pair first; at equal scores, in reading order.

*Passages cut short.* A group that fragments made compares what its sentences share, not the
clauses one adds (``compare._compared``). The words stop matching where the two sides give a
figure differently, though: the copy's "was jailed for 11 years" against the source's "was
jailed for nine years" is linked up to "jailed for". So a number right before a passage, or
within two words after it in the same clause ("has run| it since 2014"), is compared with it
(``_widened``).

*Typos.* A number typed with a letter O for a zero or a letter l for a one ("3O months",
"£1O,000", "both l7") is read as the number it was meant to be, so that the copy's correct
"30" agrees with the wire's "3O", and shown as typed. Only an O or o after a digit, an l
before or between digits and an I between digits are read so: "O2", "I95", "10l" (litres),
"G7", "A1", "M25", "COVID19", "4x4" and "1st" stay what they are.

Rounding: "$114 million" equals "$114.3 million" (the more precise rounds, half up, to the
other; "$1.5 million" against "$1 million" is a conflict), and "38" equals "38 million" (one
side drops the scale).

Names
-----
A name the word diff pairs with another is compared once short forms are expanded (``forms.py``:
"Sgt Morley" = "Sergeant Morley", "Lincs" = "Lincolnshire"; and, here, "U.S." = "American" =
"United States"), and its titles apart from the rest. Titles say nothing of who a person is:
"Miss Leigh" and "WPC Leigh" are one woman, and a first name added after a rank ("Sgt Daniel
Morley" for "Sergeant Morley") changes no one. Two ranks or offices that differ are a change in
court and police copy ("PC Kaye" against "DC Kaye", "Sgt Hale" against "Insp Hale"), and stay a conflict
when both sides give one; an honorific (Mr, Mrs, Miss, Ms, Dr, Sir...) against a rank is not,
nor is a woman's honorific against another ("Miss" and "Mrs"), but a man's against a woman's
("Mr Hart" against "Mrs Hart") is. "WPC" and "PC" are the same rank (forces have dropped the
"W").

>>> from diffnews.text import tokenize
>>> a = "Militants killed 12 people in Kirkuk on June 3, police said."
>>> b = "Militants killed 21 people in Kirkuk on June 3, police said."
>>> whole = lambda text: [(0, len(text))]
>>> [(c.kind, c.left, c.right) for c in conflicts(a, whole(a), tokenize(a), b, whole(b), tokenize(b))[0]]
[('number', '12', '21')]
>>> a = "Lance Corporal Tom Byrne, of the 1st Battalion, was driving the lorry."
>>> b = "L/Cpl Tom Byrne, 24, was driving the lorry."
>>> conflicts(a, whole(a), tokenize(a), b, whole(b), tokenize(b))
([], [])

Cost: a passage is read with a few regular expressions, and each number's neighbouring words
are tokenized from a window of about a hundred characters; pairing is over the numbers left
unmatched, a handful, so it is quadratic in a handful.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property, lru_cache

from diffnews.forms import TITLES, expand
from diffnews.report import Conflict
from diffnews.text import Token, tokenize

__all__ = ["Conflict", "conflicts"]

_MONTHS = (  # capitalised, as news writes them: "may" is a verb
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})\.?(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{_MONTHS})\.?\s+(?P<y3>\d{{4}}))\b",
)
_VAGUE = re.compile(
    r"\b(?:(?:by |before |until )?the end of (?:the |this |next )?(?:year|month|week)|"
    r"(?:by )?(?:the )?(?:year|month|week)[’']s end|(?:later|earlier) this (?:year|month|week)|"
    r"(?:next|this|last) (?:year|month|week)|in the coming (?:days|weeks|months|years)|soon)\b",
    re.IGNORECASE,
)

# ---- numbers as words ------------------------------------------------------------------------

_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUES = {
    **{w: k + 1 for k, w in enumerate(_ONES)},
    **{w: k + 10 for k, w in enumerate(_TEENS)},
    **{w: 10 * (k + 2) for k, w in enumerate(_TENS)},
    "a dozen": 12,
    "half a dozen": 6,
}
# tens before ones and teens before ones, so that "seventy" and "seventeen" are not read "seven"
_WRITTEN = (
    rf"(?:half a dozen|a dozen|(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_ONES)})\b)?"
    rf"|{'|'.join(_TEENS)}|{'|'.join(_ONES)})"
)


_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(
    rf"\b(?=[otfsenhd])(?:{'|'.join(_ONES + _TEENS + _TENS)}|dozen"
    r"|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
"""A number word, lowercase. A passage with neither a digit nor a number word has no figure, and
one without a number word is read with ``_NUMBER_IN_DIGITS``."""


def _word_value(words: str) -> int:
    words = words.lower()
    if words in _WORD_VALUES:
        return _WORD_VALUES[words]
    tens, ones = re.split(r"[- ]", words)
    return _WORD_VALUES[tens] + _WORD_VALUES[ones]


# ---- typos -------------------------------------------------------------------------------------

_TYPO = re.compile(
    r"(?<![^\W_])(?=[OolI]*\d)[\dl][\dOolI]*(?:[.,][\dOolI]+)*"
    r"(?=(?:st|nd|rd|th|s|m|bn|k|am|pm)?(?![^\W_]))"
)
_TYPO_READING = str.maketrans("OolI", "0011")


def _untypo(text: str) -> str:
    """``text`` with numbers typed with letters read as digits ("3O" -> "30", "l8" -> "18",
    "£1O,000" -> "£10,000"), character for character, so offsets stay. A letter O or o counts
    only after a digit, an l only before or between digits, an I only between digits: "O2",
    "I95", "10l" (litres) stay."""
    if not any(c in text for c in "OolI"):
        return text

    def read(match: re.Match[str]) -> str:
        token = match.group()
        if token.isdigit() or not any(c.isdigit() for c in token) or token[-1] in "lI":
            return token
        if token[0] in "OoI":
            return token
        return token.translate(_TYPO_READING)

    return _TYPO.sub(read, text)


# ---- the figures of a passage ----------------------------------------------------------------

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_SPAN = re.compile(
    rf"(?i:\b(?:from|between)\s+)(?P<a>{_YEAR})\s+(?i:to|and|until|till|through)\s+(?P<b>{_YEAR})\b"
    rf"|(?<![\w.,£$€¥-])(?P<c>{_YEAR})\s?[-–—/]\s?(?P<d>{_YEAR}|\d\d)(?![\w]|[-/–]\d)"
)
_DECADE = re.compile(
    r"(?<![\w.,£$€¥])(?P<y>1[5-9]\d0|20\d0)['’]?s(?![\w])"
    r"|(?<![\w])['’](?P<yy>\d0)s\b"
    r"|\b(?P<pre>(?i:the|early|late|mid)-?\s*)(?P<ty>\d0)s\b"
)
_AGE_DECADE = re.compile(
    r"(?i:\b(?:his|her|their|my|your|our)\s+(?:early\s+|late\s+|mid-?\s*)?)"
    r"(?:(?P<n>[1-9]0)s\b|(?P<w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b)"
)
_AGE_DECADE_WORDS = {
    w: 10 * (k + 2)
    for k, w in enumerate("twenties thirties forties fifties sixties seventies eighties nineties".split())
}
_TIME = re.compile(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?\s?(?P<ampm>[ap])\.?m\b\.?"
    r"|(?<![\w.,:])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])"
)
_CODE = re.compile(r"(?<![^\W_])(?P<letters>[A-Z]{1,6}-?|[A-Z][a-z]{1,5}-)\d+[A-Z\d]*(?![^\W_])")
"""A code of capitals and digits, "M25", "G7", "A-10", or a name and digits, "Covid-19"."""
_TIME_UNITS = "second|minute|hour|day|week|fortnight|month|year|decade|century|centurie|hr|min"
_AFTER_NUMBER = (
    r"(?P<ord>(?<=\d)(?:st|nd|rd|th))?"
    r"(?P<scale>\s?(?i:million|billion|trillion|thousand|bn)\b|(?<=\d)(?:m|k)\b)?"
    rf"(?P<tu>[- ](?i:{_TIME_UNITS})s?(?![^\W_])(?P<old>[- ]old\b)?)?"
    r"(?P<unit>\s?(?:%|(?i:percent|per cent)\b|pc\b|(?i:km|kilometres|kilometers|miles|mph|metres|meters"
    r"|feet|ft|tonnes|tons|kg|kilos|kilograms|acres|hectares|litres|gallons)\b"
    r"|(?i:pounds|dollars|euros)\b))?"
    r"(?![^\W_])"
)
_DIGITS = r"(?P<digits>\d+(?:,\d{3})*(?:\.\d+)?)"
_NUMBER = re.compile(
    rf"(?P<sign>[$€£¥]\s?)?(?<![^\W_])(?:{_DIGITS}|(?P<words>(?i:{_WRITTEN}))){_AFTER_NUMBER}"
)
_NUMBER_IN_DIGITS = re.compile(rf"(?P<sign>[$€£¥]\s?)?(?<![^\W_]){_DIGITS}(?P<words>(?!))?{_AFTER_NUMBER}")
"""``_NUMBER`` for a sentence with no number word, which is most of them: the same groups,
without the alternation of words that every position would try."""

_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "k": 1e3, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_MONEY_WORDS = {"pounds", "dollars", "euros"}
_CURRENCIES = {
    "$": "dollar",
    "£": "pound",
    "€": "euro",
    "¥": "yen",
    "pounds": "pound",
    "dollars": "dollar",
    "euros": "euro",
}
_CLOCK = {  # a time unit's length, in minutes or in months: two kinds that do not convert
    "second": (1 / 60, "clock"),
    "minute": (1.0, "clock"),
    "min": (1.0, "clock"),
    "hour": (60.0, "clock"),
    "hr": (60.0, "clock"),
    "day": (1440.0, "clock"),
    "week": (10080.0, "clock"),
    "fortnight": (20160.0, "clock"),
    "month": (1.0, "calendar"),
    "year": (12.0, "calendar"),
    "decade": (120.0, "calendar"),
    "century": (1200.0, "calendar"),
    "centurie": (1200.0, "calendar"),
}
_AGE_BEFORE = re.compile(
    r"(?:(?i:\baged?|\bat the age of)\s+"
    r"|\b(?:man|woman|boy|girl|lad|widow|widower|pensioner|mother|father|grandmother|grandfather"
    r"|great-grandmother|great-grandfather|teenager|son|daughter|victim|driver) of\s+"
    r"|\bboth\s+)$"
)
_RATIO = re.compile(
    rf"(?i:\bone\s+(?:to|in|out of)\s+(?:\d|{_WRITTEN}\b)|(?:\d|\b{_WRITTEN})\s+(?:to|in|out of)\s+one\b)"
)
""""one" in a ratio, "two to one", "one in five": a number, not a pronoun."""
_NAMED_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*,|[A-Z][\w'’.-]*\s\()\s*$")
"""A capitalised word and a comma or bracket: "Smith, 55," and "Smith (55)" give an age."""
_AGE_AFTER = re.compile(r"\s*(?:[,.;:)]|and\b|or\b|$)")
_LABEL_BEFORE = re.compile(r"(?:\bNo\.?|\b[Nn]umber)\s*$")
_YEAR_BEFORE = re.compile(
    r"(?i:\b(?:in|since|from|until|till|by|to|and|between|before|after|of|during|early|late|mid"
    r"|around|circa|spring|summer|autumn|winter|fall))[-\s]+$"
)
_COUNTED_AFTER = re.compile(r"\s+(?:[a-z]+s\b|people\b|staff\b|men\b|women\b|children\b|police\b)")
"""A plural after four digits: "2000 people" is a count, "the 2019 election" a year."""
_NEAR = 6
"""Neighbouring words, each side of a number, that say what it is about (pairing, above)."""


@dataclass(frozen=True)
class _Figure:
    kind: str
    """"date" or "number"."""
    shown: str
    """As the text writes it."""
    parts: tuple[str, ...] = ()
    """A date's (year, month, day), "" where the text gives none."""
    value: float = 0.0
    """A number's value, its scale applied when it has one ("1.8 billion" = 1.8e9); a
    duration's number in its own unit ("48 hours": 48); a span's first year; a time's minutes
    after midnight; an age range's first age."""
    unit: str = ""
    """A count's unit: "percent", a sum's currency ("pound", "dollar"), a length, or "" for a
    plain count; a duration's time unit ("hour", "year"); an age's, when it is in months."""
    decimals: int = 0
    """Digits after the decimal point: how precise the writer was (a time's minutes: 2)."""
    scale: float = 1.0
    """The scale word's factor ("billion", "bn": 1e9); 1 when there is none."""
    role: str = "count"
    """What the number counts (the module doc's table): "age", "year", "decade", "span",
    "duration", "time", "money", "percent", "measure", "ordinal", "code", "count"; "date"."""
    last: float = 0.0
    """A span's last year, an age range's last age; else ``value``."""
    thing: frozenset[str] = frozenset()
    """Stems of the words right after the number that say what it counts ("previous
    convictions"), or what a compound duration describes ("helpline")."""
    sentence: str = field(default="", repr=False)
    """The sentence the number is in, as read (typos as digits), for ``near``."""
    at: tuple[int, int] = (0, 0)
    """Where the number is in ``sentence``."""
    compound: bool = False
    """A duration written as a compound adjective: "a 24-hour helpline"."""
    weak: bool = False
    """A bare number: nothing marks its role ("killed 12", "for eight")."""

    @cached_property
    def near(self) -> frozenset[str]:
        """Stems of the content words within ``_NEAR`` words of the number, in its sentence:
        read only for the numbers left to pair."""
        return _near(self.sentence, *self.at) if self.sentence else frozenset()

    def agrees(self, other: _Figure) -> bool:
        """The same figure, written differently: "3,500" and "3500", "$114.3 million" and "$114
        million" (rounded), "38" and "38 million" (one side drops the scale), "nine years" and
        "9 years", "for 15 years" and "from 2004 to 2019", "18" and "18-year-old"."""
        if self.kind != other.kind:
            return False
        if self.kind == "date":
            return self.parts == other.parts
        if math.isinf(self.value) or math.isinf(other.value):  # too long for a float
            return self.shown == other.shown
        if self.role != other.role:
            if {self.role, other.role} == {"span", "duration"}:
                return _fits(self, other)
            if not (self.weak or other.weak) or "code" in (self.role, other.role):
                return False
            # a bare number is the other's figure with its unit left out ("for eight")
            return _rounds_to(self.value, other.value, min(self.decimals, other.decimals), 1.0)
        if self.role == "duration":
            return _same_length(self, other)
        if self.role == "time":  # "2am" is "2.15am" rounded to the hour, as "$114 million" is
            if self.decimals and other.decimals:
                return self.value == other.value
            return _rounds_to(self.value, other.value, 0, 60.0)
        if self.role == "code":  # "COVID19", "Covid-19"
            return self.shown.replace("-", "").casefold() == other.shown.replace("-", "").casefold()
        if self.role in ("age", "span"):
            if self.role == "age" and self.unit != other.unit:
                return False
            if self.role == "age" and (self.last != self.value or other.last != other.value):
                inner, outer = (self, other) if self.last == self.value else (other, self)
                return outer.value <= inner.value <= outer.last  # 55 and "in his 50s"
            return (self.value, self.last) == (other.value, other.last)
        if self.unit and other.unit and self.unit != other.unit:
            return False
        decimals = min(self.decimals, other.decimals)
        if _rounds_to(self.value, other.value, decimals, min(self.scale, other.scale)):
            return True
        # one side drops the scale ("38" against "38 million"): compare the numbers as written
        written = (self.value / self.scale, other.value / other.scale)
        return self.scale != other.scale and _rounds_to(*written, decimals, 1.0)

    def coarser(self, other: _Figure) -> bool:
        """A date that gives less than ``other`` but does not contradict it ("January 1996"
        against "Jan. 12, 1996")."""
        if self.kind != "date" or other.kind != "date" or self.parts == other.parts:
            return False
        return all(mine in ("", theirs) for mine, theirs in zip(self.parts, other.parts, strict=True))


def _fits(a: _Figure, b: _Figure) -> bool:
    """A duration in years and a span of years that long, give or take the months neither
    gives ("for 15 years", "from 2004 to 2019")."""
    span, duration = (a, b) if a.role == "span" else (b, a)
    if duration.unit != "year" or duration.compound:
        return False
    return abs(duration.value - (span.last - span.value)) <= 1


def _same_length(a: _Figure, b: _Figure) -> bool:
    if a.unit == b.unit:
        return _rounds_to(a.value, b.value, min(a.decimals, b.decimals), 1.0)
    (ka, kinda), (kb, kindb) = _CLOCK[a.unit], _CLOCK[b.unit]
    return kinda == kindb and math.isclose(a.value * ka, b.value * kb, rel_tol=1e-9)


def _deadline(dates: Sequence[_Figure], passage: str, vague: str) -> str:
    """The date a vaguer time stands for: "by the end of the year" for the date after "by" (a
    passage of two sentences may give when talks began, then the deadline), else the first."""
    word = vague.split()[0].casefold()
    if word in ("by", "before", "until"):
        for date in dates:
            at = passage.find(date.shown)
            if at > 0 and passage[:at].casefold().split()[-1:] == [word]:
                return date.shown
    return dates[0].shown


def _rounds_to(a: float, b: float, decimals: int, scale: float) -> bool:
    """True if the more precise of two values rounds (half up) to the other, to ``decimals``
    places of ``scale``: 114.3 million and 114 million, not 1.5 million and 1 (or 2) million."""
    step = scale * 10.0**-decimals
    return abs(a - b) < step / 2 - 1e-9 * step or abs(a - b) < 1e-9 * max(abs(a), abs(b), 1.0)


_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z .'’-]+, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2})(?: \([^)\n]{1,40}\))? [-–—]"
)
"""A wire dateline, "KALDERN, Dec 3 (Meridian) -": the day the story was filed, not a figure of
the story, so its date is not compared."""


def _dates(text: str) -> list[tuple[tuple[int, int], _Figure]]:
    out = []
    filed = [m.span("date") for m in _DATELINE.finditer(text)]
    for match in _DATE.finditer(text):
        if any(start <= match.start() < end for start, end in filed):
            continue
        month = (match.group("m1") or match.group("m2") or match.group("m3"))[:3].lower()
        day = match.group("d1") or match.group("d2") or ""
        year = match.group("y1") or match.group("y2") or match.group("y3") or ""
        shown = " ".join(match.group().split())
        figure = _Figure("date", shown, parts=(year, month, day.lstrip("0")), role="date")
        out.append((match.span(), figure))
    return out


def _counted(text: str, end: int, things: bool) -> frozenset[str]:
    """Stems of what the number ending at ``end`` counts: the one or two content words right
    after it, with nothing but spaces or a hyphen between ("61 offences", "23 previous
    convictions", "24-hour helpline"), capitalised too when ``things`` says so ("1st
    Battalion")."""
    counted: list[str] = []
    at = end
    for token in tokenize(text, end, min(len(text), end + 40))[:2]:
        if text[at : token.start].strip(" -") or not token.stem or not token.norm.isalpha():
            break
        if token.capital and not things:
            break
        counted.append(token.stem)
        at = token.end
    return frozenset(counted)


def _near(text: str, start: int, end: int) -> frozenset[str]:
    """Stems of the content words within ``_NEAR`` words of ``text[start:end]``."""
    words = (*tokenize(text, max(0, start - 80), start)[-_NEAR:], *tokenize(text, end, end + 80)[:_NEAR])
    return frozenset(t.stem for t in words if t.stem and not t.norm[0].isdigit())


def _number(text: str, shown: str, match: re.Match[str]) -> _Figure | None:
    """A number found by ``_NUMBER``, with its role read from its unit and its neighbours."""
    written = (match.group("digits") or "").replace(",", "").rstrip(".")
    words = match.group("words")
    scale_word = (match.group("scale") or "").strip().lower()
    scale = _SCALES.get(scale_word, 1.0)
    unit = (match.group("unit") or "").strip().lower()
    tu = (match.group("tu") or "").lower()
    start, end = match.span()
    before = text[max(0, start - 40) : start]  # the markers before a number are short
    value = float(written) if written else float(_word_value(words))
    decimals = len(written.split(".")[1]) if "." in written else 0
    if words and words.lower() == "one" and not tu and not _RATIO.search(text[max(0, start - 30) : end + 30]):
        return None  # "one" is mostly a pronoun; with a time unit or in a ratio it is a number
    role, kind_unit, compound = "count", "", False
    labelled = bool(match.group("ord")) or bool(_LABEL_BEFORE.search(before))
    thing = _counted(text, end, things=labelled)
    sign = (match.group("sign") or "").strip()
    if sign or unit in _MONEY_WORDS:  # a sum: its currency is its unit ("£2.5m" is not "$2.5m")
        role, kind_unit = "money", _CURRENCIES[sign or unit]
    elif unit:
        role = "percent" if unit in ("%", "percent", "per cent", "pc") else "measure"
        kind_unit = "percent" if role == "percent" else unit
    elif labelled:
        role = "ordinal"  # "1st Battalion", "21st century", "No 2"
    elif tu:
        time_unit = re.sub(r"[- ]old$", "", tu).strip(" -").rstrip("s")
        time_unit = "century" if time_unit == "centurie" else time_unit
        if match.group("old") or (time_unit == "year" and _AGE_BEFORE.search(before[-24:])):
            role, kind_unit = "age", "" if time_unit == "year" else time_unit  # "aged 55 years"
        else:
            role, kind_unit, compound = "duration", time_unit, tu.startswith("-")
    elif (
        value <= 120
        and not decimals
        and (
            (not thing and _AGE_BEFORE.search(before[-24:]))
            or (_AGE_AFTER.match(text, end) and _NAMED_BEFORE.search(before[-40:]))
        )
    ):
        role = "age"  # "a man of 84 was jailed", "Smith, 55,"
    elif (
        written
        and re.fullmatch(_YEAR, match.group("digits") or "")
        and scale == 1.0
        and (not _COUNTED_AFTER.match(text, end) or _YEAR_BEFORE.search(before[-12:]))
    ):
        role = "year"
    value *= scale
    if role not in ("count", "ordinal") and not compound:
        thing = frozenset()
    return _Figure(
        "number",
        shown,
        value=value,
        unit=kind_unit,
        decimals=decimals,
        scale=scale,
        role=role,
        last=value,
        thing=thing,
        sentence=text,
        at=(start, end),
        compound=compound,
        weak=role == "count" and not thing,
    )


def _read(text: str, original: str) -> list[_Figure]:
    """The figures of one sentence (``text`` with its typos read, ``original`` as written):
    dates, then spans, decades, ages by decade, times and codes, then numbers outside them, in
    reading order within each."""
    dates = _dates(text)
    # a dateline's day ("NAIROBI, May 2 (Reuters) -") is neither a date nor a number of the story
    inside = [span for span, _ in dates] + [m.span("date") for m in _DATELINE.finditer(text)]
    found: list[tuple[int, _Figure]] = [(span[0], figure) for span, figure in dates]

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in inside)

    def shown(start: int, end: int) -> str:
        return " ".join(original[start:end].split()).rstrip(".,")

    def add(start: int, end: int, figure: _Figure) -> None:
        inside.append((start, end))
        found.append((start, figure))

    for match in _SPAN.finditer(text):
        if free(*match.span()):
            first = int(match.group("a") or match.group("c"))
            second = match.group("b") or match.group("d")
            last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            last += 100 if last < first else 0
            figure = _Figure("number", shown(*match.span()), value=first, role="span", last=last)
            add(*match.span(), figure)
    for match in _AGE_DECADE.finditer(text):
        at = (match.start("n") if match.group("n") else match.start("w"), match.end())
        if free(*at):
            low = int(match.group("n")) if match.group("n") else _AGE_DECADE_WORDS[match.group("w").lower()]
            add(*at, _Figure("number", shown(*at), value=low, role="age", last=low + 9))
    for match in _DECADE.finditer(text):
        group = "y" if match.group("y") else "yy" if match.group("yy") else "ty"
        at = (match.start() if group == "yy" else match.start(group), match.end())
        if free(*at):
            year = int(match.group(group))
            year += 1900 if year < 100 else 0
            add(*at, _Figure("number", shown(*at), value=year, role="decade", last=year))
    for match in _TIME.finditer(text):
        if free(*match.span()):
            hour = int(match.group("h") or match.group("h24"))
            minute = int(match.group("m") or match.group("m24") or 0)
            if match.group("ampm"):
                hour = hour % 12 + (12 if match.group("ampm").lower() == "p" else 0)
            minutes = 60.0 * hour + minute
            to_the_minute = 2 if match.group("m") or match.group("m24") else 0
            figure = _Figure(
                "number",
                shown(*match.span()),
                value=minutes,
                decimals=to_the_minute,
                role="time",
                last=minutes,
            )
            add(*match.span(), figure)
    for match in _CODE.finditer(text):
        if free(*match.span()):
            word, letters = original[match.start() : match.end()], match.group("letters").rstrip("-").upper()
            add(*match.span(), _Figure("number", word, unit=letters, role="code"))
    numbers = _NUMBER if _NUMBER_WORD.search(text.lower()) else _NUMBER_IN_DIGITS
    for match in numbers.finditer(text):
        start = match.start("digits") if match.group("digits") else match.start("words")
        if not free(start, match.end()):
            continue
        number = _number(text, shown(*match.span()), match)
        if number is not None:
            add(*match.span(), number)
    return [figure for _, figure in sorted(found, key=lambda pair: pair[0])]


@lru_cache(maxsize=8192)
def _passage_figures(original: str) -> tuple[_Figure, ...]:
    """``_read`` of one passage, remembered: a source checked against many copies, and a
    sentence in several groups, are read once. A passage with no digit and no number word has
    no figure."""
    if not _DIGIT.search(original) and not _NUMBER_WORD.search(original.lower()):
        return ()
    return tuple(_read(_untypo(original), original))


def _figures(text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[_Figure]:
    """The figures of ``text``'s sentences ``spans`` (all of it when None), in reading order:
    dates and numbers, each number with its role."""
    figures: list[_Figure] = []
    for start, end in spans if spans is not None else [(0, len(text))]:
        figures += _passage_figures(text[start:end])
    return figures


_EDGE_NUMBER = rf"(?:[$€£¥][ \t]?)?(?:l?\d[\d,.OolI]*|(?i:{_WRITTEN})\b)"
_EDGE_AFTER = re.compile(
    rf"[ \t]*(?:[a-z]+[ \t]+){{0,2}}{_EDGE_NUMBER}(?:[ \t]*(?:-|–|to|and)[ \t]*{_EDGE_NUMBER})?"
    r"(?:[- \t]?[^\W\d_]+)?"
)
_EDGE_BEFORE = re.compile(rf"(?<![^\W_]){_EDGE_NUMBER}[- \t]*$")


def _widened(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Passages cut short (a group that fragments made compares what its sentences share) with
    a number at either end taken back in: right before the start, or within two words after the
    end, in the same clause, with the word after it ("jailed for| nine years", "has run| it
    since 2014"). The words stop matching where the two sides give a figure differently, so a
    number there belongs to the comparison: the copy's "jailed for 11 years" against the
    source's "jailed for nine years" is linked up to "jailed for". A passage that ends a
    sentence is not taken further."""
    out = []
    for start, end in spans:
        if text[start:end].rstrip()[-1:] not in '.!?…"”’)':  # not a sentence's end
            after = _EDGE_AFTER.match(text, end, min(len(text), end + 40))
            end = after.end() if after else end
        if start > 1 and text[start - 1] in " \t-" and text[start - 2] not in '.!?…"”’)\n':
            before = _EDGE_BEFORE.search(text, max(0, start - 40), start)
            start = before.start() if before else start
        out.append((start, end))
    return out


def _unmatched(mine: list[_Figure], theirs: list[_Figure]) -> tuple[list[_Figure], list[_Figure]]:
    """The figures of each side that no figure of the other agrees with, each used once: first
    figures of one role, then a bare number with a figure of any role ("for eight" and "eight
    years"), so that a bare number does not take another's counterpart."""
    left, right = list(mine), list(theirs)
    for lenient in (False, True):
        kept = []
        for figure in left:
            match = next(
                (
                    k
                    for k, other in enumerate(right)
                    if (lenient or other.role == figure.role) and figure.agrees(other)
                ),
                None,
            )
            if match is None:
                kept.append(figure)
            else:
                del right[match]
        left = kept
    return left, right


def _pairing(a: _Figure, b: _Figure) -> int | None:
    """How well two numbers the sides disagree on count the same thing (shared neighbours and
    counted words), or None when they count different things (module doc, "Pairing")."""
    roles = {a.role, b.role}
    if roles == {"span", "duration"}:
        duration = a if a.role == "duration" else b
        if duration.unit != "year" or duration.compound:
            return None
    elif a.role != b.role:
        return None
    elif a.role == "duration":
        if _CLOCK[a.unit][1] != _CLOCK[b.unit][1]:
            return None
        if a.compound != b.compound:
            described = a if a.compound else b
            other = b if a.compound else a
            if not described.thing & other.near:
                return None  # "a 24-hour service" is not the 48 hours the repair took
    elif a.role in ("count", "ordinal"):
        if a.thing and b.thing and not (a.thing & b.thing or a.thing & b.near or b.thing & a.near):
            return None  # "61 offences" and "23 previous convictions"
    elif a.role == "code":
        if a.unit != b.unit:
            return None
    elif a.role == "measure" and a.unit != b.unit:
        return None
    return len(a.near & b.near) + 2 * len(a.thing & b.thing)


def _paired(left: list[_Figure], right: list[_Figure]) -> list[Conflict]:
    """Numbers each side has and the other lacks, paired by what they count, best first, and
    reported in the left's reading order."""
    scored = []
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            score = _pairing(a, b)
            if score is not None:
                scored.append((-score, i, j))
    scored.sort()
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            pairs.append((i, j))
    return [Conflict("number", left[i].shown, right[j].shown) for i, j in sorted(pairs)]


# ---- names -------------------------------------------------------------------------------------

_MONTH_NAMES = set(_MONTHS.split("|"))
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_HONORIFICS = {
    "mr": "man",
    "sir": "man",
    "lord": "man",
    "master": "man",
    "mrs": "woman",
    "ms": "woman",
    "miss": "woman",
    "dame": "woman",
    "lady": "woman",
    "madam": "woman",
    "mx": "",
    "doctor": "",
    "professor": "",
    "reverend": "",
}
"""Honorifics: what they say of a person is at most whether a man or a woman (a surgeon is "Mr",
a doctor of letters "Dr"), so one against a rank or another of the same sex changes no one."""
_OFFICES = frozenset({("minister",), ("prime", "minister")} | set(TITLES))
"""Titles: forms.py's ranks, offices and honorifics, and the offices "Minister" and "Prime
Minister", which stand before a name ("Prime Minister Johnson")."""
_COUNTRIES = {
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "american": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "british": "united kingdom",
}
"""A country by its initials, its short name and its adjective ("U.S. officials", "American
officials"), as the word diff pairs them; read here, for names, rather than in forms.py, where
"us" would be the pronoun too."""
_WORD = re.compile(r"[^\W_]+(?:[./'’-][^\W_]+)*\.?")  # forms.py's words


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name: "Turk"/"Turks", "Muqtada"/"Moqtada", "Tim"/"Timothy",
    "IAEA"/"International Atomic Energy Agency", "Visual Basic"/"VisualBasic"."""
    from rapidfuzz import fuzz

    x, y = a.lower().replace(" ", ""), b.lower().replace(" ", "")
    if x.startswith(y) or y.startswith(x) or float(fuzz.ratio(x, y)) >= 75:
        return True
    initials = ["".join(w[0] for w in name.split() if w[0].isupper()).lower() for name in (a, b)]
    return x.replace(".", "") == initials[1] or y.replace(".", "") == initials[0]


def _titled(text: str) -> tuple[list[tuple[str, ...]], tuple[str, ...]]:
    """(the titles before a name, in full, and the rest of its words, expanded): "WPC Hannah
    Leigh" -> ([("woman", "police", "constable")], ("hannah", "leigh"))."""
    words = [w.lower() for w in _WORD.findall(text)]
    joined = " ".join(w.replace(".", "") for w in words)
    country = _COUNTRIES.get(joined)
    rest = tuple(country.split()) if country else expand(words)
    titles: list[tuple[str, ...]] = []
    while rest:
        for n in range(min(4, len(rest)), 0, -1):
            if rest[:n] in _OFFICES:
                titles.append(rest[:n])
                rest = rest[n:]
                break
        else:
            break
    return titles, rest


def _names_differ(a: str, b: str) -> bool:
    """Whether two capitalised pieces the word diff pairs name different people or places
    (module doc, "Names")."""
    (titles_a, rest_a), (titles_b, rest_b) = _titled(a), _titled(b)
    if not (titles_a or titles_b):
        return rest_a != rest_b and not _same_name(a, b)
    spelled = [" ".join(w.capitalize() for w in rest) for rest in (rest_a, rest_b)]
    if rest_a and rest_b and rest_a != rest_b and not _same_name(*spelled):
        return True  # a first name added beside a title ("Sgt Daniel" for "Sergeant") is not
    ranks = [[_rank(t) for t in titles if not _honorific(t)] for titles in (titles_a, titles_b)]
    if ranks[0] and ranks[1] and ranks[0] != ranks[1]:
        return True  # "PC Kaye" and "DC Kaye"
    sexes = [{_HONORIFICS[t[0]] for t in titles if _honorific(t)} - {""} for titles in (titles_a, titles_b)]
    return bool(sexes[0] and sexes[1] and sexes[0] != sexes[1])  # "Mr Hart" and "Mrs Hart"


def _honorific(title: tuple[str, ...]) -> bool:
    return len(title) == 1 and title[0] in _HONORIFICS


def _rank(title: tuple[str, ...]) -> tuple[str, ...]:
    """A rank as compared: "woman police constable" is "police constable", the W dropped."""
    return title[1:] if title[0] == "woman" and len(title) > 1 else title


def _opens(text: str, start: int) -> bool:
    """True if the word at ``start`` opens a sentence, a quote or a clause after a colon, where
    a capital says nothing about names."""
    end = start
    while end and text[end - 1] in " \t\u00a0":  # not text[:start]: a copy of all that came before
        end -= 1
    return not end or text[end - 1] in '.!?:;\n“"‘«(—'


def _title(tokens: Sequence[Token]) -> bool:
    """Whether the words are a title or rank and nothing else ("PC", "Det Supt", "Mrs")."""
    return expand(t.norm for t in tokens) in TITLES


def _names(
    left_tokens: Sequence[Token], right_tokens: Sequence[Token], left: str, right: str
) -> list[Conflict]:
    """Names that the word diff pairs up in the same place but that differ."""
    a, b = [t.norm for t in left_tokens], [t.norm for t in right_tokens]
    if a == b:  # nothing is replaced
        return []
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "replace":
            continue
        old, new = left_tokens[i1:i2], right_tokens[j1:j2]
        if not all(t.capital and t.norm.isalpha() for t in (*old, *new)):
            continue
        if (_opens(left, old[0].start) or _opens(right, new[0].start)) and not (_title(old) and _title(new)):
            continue  # a capital there says nothing, but "PC Jones said" for "DC Jones said" does
        shown = (left[old[0].start : old[-1].end], right[new[0].start : new[-1].end])
        when = all(t.norm in _WEEKDAYS or t.norm.capitalize() in _MONTH_NAMES for t in (*old, *new))
        if when:
            if not _same_name(*shown):
                out.append(Conflict("date", *shown))
        elif _names_differ(*shown):
            out.append(Conflict("name", *shown))
    return out


def conflicts(
    left: str,
    left_spans: Sequence[tuple[int, int]],
    left_tokens: Sequence[Token],
    right: str,
    right_spans: Sequence[tuple[int, int]],
    right_tokens: Sequence[Token],
) -> tuple[list[Conflict], list[Conflict]]:
    """(conflicts, less specific) between two aligned passages. ``left`` and ``right`` are the
    whole texts; the spans are the passages' sentences in them, and the tokens their words."""
    passages = [
        "\n".join(text[s:e] for s, e in spans) for text, spans in ((left, left_spans), (right, right_spans))
    ]
    if passages[0] == passages[1]:  # a passage copied as it was: every figure agrees with itself
        return _names(left_tokens, right_tokens, left, right), []
    ours, theirs = _figures(left, _widened(left, left_spans)), _figures(right, _widened(right, right_spans))
    only_left, only_right = _unmatched(ours, theirs)
    found: list[Conflict] = []
    vaguer: list[Conflict] = []
    dates = [[f for f in only if f.kind == "date"] for only in (only_left, only_right)]
    for a, b in zip(dates[0], dates[1], strict=False):
        if a.coarser(b) or b.coarser(a):
            vaguer.append(Conflict("date", a.shown, b.shown))
        else:
            found.append(Conflict("date", a.shown, b.shown))
    found += _paired(
        [f for f in only_left if f.kind == "number"], [f for f in only_right if f.kind == "number"]
    )
    vague_left, vague_right = _VAGUE.search(passages[0]), _VAGUE.search(passages[1])
    if dates[0] and not dates[1] and vague_right and not vague_left:
        vaguer.append(
            Conflict("date", _deadline(dates[0], passages[0], vague_right.group()), vague_right.group())
        )
    if dates[1] and not dates[0] and vague_left and not vague_right:
        vaguer.append(
            Conflict("date", vague_left.group(), _deadline(dates[1], passages[1], vague_left.group()))
        )
    return found + _names(left_tokens, right_tokens, left, right), vaguer
