"""Reading the numbers and dates of a passage: what each says, not whether two disagree.

``figures_of(text, spans)`` reads the sentences ``spans`` of ``text`` and returns their
figures in reading order, each a ``Figure``: its kind (``date`` or ``number``), how the text
writes it, its value with its scale applied, its unit and its *role*, what it counts. Pairing
the figures of two passages into conflicts is ``figures.py``'s job; this module only reads,
and says when two figures are one figure written differently (``Figure.agrees``).

How a sentence is read
----------------------
0. A number written as the text's language writes it is read as English writes it, character
   for character (``in_english_format``): in German, Spanish or Turkish "1.300" is 1,300 and
   "2,5" is 2.5; in French, Polish or Russian "1 300" is 1,300 (a space, no-break or thin,
   between groups of three). The language's profile says which (``Profile.numbers``).
1. Typos first (``untypo``): a number typed with a letter O for a zero or a letter l for a one
   ("3O months", "£1O,000", "both l7") is read as the number it was meant to be, character for
   character so offsets stay, and shown as typed. Only an O or o after a digit, an l before or
   between digits and an I between digits are read so: "O2", "I95", "10l" (litres), "G7",
   "A1", "M25", "COVID19", "4x4" and "1st" stay what they are.
2. Then, each with a regular expression, and each taking its stretch of the sentence so that
   the next does not read it again: dates ("December 31, 2021", "31 December", "June 2020";
   in the text's language, by its month names, "24. März 2026", "24 de marzo de 2026",
   ``Profile.months``; "2026年3月24日" in any; a wire dateline's day, "KALDERN, Dec 3
   (Meridian) -", is the day the story was filed and is not read), spans of years, decades,
   ages by decade, times of day and codes.
3. Last, every other number, in digits or in words, with what follows it (an ordinal suffix, a
   scale, a time unit, a unit) and, from the words around it, its role and its owner (below).

A sentence with neither a digit nor a number word has no figure and is not read; one without
a number word is read by a pattern without the alternation of number words. Each passage's
reading is remembered (``lru_cache``): a source checked against many copies is read once.

Roles: what a number counts
---------------------------
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
ordinal    "1st Battalion", "3rd Division", "No 2", "number 10"; in words, "third" to
           "twentieth" ("finished seventh"), not "first" or "second" ("at first", "a second")
code       capitals and digits in one word, or a name, a hyphen and digits: "M25", "G7",
           "B1225", "COVID19", "A-10", "Covid-19"
count      any other number ("12 people", "killed 12"), with the words after it that say
           what it counts (``Figure.thing``: "people", "previous convictions")
=========  ===========================================================================

A count whose role nothing marks ("killed 12", "for eight") is *weak*: it may stand for a
figure of any role. Each number also keeps the sentence it is in and where, so that the words
near it (``Figure.near``, six content words each side) can be read when a pairing needs them,
and only then.

Owners: whose figure it is
--------------------------
A figure may also have an *owner*, the name, party, team or term its sentence attaches it to
(``Figure.owner``, a key compared as is, and ``Figure.whose``, as a reader reads it), so that
``figures.py`` compares it with that owner's figure on the other side and not with any figure
of its value:

=====  ====================================================================================
age    a name right before it, "Barker, 45,", "Barker (45)", "Barker, aged 45", "Barker, a
       45-year-old roofer" (a comma or a stop after the age: "Mr and Mrs Barker, 45 and 43"
       gives no one's age); a name after "45-year-old" and before a verb or a stop
       ("45-year-old Barker was", not "45-year-old Selby man"); someone unnamed, "a man of
       34", "a 34-year-old man", "the woman, 30," ("the man's age"); people in a list, "two
       men, aged 24 and 30" ("the men's ages"). The key is the name as given, up to two words
       and without an honorific ("age:dean barker"); ``figures.py`` compares by the surname
       unless the two sides name two people of it ("Amy Shaw" and "Beth Shaw")
share  a percentage after a party or a name, "Labour on 41%", "the Conservatives, on 23%",
       "Reform UK 12%", "Labour polled 41%", "At Leeds General, 62%" (a leading preposition
       dropped; a month or a day is no owner), or before one, "41% for Labour", "62% at
       Bradford Royal", "71% of patients at Leeds General"
term   a duration in days to years after a court's word within five words in its clause,
       "jailed for 18 months", "banned from driving for three years", "suspended for two
       years", or before one within three ("an 18-month jail term", "a three-year driving
       ban"): the jail term, the ban, the suspension, the curfew. Hours are not a court's
       term ("200 hours of unpaid work")
score  a results line, "Hull City 2 Leeds United 1", "Warrington Wolves 24, Wigan Warriors
       18", "Hull City 2-1 Leeds United"; not "won 3-1", which names no team per number
=====  ====================================================================================

A party's or a team's name is keyed in one form (``forms.body``: "the Tories", "the Tory Party"
and "the Conservative Party" are one owner, "Labour" and "the Labour Party" another). Figures
nothing attaches have no owner, and most have none.

Written numbers from "two" to "ninety-nine", "a dozen" and "half a dozen" are numbers too
("jailed for nine years" against "jailed for 11 years" is a changed sentence); "one" only
with a time unit ("one year", "one-year-old") or in a ratio ("two to one", "one in five"), as
elsewhere it is mostly a pronoun.

One figure, written differently (``Figure.agrees``)
---------------------------------------------------
Two numbers are the same figure when they have the same role and value, or when one is weak
and the values agree ("for eight" after "eight years"; "pensioner, 88," and "88-year-old").
Values compare as numbers ("3,500" = "3500", "nine years" = "9 years"), with rounding: "$114
million" equals "$114.3 million" (the more precise is within less than half a unit of the
other's last digit; "$1.5 million" against "$1 million" or "$2 million" is not the same, nor
"$616.5 million" against "$616 million" or "$617 million": an exact half rounds neither way),
and "38" equals "38 million" (one side drops the scale). A sum's currency is its unit
("£2.5m" is not "$2.5m"). A duration in years agrees with a span of years that long, give or
take a year ("for 15 years" and "from 2004 to 2019": the months are not given). Durations
compare across units of one kind, clock or calendar ("48 hours" = "two days"; hours never
equal months). An age agrees with an age range that
holds it (55 and "in his 50s"). Two dates are one when they give the same year, month and
day; one is *coarser* when it gives less and contradicts nothing ("January 1996" against
"Jan. 12, 1996").

A vaguer time ("by the end of the year", "later this month") is read by ``VAGUE``, for
``figures.py`` to report a date made less precise.

Numbers at a passage's edge (``widened``)
-----------------------------------------
``widened(text, start, end, lo, hi)`` takes back into a passage a number right before its
start, or within two words after its end in the same clause ("jailed for| nine years", "has
run| it since 2014"), inside its sentence ``text[lo:hi]``. Choosing passages is
``compare._compared``'s: it widens so the passages that fragments cut short, since the words
stop matching where the two sides give a figure differently (the copy's "jailed for 11 years"
against the source's "jailed for nine years" is linked up to "jailed for").

Cost: a passage is read with a few regular expressions, and each number's neighbouring words
are tokenized from a window of about a hundred characters, only for the numbers left to pair.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from diffnews.facts.forms import body
from diffnews.lang import profile
from diffnews.reading.text import UNSPACED, Token, tokenize

__all__ = [
    "MONTHS",
    "VAGUE",
    "Figure",
    "figures_of",
    "in_english_format",
    "may_have_figures",
    "untypo",
    "widened",
    "words_of",
]

MONTHS = (  # capitalised, as news writes them: "may" is a verb
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_DATE = re.compile(
    rf"\b(?:(?P<m1>{MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTHS})\.?(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{MONTHS})\.?\s+(?P<y3>\d{{4}}))\b",
)
VAGUE = re.compile(
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


_ORDINALS = (
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
    " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINAL_WORD = re.compile(rf"\b(?i:{'|'.join(_ORDINALS)})\b")
"""An ordinal in words, "finished seventh", "the fifth time", read as an ordinal of its number;
"first" and "second" are not read ("at first", "a second"): too often not a position."""


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


def untypo(text: str) -> str:
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
"""Neighbouring words, each side of a number, that say what it is about (``figures.py``'s
pairing)."""


# ---- a figure, and when two are one ----------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """A number or a date of a passage, as read (module doc)."""

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
    owner: str = ""
    """What the figure belongs to, as compared: "age:barker", "share:conservatives",
    "term:jail", "score:hull city"; "" when nothing in its sentence attaches it (module doc,
    "Owners")."""
    whose: str = ""
    """The owner as a reader reads it: "Barker's age", "the jail term", "Labour's share"."""

    @property
    def time_kind(self) -> str:
        """A duration's kind of unit, "clock" (seconds to fortnights) or "calendar" (months to
        centuries), which do not convert into each other; "" for any other figure."""
        return _CLOCK[self.unit][1] if self.role == "duration" and self.unit in _CLOCK else ""

    @cached_property
    def near(self) -> frozenset[str]:
        """Stems of the content words within ``_NEAR`` words of the number, in its sentence:
        read only for the numbers left to pair."""
        return _near(self.sentence, *self.at) if self.sentence else frozenset()

    def agrees(self, other: Figure) -> bool:
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

    def coarser(self, other: Figure) -> bool:
        """A date that gives less than ``other`` but does not contradict it ("January 1996"
        against "Jan. 12, 1996")."""
        if self.kind != "date" or other.kind != "date" or self.parts == other.parts:
            return False
        return all(mine in ("", theirs) for mine, theirs in zip(self.parts, other.parts, strict=True))


def _fits(a: Figure, b: Figure) -> bool:
    """A duration in years and a span of years that long, give or take the months neither
    gives ("for 15 years", "from 2004 to 2019")."""
    span, duration = (a, b) if a.role == "span" else (b, a)
    if duration.unit != "year" or duration.compound:
        return False
    return abs(duration.value - (span.last - span.value)) <= 1


def _same_length(a: Figure, b: Figure) -> bool:
    if a.unit == b.unit:
        return _rounds_to(a.value, b.value, min(a.decimals, b.decimals), 1.0)
    (ka, kinda), (kb, kindb) = _CLOCK[a.unit], _CLOCK[b.unit]
    return kinda == kindb and math.isclose(a.value * ka, b.value * kb, rel_tol=1e-9)


def _rounds_to(a: float, b: float, decimals: int, scale: float) -> bool:
    """True if the more precise of two values is within less than half a step of the other, a
    step being ``decimals`` places of ``scale``: 114.3 million and 114 million, not 1.5 million
    and 1 (or 2) million: an exact half is no rounding either way."""
    step = scale * 10.0**-decimals
    return abs(a - b) < step / 2 - 1e-9 * step or abs(a - b) < 1e-9 * max(abs(a), abs(b), 1.0)


# ---- reading a sentence ----------------------------------------------------------------------

_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z .'’-]+, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2})(?: \([^)\n]{1,40}\))? [-–—]"
)
"""A wire dateline, "KALDERN, Dec 3 (Meridian) -": the day the story was filed, not a figure of
the story, so its date is not compared."""


_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
"""A date's month as its parts hold it, whatever the language: English's first three letters."""
_CJK_DATE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?<!\d)(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?")
"""A date as Chinese and Japanese write it: "2026年3月24日", "3月24日", "2026年3月"."""


def _fold(word: str) -> str:
    """A month's name as looked up: case folded, Turkish ı and İ as i, the dot of i̇ dropped."""
    return word.replace("İ", "i").replace("I", "i").casefold().replace("ı", "i").replace("\u0307", "")


@lru_cache(maxsize=32)
def _foreign_dates(months: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A language's dates by its month names (``Profile.months``): day, month, year ("24.
    März 2026", "24 de marzo de 2026", "24 марта 2026"), or month and year ("März 2026"); and
    each form of a month, folded, with its key."""
    # each form's key by the form as it matched, in any case ("MAYIS", "Mayis" and "mayıs"):
    # Turkish dotted and dotless i fold to i, so that upper case finds its month
    keys = {_fold(form): _MONTH_KEYS[k] for k, forms in enumerate(months) for form in forms.split("|")}
    names = "|".join(
        sorted((re.escape(f) for forms in months for f in forms.split("|")), key=len, reverse=True)
    )
    pattern = re.compile(
        rf"(?<![\w.])(?:(?P<d>\d{{1,2}})(?:er|°|º|\.º|\.)?\s+(?:de\s+)?(?P<m>{names})\.?"
        rf"(?:,?\s+(?:de\s+)?(?P<y>\d{{4}}))?|(?P<m2>{names})\.?\s+(?:de\s+)?(?P<y2>\d{{4}}))(?!\w)",
        re.IGNORECASE,
    )
    return pattern, keys


def _dates(text: str, months: tuple[str, ...] = ()) -> list[tuple[tuple[int, int], Figure]]:
    """The dates of ``text``: English ones, those of the language whose month names are
    ``months``, and those written as Chinese and Japanese write them; each (span, figure)."""
    out = []
    filed = [m.span("date") for m in _DATELINE.finditer(text)]
    for match in _DATE.finditer(text):
        if any(start <= match.start() < end for start, end in filed):
            continue
        month = (match.group("m1") or match.group("m2") or match.group("m3"))[:3].lower()
        day = match.group("d1") or match.group("d2") or ""
        year = match.group("y1") or match.group("y2") or match.group("y3") or ""
        shown = " ".join(match.group().split())
        figure = Figure("date", shown, parts=(year, month, day.lstrip("0")), role="date")
        out.append((match.span(), figure))
    found = []
    if months:
        pattern, keys = _foreign_dates(months)
        for match in pattern.finditer(text):
            name = match.group("m") or match.group("m2")
            key = keys.get(_fold(name))
            if key is not None:
                found.append((match, key, match.group("d"), match.group("y") or match.group("y2")))
    if "月" in text:
        found += [
            (m, _MONTH_KEYS[int(m.group("m")) - 1], m.group("d"), m.group("y"))
            for m in _CJK_DATE.finditer(text)
            if 1 <= int(m.group("m")) <= 12
        ]
    for match, month, day, year in found:
        if any(a < match.end() and match.start() < b for (a, b), _ in out):
            continue  # read as an English date already
        if day and not 1 <= int(day) <= 31:
            continue
        parts = (str(int(year)) if year else "", month, str(int(day)) if day else "")
        shown = " ".join(match.group().split())
        out.append((match.span(), Figure("date", shown, parts=parts, role="date")))
    return sorted(out, key=lambda date: date[0])


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
    """Stems of the content words within ``_NEAR`` words of ``text[start:end]``, and within 80
    characters of it: whole words of ``text`` only, not one cut by the number ("5km") or by
    the 80 characters, so that the neighbours are always among ``words_of(text)``'s."""
    tokens, starts, ends = words_of(text)
    first = bisect_left(starts, start - 80)
    last = bisect_right(ends, end + 80)
    before = bisect_right(ends, start)
    after = bisect_left(starts, end)
    words = (*tokens[max(first, before - _NEAR) : before], *tokens[after : min(last, after + _NEAR)])
    return frozenset(t.stem for t in words if t.stem and not t.norm[0].isdigit())


@lru_cache(maxsize=4096)
def words_of(text: str) -> tuple[tuple[Token, ...], tuple[int, ...], tuple[int, ...]]:
    """``text``'s words, with their starts and ends, remembered: every number of a sentence
    reads its neighbours from one tokenizing of it."""
    tokens = tuple(tokenize(text))
    return tokens, tuple(t.start for t in tokens), tuple(t.end for t in tokens)


# ---- owners ----------------------------------------------------------------------------------

_NAME = r"[A-Z][\w'’.&-]*"
_NAMES = rf"(?:{_NAME}[ \t]+){{0,3}}{_NAME}"
"""A name of up to four capitalised words: "Barker", "Reform UK", "Hull City"."""
_PERSON_BEFORE = re.compile(
    rf"(?P<name>(?:{_NAME}[ \t]+)?{_NAME})(?:,[ \t]*(?:aged[ \t]+|an?[ \t]+)?|[ \t]\()$"
)
"""Before an age: "Barker, 45", "Barker (45)", "Barker, aged 45", "Barker, a 45-year-old"."""
_AGE_ENDS = re.compile(r"[ \t]*(?:[,.;:)]|$)")
"""After an age of its owner's: a comma or a stop, not "and 43" (a list of ages)."""
_PERSON_AFTER = re.compile(
    rf"[ \t]+(?P<name>{_NAMES})(?=[ \t]*[,.;:)]|[ \t]+(?:was|is|were|are|who|had|has|have|and|denied"
    r"|admitted|pleaded|told|said|appeared|died)\b)"
)
"""After "45-year-old": a name, then a verb or a stop ("45-year-old Barker was", not "45-year-old
Selby man")."""
_SOMEONE = (
    "man|woman|boy|girl|lad|widow|widower|pensioner|mother|father|grandmother|grandfather|teenager"
    "|victim|driver|passenger|cyclist|pedestrian"
)
_SOMEONE_BEFORE = re.compile(rf"\b(?P<noun>{_SOMEONE}) of[ \t]+$")
_SOMEONE_AFTER = re.compile(rf"[ \t]+(?P<noun>{_SOMEONE})\b")
_SOMEONE_NAMED = re.compile(rf"\b(?i:the|a|an)[ \t]+(?P<noun>{_SOMEONE}),[ \t]*(?:aged[ \t]+)?$")
"""Someone unnamed before an age between commas: "The woman, 30, is being treated"."""
_PEOPLE = (
    "men|women|boys|girls|lads|teenagers|victims|drivers|passengers|cyclists|pedestrians|pensioners"
    "|brothers|sisters|sons|daughters"
)
_PEOPLE_AGED = re.compile(
    rf"\b(?P<noun>{_PEOPLE}),?[ \t]+(?:both[ \t]+)?aged[ \t]+"
    r"(?:\d{1,3}(?:,[ \t]*\d{1,3})*,?[ \t]+(?:and|or)[ \t]+)?$"
)
"""People unnamed and their ages in a list: "two men, aged 24 and 30": the men's ages."""
"""Someone the story does not name: "a man of 34", "a 34-year-old man"."""
_SHARE_BEFORE = re.compile(
    rf"(?P<name>{_NAMES}),?[ \t]+(?:(?:was|were|is|are|stood|stands|remained|remains|polled|took"
    r"|won|got|had|has|have|rose|fell|climbed|dropped|slipped|jumped|up|down)[ \t]+)?"
    r"(?:(?:on|at|to|with)[ \t]+)?$"
)
"""Before a share: "Labour on 41%", "the Conservatives, on 23%", "Reform UK 12%", "Labour polled
41%"."""
_SHARE_AFTER = re.compile(rf"[ \t]+for[ \t]+(?:the[ \t]+)?(?P<name>{_NAMES})")
"""After a share: "41% for Labour"."""
_SHARE_AT = re.compile(rf"[ \t]+(?:of[ \t]+[a-z]+[ \t]+)?at[ \t]+(?:the[ \t]+)?(?P<name>{_NAMES})")
"""After a share, where it was measured: "62% at Bradford Royal Infirmary", "71% of patients at
Leeds Teaching Hospitals"."""
_HONORIFICS = frozenset("Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Prof Rev".split())
"""Honorifics before a name, not part of its key: "Mr Barker, 45" is Barker's age."""
_OPENERS = frozenset("At In On For From By With While And But Of".split())
"""Prepositions and conjunctions a name before a share may begin with: "At Leeds Teaching
Hospitals, 62%" is Leeds Teaching Hospitals' share."""
_NOT_OWNERS = frozenset(MONTHS.split("|")) | frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday".split()
)
_SCORE_FIRST = re.compile(
    rf"(?:[ \t]*[-–][ \t]*\d{{1,3}}[ \t]+(?:the[ \t]+)?{_NAME}|,?[ \t]+(?:the[ \t]+)?{_NAMES}[ \t]+\d{{1,3}})"
    r"(?![\w]|[.,]\d)"
)
"""After the first team's score: "2 Leeds United 1", "24, St Helens 18", "2-1 Leeds"."""
_SCORE_SECOND = re.compile(rf"\d{{1,3}},?[ \t]+(?P<name>{_NAMES})[ \t]+$")
"""Before the second team's score: "Hull City 2 Leeds United 1"."""
_SCORE_DASHED = re.compile(rf"{_NAME}[ \t]+\d{{1,3}}[ \t]*[-–][ \t]*$")
"""Before the second score of "Hull City 2-1 Leeds United"."""
_SCORE_NAME = re.compile(rf"(?P<name>{_NAMES})[ \t]+$")
_SCORE_END = re.compile(r"(?![\w]|[.,]\d)")
_TEAM_AFTER = re.compile(rf"[ \t]+(?:the[ \t]+)?(?P<name>{_NAMES})")
_TERMS = {
    "jailed": "jail",
    "jail": "jail",
    "imprisoned": "jail",
    "imprisonment": "jail",
    "prison": "jail",
    "sentenced": "jail",
    "sentence": "jail",
    "term": "jail",
    "detained": "jail",
    "detention": "jail",
    "locked": "jail",
    "banned": "ban",
    "ban": "ban",
    "disqualified": "ban",
    "disqualification": "ban",
    "suspended": "suspension",
    "curfew": "curfew",
}
"""What a court's term is of, by the word before a duration ("jailed for", "banned from
driving for") or after a compound one ("an 18-month jail term", "a three-year driving ban")."""
_TERM_NAMES = {
    "jail": "the jail term",
    "ban": "the ban",
    "suspension": "the suspension",
    "curfew": "the curfew",
}
_TERM_UNITS = frozenset({"day", "week", "fortnight", "month", "year"})
"""Units of a court's terms: "200 hours" of unpaid work and "36 hours" to question are not."""
_TERM_WORDS = re.compile(r"[A-Za-z]+|[^\sA-Za-z]")


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _named(name: str, what: str, whose: str) -> tuple[str, str]:
    """The owner key and reading of a party's or a team's figure: its name in one form
    (``forms.body``: "the Tories" and "the Conservative Party" are one owner)."""
    words = name.rstrip(".'’").split()
    if words[0] in ("The", "the") and len(words) > 1:
        words = words[1:]
    return f"{what}:{' '.join(body(words))}", f"{_possessive(' '.join(words))} {whose}"


def _share_name(name: str) -> str:
    """A name a share belongs to, without the preposition it may start with ("At Leeds Teaching
    Hospitals"), or "" for a month or a day ("In October, 71%")."""
    words = name.split()
    while words and words[0] in _OPENERS:
        words = words[1:]
    if not words or words[0].rstrip(".,") in _NOT_OWNERS:
        return ""
    return " ".join(words)


def _term(text: str, start: int, end: int, compound: bool) -> str:
    """The term a court's duration is of (``_TERMS``): the nearest term word within five words
    before it in its clause, or for a compound ("an 18-month jail term") within three after."""
    if compound:
        for word in _TERM_WORDS.findall(text, end, min(len(text), end + 40))[:4]:
            if not word.isalpha():
                break
            if word.lower() in _TERMS and word.lower() != "suspended":
                return _TERMS[word.lower()]
        return ""
    words = _TERM_WORDS.findall(text, max(0, start - 60), start)
    for word in reversed(words[-6:]):
        if not word.isalpha():
            return ""  # a clause's end, or another number
        if word.lower() in _TERMS:
            return _TERMS[word.lower()]
    return ""


def _owner(text: str, match: re.Match[str], role: str, unit: str, compound: bool) -> tuple[str, str]:
    """(owner key, reading) of a number found by ``_NUMBER`` with this role and unit, or ("",
    "") (module doc, "Owners")."""
    start, end = match.span()
    before = text[max(0, start - 60) : start]
    if role == "age":
        found = _PERSON_BEFORE.search(before)
        if found and (_AGE_ENDS.match(text, end) or match.group("old")):
            name = found.group("name")
        else:
            after = _PERSON_AFTER.match(text, end) if match.group("old") else None
            if after is None:
                people = _PEOPLE_AGED.search(before)
                if people is not None:
                    noun = people.group("noun").lower()
                    return f"age:the {noun}", f"the {noun}'s ages"
                someone = (
                    _SOMEONE_BEFORE.search(before)
                    or (_SOMEONE_NAMED.search(before) if _AGE_ENDS.match(text, end) else None)
                    or (_SOMEONE_AFTER.match(text, end) if match.group("old") else None)
                )
                if someone is None:
                    return "", ""
                noun = someone.group("noun").lower()
                return f"age:a {noun}", f"the {noun}'s age"
            name = " ".join(after.group("name").split()[-2:])
        words = [w for w in name.rstrip(".'’").split() if w.rstrip(".") not in _HONORIFICS]
        name = " ".join(words or name.split()[-1:])
        return f"age:{name.lower()}", f"{name}'s age"
    if role == "duration" and unit in _TERM_UNITS:
        term = _term(text, start, end, compound)
        return (f"term:{term}", _TERM_NAMES[term]) if term else ("", "")
    if role == "percent":
        found = _SHARE_AFTER.match(text, end)
        if found is None:
            found = _SHARE_BEFORE.search(before)
            name = _share_name(found.group("name")) if found else ""
            if not name:
                found = _SHARE_AT.match(text, end)
                name = _share_name(found.group("name")) if found else ""
        else:
            name = found.group("name")
        return _named(name, "share", "share") if name else ("", "")
    if role == "count" and match.group("digits") and len(match.group("digits")) <= 3:
        last = before.rstrip(" \t")[-1:]
        if last and last in "-–":
            team = _TEAM_AFTER.match(text, end)  # "2-1 Leeds": the 1 is Leeds's
            if team and _SCORE_DASHED.search(before):
                return _named(team.group("name"), "score", "score")
            return "", ""
        words = before.split()
        if not (words and before[-1:] in (" ", "\t") and words[-1][:1].isupper()):
            return "", ""  # no team's name right before: most counts ("killed 12")
        second = _SCORE_SECOND.search(before)
        if second is None:
            first = _SCORE_NAME.search(before)
            if first and _SCORE_FIRST.match(text, end):
                return _named(first.group("name"), "score", "score")
        elif _SCORE_END.match(text, end):
            return _named(second.group("name"), "score", "score")
    return "", ""


def _number(text: str, shown: str, match: re.Match[str]) -> Figure | None:
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
            or (
                _AGE_AFTER.match(text, end)
                and (_NAMED_BEFORE.search(before) or _SOMEONE_NAMED.search(before))
            )
            or _PEOPLE_AGED.search(before)
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
    owner, whose = _owner(text, match, role, kind_unit, compound)
    return Figure(
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
        owner=owner,
        whose=whose,
    )


def _read(
    text: str, original: str, dates: list[tuple[tuple[int, int], Figure]] | None = None
) -> list[Figure]:
    """The figures of one sentence (``text`` with its typos read, ``original`` as written):
    dates (``dates``, if the caller read them: ``_dates`` of ``text`` otherwise), then spans,
    decades, ages by decade, times and codes, then numbers outside them, in reading order
    within each."""
    dates = _dates(text) if dates is None else dates
    # a dateline's day ("NAIROBI, May 2 (Reuters) -") is neither a date nor a number of the story
    inside = [span for span, _ in dates] + [m.span("date") for m in _DATELINE.finditer(text)]
    found: list[tuple[int, Figure]] = [(span[0], figure) for span, figure in dates]

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in inside)

    def shown(start: int, end: int) -> str:
        return " ".join(original[start:end].split()).rstrip(".,")

    def add(start: int, end: int, figure: Figure) -> None:
        inside.append((start, end))
        found.append((start, figure))

    for match in _SPAN.finditer(text):
        if free(*match.span()):
            first = int(match.group("a") or match.group("c"))
            second = match.group("b") or match.group("d")
            last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            last += 100 if last < first else 0
            figure = Figure("number", shown(*match.span()), value=first, role="span", last=last)
            add(*match.span(), figure)
    for match in _AGE_DECADE.finditer(text):
        at = (match.start("n") if match.group("n") else match.start("w"), match.end())
        if free(*at):
            low = int(match.group("n")) if match.group("n") else _AGE_DECADE_WORDS[match.group("w").lower()]
            add(*at, Figure("number", shown(*at), value=low, role="age", last=low + 9))
    for match in _DECADE.finditer(text):
        group = "y" if match.group("y") else "yy" if match.group("yy") else "ty"
        at = (match.start() if group == "yy" else match.start(group), match.end())
        if free(*at):
            year = int(match.group(group))
            year += 1900 if year < 100 else 0
            add(*at, Figure("number", shown(*at), value=year, role="decade", last=year))
    for match in _TIME.finditer(text):
        if free(*match.span()):
            hour = int(match.group("h") or match.group("h24"))
            minute = int(match.group("m") or match.group("m24") or 0)
            if match.group("ampm"):
                hour = hour % 12 + (12 if match.group("ampm").lower() == "p" else 0)
            minutes = 60.0 * hour + minute
            to_the_minute = 2 if match.group("m") or match.group("m24") else 0
            figure = Figure(
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
            add(*match.span(), Figure("number", word, unit=letters, role="code"))
    for match in _ORDINAL_WORD.finditer(text):
        if free(*match.span()):
            value = _ORDINALS.index(match.group().lower()) + 3
            thing = _counted(text, match.end(), things=False)
            figure = Figure(
                "number",
                shown(*match.span()),
                value=value,
                role="ordinal",
                last=value,
                thing=thing,
                sentence=text,
                at=match.span(),
            )
            add(*match.span(), figure)
    numbers = _NUMBER if _NUMBER_WORD.search(text.lower()) else _NUMBER_IN_DIGITS
    for match in numbers.finditer(text):
        start = match.start("digits") if match.group("digits") else match.start("words")
        if not free(start, match.end()):
            continue
        number = _number(text, shown(*match.span()), match)
        if number is not None:
            add(*match.span(), number)
    return [figure for _, figure in sorted(found, key=lambda pair: pair[0])]


def may_have_figures(text: str) -> bool:
    """False when ``text`` has neither a digit nor a number word, and so no figure: a test far
    cheaper than reading it."""
    lower = text.lower()
    return bool(_DIGIT.search(text) or _NUMBER_WORD.search(lower) or _ORDINAL_WORD.search(lower))


ENGLISH = "1,234.5"
"""How English writes numbers, as ``Profile.numbers`` names a way: a comma between thousands,
a full stop before decimals."""


@lru_cache(maxsize=8192)
def _passage_figures(
    original: str, form: str = ENGLISH, unspaced: bool = False, months: tuple[str, ...] = ()
) -> tuple[Figure, ...]:
    """``_read`` of one passage, remembered: a source checked against many copies, and a
    sentence in several groups, are read once. A passage with no digit and no number word has
    no figure. ``form`` is how its language writes numbers (``Profile.numbers``); ``unspaced``,
    that it writes no spaces between words (Chinese "1300名", "升至2.5%"), so each character
    of that script is read as a space around the numbers; ``months``, its month names
    (``Profile.months``)."""
    if not may_have_figures(original):
        return ()
    text = in_english_format(original, form)
    read = untypo(text)
    # its dates first: the characters that write a Chinese date ("3月24日") are read as spaces
    dates = _dates(read, months) if months or unspaced else None
    if unspaced:
        read = untypo(UNSPACED.sub(" ", text))
    return tuple(_read(read, original, dates))


def figures_of(text: str, spans: Sequence[tuple[int, int]] | None = None, lang: str = "en") -> list[Figure]:
    """The figures of ``text``'s sentences ``spans`` (all of it when None), in reading order:
    dates and numbers, each number with its role. ``lang`` is the text's language (a code of
    ``diffnews.lang``), which says how it writes numbers."""
    language = profile(lang)
    figures: list[Figure] = []
    for start, end in spans if spans is not None else [(0, len(text))]:
        figures += _passage_figures(text[start:end], language.numbers, language.characters, language.months)
    return figures


_POINT_THOUSANDS = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.,]?\d)|(?<![\d.,])\d+,\d+(?![.,]?\d)"
)
_SPACE_THOUSANDS = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![.,]?\d)|(?<![\d.,])\d+,\d+(?![.,]?\d)"
)
_ARABIC_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ","})
"""Arabic's own decimal and thousands separators ("٣٫٥" is 3.5), in any language's text."""
_TO_ENGLISH = str.maketrans({".": ",", ",": ".", " ": ",", "\u00a0": ",", "\u202f": ","})


def in_english_format(text: str, form: str) -> str:
    """``text`` with its numbers written as English writes them, character for character so
    that offsets stay, when its language writes them as ``form`` ("1.234,5", "1 234,5"); and
    Arabic's own separators ("٣٫٥") as English's, in any language.

    >>> in_english_format("Die Stadt hat 1.300 Einwohner, 2,5 Prozent mehr.", "1.234,5")
    'Die Stadt hat 1,300 Einwohner, 2.5 Prozent mehr.'
    >>> in_english_format("La ville compte 1 300 habitants, soit 2,5 % de plus.", "1 234,5")
    'La ville compte 1,300 habitants, soit 2.5 % de plus.'
    >>> in_english_format("Am 03.10.2024 um 14.30 Uhr", "1.234,5")
    'Am 03.10.2024 um 14.30 Uhr'
    """
    text = text.translate(_ARABIC_SEPARATORS) if "\u066b" in text or "\u066c" in text else text
    if form == ENGLISH:
        return text
    pattern = _SPACE_THOUSANDS if form == "1 234,5" else _POINT_THOUSANDS
    return pattern.sub(lambda m: m.group().translate(_TO_ENGLISH), text)


_EDGE_NUMBER = rf"(?:[$€£¥][ \t]?)?(?:l?\d[\d,.OolI]*|(?i:{_WRITTEN})\b)"
_EDGE_AFTER = re.compile(
    rf"[ \t]*(?:[a-z]+[ \t]+){{0,2}}{_EDGE_NUMBER}(?:[ \t]*(?:-|–|to|and)[ \t]*{_EDGE_NUMBER})?"
    r"(?:[- \t]?[^\W\d_]+)?"
)
_EDGE_BEFORE = re.compile(rf"(?<![^\W_]){_EDGE_NUMBER}[- \t]*$")


def widened(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The passage ``text[start:end]`` of the sentence ``text[lo:hi]``, with a number at either
    end taken back in: right before the start, or within two words after the end, in the same
    clause, with the word after it ("jailed for| nine years", "has run| it since 2014"). A
    passage that ends a sentence is not taken further, nor one that starts it back."""
    if text[start:end].rstrip()[-1:] not in '.!?…"”’)':  # not a sentence's end
        after = _EDGE_AFTER.match(text, end, min(hi, end + 40))
        end = after.end() if after else end
    if start - 2 >= lo and text[start - 1] in " \t-" and text[start - 2] not in '.!?…"”’)\n':
        before = _EDGE_BEFORE.search(text, max(lo, start - 40), start)
        start = before.start() if before else start
    return start, end
