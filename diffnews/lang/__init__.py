"""Language profiles: what diffnews needs to know about a language to read news in it.

Each supported language is one module here (``en.py``, ``de.py``, ...) that defines ``PROFILE``,
a frozen ``Profile``. The engine never tests ``if language == ...``: it asks the profile of the
side it reads (``profile(code)``). A language this package has no module for, and a text whose
language cannot be told, are read with ``NEUTRAL``: sentences end at Unicode sentence marks,
words are not stemmed and none is a function word. That reads any script, only less well.

Adding a language is one new module with a ``PROFILE`` and its tests (tests/test_lang.py reads
every module here). What a profile holds so far is the reading layer: where sentences end,
which dotted words are abbreviations, how words are found and stemmed, and which carry only
grammar. Speech verbs, number formats and boilerplate phrases are still English-only, in
speakers.py, numbers.py and boilerplate.py (issue 18 moves them here next).

Which language a side is in is ``detect.py``'s question, unless the caller says
(``compare(..., left_lang=..., right_lang=...)``, ``--lang``).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache

__all__ = ["NEUTRAL", "SUPPORTED", "Profile", "neutral_reading", "profile"]


@dataclass(frozen=True)
class Profile:
    """What one language needs, for reading its sentences and words."""

    code: str
    """ISO 639-1 code, as the report records it: "de". ``NEUTRAL``'s is "und" (undetermined,
    as BCP 47 writes it)."""
    name: str
    """In English, for messages: "German"."""
    stemmer: str | None = None
    """The Snowball algorithm that stems its words ("german": "Zeitungen" -> "zeitung"), or
    None for none: words are compared as written (normalised)."""
    function_words: frozenset[str] = frozenset()
    """Words that carry grammar, not news, normalised (lower case): German "der", "und",
    "nicht" is not one (a negation changes the news), nor "sagte" (who said what is the
    story). They weigh nothing in similarity and seed no fragment."""
    abbreviations: frozenset[str] = frozenset()
    """Words a full stop does not end a sentence after, lower case, without the last stop, as
    Punkt stores them: German "nr" ("Nr. 5"), "z.b" ("z.B.")."""
    sentence_ends: str = ""
    """Marks besides ". ! ?" that end a sentence with no space after them: Chinese "。！？",
    Arabic "؟". A closing quote or bracket right after one stays with its sentence."""
    numbers: str = "1,234.5"
    """How it writes a number with thousands and decimals: "1,234.5" (English), "1.234,5"
    (German "1.300 Einwohner", "2,5 Prozent"), "1 234,5" (French "1 300 habitants", with a
    space, no-break or thin, between groups). ``numbers.py`` reads each as English writes it."""
    characters: bool = False
    """Words are not spaced (Chinese, Japanese): each character of the script is a token, and
    its stem is the pair it starts (the character and the next of the same run), so that
    similarity and fragments work on character bigrams while every token is still one
    character of the text (spans never overlap)."""


NEUTRAL = Profile(
    code="und",
    name="an undetermined language",
    sentence_ends="。！？؟।",
)
"""For a language with no module, or none detected: Unicode sentence marks, no stemming, no
function words."""


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if len(m.name) == 2)


SUPPORTED: tuple[str, ...] = tuple(_modules())
"""The codes of the languages with a module here."""


@cache
def profile(code: str | None) -> Profile:
    """The profile of language ``code`` ("de"), or ``NEUTRAL`` for None or a language with no
    module here."""
    if not code or code not in SUPPORTED:
        return NEUTRAL
    found: Profile = importlib.import_module(f"diffnews.lang.{code}").PROFILE
    return found


def neutral_reading(code: str, option: str) -> str:
    """Why a text in language ``code`` is read with ``NEUTRAL``, and how to choose another: the
    warning the command line writes.

    >>> neutral_reading("ku", "--lang")[:60]
    'its language (ku) has no profile in diffnews, so it is read '
    """
    what = (
        "no language could be told" if code == "und" else f"its language ({code}) has no profile in diffnews"
    )
    return (
        f"{what}, so it is read neutrally (sentence marks, no stemming); {option} sets one of:"
        f" {', '.join(SUPPORTED)}"
    )
