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

__all__ = ["NEUTRAL", "SUPPORTED", "Profile", "canonical", "neutral_reading", "phrases", "profile", "warns"]


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
    no_end: str = ""
    """A pattern that matches up to a full stop that ends no sentence, though Punkt would end
    one there: German "am 14." before "März", "der 2." before "Weltkrieg"."""
    numbers: str = "1,234.5"
    """How it writes a number with thousands and decimals: "1,234.5" (English), "1.234,5"
    (German "1.300 Einwohner", "2,5 Prozent"), "1 234,5" (French "1 300 habitants", with a
    space, no-break or thin, between groups). ``numbers.py`` reads each as English writes it."""
    speech: frozenset[str] = frozenset()
    """Words and phrases that give words to a speaker, lower case: German "sagte", "erklärte",
    "laut" ("laut Polizei"), French "a déclaré", "selon". Beside a quotation they name who
    says it (the name next to one, ``speech.py``); between two pieces of a quotation they make
    one statement interrupted by its attribution (``attribution.py``)."""
    months: tuple[str, ...] = ()
    """Its month names, January first, each with its other forms ("|"): German "März|Mär|Mrz",
    Polish "marca|marzec|mar" (the genitive first, as a date writes it). ``numbers.py`` reads
    "24. März 2026", "24 de marzo de 2026" and "März 2026" as dates with them, which compare
    with English ones by their parts. Dates written as Chinese and Japanese write them
    ("2026年3月24日") are read in every language, and need none."""
    links: str = ""
    """A pattern of its "Read more" prompts, which ``boilerplate.py`` takes for furniture alone
    or before the headline they link to: German "Lesen Sie auch", French "Lire aussi"."""
    furniture: tuple[str, ...] = ()
    """Patterns of its other page furniture, each matching a whole sentence, case ignored:
    German "Alle Rechte vorbehalten.", "Anzeige", a newsletter prompt."""
    photo_credits: str = ""
    """A pattern that marks a photo credit, which takes its caption with it (``boilerplate.py``):
    German "Foto: dpa", "(Bild: Stadt Passau)", Chinese "（新华社记者陈静摄）"."""
    titles: tuple[str, ...] = ()
    """Endings of the capitalised words that name an office rather than a person, lower case:
    German "minister", "kanzlerin", "sprecher". ``speech.py`` drops such words from the front
    of a speaker's name ("Wohnungsminister Jonas Reiter" is "Jonas Reiter"), as English titles
    are dropped; languages that write offices in lower case need none."""
    nouns_capitalised: bool = False
    """It capitalises every noun (German): a capital is no sign of a name, so ``figures.py``
    takes one capitalised word against another ("Menschen", "Anwohner") for no name."""
    cased: bool = True
    """Its script has capital letters, which names start with: False for Arabic, Chinese and
    Japanese, where ``speech.py`` names no speaker."""
    characters: bool = False
    """Words are not spaced (Chinese, Japanese): each character of the script is a token, and
    its stem is the pair it starts (the character and the next of the same run), so that
    similarity and fragments work on character bigrams while every token is still one
    character of the text (spans never overlap)."""


def phrases(text: str) -> frozenset[str]:
    """The comma-separated phrases of ``text``, as a profile lists them.

    >>> sorted(phrases("a déclaré,  selon, a   dit,"))
    ['a dit', 'a déclaré', 'selon']
    """
    return frozenset(" ".join(p.split()) for p in text.split(",") if p.strip())


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


_ALIASES = {
    # ISO 639-2 and 639-3 codes of the supported languages (both of 639-2's, B and T)
    **dict.fromkeys(("eng",), "en"),
    **dict.fromkeys(("deu", "ger"), "de"),
    **dict.fromkeys(("fra", "fre"), "fr"),
    **dict.fromkeys(("spa",), "es"),
    **dict.fromkeys(("ita",), "it"),
    **dict.fromkeys(("por",), "pt"),
    **dict.fromkeys(("nld", "dut"), "nl"),
    **dict.fromkeys(("pol",), "pl"),
    **dict.fromkeys(("rus",), "ru"),
    **dict.fromkeys(("tur",), "tr"),
    **dict.fromkeys(("ara", "arb"), "ar"),
    **dict.fromkeys(("jpn",), "ja"),
    # Chinese in any of its varieties and scripts reads as Chinese: Cantonese (Hong Kong news),
    # Wu, Mandarin
    **dict.fromkeys(("zho", "chi", "cmn", "yue", "wuu"), "zh"),
}


def canonical(code: str) -> str:
    """A language code as ``diffnews.lang`` names languages: lower case, its region and script
    dropped, a three-letter code of a supported language made its two letters, a variety of
    Chinese "zh".

    >>> [canonical(c) for c in ("pt-BR", "ZH_Hant", "deu", "yue", "ku", "")]
    ['pt', 'zh', 'de', 'zh', 'ku', 'und']
    """
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return _ALIASES.get(base, base) or "und"


def neutral_reading(code: str, option: str) -> str:
    """Why a text in language ``code`` (one with no profile here) is read with ``NEUTRAL``, and
    how to choose another: the warning the command line writes.

    >>> neutral_reading("ku", "--lang")[:60]
    'its language (ku) has no profile in diffnews, so it is read '
    """
    return (
        f"its language ({code}) has no profile in diffnews, so it is read neutrally (sentence"
        f" marks, no stemming); {option} sets one of: {', '.join(SUPPORTED)}"
    )


def warns(code: str, read_as: str) -> bool:
    """Whether a side in language ``code``, read with profile ``read_as``, deserves the warning
    of ``neutral_reading``: a language with no profile. Not a text with no letters (a table of
    figures, "und"), which no profile would read otherwise."""
    return read_as == "und" and code != "und"
