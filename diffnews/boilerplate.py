"""Page furniture: text that came with the page, not with the story.

Each rule in ``RULES`` is a named pattern that a whole sentence must match to be furniture. A
photo credit anywhere in a paragraph makes every sentence of that paragraph furniture, the
credit itself and the caption around it; and a two-word kicker such as "In Rudaw" is furniture
as the document's first line.
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
    r"|\bvia Getty Images\b|\bphoto credit\b|^(?:photo|image|picture)\s*:",
    re.IGNORECASE,
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
        r"|tweet|e-?mail|print|read more[.!:]?|related(?: articles| stories)?[.!:]?|advertisement"
        r"|subscribe(?: now| today| to our newsletter)?[.!]?|sign up(?: for our newsletter)?[.!]?|A\+\s*A-",
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
