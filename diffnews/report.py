"""The report: the one data model every output reads.

``compare()`` builds a ``Report``; the terminal view and the JSON both read it and nothing
else, and ``Report.to_dict()`` is exactly the JSON document (``schema/report.schema.json``).
Offsets are indexes into the text compared (``Side.text``, which the JSON carries) as Python
counts them (Unicode code points), with a byte-order mark, if the file had one, not counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from diffnews.config import Config

__all__ = [
    "SCHEMA_VERSION",
    "Basis",
    "Conflict",
    "Counterpart",
    "Label",
    "Language",
    "Pair",
    "Quote",
    "QuoteStatus",
    "Report",
    "Reuse",
    "ReuseTally",
    "Sentence",
    "Side",
    "SideSummary",
    "Sources",
    "Stretch",
    "Summary",
    "Tally",
]

SCHEMA_VERSION = 6
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


class QuoteStatus(StrEnum):
    """How a quotation in one report stands in the other (see ``attribution.py``)."""

    VERBATIM = "verbatim"
    """Quoted in both, word for word (the pieces of one side read together)."""
    ALTERED = "altered"
    """Quoted in both, the same statement in other words: a translation, an edit."""
    PARTIAL = "partial"
    """Quoted in both, one an excerpt of the other."""
    LEFT_ONLY = "left_only"
    """Quoted on the left only. The right may carry it without quote marks (``unquoted``)."""
    RIGHT_ONLY = "right_only"
    """Quoted on the right only."""
    SPEAKER_CHANGED = "speaker_changed"
    """Quoted in both, and attributed to different speakers."""
    TRANSLATED = "translated"
    """Quoted in both, in two languages, in sentences that translate each other, by one
    speaker (``compare._translated_quotes``): which words changed cannot be told."""


class Basis(StrEnum):
    """Why a group is aligned (see ``align.py``)."""

    MATCH = "match"
    """Its match score reaches ``Config.match``."""
    EXCERPT = "excerpt"
    """One side is nearly all inside the other (``Config.excerpt``), though the match score is
    lower: an excerpt, or a passage that the other side adds to."""
    MEANING = "meaning"
    """Semantic mode, among sentences the lexical steps left over: the semantic match score
    (with the embeddings' cosine) reaches ``Config.match``, or a sentence joined the counterpart
    closest in meaning, their cosine reaching ``Config.paraphrase``."""
    FRAGMENT = "fragment"
    """Formed or extended by runs of words that the two sides share across sentence boundaries
    (``fragments.py``, ``reuse.py``): a clause lifted into a sentence of its own, a headline
    written from the lede. The runs carry at least ``Config.fragment`` of rare content, in at
    least three content words (``fragments.FEWEST``)."""
    TRANSLATION = "translation"
    """The two sides are in different languages, and the cosine of the sentences' multilingual
    embeddings reaches ``translation.TRANSLATED`` (``translation.py``): a translation. Always
    rephrased, every word reworded."""


class Reuse(StrEnum):
    """What one word is, in the other side's terms (``Sentence.reuse``)."""

    COPIED = "copied"
    """Part of a run of words that the other side has too, in a linked passage."""
    REWORDED = "reworded"
    """In a linked passage, but not copied: the other side says it in other words."""
    NEW = "new"
    """In no linked passage: only this side says it."""


@dataclass(frozen=True, slots=True)
class Counterpart:
    """Where a stretch of words stands on the other side. (Slotted, as ``Stretch`` is: there are
    several per sentence.)"""

    sentence: str
    """Id of the other side's sentence (``R3``)."""
    start: int
    """Offset into the other side's text of its first character."""
    end: int
    """Offset just past its last character; equal to ``start`` when the other side has nothing
    there (a reworded stretch that stands against no words)."""


@dataclass(frozen=True, slots=True)
class Stretch:
    """Consecutive words of one sentence with one kind and one counterpart."""

    kind: Reuse
    start: int
    """Offset of its first word's first character, in this side's text."""
    end: int
    """Offset just past its last word."""
    words: int
    """How many words it holds."""
    counterpart: Counterpart | None
    """For copied words, the other side's words they agree with; for reworded ones, what the
    other side has between the same copied words; None for new words."""


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
    a full stop. The sentence aligner pairs headlines only with headlines; fragments may link a
    headline to body text that it was written from."""
    pair: int | None
    """Index into ``Report.pairs`` of its group, or None."""
    reuse: tuple[Stretch, ...] = ()
    """Its words, each copied, reworded or new, as stretches in reading order that together
    hold each of its words exactly once; empty for boilerplate."""


@dataclass(frozen=True)
class Side:
    """One of the two documents."""

    source: str | None
    """Where the text came from: a path, ``-`` for standard input, a URL, or None from the
    library."""
    sentences: tuple[Sentence, ...]
    """Every sentence, in reading order. Together they cover all non-space text."""
    text: str = ""
    """The text compared, which every offset indexes: the input as decoded, or for a web page
    the article extracted from it."""
    format: str = "text"
    """``text``, or ``html`` for a web page whose article was extracted."""
    url: str | None = None
    """For a page fetched from a URL, the address it came from after redirects."""
    language: Language | None = None
    """The language it was read in (None from code that builds a ``Side`` by hand)."""


@dataclass(frozen=True)
class Language:
    """A side's language: which it is, and which profile of ``diffnews.lang`` read it."""

    code: str
    """ISO 639 code, as given or detected ("de", "ku", "sdh"); "und" when none could be told."""
    profile: str
    """The profile that read it: ``code`` when ``diffnews.lang`` has one, else "und", the
    neutral profile (Unicode sentence ends, no stemming)."""
    detected: bool
    """Told by ``lang.detect``, not given (``--lang``, ``compare(left_lang=...)``)."""
    confidence: float | None = None
    """The detector's probability, for a detected language; None when the detector was not sure
    and the side took the other side's language or English (``compare._languages``)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "profile": self.profile,
            "detected": self.detected,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Conflict:
    """Two figures, one per side, that an aligned group gives differently (``figures.py``)."""

    kind: str
    """"number", "date" or "name"."""
    left: str
    """As the left text writes it."""
    right: str
    """As the right text writes it."""

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "left": self.left, "right": self.right}


@dataclass(frozen=True)
class Quote:
    """A direct quotation, in one report or both."""

    text: str
    """The quoted words (the fuller side's when both quote it); pieces joined by " … "."""
    speaker: str | None
    """Who says it, as the reports name them: the fuller name if both name the same person,
    else the left's (when the two differ, ``speakers`` has both); None if neither names anyone."""
    left: tuple[str, ...]
    """Ids of the left sentences that hold it; empty if the left does not quote it."""
    right: tuple[str, ...]
    status: QuoteStatus
    speakers: tuple[str | None, str | None]
    """The speaker each side names (left, right)."""
    texts: tuple[str | None, str | None] = (None, None)
    """Each side's quoted words (left, right); None on a side that does not quote it."""
    changed_left: Spans = ()
    """For a quote in both: left words with no counterpart in the right's quote."""
    changed_right: Spans = ()
    unquoted: tuple[str, ...] = ()
    """For a quote on one side only: ids of the other side's sentences, aligned with it, that
    carry the statement without quote marks (as reported speech, or as the outlet's own words)."""


@dataclass(frozen=True)
class Sources:
    """What each report credits: "according to X", "X reported", "told X", a statement."""

    left: tuple[str, ...]
    right: tuple[str, ...]

    @property
    def left_only(self) -> tuple[str, ...]:
        return _missing_from(self.left, self.right)

    @property
    def right_only(self) -> tuple[str, ...]:
        return _missing_from(self.right, self.left)


def _missing_from(names: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """The names not in ``other``, case aside."""
    seen = {name.lower() for name in other}
    return tuple(name for name in names if name.lower() not in seen)


@dataclass(frozen=True)
class Pair:
    """A group of aligned sentences: one or more on each side (the sentence aligner makes 1:1,
    1:n and n:1 groups; fragment links may make them n:m)."""

    left: tuple[str, ...]
    """Ids of its left sentences, in reading order."""
    right: tuple[str, ...]
    """Ids of its right sentences, in reading order."""
    label: Label
    """``SHARED`` or ``REPHRASED``."""
    score: float
    """Match score, 0 to 1 (``models.score``): the probability that the two sides report the
    same thing, to 4 places."""
    overlap: float
    """Word overlap of the two sides, 0 to 1, that decides shared or rephrased, to 4 places."""
    basis: Basis
    """Why the group is aligned: its match score, or as an excerpt, or by meaning, or by
    fragments."""
    changed_left: Spans
    """Spans (offsets into the left text) of left words with no counterpart on the right."""
    changed_right: Spans
    """Spans (offsets into the right text) of right words with no counterpart on the left."""
    conflicts: tuple[Conflict, ...] = ()
    """Figures the two sides give differently: numbers, dates, names."""
    less_specific: tuple[Conflict, ...] = ()
    """A date on one side against a vaguer time on the other ("by the end of the year")."""


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
class ReuseTally:
    """A count for each kind of word (``Reuse``)."""

    copied: int | float = 0
    reworded: int | float = 0
    new: int | float = 0

    def to_dict(self) -> dict[str, int | float]:
        return {kind.value: getattr(self, kind.value) for kind in Reuse}


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
    reuse: ReuseTally = ReuseTally()
    """Content words of each kind: copied, reworded, new."""
    reuse_percent: ReuseTally = ReuseTally()
    """Their shares of the content words, in percent to 1 place."""


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
    kinds = dict.fromkeys(Reuse, 0)
    for s in side.sentences:
        for stretch in s.reuse:
            kinds[stretch.kind] += stretch.words
    counted = sum(kinds.values())
    return SideSummary(
        sentences=Tally(**{k.value: v for k, v in sentences.items()}),
        words=Tally(**{k.value: v for k, v in words.items()}),
        percent=Tally(**{k.value: v for k, v in percent.items()}),
        reuse=ReuseTally(**{k.value: v for k, v in kinds.items()}),
        reuse_percent=ReuseTally(
            **{k.value: (round(100 * v / counted, 1) if counted else 0.0) for k, v in kinds.items()}
        ),
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
    quotes: tuple[Quote, ...] = ()
    """Direct quotations of either side, matched across the two, in reading order."""
    sources: Sources = Sources((), ())

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
                    "conflicts": [c.to_dict() for c in p.conflicts],
                    "less_specific": [c.to_dict() for c in p.less_specific],
                }
                for p in self.pairs
            ],
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "left": list(q.left),
                    "right": list(q.right),
                    "status": q.status.value,
                    "speakers": {"left": q.speakers[0], "right": q.speakers[1]},
                    "texts": {"left": q.texts[0], "right": q.texts[1]},
                    "changed": {
                        "left": [list(span) for span in q.changed_left],
                        "right": [list(span) for span in q.changed_right],
                    },
                    "unquoted": list(q.unquoted),
                }
                for q in self.quotes
            ],
            "sources": {
                "left": list(self.sources.left),
                "right": list(self.sources.right),
                "left_only": list(self.sources.left_only),
                "right_only": list(self.sources.right_only),
            },
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
        "format": side.format,
        "url": side.url,
        "language": side.language.to_dict() if side.language else None,
        "text": side.text,
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
                "reuse": [
                    {
                        "kind": r.kind.value,
                        "start": r.start,
                        "end": r.end,
                        "words": r.words,
                        "counterpart": None
                        if r.counterpart is None
                        else {
                            "sentence": r.counterpart.sentence,
                            "start": r.counterpart.start,
                            "end": r.counterpart.end,
                        },
                    }
                    for r in s.reuse
                ],
            }
            for s in side.sentences
        ],
    }


def _side_summary_dict(summary: SideSummary) -> dict[str, Any]:
    return {
        "sentences": summary.sentences.to_dict(),
        "words": summary.words.to_dict(),
        "percent": summary.percent.to_dict(),
        "reuse": {"words": summary.reuse.to_dict(), "percent": summary.reuse_percent.to_dict()},
    }
