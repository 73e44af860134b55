"""Align the sentences of two documents into groups, in any order, 1:1, 1:n or n:1.

The idea
--------
Rewrites reorder paragraphs, so alignment cannot walk both texts in step the way ``diff`` does.
It treats the two sides as a bipartite graph instead: sentences are nodes, and an edge joins two
sentences whose passage score (``features.passage``: content words in common, a clause of a
longer sentence counting fully) reaches ``config.candidate``. Groups are proposed on this graph,
and the match model (``models.score``, trained on labelled news pairs) then judges each one.
Proposing picks the set of groups that maximises one objective,

    O = sum over groups g of (passage(g) - candidate) * size(g)

where passage(g) compares the sentences of each side of g read together and size(g) counts its
sentences. An edge just over the threshold adds almost nothing, so one strong pair is worth more
than two weak ones that block it. Four steps, and a fifth in semantic mode:

1. **1:1, globally** (``matching.py``). The heaviest 1:1 matching of the graph, on total
   (passage - candidate): the Hungarian method on each connected component (in Python for a
   small one, scipy's for a large one). This is a global optimum, not first-come greedy: a
   sentence never takes a partner that a better-fitting sentence needed.
2. **Splits and merges** (``regroup.py``). A sentence u may then join a group whose other side
   is one sentence y, making it 1:n or n:1, when u scores at least half of ``candidate`` against
   y on its own (half of a split sentence scores low against the whole, which has twice its
   words), when at least ``config.join`` of u's content words find counterparts in y that the
   group had not used yet (u is the other half of y, not a repeat), and when the move raises O,
   counting what u's old group loses. The best such move is made first, and moves repeat until
   none raises O: a local search from the optimum of step 1.
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
for large documents ``candidates.passage_pairs`` finds them with a prefix filter over an index
of stems; for small ones the whole n x m matrix is quicker. Match scores are computed only for
the 1:1 groups and step 4's pairs (``score_pairs``). Step 1 costs O(c^3) time and c^2 memory
for a component of c sentences, in C++ for large ones (``matching._match``). Step 2 keeps its
moves in a heap and, after each move, recomputes only the moves of the sentences whose group
changed (``regroup._State``).
docs/alignment.md and docs/scale.md give measured times.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from diffnews.aligning.candidates import passage_matrix, passage_pairs
from diffnews.aligning.features import Bag, combine, containment
from diffnews.aligning.matching import _match
from diffnews.aligning.models import Model, score, score_matrix, score_pairs
from diffnews.aligning.semantic import unit
from diffnews.config import Config
from diffnews.report import Basis

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from diffnews.aligning.matching import Scores

__all__ = ["Group", "align"]


@dataclass(frozen=True, slots=True)
class Group:
    """Sentences of the two sides that say the same thing. Indexes refer to the lists given to
    ``align``; each side is sorted and non-empty, and one side has exactly one sentence."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
    """While proposing, ``features.passage`` of the two sides, each read as one text; in the
    groups ``align`` returns, their match score, ``models.score``."""
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

    from diffnews.aligning.regroup import _State  # here: regroup.py imports this module's Group

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
