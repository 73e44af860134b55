"""The report: the one data model every output reads.

``compare()`` builds a ``Report``; the terminal view and the JSON both read it and nothing
else, and ``Report.to_dict()`` is exactly the JSON document (``schema/report.schema.json``).
Offsets are indexes into the original text as Python counts them (Unicode code points), with
a UTF-8 byte-order mark, if the file had one, not counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from diffnews.config import Config

__all__ = ["SCHEMA_VERSION", "Label", "Pair", "Report", "Sentence", "Side", "Summary", "Tally"]

SCHEMA_VERSION = 2
"""Version of the JSON format. It changes whenever a field is renamed, removed or changes
meaning; adding a field does not change it."""

Spans = tuple[tuple[int, int], ...]


class Label(StrEnum):
    """What a sentence, or an aligned group, is."""

    SHARED = "shared"
    """Aligned, and near-verbatim: at most a few words differ."""
    REPHRASED = "rephrased"
    """Aligned: the same content in other words."""
    UNIQUE = "unique"
    """Not aligned: only this side says it."""
    BOILERPLATE = "boilerplate"
    """Page furniture (photo credits, comment prompts): not aligned, not in the percentages."""


class Basis(StrEnum):
    """Why a group is aligned (see ``align.py``)."""

    MATCH = "match"
    """Its match score reaches ``Config.match``."""
    EXCERPT = "excerpt"
    """One side is nearly all inside the other (``Config.excerpt``), though the match score is
    lower: an excerpt, or a passage that the other side adds to."""
    MEANING = "meaning"
    """Semantic mode: a sentence left over joined the counterpart closest in meaning, their
    embeddings' cosine reaching ``Config.paraphrase``."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of one side."""

    id: str
    """``L1``, ``L2``, ... on the left, ``R1``, ... on the right, in reading order."""
    start: int
    """Offset of its first character in the original text."""
    end: int
    """Offset just past its last character: ``text == original[start:end]``."""
    paragraph: int
    """Index of its paragraph (blank-line separated), from 0."""
    text: str
    """The sentence exactly as in the original."""
    words: int
    """Number of words, for the percentages."""
    label: Label
    """Its label; a sentence in a group has the group's label."""
    headline: bool
    """True for the headline: the first content sentence, alone in its paragraph, not ending in
    a full stop. Headlines align only with headlines."""
    pair: int | None
    """Index into ``Report.pairs`` of its group, or None."""


@dataclass(frozen=True)
class Side:
    """One of the two documents."""

    source: str | None
    """Where the text came from: a path, ``-`` for standard input, or None from the library."""
    sentences: tuple[Sentence, ...]
    """Every sentence, in reading order. Together they cover all non-space text."""


@dataclass(frozen=True)
class Pair:
    """A group of aligned sentences: one sentence on one side, one or more on the other."""

    left: tuple[str, ...]
    """Ids of its left sentences, in reading order."""
    right: tuple[str, ...]
    """Ids of its right sentences, in reading order."""
    label: Label
    """``SHARED`` or ``REPHRASED``."""
    score: float
    """Match score, 0 to 1 (``similarity.score``): the probability that the two sides report the
    same thing, to 4 places."""
    overlap: float
    """Word overlap of the two sides, 0 to 1, that decides shared or rephrased, to 4 places."""
    basis: Basis
    """Why the group is aligned: its match score, or as an excerpt, or by meaning."""
    changed_left: Spans
    """Spans (offsets into the left text) of left words with no counterpart on the right."""
    changed_right: Spans
    """Spans (offsets into the right text) of right words with no counterpart on the left."""


@dataclass(frozen=True)
class Tally:
    """A count for each label."""

    shared: int | float = 0
    rephrased: int | float = 0
    unique: int | float = 0
    boilerplate: int | float = 0

    def to_dict(self) -> dict[str, int | float]:
        return {label.value: getattr(self, label.value) for label in Label}


@dataclass(frozen=True)
class SideSummary:
    """How one side divides between the labels."""

    sentences: Tally
    """Sentences with each label."""
    words: Tally
    """Words in sentences with each label."""
    percent: Tally
    """Share of the side's words with each label, in percent to 1 place, counting content only:
    ``boilerplate`` is always 0 here and the other three add up to 100 (give or take rounding).
    """


@dataclass(frozen=True)
class Summary:
    """The counts a reader looks at first."""

    left: SideSummary
    right: SideSummary
    shared_pairs: int
    """Number of groups labelled shared."""
    rephrased_pairs: int
    """Number of groups labelled rephrased."""

    @classmethod
    def of(cls, left: Side, right: Side, pairs: Iterable[Pair]) -> Summary:
        labels = [p.label for p in pairs]
        return cls(
            left=_side_summary(left),
            right=_side_summary(right),
            shared_pairs=labels.count(Label.SHARED),
            rephrased_pairs=labels.count(Label.REPHRASED),
        )


def _side_summary(side: Side) -> SideSummary:
    sentences = dict.fromkeys(Label, 0)
    words = dict.fromkeys(Label, 0)
    for s in side.sentences:
        sentences[s.label] += 1
        words[s.label] += s.words
    content = sum(n for label, n in words.items() if label is not Label.BOILERPLATE)
    percent = {
        label: (round(100 * words[label] / content, 1) if content and label is not Label.BOILERPLATE else 0.0)
        for label in Label
    }
    return SideSummary(
        sentences=Tally(**{k.value: v for k, v in sentences.items()}),
        words=Tally(**{k.value: v for k, v in words.items()}),
        percent=Tally(**{k.value: v for k, v in percent.items()}),
    )


@dataclass(frozen=True)
class Report:
    """The result of comparing two documents."""

    left: Side
    right: Side
    pairs: tuple[Pair, ...]
    """Aligned groups, ordered by their first left sentence."""
    summary: Summary
    config: Config
    """The thresholds this report was made with."""
    version: str
    """The diffnews version that made it."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON document, as plain dicts and lists (see ``docs/json.md``)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "diffnews_version": self.version,
            "config": self.config.to_dict(),
            "left": _side_dict(self.left),
            "right": _side_dict(self.right),
            "pairs": [
                {
                    "left": list(p.left),
                    "right": list(p.right),
                    "label": p.label.value,
                    "score": p.score,
                    "overlap": p.overlap,
                    "basis": p.basis.value,
                    "changed": {
                        "left": [list(span) for span in p.changed_left],
                        "right": [list(span) for span in p.changed_right],
                    },
                }
                for p in self.pairs
            ],
            "summary": {
                "left": _side_summary_dict(self.summary.left),
                "right": _side_summary_dict(self.summary.right),
                "pairs": {
                    "shared": self.summary.shared_pairs,
                    "rephrased": self.summary.rephrased_pairs,
                },
            },
        }

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: UTF-8 characters kept, two-space indent, newline at end.
        The same report always gives the same text, byte for byte."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def sentence(self, id_: str) -> Sentence:
        """The sentence with this id, from either side."""
        side = self.left if id_.startswith("L") else self.right
        return side.sentences[int(id_[1:]) - 1]


def _side_dict(side: Side) -> dict[str, Any]:
    return {
        "source": side.source,
        "sentences": [
            {
                "id": s.id,
                "start": s.start,
                "end": s.end,
                "paragraph": s.paragraph,
                "text": s.text,
                "words": s.words,
                "label": s.label.value,
                "headline": s.headline,
                "pair": s.pair,
            }
            for s in side.sentences
        ],
    }


def _side_summary_dict(summary: SideSummary) -> dict[str, Any]:
    return {
        "sentences": summary.sentences.to_dict(),
        "words": summary.words.to_dict(),
        "percent": summary.percent.to_dict(),
    }
