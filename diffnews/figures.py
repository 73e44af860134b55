"""Figures that disagree inside an aligned group: numbers, dates and names.

Two aligned passages report the same thing, so a figure that one gives and the other gives
differently is a contradiction worth a reader's eye: "killed 12" against "killed 21", "$2.5
billion" against "$1.8 billion", "Macron" against "Biden". Three kinds are compared:

date
    A month with a day or a year, or both: "December 31, 2021", "31 December", "June 2020"; a
    range such as "June 11-July 26" is read as its two dates. Two dates conflict when each side
    has one the other lacks.
number
    Any other number, shown with its currency sign and its scale or unit ("$1.8 billion", "40
    percent"). Numbers are compared as values ("3,500" = "3500"), and they conflict when each
    side has one the other lacks. A number given by one side only is not a conflict: it is a
    detail the other left out, which the word diff already shows.
name
    Capitalised words that the word diff pairs up in the same place ("President Macron said"
    against "President Biden said"). A name added or dropped is not a conflict.

A date against a vaguer time ("by the end of the year", "later this month") is not a
contradiction but a loss of precision: it is reported as ``less_specific``, not as a conflict.

>>> from diffnews.text import tokenize
>>> a = "Militants killed 12 people in Kirkuk on June 3, police said."
>>> b = "Militants killed 21 people in Kirkuk on June 3, police said."
>>> whole = lambda text: [(0, len(text))]
>>> [(c.kind, c.left, c.right) for c in conflicts(a, whole(a), tokenize(a), b, whole(b), tokenize(b))[0]]
[('number', '12', '21')]
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from diffnews.report import Conflict
from diffnews.text import Token

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
_NUMBER = re.compile(
    r"(?P<sign>[$€£¥])?\s?(?P<value>\d[\d,]*(?:\.\d+)?)(?P<unit>\s?(?:%|percent|per cent|million|billion|"
    r"trillion|thousand|bn|m\b|km|kilometres|kilometers|miles|tonnes|tons))?",
    re.IGNORECASE,
)


_MONTH_NAMES = set(_MONTHS.split("|"))
_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "gen", "sen", "rep", "gov", "prime", "sir"}


@dataclass(frozen=True)
class _Figure:
    kind: str
    """"date" or "number"."""
    shown: str
    """As the text writes it."""
    parts: tuple[str, ...] = ()
    """A date's (year, month, day), "" where the text gives none."""
    value: float = 0.0
    """A number's value, its scale applied when it has one ("1.8 billion" = 1.8e9)."""
    unit: str = ""
    """A number's unit: "percent", "money", a length, or "" for a plain count."""
    decimals: int = 0
    """Digits after the decimal point: how precise the writer was."""
    scale: float = 1.0
    """The scale word's factor ("billion", "bn": 1e9); 1 when there is none."""

    def agrees(self, other: _Figure) -> bool:
        """The same figure, written differently: "3,500" and "3500", "$114.3 million" and "$114
        million" (rounded), "38" and "38 million" (one side drops the scale)."""
        if self.kind != other.kind:
            return False
        if self.kind == "date":
            return self.parts == other.parts
        if math.isinf(self.value) or math.isinf(other.value):  # too long for a float
            return self.shown == other.shown
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
        out.append((match.span(), _Figure("date", shown, parts=(year, month, day.lstrip("0")))))
    return out


def _figures(text: str) -> list[_Figure]:
    """Dates, then numbers outside dates, in reading order."""
    dates = _dates(text)
    # a dateline's day ("NAIROBI, May 2 (Reuters) -") is neither a date nor a number of the story
    inside = [span for span, _ in dates] + [m.span("date") for m in _DATELINE.finditer(text)]
    numbers = []
    for match in _NUMBER.finditer(text):
        if any(start <= match.start("value") < end for start, end in inside):
            continue
        written = match.group("value").replace(",", "").rstrip(".")
        unit = (
            (match.group("unit") or "").strip().lower().replace("per cent", "percent").replace("%", "percent")
        )
        scale = _SCALES.get(unit, 0.0)
        kind = "money" if match.group("sign") else ("" if scale else unit)
        decimals = len(written.split(".")[1]) if "." in written else 0
        value = float(written) * (scale or 1.0)
        shown = " ".join(match.group().split()).rstrip(".,")
        numbers.append(
            _Figure("number", shown, value=value, unit=kind, decimals=decimals, scale=scale or 1.0)
        )
    return [figure for _, figure in dates] + numbers


def _unmatched(mine: list[_Figure], theirs: list[_Figure]) -> list[_Figure]:
    """Figures of ``mine`` that no figure of ``theirs`` agrees with (each used once)."""
    free = list(theirs)
    out = []
    for figure in mine:
        match = next((k for k, other in enumerate(free) if figure.agrees(other)), None)
        if match is None:
            out.append(figure)
        else:
            del free[match]
    return out


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name: "Turk"/"Turks", "Muqtada"/"Moqtada", "Tim"/"Timothy",
    "IAEA"/"International Atomic Energy Agency", "Visual Basic"/"VisualBasic"."""
    from rapidfuzz import fuzz

    x, y = a.lower().replace(" ", ""), b.lower().replace(" ", "")
    if x.startswith(y) or y.startswith(x) or float(fuzz.ratio(x, y)) >= 75:
        return True
    initials = ["".join(w[0] for w in name.split() if w[0].isupper()).lower() for name in (a, b)]
    return x.replace(".", "") == initials[1] or y.replace(".", "") == initials[0]


def _opens(text: str, start: int) -> bool:
    """True if the word at ``start`` opens a sentence, a quote or a clause after a colon, where
    a capital says nothing about names."""
    end = start
    while end and text[end - 1] in " \t\u00a0":  # not text[:start]: a copy of all that came before
        end -= 1
    return not end or text[end - 1] in '.!?:;\n“"‘«(—'


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
        named = all(t.capital and t.norm.isalpha() and t.norm not in _TITLES for t in (*old, *new))
        opening = _opens(left, old[0].start) or _opens(right, new[0].start)
        shown = (left[old[0].start : old[-1].end], right[new[0].start : new[-1].end])
        if named and not opening and not _same_name(*shown):
            when = all(t.norm in _WEEKDAYS or t.norm.capitalize() in _MONTH_NAMES for t in (*old, *new))
            out.append(Conflict("date" if when else "name", *shown))
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
    ours, theirs = _figures(passages[0]), _figures(passages[1])
    only_left, only_right = _unmatched(ours, theirs), _unmatched(theirs, ours)
    found: list[Conflict] = []
    vaguer: list[Conflict] = []
    dates = [[f for f in only if f.kind == "date"] for only in (only_left, only_right)]
    for a, b in zip(dates[0], dates[1], strict=False):
        if a.coarser(b) or b.coarser(a):
            vaguer.append(Conflict("date", a.shown, b.shown))
        else:
            found.append(Conflict("date", a.shown, b.shown))
    units = sorted({f.unit for f in (*only_left, *only_right) if f.kind == "number"})
    for unit in units:  # numbers pair up with numbers of the same unit, in reading order
        mine = [f for f in only_left if f.kind == "number" and f.unit == unit]
        other = [f for f in only_right if f.kind == "number" and f.unit == unit]
        found += [Conflict("number", a.shown, b.shown) for a, b in zip(mine, other, strict=False)]
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
