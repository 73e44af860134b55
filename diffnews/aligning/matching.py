"""The 1:1 matchings of alignment: the assignment of sentences to sentences of largest total.

Step 1 of alignment (``align.py``) is the heaviest 1:1 matching of the graph whose edges are the
candidate pairs, on total (passage - candidate); steps 4 and 5 match the sentences still free
the same way, on the match score (in step 5, the semantic one). ``_match`` finds it with the
Hungarian method on each connected component of the graph (``_components``): in Python for a
small one (``_hungarian_max``), scipy's ``linear_sum_assignment`` for a large one
(``_assignment``). This is a global optimum, not first-come greedy: a sentence never takes a
partner that a better-fitting sentence needed. Ties go to pairs at similar relative positions in
their documents, so swapping the documents swaps the answer and repeated sentences pair in order.

Cost: O(c^3) time and c^2 memory for a component of c sentences, in C++ for large ones; only
components are ever tabled, never n x m (``_match`` gives the figures).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Scores = Mapping[tuple[int, int], float] | NDArray[np.float64]
    """Scores of pairs (i, j), read as ``scores[i, j]``: a matrix, or a dict of the pairs scored."""

_EPSILON = 1e-9
"""Rounding: the position tie-break of ``_match`` weighs at most this, and the gains of split
and merge (``regroup.py``) closer than this are equal."""

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
