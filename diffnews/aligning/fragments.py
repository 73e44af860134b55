"""Shared runs of words between the two documents, found anywhere: inside sentences, across them.

The sentence aligner (``align.py``) pairs whole sentences that say nearly the same thing. A
rewrite also lifts a clause of one sentence into a sentence of its own, quotes part of a
quotation, or keeps a name and a figure and rewords the rest. Those are *fragments*: runs of
words that both sides have, in the same order, whatever sentences they sit in.

The idea
--------
Greedy String Tiling (Wise 1993, the method behind plagiarism detectors such as YAP3 and JPlag),
with a seed index and tolerance for small edits, over the normalised words (``Token.norm``) of
each side read as one sequence:

1. **Seeds.** Every run of ``seed`` words of the right side (3 by default, as in word-trigram
   containment) goes into a hash index. Each left position whose next ``seed`` words are in it
   is a seed. A run of words that occurs too often on both sides (``_COMMON`` seeds or more) seeds
   nothing: it is a stock phrase or a repeated line, and a real copied run through it is still
   seeded by its other words.
2. **Extension.** A seed grows forwards and backwards, word by word while the two sides agree.
   Where they stop agreeing it tries to resume within ``gap`` words on either side (an
   inserted, dropped or changed word: "by the end of the year" against "by end of year", "3,500
   soldiers" against "5,300 soldiers"), resuming only on a content word or on two agreeing
   words, so that a lone "the" cannot carry a run on. The words agreeing are the run's
   *cells*: pairs (left position, right position).
3. **Tiling.** Runs are taken heaviest first. A run may not reuse a word either side has
   already given to a heavier run; a run that would is cut down to its pieces that do not, and
   those wait their turn. What is left are *tiles*: each word belongs to at most one tile, so a
   copied paragraph that the source repeats (wire services resend a story with more added) is
   tiled once, with one of its copies.
4. **Sentences.** A run may cross sentence boundaries on either side; a tile is cut at them,
   so that each tile lies in one sentence of each side.

The weight of a tile is the rare content it carries: the sum, over its content words, of the
word's rarity in the two documents, idf normalised so that a word found in one sentence of each
side weighs 1 and one found in every sentence weighs 0. A name, and the words of an
attribution ("the regional emergency service said"), weigh half (``NAME``); words of a stock
phrase of news copy ("told reporters", "according to the", "by the end of the year":
``STOCK``) weigh nothing. ``significant`` keeps the sentence pairs whose tiles are worth a
link: enough weight, in at least ``FEWEST`` content words (docs/alignment.md, "Fragments and
word kinds").

Example: Rudaw's headline "Hadi al-Amiri says all foreign troops must leave Iraq by year's end"
against the aggregator's lede "... Hadi al-Amiri on Tuesday urged all foreign troops to leave
Iraq by the end of the year, ...": tiles "Hadi al-Amiri", "all foreign troops" and "leave Iraq
by", which between them carry a headline's worth of the story.

>>> from diffnews.reading.text import tokenize
>>> a = tokenize("Police said the man, 34, was arrested at the scene on Friday night.")
>>> b = tokenize("The man, 34, was arrested at the scene, officers said.")
>>> [(t.left, t.right, len(t.cells)) for t in tiles([a], [b])]
[(0, 0, 8)]

Cost
----
Linear in the words for the index and the seeds (one dictionary look-up per word); each run
is extended once, since a seed inside a run already found is skipped; tiling sorts the runs.
Frequent seeds are capped, so repeated text costs at most ``_COMMON`` runs per seed. A run is
grown by stepping through the text from its ends, never by copying it.
"""

from __future__ import annotations

import heapq
import itertools
import math
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from diffnews.reading.text import Token

__all__ = [
    "FEWEST",
    "NAME",
    "PIECE",
    "STOCK",
    "Rarity",
    "Tile",
    "frequencies",
    "pair_tiles",
    "rarity",
    "rarity_of",
    "significant",
    "tiles",
]

_NORM = operator.attrgetter("norm")
_STEM = operator.attrgetter("stem")

_COMMON = 64
"""A seed found this many times or more (left count x right count) seeds no run."""

NAME = 0.5
"""A name's share of its rarity in a tile's weight, and an attribution's (``_WHO``). A
capitalised word inside a sentence (not its first word, not in a title-case headline) is taken
as part of a name. Two reports of one
story name the same people and places throughout, so a shared name says that two sentences are
about the same person, not that one was written from the other: "President Emmanuel Macron"
alone should not link a sentence about al-Amiri's reply to Macron's own speech."""

FEWEST = 3
"""Content words that a sentence pair's tiles must hold, together, to link the two: a shared
noun phrase ("the death toll", "the stock market", "the key interest rate") is the story's
vocabulary, and two rare words of it weigh as much as a copied clause, but a copied passage
carries more words than a phrase. (Four would also drop the shortest true links: a clause of
three words spliced into new copy, a short quotation.)"""

PIECE = 2
"""Content words a tile must hold to count towards a link at all. Three words around one
content word are a turn of phrase ("will continue to", "of the French", "iraq and the"), which
two reports share by chance; a tile that holds one adds nothing, however rare its word."""

STOCK: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in """
    according to
    according to the
    told reporters
    told reporters on
    said in a statement
    in a statement
    said on
    said in
    told the
    a spokesman for
    a spokeswoman for
    a spokesman said
    a spokeswoman said
    by the end of the year
    by the end of
    the end of the year
    at the end of
    at the end of the day
    earlier this week
    earlier this month
    earlier this year
    later this year
    last week
    last month
    last year
    next week
    next year
    this week
    this year
    on monday
    on tuesday
    on wednesday
    on thursday
    on friday
    on saturday
    on sunday
    more than
    less than
    at least
    as well as
    one of the
    in the past
    for the first time
    the united states
    news agency
    is expected to
    are expected to
    it is not clear
    it was not clear
    in an interview
    in an interview with
    declined to comment
    could not be reached for comment
    did not respond to a request for comment
    the prime minister
    the president of
    """.strip().splitlines()
)
"""Stock phrases of news copy, as normalised words: any two unrelated news sentences may share
them, so their words carry no weight when a fragment is judged. Written for this project from
the phrases that link unrelated sentences in wire copy; a phrase inside a longer copied run
still counts as copied, it just adds nothing to the run's weight."""


@dataclass(frozen=True, slots=True)
class Tile:
    """A run of words that one sentence of each side share, in the same order, allowing small
    edits between its pieces."""

    left: int
    """Index of the left sentence (in the lists given to ``tiles``)."""
    right: int
    """Index of the right sentence."""
    cells: tuple[tuple[int, int], ...]
    """The words that agree, as (position in the left sentence, position in the right
    sentence), positions counting that sentence's tokens; increasing on both sides."""
    weight: float
    """The rare content it carries: its content words' rarity, summed (see the module doc)."""
    content: int = 0
    """How many of its agreeing words are content words (not function words, not stock)."""


def rarity(left: Sequence[Sequence[Token]], right: Sequence[Sequence[Token]]) -> Rarity:
    """Each content stem's rarity in the two documents: idf normalised to 0..1, so that a
    stem in exactly one sentence of each side (or in one sentence at all) weighs 1 and a stem in
    every sentence 0: ``ln((1 + N) / (1 + df)) / ln((1 + N) / 3)``, clipped to [0, 1], for N
    sentences, df of which hold the stem."""
    return rarity_of((frequencies(left), frequencies(right)), len(left) + len(right))


def frequencies(sentences: Sequence[Sequence[Token]]) -> Counter[str]:
    """For each content stem, how many of ``sentences`` hold it: one document's share of
    ``rarity``, which a document read once (``compare._read``) keeps for every comparison."""
    df: Counter[str | None] = Counter()
    for sentence in sentences:
        df.update(set(map(_STEM, sentence)))  # (in C; a function word's stem is None)
    df.pop(None, None)
    return cast("Counter[str]", df)


def rarity_of(counts: Sequence[Mapping[str, int]], n: int) -> Rarity:
    """``rarity`` from the documents' ``frequencies``, over ``n`` sentences in all."""
    return Rarity(counts, n)


class Rarity(dict[str, float]):
    """The stems' rarities (``rarity``), each worked out when first asked for: a comparison
    asks for the stems of the few sentences it tiles, out of the thousands two documents hold.
    ``get(stem)`` and ``rarity[stem]`` both answer for any stem; one that neither document
    holds weighs 1."""

    def __init__(self, counts: Sequence[Mapping[str, int]], n: int) -> None:
        super().__init__()
        self._counts = tuple(counts)
        self._n = n
        self._top = math.log((1 + n) / 3) if n > 2 else 1.0

    def __missing__(self, stem: str) -> float:
        count = sum(c.get(stem, 0) for c in self._counts)
        value = self[stem] = min(1.0, max(0.0, math.log((1 + self._n) / (1 + count)) / self._top))
        return value

    def get(self, stem: str, default: float | None = None) -> float:  # type: ignore[override]
        """The stem's rarity (``default`` is ignored: every stem has one)."""
        return self[stem]


def tiles(
    left: Sequence[Sequence[Token]],
    right: Sequence[Sequence[Token]],
    *,
    seed: int = 3,
    gap: int = 2,
    least: int | None = None,
    weights: dict[str, float] | None = None,
    plain: bool = False,
    once: bool = True,
    enough: tuple[float, int] | None = None,
) -> list[Tile]:
    """The tiles of two documents given as their sentences' tokens, heaviest first.

    A tile has at least ``least`` agreeing words (default ``seed``), or is a whole sentence on
    both sides. ``weights`` are the stems' rarities (default: ``rarity(left, right)``).
    ``plain`` weighs every word 1, stock phrases included, so that the longest runs go first
    (Wise's original order). With ``once`` false, a right word may serve in several tiles (each
    left word still in one): which of the left's words come from somewhere on the right, as
    containment measures, however often the right is used. With ``enough`` = (weight, content
    words), a pair of sentences whose words in common (stock phrases aside) weigh less, or hold
    fewer content words, gets no tile: its tiles could never add up to a link (``significant``),
    and must not take words that a link could use."""
    least = seed if least is None else least
    weights = {} if plain else rarity(left, right) if weights is None else weights
    a, a_where = _flatten(left)
    b, b_where = _flatten(right)
    x = list(map(_NORM, a))
    y = list(map(_NORM, b))
    value = [1.0] * len(a) if plain else _values(left, weights)
    content = [t.stem is not None for t in a]
    stock = set() if plain else _stock(left)

    runs: list[list[tuple[int, int]]] = []
    for cells in _seeds(x, y, seed, left, right):
        runs.append(_extend(cells, x, y, gap, content))
    # a run's weight: its left words' values (the stems agree, so the right's are the same but
    # for capitals), stock phrases nothing
    queue: list[tuple[float, int, int, int, tuple[tuple[int, int], ...]]] = []
    seen: set[tuple[tuple[int, int], ...]] = set()

    possible = _possible(left, right, value, content, stock, enough)

    def push(cells: Sequence[tuple[int, int]]) -> None:
        for piece in _by_sentence(cells, a_where, b_where):
            if piece in seen or not _long_enough(piece, least, a_where, b_where, left, right):
                continue
            if possible is not None and not possible(a_where[piece[0][0]][0], b_where[piece[0][1]][0]):
                continue
            seen.add(piece)
            weight = sum(value[i] for i, _ in piece if i not in stock)
            heapq.heappush(queue, (-weight, -len(piece), piece[0][0], piece[0][1], piece))

    for cells in runs:
        push(cells)
    found: list[Tile] = []
    for minus, *_, piece in _greedy(queue, push, once):
        s, t = a_where[piece[0][0]][0], b_where[piece[0][1]][0]
        words = sum(1 for i, _ in piece if content[i] and i not in stock)
        here = tuple((a_where[i][1], b_where[j][1]) for i, j in piece)
        found.append(Tile(s, t, here, round(-minus, 6), words))
    return found


def pair_tiles(
    a: Sequence[Token], b: Sequence[Token], *, seed: int = 2, gap: int = 2, least: int = 2
) -> list[tuple[tuple[int, int], ...]]:
    """The cells of ``tiles([a], [b], seed=seed, gap=gap, least=least, plain=True)``, tile by
    tile in its order: one sentence against one, every word weighing 1. The word kinds of a
    group of one sentence a side read this for every such group, so it does without what
    ``tiles`` needs for documents (sentence maps, weights, stock phrases)."""
    x = list(map(_NORM, a))
    y = list(map(_NORM, b))
    n, m = len(x), len(y)
    content = [t.stem is not None for t in a]
    queue: list[tuple[int, int, int, tuple[tuple[int, int], ...]]] = []
    seen: set[tuple[tuple[int, int], ...]] = set()

    def push(cells: Sequence[tuple[int, int]]) -> None:
        piece = tuple(cells)
        if piece not in seen and (len(piece) >= least or len(piece) == n == m):
            seen.add(piece)
            heapq.heappush(queue, (-len(piece), piece[0][0], piece[0][1], piece))

    for cells in _seeds(x, y, seed, (a,), (b,)):
        push(_extend(cells, x, y, gap, content))
    return [item[-1] for item in _greedy(queue, push, True)]


def _greedy(queue: list[Any], push: Callable[[Sequence[tuple[int, int]]], None], once: bool) -> Iterator[Any]:
    """Greedy tiling: the queue's runs (heap items whose last element is the run's cells),
    heaviest first, each taken whole when none of its words is used yet. A run that meets used
    words has them cut out, and the pieces in between wait their turn (``push``). With
    ``once`` false, right words may be used again."""
    used_a: set[int] = set()
    used_b: set[int] = set()  # stays empty without once
    while queue:
        item = heapq.heappop(queue)
        piece = item[-1]
        if any(i in used_a or j in used_b for i, j in piece):
            part: list[tuple[int, int]] = []
            for cell in piece:
                if cell[0] in used_a or cell[1] in used_b:
                    if part:
                        push(part)
                    part = []
                else:
                    part.append(cell)
            if part:
                push(part)
            continue
        used_a.update(i for i, _ in piece)
        if once:
            used_b.update(j for _, j in piece)
        yield item


def significant(found: Iterable[Tile], least: float, words: int = FEWEST) -> dict[tuple[int, int], float]:
    """The sentence pairs (left, right) whose tiles together weigh at least ``least`` and hold
    at least ``words`` content words, with that weight; only tiles of ``PIECE`` content words
    or more count."""
    total: dict[tuple[int, int], float] = {}
    count: dict[tuple[int, int], int] = {}
    for tile in found:
        if tile.content < PIECE:
            continue
        total[tile.left, tile.right] = total.get((tile.left, tile.right), 0.0) + tile.weight
        count[tile.left, tile.right] = count.get((tile.left, tile.right), 0) + tile.content
    return {pair: round(w, 6) for pair, w in sorted(total.items()) if w >= least and count[pair] >= words}


# ---- the pieces ---------------------------------------------------------------------------------


def _possible(
    left: Sequence[Sequence[Token]],
    right: Sequence[Sequence[Token]],
    value: Sequence[float],
    content: Sequence[bool],
    stock: set[int],
    enough: tuple[float, int] | None,
) -> Callable[[int, int], bool] | None:
    """Whether sentences s (left) and t (right) could tile ``enough``, weight and content words
    (``tiles``): an upper bound, from every left word whose form the right sentence has. Worked
    out when first asked, for the pairs that share a seed; most pairs that do share only a
    name or a stock phrase."""
    if enough is None:
        return None
    weight, words = enough
    starts = _starts(left)
    forms: dict[int, frozenset[str]] = {}
    known: dict[tuple[int, int], bool] = {}

    def possible(s: int, t: int) -> bool:
        if (s, t) not in known:
            if t not in forms:
                forms[t] = frozenset(token.norm for token in right[t])
            theirs, at = forms[t], starts[s]
            shared = [
                i for i, token in enumerate(left[s], start=at) if token.norm in theirs and i not in stock
            ]
            # (less a hair: tile weights are rounded to six places)
            known[s, t] = (
                sum(value[i] for i in shared) >= weight - 1e-6 and sum(content[i] for i in shared) >= words
            )
        return known[s, t]

    return possible


def _flatten(sentences: Sequence[Sequence[Token]]) -> tuple[list[Token], list[tuple[int, int]]]:
    """All tokens in reading order, and for each its (sentence, position in the sentence)."""
    flat: list[Token] = []
    where: list[tuple[int, int]] = []
    for s, tokens in enumerate(sentences):
        flat.extend(tokens)
        where.extend(zip(itertools.repeat(s), range(len(tokens)), strict=False))
    return flat, where


def _values(sentences: Sequence[Sequence[Token]], weights: dict[str, float]) -> list[float]:
    """Each word's weight, in reading order: its stem's rarity, halved for a name or for a
    word of an attribution (``NAME``); 0 for a function word."""
    values: list[float] = []
    for tokens in sentences:
        # In a headline written in title case, capitals say nothing about names.
        titled = sum(t.capital for t in tokens) > 0.6 * len(tokens)
        # the source of a "said" (the words before it), and the verb
        says = {p for s, t in enumerate(tokens) if t.norm in _SPEECH for p in range(s - _WHO, s + 1)}
        for k, t in enumerate(tokens):
            if t.stem is None:
                values.append(0.0)
                continue
            value = weights.get(t.stem, 1.0)
            values.append(value * NAME if (t.capital and k > 0 and not titled) or k in says else value)
    return values


_SPEECH = frozenset("said says told tells added adds announced reported reports stated".split())
_WHO = 4
"""Words before a speech verb that name who speaks ("the regional emergency service said",
"Chief Executive Hanna Sjoberg said"). Two reports credit the same source in the same words
without one copying the other, so an attribution weighs as a name does."""


def _stock(sentences: Sequence[Sequence[Token]]) -> set[int]:
    """Positions (in reading order, all sentences) of words inside a stock phrase (``STOCK``)."""
    inside: set[int] = set()
    at = 0
    for tokens in sentences:
        inside.update(at + k for k in _stock_in(tuple(t.norm for t in tokens)))
        at += len(tokens)
    return inside


_BY_FIRST_WORD: dict[str, tuple[int, ...]] = {}
for _phrase in STOCK:
    _BY_FIRST_WORD[_phrase[0]] = tuple(sorted({*_BY_FIRST_WORD.get(_phrase[0], ()), len(_phrase)}))
_PHRASES = frozenset(STOCK)


@lru_cache(maxsize=65536)
def _stock_in(norms: tuple[str, ...]) -> frozenset[int]:
    """Positions in one sentence of words inside a stock phrase; remembered, since one source
    is read against many copies."""
    inside: set[int] = set()
    for i, norm in enumerate(norms):
        for n in _BY_FIRST_WORD.get(norm, ()):
            if norms[i : i + n] in _PHRASES:
                inside.update(range(i, i + n))
    return frozenset(inside)


def _seeds(
    x: Sequence[str],
    y: Sequence[str],
    seed: int,
    left: Sequence[Sequence[Token]],
    right: Sequence[Sequence[Token]],
) -> Iterable[list[tuple[int, int]]]:
    """Seed runs: ``seed`` agreeing words in a row, and whole short sentences that agree
    word for word with a whole sentence of the other side."""
    # every run of ``seed`` words of each side, made by zip (in C): a long text has 100,000.
    # Most runs of a text are its own; only those both sides have are indexed, found by a set
    # intersection (in C as well).
    keys_b = list(zip(*(y[k:] for k in range(seed)), strict=False))
    keys = list(zip(*(x[k:] for k in range(seed)), strict=False))
    both = set(keys).intersection(keys_b)
    index: dict[tuple[str, ...], list[int]] = {}
    at: list[int] = []
    if both:  # their positions, picked out in C too (compress), then indexed
        for j in itertools.compress(itertools.count(), map(both.__contains__, keys_b)):
            index.setdefault(keys_b[j], []).append(j)
        at = list(itertools.compress(itertools.count(), map(both.__contains__, keys)))
    left_count: dict[tuple[str, ...], int] = {}  # (a Counter costs more than the count for a sentence)
    for i in at:
        left_count[keys[i]] = left_count.get(keys[i], 0) + 1
    covered: dict[int, int] = {}  # diagonal i - j -> the end of the last run seeded on it
    n, m = len(x), len(y)
    for i in at:
        key = keys[i]
        found = index[key]
        if len(found) * left_count[key] >= _COMMON:
            continue
        for j in found:
            if covered.get(i - j, -1) > i:
                continue  # inside a run seeded earlier on this diagonal
            end = i + seed
            while end < n and end - i + j < m and x[end] == y[end - i + j]:
                end += 1
            covered[i - j] = end
            yield [(k, k - i + j) for k in range(i, end)]
    if seed <= 1:
        return
    # sentences shorter than a seed, the same word for word on both sides ("Police said.")
    short: dict[tuple[str, ...], list[int]] = {}
    starts_b = _starts(right)
    for s, tokens in enumerate(right):
        if 0 < len(tokens) < seed:
            short.setdefault(tuple(y[starts_b[s] : starts_b[s] + len(tokens)]), []).append(starts_b[s])
    starts_a = _starts(left)
    for s, tokens in enumerate(left):
        if 0 < len(tokens) < seed:
            for j in short.get(tuple(x[starts_a[s] : starts_a[s] + len(tokens)]), [])[:_COMMON]:
                yield [(starts_a[s] + k, j + k) for k in range(len(tokens))]


def _starts(sentences: Sequence[Sequence[Token]]) -> list[int]:
    starts, at = [], 0
    for tokens in sentences:
        starts.append(at)
        at += len(tokens)
    return starts


def _extend(
    cells: list[tuple[int, int]], x: Sequence[str], y: Sequence[str], gap: int, content: Sequence[bool]
) -> list[tuple[int, int]]:
    """A seed run grown both ways, resuming after an edit of up to ``gap`` words per side."""
    forward = _grow(cells[-1], x, y, gap, content, 1)
    back = _grow(cells[0], x, y, gap, content, -1)
    return back[::-1] + cells + forward


@lru_cache(maxsize=8)
def _skips(gap: int) -> tuple[tuple[int, int], ...]:
    """The (left, right) skips to try after a disagreement, nearest first: fewest words skipped
    in all, then the most even skip."""
    return tuple(
        (di, skip - di)
        for skip in range(1, 2 * gap + 1)
        for di in sorted(range(max(0, skip - gap), min(gap, skip) + 1), key=lambda d: abs(2 * d - skip))
    )


def _grow(
    last: tuple[int, int], x: Sequence[str], y: Sequence[str], gap: int, content: Sequence[bool], step: int
) -> list[tuple[int, int]]:
    """Cells beyond ``last`` (exclusive), forwards (``step`` 1) or backwards (-1): agreeing
    words, resuming after small edits, nearest cell first."""
    grown: list[tuple[int, int]] = []
    i, j = last[0] + step, last[1] + step
    n, m = len(x), len(y)
    skips = _skips(gap)
    while True:
        while 0 <= i < n and 0 <= j < m and x[i] == y[j]:
            grown.append((i, j))
            i, j = i + step, j + step
        # most runs stop for good: no word within ``gap`` on one side is within it on the other
        if step == 1:
            stopped = set(x[i : i + gap + 1]).isdisjoint(y[j : j + gap + 1])
        else:
            stopped = set(x[max(0, i - gap) : i + 1]).isdisjoint(y[max(0, j - gap) : j + 1])
        if stopped:
            return grown
        resumed = None
        for di, dj in skips:
            p, q = i + step * di, j + step * dj
            if not (0 <= p < n and 0 <= q < m) or x[p] != y[q]:
                continue
            # resume on a content word, or on two agreeing words in a row
            after_p, after_q = p + step, q + step
            if content[p] or (0 <= after_p < n and 0 <= after_q < m and x[after_p] == y[after_q]):
                resumed = (p, q)
                break
        if resumed is None:
            return grown
        i, j = resumed


def _by_sentence(
    cells: Sequence[tuple[int, int]],
    a_where: Sequence[tuple[int, int]],
    b_where: Sequence[tuple[int, int]],
) -> list[tuple[tuple[int, int], ...]]:
    """A run's cells cut where either side changes sentence."""
    first, last = cells[0], cells[-1]
    if a_where[first[0]][0] == a_where[last[0]][0] and b_where[first[1]][0] == b_where[last[1]][0]:
        return [tuple(cells)]  # the commonest case: the cells increase on both sides
    pieces: list[tuple[tuple[int, int], ...]] = []
    part: list[tuple[int, int]] = []
    for cell in cells:
        key = (a_where[cell[0]][0], b_where[cell[1]][0])
        if part and key != (a_where[part[-1][0]][0], b_where[part[-1][1]][0]):
            pieces.append(tuple(part))
            part = []
        part.append(cell)
    if part:
        pieces.append(tuple(part))
    return pieces


def _long_enough(
    piece: Sequence[tuple[int, int]],
    least: int,
    a_where: Sequence[tuple[int, int]],
    b_where: Sequence[tuple[int, int]],
    left: Sequence[Sequence[Token]],
    right: Sequence[Sequence[Token]],
) -> bool:
    """At least ``least`` agreeing words, or the whole of a sentence on both sides."""
    if len(piece) >= least:
        return True
    s, t = a_where[piece[0][0]][0], b_where[piece[0][1]][0]
    return len(piece) == len(left[s]) == len(right[t])
