"""Align the sentences of two documents into groups, in any order, 1:1, 1:n or n:1.

The idea
--------
Rewrites reorder paragraphs, so alignment cannot walk both texts in step the way ``diff`` does.
It treats the two sides as a bipartite graph instead: sentences are nodes, and an edge joins two
sentences whose passage score (``similarity.passage``: content words in common, a clause of a
longer sentence counting fully) reaches ``config.candidate``. Groups are proposed on this graph,
and the match model (``similarity.score``, trained on labelled news pairs) then judges each one.
Proposing picks the set of groups that maximises one objective,

    O = sum over groups g of (passage(g) - candidate) * size(g)

where passage(g) compares the sentences of each side of g read together and size(g) counts its
sentences. An edge just over the threshold adds almost nothing, so one strong pair is worth more
than two weak ones that block it. Four steps, and a fifth in semantic mode:

1. **1:1, globally.** The heaviest 1:1 matching of the graph, on total (passage - candidate):
   the Hungarian method on each connected component (in Python for a small one, scipy's for
   a large one). This is a global optimum, not first-come greedy: a sentence never takes a
   partner that a better-fitting sentence needed.
2. **Splits and merges.** A sentence u may then join a group whose other side is one sentence y,
   making it 1:n or n:1, when u scores at least half of ``candidate`` against y on its own
   (half of a split sentence scores low against the whole, which has twice its words), when at
   least ``config.join`` of u's content words find counterparts in y that the group had not used
   yet (u is the other half of y, not a repeat), and when the move raises O, counting what u's
   old group loses. The best such move is made first, and moves repeat until none raises O: a
   local search from the optimum of step 1.
3. **Judging.** Each proposed group is kept if its match score, its two sides each read as one
   text, reaches ``config.match``. The passage score finds structure (which sentences belong
   together) but cannot tell a rewording from the same sentence with a changed fact; the match
   model, which also reads word order, names and numbers, was trained to. The match model was
   trained on whole-sentence paraphrases, though, and rejects a sentence that adds a clause to
   another; so a group is also kept when ``config.excerpt`` of its shorter side's content is
   inside the longer (an excerpt or an expansion, whose extra words the diff shows).
4. **Leftovers.** Every sentence in no group gets one more 1:1 matching with the others, on the
   match score, among pairs with a passage score of at least half of ``candidate``: two
   paraphrases with fewer words in common than a proposal needs can still align.
5. **Meaning** (semantic mode only, ``semantic.py``). Among pairs never proposed (passage below
   ``candidate``), so that meaning never overrides a lexical verdict: one more 1:1 matching of
   the sentences still free, on the semantic match score (the match model with the cosine of
   the sentences' embeddings as a feature); then a sentence still free joins its counterpart
   closest in meaning, when their cosine reaches ``config.paraphrase``.

Example: the aggregator writes ``... “no foreign forces” should remain, Al-Amiri told reporters.``
and then ``“Not Turkish forces or French forces. This is a decision ...,” he added.``; Rudaw has
both in one sentence. Step 1 pairs Rudaw's sentence with the first (passage 0.80); step 2 adds
the second (0.71 on its own, and its words are the rest of Rudaw's sentence), giving a 2:1
group, which the match model accepts (0.84) where it rejects either half alone (0.33, 0.04).

Cost
----
Only pairs that share enough weighted stems to reach half of ``candidate`` are ever scored:
for large documents ``similarity.passage_pairs`` finds them with a prefix filter over an index
of stems; for small ones the whole n x m matrix is quicker. Match scores are computed only for
the 1:1 groups and step 4's pairs (``score_pairs``). Step 1 costs O(c^3) time and c^2 memory
for a component of c sentences, in C++ for large ones (``_match``). Step 2 keeps its moves in
a heap and, after each move, recomputes only the moves of the sentences whose group changed.
docs/alignment.md and docs/scale.md give measured times.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from diffnews.config import Config
from diffnews.report import Basis
from diffnews.semantic import unit
from diffnews.similarity import (
    Bag,
    Model,
    combine,
    containment,
    passage,
    passage_matrix,
    passage_pairs,
    score,
    score_matrix,
    score_pairs,
)

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Scores = Mapping[tuple[int, int], float] | NDArray[np.float64]
    """Scores of pairs (i, j), read as ``scores[i, j]``: a matrix, or a dict of the pairs scored."""

__all__ = ["Group", "align"]

_EPSILON = 1e-9

_Key = tuple[str, int, int, int | None]
"""What a step-2 move's gain depends on: (side, sentence u, the group it would join, the group
it is in, if any)."""


@dataclass(frozen=True, slots=True)
class Group:
    """Sentences of the two sides that say the same thing. Indexes refer to the lists given to
    ``align``; each side is sorted and non-empty, and one side has exactly one sentence."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
    """While proposing, ``similarity.passage`` of the two sides, each read as one text; in the
    groups ``align`` returns, their match score, ``similarity.score``."""
    basis: Basis = Basis.MATCH
    """Why the group is kept (see ``report.Basis``)."""


def align(
    left: Sequence[Bag],
    right: Sequence[Bag],
    config: Config,
    left_headlines: frozenset[int] = frozenset(),
    right_headlines: frozenset[int] = frozenset(),
    model: Model | None = None,
    vectors: tuple[NDArray[np.float64], NDArray[np.float64]] | None = None,
    semantic_model: Model | None = None,
) -> list[Group]:
    """Groups of aligned sentences, ordered by their first left sentence. Every sentence is in
    at most one group; a sentence in none is unique to its side.

    ``model`` is the match model (default: the shipped lexical one). ``vectors`` are the
    sentences' embeddings (one row each, unit length) when the semantic backend is on; step 5
    then runs, with ``semantic_model`` (default: the shipped semantic one).

    Headlines align only with headlines, body sentences only with body sentences: a headline
    sums up the whole story, so it resembles the lede of any version of it without being the
    same passage."""
    import numpy as np

    n, m = len(left), len(right)
    heads = [np.isin(np.arange(k), sorted(h)) for k, h in ((n, left_headlines), (m, right_headlines))]

    def allowed(pairs: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
        return {(i, j) for i, j in pairs if heads[0][i] == heads[1][j]}

    # Half of a sentence that was split in two scores low against the whole, since the whole has
    # twice its words; so a sentence may join a group (step 2) from half the candidate threshold.
    # Only pairs above that line are ever read: for large documents they are found without
    # scoring all n x m (``passage_pairs``), for small ones the whole matrix is quicker. Steps 1
    # and 2 read only pairs that can be an edge (passage >= candidate) or a join (``join`` of the
    # joining sentence's content in the other); either way the pair shares at least that much of
    # the smaller side's content, which lets ``passage_pairs`` skip more.
    floor = config.candidate / 2
    passages = _passages(left, right, floor, config, min(config.candidate, config.join))
    join_edges = allowed(passages)
    edges = {(i, j) for i, j in join_edges if passages[i, j] >= config.candidate}

    state = _State(left, right, config)
    for i, j in _match(edges, passages, n, m, config.candidate):
        state.add((i,), (j,))
    state.split_and_merge(join_edges)

    # Match scores are read only for the 1:1 groups and, in step 4, for pairs of sentences still
    # free that share some words: those are the pairs scored, not all n x m.
    one_to_one = {(g.left[0], g.right[0]) for g in state.groups.values() if len(g.left) == len(g.right) == 1}
    scores = score_pairs(left, right, one_to_one, model)
    groups = []
    for group in state.groups.values():
        if group.score < config.candidate:
            continue  # a sentence left this group in step 2, and what remains fell below the line
        a, b = combine([left[i] for i in group.left]), combine([right[j] for j in group.right])
        single = len(group.left) == len(group.right) == 1
        verdict = scores[group.left[0], group.right[0]] if single else score(a, b, model)
        if verdict >= config.match:
            groups.append(Group(group.left, group.right, verdict))
        elif containment(a, b) >= config.excerpt:
            groups.append(Group(group.left, group.right, verdict, Basis.EXCERPT))
    # leftovers still need some words in common (half the candidate line, as for joins): the
    # match model was trained on sentences that share words, and says little about two that
    # share almost none ("Markets fell." against "Rain fell.")
    free = [
        sorted(set(range(k)) - {x for g in groups for x in side(g)})
        for k, side in ((n, _lefts), (m, _rights))
    ]
    near = _passages([left[i] for i in free[0]], [right[j] for j in free[1]], floor, config)
    pairs = allowed((free[0][a], free[1][b]) for a, b in near)
    scores.update(score_pairs(left, right, pairs - scores.keys(), model))
    groups += _leftovers(groups, scores, pairs, n, m, config.match, Basis.MATCH)
    if vectors is not None:
        proposed = np.zeros((n, m), dtype=bool)
        for i, j in edges:
            proposed[i, j] = True
        missed = ((heads[0][:, None] == heads[1][None, :]) & ~proposed).tolist()
        groups = _by_meaning(groups, left, right, vectors, missed, config, semantic_model)
    return sorted(groups, key=lambda g: (g.left[0], g.right[0]))


_DENSE = 200_000
"""Up to this many pairs (n x m), the passage scores of all of them are computed at once."""


def _passages(
    left: Sequence[Bag], right: Sequence[Bag], floor: float, config: Config, share: float = 0.0
) -> dict[tuple[int, int], float]:
    """The passage score of every pair that reaches ``floor``; pairs that share less than
    ``share`` of the smaller side's content may be left out."""
    import numpy as np

    if len(left) * len(right) > _DENSE:
        return passage_pairs(left, right, floor, config, share)
    matrix = passage_matrix(left, right, config)
    rows, cols = np.nonzero(matrix >= floor)
    return {(i, j): float(matrix[i, j]) for i, j in zip(rows.tolist(), cols.tolist(), strict=True)}


def _lefts(group: Group) -> tuple[int, ...]:
    return group.left


def _rights(group: Group) -> tuple[int, ...]:
    return group.right


def _leftovers(
    groups: list[Group],
    scores: Scores,
    allowed: Iterable[tuple[int, int]],
    n: int,
    m: int,
    floor: float,
    basis: Basis,
) -> list[Group]:
    """New 1:1 groups among the sentences in none of ``groups``: the matching of largest total
    (score - floor) over the ``allowed`` pairs that reach ``floor``. ``scores`` holds at least
    those pairs."""
    used_left = {i for g in groups for i in g.left}
    used_right = {j for g in groups for j in g.right}
    edges = {
        (i, j) for i, j in allowed if i not in used_left and j not in used_right and scores[i, j] >= floor
    }
    return [Group((i,), (j,), float(scores[i, j]), basis) for i, j in _match(edges, scores, n, m, floor)]


def _by_meaning(
    groups: list[Group],
    left: Sequence[Bag],
    right: Sequence[Bag],
    vectors: tuple[NDArray[np.float64], NDArray[np.float64]],
    missed: list[list[bool]],
    config: Config,
    model: Model | None,
) -> list[Group]:
    """Step 5, semantic mode: pairs the fuzzy scores missed, found by meaning. Only pairs that
    were never proposed (passage below ``candidate``, allowed by ``missed``) are considered, so
    meaning never overrides a lexical verdict. First, sentences in no group get one more 1:1
    matching on the semantic match score (the match model with the embeddings' cosine as a
    feature). Then a sentence still in no group joins its counterpart closest in meaning when
    their cosine reaches ``config.paraphrase``: as a new 1:1 group if that sentence is free too,
    else in its group, if it is alone on its side there. The strongest such pair goes first, and
    the search repeats until none is left. A side with no sentence (a text that is all
    furniture) has nothing to pair: the groups are returned as they are."""
    import numpy as np

    cosines = vectors[0] @ vectors[1].T
    n, m = cosines.shape
    if n == 0 or m == 0:
        return groups
    semantic = score_matrix(left, right, model, cosines)
    never_proposed = [(i, j) for i in range(n) for j in range(m) if missed[i][j]]
    groups = groups + _leftovers(groups, semantic, never_proposed, n, m, config.match, Basis.MEANING)

    # each sentence's closest counterpart among the pairs considered (ties: the first)
    considered = np.where(np.array(missed, dtype=bool).reshape(n, m), cosines, -np.inf)
    closest_left, closest_right = considered.argmax(axis=1), considered.argmax(axis=0)
    while True:
        owner_left = {i: g for g in groups for i in g.left}
        owner_right = {j: g for g in groups for j in g.right}
        best: tuple[float, int, int] | None = None
        for i in range(n):
            for j in range(m):
                free_i, free_j = i not in owner_left, j not in owner_right
                if not (free_i or free_j) or not missed[i][j] or cosines[i, j] < config.paraphrase:
                    continue
                if (free_i and closest_left[i] != j) or (free_j and closest_right[j] != i):
                    continue  # a sentence joins only its closest counterpart
                if (not free_i and owner_left[i].left != (i,)) or (
                    not free_j and owner_right[j].right != (j,)
                ):
                    continue  # joining would make an n:m group
                if best is None or (cosines[i, j], -i, -j) > (best[0], -best[1], -best[2]):
                    best = (float(cosines[i, j]), i, j)
        if best is None:
            return groups
        _, i, j = best
        old = owner_left.get(i) or owner_right.get(j)
        members = (
            tuple(sorted({i, *(old.left if old else ())})),
            tuple(sorted({j, *(old.right if old else ())})),
        )
        a, b = combine([left[k] for k in members[0]]), combine([right[k] for k in members[1]])
        cosine = float(unit(vectors[0][list(members[0])]) @ unit(vectors[1][list(members[1])]))
        joined = Group(*members, score(a, b, model, cosine), Basis.MEANING)
        groups = [g for g in groups if g is not old] + [joined]


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


_SMALL_COMPONENT = 1024
"""Components of at most this many (rows x columns) are matched by the Hungarian method here,
in Python; larger ones by scipy's. News stories have components of a few sentences, and
importing scipy.optimize costs about 0.6 s."""


def _match(
    edges: set[tuple[int, int]],
    matrix: Scores,
    n: int,
    m: int,
    floor: float,
    small: int = _SMALL_COMPONENT,
) -> list[tuple[int, int]]:
    """The 1:1 matching over ``edges`` of largest total (score - floor), component by component.

    Ties are broken towards pairs at similar relative positions in their documents, by the
    squared difference of those positions. The rule reads the same from either side, so swapping
    the documents swaps the answer; and because the square is convex, repeated sentences pair
    in order (first with first), never in a crossing that would tie with it.

    Each component is solved on its dense table of weights (0 where there is no edge): up to
    ``small`` cells (rows x columns) by the Hungarian method here (``_hungarian_max``), above
    that by scipy's ``linear_sum_assignment`` (the same kind of shortest-augmenting-path method,
    in C++). Only components are ever tabled, never n x m; at 16,000 sentences a side the
    largest has about 3,000 x 3,000 cells (80 MB) and takes 0.2 s. (scipy's sparse solver,
    LAPJVsp, was tried: the position tie-break makes it take tens of seconds on some graphs of
    a few dozen sentences.)"""
    pairs: list[tuple[int, int]] = []
    for rows, cols, inside in _components(edges):
        where_row = {i: r for r, i in enumerate(rows)}
        where_col = {j: c for c, j in enumerate(cols)}
        cells = [
            (where_row[i], where_col[j], matrix[i, j] - floor + _EPSILON * (1 - (i / n - j / m) ** 2))
            for i, j in inside
        ]
        if len(rows) * len(cols) <= small:
            table = [[0.0] * len(cols) for _ in rows]
            for r, c, weight in cells:
                table[r][c] = weight
            chosen = _hungarian_max(table)
        else:
            chosen = _assignment(len(rows), len(cols), cells)
        pairs += [(rows[r], cols[c]) for r, c in chosen if (rows[r], cols[c]) in edges]
    return sorted(pairs)


def _assignment(rows: int, cols: int, cells: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """``_hungarian_max`` by scipy, for a large table given by its nonzero cells (row, column,
    weight)."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    table = np.zeros((rows, cols))
    for r, c, weight in cells:
        table[r, c] = weight
    chosen = linear_sum_assignment(table, maximize=True)
    return list(zip(chosen[0].tolist(), chosen[1].tolist(), strict=True))


def _components(
    edges: set[tuple[int, int]],
) -> list[tuple[list[int], list[int], list[tuple[int, int]]]]:
    """Connected components of the bipartite graph, each as (sorted rows, sorted columns, its
    edges)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        a, b = find(("l", i)), find(("r", j))
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[tuple[str, int], tuple[list[int], list[int], list[tuple[int, int]]]] = {}
    for node in sorted(parent):
        rows, cols, _ = members.setdefault(find(node), ([], [], []))
        (rows if node[0] == "l" else cols).append(node[1])
    for i, j in sorted(edges):
        members[find(("l", i))][2].append((i, j))
    return sorted(members.values())


def _hungarian_max(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Assignment of rows to columns with the largest total weight (all weights >= 0).

    The shortest-augmenting-path form of the Hungarian method (Kuhn-Munkres with potentials):
    rows are added one at a time, and each is given a column along the cheapest alternating path
    under reduced costs, which the potentials keep non-negative. O(rows^2 * columns); it works
    on the transpose when there are more rows than columns."""
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if rows == 0 or cols == 0:
        return []
    if rows > cols:
        transposed = [[weights[r][c] for r in range(rows)] for c in range(cols)]
        return sorted((r, c) for c, r in _hungarian_max(transposed))
    top = max(max(row) for row in weights)
    cost = [[top - w for w in row] for row in weights]  # minimise cost = maximise weight
    inf = float("inf")
    u = [0.0] * (rows + 1)  # row potentials, 1-based; index 0 is the virtual start
    v = [0.0] * (cols + 1)  # column potentials
    owner = [0] * (cols + 1)  # owner[c] = row matched to column c (1-based), 0 if none
    for row in range(1, rows + 1):
        owner[0] = row
        col0 = 0
        reach = [inf] * (cols + 1)
        via = [0] * (cols + 1)
        used = [False] * (cols + 1)
        while owner[col0] != 0:
            used[col0] = True
            r0, delta, col1 = owner[col0], inf, 0
            for c in range(1, cols + 1):
                if not used[c]:
                    reduced = cost[r0 - 1][c - 1] - u[r0] - v[c]
                    if reduced < reach[c]:
                        reach[c], via[c] = reduced, col0
                    if reach[c] < delta:
                        delta, col1 = reach[c], c
            for c in range(cols + 1):
                if used[c]:
                    u[owner[c]] += delta
                    v[c] -= delta
                else:
                    reach[c] -= delta
            col0 = col1
        while col0:
            col1 = via[col0]
            owner[col0] = owner[col1]
            col0 = col1
    return sorted((owner[c] - 1, c - 1) for c in range(1, cols + 1) if owner[c])
