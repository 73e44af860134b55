"""Words and their normalised forms, with offsets into the original text.

Matching never looks at raw text. It looks at *tokens*: word spans found in the original
text (so their offsets are the original's), each carrying two normalised forms:

``norm``
    the surface form used to tell near-verbatim text from a rewording: Unicode NFKC,
    case-folded, curly quotes made straight, thousands separators dropped (``3,500`` ->
    ``3500``) and dots dropped from initialisms (``U.S.`` -> ``us``).
``stem``
    the content form used to score similarity: the Snowball stem of ``norm``, or ``None``
    for a function word ("the", "of", "said" is kept). An all-capital token such as ``US``
    is never a function word, so the country does not vanish with the pronoun "us".

Hyphens split words (``al-Amiri`` -> ``al`` ``amiri``, ``June 11-July 26`` -> four tokens), which
lets "Iran-backed" meet "Iranian-backed" on "backed". Nothing here imports nltk at module
import time; the stemmer is loaded on first use.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from diffnews.lazy_nltk import load

__all__ = ["Token", "normalize", "stems", "tokenize"]

# Dotted initialisms first (U.S., U.N.), then numbers with inner separators (3,500 2.5 1990s),
# then words with inner apostrophes (Macron’s, can't). Anything else is punctuation or space.
# A letter with any combining marks after it, so decomposed text (NFD: "c" + U+0327) is one word.
_LETTER = r"[^\W\d_][\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*"
_TOKEN = re.compile(
    rf"""
      (?:{_LETTER}\.){{2,}}                   # U.S.  U.N.  e.g.
    | \d+(?:[.,]\d+)*[^\W_]*                # 3,500  2.5  2021  1990s  10th
    | (?:{_LETTER})+(?:['’](?:{_LETTER})+)*   # words: Macron’s  don't  Besançon
    | [^\W_]+                               # mixed: G7  COVID19
    """,
    re.VERBOSE,
)

_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
        "\u2032": "'",  # ′
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u00ab": '"',  # «
        "\u00bb": '"',  # »
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus sign
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u200b": "",  # zero-width space
        "\u00ad": "",  # soft hyphen
    }
)

# Function words: they carry grammar, not news. Written for this project; deliberately short,
# and without "said"/"told" (attribution verbs are content: who said what is the story) or
# "not"/"no"/"nor" (a negation changes the news: "was killed" against "was not killed").
STOPWORDS = frozenset(
    """
    a an the and or but nor so yet if then than that this these those there here
    of in on at by for from to into onto with without within about above below over under
    between among through during before after since until upon via per as
    is am are was were be been being has have had having do does did doing
    will would shall should can could may might must
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
    who whom whose which what when where why how
    all any both each few more most other some such only own same too very just also
    s t d ll m o re ve y
    """.split()
)


def normalize(text: str) -> str:
    """Return the matching view of ``text``: NFKC, straight quotes, plain dashes and spaces,
    case-folded. Lengths may change, so this is for comparing, never for offsets.

    >>> normalize("Macron’s\u00a0“decision” — U.S.")
    'macron\\'s "decision" - u.s.'
    """
    return unicodedata.normalize("NFKC", text).translate(_CHAR_MAP).casefold()


class Token(NamedTuple):
    """One word of the original text. A named tuple, not a frozen dataclass: a long document
    has a hundred thousand words, and a tuple is made about 2.5 times faster."""

    start: int
    """Offset of the first character in the original text."""
    end: int
    """Offset just past the last character in the original text."""
    norm: str
    """Normalised surface form (see the module docstring)."""
    stem: str | None
    """Snowball stem of ``norm``, or ``None`` for a function word."""
    capital: bool = False
    """The word begins with a capital letter in the original text (a name, or a sentence start)."""


@lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str]:
    # Loaded on first use, without nltk's package import (0.4 s; see lazy_nltk.py).
    snowball = load("stem.snowball")
    stem: Callable[[str], str] = snowball.SnowballStemmer("english", ignore_stopwords=False).stem
    return stem


@lru_cache(maxsize=65536)
def _stem(norm: str) -> str:
    if norm[0].isdigit():
        return norm
    return _stemmer()(norm)


def _norm_token(raw: str) -> str:
    norm = normalize(raw)
    if "." in norm and not norm[0].isdigit():  # U.S. -> us
        norm = norm.replace(".", "")
    elif "," in norm:  # 3,500 -> 3500
        norm = norm.replace(",", "")
    return norm


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, with offsets into ``text``.

    >>> [(t.norm, t.stem) for t in tokenize("The U.S. sent 3,500 troops.")]
    [('the', None), ('us', 'us'), ('sent', 'sent'), ('3500', '3500'), ('troops', 'troop')]
    """
    tokens = []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        raw = match.group()
        forms = _forms(raw)
        if forms is not None:
            tokens.append(Token(match.start(), match.end(), forms[0], forms[1], raw[0].isupper()))
    return tokens


def stems(text: str) -> set[str]:
    """The stems of ``text``'s content words, as ``tokenize`` gives them, without making its
    tokens: for indexing a long text by the words it holds.

    >>> sorted(stems("The troops were sent."))
    ['sent', 'troop']
    """
    found = set()
    for raw in _TOKEN.findall(text):
        forms = _forms(raw)
        if forms is not None and forms[1]:
            found.add(forms[1])
    return found


@lru_cache(maxsize=65536)
def _forms(raw: str) -> tuple[str, str | None] | None:
    """A word's norm and stem (None for a function word), or None if it normalises to nothing.
    Remembered: a long text repeats its words, and normalising and stemming cost more than
    finding them."""
    norm = _norm_token(raw)
    if not norm:
        return None
    is_function_word = norm in STOPWORDS and not (len(raw) > 1 and raw.isupper())
    return norm, None if is_function_word else _stem(norm)
