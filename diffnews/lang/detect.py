"""Which language a text is in: py3langid (a naive Bayes model over byte n-grams of 97
languages, BSD licence, its model inside the wheel), with a shortcut for English.

How a side's language is told
-----------------------------
1. *English, at once.* A text of at least ``_SURE_WORDS`` words of which at least
   ``_ENGLISH_SHARE`` are English function words ("the", "of", "was"), and fewer than
   ``_FOREIGN_SHARE`` function words of another language that are no English word ("der",
   "que", "les", "het"), is English. English news runs at about 0.43 English function words;
   the ten translations of STS-B's English rows in stsb_multi_mt reach 0.23 (Portuguese: "a",
   "as", "do"), but then with many "que" and "os". On single rows and runs of three and ten
   (benchmarks/languages.py) the shortcut answers 665 of the 2,150 English texts, nearly all
   those of 20 words or more, and none in the other ten languages but an English sentence left
   untranslated among the Polish rows. The model costs 0.7 s to load and 2 ms a text: a
   pre-commit check of English copy pays neither.
   The shortcut reads the first ``_SHORTCUT`` characters, the model the first ``_SAMPLE``;
   a text asked about again (a source checked against many copies) is answered from memory.
2. *The model*, over the whole text (its first ``_SAMPLE`` characters): the most probable
   language, when ``lang/`` has a profile for it.
3. Otherwise, when the model is sure (``_SURE``) of a language ``lang/`` has no profile for
   (Kurdish, Persian, Korean), the text is in that language, which is read with the neutral
   profile. When it is not sure, the text is short or mixed, and the most probable of the
   supported languages is taken: restricting the model to those alone would force every other
   language into one of them, so it is asked only after the open question.

What a text quotes is left out first, when that leaves five words or more: the language of a
story is its narrative's, and an English brief built round a Spanish coach's words is English.
A text with no letters at all (figures, a table) is ``und``: undetermined. Below ``UNSURE``
(``UNSURE_SHORT`` for a text of fewer than ``_SURE_WORDS`` words, where a few foreign names
sway the model) the answer is a guess, and ``compare`` does not take it: the side takes the
other side's language, or English (``Detected.sure``). A detected variety of Chinese
(Cantonese, "yue") is Chinese (``lang.canonical``).

benchmarks/languages.py measures the accuracy on stsb_multi_mt and the load time.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from diffnews.lang import SUPPORTED, canonical, profile
from diffnews.lang.en import FUNCTION_WORDS
from diffnews.reading.text import word_count
from diffnews.report import Language

__all__ = [
    "UNSURE",
    "UNSURE_SHORT",
    "Detected",
    "detect",
    "sides_languages",
    "written_in",
    "written_in_language",
]

_SURE_WORDS = 20
_ENGLISH_SHARE = 0.20
_SAMPLE = 5_000
_SHORTCUT = 2_000  # characters read for the English shortcut: some 300 words
_SURE = 0.9
UNSURE = 0.5
"""Below this probability the detector is guessing (a headline of three words: "Fed raises
rates" comes out French at 0.25, "Hello" Italian at 0.03): ``compare`` then takes the other
side's language, or English."""
UNSURE_SHORT = 0.6
"""The same, for a text of fewer than ``_SURE_WORDS`` words. On single STS-B sentences (about
ten words) in eight languages of stsb_multi_mt, no answer at 0.6 or more was wrong but for rows
left in English; at 0.6, 0.85 to 0.97 of them are taken, at 0.9 only 0.47 to 0.91."""
_FOREIGN_SHARE = 0.03


_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Detected:
    """A text's language as detected."""

    code: str
    """The language's code, as ISO 639 and the model name it ("de", "ku", "sdh"), supported or
    not; "und" when no language can be told."""
    confidence: float
    """The model's probability for it (1.0 for the English shortcut, 0.0 for "und")."""
    words: int = 0
    """How many words the answer was read from (``text.word_count``; quotations left out)."""

    script: bool = False
    """The text is written in a script that only this supported language uses here (Cyrillic
    for Russian, Arabic script for Arabic, kana for Japanese, Han alone for Chinese)."""
    names: bool = False
    """The text is mostly names: fewer than three of its words are not capitalised."""

    @property
    def sure(self) -> bool:
        """Whether to take the answer: "und" (nothing to read), a language told by its script,
        or, for a text that is not mostly names, a probability of ``UNSURE`` and more
        (``UNSURE_SHORT`` for a text of fewer than ``_SURE_WORDS`` words, where a handful of
        names sways the model: "Police in São Paulo arrested João da Silva")."""
        least = UNSURE if self.words >= _SURE_WORDS else UNSURE_SHORT
        return self.code == "und" or self.script or (not self.names and self.confidence >= least)

    @property
    def profile(self) -> str:
        """The profile that reads it: its code when ``lang/`` has one, else "und" (neutral)."""
        return self.code if self.code in SUPPORTED else "und"


@lru_cache(maxsize=64)
def detect(text: str) -> Detected:
    """The language of ``text`` (module doc).

    >>> found = detect("The troops will leave Iraq by the end of next year, officials said on "
    ...                "Thursday, after talks in Baghdad with the government of the prime minister.")
    >>> found.code, found.confidence, found.sure
    ('en', 1.0, True)
    >>> detect("Der Bundestag hat am Donnerstag das Gesetz mit großer Mehrheit beschlossen.").code
    'de'
    >>> detect("12 345 678").code
    'und'
    """
    told = _unquoted(text[:_SAMPLE])
    words = _WORD.findall(told[:_SHORTCUT])
    if not words:
        return Detected("und", 0.0, 0)
    # names say little of the language they are written in ("Police in São Paulo arrested
    # João da Silva"): the shares are of the words written in lower case, when there are some
    plain = [w for w in words if not w[0].isupper()] or words
    plain = plain if len(plain) >= _TOLD_WORDS else [w.lower() for w in words]
    foreign = _foreign()
    if (
        len(words) >= _SURE_WORDS
        and sum(w in FUNCTION_WORDS for w in plain) >= _ENGLISH_SHARE * len(plain)
        and sum(w in foreign for w in plain) < _FOREIGN_SHARE * len(plain)
    ):
        return Detected("en", 1.0, len(words))
    size = word_count(told)
    summed: dict[str, float] = {}  # the varieties of one language are one ("zh", "yue", "wuu")
    plain_text = _without_names(told)
    for c, p in _model().rank(plain_text):
        summed[canonical(c)] = summed.get(canonical(c), 0.0) + float(p)
    ranked = sorted(summed.items(), key=lambda item: -item[1])
    code, probability = ranked[0]
    if code not in SUPPORTED and probability < _SURE:
        code, probability = next(((c, p) for c, p in ranked if c in SUPPORTED), (code, probability))
    # a text of names with few other words ("Recep Tayyip Erdoğan met Kemal Kılıçdaroğlu in
    # Ankara") says little of its language, however sure the model is: only its script may
    script = written_in(told)
    names = plain_text is told and script is None and len(words) >= _MODEL_WORDS
    return Detected(code, round(float(probability), 4), size, script == code, names)


_SCRIPT_LANGUAGES = {"cyrillic": "ru", "arabic": "ar", "kana": "ja", "han": "zh"}


def written_in_language(code: str) -> str | None:
    """The language ``written_in`` gives for a text in language ``code``: the code itself for
    the languages a script tells (ru, ar, ja, zh), None for the rest (Latin script)."""
    return code if code in _SCRIPT_LANGUAGES.values() else None


def written_in(text: str) -> str | None:
    """The supported language that the script of most of ``text``'s letters says, if one does:
    "ru" for Cyrillic (Ukrainian and Bulgarian have no profile here, so a text the model reads
    as Russian at 0.56, the rest Ukrainian and Bulgarian, is read as Russian), "ar" for Arabic
    script, "ja" for kana, "zh" for Han without kana."""
    counts = collections.Counter(_script(c) for c in text[:_SHORTCUT] if c.isalpha())
    if not counts:
        return None
    script, n = counts.most_common(1)[0]
    if script == "han" and counts.get("kana", 0) * 10 >= n:  # Japanese mixes kana into Han
        return "ja"
    return _SCRIPT_LANGUAGES.get(script)


def _script(c: str) -> str:
    o = ord(c)
    if 0x0400 <= o <= 0x04FF:
        return "cyrillic"
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F:
        return "arabic"
    if 0x3040 <= o <= 0x30FF or 0xFF66 <= o <= 0xFF9F:
        return "kana"
    if 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF:
        return "han"
    return "other"


def _unquoted(text: str) -> str:
    """``text`` without what it quotes, when that leaves some words: the language of a story is
    its narrative's, not that of the words it quotes (an English brief around a Spanish
    coach's words is English)."""
    told = _QUOTED.sub(" ", text)
    return told if word_count(told) >= _TOLD_WORDS else text


def _without_names(text: str) -> str:
    """``text``'s words but those that start with a capital, for the model, when three or more
    are left: a few foreign names sway it ("Turkish President Recep Tayyip Erdoğan met
    Kılıçdaroğlu in Ankara on Tuesday" is Turkish at 0.91). German nouns go too; what is left
    is still German. Scripts without case (Chinese, Arabic) lose nothing."""
    rest = [w for w in _SPACED.findall(text) if not w[0].isupper()]
    return " ".join(rest) if len(rest) >= _MODEL_WORDS else text  # (the same object: "names")


_SPACED = re.compile(r"\S+")
_MODEL_WORDS = 3
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|„[^“”]*[“”]|「[^」]*」|『[^』]*』|\"[^\"\n]*\"")
_TOLD_WORDS = 5


@cache
def _foreign() -> frozenset[str]:
    """Function words of the other languages written in spaces that are no English word and no
    particle of a name in English copy: "der", "que", "les", "het", "nie"; not "man", "car",
    "door" or the "al" of al-Amiri."""
    others = (profile(code) for code in SUPPORTED if code != "en")
    words = frozenset().union(*(p.function_words for p in others if not p.characters))
    return words - FUNCTION_WORDS - _ALSO_ENGLISH


_ALSO_ENGLISH = frozenset(
    """
    man one no u want hat car tan go war door ten met come den son sue die sin con ha er ed ma
    am bis is eu un e en com c j l s d t y o na sa se ai au
    al el de del la le van von der di da du bin ibn abu los las das dos della delle dei degli ter
    op
    """.split()
)
"""English words, single letters, and particles of names ("de Gaulle", "van Dijk", "bin
Salman", "Los Angeles") among other languages' function words."""


@cache
def _model() -> Any:
    """py3langid's model, loaded on first use (0.6 s): never at import."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def sides_languages(texts: Sequence[str], given: Sequence[str | None]) -> list[Language]:
    """The two sides' languages, for ``compare``: as given (``lang.canonical``: "pt-BR" is
    "pt", "deu" is "de"), or detected (``detect``). A side the detector is not sure of (a
    headline, "Fed raises rates"; ``Detected.sure``) takes the other side's language when that
    one is sure and written in its script, the language both guesses agree on when neither is
    sure, and English, diffnews's default, otherwise: two reports of one story are most often
    in one language, and a guess from three words is no better than that."""
    guesses = [None if code else detect(text) for text, code in zip(texts, given, strict=True)]
    found: list[Language | None] = []
    for code, guess in zip(given, guesses, strict=True):
        if code:
            code = canonical(code)
            found.append(Language(code, code if code in SUPPORTED else "und", detected=False))
        else:
            assert guess is not None
            found.append(Language(guess.code, guess.profile, True, guess.confidence) if guess.sure else None)
    if found == [None, None] and guesses[0] and guesses[1] and guesses[0].code == guesses[1].code:
        # two short sides the detector guesses alike: Spanish at 0.47 twice is Spanish
        code = guesses[0].code
        return [Language(code, guesses[0].profile, True, g.confidence) for g in (guesses[0], guesses[1])]
    out = []
    for k, language in enumerate(found):
        if language is None:
            other = found[1 - k]
            # a language is taken from the other side only if its script is this side's: "The
            # mayor resigned on Monday." beside a Russian story is not Russian
            fits = (
                other is not None
                and other.code != "und"
                and written_in(texts[k]) == written_in_language(other.code)
            )
            taken = other if fits and other is not None else Language("en", "en", True)
            language = Language(taken.code, taken.profile, True, None)  # not the detector's answer
        out.append(language)
    return out
