"""Split news text into sentences with offsets into the original text.

This is the only module that knows nltk's Punkt. Punkt normally learns abbreviations from a
trained model that ``nltk.download`` fetches; diffnews never downloads anything, so it builds an
untrained Punkt and hands it the abbreviations news text uses, its language profile's
(``lang/en.py`` for English). Punkt's own rules then handle initials (``J. R. Smith``), numbers
(``3,500``, ``2.5``) and sentence-final punctuation inside quotes (``... decision,” he added.``).
A profile may add marks that end a sentence with no space after them (Chinese "。").

Around Punkt, five news-specific passes:

1. **Paragraphs.** Blank lines separate paragraphs; each sentence records its paragraph, and no
   sentence crosses one. A title on the text's first line that runs straight into the body,
   with no blank line under it, is a paragraph of its own: a line that does not end as a
   sentence ends or goes on, before a line that starts with a capital, and shorter than a
   wrapped line would be (the next word would have fitted on it). The first paragraph is one
   unit when it is a one-line headline with a one-word sentence in it ("Meth. We're on it.").
2. **Lines.** Inside a paragraph, a line break is a sentence boundary (headlines, captions and
   credits have no final period) unless the paragraph looks hard-wrapped: every line but the
   last 40 to 100 columns wide (a Chinese or Japanese character takes two). Then its lines are
   joined and only Punkt splits. A photo credit in running text, ``(Image by John Smith /
   Reuters)``, ends its sentence too, so that in text scraped as one block the credit and its
   caption are a unit apart from the article.
3. **Abbreviations.** Untrained Punkt never ends a sentence after a known abbreviation and
   always ends one after unknown initials. After an abbreviation or initials, diffnews decides
   by the next word instead: a boundary if it is a word that opens sentences ("The", "He",
   "But", ...), none otherwise. So "moved to the U.S. The board" splits, while "the U.S.
   Embassy" and "J.K. Rowling" do not. "No." before a number ("the No. 2 official") never ends
   a sentence.
4. **Missing spaces.** Scraped text loses spaces: ``duties.According``. A full stop, question or
   exclamation mark between a lower-case word and a capitalised one is a boundary.
5. **Quotations.** A boundary that falls inside a closed quotation on one line (double or
   single marks, ``quotations_in``) is dropped, so a quotation of several sentences stays one
   unit with its attribution: ``“No foreign forces. Not Turkish forces,” he added.`` is one
   sentence. An unclosed quote (news style leaves it open when a quotation runs on into the
   next paragraph) merges nothing. A quotation that ends with a full stop, question or
   exclamation mark, followed by a capital, ends its sentence: in text scraped as one block,
   ``... heartbroken." Lance Corporal Aisha Bello said: "..."`` is two sentences, whatever
   Punkt makes of the marks. After "?" or "!" capitalised words and a speech verb with no colon
   after it are the quotation's reporting clause, and stay with it: ``"Why me?" Smith asked.``
   is one sentence (``"Yes," Smith said.`` is one already: a comma ends no sentence).

Cost: linear in the length of the text.

>>> text = 'Gen. Smith said so. “It ends. We go,” he added.\\n\\nHeadline here'
>>> [text[s.start:s.end] for s in segment(text)]
['Gen. Smith said so.', '“It ends. We go,” he added.', 'Headline here']
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from diffnews.facts.speakers import SPEECH
from diffnews.lang import profile
from diffnews.reading.boilerplate import CREDIT_IN_TEXT
from diffnews.reading.lazy_nltk import load

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = ["Span", "segment"]

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
_NEXT_SENTENCE = re.compile(r"\s+(?=[\"“‘'(]?[A-Z])")
# After a quotation that ends with "?" or "!", capitalised words and a speech verb that no colon
# follows are its reporting clause, not a new sentence: '"Why me?" Smith asked.', but not
# '"Why me?" Lance Corporal Aisha Bello said: "..."'.
_REPORTING = re.compile(rf"(?:(?:[A-Z][\w’'.-]*|al|de|van|von|bin)\s+){{1,6}}{SPEECH}\b(?!\s*:)")
_ANOTHER_CREDIT = re.compile(r"\((?:photo|image|picture|file photo)\b", re.IGNORECASE)
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
_CLOSING = '[」』）)\\]"”’»›]'
"""A closing quote or bracket: after a sentence's end mark, the sentence goes on."""
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


@cache
def _punkt(lang: str) -> PunktSentenceTokenizer:
    """Punkt with the abbreviations of language ``lang`` (its profile's). Loaded on first use,
    without nltk's package import (0.4 s; see lazy_nltk.py)."""
    punkt = load("tokenize.punkt")
    params = punkt.PunktParameters()
    params.abbrev_types = set(profile(lang).abbreviations)
    tokenizer: PunktSentenceTokenizer = punkt.PunktSentenceTokenizer(params)
    return tokenizer


def segment(text: str, lang: str = "en") -> list[Span]:
    """Sentences of ``text`` in reading order, each a non-empty span with no surrounding space,
    as language ``lang`` (a code of ``diffnews.lang``) ends and abbreviates them."""
    paragraphs = list(_paragraphs(text))
    if paragraphs and (title := _title_line(text, *paragraphs[0])) is not None:
        paragraphs[0:1] = [title, (title[1], paragraphs[0][1])]
    spans: list[Span] = []
    for paragraph, (p_start, p_end) in enumerate(paragraphs):
        if (
            paragraph == 0
            and len(paragraphs) > 1
            and (headline := _headline(text, p_start, p_end, paragraphs[1], lang))
        ):
            spans.append(Span(*headline, paragraph))
            continue
        for b_start, b_end in _blocks(text, p_start, p_end):
            spans.extend(Span(s, e, paragraph) for s, e in _sentences(text, b_start, b_end, lang))
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


def _headline(
    text: str, start: int, end: int, after: tuple[int, int], lang: str = "en"
) -> tuple[int, int] | None:
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
    pieces = _split(line, lang)
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
    wrapped = len(lines) > 1 and all(
        _WRAP_MIN <= _width(text[s:e].strip()) <= _WRAP_MAX for s, e in lines[:-1]
    )
    if wrapped:
        yield start, end
    else:
        yield from lines


def _width(line: str) -> int:
    """How many columns a line takes: a wide character (Chinese, Japanese, full-width forms)
    two, as a terminal or an editor wrapping at 72 columns counts it."""
    if line.isascii():
        return len(line)
    return len(line) + sum(unicodedata.east_asian_width(c) in "WF" for c in line)


def _sentences(text: str, start: int, end: int, lang: str = "en") -> Iterator[tuple[int, int]]:
    block = text[start:end]
    split = _remembered_split(block, lang) if len(block) <= _REMEMBERED_BLOCK else _split(block, lang)
    for s, e in split:
        yield start + s, start + e


def _split(block: str, lang: str = "en") -> tuple[tuple[int, int], ...]:
    """The sentences of a line or paragraph, as offsets into it."""
    out: list[tuple[int, int]] = []
    language = profile(lang)
    cuts = {s for s, _ in _punkt(lang).span_tokenize(block)}
    if language.no_end:  # a full stop that ends no sentence: German "am 14. März"
        cuts -= {_after_space(block, m.end()) for m in re.finditer(language.no_end, block)}
    # a cut after an opening mark (Punkt leaves French "« " with the sentence before it) goes
    # before the mark, so that the quotation starts the next sentence
    cuts = {_before_opening(block, c) for c in cuts}
    if language.sentence_ends:  # "。" ends a sentence with no space after it, but not one that a
        # closing quote follows: the sentence goes on ("「……。」と発表した", "“……。”他说")
        cuts |= {m.end() for m in re.finditer(rf"[{language.sentence_ends}]+(?!{_CLOSING})", block)}
    for m in _AFTER_ABBREVIATION.finditer(block):
        word = m.group(1)[:-1].lower()
        if word in language.abbreviations or _INITIALS.fullmatch(word):
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
    for _, close in quotations:
        # a quotation that ends a sentence, then a capital: a new sentence, unless after "?" or
        # "!" the words are its reporting clause ('"Why me?" Smith asked.')
        if block[close - 1 : close] in (".", "?", "!") and (after := _NEXT_SENTENCE.match(block, close + 1)):
            if block[close - 1] != "." and _REPORTING.match(block, after.end()):
                cuts.discard(after.end())
            else:
                cuts.add(after.end())
    if quotations:
        # no cut inside a quotation; quotations do not overlap, so one bisection a cut
        opens = [open_ for open_, _ in quotations]
        cuts = {c for c in cuts if (k := bisect_left(opens, c) - 1) < 0 or c > quotations[k][1]}
    cuts.add(0)
    for s, e in pairwise([*sorted(cuts), len(block)]):
        piece = block[s:e]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            out.append((s + lead, s + lead + len(stripped)))
    return tuple(out)


_OPENING_MARKS = "«„“‘‚‹「『"
_SPACES = " \t\u00a0\u202f\u2009"


def _after_space(block: str, at: int) -> int:
    while at < len(block) and block[at] in _SPACES:
        at += 1
    return at


def _before_opening(block: str, cut: int) -> int:
    """``cut`` moved back before the opening marks (and the spaces after them) it follows."""
    at = cut
    while at > 0 and block[at - 1] in _SPACES:
        at -= 1
    if at == 0 or block[at - 1] not in _OPENING_MARKS:
        return cut
    while at > 0 and block[at - 1] in _OPENING_MARKS + _SPACES:
        at -= 1
    return _after_space(block, at)


# The split of the last few thousand blocks of news length is remembered: an edited copy keeps
# most of its original's paragraphs, a batch reads them again in every copy of its source, and
# Punkt is the largest part of reading a text. Longer blocks are not kept, so the cache holds
# at most 4,096 blocks of 2,000 characters (8 MB of Latin script).
_remembered_split = lru_cache(maxsize=4096)(_split)


def _quotations(block: str) -> list[tuple[int, int]]:
    """Closed quotations of a block as (opening mark, closing mark) offsets (``quotations_in``)."""
    return [(open_, close) for open_, close, closed in quotations_in(block) if closed]


# ---- quotation marks -----------------------------------------------------------------------------

_MARKS = re.compile("[\"“”„«»‹›「」『』'‘’]")
_OPENS_AFTER = frozenset("([{—–-/:\"“«»‹›„「『'‘、，：")
"""Besides white space, what may stand before an opening mark."""
_CLOSES_BEFORE = frozenset(",.;:!?…)]}—–-\"”»«›‹」』'’。、，！？")
"""Besides white space, what may stand after a closing mark."""
_GUILLEMETS = {"«": False, "‹": False, "»": True, "›": True}
"""Each guillemet, and whether its shape closes: French, Italian, Russian and Swiss write
«...», German and Danish »...«, so the shape says only what a mark does when what stands
either side does not."""
_CORNERS = {"「": False, "『": False, "」": True, "』": True}
"""The corner brackets of Chinese and Japanese, and whether each closes: by shape alone."""
_ELISIONS = frozenset("n em til tis twas cos cause bout".split())
"""Words an apostrophe opens: rock 'n' roll, 'em, 'til, 'tis, 'cos."""
_ELIDED = re.compile(r"(?P<year>\d\d)(?!\d)|(?P<word>[A-Za-z]+)(?![\w’'])|(?P<n>n['’])")
"""What follows a single mark that elides: two digits ('90s, '92), a word (``_ELISIONS``),
or the "n'" of "rock 'n' roll"."""


class _Open:
    """A quotation opened and not closed yet."""

    __slots__ = ("at", "inner", "mark", "possessive", "single")

    def __init__(self, at: int, mark: str) -> None:
        self.at = at
        self.mark = mark
        self.single = mark in "'‘‹›"
        self.possessive = -1
        """For a single quotation: a closing mark that may be a possessive (the soldiers'
        families), kept in case no other closes it."""
        self.inner: list[tuple[int, int, bool]] = []
        """Quotations that ended inside it, while it was the outermost open one."""


def quotations_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, bool]]:
    """The quotations of ``text[start:end]`` (a paragraph or a line) that no other quotation
    holds, in order: (offset of the opening mark, offset of the closing mark, True), or, for one
    left open, (its opening mark, where it stops, False). One pass, linear in the text.

    Double marks: curly ones, „ and the corner brackets 「」『』 by their shape; a straight one
    by what stands either side (white space or an opening bracket before it: it opens; after
    it: it closes; a word or white space on both sides: it closes an open quotation, else opens
    one); a guillemet, double or single, by the word that touches it (a word right after it:
    it opens; right before it: it closes), and by its shape when none or both do, so that
    « French », «Swiss» and »German« quotations all read. A double mark that
    opens while a double quotation is open leaves that one open, stopping there: text scraped
    without its paragraph breaks repeats the opening mark of a quotation that runs on. A double
    quotation still open at the end stops there.

    Single marks (the house style of UK tabloids: 'I'm thrilled,' she said) are told from
    apostrophes: a mark with a letter or digit on both sides is one (it's, O'Brien, o'clock); one
    after white space or an opening bracket opens, unless an elision follows ('90s, rock 'n'
    roll, 'em, 'til); one after a word or a stop, before white space or a stop, closes (‘ only
    with ’). After a plural in "s" and before a word it may be a possessive (the soldiers'
    families): it closes only if nothing else does before another single quotation opens, a
    double one around it closes, or the text ends. A single quotation inside a double one, or a
    double inside a single, is part of it ("He told me 'get out' and left," she said). A single
    quotation left open counts only if it opens the text (the next paragraph of a long
    quotation); else its mark was an apostrophe (Fill 'er up), and the quotations it seemed to
    hold are the text's.

    >>> text = "'I'm thrilled,' she said of the band's 'rock 'n' roll' tour in the '90s."
    >>> [text[o + 1 : c] for o, c, _ in quotations_in(text)]
    ["I'm thrilled,", "rock 'n' roll"]
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int, bool]] = []
    stack: list[_Open] = []  # innermost last

    def emit(found: tuple[int, int, bool]) -> None:
        """A quotation ends: one of the text's, or, inside another, kept by the outermost open
        one in case that turns out to be no quotation (an apostrophe: Fill 'er up)."""
        (stack[0].inner if stack else out).append(found)

    def close_single(at: int) -> None:
        """The innermost quotation, a single one, closes at ``at``, or at its possessive mark if
        ``at`` is -1, or is no quotation if it has none; what it held after that is not its."""
        opened = stack.pop()
        stop = at if at >= 0 else opened.possessive
        if stop >= 0:
            emit((opened.at, stop, True))
        after = [found for found in opened.inner if found[0] > stop]
        for found in after:
            # one that ended inside another of them is part of it, as inside any quotation
            if not any(o[0] < found[0] and found[1] <= o[1] for o in after):
                emit(found)

    skip = -1
    for match in _MARKS.finditer(text, start, end):
        i, mark = match.start(), match.group()
        if i <= skip:
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if mark in "'‘’":
            if before.isalnum() and after.isalnum():
                continue  # it's, O'Brien, rock'n'roll
            if mark != "’" and (before.isspace() or before in _OPENS_AFTER) and not after.isspace():
                elided = _ELIDED.match(text, i + 1, end)
                if elided and elided.group("n"):
                    skip = i + 2  # rock 'n' roll: both marks are apostrophes
                    continue
                if elided and (elided.group("year") or (elided.group("word") or "").lower() in _ELISIONS):
                    continue
                if stack and stack[-1].single:
                    close_single(-1)  # a single quotation inside another: the first has ended
                stack.append(_Open(i, mark))
            elif mark != "‘" and not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE):
                if not stack or not stack[-1].single or (mark == "'" and stack[-1].mark == "‘"):
                    continue  # an apostrophe: the lads' room, goin'
                if after.isspace() and i + 2 < end and text[i + 2].isalnum() and _possessive(text, start, i):
                    if stack[-1].possessive < 0:
                        stack[-1].possessive = i  # the soldiers' families, or a closing mark
                    continue
                close_single(i)
            continue
        if mark == '"':
            opening = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
            closing = not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE)
            if opening == closing:
                closing = any(not q.single for q in stack)
        elif mark in _GUILLEMETS:
            # a word right after it and none right before: it opens (»Wir, d’«urgence); a
            # mark touching what comes before (a word, a stop, "58 €«") and no word after: it
            # closes (bleiben«,); else, as French sets them, with a space inside (« Nous
            # restons », qu’« il »), its shape says
            opening = after.isalnum() and not before.isalnum()
            closing = not before.isspace() and before not in "'’" and not after.isalnum()
            if opening == closing:
                closing = _GUILLEMETS[mark]
            if mark in "‹›":  # single guillemets quote inside double ones, as ‘…’ do
                if not closing:
                    stack.append(_Open(i, mark))
                elif stack and stack[-1].single and stack[-1].mark in "‹›":
                    close_single(i)
                continue
        elif mark in _CORNERS:
            closing = _CORNERS[mark]
        else:
            closing = mark == "”" or (mark == "“" and any(q.mark == "„" for q in stack))
        double = next((k for k in range(len(stack) - 1, -1, -1) if not stack[k].single), -1)
        if double >= 0:
            # a closing mark closes the innermost double quotation (the single ones inside it
            # end with it); an opening one leaves it open, stopping here
            opened = stack[double]
            del stack[double:]
            emit((opened.at, i, closing))
        if not closing:
            stack.append(_Open(i, mark))
    while stack:  # the end: what is open stops here
        opened = stack[-1]
        if not opened.single or (
            len(stack) == 1 and opened.possessive < 0 and not text[start : opened.at].strip()
        ):
            stack.pop()
            emit((opened.at, end, False))
        else:
            close_single(-1)
    out.sort()
    return out


_NOT_POSSESSIVE = frozenset(
    "this is was has does his hers its ours yours theirs yes us always perhaps unless thus as plus".split()
)
"""Words in "s" that take no possessive mark: a mark after them closes ('... like this'...)."""


def _possessive(text: str, start: int, at: int) -> bool:
    """Whether the mark at ``at``, before a word, may be a plural's possessive: after a word in
    "s", not "ss" (a "business'" is written "business's") nor one of ``_NOT_POSSESSIVE``."""
    k = at
    while k > start and text[k - 1].isalpha():
        k -= 1
    word = text[k:at].lower()
    return word.endswith("s") and not word.endswith("ss") and word not in _NOT_POSSESSIVE
