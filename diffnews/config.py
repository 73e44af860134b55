"""Every threshold diffnews uses, in one frozen object.

The defaults were set on the fixture pairs in ``fixtures/`` (the Rudaw seed pair and the small
pairs written for single phenomena) and checked against the MRPC and STS-B sentence pairs with
``benchmarks/quality.py``; see ``docs/alignment.md`` for the reasoning behind each value.
Override them from Python with ``Config(match=0.4)`` or ``dataclasses.replace(config, ...)``,
and from the command line with the option of the same name (``--match 0.4``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from diffnews.errors import ConfigError

__all__ = ["Config", "problem"]


@dataclass(frozen=True)
class Config:
    """Thresholds for aligning and labelling sentences."""

    match: float = 0.45
    """Smallest match score (0 to 1: the probability, by the shipped model, that two passages
    report the same thing) at which a group is aligned. Below it a sentence stays unique.
    Higher: fewer, surer matches."""

    candidate: float = 0.4
    """Smallest passage score (0 to 1: content words in common, a clause of a longer sentence
    counting fully) at which two sentences are proposed as parts of one group, before the match
    score judges the group. Lower: more splits and merges are tried."""

    shared: float = 0.8
    """Smallest word overlap (0 to 1, the Dice coefficient of the two sides' words, function
    words included, order ignored) at which an aligned group is "shared", near-verbatim, rather
    than "rephrased". 0.8 allows about one word in five to differ."""

    excerpt: float = 0.85
    """Smallest share (0 to 1) of the shorter side's content words found in the longer side at
    which a proposed group is kept even when the match model judges it a different statement:
    one side is an excerpt of the other, or the other adds to it ("Amiri heads the Badr
    Organization" inside a longer sentence about Amiri). The added words show as changed."""

    join: float = 0.5
    """Smallest share (0 to 1) of a sentence's content words that must find new counterparts
    on the other side before it joins an aligned group, making a 1:n or n:1 split or merge."""

    short: int = 6
    """Sentences with fewer content words than this count as short: the share of them found
    inside a longer sentence is scaled by (words / short), so a three-word headline does not
    match every sentence that happens to contain its words."""

    fragment: float = 2.0
    """Smallest weight of rare content (``fragments.py``) that the runs of words two sentences
    share must carry for a fragment link between sentences the aligner left apart. A word found
    in one sentence of each side weighs 1, one found everywhere 0, a name half as much, a stock
    phrase ("told reporters") nothing; so 2.0 is two rare words' worth, or three or four of the
    story's commoner ones. Higher: fewer fragment links (docs/alignment.md, "Fragments")."""

    semantic: bool = False
    """Use the semantic backend (sentence embeddings, ``pip install "diffnews[semantic]"``) to
    find and judge paraphrases that share few words. Labels stay lexical."""

    paraphrase: float = 0.92
    """Semantic mode: smallest cosine (0 to 1) of two sentences' embeddings at which a sentence
    that nothing else aligned joins its counterpart closest in meaning. High because the
    encoder (``semantic.py``) puts nearly any two news sentences above 0.75; the reasons for
    0.92 are in docs/alignment.md."""

    boilerplate: bool = True
    """Label page furniture (photo credits, comment prompts, section kickers) "boilerplate" and
    leave it out of alignment and percentages. False treats it as content. A sentence with no
    words at all (a line of asterisks) is boilerplate either way."""

    def __post_init__(self) -> None:
        for f in fields(self):
            trouble = problem(f.name, getattr(self, f.name))
            if trouble is not None:
                raise ConfigError(f"--{f.name} {trouble}")

    def to_dict(self) -> dict[str, float | int | bool]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


_FRACTIONS = frozenset({"match", "candidate", "excerpt", "shared", "join", "paraphrase"})


def problem(name: str, value: object) -> str | None:
    """What is wrong with ``value`` for the setting ``name`` ("must be between 0 and 1, not 2"),
    or None if nothing is. The CLI and the project file (``project.py``) prefix the option or
    key; types are checked too, since a TOML file can hold anything."""
    if name in _FRACTIONS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"must be a number between 0 and 1, not {value!r}"
        if not 0.0 <= value <= 1.0:
            return f"must be between 0 and 1, not {value}"
    elif name == "fragment":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"must be a number of at least 0, not {value!r}"
        if not 0.0 <= value <= 1000.0:
            return f"must be between 0 and 1000, not {value}"
    elif name == "short":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            return f"must be a whole number of at least 1, not {value!r}"
    elif not isinstance(value, bool):
        return f"must be true or false, not {value!r}"
    return None
