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

A text with no letters at all (figures, a table) is ``und``: undetermined. Below ``UNSURE`` the
model is guessing, and ``compare`` does not take its guess (it says what it takes instead).

benchmarks/languages.py measures the accuracy on stsb_multi_mt and the load time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from diffnews.lang import SUPPORTED, profile
from diffnews.lang.en import FUNCTION_WORDS

__all__ = ["UNSURE", "Detected", "detect"]

_SURE_WORDS = 20
_ENGLISH_SHARE = 0.20
_SAMPLE = 5_000
_SHORTCUT = 2_000  # characters read for the English shortcut: some 300 words
_SURE = 0.9
UNSURE = 0.5
"""Below this probability the detector is guessing (a headline of three words: "Fed raises
rates" comes out French at 0.25, "Hello" Italian at 0.03): ``compare`` then takes the other
side's language, or English."""
_FOREIGN_SHARE = 0.03


_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Detected:
    """A text's language as detected."""

    code: str
    """ISO 639-1 code ("de"), supported or not; "und" when no language can be told."""
    confidence: float
    """The model's probability for it (1.0 for the English shortcut, 0.0 for "und")."""

    @property
    def profile(self) -> str:
        """The profile that reads it: its code when ``lang/`` has one, else "und" (neutral)."""
        return self.code if self.code in SUPPORTED else "und"


@lru_cache(maxsize=64)
def detect(text: str) -> Detected:
    """The language of ``text`` (module doc).

    >>> detect("The troops will leave Iraq by the end of next year, officials said on Thursday, "
    ...        "after talks in Baghdad with the government of the prime minister.")
    Detected(code='en', confidence=1.0)
    >>> detect("Der Bundestag hat am Donnerstag das Gesetz mit großer Mehrheit beschlossen.").code
    'de'
    >>> detect("12 345 678").code
    'und'
    """
    words = _WORD.findall(text[:_SHORTCUT].lower())
    if not words:
        return Detected("und", 0.0)
    foreign = _foreign()
    if (
        len(words) >= _SURE_WORDS
        and sum(w in FUNCTION_WORDS for w in words) >= _ENGLISH_SHARE * len(words)
        and sum(w in foreign for w in words) < _FOREIGN_SHARE * len(words)
    ):
        return Detected("en", 1.0)
    ranked = _model().rank(text[:_SAMPLE])
    code, probability = ranked[0]
    if code in SUPPORTED or probability >= _SURE:
        return Detected(code, round(float(probability), 4))
    best, p = next(((c, p) for c, p in ranked if c in SUPPORTED), (code, probability))
    return Detected(best, round(float(p), 4))


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
    al el de del la le van von der di da du bin ibn abu los las
    """.split()
)
"""English words, single letters, and particles of names ("de Gaulle", "van Dijk", "bin
Salman", "Los Angeles") among other languages' function words."""


@cache
def _model() -> Any:
    """py3langid's model, loaded on first use (0.6 s): never at import."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
