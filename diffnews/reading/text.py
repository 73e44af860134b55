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
from functools import cache, lru_cache
from typing import NamedTuple

from diffnews.lang import profile
from diffnews.lang.en import PROFILE as EN
from diffnews.reading.lazy_nltk import load

__all__ = ["UNSPACED", "Token", "normalize", "stems", "tokenize", "word_count"]

# Dotted initialisms first (U.S., U.N.), then numbers with inner separators (3,500 2.5 1990s),
# then words with inner apostrophes (Macron’s, can't). Anything else is punctuation or space.
# A letter with any combining marks after it, so decomposed text (NFD: "c" + U+0327) is one word,
# and so is Arabic written with its vowel marks, shadda and tatweel ("وَقَالَ", "أكّد").
_LETTER = (
    r"[^\W\d_][\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    r"\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]*"
)
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
        "\u0640": "",  # Arabic tatweel, which only stretches a word
        **{chr(c): "" for c in (*range(0x064B, 0x0660), 0x0670)},  # Arabic vowel marks and shadda
    }
)

STOPWORDS = EN.function_words
"""English function words (``lang/en.py``): the default profile's, which most callers read."""

# Scripts written without spaces between words (``Profile.characters``): kana, CJK ideographs and
# their extensions and compatibility forms, half-width katakana.
_UNSPACED_CHARS = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
UNSPACED = re.compile(f"[{_UNSPACED_CHARS}]")
_PIECES = re.compile(f"[{_UNSPACED_CHARS}]+|[^{_UNSPACED_CHARS}]+")


def normalize(text: str) -> str:
    """Return the matching view of ``text``: NFKC, straight quotes, plain dashes and spaces,
    Arabic without its vowel marks and tatweel (a text vowelled or not says the same), case-
    folded, Turkish "İ" as "i". Lengths may change, so this is for comparing, never for
    offsets.

    >>> normalize("Macron’s\u00a0“decision” — U.S.")
    'macron\\'s "decision" - u.s.'
    """
    return unicodedata.normalize("NFKC", text).translate(_CHAR_MAP).casefold().replace("i\u0307", "i")


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


@cache
def _stemmer(algorithm: str) -> Callable[[str], str]:
    """The Snowball stemmer ``algorithm`` ("english", "german"), loaded on first use: English
    from nltk, without its package import (0.4 s; see lazy_nltk.py), the others from the
    snowballstemmer package, which has Polish and Turkish too."""
    if algorithm == "english":
        snowball = load("stem.snowball")
        stem: Callable[[str], str] = snowball.SnowballStemmer("english", ignore_stopwords=False).stem
        return stem
    import snowballstemmer

    found: Callable[[str], str] = snowballstemmer.stemmer(algorithm).stemWord
    return found


@lru_cache(maxsize=65536)
def _stem(norm: str, algorithm: str = "english") -> str:
    if norm[0].isdigit():
        return norm
    return _stemmer(algorithm)(norm)


def _norm_token(raw: str) -> str:
    norm = normalize(raw)
    if "." in norm and not norm[0].isdigit():  # U.S. -> us
        norm = norm.replace(".", "")
    elif "," in norm:  # 3,500 -> 3500
        norm = norm.replace(",", "")
    return norm


def tokenize(text: str, start: int = 0, end: int | None = None, lang: str = "en") -> list[Token]:
    """Tokens of ``text[start:end]``, with offsets into ``text``, as language ``lang`` (a code of
    ``diffnews.lang``; one with no profile is read neutrally) has them.

    >>> [(t.norm, t.stem) for t in tokenize("The U.S. sent 3,500 troops.")]
    [('the', None), ('us', 'us'), ('sent', 'sent'), ('3500', '3500'), ('troops', 'troop')]
    >>> [(t.norm, t.stem) for t in tokenize("Die Truppen wurden entsandt.", lang="de")]
    [('die', None), ('truppen', 'trupp'), ('wurden', None), ('entsandt', 'entsandt')]
    >>> [(t.norm, t.stem) for t in tokenize("美军撤离。", lang="zh")]
    [('美', '美军'), ('军', '军撤'), ('撤', '撤离'), ('离', '离')]
    """
    tokens = []
    english = lang == "en"
    characters = not english and profile(lang).characters
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        raw = match.group()
        if characters and UNSPACED.search(raw):
            tokens += _characters(match.start(), raw, lang)
            continue
        forms = _forms(raw) if english else _forms_in(raw, lang)
        if forms is not None:
            tokens.append(Token(match.start(), match.end(), forms[0], forms[1], raw[0].isupper()))
    return tokens


def _characters(at: int, raw: str, lang: str) -> list[Token]:
    """The tokens of a run of unspaced script (``Profile.characters``): one per character, its
    stem the pair it starts within the run (itself, for the last character and one before a
    function word), none for a function word; a piece of other script inside the run
    ("iPhone", "４") is a word as usual."""
    tokens = []
    function_words = profile(lang).function_words
    for piece in _PIECES.finditer(raw):
        start = at + piece.start()
        word = piece.group()
        if not UNSPACED.match(word):
            forms = _word_forms(word, lang)
            if forms is not None:
                tokens.append(Token(start, start + len(word), forms[0], forms[1], word[0].isupper()))
            continue
        norms = [normalize(c) for c in word]
        for k, norm in enumerate(norms):
            after = norms[k + 1] if k + 1 < len(norms) and norms[k + 1] not in function_words else ""
            stem = None if norm in function_words else norm + after
            tokens.append(Token(start + k, start + k + 1, norm, stem))
    return tokens


def word_count(text: str) -> int:
    """How many words ``text`` has: its spaced words, a run of unspaced script (Chinese,
    Japanese) counting one word for every two characters, as a word of those languages runs
    to about two ("外交部发言人表示" is four).

    >>> word_count("Home | World"), word_count("外交部发言人周四表示")
    (3, 5)
    """
    count = 0
    for word in text.split():
        unspaced = len(UNSPACED.findall(word))
        count += max(1, (unspaced + 1) // 2) if unspaced else 1
    return count


def stems(text: str, lang: str = "en") -> set[str]:
    """The stems of ``text``'s content words, as ``tokenize`` gives them, without making its
    tokens (but for unspaced script): for indexing a long text by the words it holds.

    >>> sorted(stems("The troops were sent."))
    ['sent', 'troop']
    """
    if lang != "en" and profile(lang).characters:
        return {t.stem for t in tokenize(text, lang=lang) if t.stem}
    found = set()
    for raw in _TOKEN.findall(text):
        forms = _word_forms(raw, lang)
        if forms is not None and forms[1]:
            found.add(forms[1])
    return found


@lru_cache(maxsize=65536)
def _forms(raw: str) -> tuple[str, str | None] | None:
    """A word's norm and stem (None for a function word) in English, or None if it normalises
    to nothing. Remembered: a long text repeats its words, and normalising and stemming cost
    more than finding them. English has a cache of its own, keyed by the word alone: it is
    most words read, and a key of one string is the cheapest. An all-capital word is never a
    function word ("US", "IT")."""
    return _read_word(raw, "en")


@lru_cache(maxsize=65536)
def _forms_in(raw: str, lang: str) -> tuple[str, str | None] | None:
    """``_forms`` in language ``lang``."""
    return _read_word(raw, lang)


def _word_forms(raw: str, lang: str) -> tuple[str, str | None] | None:
    return _forms(raw) if lang == "en" else _forms_in(raw, lang)


def _read_word(raw: str, lang: str) -> tuple[str, str | None] | None:
    norm = _norm_token(raw)
    if not norm:
        return None
    language = profile(lang)
    if norm in language.function_words and not (len(raw) > 1 and raw.isupper()):
        return norm, None
    return norm, _stem(norm, language.stemmer) if language.stemmer else norm
