"""Which words inside an aligned group have no counterpart on the other side.

Two passes over the normalised words of each side, each side read in reading order:

1. ``difflib.SequenceMatcher`` finds the longest runs the two sides have in the same order, so a
   phrase kept as it was is paired as a phrase.
2. Words still unpaired are paired with an equal unpaired word anywhere on the other side, so a
   clause moved to the front of the sentence is not reported as changed.

What is left on each side is "changed". Adjacent changed words are reported as one span, and
spans are offsets into the original text, like everything else in the report.

>>> from diffnews.reading.text import tokenize
>>> a, b = "There are 3,500 soldiers.", "There are 5,300 soldiers."
>>> changed(tokenize(a), tokenize(b), a, b)
(((10, 15),), ((10, 15),))

Cost: SequenceMatcher is quadratic in the words of a group at worst, linear in practice.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Sequence

from diffnews.reading.text import Token

__all__ = ["changed"]

Spans = tuple[tuple[int, int], ...]


def changed(
    left: Sequence[Token],
    right: Sequence[Token],
    left_text: str,
    right_text: str,
    starts: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
) -> tuple[Spans, Spans]:
    """Spans of the words of ``left`` and ``right`` that the other side lacks. ``starts`` are,
    for each side, the positions of words that begin a sentence: a span never runs across into
    one, so every span lies inside one sentence."""
    a = [t.norm for t in left]
    b = [t.norm for t in right]
    if a == b:  # every word pairs with its twin (the matcher would find one block of them all)
        return (), ()
    paired_a: set[int] = set()
    paired_b: set[int] = set()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for block in matcher.get_matching_blocks():
        paired_a.update(range(block.a, block.a + block.size))
        paired_b.update(range(block.b, block.b + block.size))
    waiting: defaultdict[str, list[int]] = defaultdict(list)
    for k in reversed(range(len(b))):
        if k not in paired_b:
            waiting[b[k]].append(k)
    for k, word in enumerate(a):
        if k not in paired_a and waiting[word]:
            paired_a.add(k)
            paired_b.add(waiting[word].pop())
    return (
        _spans(left, paired_a, left_text, starts[0]),
        _spans(right, paired_b, right_text, starts[1]),
    )


def _spans(tokens: Sequence[Token], paired: set[int], text: str, starts: frozenset[int]) -> Spans:
    """Unpaired tokens as spans, joining neighbours separated only by spaces and punctuation,
    but not across the start of a sentence."""
    spans: list[tuple[int, int]] = []
    for k, token in enumerate(tokens):
        if k in paired:
            continue
        if (
            spans
            and k > 0
            and (k - 1) not in paired
            and k not in starts
            and _only_punctuation(text[spans[-1][1] : token.start])
        ):
            spans[-1] = (spans[-1][0], token.end)
        else:
            spans.append((token.start, token.end))
    return tuple(spans)


def _only_punctuation(gap: str) -> bool:
    return len(gap) <= 3 and not any(ch.isalnum() or ch == "\n" for ch in gap)
