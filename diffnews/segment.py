"""Split news text into sentences with offsets into the original text.

This is the only module that knows nltk's Punkt. Punkt normally learns abbreviations from a
trained model that ``nltk.download`` fetches; diffnews never downloads anything, so it builds an
untrained Punkt and hands it the abbreviations news text uses (``_ABBREVIATIONS`` below). Punkt's
own rules then handle initials (``J. R. Smith``), numbers (``3,500``, ``2.5``) and sentence-final
punctuation inside quotes (``... decision,” he added.``).

Around Punkt, five news-specific passes:

1. **Paragraphs.** Blank lines separate paragraphs; each sentence records its paragraph, and no
   sentence crosses one. A title on the text's first line that runs straight into the body,
   with no blank line under it, is a paragraph of its own: a line that does not end as a
   sentence ends or goes on, before a line that starts with a capital, and shorter than a
   wrapped line would be (the next word would have fitted on it). The first paragraph is one
   unit when it is a one-line headline with a one-word sentence in it ("Meth. We're on it.").
2. **Lines.** Inside a paragraph, a line break is a sentence boundary (headlines, captions and
   credits have no final period) unless the paragraph looks hard-wrapped: every line but the
   last 40 to 100 characters long. Then its lines are joined and only Punkt splits. A photo
   credit in running text, ``(Image by John Smith / Reuters)``, ends its sentence too, so that
   in text scraped as one block the credit and its caption are a unit apart from the article.
3. **Abbreviations.** Untrained Punkt never ends a sentence after a known abbreviation and
   always ends one after unknown initials. After an abbreviation or initials, diffnews decides
   by the next word instead: a boundary if it is a word that opens sentences ("The", "He",
   "But", ...), none otherwise. So "moved to the U.S. The board" splits, while "the U.S.
   Embassy" and "J.K. Rowling" do not. "No." before a number ("the No. 2 official") never ends
   a sentence.
4. **Missing spaces.** Scraped text loses spaces: ``duties.According``. A full stop, question or
   exclamation mark between a lower-case word and a capitalised one is a boundary.
5. **Quotations.** A boundary that falls inside a closed pair of double quotes on one line is
   dropped, so a quotation of several sentences stays one unit with its attribution:
   ``“No foreign forces. Not Turkish forces,” he added.`` is one sentence. An unclosed quote
   (news style leaves it open when a quotation runs on into the next paragraph) merges nothing.

Cost: linear in the length of the text.

>>> text = 'Gen. Smith said so. “It ends. We go,” he added.\\n\\nHeadline here'
>>> [text[s.start:s.end] for s in segment(text)]
['Gen. Smith said so.', '“It ends. We go,” he added.', 'Headline here']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from diffnews.boilerplate import CREDIT_IN_TEXT
from diffnews.lazy_nltk import load

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = ["Span", "segment"]

# Lower-case, without the final period, as Punkt stores them. Written for news copy: titles and
# ranks, months and days, US states in AP style, company and place words, and Latin.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr gov sen rep reps
    rev fr sr jr hon pres supt insp det amb atty
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n u.s.a e.u d.c n.y n.j l.a
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex vt va wash wis wyo
    st ave blvd rd mt ft
    inc corp co ltd llc plc bros dept univ assn govt intl
    vs etc e.g i.e approx est fig nos vol pp a.m p.m
    """.split()
)

# Line breaks as str.splitlines() knows them, so old Mac files (CR only) and Unicode line
# separators split lines too; U+2029 PARAGRAPH SEPARATOR is a paragraph break by itself.
_BREAK = r"(?:\r\n|\r(?!\n)|[\n\x0b\x0c\x1c-\x1e\x85\u2028])"
_BLANK_LINES = re.compile(rf"{_BREAK}[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*{_BREAK}\s*|\u2029\s*")
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
# After an abbreviation or initials ("U.S.", "Inc.", "J.K."), is there a sentence boundary?
# Only if the next word is one that typically opens a sentence: "moved to the U.S. The board"
# splits, "the U.S. Embassy" and "J.K. Rowling" do not.
_AFTER_ABBREVIATION = re.compile(r"(?<![\w.])((?:[A-Za-z]\.)+|[A-Za-z]+\.)\s+([\"“‘']?)([A-Z][\w’']*)")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_STARTERS = frozenset(
    """
    The A An He She It They We I You This That These Those There Here His Her Its Their Our My
    But And Yet So Or If When While After Before Although Though However Meanwhile Still Also
    In On At For From By With As Officials
    """.split()
)
# "No. 2", "Nos. 3 and 4": never a boundary before a number.
_NUMBER_SIGN = re.compile(r"\bNos?\.\s+(?=\d)")
# "duties.According": lower-case word, terminal mark, capitalised word, no space between.
_MISSING_SPACE = re.compile(r"(?<=[a-z]{2}[.!?])[\"”’]?(?=[A-Z][a-z])")
# After a photo credit in running text, a capital starts a sentence, unless it starts another
# credit: "(Photo by X / AFP) (Photo credit ...)" is one.
_NEXT_SENTENCE = re.compile(r"\s+(?=[\"“‘(]?[A-Z])")
_ANOTHER_CREDIT = re.compile(r"\((?:photo|image|picture|file photo)\b", re.IGNORECASE)
# Quotation marks, straight and curly, for pairing them up.
_QUOTE_MARKS = re.compile('["“„«”»]')
_WRAP_MIN, _WRAP_MAX = 40, 100
_TITLE_WORDS = 20
"""A title on the text's first line, run straight into the body, has at most this many words."""
_HEADLINE_WORDS = 12
"""A headline with a one-word sentence in it ("Meth. We're on it.") has at most this many words."""
# How a line that a sentence runs on from ends: a comma, a dash, a word that needs one after it.
_GOES_ON = (",", ";", ":", "-", "–", "—", "/", "&", ".")  # a full stop: a sentence, not a title
_GOES_ON_WORDS = frozenset(
    "the a an of and or nor but to in on at for by with from into as than that which who whose is are was"
    " were be been has have had will would could should may might must his her its their our my your".split()
)
_OPENERS = "\"“‘'(["  # before the capital a line that starts a sentence may begin with
_REMEMBERED_BLOCK = 2_000  # characters


@dataclass(frozen=True, slots=True)
class Span:
    """One sentence's place in the original text."""

    start: int
    """Offset of its first character."""
    end: int
    """Offset just past its last character; ``text[start:end]`` is the sentence."""
    paragraph: int
    """Index of its paragraph, counting from 0."""


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    # Loaded on first use, without nltk's package import (0.4 s; see lazy_nltk.py).
    punkt = load("tokenize.punkt")
    params = punkt.PunktParameters()
    params.abbrev_types = set(_ABBREVIATIONS)
    tokenizer: PunktSentenceTokenizer = punkt.PunktSentenceTokenizer(params)
    return tokenizer


def segment(text: str) -> list[Span]:
    """Sentences of ``text`` in reading order, each a non-empty span with no surrounding space."""
    paragraphs = list(_paragraphs(text))
    if paragraphs and (title := _title_line(text, *paragraphs[0])) is not None:
        paragraphs[0:1] = [title, (title[1], paragraphs[0][1])]
    spans: list[Span] = []
    for paragraph, (p_start, p_end) in enumerate(paragraphs):
        if (
            paragraph == 0
            and len(paragraphs) > 1
            and (headline := _headline(text, p_start, p_end, paragraphs[1]))
        ):
            spans.append(Span(*headline, paragraph))
            continue
        for b_start, b_end in _blocks(text, p_start, p_end):
            spans.extend(Span(s, e, paragraph) for s, e in _sentences(text, b_start, b_end))
    return spans


def _title_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first line of the text's first paragraph, if it is a title run straight into the body:
    at most ``_TITLE_WORDS`` words, not ending as a sentence ends or goes on (a full stop, a
    comma, a dash, "the"), followed by a line that starts with a capital, and shorter than a
    line wrapped at the paragraph's width would be: the next line's first word would have fitted
    after it, and a wrapping editor would have put it there."""
    lines = [m for m in _LINE.finditer(text, start, end) if m.group().strip()]
    if len(lines) < 2:
        return None
    first, rest = lines[0].group().strip(), [m.group().strip() for m in lines[1:]]
    words = first.split()
    if len(words) > _TITLE_WORDS or first.endswith(_GOES_ON) or words[-1].casefold() in _GOES_ON_WORDS:
        return None
    opening = rest[0].lstrip(_OPENERS)[:1]
    if not (opening.isupper() or opening.isdigit()):
        return None
    if len(first) + 1 + len(rest[0].split()[0]) > max(len(line) for line in rest):
        return None  # as long as a wrapped line: it may be one
    lead = len(lines[0].group()) - len(lines[0].group().lstrip())
    return lines[0].start() + lead, lines[0].start() + lead + len(first)


def _headline(text: str, start: int, end: int, after: tuple[int, int]) -> tuple[int, int] | None:
    """The first paragraph whole, if it is a headline that sentence rules would cut where a
    one-word sentence stands ("Meth. We're on it.", "Gotcha! Man held after ..."): a device of
    headlines, which body text seldom opens with. A headline here is one line of at most
    ``_HEADLINE_WORDS`` words, before a paragraph of more words (``after``, the lede), that
    closes every quotation it opens (body text may leave one open, to run on into the next
    paragraph). "Port strike ends. Talks resume" stays two sentences."""
    lines = [m for m in _LINE.finditer(text, start, end) if m.group().strip()]
    words = len(lines[0].group().split()) if len(lines) == 1 else _HEADLINE_WORDS + 1
    if words > _HEADLINE_WORDS or len(text[after[0] : after[1]].split()) <= words:
        return None
    line = lines[0].group()
    if line.count("“") != line.count("”") or line.count("«") != line.count("»") or line.count('"') % 2:
        return None
    pieces = _split(line)
    if len(pieces) < 2 or all(len(line[s:e].split()) > 1 for s, e in pieces):
        return None
    lead = len(line) - len(line.lstrip())
    return lines[0].start() + lead, lines[0].start() + lead + len(line.strip())


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for gap in _BLANK_LINES.finditer(text):
        if text[start : gap.start()].strip():
            yield start, gap.start()
        start = gap.end()
    if text[start:].strip():
        yield start, len(text)


def _blocks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The paragraph's lines, or the paragraph whole if it is hard-wrapped."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end) if m.group().strip()]
    wrapped = len(lines) > 1 and all(_WRAP_MIN <= len(text[s:e].strip()) <= _WRAP_MAX for s, e in lines[:-1])
    if wrapped:
        yield start, end
    else:
        yield from lines


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    block = text[start:end]
    split = _remembered_split(block) if len(block) <= _REMEMBERED_BLOCK else _split(block)
    for s, e in split:
        yield start + s, start + e


def _split(block: str) -> tuple[tuple[int, int], ...]:
    """The sentences of a line or paragraph, as offsets into it."""
    out: list[tuple[int, int]] = []
    cuts = {s for s, _ in _punkt().span_tokenize(block)}
    for m in _AFTER_ABBREVIATION.finditer(block):
        word = m.group(1)[:-1].lower()
        if word in _ABBREVIATIONS or _INITIALS.fullmatch(word):
            if m.group(3) in _STARTERS:
                cuts.add(m.start(2))
            else:
                cuts.discard(m.start(2))
    cuts -= {m.end() for m in _NUMBER_SIGN.finditer(block)}
    cuts |= {m.end() for m in _MISSING_SPACE.finditer(block)}
    for m in CREDIT_IN_TEXT.finditer(block):
        after = _NEXT_SENTENCE.match(block, m.end())
        if after and not _ANOTHER_CREDIT.match(block, after.end()):
            cuts.add(after.end())
    quotations = _quotations(block)
    cuts = {c for c in cuts if not any(open_ < c <= close for open_, close in quotations)}
    cuts.add(0)
    for s, e in pairwise([*sorted(cuts), len(block)]):
        piece = block[s:e]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            out.append((s + lead, s + lead + len(stripped)))
    return tuple(out)


# The split of the last few thousand blocks of news length is remembered: an edited copy keeps
# most of its original's paragraphs, a batch reads them again in every copy of its source, and
# Punkt is the largest part of reading a text. Longer blocks are not kept, so the cache holds
# at most 4,096 blocks of 2,000 characters (8 MB of Latin script).
_remembered_split = lru_cache(maxsize=4096)(_split)


def _quotations(block: str) -> list[tuple[int, int]]:
    """Closed double-quote pairs as (open, close) offsets. Curly quotes nest by direction;
    straight quotes alternate and are ignored when their count is odd."""
    pairs: list[tuple[int, int]] = []
    opened: list[int] = []
    straight: list[int] = []
    for mark in _QUOTE_MARKS.finditer(block):
        i, ch = mark.start(), mark.group()
        if ch == '"':
            straight.append(i)
        elif ch in "“„«":
            opened.append(i)
        elif opened:
            pairs.append((opened.pop(), i))
    if len(straight) % 2 == 0:
        pairs.extend(zip(straight[::2], straight[1::2], strict=True))
    return pairs
