"""Figures that disagree inside an aligned group: numbers, dates and names.

Two aligned passages report the same thing, so a figure that one gives and the other gives
differently is a contradiction worth a reader's eye: "killed 12" against "killed 21", "$2.5
billion" against "$1.8 billion", "Macron" against "Biden". Reading the numbers and dates of a
passage (values, units, roles, written numbers, typos, dates) is ``numbers.py``'s; this module
pairs what the two passages read into conflicts, and compares names. Three kinds:

date
    Two dates conflict when each side has one the other lacks. A date against a vaguer time
    ("by the end of the year", "later this month") is not a contradiction but a loss of
    precision: it is reported as ``less_specific``, not as a conflict.
number
    Numbers conflict when each side has one the other lacks and the two count the same thing.
    A number given by one side only is not a conflict: it is a detail the other left out,
    which the word diff already shows.
name
    Capitalised words that the word diff pairs up in the same place ("President Macron said"
    against "President Biden said"). A name added or dropped is not a conflict, and neither is
    a short form of the same words ("Sgt"/"Sergeant", "Lincs"/"Lincolnshire": ``forms.py``).

The algorithm, for one aligned group
------------------------------------
1. Each side's passages are read (``numbers.figures_of``, remembered per passage). A group
   copied as it was has no figure to compare and goes straight to names.
2. *Owners* (``_owned``, below): the figures of an owner both sides name are compared with
   each other only, and set aside; a pair of them that disagree is a conflict that says whose
   figure it is (``OwnedConflict``).
3. *Agreement* (``_unmatched``): every figure of one side that agrees with one of the other
   (``numbers.Figure.agrees``: "3,500" and "3500", "nine years" and "9 years", "$114 million"
   and "$114.3 million") is set aside with it, each used once; first figures of one role, then
   a bare number with a figure of any role ("for eight" and "eight years"), so that a bare
   number does not take another's counterpart.
4. *Dates* left over on both sides are paired in reading order: a coarser one is less
   specific, any other a conflict.
5. *Pairing* (``_paired``): the numbers left over are paired only with a number that counts
   the same thing (below), best first. Each pair is a conflict. Number conflicts, of owners or
   paired, are reported in the left's reading order.
6. A date on one side only, against a vaguer time on the other, is less specific.
7. *Names* (``_names``): the word diff's replacements of capitalised words, compared once short
   forms, titles and other names of one body are read.

Owners
------
Matching values as a set misses a value given to the wrong owner: "Barker, 45, punched Cole,
54" against "Barker, 54, punched Cole, 45" has 45 and 54 on each side. ``numbers.py`` reads an
owner where a sentence attaches a figure to one (an age after a name, a share after a party, a
term after "jailed for" or "banned for", a score after a team). For each owner both sides name,
its figures are matched with each other first (agreeing ones set aside), then the rest paired
in reading order, a figure only with one of the same role and, for durations, the same kind of
unit ("12 weeks" is not "three months"). Such a pair is a conflict even when each value is
elsewhere in the passage: "Barker's age: 45 in the source, 54 in the copy". One exception:
when each side has the other's value too, given to no owner ("Labour was on 38% last month and
is now on 41%" against "Labour is on 41%, up from 38%"), the sides only attach one owner's two
values differently, and the pair is left to the steps below, where the values agree. A figure
whose owner only one side names is compared as if it had none.

Pairing: what a number counts
-----------------------------
Copy desks move figures between sentences, drop some and add others from their own files, so
the passages of an aligned group often each hold a number the other lacks that has nothing to
do with it: an age the paper adds ("Peter, 55, has run it since 1998") against a decade the wire
gives ("opened in the 1970s"). Such numbers are not paired by their order in the passage but by
what they count. A number left over is paired only with one of the same role (a bare count only
with counts; a duration in years also with a span), of the same kind of unit (hours with days,
not with months), and:

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
Two are not paired when one is plainly a figure its side gives elsewhere, about something else
(``_moved``): the copy's "the 58-year-old lorry driver", moved into the sentence of the wire's
"the 47-year-old man", agrees with the wire's "The lorry driver, a 58-year-old man", which
shares at least two of its neighbouring words (read in its paragraph, not the passage) and more
than the 47 does.

*Passages.* Which stretches of a group are compared is ``compare._compared``'s choice, not
this module's: the whole sentences of a group the aligner made; for a group that fragments
made, what its sentences share, not the clauses one adds, widened by a number at either edge
(``numbers.widened``: the words stop matching where the two sides give a figure differently);
and, for numbers and dates only, a sentence in no group next to one of the group's that
carries what the other side's sentences say (a wire sentence the copy merged into its lede).

Names
-----
A name the word diff pairs with another is compared once short forms are expanded (``forms.py``:
"Sgt Morley" = "Sergeant Morley", "Lincs" = "Lincolnshire"; and, here, "U.S." = "American" =
"United States"), and other names of one party, force or institution read as one
(``forms.BODIES``: "the Tories" = "the Conservative Party", "the Met" = "Scotland Yard", "the
Fed" = "the US Federal Reserve"; "Tory" and "Conservatives" differ only in number), and its
titles apart from the rest. A "the" before a name is not part of it ("Labour" against "the
Conservative Party" is a changed name). Titles say nothing of who a person is:
"Miss Leigh" and "WPC Leigh" are one woman, and a first name added after a rank ("Sgt Daniel
Morley" for "Sergeant Morley") changes no one. Two ranks or offices that differ are a change in
court and police copy ("PC Kaye" against "DC Kaye", "Sgt Hale" against "Insp Hale"), and stay a conflict
when both sides give one; an honorific (Mr, Mrs, Miss, Ms, Dr, Sir...) against a rank is not,
nor is a woman's honorific against another ("Miss" and "Mrs"), but a man's against a woman's
("Mr Hart" against "Mrs Hart") is. "WPC" and "PC" are the same rank (forces have dropped the
"W"). A capital at a sentence's start says nothing of names, but a party, force or
institution (``forms.BODIES``) changed for another there is a changed name ("Labour candidate
Andrew Cooper" for "Conservative candidate Andrew Cooper"), and so is one before a possessive
("Conservative Sarah Edwards" for "Labour's Sarah Edwards").

>>> from diffnews.reading.text import tokenize
>>> a = "Militants killed 12 people in Kirkuk on June 3, police said."
>>> b = "Militants killed 21 people in Kirkuk on June 3, police said."
>>> whole = lambda text: [(0, len(text))]
>>> [(c.kind, c.left, c.right) for c in conflicts(a, whole(a), tokenize(a), b, whole(b), tokenize(b))[0]]
[('number', '12', '21')]
>>> a = "Lance Corporal Tom Byrne, of the 1st Battalion, was driving the lorry."
>>> b = "L/Cpl Tom Byrne, 24, was driving the lorry."
>>> conflicts(a, whole(a), tokenize(a), b, whole(b), tokenize(b))
([], [])

Cost: pairing is over the numbers left unmatched, a handful, so it is quadratic in a handful;
the names' word diff is over the group's words.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from diffnews.facts.forms import BODIES, TITLES, body, expand
from diffnews.facts.numbers import MONTHS, VAGUE, Figure, _rounds_to, figures_of, untypo
from diffnews.lang import profile
from diffnews.reading.text import Token, stems
from diffnews.report import Conflict

__all__ = ["Conflict", "OwnedConflict", "conflicts"]

_figures = figures_of
"""The reader, under the name tests/test_attribution.py imports it by."""


# ---- numbers and dates ---------------------------------------------------------------------------


def _deadline(dates: Sequence[Figure], passage: str, vague: str) -> str:
    """The date a vaguer time stands for: "by the end of the year" for the date after "by" (a
    passage of two sentences may give when talks began, then the deadline), else the first."""
    word = vague.split()[0].casefold()
    if word in ("by", "before", "until"):
        for date in dates:
            at = passage.find(date.shown)
            if at > 0 and passage[:at].casefold().split()[-1:] == [word]:
                return date.shown
    return dates[0].shown


@dataclass(frozen=True)
class OwnedConflict(Conflict):
    """A conflict between two figures of one owner ("Barker's age", "the jail term"): the two
    sides give the same name, party, team or term another value."""

    owner: str = ""
    """Whose figure it is, as a reader reads it: "Barker's age", "Labour's share"."""


def _same_kind(a: Figure, b: Figure) -> bool:
    """Two figures of one owner that can be one figure: the same role, and for durations the
    same kind of unit ("12 weeks" and "three months" are not read as one)."""
    return a.role == b.role and a.time_kind == b.time_kind


def _owned(
    left: Sequence[Figure], right: Sequence[Figure]
) -> tuple[list[tuple[Figure, Conflict]], list[Figure], list[Figure]]:
    """Figures whose owner both sides give (``numbers.Figure.owner``), compared with each
    other only (module doc, "Owners"): (the conflicts, each with its left figure; the figures of
    each side left for the rest of the comparison)."""
    owner = _keys(left, right)
    keys = {owner[id(f)] for f in left if f.owner} & {owner[id(f)] for f in right if f.owner}
    if not keys:
        return [], list(left), list(right)
    used_left: set[int] = set()
    used_right: set[int] = set()
    found: list[tuple[Figure, Conflict]] = []
    for key in sorted(keys):
        mine = [i for i, f in enumerate(left) if owner[id(f)] == key]
        theirs = [j for j, f in enumerate(right) if owner[id(f)] == key]
        for i in mine:  # the owner's figures that agree
            j = next((j for j in theirs if j not in used_right and left[i].agrees(right[j])), None)
            if j is not None:
                used_left.add(i)
                used_right.add(j)
        for i in mine:  # the rest of this owner's, paired in reading order
            if i in used_left:
                continue
            j = next((j for j in theirs if j not in used_right and _same_kind(left[i], right[j])), None)
            if j is None or _unattached(left[i], right[j], left, right):
                continue
            used_left.add(i)
            used_right.add(j)
            a, b = left[i], right[j]
            whose = a.whose
            if key.startswith("age:") and " " not in key and whose.endswith("'s age"):
                whose = f"{whose.removesuffix(chr(39) + 's age').split()[-1]}'s age"  # one Barker
            found.append((a, OwnedConflict("number", a.shown, b.shown, whose)))
    return (
        found,
        [f for i, f in enumerate(left) if i not in used_left],
        [f for j, f in enumerate(right) if j not in used_right],
    )


def _keys(left: Sequence[Figure], right: Sequence[Figure]) -> dict[int, str]:
    """Each figure's owner as compared, by ``id``: a person's age keyed by the surname alone
    ("Dean Barker" and "Barker" are one man), unless the two sides give two people of that
    surname ("Amy Shaw, 14, and Beth Shaw, 11"), whose ages stay keyed by their full names."""
    full: dict[str, set[str]] = {}
    for f in (*left, *right):
        if f.owner.startswith("age:") and " " in f.owner and not f.owner.startswith(("age:a ", "age:the ")):
            full.setdefault(f.owner.rsplit(" ", 1)[1], set()).add(f.owner)
    keys = {}
    for f in (*left, *right):
        key = f.owner
        if key.startswith("age:") and not key.startswith(("age:a ", "age:the ")):
            surname = key.rsplit(" ", 1)[-1].removeprefix("age:")
            key = key if len(full.get(surname, ())) > 1 else f"age:{surname}"
        keys[id(f)] = key
    return keys


def _unattached(a: Figure, b: Figure, left: Sequence[Figure], right: Sequence[Figure]) -> bool:
    """Whether each side has the other's value too, given to no one: one owner's two values
    ("Labour was on 38% last month and is now on 41%" against "Labour is on 41%, up from
    38%"), which the sides only attach differently."""
    return any(f.agrees(a) and not f.owner for f in right) and any(f.agrees(b) and not f.owner for f in left)


def _unmatched(
    mine: list[Figure], theirs: list[Figure], across: bool = False
) -> tuple[list[Figure], list[Figure]]:
    """The figures of each side that no figure of the other agrees with, each used once: first
    figures of one role, then a bare number with a figure of any role ("for eight" and "eight
    years"), so that a bare number does not take another's counterpart. ``across``: the sides
    are in two languages, and a number the English rules read without its scale or unit
    ("3,5 Millionen", "40 Prozent") also agrees with one written the same ("3.5 million",
    "40 percent")."""
    left, right = list(mine), list(theirs)
    for lenient in (False, True):
        kept = []
        for figure in left:
            match = next(
                (
                    k
                    for k, other in enumerate(right)
                    if (lenient or other.role == figure.role)
                    and (figure.agrees(other) or (lenient and across and _written_alike(figure, other)))
                ),
                None,
            )
            if match is None:
                kept.append(figure)
            else:
                del right[match]
        left = kept
    return left, right


def _written_alike(a: Figure, b: Figure) -> bool:
    """Two numbers written alike, their scales left out ("3,5 Millionen" read as 3.5, "3.5
    million"): between two languages, the same figure."""
    if a.kind != "number" or b.kind != "number" or "code" in (a.role, b.role):
        return False
    return _rounds_to(a.value / a.scale, b.value / b.scale, min(a.decimals, b.decimals), 1.0)


def _pairing(a: Figure, b: Figure, across: bool = False) -> int | None:
    """How well two numbers the sides disagree on count the same thing (shared neighbours and
    counted words), or None when they count different things (module doc, "Pairing").
    ``across``: the sides are in two languages, whose words say nothing of what is counted
    ("new flats" and "neue Wohnungen" share none); roles and units still must agree."""
    roles = {a.role, b.role}
    if roles == {"span", "duration"}:
        duration = a if a.role == "duration" else b
        if duration.unit != "year" or duration.compound:
            return None
    elif a.role != b.role:
        # between two languages a number whose unit or scale the English rules do not read
        # ("60 Prozent", "28 Millionen Euro") is a bare count: it may be the other's percent or sum
        if not (across and "count" in roles and not roles & {"year", "code", "span", "time"}):
            return None
    elif a.role == "duration":
        if a.time_kind != b.time_kind:
            return None
        if a.compound != b.compound and not across:
            described = a if a.compound else b
            other = b if a.compound else a
            if not described.thing & other.near:
                return None  # "a 24-hour service" is not the 48 hours the repair took
    elif a.role in ("count", "ordinal"):
        counted_apart = (
            a.thing and b.thing and not (a.thing & b.thing or a.thing & b.near or b.thing & a.near)
        )
        if counted_apart and not across:
            return None  # "61 offences" and "23 previous convictions"
    elif a.role == "code":
        if a.unit != b.unit:
            return None
    elif a.role == "measure" and a.unit != b.unit:
        return None
    return len(a.near & b.near) + 2 * len(a.thing & b.thing)


def _moved(a: Figure, b: Figure, elsewhere: _Whole, theirs: _Whole) -> bool:
    """Whether ``b`` is a figure the side of ``a`` gives elsewhere, about what ``b`` is about and
    not what ``a`` is: a figure of ``elsewhere`` that agrees with ``b`` and shares at least two
    of its neighbouring words, more than ``a`` does ("the 58-year-old lorry driver" moved into
    the sentence of "the 47-year-old man", "played Pat Hennessey for 22 years" into the one of
    "her husband of 40 years"). Only the paragraphs that hold that many of those words are
    read: a figure's neighbours are words of its paragraph."""
    near = _whole(b, theirs).near  # a passage cut short has few neighbours: the sentence's
    shared = len(_whole(a, elsewhere).near & near)
    least = max(2, shared + 1)
    held = Counter(k for stem in near for k in elsewhere.stems.get(stem, ()))
    return any(
        e.kind == "number" and len(e.near & near) >= least and e.agrees(b)
        for k, count in held.items()
        if count >= least
        for e in figures_of(elsewhere.lines[k], lang=elsewhere.lang)
    )


@dataclass(frozen=True)
class _Whole:
    """A whole text as ``_moved`` reads it, paragraph by paragraph (so that a number's
    neighbours stay in its own)."""

    lines: tuple[str, ...]
    """The paragraphs, as written."""
    read: str
    """The paragraphs with their typos read as digits (as ``Figure.sentence`` holds them),
    joined by newlines."""
    starts: tuple[int, ...]
    """Where each paragraph starts in ``read``."""
    stems: dict[str, tuple[int, ...]]
    """The paragraphs (their indices) that hold each stem: where a figure with those
    neighbours can be."""
    lang: str = "en"
    """The text's language, which says how it writes numbers."""


@lru_cache(maxsize=16)
def _whole_text(text: str, lang: str = "en") -> _Whole:
    """``text`` indexed for ``_moved``: read once per text, however many of its groups ask; its
    paragraphs' figures are read only when a question reaches them."""
    lines = tuple(m.group() for m in re.finditer(r"[^\n]+", text))
    read = [_read_line(line) for line in lines]
    index: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        for stem in _line_stems(line):
            index.setdefault(stem, []).append(k)
    starts = tuple(itertools.accumulate((len(line) + 1 for line in read[:-1]), initial=0))
    return _Whole(lines, "\n".join(read), starts, {s: tuple(ks) for s, ks in index.items()}, lang)


@lru_cache(maxsize=8192)
def _read_line(line: str) -> str:
    """A paragraph with its typos read as digits, remembered (a source checked against many
    copies, and the paragraphs copies keep, are read once)."""
    return untypo(line)


@lru_cache(maxsize=8192)
def _line_stems(line: str) -> frozenset[str]:
    """The stems of a paragraph, typos read, remembered as ``_read_line``."""
    return frozenset(stems(_read_line(line)))


def _whole(figure: Figure, whole: _Whole) -> Figure:
    """``figure`` as read in its whole text, with all its neighbouring words: the same number at
    the same place, its passage found in a paragraph at its offset (the first such place)."""
    passage = figure.sentence
    at = whole.read.find(passage) if passage else -1
    while at >= 0:
        k = bisect_right(whole.starts, at) - 1
        offset = at - whole.starts[k]
        if "\n" not in passage:
            for f in figures_of(whole.lines[k], lang=whole.lang):
                if f.at[0] - figure.at[0] == offset and f.shown == figure.shown:
                    return f
        at = whole.read.find(passage, at + 1)
    return figure


def _paired(
    left: list[Figure],
    right: list[Figure],
    left_all: _Whole | None = None,
    right_all: _Whole | None = None,
    across: bool = False,
) -> list[tuple[Figure, Conflict]]:
    """Numbers each side has and the other lacks, paired by what they count, best first, each
    conflict with its left figure. Two are not paired when one is a figure the other's side
    gives elsewhere, about something else (``_moved``; ``left_all`` and ``right_all`` are the
    figures of each whole text). Greedy, best score first; whether a pair is moved is asked
    only of a pair whose two figures are both still free when its turn comes, which gives the
    pairs that setting the moved ones aside first would give (a moved pair takes neither
    figure), for fewer questions."""
    scored = []
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            score = _pairing(a, b, across)
            if score is not None:
                scored.append((-score, i, j))
    scored.sort()
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i in used_left or j in used_right:
            continue
        if (
            left_all
            and right_all
            and (
                _moved(left[i], right[j], left_all, right_all)
                or _moved(right[j], left[i], right_all, left_all)
            )
        ):
            continue
        used_left.add(i)
        used_right.add(j)
        pairs.append((i, j))
    return [(left[i], Conflict("number", left[i].shown, right[j].shown)) for i, j in sorted(pairs)]


# ---- names -------------------------------------------------------------------------------------

_MONTH_NAMES = set(MONTHS.split("|"))
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
    """(the titles before a name, in full, and the rest of its words, expanded, another name of
    a party, force or institution in the form ``forms.BODIES`` gives): "WPC Hannah Leigh" ->
    ([("woman", "police", "constable")], ("hannah", "leigh")); "the Tories" -> ([],
    ("conservatives",))."""
    words = [w.lower() for w in _WORD.findall(text)]
    joined = " ".join(w.replace(".", "") for w in words)
    country = _COUNTRIES.get(joined)
    rest = tuple(country.split()) if country else body(words)
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
        singular = [tuple(w.removesuffix("s") for w in rest) for rest in (rest_a, rest_b)]
        return singular[0] != singular[1] and not _same_name(a, b)  # "Tory" and "Conservatives"
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


def _the(tokens: Sequence[Token]) -> Sequence[Token]:
    """A replaced piece without the "the" before a name ("Labour" for "the Conservative
    Party")."""
    return tokens[1:] if len(tokens) > 1 and tokens[0].norm == "the" and not tokens[0].capital else tokens


def _bare(norm: str) -> str:
    """A word without a possessive's ending: "labour's" -> "labour"."""
    return re.sub(r"['’]s?$", "", norm)


def _unpossessed(text: str) -> str:
    return re.sub(r"['’]s?$", "", text)


_PARTIES = frozenset(BODIES.values()) | {"labour", "conservative", "conservatives", "tory", "tories"}
"""Parties, forces and institutions (``forms.BODIES``'s forms): one changed for another is a
changed name even at a sentence's start ("Labour candidate Andrew Cooper" for "Conservative
candidate Andrew Cooper"), where another capital says nothing."""


def _party(text: str) -> bool:
    return " ".join(body(_WORD.findall(text))) in _PARTIES


def _names(
    left_tokens: Sequence[Token],
    right_tokens: Sequence[Token],
    left: str,
    right: str,
    langs: tuple[str, str] = ("en", "en"),
) -> list[Conflict]:
    """Names that the word diff pairs up in the same place but that differ. In a language that
    capitalises every noun (``Profile.nouns_capitalised``: German "Hunderte Menschen" against
    "Hunderte Anwohner"), a capital says nothing, so one word against one word is no name."""
    a, b = [t.norm for t in left_tokens], [t.norm for t in right_tokens]
    nouns = any(profile(lang).nouns_capitalised for lang in langs)
    if a == b:  # nothing is replaced
        return []
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "replace":
            continue
        old, new = _the(left_tokens[i1:i2]), _the(right_tokens[j1:j2])
        if not (old and new) or not all(t.capital and _bare(t.norm).isalpha() for t in (*old, *new)):
            continue
        if not all(t.norm.isalpha() for t in (*old[:-1], *new[:-1])):
            continue  # a possessive only at the end: "Labour's"
        if nouns and len(old) == 1 and len(new) == 1:
            continue  # German "Menschen" and "Anwohner" are nouns, not names
        shown = (
            _unpossessed(left[old[0].start : old[-1].end]),
            _unpossessed(right[new[0].start : new[-1].end]),
        )
        if (
            (_opens(left, old[0].start) or _opens(right, new[0].start))
            and not (_title(old) and _title(new))
            and not (_party(shown[0]) and _party(shown[1]))
        ):
            continue  # a capital there says nothing, but "PC Jones said" for "DC Jones said" does
        when = all(t.norm in _WEEKDAYS or t.norm.capitalize() in _MONTH_NAMES for t in (*old, *new))
        if when:
            if not _same_name(*shown):
                out.append(Conflict("date", *shown))
        elif _names_differ(*shown):
            out.append(Conflict("name", *shown))
    return out


# ---- one aligned group ---------------------------------------------------------------------------


def conflicts(
    left: str,
    left_spans: Sequence[tuple[int, int]],
    left_tokens: Sequence[Token],
    right: str,
    right_spans: Sequence[tuple[int, int]],
    right_tokens: Sequence[Token],
    langs: tuple[str, str] = ("en", "en"),
) -> tuple[list[Conflict], list[Conflict]]:
    """(conflicts, less specific) between two aligned passages. ``left`` and ``right`` are the
    whole texts; the spans are the stretches of them whose figures are compared, as the caller
    chose them (``compare._compared``), and the tokens the words whose names are; ``langs`` the
    texts' languages, which say how each writes numbers ("1.300" is 1,300 in German)."""
    passages = [
        "\n".join(text[s:e] for s, e in spans) for text, spans in ((left, left_spans), (right, right_spans))
    ]
    if passages[0] == passages[1]:  # a passage copied as it was: every figure agrees with itself
        return _names(left_tokens, right_tokens, left, right, langs), []
    ours, theirs = figures_of(left, left_spans, langs[0]), figures_of(right, right_spans, langs[1])
    owned, mine, others = _owned(ours, theirs)
    only_left, only_right = _unmatched(mine, others, across=langs[0] != langs[1])
    found: list[Conflict] = []
    vaguer: list[Conflict] = []
    dates = [[f for f in only if f.kind == "date"] for only in (only_left, only_right)]
    for a, b in zip(dates[0], dates[1], strict=False):
        if a.coarser(b) or b.coarser(a):
            vaguer.append(Conflict("date", a.shown, b.shown))
        else:
            found.append(Conflict("date", a.shown, b.shown))
    left_numbers = [f for f in only_left if f.kind == "number"]
    right_numbers = [f for f in only_right if f.kind == "number"]
    whole = (
        (_whole_text(left, langs[0]), _whole_text(right, langs[1]))
        if left_numbers and right_numbers
        else (None, None)
    )
    numbers = owned + _paired(left_numbers, right_numbers, whole[0], whole[1], across=langs[0] != langs[1])
    order = {id(f): k for k, f in enumerate(ours)}
    found += [conflict for _, conflict in sorted(numbers, key=lambda pair: order[id(pair[0])])]
    vague_left, vague_right = VAGUE.search(passages[0]), VAGUE.search(passages[1])
    if dates[0] and not dates[1] and vague_right and not vague_left:
        vaguer.append(
            Conflict("date", _deadline(dates[0], passages[0], vague_right.group()), vague_right.group())
        )
    if dates[1] and not dates[0] and vague_left and not vague_right:
        vaguer.append(
            Conflict("date", vague_left.group(), _deadline(dates[1], passages[1], vague_left.group()))
        )
    return found + _names(left_tokens, right_tokens, left, right, langs), vaguer
