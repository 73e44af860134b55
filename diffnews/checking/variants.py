"""Trivial spelling variants: the words of a quotation as a check compares them.

A copy desk changes how a quotation is spelt without changing what was said: "OK" becomes
"okay", "f***ing" becomes "f******", "number two" becomes "No 2", "recognise" becomes
"recognize", "Sergeant Morley" becomes "Sgt Morley". A check that reads these as changed
words fails a faithful copy (issue 17, pattern 5). This module reads a quotation's words into
*keys* such that two spellings of one word get one key, and nothing else does.

``words(text)``
    The words of ``text`` as ``Word(key, text)``, in order. The key is the word lowercased
    (NFKC, curly apostrophes made straight, thousands separators and the dots of initialisms
    dropped), then, in this order:

    1. short forms of ranks, titles and places replaced by their full forms (``forms.FORMS``,
       longest first, as ``forms.expand`` reads them: "Sgt" -> "sergeant", "PC" -> "police
       constable", "Det Sgt" -> "detective sergeant");
    2. one spelling of a word in a table (``SPELLINGS``): British spellings to American
       ("honour" -> "honor", "recognised" -> "recognized", "centre" -> "center", "grey" ->
       "gray", "programme" -> "program"), "okay" and "O.K." to "ok", "per cent" and "%" to
       "percent", "all right" to "alright";
    3. numbers: number words to digits ("nine" -> "9", "twenty-one" -> "21", "two hundred"
       -> "200", "first" -> "1st"), and a number as a rank, "No 2", "No. 2", "number two",
       "Number 2", to ``#2``;
    4. a word censored with asterisks ("f***ing", "s***") is kept as it is written: it is a
       pattern, not a key (``same``).

``same(a, b)``
    Whether two keys are one word: equal; or one is censored and the other is a word it can
    hide (the letters shown agree at the start and at the end, and at least one letter is
    hidden: "f***ing" hides "fucking", "f******" hides "fucking" or "f***ing", "s***" hides
    "shit"; the number of asterisks is not counted, since desks do not agree on it); or one is
    a rank and the other its number ("#2" and "2", "No 2" and "two").
``resolve(a, b)``
    Two key lists with each word that stands for a word of the other side by ``same`` (a
    censored word, a rank) replaced by that word, so that plain equality (``difflib``) can
    compare them.

What is *not* a trivial variant, and stays a changed word: another word ("is" for "was",
"will" for "won't"), a dropped "not", another number ("11" for "nine"), a contraction written
out ("do not" for "don't": ``policy.py`` reads that as a minor difference, not as the same
word), and two words that are both real words with different meanings, even where one is the
other's spelling in some variety of English. The table is a list of words, not a rule, for
that reason: a rule "-our is -or" would make "four" and "for" one word, "-re is -er" "metre"
(a unit) and "meter" (a device), "-yre is -ire" "tyre" and "tire". Left out on purpose:
tyre/tire, metre/meter, kerb/curb, storey/story, draught/draft, cheque/check, whisky/whiskey,
tonne/ton, prise/prize, spelt/spelled, smelt/smelled (each pair is two words in British
English), and hyphens (hyphenated words are read as their parts, as ``text.tokenize`` does,
except the few in the table such as "co-operate": "re-sign" is not "resign").

Limits: the table covers the spellings news copy meets (about 380 stems and words, with their
inflections generated: some 2,300 forms), not every word of English; a variant not in it is a
changed word. A
state's dotted short form ("Calif.") is not expanded inside a quotation, since a quotation's
last word keeps its sentence's full stop ("ill." is not Illinois). A rank stands for its
number ("No 2" for "two"), so "we are number one" and "we are one" read as the same words:
the word "number" before a number is not checked. A censored word stands for a swear word
(``SWEARS``) whose letters it shows: "f***ing" hides "fucking", not "flipping" or "firing".

Cost: one regular-expression pass over the quotation and a few dictionary look-ups per word
(remembered per distinct quotation); ``resolve`` looks a censored word, a rank or a number that
the other side lacks up in the other side's words, so at worst the product of the two lengths
for those few words, and linear otherwise.

>>> [w.key for w in words("It's OK, Sgt Morley came No. 2 in the f***ing recognised centre")]
["it's", 'ok', 'sergeant', 'morley', 'came', '#2', 'in', 'the', 'f***ing', 'recognized', 'center']
>>> same("f******", "fucking"), same("#2", "2"), same("four", "for")
(True, True, False)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from diffnews.facts.forms import FORMS

__all__ = ["SPELLINGS", "Word", "censored", "keys", "resolve", "same", "words"]


class Word(NamedTuple):
    """One word of a quotation, as compared and as written."""

    key: str
    """What is compared (module doc): "honor" for "honour", "#2" for "No 2"."""
    text: str
    """As the quotation writes it ("No 2" for the key "#2"): what a message shows."""


# ---- the spelling table -------------------------------------------------------------------------


def _inflect(stems: Iterable[str], british: str, american: str, endings: Iterable[str]) -> dict[str, str]:
    """Every ``stem + british + ending`` -> ``stem + american + ending``."""
    endings = tuple(endings)
    return {stem + british + e: stem + american + e for stem in stems for e in endings}


# -ise -> -ize: only stems whose -ize form is the American spelling of the same word. "advise",
# "revise", "surprise", "compromise", "exercise", "rise", "wise", "precise" and the like are
# -ise in American English too, and are not here; nor is "prise" (to lever), which "prize" is
# not.
_IZE_STEMS = """
    accessor aggrand agon alphabet amort anatom antagon apolog author bapt bowdler brutal
    capital caramel categor central character civil colon commercial compartmental computer
    critic crystal custom decentral decimal dehuman demobil democrat demonet demoral deodor
    desensit destabil digit dramat econom emphas energ epitom equal evangel familiar fantas
    fertil fossil fratern galvan general global harmon hospital human hypnot hypothes ideal idol
    immobil immun individual industrial initial internal international item jeopard legal
    legitim liberal local magnet margin marginal maxim memor mesmer militar minim mobil modern
    monet monopol moral national natural neutral normal optim organ ostrac pasteur patron
    penal personal plagiar polar politic popular pressur prior privat public radical random
    rational real recogn revolution satir scandal scrutin sensation sensit sermon social special
    stabil standard steril stigmat subsid summar symbol sympath synchron synthes terror theor
    tranquil trivial tyrann union urban util vandal victim visual vocal
""".split()
_IZE_ENDINGS = ("e", "ed", "es", "ing", "ation", "ations", "er", "ers", "able")

# -yse -> -yze
_YZE_STEMS = ("anal", "paral", "catal", "breathal", "hydrol", "electrol", "dial")
_YZE_ENDINGS = ("e", "ed", "es", "ing", "er", "ers")

# -our -> -or, with the endings the words take ("honourable", "favourite", "neighbourhood")
_OUR_STEMS = """
    arb ard arm behavi cand clam col demean endeav fav ferv flav glam harb hon hum lab neighb od
    parl rig rum sav savi splend succ tum val vap vig
""".split()
_OUR_ENDINGS = (
    "", "s", "ed", "ing", "able", "ably", "er", "ers", "ful", "fully", "less", "ite", "ites",
    "hood", "hoods", "ly", "al", "ally", "y", "ist", "ists", "ism",
)  # fmt: skip

# -re -> -er ("metre" and "metres" are not here: a meter is also a device)
_RE_STEMS = (
    "cent", "epicent", "theat", "fib", "lit", "millilit", "centilit", "calib", "sab", "somb",
    "spect", "lust", "lacklust", "meag", "mit", "sepulch", "goit", "kilomet", "centimet",
    "millimet",
)  # fmt: skip
_RE_ENDINGS = (("re", "er"), ("res", "ers"), ("red", "ered"), ("ring", "ering"))

# -ence -> -ense
_ENCE_STEMS = ("defen", "offen", "preten", "licen")
_ENCE_ENDINGS = (("ce", "se"), ("ces", "ses"), ("celess", "seless"))

# British doubles a final l before an ending ("travelled"); American does not
_LL_STEMS = """
    bevel cancel channel counsel cudgel dial dishevel duel enamel equal fuel funnel gravel
    grovel initial jewel label level libel marshal marvel model panel pedal quarrel ravel
    refuel revel rival shovel signal snorkel spiral swivel total travel tunnel unravel yodel
""".split()
_LL_ENDINGS = (("led", "ed"), ("ling", "ing"), ("ler", "er"), ("lers", "ers"))

_WORDS = {
    # American doubles where British does not
    "enrol": "enroll", "enrols": "enrolls", "enrolment": "enrollment", "enrolments": "enrollments",
    "fulfil": "fulfill", "fulfils": "fulfills", "fulfilment": "fulfillment",
    "instil": "instill", "instils": "instills", "distil": "distill", "distils": "distills",
    "skilful": "skillful", "skilfully": "skillfully", "wilful": "willful", "wilfully": "willfully",
    "instalment": "installment", "instalments": "installments", "appal": "appall", "appals": "appalls",
    "marvellous": "marvelous", "marvellously": "marvelously", "jewellery": "jewelry",
    "woollen": "woolen", "councillor": "councilor", "councillors": "councilors",
    "counsellor": "counselor", "counsellors": "counselors", "traveller": "traveler",
    "travellers": "travelers", "medallist": "medalist", "medallists": "medalists",
    # ae, oe
    "anaemia": "anemia", "anaemic": "anemic", "anaesthetic": "anesthetic", "anaesthetics": "anesthetics",
    "anaesthetist": "anesthetist", "anaesthesia": "anesthesia", "paediatric": "pediatric",
    "paediatrics": "pediatrics", "paediatrician": "pediatrician", "paediatricians": "pediatricians",
    "orthopaedic": "orthopedic", "haemorrhage": "hemorrhage", "haemophilia": "hemophilia",
    "haematology": "hematology", "leukaemia": "leukemia", "oestrogen": "estrogen", "foetus": "fetus",
    "foetal": "fetal", "diarrhoea": "diarrhea", "encyclopaedia": "encyclopedia",
    "mediaeval": "medieval", "oesophagus": "esophagus", "gynaecology": "gynecology",
    "gynaecologist": "gynecologist", "caesarean": "cesarean", "homoeopathy": "homeopathy",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "manoeuvred": "maneuvered",
    "manoeuvring": "maneuvering", "archaeology": "archeology", "archaeologist": "archeologist",
    "archaeologists": "archeologists", "anaesthetised": "anesthetized",
    # -ogue
    "catalogue": "catalog", "catalogues": "catalogs", "catalogued": "cataloged", "analogue": "analog",
    "dialogue": "dialog", "dialogues": "dialogs",
    # practise (the verb)
    "practise": "practice", "practised": "practiced", "practises": "practices", "practising": "practicing",
    # single words
    "grey": "gray", "greys": "grays", "greyer": "grayer", "greying": "graying", "greyish": "grayish",
    "aluminium": "aluminum", "plough": "plow", "ploughs": "plows", "ploughed": "plowed",
    "ploughing": "plowing", "mould": "mold", "moulds": "molds", "mouldy": "moldy", "moult": "molt",
    "smoulder": "smolder", "smouldering": "smoldering", "moustache": "mustache", "pyjamas": "pajamas",
    "cosy": "cozy", "sceptic": "skeptic", "sceptics": "skeptics", "sceptical": "skeptical",
    "scepticism": "skepticism", "gaol": "jail", "gaoled": "jailed", "judgement": "judgment",
    "judgements": "judgments", "ageing": "aging", "acknowledgement": "acknowledgment",
    "acknowledgements": "acknowledgments", "artefact": "artifact", "artefacts": "artifacts",
    "axe": "ax", "doughnut": "donut", "doughnuts": "donuts", "yoghurt": "yogurt", "sulphur": "sulfur",
    "programme": "program", "programmes": "programs", "aeroplane": "airplane",
    "aeroplanes": "airplanes", "learnt": "learned", "dreamt": "dreamed", "leapt": "leaped",
    "spoilt": "spoiled", "burnt": "burned", "amongst": "among", "whilst": "while",
    "co-operate": "cooperate", "co-operated": "cooperated",
    "co-operation": "cooperation", "co-operating": "cooperating", "co-ordinate": "coordinate",
    "co-ordinated": "coordinated", "co-ordination": "coordination", "co-ordinator": "coordinator",
    "e-mail": "email", "e-mails": "emails", "e-mailed": "emailed", "okay": "ok", "okayed": "ok'd",
    "oked": "ok'd", "okeh": "ok",
}  # fmt: skip


def _spellings() -> dict[str, str]:
    table: dict[str, str] = {}
    table |= _inflect(_IZE_STEMS, "is", "iz", _IZE_ENDINGS)
    table |= _inflect(_YZE_STEMS, "ys", "yz", _YZE_ENDINGS)
    table |= _inflect(_OUR_STEMS, "our", "or", _OUR_ENDINGS)
    for stems, endings in ((_RE_STEMS, _RE_ENDINGS), (_ENCE_STEMS, _ENCE_ENDINGS), (_LL_STEMS, _LL_ENDINGS)):
        table |= {stem + british: stem + american for stem in stems for british, american in endings}
    table |= _WORDS
    return table


SPELLINGS: dict[str, str] = _spellings()
"""A spelling -> the one spelling compared (American where the two differ, "ok" for "okay")."""

_PHRASES = {("per", "cent"): "percent", ("all", "right"): "alright", ("o", "k"): "ok"}
"""Two words read as one: "40 per cent" is "40 percent"."""

# ---- numbers ------------------------------------------------------------------------------------

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER = {w: n for n, w in enumerate(_UNITS)} | {w: 10 * (n + 2) for n, w in enumerate(_TENS)}
_ORDINAL = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_SCALE = {"hundred": 100, "thousand": 1000}
_SHORT_SCALE = {"m": "million", "bn": "billion", "k": "thousand"}
"""After a currency sign: "£2m" is "2 million"."""


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---- reading a quotation ------------------------------------------------------------------------

_LETTERS = r"[^\W\d_]"
_RAW = re.compile(
    rf"""
      (?P<initials>(?:{_LETTERS}\.){{2,}})                                  # O.K.  U.S.
    | (?P<money>[£$€])?(?P<number>\d+(?:[.,]\d+)*)(?P<tail>%|{_LETTERS}+)?   # 3,500  40%  £2m  10th
    | (?P<censored>{_LETTERS}*\*+(?:{_LETTERS}+\*+)*{_LETTERS}*)            # f***ing  s***  b*****d
    | (?P<word>[^\W_]+(?:['’/-][^\W_]+)*)                                   # it's  co-operate  L/Cpl
    """,
    re.VERBOSE,
)
_LONGEST_FORM = max(len(short.split()) for short in FORMS)
_FORM_STARTS = frozenset(short.split()[0] for short in FORMS)

Item = tuple[str, str]
"""(key, as written): a word on its way to a ``Word``."""


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("’", "'").casefold()


def _raw(text: str) -> list[Item]:
    """Each word of ``text`` lowercased. A hyphenated word is one word when the table, the
    short forms or the numbers know it ("co-operate", "lt-col", "twenty-one"), else its parts."""
    out: list[Item] = []
    for match in _RAW.finditer(text):
        shown = match.group()
        if match.group("initials"):
            out.append((_norm(shown).replace(".", ""), shown))
        elif match.group("number"):
            number = match.group("number").replace(",", "")
            tail = _norm(match.group("tail") or "")
            if tail in ("%", "pc"):  # 40% and 40pc are 40 percent
                out += [(number, shown), ("percent", shown)]
            elif match.group("money") and tail in _SHORT_SCALE:  # £2m is £2 million
                out += [(number, shown), (_SHORT_SCALE[tail], shown)]
            else:
                out.append((number + tail, shown))
        elif match.group("censored"):
            out.append((_norm(shown), shown))
        else:
            word = _norm(shown)
            parts = word.split("-")
            if len(parts) == 1 or word in SPELLINGS or word in FORMS or _compound_number(word):
                out.append((word, shown))
            else:
                out += [(part, shown) for part in parts if part]
    return out


def _short_forms(items: list[Item]) -> list[Item]:
    """Short forms of ranks, titles and places as their full forms (``forms.FORMS``), longest
    first: "det sgt" is "detective sergeant", not "det" and "sergeant". The full form's words
    show as the short form's text."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        if items[k][0] not in _FORM_STARTS:
            out.append(items[k])
            k += 1
            continue
        for n in range(min(_LONGEST_FORM, len(items) - k), 0, -1):
            full = FORMS.get(" ".join(w for w, _ in items[k : k + n]))
            if full is not None:
                shown = " ".join(s for _, s in items[k : k + n])
                out += [(w, shown) for w in full.split()]
                k += n
                break
        else:
            out.append(items[k])
            k += 1
    return out


def _spelling(items: list[Item]) -> list[Item]:
    """Two-word phrases (``_PHRASES``) and the table (``SPELLINGS``)."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        pair = (items[k][0], items[k + 1][0]) if k + 1 < len(items) else None
        if pair in _PHRASES:
            out.append((_PHRASES[pair], f"{items[k][1]} {items[k + 1][1]}"))
            k += 2
            continue
        key, shown = items[k]
        out.append((SPELLINGS.get(key, key), shown))
        k += 1
    return out


def _compound_number(word: str) -> int | None:
    """ "twenty-one" -> 21; None for anything else."""
    tens, _, unit = word.partition("-")
    if tens in _TENS and unit in _NUMBER and _NUMBER[unit] < 10:
        return _NUMBER[tens] + _NUMBER[unit]
    if tens in _TENS and unit in _ORDINAL and _ORDINAL[unit] < 10:
        return _NUMBER[tens] + _ORDINAL[unit]
    return None


def _value(word: str) -> int | None:
    """A number word's value ("nine", "twenty-one"), or None."""
    return _NUMBER[word] if word in _NUMBER else _compound_number(word)


def _numbers(items: list[Item]) -> list[Item]:
    """Number words as digits, then a number as a rank ("No 2", "number two") as ``#2``."""
    digits: list[Item] = []
    keys = [w for w, _ in items]
    k = 0
    while k < len(items):
        key = keys[k]
        ordinal = _ORDINAL.get(key)
        if ordinal is None and "-" in key and key.partition("-")[2] in _ORDINAL:
            ordinal = _compound_number(key)
        if ordinal is not None:
            digits.append((f"{ordinal}{_suffix(ordinal)}", items[k][1]))
            k += 1
            continue
        value, used = _read_number(keys, k) if key in _NUMBER or "-" in key else (0, 0)
        if used:
            digits.append((str(value), " ".join(s for _, s in items[k : k + used])))
            k += used
        else:
            digits.append(items[k])
            k += 1
    out: list[Item] = []
    k = 0
    while k < len(digits):
        key, shown = digits[k]
        if key in ("no", "number") and k + 1 < len(digits) and digits[k + 1][0].isdigit():
            after = digits[k + 1][1]
            if key == "number" or after[:1].isdigit():  # "no two" is a negation; "No 2" a rank
                out.append((f"#{digits[k + 1][0]}", f"{shown} {after}"))
                k += 2
                continue
        out.append((key, shown))
        k += 1
    return out


def _read_number(keys: Sequence[str], k: int) -> tuple[int, int]:
    """The number that number words starting at ``keys[k]`` say, and how many words they take:
    "twenty one" (21, 2), "two hundred and fifty" (250, 5); (0, 0) if ``keys[k]`` is none."""
    total, current, at, last = 0, None, k, None
    while at < len(keys):
        word = keys[at]
        value = _value(word)
        if value is not None:
            if current is None:
                current = value
            elif last is not None and last >= 20 and last % 10 == 0 and value < 10 and "-" not in word:
                current += value  # "twenty one"
            else:
                break
            last = value
        elif word in _SCALE and current is not None:
            total, current, last = total + current * _SCALE[word], None, None
        elif word in _SCALE and total:
            total, last = total * _SCALE[word], None
        elif word == "and" and total and current is None and at + 1 < len(keys) and _value(keys[at + 1]):
            pass
        else:
            break
        at += 1
    if at == k:
        return 0, 0
    if keys[at - 1] == "and":
        at -= 1
    return total + (current or 0), at - k


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[Word, ...]:
    """The words of ``text``, read as the module doc says."""
    items = _numbers(_spelling(_short_forms(_raw(text))))
    return tuple(Word(key, shown) for key, shown in items)


def keys(text: str) -> tuple[str, ...]:
    """Just the keys of ``words(text)``."""
    return tuple(w.key for w in words(text))


def censored(key: str) -> bool:
    """Whether a key is a word censored with asterisks."""
    return "*" in key


def _ends(key: str) -> tuple[str, str]:
    return key[: key.index("*")], key[key.rindex("*") + 1 :]


def _hides(pattern: str, word: str) -> bool:
    """Whether the censored ``pattern`` can stand for ``word`` (censored or not): the letters
    each shows agree at the start and at the end, and the pattern hides at least one letter."""
    head, tail = _ends(pattern)
    if censored(word):
        other_head, other_tail = _ends(word)
        return (head.startswith(other_head) or other_head.startswith(head)) and (
            tail.endswith(other_tail) or other_tail.endswith(tail)
        )
    if not (head or tail) or not word.isalpha() or len(word) <= len(head) + len(tail):
        return False
    return word.startswith(head) and word.endswith(tail) and swear(word)


SWEARS = frozenset(
    "fuck motherfuck shit bullshit bastard bollock bugger cunt wank twat tosser arsehole asshole "
    "piss bitch whore slag shag damn bloody".split()
)
"""The words a desk censors, as the starts of their forms ("fucking", "shite", "bastards"):
asterisks hide one of these, so a censored word stands only for a word that starts with one.
"f***ing" in the copy for the wire's "flipping", or "s***" for "soft", is another word."""

_SHORT_SWEARS = frozenset(
    "arse arses ass crap crappy hell sod sods tit tits dick dicks cock cocks prick pricks".split()
)
"""Swear words that start other words too ("assault", "hello", "cockpit", "Dickens"): only
these forms."""


def swear(word: str) -> bool:
    """Whether ``word`` is a form of a swear word (``SWEARS``, ``_SHORT_SWEARS``)."""
    return word in _SHORT_SWEARS or any(word.startswith(stem) for stem in SWEARS)


def same(a: str, b: str) -> bool:
    """Whether two keys are one word (module doc)."""
    if a == b:
        return True
    if censored(a):
        return _hides(a, b)
    if censored(b):
        return _hides(b, a)
    return (a[:1] == "#" and a[1:] == b) or (b[:1] == "#" and b[1:] == a)


def resolve(a: Sequence[str], b: Sequence[str]) -> tuple[list[str], list[str]]:
    """``a`` and ``b`` with each censored word or rank that ``same`` pairs with a word of the
    other list replaced by that word, so that plain equality compares them. A word is replaced
    by the first word of the other list it can stand for, a plain word before a censored one."""
    mine = _resolve_one(a, b)
    return mine, _resolve_one(b, mine)


def _resolve_one(mine: Sequence[str], theirs: Sequence[str]) -> list[str]:
    plain = set(theirs)
    out = list(mine)
    for k, key in enumerate(mine):
        if key in plain or not (censored(key) or key[:1] == "#" or key.isdigit()):
            continue
        candidates = [w for w in theirs if same(key, w)]
        candidates.sort(key=censored)  # stable: the first plain word, else the first censored
        if candidates:
            out[k] = candidates[0]
    return out
