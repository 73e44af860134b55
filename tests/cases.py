"""The fixture cases (``fixtures/*/expected.toml``, format in ``fixtures/README.md``) as data."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from diffnews.aligning.features import Bag, Vocabulary
from diffnews.reading.text import tokenize

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclass(frozen=True)
class Expectation:
    """One labelled group or sentence of a case."""

    case: str
    kind: str
    """"group" or "sentence"."""
    left: tuple[str, ...]
    """Snippets of the left sentences (empty for a right-side sentence)."""
    right: tuple[str, ...]
    label: str
    known_miss: str | None

    @property
    def id(self) -> str:
        first = (self.left or self.right)[0]
        return f"{self.case}:{self.kind}:{first[:40]}"


@dataclass(frozen=True)
class QuoteExpectation:
    """A quotation of a case: where each side quotes it, its status and its speaker."""

    case: str
    left: tuple[str, ...]
    """Snippets of the left sentences that quote it."""
    right: tuple[str, ...]
    status: str
    speaker: str | None
    known_miss: str | None

    @property
    def id(self) -> str:
        return f"{self.case}:quote:{(self.left or self.right)[0][:40]}"


@dataclass(frozen=True)
class FigureExpectation:
    """A conflict (or a less specific date) in the group holding a left sentence."""

    case: str
    sentence: str
    """Snippet of a left sentence of the group."""
    kind: str
    left: str
    right: str
    less_specific: bool
    known_miss: str | None = None

    @property
    def id(self) -> str:
        return f"{self.case}:figure:{self.left}/{self.right}"


@dataclass(frozen=True)
class WordsExpectation:
    """The kind of some words of one sentence: every word of each snippet has that kind."""

    case: str
    side: str
    sentence: str
    """Snippet of the sentence."""
    kinds: tuple[tuple[str, str], ...]
    """(kind, snippet of words inside the sentence), kind "copied", "reworded" or "new"."""
    known_miss: str | None

    @property
    def id(self) -> str:
        return f"{self.case}:words:{self.side}:{self.sentence[:40]}"


@dataclass(frozen=True)
class Case:
    name: str
    description: str
    left_path: Path
    right_path: Path
    expectations: tuple[Expectation, ...]
    quotes: tuple[QuoteExpectation, ...] = ()
    figures: tuple[FigureExpectation, ...] = ()
    sources: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    words: tuple[WordsExpectation, ...] = ()
    sources_known_miss: str | None = None
    """Why diffnews does not credit the sources ``sources`` lists, if it does not."""

    @property
    def left(self) -> str:
        return self.left_path.read_text(encoding="utf-8-sig")

    @property
    def right(self) -> str:
        return self.right_path.read_text(encoding="utf-8-sig")


def load(folder: Path) -> Case:
    data = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))
    expectations = [
        Expectation(
            folder.name,
            "group",
            tuple(g["left"]),
            tuple(g["right"]),
            g["label"],
            g.get("known_miss"),
        )
        for g in data.get("group", [])
    ]
    expectations += [
        Expectation(
            folder.name,
            "sentence",
            (s["contains"],) if s["side"] == "left" else (),
            (s["contains"],) if s["side"] == "right" else (),
            s["label"],
            s.get("known_miss"),
        )
        for s in data.get("sentence", [])
    ]
    quotes = tuple(
        QuoteExpectation(
            folder.name,
            tuple(q.get("left", [])),
            tuple(q.get("right", [])),
            q["status"],
            q.get("speaker"),
            q.get("known_miss"),
        )
        for q in data.get("quote", [])
    )
    figures = tuple(
        FigureExpectation(
            folder.name,
            f["sentence"],
            f["kind"],
            f["left"],
            f["right"],
            f.get("less_specific", False),
            f.get("known_miss"),
        )
        for f in data.get("figure", [])
    )
    words = tuple(
        WordsExpectation(
            folder.name,
            w["side"],
            w["sentence"],
            tuple((kind, snippet) for kind in ("copied", "reworded", "new") for snippet in w.get(kind, [])),
            w.get("known_miss"),
        )
        for w in data.get("words", [])
    )
    sources = data.get("sources", {})
    return Case(
        folder.name,
        data["description"],
        folder / data["left"],
        folder / data["right"],
        tuple(expectations),
        quotes,
        figures,
        (tuple(sources.get("left", [])), tuple(sources.get("right", []))),
        words,
        sources.get("known_miss"),
    )


def cases() -> list[Case]:
    return [load(folder) for folder in sorted(FIXTURES.iterdir()) if (folder / "expected.toml").exists()]


def case_bags(case: Case) -> tuple[list[Bag], list[Bag]]:
    """A fixture case's sentences as ``compare()`` bags them: one vocabulary for both sides."""
    return text_bags(case.left, case.right)


def text_bags(left: str, right: str) -> tuple[list[Bag], list[Bag]]:
    """Two texts' sentences as bags, from one vocabulary for both sides (furniture included)."""
    from diffnews.reading.segment import segment

    sentences = [
        [t for s in segment(text) if (t := tokenize(text, s.start, s.end))] for text in (left, right)
    ]
    vocabulary = Vocabulary(t for side in sentences for t in side)
    bags = [[vocabulary.bag(t) for t in side] for side in sentences]
    return bags[0], bags[1]
