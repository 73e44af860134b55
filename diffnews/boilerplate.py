"""Page furniture: text that came with the page, not with the story.

Each rule in ``RULES`` is a named pattern that a whole sentence must match to be furniture:
comment and share prompts ("Please let us know if you're having issues with commenting.",
"Share this article", "A+ A-"), "Read more" links, bylines ("By Jane Doe, Reuters"), agency
credits ("(Reporting by ...; Editing by ...)") and copyright lines. Matching the whole sentence
keeps news sentences that start the same way ("By December 31, no foreign forces ...") as
content: furniture is a short fixed phrase, and a byline names people in capitals and has no
full stop. A photo credit anywhere in a paragraph ("(Photo by ...)", "... via Getty Images")
makes every sentence of that paragraph furniture, the credit itself and the caption around it;
and a two-word kicker such as "In Rudaw" is furniture as the document's first line. For web
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

__all__ = ["RULES", "furniture"]

# Photo credits mark a whole paragraph as a caption.
_CREDIT = re.compile(
    r"\((?:photo|image|picture|file photo)\s*(?:by|credit|:)"
    r"|\bvia Getty Images\b|\bphoto credit\b|^(?:photo|image|picture)\s*:|^image source\s*,",
    re.IGNORECASE,
)

# A name in a byline: one to four capitalised words, joined by "and", "&" or commas.
_NAME = r"(?-i:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|di|van|von|der|den|al|el|bin|ibn|la|le)){0,3})"
_NAMES = rf"{_NAME}(?:\s*(?:,|\band\b|&)\s*{_NAME})*"
_CREDIT_LINE = rf"(?:additional )?(?:reporting|writing|editing|compiled) by {_NAMES}(?:\s+in\s+{_NAME})?"
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
    # "Read more" and its kin, alone or before the headline they link to.
    "link prompt": re.compile(
        r"(?:read more|also read|read also|see also|related|recommended|more on this story|watch)"
        r"(?:[.!]|\s*[:>»|–—-].{0,160})?",
        re.IGNORECASE,
    ),
    # "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | Example Daily 2 Sep 2021":
    # names in capitals after "By", with no full stop at the end, which a sentence would have.
    "byline": re.compile(
        rf"(?:(?:written|words|reporting|text|story) )?by {_NAMES}(?:\s*[,|/·–—-]\s*{_NAMES})?"
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
        r"(?:copyright\s*(?:©|\(c\))?\s*\d{4}|©|\(c\)\s*\d{4})[^.]{0,80}\.?(?:\s*all rights reserved\.?)?"
        r"|all rights reserved\.?",
        re.IGNORECASE,
    ),
}

# A two-word kicker above a headline, such as "In Rudaw": only as the document's first line.
_KICKER = re.compile(r"In [A-Z][\w-]*")


def furniture(sentences: Sequence[str], paragraphs: Sequence[int]) -> set[int]:
    """Indexes of the sentences that are page furniture. ``paragraphs[k]`` is sentence k's
    paragraph."""
    found = {k for k, text in enumerate(sentences) if any(r.fullmatch(text.strip()) for r in RULES.values())}
    if sentences and _KICKER.fullmatch(sentences[0].strip()):
        found.add(0)
    captions = {paragraphs[k] for k, text in enumerate(sentences) if _CREDIT.search(text)}
    found |= {k for k, p in enumerate(paragraphs) if p in captions}
    return found
