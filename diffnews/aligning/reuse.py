"""From shared runs of words to linked passages: fragment links, and each word's kind.

``fragments.py`` finds the runs of words the two documents share (tiles); this module reads
them. It does two things, after the sentence aligner (``align.py``) has made its groups:

**Fragment links** (``link``). A sentence pair whose tiles together carry at least
``Config.fragment`` of rare content, in at least ``fragments.FEWEST`` content words
(``fragments.significant``), is linked, basis "fragment":

- two sentences in no group form a new group;
- a sentence in no group joins the group of the other, which then holds a second account of
  the same passage, if the tiles carry ``SECOND`` times the minimum: a sentence that already
  has a counterpart needs more evidence to take another (an aggregator's sentence about
  al-Amiri's reply to Macron shares "President Emmanuel Macron ... a visit to Iraq" with
  Rudaw's sentence on Macron's visit, and is still not that sentence);
- two sentences in two different groups stay where they are: their groups are the aligner's
  better-founded answer, and merging groups would chain whole stories into one. So only the
  sentences in no group are tiled for links, each side's against the other side's sentences
  whose shared words could weigh enough, and a copy whose sentences the aligner grouped costs
  little;
- a sentence that repeats one already in the group, word for word or nearly (a wire story
  resent with more added repeats its paragraphs), does not join it: the copy's sentence came
  from one of the two.

A sentence in no group then joins a group the fragments made if it stands next to one of the
group's sentences in its paragraph and reaches half of ``Config.candidate`` against the
group's other side (the bar for a split half in ``regroup.py``): a wire sentence that the copy
rewrote together with its neighbour ("Washington held talks ... The two sides agreed that ..."
against "The US, after strategic talks with Baghdad, agreed to ...").

Fragments ignore the headline rule (headlines align only with headlines, ``align.py``): the
same sentence word for word, a headline on one side and body text on the other, is linked.

**Word kinds** (``kinds``). Inside each group the sentences are tiled again, with seeds of two
words: once for a 1:1 group (each word in one tile), and for a larger one each side in turn
(this side's words used once, the other side's as often as they were copied: a headline and
a lede may both come from the wire's lede). Each word of a content sentence is then

- *copied*: in a run of a tile of the group of two words or more with a content word among
  them, or of three words, or a whole sentence (``_copied``: a run breaks where both sides
  change a word);
- *reworded* or *new*: the words between copied runs, and before the first and after the last,
  are read as a diff reads a gap. Where the other side has words of its own at the same place,
  this side's are a rewording of them; where it has none, and this side's have no counterpart
  either (the word diff, ``worddiff.py``, finds none in the group), they are this side's own
  insertion and new: an attribution the copy adds after a lede both have, the sentences of a
  long quotation that the other side's excerpt leaves out. Between two copied runs that the
  other side has one after the other, any words with a content word of their own are an
  insertion; between others it takes a clause (``CLAUSE`` content words). A sentence the
  aligner grouped with no copied run at all is reworded throughout (its group says the same
  thing); in a sentence linked by fragments only, the words before its first copied run and
  after its last are new;
- *new*, too, every word of a sentence in no group.

A copied word's counterpart is the word it agrees with; a reworded stretch's is what the other
side has between the same two copied words (possibly nothing), or the whole counterpart
sentence when the passage has no copied word at all.

>>> from diffnews import compare
>>> wire = ("Militia leader Hadi al-Amiri on Tuesday urged all foreign troops to leave Iraq by the "
...         "end of the year, the Kurdish news agency Rudaw reported.")
>>> copy = "Hadi al-Amiri said on Tuesday that all foreign troops must leave Iraq by the end of the year."
>>> report = compare(wire, copy)
>>> for stretch in report.left.sentences[0].reuse[-3:]:
...     print(stretch.kind.value, repr(wire[stretch.start : stretch.end]))
reworded 'to'
copied 'leave Iraq by the end of the year'
new 'the Kurdish news agency Rudaw reported'

Cost: the tiling for links reads the free sentences against the other side, linear in the
words; the second tiling runs inside groups only, and a sentence copied word for word skips
it. docs/scale.md gives measured times.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from diffnews.aligning.align import Group
from diffnews.aligning.fragments import FEWEST, Tile, pair_tiles, significant, tiles
from diffnews.reading.text import Token
from diffnews.report import Basis, Counterpart, Reuse, Stretch

__all__ = [
    "CLAUSE",
    "SECOND",
    "Kind",
    "Linked",
    "Verbatim",
    "Words",
    "inside",
    "kinds",
    "link",
    "linked_span",
    "stretches",
]

SECOND = 1.25
"""How many times ``Config.fragment`` a fragment must carry to give a sentence that already
has a counterpart a second one."""


CLAUSE = 3
"""Content words without a counterpart that the words between two copied runs must hold to be
read as this side's own insertion rather than a rewording: a clause ("Nobody was hurt, and that
is a miracle"), not a changed verb ("brought down" for "are down", where a reordering hides
what the other side has in its place)."""


@dataclass(frozen=True)
class Linked:
    """A group after fragment links, in sentence indexes of the lists given to ``link``."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    basis: Basis
    score: float | None
    """The aligner's match score, or None for a group that fragments made or changed (its
    score is to be computed again)."""
    whole: frozenset[tuple[int, int]]
    """The members (side 0 or 1, sentence) whose whole sentence is the linked passage; for the
    others it runs from their first copied word to their last."""


@dataclass(frozen=True, slots=True)
class Verbatim:
    """A sentence whose every word is copied, word for word, from one sentence of the other side
    (the commonest case in a copy, kept whole rather than word by word)."""

    sentence: int


Kind = tuple[int, int, int, int]
"""The kind of one word, and where its counterpart lies: (what, sentence, first, end).

``what`` is ``COPIED``, ``REWORDED`` or ``NEW`` (an index into ``KINDS``). (sentence, first
word, end word) is the counterpart on the other side, in that sentence's token positions: the
copied word itself (end = first + 1), or the passage a reworded word stands against (possibly
empty, end = first); a new word has none (``NEW_WORD``).

A plain tuple of ints, not a named tuple or a dataclass: there is one per word of every grouped
sentence, and Python's garbage collector stops watching a plain tuple of ints but not one of
another class. Named tuples here made a 4,000-sentence comparison spend a fifth of its time in
collections."""

_NORM = operator.attrgetter("norm")
_STEM = operator.attrgetter("stem")

COPIED, REWORDED, NEW = 0, 1, 2
KINDS = (Reuse.COPIED, Reuse.REWORDED, Reuse.NEW)
"""The report's kind of each ``what`` code."""
NEW_WORD: Kind = (NEW, -1, 0, 0)


def link(
    groups: Sequence[Group],
    sentences: tuple[Sequence[Sequence[Token]], Sequence[Sequence[Token]]],
    weights: dict[str, float],
    least: float,
    paragraphs: tuple[Sequence[int], Sequence[int]],
    near: Callable[[int, int, tuple[int, ...]], float],
    floor: float,
    shorter: Callable[[tuple[int, ...], tuple[int, ...]], int],
    repeats: Callable[[int, int, int], bool],
) -> list[Linked]:
    """The groups with fragment links added (see the module doc).

    ``groups`` are the aligner's, over ``sentences`` (each side's tokens, sentence by sentence);
    ``weights`` are the stems' rarities (``fragments.rarity``); ``least`` the minimum weight
    (``Config.fragment``); ``paragraphs`` each sentence's paragraph. ``near(side, sentence,
    others)`` is the passage score of a sentence of that side against the other side's
    ``others`` read together, ``floor`` the score a neighbour needs to join; ``shorter(left,
    right)`` says which side of an excerpt is the shorter (0 or 1); ``repeats(side, a, b)``
    whether two sentences of one side are one sentence written twice (a wire story resent with
    more added repeats its paragraphs): a repeat of a sentence already in a group does not join
    it."""
    members: list[tuple[set[int], set[int]]] = [(set(g.left), set(g.right)) for g in groups]
    scores: list[float | None] = [g.score for g in groups]
    bases = [g.basis for g in groups]
    whole: list[set[tuple[int, int]]] = []
    for g in groups:
        if g.basis is Basis.EXCERPT:
            side = shorter(g.left, g.right)
            whole.append({(side, k) for k in (g.left, g.right)[side]})
        else:
            whole.append({(0, k) for k in g.left} | {(1, k) for k in g.right})
    owner: list[dict[int, int]] = [{}, {}]
    for number, g in enumerate(groups):
        for side, ks in ((0, g.left), (1, g.right)):
            for k in ks:
                owner[side][k] = number

    def join(number: int, side: int, k: int, entire: bool) -> None:
        members[number][side].add(k)
        owner[side][k] = number
        scores[number] = None
        bases[number] = Basis.FRAGMENT
        if entire:
            whole[number].add((side, k))

    links = significant(_free_tiles(sentences, owner, weights, least), least)
    for (i, j), weight in sorted(links.items(), key=lambda kv: (-kv[1], kv[0])):
        gi, gj = owner[0].get(i), owner[1].get(j)
        if gi is None and gj is None:
            owner[0][i] = owner[1][j] = len(members)
            members.append(({i}, {j}))
            scores.append(None)
            bases.append(Basis.FRAGMENT)
            whole.append(set())
        elif (gi is None) != (gj is None) and weight >= SECOND * least:
            side, k, target = (0, i, gj) if gi is None else (1, j, gi)
            assert target is not None
            if not any(repeats(side, k, other) for other in members[target][side]):
                join(target, side, k, False)

    # free neighbours of the sentences that fragments brought in
    for number in range(len(groups), len(members)):
        for side in (0, 1):
            for k in sorted(members[number][side]):
                for other in (k - 1, k + 1):
                    if (
                        0 <= other < len(paragraphs[side])
                        and paragraphs[side][other] == paragraphs[side][k]
                        and other not in owner[side]
                        and near(side, other, tuple(sorted(members[number][1 - side]))) >= floor
                    ):
                        # it joins on the strength of the other side as a whole, which is then
                        # all linked to it
                        join(number, side, other, True)
                        whole[number].update((1 - side, o) for o in members[number][1 - side])
    return [
        Linked(tuple(sorted(m[0])), tuple(sorted(m[1])), b, s, frozenset(w))
        for m, b, s, w in zip(members, bases, scores, whole, strict=True)
    ]


def _free_tiles(
    sentences: tuple[Sequence[Sequence[Token]], Sequence[Sequence[Token]]],
    owner: Sequence[Mapping[int, int]],
    weights: dict[str, float],
    least: float,
) -> list[Tile]:
    """The tiles that can make a link: those with a sentence in no group on at least one side.
    Two grouped sentences are never linked, so only the free sentences of each side are tiled,
    against those of the other side whose shared words could weigh enough; a copy whose
    sentences the aligner has nearly all grouped costs little."""
    free = [[k for k in range(len(sentences[side])) if k not in owner[side]] for side in (0, 1)]
    found: list[Tile] = []
    for side in (0, 1):
        if not free[side]:
            continue
        # Two free sentences are tiled once, from the left. A link to a grouped sentence needs
        # ``SECOND`` times the minimum (``link``), and a pair that cannot reach its bar must not
        # take words in the tiling that a link could use.
        candidates = [k for k in range(len(sentences[1 - side])) if side == 0 or k in owner[0]]
        theirs = _reachable(
            [sentences[side][k] for k in free[side]],
            [sentences[1 - side][k] for k in candidates],
            weights,
            [SECOND * least if k in owner[1 - side] else least for k in candidates],
        )
        theirs = [candidates[n] for n in theirs]
        if not theirs:
            continue
        a = [sentences[side][k] for k in free[side]]
        b = [sentences[1 - side][k] for k in theirs]
        enough = (least, FEWEST)
        pieces = (
            tiles(a, b, weights=weights, enough=enough)
            if side == 0
            else tiles(b, a, weights=weights, enough=enough)
        )
        for tile in pieces:
            if side == 0:
                found.append(
                    Tile(free[0][tile.left], theirs[tile.right], tile.cells, tile.weight, tile.content)
                )
            else:
                found.append(
                    Tile(theirs[tile.left], free[1][tile.right], tile.cells, tile.weight, tile.content)
                )
    return found


_MANY = 16
"""A stem found in more free sentences than this is not followed to each of them by
``_reachable``: its weight counts towards every pair, as slack."""


def _reachable(
    free: Sequence[Sequence[Token]],
    others: Sequence[Sequence[Token]],
    weights: dict[str, float],
    bars: Sequence[float],
) -> list[int]:
    """The ``others`` (by index) that some free sentence could tile a link with, ``bars`` being
    the weight each other needs. Each word is used once in a tiling, so the tiles of a free
    sentence and another weigh at most the other's words whose stems the free sentence has;
    below its bar for every free sentence, the other is not tiled at all. The sums are kept
    per free sentence through an index of their stems; a stem of many free sentences (a name
    the story repeats) adds its weight to all of them at once, which keeps the bound an upper
    bound and the work linear."""
    postings: dict[str, list[int]] = {}
    for n, tokens in enumerate(free):
        for stem in {t.stem for t in tokens if t.stem is not None}:
            postings.setdefault(stem, []).append(n)
    found = []
    for k, tokens in enumerate(others):
        least = bars[k]
        slack = 0.0
        sums: dict[int, float] = {}
        counts = Counter(map(_STEM, tokens))  # (counted in C, as is the intersection)
        for stem in counts.keys() & postings.keys():
            where = postings[stem]
            weight = weights.get(stem, 1.0) * counts[stem]
            if len(where) > _MANY:
                slack += weight
            else:
                for n in where:
                    sums[n] = sums.get(n, 0.0) + weight
        # (less a hair: the sums' order follows a set's, and must not decide a tie)
        bar = least - 1e-9
        if slack >= bar or any(total + slack >= bar for total in sums.values()):
            found.append(k)
    return found


Words = list[Kind] | Verbatim
"""A sentence's words: the kind of each, or that all are copied from one sentence."""


def kinds(
    left: Sequence[Sequence[Token]],
    right: Sequence[Sequence[Token]],
    group: Linked,
    unmatched: tuple[dict[int, frozenset[int]], dict[int, frozenset[int]]],
) -> tuple[dict[int, Words], dict[int, Words]]:
    """Each word's kind in the sentences of one group, per side: sentence -> one ``Kind`` per
    token. ``left`` and ``right`` are all the sentences' tokens; ``unmatched`` the positions,
    per side and sentence, of the words the word diff (``worddiff.py``) found no counterpart
    for in the group."""
    if len(group.left) == len(group.right) == 1:
        one, two = left[group.left[0]], right[group.right[0]]
        if len(one) == len(two) and list(map(_NORM, one)) == list(map(_NORM, two)):
            # word for word: every word copied
            return ({group.left[0]: Verbatim(group.right[0])}, {group.right[0]: Verbatim(group.left[0])})
    cells: tuple[dict[int, list[tuple[int, int, int]]], dict[int, list[tuple[int, int, int]]]] = ({}, {})
    if len(group.left) == len(group.right) == 1:
        # one sentence a side: each word is used once either way, so one tiling serves both
        s, t = group.left[0], group.right[0]
        pairs = [cell for cells in pair_tiles(one, two) for cell in _copied(cells, one, two)]
        for i, j in pairs:
            cells[0].setdefault(s, []).append((i, t, j))
            cells[1].setdefault(t, []).append((j, s, i))
    else:
        for side, mine, theirs, tokens, other in (
            (0, group.left, group.right, left, right),
            (1, group.right, group.left, right, left),
        ):
            a, b = [tokens[k] for k in mine], [other[k] for k in theirs]
            for tile in tiles(a, b, seed=2, least=2, plain=True, once=False):
                s, t = mine[tile.left], theirs[tile.right]
                runs = _copied(tile.cells, a[tile.left], b[tile.right])
                cells[side].setdefault(s, []).extend((i, t, j) for i, j in runs)
    out: tuple[dict[int, Words], dict[int, Words]] = ({}, {})
    for side, sentences, tokens in ((0, group.left, left), (1, group.right, right)):
        others = group.right if side == 0 else group.left
        other_tokens = right if side == 0 else left
        for k in sentences:
            found = sorted(cells[side].get(k, []))
            entire = (side, k) in group.whole
            # a sentence with nothing copied and linked whole stands against its closest
            # counterpart; only then is that looked for
            fallback = (
                _closest(tokens[k], [other_tokens[o] for o in others], others) if entire and not found else -1
            )
            out[side][k] = _sentence_kinds(
                tokens[k],
                found,
                entire,
                fallback,
                other_tokens,
                unmatched[side].get(k, frozenset()),
                unmatched[1 - side],
            )
    return out


def _copied(
    cells: Sequence[tuple[int, int]], sentence_a: Sequence[Token], sentence_b: Sequence[Token]
) -> list[tuple[int, int]]:
    """The cells of a tile that are copied runs: its pieces between words that both sides
    replace (a tile may step over a changed word), of two words or more with a content word
    among them ("on Tuesday", "foreign troops"), or of three words, or the whole of a sentence
    of each side. One word that a tile reaches past an edit is not a run ("end" in "by year's
    end" against "by the end of the year"), and nor are two function words ("of the")."""
    if len(cells) == len(sentence_a) == len(sentence_b):
        return list(cells)
    pieces: list[list[tuple[int, int]]] = []
    for i, j in cells:
        # a run goes on past a word that one side adds or drops ("ended on Monday" for "ended
        # Monday"), and breaks where both sides have a word of their own ("year's" for "the")
        steps = (i - pieces[-1][-1][0], j - pieces[-1][-1][1]) if pieces else (0, 0)
        if pieces and 1 in steps and max(steps) <= 3:
            pieces[-1].append((i, j))
        else:
            pieces.append([(i, j)])
    return [
        cell
        for piece in pieces
        if len(piece) >= 3 or (len(piece) == 2 and any(sentence_a[i].stem is not None for i, _ in piece))
        for cell in piece
    ]


def _closest(tokens: Sequence[Token], others: Sequence[Sequence[Token]], ids: Sequence[int]) -> int:
    """The counterpart sentence with the most content stems in common (ties: the first)."""
    stems = {t.stem for t in tokens if t.stem is not None}
    best = max(range(len(ids)), key=lambda n: (len(stems & {t.stem for t in others[n]}), -n))
    return ids[best]


def _sentence_kinds(
    tokens: Sequence[Token],
    found: Sequence[tuple[int, int, int]],
    entire: bool,
    fallback: int,
    other_tokens: Sequence[Sequence[Token]],
    unmatched: frozenset[int],
    other_unmatched: Mapping[int, frozenset[int]],
) -> list[Kind]:
    """One sentence's words: ``found`` are its copied words as (position, other sentence, other
    position), in order; ``entire`` says the whole sentence is linked; ``unmatched`` are the
    positions of its words that the word diff found no counterpart for, ``other_unmatched`` the
    same for the other side's sentences.

    The words between copied runs, and before the first and after the last, are read as a diff
    reads a gap: where the other side has words of its own at the same place (between the same
    copied words), this side's are a rewording of them; where it has none, and this side's
    have no counterpart either, they are an insertion, this side's own and new ("..., the
    Kurdish news agency Rudaw reported." after a lede both sides have; a sentence of a long
    quotation that the other side's excerpt leaves out, of ``CLAUSE`` content words or more).
    At either end of a sentence linked by fragments only, the words outside its copied runs are
    new."""
    size = len(tokens)
    if not found:
        if not entire:
            return [NEW_WORD] * size
        whole = (REWORDED, fallback, 0, len(other_tokens[fallback]))
        return [whole] * size
    copied = {i: (t, j) for i, t, j in found}
    result: list[Kind | None] = [
        (COPIED, copied[i][0], copied[i][1], copied[i][1] + 1) if i in copied else None for i in range(size)
    ]
    content = [t.stem is not None for t in tokens]
    positions = [c[0] for c in found]  # in order, each once (a word is in one tile)
    for run in _gaps(size, copied):
        at = bisect.bisect_left(positions, run[0])  # the copied words either side of the gap
        before = found[at - 1] if at else None
        after = found[at] if at < len(found) else None
        theirs = _region(before, after, other_tokens)
        others_own = any(
            q in other_unmatched.get(t, frozenset()) and other_tokens[t][q].stem is not None
            for t, q in theirs
        )
        if before is None or after is None:  # at an end of the sentence
            if not entire:
                own = set(run)
            elif others_own:
                own = set()
            else:  # from the sentence's end inwards, up to a content word with a counterpart
                outer = run if after is None else run[::-1]
                edge = list(itertools.takewhile(lambda i: i in unmatched or not content[i], reversed(outer)))
                own = set(edge) if any(i in unmatched and content[i] for i in edge) else set()
        else:  # between two copied runs: only a clause of its own is an insertion
            mine = sum(i in unmatched and content[i] for i in run)
            # unless the other side goes straight on from one copied word to the next: then
            # whatever this side has between them is inserted ("The minister, appointed in
            # May, resigned" against "The minister resigned"; "was not valid" for "was valid")
            inserted = not theirs and before[1] == after[1] and before[2] < after[2]
            own = set(run) if mine and not others_own and (mine >= CLAUSE or inserted) else set()
        # every word of the gap stands against the same passage
        there = (REWORDED, *_between(before, after, found, other_tokens)) if len(own) < len(run) else NEW_WORD
        for i in run:
            result[i] = NEW_WORD if i in own else there
    return [k for k in result if k is not None]


def _gaps(size: int, copied: Mapping[int, object]) -> list[list[int]]:
    """The maximal runs of positions that are not copied."""
    runs: list[list[int]] = []
    for i in range(size):
        if i in copied:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _region(
    before: tuple[int, int, int] | None,
    after: tuple[int, int, int] | None,
    other_tokens: Sequence[Sequence[Token]],
) -> list[tuple[int, int]]:
    """The other side's (sentence, position) between the copied words ``before`` and ``after``
    (either may be missing: from the start, or to the end, of the sentence it names). Where the
    two cross (a reordering) or lie in different sentences, the words after one and before the
    other."""
    if before and after and before[1] == after[1] and before[2] < after[2]:
        return [(before[1], q) for q in range(before[2] + 1, after[2])]
    region: list[tuple[int, int]] = []
    if before:
        region += [(before[1], q) for q in range(before[2] + 1, len(other_tokens[before[1]]))]
    if after:
        region += [(after[1], q) for q in range(after[2])]
    return region


def _between(
    before: tuple[int, int, int] | None,
    after: tuple[int, int, int] | None,
    found: Sequence[tuple[int, int, int]],
    other_tokens: Sequence[Sequence[Token]],
) -> tuple[int, int, int]:
    """What the other side has between the copied words ``before`` and ``after`` a gap (one
    of them may be missing, not both), never reaching past a word that is copied (from this
    sentence, ``found``) in that other sentence."""
    if before and after and before[1] == after[1] and before[2] < after[2]:
        return (before[1], before[2] + 1, after[2])
    if before:
        t, j = before[1], before[2]
        upto = min((c[2] for c in found if c[1] == t and c[2] > j), default=len(other_tokens[t]))
        return (t, j + 1, upto)
    assert after is not None
    t, j = after[1], after[2]
    start = max((c[2] + 1 for c in found if c[1] == t and c[2] < j), default=0)
    return (t, start, j)


# ---- into the report ------------------------------------------------------------------------------


def linked_span(words: Words, size: int, basis: Basis) -> tuple[int, int] | None:
    """The token positions [first, end) of a sentence's linked passage, for comparing figures:
    the whole sentence in a group the aligner made; in one that fragments made, from its first
    word that is not new to its last (None if all are new)."""
    if basis is not Basis.FRAGMENT or isinstance(words, Verbatim):
        return (0, size)
    kept = [n for n, kind in enumerate(words) if kind[0] != NEW]
    return (kept[0], kept[-1] + 1) if kept else None


def inside(tokens: Sequence[Token], spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Positions of the tokens that lie in one of the spans."""
    if not spans:
        return frozenset()
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [m[0] for m in merged]
    found = []
    for k, token in enumerate(tokens):
        n = bisect.bisect_right(starts, token.start) - 1
        if n >= 0 and token.start < merged[n][1]:
            found.append(k)
    return frozenset(found)


def stretches(
    tokens: Sequence[Token], kinds: Words | None, other: Sequence[Sequence[Token]], prefix: str
) -> tuple[Stretch, ...]:
    """A sentence's words as stretches of one kind and one counterpart: copied words whose
    counterparts follow each other in one sentence, reworded words standing against the same
    passage, new words."""
    if kinds is None:
        return (Stretch(Reuse.NEW, tokens[0].start, tokens[-1].end, len(tokens), None),)
    if isinstance(kinds, Verbatim):
        whole = (COPIED, kinds.sentence, 0, len(other[kinds.sentence]))
        return (
            Stretch(
                Reuse.COPIED, tokens[0].start, tokens[-1].end, len(tokens), _counterpart(whole, other, prefix)
            ),
        )
    # each run: [what, counterpart sentence (or -1), its first and end positions, first and last
    # word here, words]; a copied word extends a run when it is the next word of the same
    # counterpart sentence, a reworded one when it stands against the same passage
    runs: list[list[int]] = []
    for n, (what, k, a, b) in enumerate(kinds):
        if runs:
            run = runs[-1]
            if (
                run[0] == what
                and run[1] == k
                and (k < 0 or (a == run[3] if what == COPIED else (a, b) == (run[2], run[3])))
            ):
                run[3] = b
                run[5] = n
                run[6] += 1
                continue
        runs.append([what, k, a, b, n, n, 1])
    return tuple(
        Stretch(
            KINDS[what],
            tokens[first].start,
            tokens[last].end,
            count,
            _counterpart((what, k, a, b), other, prefix),
        )
        for what, k, a, b, first, last, count in runs
    )


def _counterpart(kind: Kind, other: Sequence[Sequence[Token]], prefix: str) -> Counterpart | None:
    _, k, first, end = kind
    if k < 0:
        return None
    tokens = other[k]
    if first < end:
        start, stop = tokens[first].start, tokens[end - 1].end
    else:
        start = stop = tokens[first].start if first < len(tokens) else tokens[-1].end
    return Counterpart(f"{prefix}{k + 1}", start, stop)
