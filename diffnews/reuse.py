"""From shared runs of words to linked passages: fragment links, and each word's kind.

``fragments.py`` finds the runs of words the two documents share (tiles); this module reads
them. It does two things, after the sentence aligner (``align.py``) has made its groups:

**Fragment links** (``link``). A sentence pair whose tiles together carry at least
``Config.fragment`` of rare content (``fragments.significant``) is linked, basis "fragment":

- two sentences in no group form a new group;
- a sentence in no group joins the group of the other, which then holds a second account of
  the same passage, if the tiles carry ``SECOND`` times the minimum: a sentence that already
  has a counterpart needs more evidence to take another (an aggregator's sentence about
  al-Amiri's reply to Macron shares "President Emmanuel Macron ... a visit to Iraq" with
  Rudaw's sentence on Macron's visit, and is still not that sentence);
- two sentences in two different groups stay where they are: their groups are the aligner's
  better-founded answer, and merging groups would chain whole stories into one.

A sentence in no group then joins a group the fragments made if it stands next to one of the
group's sentences in its paragraph and reaches half of ``Config.candidate`` against the
group's other side (the bar for a split half in ``align.py``): a wire sentence that the copy
rewrote together with its neighbour ("Washington held talks ... The two sides agreed that ..."
against "The US, after strategic talks with Baghdad, agreed to ...").

Fragments ignore the headline rule (headlines align only with headlines, ``align.py``): the
same sentence word for word, a headline on one side and body text on the other, is linked.

**Word kinds** (``kinds``). Inside each group the sentences are tiled again, with seeds of two
words. Each word of a content sentence is then

- *copied*: in a tile of the group, of at least two words with a content word among them, or
  three words, or a whole short sentence;
- *reworded*: not copied, inside a linked passage: the whole sentence, for a group the aligner
  made (its sentences say the same thing, so its other words are a rewording), but for the
  longer side of an excerpt and for a sentence linked by fragments only the stretch from its
  first copied word to its last; the rest of such a sentence is its own;
- *new*: in no linked passage.

A copied word's counterpart is the word it agrees with; a reworded stretch's is what the other
side has between the same two copied words (possibly nothing), or the whole counterpart
sentence when the passage has no copied word at all.

Cost: the second tiling runs inside groups only, so it is linear in the words of the groups.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from diffnews.align import Group
from diffnews.fragments import Tile, significant, tiles
from diffnews.report import Basis, Reuse
from diffnews.text import Token

__all__ = ["SECOND", "Kind", "Linked", "kinds", "link"]

SECOND = 1.25
"""How many times ``Config.fragment`` a fragment must carry to give a sentence that already
has a counterpart a second one."""


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


@dataclass(frozen=True)
class Kind:
    """The kind of one word, and where its counterpart lies."""

    kind: Reuse
    counterpart: tuple[int, int, int] | None
    """(sentence, first word, end word) on the other side, in that sentence's token positions:
    the copied word itself (end = first + 1), the passage a reworded word stands against
    (possibly empty, end = first), or None for a new word."""


def link(
    groups: Sequence[Group],
    found: Sequence[Tile],
    least: float,
    paragraphs: tuple[Sequence[int], Sequence[int]],
    near: Callable[[int, int, tuple[int, ...]], float],
    floor: float,
    shorter: Callable[[tuple[int, ...], tuple[int, ...]], int],
) -> list[Linked]:
    """The groups with fragment links added (see the module doc).

    ``groups`` are the aligner's; ``found`` the tiles of the two
    documents' sentences; ``least`` the minimum weight (``Config.fragment``); ``paragraphs``
    each sentence's paragraph. ``near(side, sentence, others)`` is the passage score of a
    sentence of that side against the other side's ``others`` read together, ``floor`` the score
    a neighbour needs to join; ``shorter(left, right)`` says which side of an excerpt is the
    shorter (0 or 1)."""
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

    links = significant(found, least)
    for (i, j), weight in sorted(links.items(), key=lambda kv: (-kv[1], kv[0])):
        gi, gj = owner[0].get(i), owner[1].get(j)
        if gi is None and gj is None:
            owner[0][i] = owner[1][j] = len(members)
            members.append(({i}, {j}))
            scores.append(None)
            bases.append(Basis.FRAGMENT)
            whole.append(set())
        elif (gi is None) != (gj is None) and weight >= SECOND * least:
            if gi is None:
                join(gj, 0, i, False)  # type: ignore[arg-type]
            else:
                join(gi, 1, j, False)

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


def kinds(
    left: Sequence[Sequence[Token]],
    right: Sequence[Sequence[Token]],
    group: Linked,
    unmatched: tuple[dict[int, frozenset[int]], dict[int, frozenset[int]]],
) -> tuple[dict[int, list[Kind]], dict[int, list[Kind]]]:
    """Each word's kind in the sentences of one group, per side: sentence -> one ``Kind`` per
    token. ``left`` and ``right`` are all the sentences' tokens; ``unmatched`` the positions,
    per side and sentence, of the words the word diff (``worddiff.py``) found no counterpart
    for in the group."""
    cells: tuple[dict[int, list[tuple[int, int, int]]], dict[int, list[tuple[int, int, int]]]] = ({}, {})
    for side, mine, theirs, tokens, other in (
        (0, group.left, group.right, left, right),
        (1, group.right, group.left, right, left),
    ):
        a, b = [tokens[k] for k in mine], [other[k] for k in theirs]
        for tile in tiles(a, b, seed=2, least=2, plain=True, once=False):
            if _run(tile, a, b):
                s, t = mine[tile.left], theirs[tile.right]
                cells[side].setdefault(s, []).extend((i, t, j) for i, j in tile.cells)
    out: tuple[dict[int, list[Kind]], dict[int, list[Kind]]] = ({}, {})
    for side, sentences, tokens in ((0, group.left, left), (1, group.right, right)):
        others = group.right if side == 0 else group.left
        other_tokens = right if side == 0 else left
        for k in sentences:
            found = sorted(cells[side].get(k, []))
            fallback = _closest(tokens[k], [other_tokens[o] for o in others], others)
            out[side][k] = _sentence_kinds(
                tokens[k],
                found,
                (side, k) in group.whole,
                fallback,
                other_tokens,
                unmatched[side].get(k, frozenset()),
                unmatched[1 - side],
            )
    return out


def _run(tile: Tile, a: Sequence[Sequence[Token]], b: Sequence[Sequence[Token]]) -> bool:
    """Whether a tile is a copied run: three words, or two content words ("foreign troops"),
    or a whole sentence of each side. "in Iraq" or "on Tuesday" inside a rewritten sentence is
    a coincidence of wording, not a copy."""
    if len(tile.cells) >= 3 or len(tile.cells) == len(a[tile.left]) == len(b[tile.right]):
        return True
    return all(a[tile.left][i].stem is not None for i, _ in tile.cells)


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
    same for the other side's sentences."""
    size = len(tokens)
    if not found:
        if not entire:
            return [Kind(Reuse.NEW, None)] * size
        whole = Kind(Reuse.REWORDED, (fallback, 0, len(other_tokens[fallback])))
        return [whole] * size
    copied = {i: (t, j) for i, t, j in found}
    first, last = found[0][0], found[-1][0]
    low, high = first, last  # the linked passage, inclusive
    if entire:  # the whole sentence, but a clause at either end that the other side lacks
        own = _own_edges(tokens, found, unmatched, other_tokens, other_unmatched)
        low = min(i for i in range(size) if i not in own)
        high = max(i for i in range(size) if i not in own)
    result: list[Kind] = []
    for i in range(size):
        if i in copied:
            t, j = copied[i]
            result.append(Kind(Reuse.COPIED, (t, j, j + 1)))
        elif not low <= i <= high:
            result.append(Kind(Reuse.NEW, None))
        else:
            result.append(Kind(Reuse.REWORDED, _between(i, found, other_tokens)))
    return result


def _own_edges(
    tokens: Sequence[Token],
    found: Sequence[tuple[int, int, int]],
    unmatched: frozenset[int],
    other_tokens: Sequence[Sequence[Token]],
    other_unmatched: Mapping[int, frozenset[int]],
) -> set[int]:
    """Positions before the first copied word and after the last that this side adds: from the
    sentence's end inwards (and from its start), words without a counterpart and the function
    words among them, up to the first content word that has one, when the other side has
    nothing of its own at that end, beyond the same copied word. As in a diff, that is an
    insertion ("..., the Kurdish news agency Rudaw reported." after a lede both sides have);
    where both sides have words of their own there, it is a replacement, and reworded ("No
    matter the choice the US makes, ..." for "regardless of the Americans' choices")."""
    own: set[int] = set()
    (_, t0, j0), (last, t1, j1) = found[0], found[-1]
    ends = (
        (range(found[0][0]), range(j0), t0),
        (range(len(tokens) - 1, last, -1), range(j1 + 1, len(other_tokens[t1])), t1),
    )
    for edge, there, t in ends:
        theirs = other_unmatched.get(t, frozenset())
        if any(p in theirs and other_tokens[t][p].stem is not None for p in there):
            continue  # the other side has words of its own there too: a rewording
        run: list[int] = []
        for i in edge:
            if i not in unmatched and tokens[i].stem is not None:
                break
            run.append(i)
        if any(i in unmatched and tokens[i].stem is not None for i in run):
            own.update(run)
    return own


def _between(
    i: int, found: Sequence[tuple[int, int, int]], other_tokens: Sequence[Sequence[Token]]
) -> tuple[int, int, int]:
    """What the other side has between the copied words on either side of position ``i``."""
    before = [c for c in found if c[0] < i]
    after = [c for c in found if c[0] > i]
    if before and after and before[-1][1] == after[0][1] and before[-1][2] < after[0][2]:
        return (before[-1][1], before[-1][2] + 1, after[0][2])
    if before:
        t, j = before[-1][1], before[-1][2]
        upto = min((c[2] for c in after if c[1] == t and c[2] > j), default=len(other_tokens[t]))
        return (t, j + 1, upto)
    t, j = after[0][1], after[0][2]
    return (t, 0, j)
