"""Page furniture: text that came with the page, not with the story.

Each rule in ``RULES`` is a named pattern that a whole sentence must match to be furniture:
comment and share prompts ("Please let us know if you're having issues with commenting.",
"Share this article", "A+ A-"), "Read more" links, bylines ("By Jane Doe, Reuters"), agency
credits ("(Reporting by ...; Editing by ...)") and copyright lines. Matching the whole sentence
keeps news sentences that start the same way ("By December 31, no foreign forces ...") as
content: furniture is a short fixed phrase, and a byline names people in capitals and has no
full stop. A two-word kicker such as "In Rudaw" is furniture as the document's first line.

Photo credits ("(Photo by ...)", "... via Getty Images") take their caption with them, and only
it. A paragraph that is a caption's size (besides its credits, at most two sentences of at
most 80 words together) is furniture whole: the credit and the caption around it. A longer
paragraph is article text with a caption inside it, which is what scraped text in one block
looks like ("... on Sunday. A farmer crosses a dry canal. (Image by John Smith / Reuters) In
Dhi Qar ..."); ``segment.py`` ends a sentence after the credit, and only the credit and its
caption are furniture: the credit's sentence (which holds the caption before it, up to the
last full stop), and when the credit stands alone ("AHMAD AL-RUBAYE/AFP via Getty Images"),
the sentence before it, which it closes. A caption after its credit stays content: it cannot
be told from the article. Each language
adds its own (``Profile.links``, ``Profile.furniture``, ``Profile.photo_credits``: "Lesen
Sie auch:", "Tous droits réservés.", "Foto: dpa"). For web
pages, trafilatura has already dropped most furniture (``extract.py``); these rules catch what
is left, and what text files carry.
Furniture is labelled "boilerplate": it is not aligned, and it is left out of the percentages
(``Config.boilerplate = False`` turns this off).

>>> furniture(["Troops must leave.", "(Photo by AHMAD AL-RUBAYE / AFP)"], [0, 1])
{1}
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from diffnews.lang import profile

__all__ = ["CREDIT_IN_TEXT", "RULES", "furniture"]

# Photo credits mark their caption.
_CREDIT = re.compile(
    r"\((?:photo|image|picture|file photo)\s*(?:by|credit|:)"
    r"|\bvia Getty Images\b|\bphoto credit\b|^(?:photo|image|picture)\s*:|^image source\s*,",
    re.IGNORECASE,
)
CREDIT_IN_TEXT = re.compile(
    r"\((?:photo|image|picture|file photo)\s*(?:by|credit|:)[^()\n]{0,120}\)|\bvia Getty Images\b\)?",
    re.IGNORECASE,
)
"""A photo credit as it stands in running text, ``(Image by John Smith / Reuters)`` or ``... via
Getty Images``: ``segment.py`` ends a sentence after it."""
_CAPTION_SENTENCES, _CAPTION_WORDS = 2, 80
"""A caption's size: a paragraph with a credit and at most this many other sentences, of at
most this many words together, is a caption whole."""
_ALONE_WORDS, _ALONE_AT = 12, 40
"""A credit stands alone when its sentence has at most this many words and the credit starts
within this many characters of it: ``(Image by John Smith / Reuters)``,
``AHMAD AL-RUBAYE/AFP via Getty Images``."""

# A byline names people: two to four capitalised words ("Jane Doe", "Sarah van der Berg",
# "Ahmed al-Rubaye"), not a weekday, a month or a phrase such as "By The Numbers"; or one of the
# agencies that sign stories alone.
_NOT_A_NAME = (
    r"(?:The|A|An|Of|And|Or|For|To|In|On|At|By|With|From|Order|Air|Land|Sea|Road|Rail|Phone|Hand|Far|Then"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Q[1-4])\b"
)
_WORD = rf"(?-i:(?!{_NOT_A_NAME})(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w'’.-]*)"
_PARTICLE = r"(?-i:de|da|di|du|van|von|der|den|la|le|bin|ibn|ben)"
_PERSON = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{1,3}}"
_AGENCY = (
    r"(?-i:Reuters|AFP|AP|Associated Press|Agence France-Presse|Bloomberg|dpa|EFE|ANSA|Xinhua|AAP|UPI"
    r"|Kyodo|Anadolu Agency|PA Media)"
)
_NAMES = rf"(?:{_PERSON}|{_AGENCY})(?:\s*(?:,|\band\b|&)\s*(?:{_PERSON}|{_AGENCY}))*"
# What may follow a byline's names: an outlet ("Reuters", "Example Daily", "El Diario de la
# Sierra"), one to five capitalised words, with the particles of other languages between them.
_OUTLET_LINK = r"(?:(?:de|del|la|las|los|el|da|do|di|du|des|der|van|von)\s+)*"
_OUTLET = rf"(?-i:[A-Z][\w'’.&-]*(?:\s+{_OUTLET_LINK}[A-Z][\w'’.&-]*){{0,4}})"
_CREDIT_LINE = rf"(?:additional )?(?:reporting|writing|editing|compiled) by {_NAMES}(?:\s+in\s+{_OUTLET})?"
_YEARS = r"\d{4}(?:\s*[-–]\s*\d{4})?"
_DATE = (
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
)

# Each rule matches a whole sentence: page furniture is a fixed phrase, while a news sentence
# that merely starts the same way ("Comment was not immediately available ...") is longer.
RULES: dict[str, re.Pattern[str]] = {
    "comment prompt": re.compile(
        r"(?:please )?let us know if you(?:'|’)re having (?:issues|problems|trouble) (?:with )?commenting\.?"
        r"|(?:leave|post|add) a comment[.!:]?|(?:show|view|hide|load|read) (?:all )?comments?[.!:]?"
        r"|comments?[.!:]?|\d+ comments?|join the (?:conversation|discussion)[.!:]?",
        re.IGNORECASE,
    ),
    "share prompt": re.compile(
        r"share(?: this(?: article| story)?)?(?: on (?:facebook|twitter|x|whatsapp|linkedin))?[.!:]?"
        r"|tweet|e-?mail|print|related(?: articles| stories)?[.!:]?|(?:story continues below )?advertisement"
        r"|subscribe(?: now| today| to our newsletter)?[.!]?|sign up(?: for our newsletter)?[.!]?|A\+\s*A-",
        re.IGNORECASE,
    ),
    # "Read more" and its kin, alone or before the headline they link to; a headline has no full
    # stop at its end, a sentence ("Related: 12 people were killed, police said.") has.
    "link prompt": re.compile(
        r"(?:read more|also read|read also|see also|related(?: articles| stories| coverage)?|recommended"
        r"|more on this story|watch)(?:\s*[.!:»>]|\s*(?:[:>»|–—]|\s-)\s*.{1,160}(?<![.!?\"'”’]))?",
        re.IGNORECASE,
    ),
    # "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | Example Daily 2 Sep 2021":
    # names in capitals after "By", with no full stop at the end, which a sentence would have.
    "byline": re.compile(
        rf"(?:(?:written|words|reporting|text|story) )?by {_NAMES}(?:\s*[,|/·–—-]\s*{_OUTLET})?"
        rf"(?:\s*[,|·–—-]?\s*(?:updated:?\s*|published:?\s*)?{_DATE})?",
        re.IGNORECASE,
    ),
    # Agency credits at the end of a story: "(Reporting by Jane Doe; Editing by John Roe)".
    "reporting credit": re.compile(
        rf"\(?{_CREDIT_LINE}(?:\s*[;,]\s*{_CREDIT_LINE})*\)?\.?",
        re.IGNORECASE,
    ),
    # "Copyright 2021 Example Daily. All rights reserved.", "© Example Daily": a year or the sign
    # right after the word, which a sentence about copyright law does not have.
    "copyright": re.compile(
        rf"(?:copyright\s*(?:©|\(c\))?\s*{_YEARS}|©\s*(?:{_YEARS})?|\(c\)\s*{_YEARS})\s*,?\s*(?:{_OUTLET})?\.?"
        r"(?:\s*all rights reserved\.?)?|all rights reserved\.?",
        re.IGNORECASE,
    ),
}

# A two-word kicker above a headline, such as "In Rudaw": only as the document's first line.
_KICKER = re.compile(r"In [A-Z][\w-]*")


@cache
def _rules_of(lang: str) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None]:
    """A language's own furniture (``Profile.links``, ``Profile.furniture``), as whole-sentence
    patterns, and its photo credits (``Profile.photo_credits``)."""
    language = profile(lang)
    rules = [re.compile(pattern, re.IGNORECASE) for pattern in language.furniture]
    if language.links:  # alone, or before the headline it links to, as "Read more" is
        rules.append(
            re.compile(
                rf"{language.links}(?:\s*[.!:：»>]|\s*(?:[:：>»|–—]|\s-)\s*.{{1,160}}(?<![.!?\"'”’。]))?",
                re.IGNORECASE,
            )
        )
    credit = re.compile(language.photo_credits, re.IGNORECASE) if language.photo_credits else None
    return tuple(rules), credit


def furniture(sentences: Sequence[str], paragraphs: Sequence[int], lang: str = "en") -> set[int]:
    """Indexes of the sentences that are page furniture. ``paragraphs[k]`` is sentence k's
    paragraph; ``lang`` the text's language, whose own furniture is found beside English's."""
    own, own_credit = _rules_of(lang)
    rules = (*RULES.values(), *own)
    found = {k for k, text in enumerate(sentences) if any(r.fullmatch(text.strip()) for r in rules)}
    if sentences and _KICKER.fullmatch(sentences[0].strip()):
        found.add(0)
    credits = {
        k: m.start()
        for k, text in enumerate(sentences)
        if (m := _CREDIT.search(text) or (own_credit.search(text) if own_credit else None))
    }
    alone = {k for k, at in credits.items() if at <= _ALONE_AT and len(sentences[k].split()) <= _ALONE_WORDS}
    for paragraph in {paragraphs[k] for k in credits}:
        members = [k for k, p in enumerate(paragraphs) if p == paragraph]
        others = [k for k in members if k not in alone]
        words = sum(len(sentences[k].split()) for k in others)
        if len(others) <= _CAPTION_SENTENCES and words <= _CAPTION_WORDS:
            found.update(members)  # a caption paragraph: all of it
            continue
        for k in members:
            if k in credits:
                found.add(k)
                if k in alone and k - 1 in members and k - 1 not in credits:
                    found.add(k - 1)  # the caption the credit closes
    return found
