"""Who says it, in a language whose grammar diffnews does not read: the name beside a speech
word of the language's profile.

``speakers.py`` reads English attributions by their grammar ("But PC Jones said", "said
Bingley councillor Sue Marsh", "he" as the last person quoted). For another language a
quotation's speaker is read from the sentence that holds it, its quotations masked, by two
plain rules:

1. The first speech word or phrase of the profile (``Profile.speech``: German "sagte",
   French "a déclaré", Turkish "dedi") in the sentence.
2. The name beside it: the run of capitalised words right after it ("sagte Merkel", "a
   déclaré Emmanuel Macron", past an article and a word in lower case before a name of two
   words: "dijo el presidente Pedro Sánchez", "a déclaré jeudi Emmanuel Macron"), or else
   the run that ends right before it, across the quotation itself ("Merkel sagte", "Erdoğan,
   '...' dedi"). When the speech word follows the quotation directly ('„...“, sagte Merkel')
   the run after it is read first; so it is when a name follows the speech word directly
   and the run before it is weak: one word that opens the sentence, or words after or
   opening with a function word, as German fronts them before the verb ("Zudem sagte
   Merkel", "Nach dem Treffen mit Emmanuel Macron sagte Merkel"); else the one before.

A run loses the function words it opens with ("Der Minister" is "Minister"), then the
titles (``Profile.titles``: "Bürgermeister Jürgen Dupper" is "Jürgen Dupper"), and a run of
one word after an article is no name but a noun, which German capitalises ("sagte der
Sprecher", "Der Minister sagte", "sagte der neue Minister"): that speaker is unnamed, None,
rather than a name that a check would compare with another. So the reading is sure where it
names someone, and says nothing where it is unsure. What it cannot do: "er" and "sie" are not
resolved to the last person named, and a script without capitals (Arabic, Chinese, Japanese;
``Profile.cased``) names no one this way, so there a changed speaker is not caught. Both are
left to a grammar per language.

>>> from diffnews.lang import profile
>>> speaker("QUOTE, sagte Bundeskanzlerin Angela Merkel am Montag.", profile("de"))
'Angela Merkel'
>>> speaker("Der Sprecher sagte: QUOTE", profile("de")) is None
True
>>> speaker("Erdoğan, QUOTE dedi.", profile("tr"))
'Erdoğan'
"""

from __future__ import annotations

import re
from functools import cache

from diffnews.lang import Profile

__all__ = ["attributes", "reads_speakers", "speaker"]

_TOKEN = re.compile(r"QUOTE|[^\W\d_](?:[\w’'-]|\.(?=[^\W\d_]))*|\d+(?:[.,]\d+)*\w*|[^\w\s]")
"""Words, numbers, single marks, and the mask of a quoted span."""


@cache
def _pattern(profile: Profile) -> re.Pattern[str] | None:
    """The profile's speech words and phrases as one expression, longest first, white space
    between a phrase's words matching any run of it; None for a profile with none."""
    if not profile.speech:
        return None
    alternatives = sorted(profile.speech, key=len, reverse=True)
    joined = "|".join(r"\s+".join(map(re.escape, p.split())) for p in alternatives)
    # letters and digits before or after are part of another word; an unspaced script
    # (Chinese "表示", Japanese "と述べた") has no word boundary to ask for
    if profile.characters:
        return re.compile(f"(?:{joined})", re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?:{joined})(?![\w-])", re.IGNORECASE)


def attributes(text: str, profile: Profile) -> bool:
    """Whether ``text`` (the gap between two pieces of a quotation, say) holds a speech word of
    the profile's language."""
    pattern = _pattern(profile)
    return pattern is not None and pattern.search(text) is not None


def reads_speakers(profile: Profile) -> bool:
    """Whether ``speaker`` can name anyone in the profile's language."""
    return profile.cased and bool(profile.speech)


def _capital(token: str) -> bool:
    return token != "QUOTE" and token[:1].isupper()


def speaker(masked: str, profile: Profile) -> str | None:
    """The speaker a sentence names (module doc); ``masked`` is the sentence with each quoted
    span replaced by " QUOTE "."""
    pattern = _pattern(profile)
    found = pattern.search(masked) if pattern is not None and reads_speakers(profile) else None
    if found is None:
        return None
    before, after = _TOKEN.findall(masked, 0, found.start()), _TOKEN.findall(masked, found.end())
    inverted = bool(before) and before[-1] in ("QUOTE", ",") and "QUOTE" in before[-2:]
    named_after, (named_before, weak) = _after(after, profile), _before(before, profile)
    direct = bool(after) and _capital(after[0])  # "sagte Merkel", not "sagte der dpa"
    if inverted or (weak and direct and named_after):
        return named_after or named_before
    return named_before or named_after


def _after(tokens: list[str], profile: Profile) -> str | None:
    """The name that opens ``tokens`` (what follows the speech word), past an article, and past
    one word in lower case (a title, a day: "dijo el presidente Pedro Sánchez", "a déclaré
    jeudi Emmanuel Macron") if a name of two words or more follows it."""
    k = 0
    article = bool(tokens) and tokens[0].lower() in profile.function_words and not _capital(tokens[0])
    k += article
    skipped = (
        k + 1 < len(tokens)
        and tokens[k][:1].islower()
        and tokens[k] not in profile.function_words
        and _capital(tokens[k + 1])
    )
    k += skipped
    run = []
    for token in tokens[k:]:
        if not _capital(token):
            break
        run.append(token)
    if skipped and len(run) < 2:
        return None
    return _name(run, article, profile)


def _before(tokens: list[str], profile: Profile) -> tuple[str | None, bool]:
    """The name that ends ``tokens`` (what precedes the speech word), across the quotation, the
    marks around it and a bracket ("Markus Söder (CSU) sagte" names Söder, not the party); and
    whether it is weak: one word that opens the sentence, or words after a function word,
    where German puts what it fronts before the verb ("Zudem sagte Merkel", "Nach dem Treffen
    mit Emmanuel Macron sagte Merkel")."""
    k = len(tokens)
    while k > 0 and (tokens[k - 1] == "QUOTE" or not tokens[k - 1][:1].isalnum()):
        if tokens[k - 1] == ")" and "(" in tokens[:k]:
            k = len(tokens[:k]) - tokens[:k][::-1].index("(") - 1  # the bracket and what it holds
        else:
            k -= 1
    start = k
    while start > 0 and _capital(tokens[start - 1]):
        start -= 1
    article = start > 0 and tokens[start - 1].lower() in profile.function_words
    opens = start < k and tokens[start].lower() in profile.function_words  # "Der Deutschen ..."
    weak = article or opens or (start == 0 and k - start == 1)
    return _name(tokens[start:k], article, profile), weak


def _name(run: list[str], article: bool, profile: Profile) -> str | None:
    """A run of capitalised words as a speaker, or None: empty, or one word after an article
    (a noun: "der Sprecher")."""
    while run and run[0].lower() in profile.function_words:
        run, article = run[1:], True
    if article and len(run) == 1:
        return None
    while run and run[0].lower().rstrip(".").endswith(profile.titles or ("\0",)):
        run = run[1:]  # "Wohnungsminister Jonas Reiter", "Dr. Anna Berg"
    return " ".join(run) or None
