"""Splits and merges: step 2 of alignment, where a 1:1 group becomes 1:n or n:1.

Alignment (``align.py``) proposes the groups that maximise one objective,

    O = sum over groups g of (passage(g) - candidate) * size(g)

and step 1 (``matching.py``) has paired sentences 1:1. A sentence u may then join a group whose
other side is one sentence y, making it 1:n or n:1, when u scores at least half of
``candidate`` against y on its own (half of a split sentence scores low against the whole,
which has twice its words), when at least ``config.join`` of u's content words find
counterparts in y that the group had not used yet (u is the other half of y, not a repeat,
``_adds_content``), and when the move raises O, counting what u's old group loses. The best
such move is made first, and moves repeat until none raises O: a local search from the optimum
of step 1 (``_State.split_and_merge``).

Cost: the moves wait in a heap and, after each move, only the moves of the sentences whose
group changed are recomputed; a move's gain is computed once per (sentence, group it would
join, group it is in).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from diffnews.aligning.align import Group
from diffnews.aligning.features import Bag, combine, passage
from diffnews.aligning.matching import _EPSILON
from diffnews.config import Config

_Key = tuple[str, int, int, int | None]
"""What a step-2 move's gain depends on: (side, sentence u, the group it would join, the group
it is in, if any)."""


class _State:
    """The groups while they are being built, with each sentence's group."""

    def __init__(self, left: Sequence[Bag], right: Sequence[Bag], config: Config) -> None:
        self.left, self.right, self.config = left, right, config
        self.groups: dict[int, Group] = {}
        self.owner_left: dict[int, int] = {}
        self.owner_right: dict[int, int] = {}
        self._next = 0

    def score(self, left: tuple[int, ...], right: tuple[int, ...]) -> float:
        return passage(
            combine([self.left[i] for i in left]),
            combine([self.right[j] for j in right]),
            self.config,
        )

    def value(self, left: tuple[int, ...], right: tuple[int, ...]) -> float:
        """A group's share of the objective O; 0 for a group with an empty side."""
        if not left or not right:
            return 0.0
        return (self.score(left, right) - self.config.candidate) * (len(left) + len(right))

    def add(self, left: tuple[int, ...], right: tuple[int, ...]) -> None:
        key = self._next
        self._next += 1
        self.groups[key] = Group(left, right, self.score(left, right))
        self.owner_left.update((i, key) for i in left)
        self.owner_right.update((j, key) for j in right)

    def remove(self, key: int) -> Group:
        group = self.groups.pop(key)
        for i in group.left:
            del self.owner_left[i]
        for j in group.right:
            del self.owner_right[j]
        return group

    def split_and_merge(self, edges: set[tuple[int, int]]) -> None:
        """Step 2: make the best move (sentence u joins a group) while one raises O.

        A move is read off a candidate edge (i, j), either way round: i joins the group that
        holds j, or j the group that holds i. Its gain depends only on its sentence, the group
        it would join and the group it would leave, and groups never change in place (a change
        makes a new key), so a gain is computed once per such key.

        Which move is best is the rule of a scan over the moves in edge order, (i, j) and the
        left side first: the first is taken, and a later one replaces it when its gain is
        higher by more than _EPSILON (so gains equal but for rounding keep the first). The
        moves wait in a heap, largest gain first. The moves that can decide that scan are
        those whose gains reach down from the largest in steps of at most _EPSILON: a move
        below a wider gap is replaced by the first of them it meets and never replaces one. So
        only those are popped and scanned, and the others pushed back.

        A move changes the groups of only the sentences of the two groups it touched: only the
        moves at those sentences get new heap entries, and an entry whose key no longer holds
        is dropped when it comes to the top. So a round costs the moves at the sentences
        moved, not a scan of every edge."""
        import heapq

        moves: list[tuple[str, int, int]] = []
        at: dict[tuple[str, int], list[int]] = {}  # a sentence -> the moves its group bears on
        for i, j in sorted(edges):
            for side, u, y, other in (("left", i, j, "right"), ("right", j, i, "left")):
                at.setdefault((side, u), []).append(len(moves))
                at.setdefault((other, y), []).append(len(moves))
                moves.append((side, u, y))
        gains: dict[_Key, float | None] = {}
        heap: list[tuple[float, int, int, _Key]] = []  # (-gain, move, entry, key): keys never compared
        entries = itertools.count()

        def push(move: int) -> None:
            key = self._key(*moves[move])
            if key is None:
                return
            if key not in gains:
                gains[key] = self._gain(key[0], key[1], key[2])
            gain = gains[key]
            if gain is not None:
                heapq.heappush(heap, (-gain, move, next(entries), key))

        def best() -> _Key | None:
            chained: dict[int, tuple[float, _Key]] = {}
            lowest = 0.0
            while heap:
                minus, move, _, key = heap[0]
                if self._key(*moves[move]) != key:
                    heapq.heappop(heap)  # its sentence or its target has since moved
                    continue
                if chained and -minus < lowest - _EPSILON:
                    break
                heapq.heappop(heap)
                chained.setdefault(move, (-minus, key))
                lowest = -minus
            chosen: tuple[float, int, _Key] | None = None
            for move in sorted(chained):
                gain, key = chained[move]
                if chosen is None or gain > chosen[0] + _EPSILON:
                    chosen = (gain, move, key)
            for move, (gain, key) in chained.items():
                if chosen is not None and move != chosen[1]:
                    heapq.heappush(heap, (-gain, move, next(entries), key))
            return None if chosen is None else chosen[2]

        for move in range(len(moves)):
            push(move)
        # Each move raises O by more than _EPSILON and O is bounded, so this ends; the bound on
        # rounds is a guard, not a limit reached in practice.
        for _ in range(len(self.left) + len(self.right)):
            chosen = best()
            if chosen is None:
                return
            side, u, target, _ = chosen
            touched = self.move(side, u, target)
            for move in sorted({k for sentence in touched for k in at.get(sentence, ())}):
                push(move)

    def move(self, side: str, u: int, target: int) -> set[tuple[str, int]]:
        """Sentence u of ``side`` leaves its group, if it has one, and joins group ``target``.
        Returns the sentences whose group changed, as (side, index)."""
        owners = self.owner_left if side == "left" else self.owner_right
        changed = [self.groups[target]]
        old_key = owners.get(u)
        if old_key is not None:
            changed.append(self.remove(old_key))
            rest_l, rest_r = _without(changed[-1], side, u)
            if rest_l and rest_r:
                self.add(rest_l, rest_r)
        self.add(*_with(self.remove(target), side, u))
        touched = {(side, u)} | {("left", i) for g in changed for i in g.left}
        return touched | {("right", j) for g in changed for j in g.right}

    def _key(self, side: str, u: int, y: int) -> _Key | None:
        """What the gain of "u joins y's group" depends on: u, y's group and u's own group;
        None if y is in no group."""
        own, others = (
            (self.owner_left, self.owner_right) if side == "left" else (self.owner_right, self.owner_left)
        )
        target = others.get(y)
        return None if target is None else (side, u, target, own.get(u))

    def _gain(self, side: str, u: int, target: int) -> float | None:
        """How much O rises if sentence u of ``side`` joins group ``target``, or None if it
        may not join."""
        group = self.groups[target]
        mine, other = (group.left, group.right) if side == "left" else (group.right, group.left)
        if u in mine or len(other) != 1:
            return None
        own_bags, other_bags = (self.left, self.right) if side == "left" else (self.right, self.left)
        if not _adds_content(own_bags, mine, u, other_bags[other[0]], self.config.join):
            return None
        owners = self.owner_left if side == "left" else self.owner_right
        old_key = owners.get(u)
        before = self.value(group.left, group.right)
        after = self.value(*_with(group, side, u))
        if old_key is not None:
            old = self.groups[old_key]
            before += self.value(old.left, old.right)
            after += self.value(*_without(old, side, u))
        gain = after - before
        return gain if gain > _EPSILON else None


def _with(group: Group, side: str, u: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The group's two sides with sentence u added to ``side``."""
    if side == "left":
        return tuple(sorted((*group.left, u))), group.right
    return group.left, tuple(sorted((*group.right, u)))


def _without(group: Group, side: str, u: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The group's two sides with sentence u taken from ``side``."""
    if side == "left":
        return tuple(i for i in group.left if i != u), group.right
    return group.left, tuple(j for j in group.right if j != u)


def _adds_content(bags: Sequence[Bag], members: tuple[int, ...], u: int, other: Bag, join: float) -> bool:
    """True if at least ``join`` of u's weighted content finds counterparts in ``other`` that the
    group's members have not already used."""
    from rapidfuzz.distance import LCSseq

    need = join * len(bags[u].content)
    if LCSseq.similarity(bags[u].content, other.content) < need:
        return False  # u cannot add more than it shares with ``other`` at all: the quick check
    # a one-sentence group's content is sorted already; a larger group's is sorted here
    mine = (
        bags[members[0]].content
        if len(members) == 1
        else sorted(itertools.chain.from_iterable(bags[k].content for k in members))
    )
    before = LCSseq.similarity(mine, other.content)
    if len(other.content) - before < need:
        return False  # after <= len(other.content): fewer items are left unused than u needs
    after = LCSseq.similarity(sorted(itertools.chain.from_iterable((mine, bags[u].content))), other.content)
    return after - before >= need
