"""Short and full forms of one thing: ranks, titles and places, as news copy writes them.

A wire story writes "Sergeant Paul Morley" and the paper "Sgt Morley"; the wire "Lancashire",
the paper "Lancs"; the wire "Woman Police Constable Jane Hart", the paper "WPC Hart" and, later,
"Miss Hart". Each pair names one thing, and a check that reads them as two people or two
places raises a false alarm (issue 17). This module says which forms are the same.

``expand(words)``
    The words with every short form replaced by its full form, lowercased, dots dropped:
    ``["Sgt", "Paul", "Morley"]`` -> ``("sergeant", "paul", "morley")``. A full form of
    several words ("police constable") is matched as a whole.
``same_form(a, b)``
    Whether two pieces of text say the same words once short forms are expanded.
``TITLES``
    Honorifics and ranks as full forms: what stands before a person's name and says nothing
    of who it is. "Miss Hart" and "WPC Hart" are one person if the rest agrees.
``strip_titles(words)``
    A name without the titles before it: ``("woman", "police", "constable", "jane", "hart")``
    -> ``("jane", "hart")``.
``BODIES`` and ``body(words)``
    The other names of one party, force or institution, as news copy writes them: "Tories"
    and "the Conservative Party" are the Conservatives, "the Labour Party" is Labour, "the Lib
    Dems" the Liberal Democrats, "the Met" the Metropolitan Police, "the Fed" the Federal
    Reserve. ``body`` gives a name's words in one form (expanded, then these names, a leading
    "the" dropped): what ``figures.py`` compares names by, and what owns a figure
    (``numbers.py``: "Labour on 41%"). Not a short form: inside a quotation "the Tories" and
    "the Conservatives" are two wordings, so ``expand`` and ``same_form`` leave them alone.

The table is English (British and American usage: the forms of the Press Association and the
Associated Press stylebooks as newsrooms write them), written here. Issue 18 moves it into
the English language profile. A short form that is also a common word is left out where it
would be read wrongly in running text: "Miss" is a title here, never Mississippi; "Mo", "Pa",
"Ill" and "Mass" need their dot ("Mo.", "Ill.") to be states, as AP writes them; "St", Saint
or Street, is not in the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

__all__ = ["BODIES", "FORMS", "TITLES", "body", "expand", "same_form", "strip_titles"]

_RANKS = {
    # police (UK)
    "pc": "police constable",
    "wpc": "woman police constable",
    "dc": "detective constable",
    "ds": "detective sergeant",
    "di": "detective inspector",
    "dci": "detective chief inspector",
    "dsupt": "detective superintendent",
    "det supt": "detective superintendent",
    "det insp": "detective inspector",
    "det sgt": "detective sergeant",
    "det con": "detective constable",
    "insp": "inspector",
    "ch insp": "chief inspector",
    "supt": "superintendent",
    "ch supt": "chief superintendent",
    "pcso": "police community support officer",
    # armed forces
    "pte": "private",
    "pvt": "private",
    "l/cpl": "lance corporal",
    "lcpl": "lance corporal",
    "cpl": "corporal",
    "sgt": "sergeant",
    "sgt maj": "sergeant major",
    "csgt": "colour sergeant",
    "l/sgt": "lance sergeant",
    "lt": "lieutenant",
    "2nd lt": "second lieutenant",
    "lt col": "lieutenant colonel",
    "lt-col": "lieutenant colonel",
    "lt gen": "lieutenant general",
    "lt-gen": "lieutenant general",
    "maj gen": "major general",
    "maj-gen": "major general",
    "capt": "captain",
    "maj": "major",
    "col": "colonel",
    "brig": "brigadier",
    "gen": "general",
    "adm": "admiral",
    "cdr": "commander",
    "cmdr": "commander",
    "lt cdr": "lieutenant commander",
    "wo": "warrant officer",
    "sqn ldr": "squadron leader",
    "flt lt": "flight lieutenant",
    "fg off": "flying officer",
    "gp capt": "group captain",
    "wg cdr": "wing commander",
    "ac": "aircraftman",
    "lac": "leading aircraftman",
    "spc": "specialist",
    "sgt 1st class": "sergeant first class",
    "staff sgt": "staff sergeant",
    "gunnery sgt": "gunnery sergeant",
    # civil and religious offices
    "cllr": "councillor",
    "coun": "councillor",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "lt gov": "lieutenant governor",
    "atty gen": "attorney general",
    "pres": "president",
    "supt of police": "superintendent of police",
    "prof": "professor",
    "dr": "doctor",
    "rev": "reverend",
    "revd": "reverend",
    "fr": "father",
    "msgr": "monsignor",
    "hon": "honourable",
    "rt hon": "right honourable",
}

_REGIONS = {
    # English counties as papers shorten them
    "beds": "bedfordshire",
    "berks": "berkshire",
    "bucks": "buckinghamshire",
    "cambs": "cambridgeshire",
    "co durham": "county durham",
    "derbys": "derbyshire",
    "glos": "gloucestershire",
    "gloucs": "gloucestershire",
    "hants": "hampshire",
    "herts": "hertfordshire",
    "lancs": "lancashire",
    "leics": "leicestershire",
    "lincs": "lincolnshire",
    "northants": "northamptonshire",
    "northd": "northumberland",
    "notts": "nottinghamshire",
    "oxon": "oxfordshire",
    "salop": "shropshire",
    "shrops": "shropshire",
    "staffs": "staffordshire",
    "warks": "warwickshire",
    "wilts": "wiltshire",
    "worcs": "worcestershire",
    "yorks": "yorkshire",
    "n yorks": "north yorkshire",
    "w yorks": "west yorkshire",
    "s yorks": "south yorkshire",
    "e yorks": "east yorkshire",
    # US states in AP style, with the dot that makes them abbreviations ("Calif.", not a word
    # such as "ill" or "mass"); initials (N.Y., NY) either way
    "ala.": "alabama",
    "ariz.": "arizona",
    "ark.": "arkansas",
    "calif.": "california",
    "colo.": "colorado",
    "conn.": "connecticut",
    "del.": "delaware",
    "fla.": "florida",
    "ga.": "georgia",
    "ill.": "illinois",
    "ind.": "indiana",
    "kan.": "kansas",
    "ky.": "kentucky",
    "la.": "louisiana",
    "md.": "maryland",
    "mass.": "massachusetts",
    "mich.": "michigan",
    "minn.": "minnesota",
    "mont.": "montana",
    "neb.": "nebraska",
    "nev.": "nevada",
    "nh": "new hampshire",
    "nj": "new jersey",
    "nm": "new mexico",
    "ny": "new york",
    "nc": "north carolina",
    "nd": "north dakota",
    "okla.": "oklahoma",
    "ri": "rhode island",
    "sc": "south carolina",
    "sd": "south dakota",
    "tenn.": "tennessee",
    "vt.": "vermont",
    "va.": "virginia",
    "wva": "west virginia",
    "wis.": "wisconsin",
    "wyo.": "wyoming",
    "mo.": "missouri",
    "pa.": "pennsylvania",
    "ore.": "oregon",
    "wash.": "washington",
}

BODIES: dict[str, str] = {
    # parties (UK)
    "tories": "conservatives",
    "tory": "conservative",
    "tory party": "conservatives",
    "conservative party": "conservatives",
    "conservative and unionist party": "conservatives",
    "labour party": "labour",
    "lib dems": "liberal democrats",
    "lib dem": "liberal democrat",
    "libdems": "liberal democrats",
    "libdem": "liberal democrat",
    "liberal democrat party": "liberal democrats",
    "green party": "greens",
    "scottish national party": "snp",
    # police
    "met": "metropolitan police",
    "met office": "meteorological office",  # the weather service, not the police
    "met police": "metropolitan police",
    "metropolitan police service": "metropolitan police",
    "scotland yard": "metropolitan police",
    "new scotland yard": "metropolitan police",
    # central banks
    "fed": "federal reserve",
    "us fed": "federal reserve",
    "us federal reserve": "federal reserve",
    "federal reserve bank": "federal reserve",
    "boe": "bank of england",
    "ecb": "european central bank",
}
"""Another name of a party, force or institution (lowercase, as ``expand`` gives its words)
-> the name it is compared by. A name the word diff pairs with another of the same body is no
changed name ("the Tories" for "the Conservatives"), and the figures it owns are one owner's."""

FORMS: dict[str, str] = {**_RANKS, **_REGIONS}
"""Short form (lowercase, words split by spaces, dots dropped unless the dot is what makes it
a short form) -> full form."""

_HONORIFICS = ("mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "madam", "master")

TITLES: frozenset[tuple[str, ...]] = frozenset(
    {tuple(full.split()) for full in _RANKS.values()} | {(h,) for h in _HONORIFICS}
)
"""Titles as words, in full: ranks, offices and honorifics."""

_WORD = re.compile(r"[^\W_]+(?:[./'’-][^\W_]+)*\.?")
_LONGEST = max(len(short.split()) for short in FORMS)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@lru_cache(maxsize=65536)
def _expand(words: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    k = 0
    while k < len(words):
        for n in range(min(_LONGEST, len(words) - k), 0, -1):
            piece = words[k : k + n]
            plain = " ".join(w.replace(".", "") for w in piece)
            # a form that needs its dot ("Calif.") is looked up with it, then without
            full = (FORMS.get(plain + ".") if piece[-1].endswith(".") else None) or FORMS.get(plain)
            if full is not None:
                out.extend(full.split())
                k += n
                break
        else:
            out.append(words[k].replace(".", ""))
            k += 1
    return tuple(out)


def expand(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` lowercased, with every short form replaced by its full form (module doc)."""
    return _expand(tuple(w.lower() for w in words))


_LONGEST_BODY = max(len(name.split()) for name in BODIES)


@lru_cache(maxsize=16384)
def _body(words: tuple[str, ...]) -> tuple[str, ...]:
    words = _expand(words)
    if words[:1] == ("the",):
        words = words[1:]
    out: list[str] = []
    k = 0
    while k < len(words):
        for n in range(min(_LONGEST_BODY, len(words) - k), 0, -1):
            full = BODIES.get(" ".join(words[k : k + n]))
            if full is not None:
                out.extend(full.split())
                k += n
                break
        else:
            out.append(words[k])
            k += 1
    return tuple(out)


def body(words: Iterable[str]) -> tuple[str, ...]:
    """A name's words in the one form it is compared by: lowercased, short forms expanded,
    another name of a party, force or institution replaced by the one ``BODIES`` gives, a
    leading "the" dropped: "the Tory Party" and "Conservatives" -> ``("conservatives",)``."""
    return _body(tuple(w.lower() for w in words))


def same_form(a: str, b: str) -> bool:
    """Whether two texts say the same words once short forms are expanded and case, dots and
    punctuation are set aside: "Sgt Morley" and "Sergeant Morley", "Lancs" and "Lancashire"."""
    return expand(_words(a)) == expand(_words(b))


def strip_titles(words: Sequence[str]) -> tuple[str, ...]:
    """A name's words (as ``expand`` gives them) without the titles before it."""
    rest = tuple(words)
    while rest:
        for n in range(min(4, len(rest)), 0, -1):
            if rest[:n] in TITLES:
                rest = rest[n:]
                break
        else:
            return rest
    return rest
