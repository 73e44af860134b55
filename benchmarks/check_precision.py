"""Precision of ``diffnews check``: false alarms on faithful copies, missed planted alterations.

    python benchmarks/check_precision.py [--bench ../shared/bench] [--seed 1] [--copies 1000] [--json]

``diffnews check`` is a gate: a copy it fails for nothing teaches editors to switch it off, and
a real alteration it lets through is what it exists to stop (issue 17). This runs the check at
its default policy (``diffnews.checking.policy.check``) on two sets of pairs and counts both errors.

gate fixtures
    ``fixtures/gate/*/``: a wire story (``source.txt``), a newspaper copy (``copy.txt``) and
    ``expected.toml`` (format: fixtures/README.md, "Gate cases"). A ``pass`` case is a faithful
    copy: every finding on it is a false alarm. A ``fail`` case lists the findings it must get
    (rule, and a snippet of the copy where the finding points); any other finding is a false
    alarm, and a listed finding not reported is a missed alteration. Figures per pattern of
    issue 17 and per rule. ``known_miss`` lines are counted like the rest: they say why, the
    figures say how many.
generated pairs
    Synthetic wire stories built around real news sentences (MRPC and STS-B, ``--bench``, read
    with benchmarks/rewrites.py's ``read_pool``), each with two to four people who have ranks
    or titles, ages and home towns, their quotations (the quoted words are news sentences of
    the pool), and figures with roles: ages, years, decades, spans of years, durations in
    hours and months, counts, sums of money and battalion ordinals. Each story gets a faithful
    copy, made the way a copy desk makes one (below), and an altered copy: the faithful copy
    with one planted alteration. Skipped, saying so, when the data is absent.

Faithful copies (``transforms`` of each pair says which were applied)
    Every copy is reworded, cut and reordered, the way every desk does:
    ``reworded``           background sentences gone over by benchmarks/rewrites.py's copy
                           desk (its ``desk``, never inside quote marks), or replaced by their
                           MRPC/STS-B paraphrase when it keeps every number and capitalised word;
    ``reordered``, ``cut`` paragraphs moved (never before the lede), background or whole quotes
                           cut (dropped quotes are allowed by the default policy).
    On top, one to three of these habits (``RISKY``), drawn per copy, so that each one's share
    of the false alarms shows in the table of transformations:
    ``short-forms``        ranks and counties in the other form: Sergeant/Sgt, Police
                           Constable/PC, Woman Police Constable/WPC, Lance Corporal/L/Cpl,
                           Councillor/Cllr, Lancashire/Lancs, Lincolnshire/Lincs ... (``RANKS``,
                           ``REGIONS``), either way round;
    ``attribution``        a quote's attribution in another form ('"...," Sgt Hale said.',
                           '"...," said Sgt Hale.', 'Sgt Hale said: "..."');
    ``pronoun-for-name``   the name in the source, "he said" in the copy, where the paragraph
                           before is about that person (a quote of theirs, or a sentence about
                           them: issue 17's "he resolved to the nearest name");
    ``split``              a quote of two or more sentences interrupted by its attribution;
    ``run-on``             a quote run over two paragraphs, wire style (first part left open);
    ``join-paragraphs``    the source's run-on quote in one paragraph;
    ``split-paragraphs``   the source's run-on quote split, the second part under "He added:";
    ``parts-reordered``    the source's run-on quote's two parts quoted in the other order;
    ``join``               two consecutive quotes of one speaker joined into one;
    ``ellipsis``           a middle sentence or clause of a quote cut and marked "...";
    ``okay``               "OK" inside a quote written "okay";
    ``age-moved``          the age given at the quote's attribution instead of the introduction;
    ``age-added``          an age added to a sentence about the person that gives a decade or a
                           battalion, which the copy drops ("Peter Hartley, 55, has run it since
                           1998" against "opened in the 1970s ... has run it since 1998");
    ``span-as-duration``   "from 2004 to 2019" as "for 15 years";
    ``figure-cut``         two sentences joined with one's figure cut ("worked for 48 hours to
                           repair" + "a 24-hour helpline" as "a 24-hour helpline ... while
                           engineers repaired").
    Forced on a copy whatever its habits: ``name-for-pronoun``, the source's "he said" named
    where the copy's paragraph before is no longer about the speaker. Counted with them, the
    wire's own ways that trip the speaker reading: ``wire:pronoun`` ("he said" after a
    paragraph about the speaker: their introduction or their last quote), ``wire:but`` ("But Sgt Hale said:"),
    ``wire:place`` ('"...," said Hexley councillor Sarah Hale.') and ``wire:run-on``.
    Every copy keeps every quotation's words, apart from those transformations, and gives it to
    its speaker; every figure it keeps, it keeps.
Planted alterations (one per altered copy, with the rule that must report it)
    ``quote-word``         one word inside a quotation changed ("was" for "is", "not" dropped
                           or inserted, a content word replaced): ``altered-quote``;
    ``figure:ROLE``        an age, year, count, duration or sum changed ("12" for "21"):
                           ``conflicting-figure``;
    ``speaker``            a quotation given to another person of the story:
                           ``misattributed-quote``;
    ``invented``           a quotation the source does not have, attributed to a person of the
                           story: ``invented-quote``.

Figures printed: on faithful copies, the share that fail (the false-alarm rate), findings per
rule and the false-alarm rate among copies with each transformation; on altered copies, the
share where the planted rule is not reported (missed) and where nothing at all is (the copy
passes), per planted kind. Everything is drawn from ``random.Random`` seeded by ``--seed`` and
the pair's number, over data in file order: the same seed gives the same pairs and figures.

The mix is not calibrated on real copy: the rates are for comparing revisions of diffnews
(issue 17's before and after), not an estimate of how many real copies fail. Still easier than
real copy: the stories are made of unrelated news sentences around fixed templates, the
people's quotations are news sentences (third person, no figures), there are no headlines, and
rewording outside quotes is one word or phrase at a time. The desk now and then rounds a
figure ("$616.5 million" as "$616 million", "37.78" as "38"), and a rounded figure is a change:
a rewording that changes a figure's value is not a faithful copy's, so the desk tries again (four
times, then the sentence stays as the wire wrote it), and a paraphrase is used only when it
gives the same figures as values (``_same_facts``: "five per cent" for "5 percent" is the same,
"Ten, two" for "eight or nine" is not).

Cost: about 30 ms a pair on this machine; 1,000 copies (2,000 checks) in about 70 s on two
processes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from rewrites import Pool, _Maker, neighbours, read_pool  # noqa: E402

from diffnews.checking.policy import DEFAULT_RULES, Check, Finding, Rule, check  # noqa: E402

DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
GATE = ROOT / "fixtures" / "gate"

# ---- gate fixtures -----------------------------------------------------------------------------

PATTERNS = (
    "short-forms",
    "speakers",
    "quote-splits",
    "figure-roles",
    "spelling-variants",
    "typo-numbers",
    "real-alteration",
)
"""The patterns of issue 17 (1 to 6), and the real alterations that must keep failing."""
VERDICTS = ("pass", "fail")
_CASE_KEYS = frozenset({"description", "pattern", "verdict", "known_miss", "extra_ok", "finding"})
_FINDING_KEYS = frozenset({"rule", "contains", "known_miss"})


class GateError(ValueError):
    """A gate case that breaks the format (fixtures/README.md, "Gate cases")."""


@dataclass(frozen=True)
class Expected:
    """A finding a ``fail`` case must get."""

    rule: str
    """A default rule's name: altered-quote, invented-quote, misattributed-quote or
    conflicting-figure."""
    contains: str
    """A snippet of the copy's sentence the finding points at, or of the finding's message."""
    known_miss: str | None = None
    """Why diffnews does not report it yet."""


@dataclass(frozen=True)
class GateCase:
    """One folder of fixtures/gate."""

    name: str
    folder: Path
    description: str
    pattern: str
    """One of ``PATTERNS``."""
    verdict: str
    """``pass``: a faithful copy, nothing may be found; ``fail``: ``findings`` must be."""
    findings: tuple[Expected, ...] = ()
    known_miss: str | None = None
    """For a pass case, why diffnews fails it today; for a fail case, why it finds more than
    ``findings`` today."""
    extra_ok: bool = False
    """A fail case whose other findings are allowed (they report the same alteration)."""

    @property
    def source(self) -> str:
        return (self.folder / "source.txt").read_text(encoding="utf-8")

    @property
    def copy(self) -> str:
        return (self.folder / "copy.txt").read_text(encoding="utf-8")


def load_case(folder: Path) -> GateCase:
    """The case in ``folder``, its ``expected.toml`` checked. Raises ``GateError``."""
    path = folder / "expected.toml"
    where = f"{folder.name}/expected.toml"
    for name in ("source.txt", "copy.txt", "expected.toml"):
        if not (folder / name).is_file():
            raise GateError(f"{folder.name}: {name} is missing")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise GateError(f"{where}: {error}") from None
    unknown = sorted(set(data) - _CASE_KEYS)
    if unknown:
        raise GateError(
            f"{where}: unknown key(s) {', '.join(unknown)}; keys: {', '.join(sorted(_CASE_KEYS))}"
        )
    description = data.get("description")
    if not isinstance(description, str) or not description.strip():
        raise GateError(f"{where}: description is required: say why the case exists")
    if data.get("pattern") not in PATTERNS:
        raise GateError(f"{where}: pattern {data.get('pattern')!r} is not one of {', '.join(PATTERNS)}")
    if data.get("verdict") not in VERDICTS:
        raise GateError(f"{where}: verdict must be 'pass' or 'fail', not {data.get('verdict')!r}")
    for key, kind in (("known_miss", str), ("extra_ok", bool)):
        if key in data and not isinstance(data[key], kind):
            raise GateError(f"{where}: {key} must be a {kind.__name__}")
    rules = {r.value for r in DEFAULT_RULES}
    findings = []
    for k, item in enumerate(data.get("finding", []), 1):
        if not isinstance(item, dict):
            raise GateError(f"{where}: [[finding]] {k} is not a table")
        unknown = sorted(set(item) - _FINDING_KEYS)
        if unknown:
            raise GateError(f"{where}: [[finding]] {k}: unknown key(s) {', '.join(unknown)}")
        if item.get("rule") not in rules:
            raise GateError(
                f"{where}: [[finding]] {k}: rule {item.get('rule')!r} is not a default rule"
                f" ({', '.join(sorted(rules))})"
            )
        if not isinstance(item.get("contains"), str) or not item["contains"].strip():
            raise GateError(f"{where}: [[finding]] {k}: contains is required (a snippet of the copy)")
        if "known_miss" in item and not isinstance(item["known_miss"], str):
            raise GateError(f"{where}: [[finding]] {k}: known_miss must be a string")
        findings.append(Expected(item["rule"], item["contains"], item.get("known_miss")))
    if data["verdict"] == "pass" and (findings or data.get("extra_ok")):
        raise GateError(f"{where}: a pass case lists no [[finding]] and no extra_ok")
    if data["verdict"] == "fail" and not findings:
        raise GateError(f"{where}: a fail case lists the [[finding]]s it must get")
    return GateCase(
        folder.name,
        folder,
        description.strip(),
        data["pattern"],
        data["verdict"],
        tuple(findings),
        data.get("known_miss"),
        bool(data.get("extra_ok", False)),
    )


def gate_folders(root: Path = GATE) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


def gate_cases(root: Path = GATE) -> list[GateCase]:
    """Every case under ``root``, in name order. Raises ``GateError`` on the first bad one."""
    return [load_case(folder) for folder in gate_folders(root)]


def _flat(text: str) -> str:
    return " ".join(text.split())


def cited(result: Check, finding: Finding) -> str:
    """What a finding cites of the copy: the copy's sentence where it points (its line and
    column), and its message; white space runs read as one space."""
    text = result.report.right.text
    parts = [finding.message]
    if finding.line is not None and finding.column is not None:
        lines = text.splitlines(keepends=True)
        offset = sum(len(line) for line in lines[: finding.line - 1]) + finding.column - 1
        for sentence in result.report.right.sentences:
            if sentence.start <= offset < max(sentence.end, sentence.start + 1):
                parts.append(sentence.text)
    return _flat(" \n ".join(parts))


@dataclass(frozen=True)
class Judgement:
    """A gate case's check read against its expectations."""

    found: tuple[bool, ...]
    """For each of the case's ``findings``: reported?"""
    extra: tuple[Finding, ...]
    """Findings no expectation accounts for: false alarms (on a pass case, every finding)."""


def judge(case: GateCase, result: Check) -> Judgement:
    """Each expected finding takes the first finding of its rule whose citation holds its
    snippet, each finding used once; the findings left are extra."""
    free = list(result.findings)
    found = []
    for expected in case.findings:
        snippet = _flat(expected.contains)
        match = next((f for f in free if f.rule.value == expected.rule and snippet in cited(result, f)), None)
        found.append(match is not None)
        if match is not None:
            free.remove(match)
    return Judgement(tuple(found), tuple(free))


def check_case(case: GateCase) -> Check:
    return check(case.copy, case.source)


# ---- generated pairs: the people and the words ------------------------------------------------

RANKS = {
    "police": (
        ("Sergeant", "Sgt"),
        ("Police Constable", "PC"),
        ("Detective Inspector", "Det Insp"),
        ("Detective Sergeant", "Det Sgt"),
        ("Inspector", "Insp"),
        ("Chief Inspector", "Ch Insp"),
        ("Superintendent", "Supt"),
    ),
    "military": (
        ("Private", "Pte"),
        ("Corporal", "Cpl"),
        ("Lance Corporal", "L/Cpl"),
        ("Sergeant", "Sgt"),
        ("Captain", "Capt"),
        ("Major", "Maj"),
        ("Lieutenant Colonel", "Lt Col"),
    ),
    "council": (("Councillor", "Cllr"),),
}
"""Each rank's full form and its short form, as British papers write them."""
WOMAN_CONSTABLE = ("Woman Police Constable", "WPC")
REGIONS = (
    ("Lancashire", "Lancs"),
    ("Lincolnshire", "Lincs"),
    ("Yorkshire", "Yorks"),
    ("Nottinghamshire", "Notts"),
    ("Gloucestershire", "Glos"),
    ("Hertfordshire", "Herts"),
    ("Cambridgeshire", "Cambs"),
    ("Leicestershire", "Leics"),
    ("Northamptonshire", "Northants"),
    ("Wiltshire", "Wilts"),
)
TOWNS = (
    "Hexley", "Carrow Bridge", "Aldwick", "Thornby", "Kelston", "Marshby", "Penfold", "Ashcombe",
    "Redwater", "Stainby", "Hollinbrook", "Oakworth Vale", "Brindle", "Castleford Moor", "Wexby",
)  # fmt: skip
REGIMENTS = (
    "The Rifles",
    "The Yorkshire Regiment",
    "The Duke of Lancaster's Regiment",
    "The Mercian Regiment",
)
FIRST = {
    "he": (
        "John", "Daniel", "Mark", "Stuart", "Owen", "Liam", "Craig", "Neil", "Gareth", "Tom", "Ravi", "Imran",
    ),
    "she": (
        "Sarah", "Rachel", "Emma", "Hannah", "Claire", "Nadia", "Joanne", "Karen", "Priya", "Helen", "Gemma",
    ),
}  # fmt: skip
LAST = (
    "Hale", "Morley", "Garside", "Kaye", "Pratt", "Holroyd", "Ashworth", "Dunmore", "Fenwick", "Okafor",
    "Brennan", "Hollis", "Raine", "Whitlock", "Sutcliffe", "Pennock", "Greaves", "Iqbal", "Marsden",
    "Lowther", "Cawthorne", "Bramley", "Stott", "Pickles", "Entwistle",
)  # fmt: skip
OK_OPENERS = ("OK, ", "It's OK. ", "Look, we are OK, but ")
"""Put before some quotations, so that copies can write them "okay"."""
_LOWER = frozenset({"The", "A", "An", "It", "This", "That", "There", "These", "Those", "Its", "Some", "Many"})
"""Sentence openers that read lower-cased after "OK, "."""
SAID = ("said", "said", "said", "added", "told reporters")
RISKY = (
    "short-forms", "attribution", "pronoun-for-name", "split", "run-on", "join-paragraphs",
    "split-paragraphs", "parts-reordered", "join", "ellipsis", "okay", "age-moved", "age-added",
    "span-as-duration", "figure-cut",
)  # fmt: skip
"""The copy desk's habits that a copy may have (see the module docstring), one to three a copy."""
FIGURE_HABITS = frozenset({"hours", "span", "decade", "battalion"})
"""The figure sentences a habit rewrites: figure-cut, span-as-duration, age-added (two)."""
WIRE_FORMS = frozenset({"pronoun", "but", "place"})
"""The wire's ways of attributing a quote that the pairs count (as ``wire:FORM``): "he said"
after a paragraph about the speaker, "But Sgt Hale said:", "said Hexley councillor ..."."""
FLIP = {
    "was": "is", "is": "was", "were": "are", "are": "were", "will": "would", "would": "will",
    "has": "had", "have": "had", "can": "could", "could": "can", "should": "would", "never": "always",
}  # fmt: skip
"""A word of a quotation and what an altered copy writes instead."""
_AUXILIARY = re.compile(r"\b(is|was|will|would|can|could|should|does|did)\b(?! not\b)")
_WORD = re.compile(r"\w+(?:['’]\w+)?")
_QUOTED = re.compile(r'"([^"]*)(?:"|(?=\n\n)|$)')
"""What a copy quotes: between straight double marks, or up to a paragraph end left open."""


def quote_words(text: str) -> list[str]:
    """The words of quoted text, compared as the truth compares them (lowercased, "okay" = "OK")."""
    return ["ok" if w.lower() == "okay" else w.lower() for w in _WORD.findall(text)]


def is_excerpt(pieces: Sequence[str], source: Sequence[str], in_order: bool = True) -> bool:
    """Each piece (split further at "...") is an unbroken run of the ``source`` words, the runs
    in order unless ``in_order`` is False."""
    words = [w for piece in source for w in quote_words(piece)]
    at = 0
    for piece in pieces:
        for part in re.split(r"\.\.\.|…", piece):
            run = quote_words(part)
            if not run:
                continue
            start = at if in_order else 0
            hit = next(
                (k for k in range(start, len(words) - len(run) + 1) if words[k : k + len(run)] == run), None
            )
            if hit is None:
                return False
            at = hit + len(run)
    return True


@dataclass(frozen=True)
class Person:
    key: int
    first: str
    last: str
    pronoun: str
    """"he" or "she"."""
    kind: str
    """"police", "military", "council" or "civilian"."""
    rank: tuple[str, str] | None
    """(full, short), or None for a civilian."""
    age: int
    town: str
    region: tuple[str, str]
    year: int
    """When they joined the force, the Army or the council, or moved to the town."""

    @property
    def title(self) -> str:
        return {"he": "Mr", "she": "Mrs"}[self.pronoun]


@dataclass(frozen=True)
class QuoteTruth:
    """One of the source's quotations and what the copy does with it."""

    speaker: str
    """The person who says it (first and last name)."""
    source: tuple[str, ...]
    """The source's quoted pieces, as written inside the marks."""
    copy: tuple[str, ...] = ()
    """The copy's quoted pieces; () when the copy cuts the quote."""
    copy_speaker: str | None = None
    """Who the copy gives it to."""
    allowed: tuple[str, ...] = ()
    """The faithful transformations the copy applied to it (``ellipsis``, ``okay``, ...)."""
    together: tuple[str, ...] = ()
    """For a quote the copy joins with the next (``join``): the source pieces of all of them,
    in order, which the copy's pieces are cut from."""


@dataclass(frozen=True)
class Pair:
    """A generated wire story and a copy of it, with the truth."""

    id: str
    source: str
    copy: str
    planted: str | None
    """None for a faithful copy, else the planted alteration: ``quote-word``, ``figure:ROLE``,
    ``speaker``, ``invented``."""
    expected: str | None
    """The rule that must report the alteration."""
    transforms: tuple[str, ...]
    """The faithful transformations the copy applies (see the module docstring)."""
    quotes: tuple[QuoteTruth, ...]
    """Every quotation of the source, and, for ``invented``, the copy's new one last (its
    ``source`` empty)."""
    detail: str = ""
    """What was planted, for people: "'was' -> 'is'", "'21' -> '12'", "Sarah Hale -> Tom Stott"."""
    base: str | None = None
    """For an altered copy: the faithful copy it was made from."""


@dataclass(frozen=True)
class Material:
    """The sentences stories are made of."""

    sentences: tuple[str, ...]
    """News sentences: background paragraphs, and quotations."""
    paraphrases: dict[int, tuple[int, ...]] = field(default_factory=dict)
    """Faithful paraphrases by sentence number: same numbers, same capitalised words."""
    pool: Pool | None = None
    """The benchmark pool, to draw a story's sentences around a seed (``neighbours``)."""

    @classmethod
    def from_pool(cls, pool: Pool) -> Material:
        safe = {
            i: tuple(j for j in partners if _same_facts(pool.sentences[i], pool.sentences[j]))
            for i, partners in pool.paraphrases.items()
        }
        return cls(pool.sentences, {i: js for i, js in safe.items() if js}, pool)

    @classmethod
    def from_sentences(cls, sentences: Iterable[str]) -> Material:
        return cls(tuple(sentences))


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen".split()
_UNITS += "fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUES = {w: k for k, w in enumerate(_UNITS)} | {w: 10 * (k + 2) for k, w in enumerate(_TENS)}
_WORD_VALUES |= {"dozen": 12}
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_VALUE = re.compile(
    rf"(?i)(?<![\w.])(?:(?P<digits>\d[\d,]*(?:\.\d+)?)|(?P<words>(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS)}))?"
    rf"|{'|'.join(_UNITS)}|dozen))(?:\s?(?P<scale>thousand|million|billion|trillion|bn)\b|(?<=\d)(?P<short>[mk])\b)?"
)


def _values(text: str) -> list[float]:
    """The figures of a text as values, however written: "5 percent" and "five per cent" are 5,
    "$616.5 million" and "$616.5m" 616.5e6, "$616 million" is another figure. One ("a", "one",
    "1") is left out: the desk writes "one" for "a"."""
    out = []
    for m in _VALUE.finditer(text):
        if m["digits"]:
            value = float(m["digits"].replace(",", "").rstrip("."))
        else:
            words = m["words"].lower().split("-")
            value = float(sum(_WORD_VALUES[w] for w in words))
        value *= _SCALES.get((m["scale"] or m["short"] or "").lower(), 1.0)
        if value != 1:
            out.append(value)
    return sorted(out)


def _facts(text: str) -> tuple[list[float], set[str]]:
    names = {w for k, w in enumerate(re.findall(r"[A-Za-z][\w'-]*", text)) if k and w[0].isupper()}
    return _values(text), names - {w.capitalize() for w in _WORD_VALUES}


def _same_facts(a: str, b: str) -> bool:
    """A paraphrase a faithful copy may use: the same figures (as values: a rounded figure is
    another) and capitalised words, no quotes."""
    return '"' not in a + b and _facts(a) == _facts(b)


def _usable(text: str) -> bool:
    """A sentence for a paragraph of its own: no quotation marks (MRPC writes some as '' and ``)."""
    return not re.search(r"[\"“”]|''|``", text) and "'" not in text[:1] and 7 <= len(text.split()) <= 32


_REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|according|reported|reports|stated|announced|asked|spokesman|"
    r"spokeswoman|spokesperson|statement)\b|\b[A-Z][a-z]{0,3}\.|^(?:But|And|Or|So)\b"
)
"""Reported speech, a source, an abbreviation's full stop (which ends no sentence), or a
sentence that leans on the one before: no quotation of a person of the story has one."""


def _speakable(text: str) -> bool:
    """A sentence to put in someone's mouth: no figures (the figures are the templates'), no
    quotes or reported speech of its own, no parentheses, and a full stop at the end."""
    return (
        _usable(text)
        and text.endswith(".")
        and not re.search(r"[\d()$%£;:]", text)
        and not _REPORTED.search(text)
    )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != "I " and not text[:2].isupper() else text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _comma(text: str) -> str:
    """A quotation's last sentence before '," X said': its full stop made a comma."""
    return text[:-1] + "," if text.endswith(".") else text + ","


# ---- generated pairs: the story ----------------------------------------------------------------


@dataclass
class Fact:
    """One paragraph of the story: what it says, rendered for each side by ``_Writer``."""

    kind: str
    """"background", "intro", "quote" or "figure"."""
    person: int | None = None
    text: str = ""
    """A background sentence."""
    index: int | None = None
    """A background sentence's number in ``Material.sentences``."""
    bodies: tuple[str, ...] = ()
    """A quotation's sentences."""
    form: str = "after"
    """How the source attributes a quote: after, said-name, colon, pronoun, but, place."""
    run_on: bool = False
    """A quote over two paragraphs in the source."""
    template: str = ""
    """A figure sentence's template name (``FIGURES``)."""
    values: dict[str, int] = field(default_factory=dict)


FIGURES = ("hours", "casualties", "money", "building", "jail", "span", "decade", "battalion")
"""Figure sentences: the first five about the story, the last three about a person (a
councillor, a civilian, a soldier)."""


class _Writer:
    """Renders facts for one side, tracking who has been named (first mention in full)."""

    def __init__(self, people: Sequence[Person], short: bool, region_short: bool) -> None:
        self.people = people
        self.short = short
        self.region_short = region_short
        self.named: set[int] = set()

    def rank(self, p: Person) -> str:
        if p.rank is None:
            return ""
        return p.rank[1] if self.short else p.rank[0]

    def region(self, p: Person) -> str:
        return p.region[1] if self.region_short else p.region[0]

    def name(self, p: Person, full: bool | None = None) -> str:
        """ "Sgt John Hale" at first mention, "Sgt Hale" (or "Mr Hale") after."""
        first = p.key not in self.named if full is None else full
        self.named.add(p.key)
        rank = self.rank(p)
        if first:
            return f"{rank} {p.first} {p.last}".strip()
        return f"{rank or p.title} {p.last}"


@dataclass
class _Rendered:
    text: str
    quote: QuoteTruth | None = None
    figures: list[tuple[str, str]] = field(default_factory=list)
    """(role, number as written) of the figures in ``text``."""
    about: int | None = None
    """The person the paragraph is about (for a following "he said")."""
    who: tuple[int, int] | None = None
    """Where a quote paragraph names (or "he"s) its speaker."""


class _Story:
    """One story: its people and facts, its source, a faithful copy and an altered one."""

    def __init__(self, material: Material, rng: random.Random, number: int) -> None:
        self.material = material
        self.rng = rng
        self.number = number
        self.used: set[int] = set()
        # benchmarks/rewrites.py's copy desk; its desk() reads no pool
        self.desk = _Maker(material.pool or Pool((), {}, {}, {}, {}, (), ()), rng)
        self.people_: list[Person] = []
        self.regiment = ""

    # ---- what the story says ----

    def sentences(self, n: int, test: Callable[[str], bool]) -> list[int]:
        """``n`` unused sentence numbers passing ``test``, around a seed when there is a pool."""
        rng, material = self.rng, self.material
        total = len(material.sentences)
        order: list[int] = []
        if material.pool is not None and not self.used:
            seed = rng.randrange(total)
            order = neighbours(material.pool, seed, limit=80)
        order += [rng.randrange(total) for _ in range(60 * n)]
        out: list[int] = []
        for i in order:
            if i not in self.used and test(material.sentences[i]):
                out.append(i)
                self.used.add(i)
                if len(out) == n:
                    break
        return out

    def people(self) -> list[Person]:
        rng = self.rng
        kinds = rng.sample(
            ("police", "military", "council", "civilian", "police", "civilian"), rng.randint(2, 4)
        )
        lasts = rng.sample(LAST, len(kinds))
        region = rng.choice(REGIONS)
        out = []
        for k, (kind, last) in enumerate(zip(kinds, lasts, strict=True)):
            pronoun = rng.choice(("he", "she"))
            rank = rng.choice(RANKS[kind]) if kind in RANKS else None
            if rank == ("Police Constable", "PC") and pronoun == "she" and rng.random() < 0.5:
                rank = WOMAN_CONSTABLE
            age = rng.randint(24, 71)
            year = rng.randint(max(1975, 2024 - age + 18), 2022)
            out.append(
                Person(
                    k,
                    rng.choice(FIRST[pronoun]),
                    last,
                    pronoun,
                    kind,
                    rank,
                    age,
                    rng.choice(TOWNS),
                    region,
                    year,
                )
            )
        return out

    def facts(self, people: Sequence[Person]) -> list[Fact]:
        rng = self.rng
        background = self.sentences(rng.randint(3, 6), _usable)
        if not background:
            return []
        facts = [Fact("background", text=self.material.sentences[background[0]], index=background[0])]
        # paragraphs of their own, and each person's paragraphs kept together (so that the
        # wire's "he said" is always about the person of the paragraph before)
        groups: list[list[Fact]] = [
            [Fact("background", text=self.material.sentences[i], index=i)] for i in background[1:]
        ]
        groups += [[self.figure(template, None)] for template in rng.sample(FIGURES[:5], rng.randint(1, 3))]
        for p in people:
            mine: list[Fact] = [Fact("intro", person=p.key)]
            own = {"council": "span", "civilian": "decade", "military": "battalion"}.get(p.kind)
            if own and rng.random() < 0.6:
                mine.append(self.figure(own, p))
            for q in range(rng.choice((1, 1, 2, 2, 3))):
                n = rng.choice((1, 1, 2, 2, 3))
                bodies = [self.material.sentences[i] for i in self.sentences(n, _speakable)]
                if not bodies:
                    continue
                if rng.random() < 0.15:
                    opener = rng.choice(OK_OPENERS)
                    if not opener.endswith(". ") and bodies[0].split()[0] not in _LOWER:
                        opener = "It's OK. "  # "OK, the ..." reads; "OK, jewish ..." does not
                    bodies[0] = opener + (bodies[0] if opener.endswith(". ") else _lower_first(bodies[0]))
                forms = ["after", "after", "said-name", "colon"]
                forms += ["pronoun"] * (2 if q else 1)  # after their intro or their last quote
                forms += ["but"] if q else []
                forms += ["place"] if p.kind == "council" and not q else []
                run_on = len(bodies) >= 2 and rng.random() < 0.3
                form = "colon" if run_on else rng.choice(forms)
                mine.append(Fact("quote", person=p.key, bodies=tuple(bodies), form=form, run_on=run_on))
            groups.append(mine)
        rng.shuffle(groups)
        return facts + [fact for group in groups for fact in group]

    def figure(self, template: str, p: Person | None) -> Fact:
        rng = self.rng
        values = {
            "hours": {"h": rng.choice((36, 48, 72)), "h2": 24},
            "casualties": {"n": rng.randint(11, 60), "m": rng.randint(2, 9)},
            "money": {"x": rng.randint(12, 950), "w": rng.randint(3, 14)},
            "building": {"year": rng.randint(1960, 2015), "n": rng.randint(15, 400)},
            "jail": {"age": rng.randint(19, 60), "m": rng.randint(14, 40)},
            "span": {"y1": (y := rng.randint(1990, 2012)), "y2": y + rng.randint(5, 11)},
            "decade": {"decade": rng.choice((1960, 1970, 1980)), "year": rng.randint(1995, 2015)},
            "battalion": {"ord": rng.randint(1, 4)},
        }[template]
        return Fact("figure", person=p.key if p else None, template=template, values=values)

    # ---- rendering ----

    def render_figure(self, fact: Fact, w: _Writer, variant: str) -> _Rendered:
        v = fact.values
        p = self.people_[fact.person] if fact.person is not None else None
        ordinal = {1: "1st", 2: "2nd", 3: "3rd"}.get(v.get("ord", 0), f"{v.get('ord')}th")
        t = fact.template
        if t == "hours":
            if variant == "figure-cut":
                return _Rendered(
                    f"A {v['h2']}-hour helpline was set up for residents while engineers repaired"
                    " the damage.",
                    figures=[("duration", str(v["h2"]))],
                )
            text = {
                "source": f"Engineers worked for {v['h']} hours to repair the damage. "
                f"A {v['h2']}-hour helpline has been set up for residents.",
                "copy": f"Engineers spent {v['h']} hours repairing the damage, and a {v['h2']}-hour "
                "helpline has been set up for residents.",
            }[variant]
            return _Rendered(text, figures=[("duration", str(v["h"])), ("duration", str(v["h2"]))])
        if t == "casualties":
            text = {
                "source": f"{v['n']} people were taken to hospital and {v['m']} more were treated at the"
                " scene, the ambulance service said.",
                "copy": f"The ambulance service said {v['n']} people had been taken to hospital and "
                f"{v['m']} more treated at the scene.",
            }[variant]
            return _Rendered(text, figures=[("count", str(v["n"]))])
        if t == "money":
            text = {
                "source": f"The repairs will cost £{v['x']},000 and take {v['w']} weeks, the council said.",
                "copy": f"The council said the {v['w']}-week repair job would cost £{v['x']},000.",
            }[variant]
            return _Rendered(text, figures=[("money", f"£{v['x']},000"), ("duration", str(v["w"]))])
        if t == "building":
            text = {
                "source": f"The centre opened in {v['year']} and employs {v['n']} staff.",
                "copy": f"The centre, which opened in {v['year']}, has {v['n']} staff.",
            }[variant]
            return _Rendered(text, figures=[("year", str(v["year"])), ("count", str(v["n"]))])
        if t == "jail":
            text = {
                "source": f"In a separate case, a {v['age']}-year-old man was jailed for {v['m']} months.",
                "copy": f"In a separate case, a man of {v['age']} was jailed for {v['m']} months.",
            }[variant]
            return _Rendered(text, figures=[("age", str(v["age"])), ("duration", str(v["m"]))])
        assert p is not None
        name = w.name(p)
        if t == "span":
            if variant == "span-as-duration":
                text = f"{name} has been a council cabinet member for {v['y2'] - v['y1']} years."
                return _Rendered(text, figures=[("duration", str(v["y2"] - v["y1"]))], about=p.key)
            text = {
                "source": f"{name} served as a council cabinet member from {v['y1']} to {v['y2']}.",
                "copy": f"{name} sat in the council cabinet from {v['y1']} to {v['y2']}.",
            }[variant]
            return _Rendered(text, figures=[("year", str(v["y1"])), ("year", str(v["y2"]))], about=p.key)
        if t == "decade":
            if variant == "age-added":
                text = f"{name}, {p.age}, has run the family shop in {p.town} since {v['year']}."
                return _Rendered(text, figures=[("age", str(p.age)), ("year", str(v["year"]))], about=p.key)
            his = {"he": "His", "she": "Her"}[p.pronoun]
            text = {
                "source": f"{his} parents opened the family shop in {p.town} in the {v['decade']}s, "
                f"and {name} has run it since {v['year']}.",
                "copy": f"{name} has run the family shop in {p.town}, which {his.lower()} parents opened "
                f"in the {v['decade']}s, since {v['year']}.",
            }[variant]
            return _Rendered(text, figures=[("year", str(v["year"]))], about=p.key)
        # battalion
        if variant == "age-added":
            text = f"{name}, {p.age}, serves with {self.regiment}."
            return _Rendered(text, figures=[("age", str(p.age))], about=p.key)
        text = {
            "source": f"{name} serves with the {ordinal} Battalion, {self.regiment}.",
            "copy": f"{name} is with the {ordinal} Battalion, {self.regiment}.",
        }[variant]
        return _Rendered(text, about=p.key)

    def render_intro(self, p: Person, w: _Writer, with_age: bool, source: bool) -> _Rendered:
        name = w.name(p, full=True)
        region = w.region(p)
        what = {
            "police": f"joined {region} Police in {p.year}",
            "military": f"joined the Army in {p.year}",
            "council": f"was first elected in {p.year}",
            "civilian": f"has lived in the village since {p.year}",
        }[p.kind]
        age = f", {p.age}," if with_age else ","
        place = f"from {p.town}, {region}" if source else f"of {p.town}, {region}"
        figures = [("year", str(p.year))] + ([("age", str(p.age))] if with_age else [])
        return _Rendered(f"{name}{age} {place}, {what}.", figures=figures, about=p.key)

    def attribution(self, p: Person, w: _Writer, form: str, age: bool = False) -> tuple[str, str, str]:
        """(words before the quote, words after it, the words in them that name the speaker) for
        a one-paragraph quote."""
        verb = self.rng.choice(SAID)
        if form == "pronoun":
            return "", f" {p.pronoun} {verb}.", p.pronoun
        if form == "place" and p.kind == "council":
            w.named.add(p.key)
            who = f"{p.town} councillor {p.first} {p.last}"
            return "", f" said {who}.", who
        name = w.name(p)
        said = name + (f", {p.age}," if age else "")
        if form == "said-name" and not age:
            return "", f" said {name}.", name
        if form in ("colon", "but", "said-name"):
            lead = "But " if form == "but" else ""
            return f"{lead}{said} said: ", "", name
        return "", f" {said} {verb}.", name

    def render_quote(
        self,
        fact: Fact,
        w: _Writer,
        form: str,
        how: str,
        age: bool = False,
        bodies: Sequence[str] | None = None,
    ) -> _Rendered:
        """The quote's paragraph (two for a run-on or split-paragraphs quote), its quoted pieces
        in ``quote.source`` (the caller files them), and the span of the speaker's name. ``how``:
        one (one paragraph), split, run-on, split-paragraphs, parts-reordered."""
        p = self.people_[fact.person or 0]
        bodies = list(bodies or fact.bodies)
        if how == "parts-reordered" and len(bodies) >= 2:
            bodies = bodies[1:] + bodies[:1]
            how = "split-paragraphs"
        if how in ("run-on", "split-paragraphs", "split") and len(bodies) < 2:
            how = "one"
        if how == "one":
            before, after, who = self.attribution(p, w, form, age)
            quoted = " ".join(bodies)
            inside = _comma(quoted) if after else quoted
            text = f'{before}"{inside}"{after}'
            pieces: tuple[str, ...] = (inside.rstrip(",") if after else inside,)
            at = text.index(who, 0 if before else len(before) + len(inside) + 2)
        else:
            first, rest = bodies[0], " ".join(bodies[1:])
            if how == "run-on":
                before, _, who = self.attribution(p, w, "colon", age)
                text, pieces, at = f'{before}"{first}\n\n"{rest}"', (first, rest), before.index(who)
            else:
                _, after, who = self.attribution(
                    p, w, "after" if form in ("colon", "but") or age else form, age
                )
                opening = f'"{_comma(first)}"{after}'
                at = opening.index(who, len(first) + 2)
                if how == "split":
                    text = f'{opening} "{rest}"'
                else:
                    text = f'{opening}\n\n{_upper_first(p.pronoun)} added: "{rest}"'
                pieces = (first[:-1], rest)
        figures = [("age", str(p.age))] if age else []
        truth = QuoteTruth(f"{p.first} {p.last}", pieces)
        return _Rendered(text, truth, figures, p.key, (at, at + len(who)))

    # ---- the two sides ----

    def source(
        self, people: Sequence[Person], facts: Sequence[Fact], short: bool
    ) -> tuple[str, list[QuoteTruth]]:
        w = _Writer(people, short, region_short=False)
        paragraphs, quotes = [], []
        for fact in facts:
            if fact.kind == "background":
                paragraphs.append(fact.text)
            elif fact.kind == "intro":
                paragraphs.append(self.render_intro(people[fact.person or 0], w, True, True).text)
            elif fact.kind == "figure":
                paragraphs.append(self.render_figure(fact, w, "source").text)
            else:
                rendered = self.render_quote(fact, w, fact.form, "run-on" if fact.run_on else "one")
                paragraphs.append(rendered.text)
                assert rendered.quote is not None
                quotes.append(rendered.quote)
        return "\n\n".join(paragraphs), quotes

    def copy(
        self, people: Sequence[Person], facts: Sequence[Fact], short: bool, truths: list[QuoteTruth]
    ) -> tuple[str, list[QuoteTruth], list[str], list[_Rendered]]:
        """A faithful copy: (text, the quotes' truth, transformations, its paragraphs). Every
        copy is reworded, cut and reordered; one to three of ``RISKY`` are let loose on it (a
        copy desk has habits, not all of them), and forced ones (a "he said" named after a move)
        come on top."""
        rng = self.rng
        habits = set(rng.sample(RISKY, rng.randint(1, 3)))
        transforms: set[str] = {f"wire:{f.form}" for f in facts if f.kind == "quote" and f.form in WIRE_FORMS}
        transforms |= {"wire:run-on" for f in facts if f.run_on}
        copy_short, region_short = short, False
        if "short-forms" in habits:
            copy_short, region_short = not short, rng.random() < 0.5
            transforms.add("short-forms")
        w = _Writer(people, copy_short, region_short)
        quote_of = {id(f): t for f, t in zip([f for f in facts if f.kind == "quote"], truths, strict=True)}
        # what is kept, and in which order
        order = list(facts)
        for fact in list(order[1:]):
            if rng.random() < {"background": 0.3, "quote": 0.1}.get(fact.kind, 0.0):
                order.remove(fact)
                transforms.add("cut")
        for _ in range(rng.choice((0, 1, 1, 2))):
            if len(order) > 3:
                fact = order.pop(rng.randrange(1, len(order)))
                order.insert(rng.randrange(1, len(order) + 1), fact)
                transforms.add("reordered")
        # the age at the quote's attribution rather than the introduction
        age_moved = {p.key for p in people if "age-moved" in habits and rng.random() < 0.5}
        paragraphs: list[_Rendered] = []
        out: dict[int, QuoteTruth] = {}
        k = 0
        while k < len(order):
            fact = order[k]
            previous = paragraphs[-1].about if paragraphs else None
            if fact.kind == "background":
                paragraphs.append(_Rendered(self.reword(fact, transforms)))
            elif fact.kind == "intro":
                p = people[fact.person or 0]
                paragraphs.append(self.render_intro(p, w, p.key not in age_moved, False))
            elif fact.kind == "figure":
                variant = {"hours": "figure-cut", "span": "span-as-duration"}.get(fact.template, "age-added")
                if variant not in habits or fact.template not in FIGURE_HABITS or rng.random() < 0.3:
                    variant = "copy"
                transforms.add(variant)
                paragraphs.append(self.render_figure(fact, w, variant))
            else:
                p = people[fact.person or 0]
                allowed: list[str] = []
                bodies = list(fact.bodies)
                truth = quote_of[id(fact)]
                joined = [truth]
                nxt = order[k + 1] if k + 1 < len(order) else None
                if (
                    "join" in habits
                    and nxt is not None
                    and nxt.kind == "quote"
                    and nxt.person == fact.person
                    and not fact.run_on
                    and not nxt.run_on
                ):
                    bodies += nxt.bodies
                    joined.append(quote_of[id(nxt)])
                    allowed.append("join")
                    k += 1
                if "ellipsis" in habits and len(bodies) >= 3:  # a middle sentence cut: one piece now
                    bodies = [bodies[0][:-1] + " ... " + bodies[-1]]
                    allowed.append("ellipsis")
                elif "ellipsis" in habits and len(bodies) == 1 and bodies[0].count(",") >= 2:
                    a, b = bodies[0].index(","), bodies[0].rindex(",")
                    bodies = [bodies[0][:a] + " ..." + bodies[0][b + 1 :]]
                    allowed.append("ellipsis")
                if "okay" in habits and any("OK" in b for b in bodies):
                    bodies = [re.sub(r"\bOK\b", "okay", re.sub(r"^OK\b", "Okay", b)) for b in bodies]
                    allowed.append("okay")
                form = fact.form
                if "attribution" in habits and rng.random() < 0.7:
                    form = rng.choice([f for f in ("after", "said-name", "colon") if f != fact.form])
                    transforms.add("attribution")
                if "pronoun-for-name" in habits and previous == p.key and rng.random() < 0.7:
                    form = "pronoun"
                if form == "pronoun" and previous != p.key:  # "he" would read as someone else
                    form = rng.choice(("after", "said-name", "colon"))
                if form == "pronoun" and fact.form != "pronoun":
                    transforms.add("pronoun-for-name")
                elif fact.form == "pronoun" and form != "pronoun":
                    transforms.add("name-for-pronoun")
                how = "run-on" if fact.run_on else "one"
                ways = [
                    h
                    for h in (
                        ("join-paragraphs", "split-paragraphs", "parts-reordered")
                        if fact.run_on
                        else ("split", "run-on")
                    )
                    if h in habits
                ]
                if ways and len(bodies) >= 2:
                    how = rng.choice(ways)
                    allowed.append(how)
                elif fact.run_on and len(bodies) < 2:  # an ellipsis made it one piece
                    how = "one"
                    allowed.append("join-paragraphs")
                age = p.key in age_moved and p.key not in w.named and form != "pronoun"
                if age:
                    transforms.add("age-moved")
                rendered = self.render_quote(
                    fact, w, form, "one" if how == "join-paragraphs" else how, age, bodies
                )
                assert rendered.quote is not None
                together = (
                    tuple(piece for truth in joined for piece in truth.source) if len(joined) > 1 else ()
                )
                for truth in joined:
                    out[id(truth)] = replace(
                        truth,
                        copy=rendered.quote.source,
                        copy_speaker=f"{p.first} {p.last}",
                        allowed=tuple(allowed),
                        together=together,
                    )
                transforms.update(allowed)
                paragraphs.append(replace(rendered, quote=out[id(joined[0])]))
            k += 1
        transforms.discard("copy")
        quotes = [out.get(id(t), t) for t in truths]
        return "\n\n".join(r.text for r in paragraphs), quotes, sorted(transforms), paragraphs

    def reword(self, fact: Fact, transforms: set[str]) -> str:
        rng, material = self.rng, self.material
        partners = material.paraphrases.get(fact.index or -1, ())
        roll = rng.random()
        if partners and roll < 0.35:
            transforms.add("reworded")
            return material.sentences[rng.choice(partners)]
        if roll < 0.85:
            # the desk now and then rounds a figure ("$616.5 million" as "$616 million"), which
            # is a change: such a rewording is not a faithful copy's, and the desk tries again
            for _ in range(4):
                text, _ = self.desk.desk(fact.text, rng.uniform(0.3, 1.0), add=False)
                if _values(text) == _values(fact.text):
                    break
            else:
                return fact.text
            # the desk writes "on Monday" as "yesterday", capitalised when the day was
            text = re.sub(r"(?<=[a-z,] )(Yesterday|Today)\b", lambda m: m.group().lower(), text)
            if text != fact.text:
                transforms.add("reworded")
            return text
        return fact.text

    def make(self) -> tuple[Pair, Pair] | None:
        """(the faithful pair, the altered pair), or None when the material runs short."""
        rng = self.rng
        self.people_ = people = self.people()
        self.regiment = rng.choice(REGIMENTS)
        facts = self.facts(people)
        if sum(f.kind == "quote" for f in facts) < 2:
            return None
        short = rng.random() < 0.3
        source, truths = self.source(people, facts, short)
        copy, quotes, transforms, paragraphs = self.copy(people, facts, short, truths)
        faithful = Pair(f"cp{self.number:04d}", source, copy, None, None, tuple(transforms), tuple(quotes))
        kind = ("quote-word", "figure", "speaker", "invented")[self.number % 4]
        altered = self.alter(faithful, kind, people, paragraphs)
        return (faithful, altered) if altered else None

    # ---- planted alterations ----

    def alter(
        self, pair: Pair, kind: str, people: Sequence[Person], paragraphs: list[_Rendered]
    ) -> Pair | None:
        rng = self.rng
        texts = [r.text for r in paragraphs]
        quoted = [k for k, r in enumerate(paragraphs) if r.quote is not None]
        if kind == "figure":
            slots = [
                (k, role, value)
                for k, r in enumerate(paragraphs)
                for role, value in r.figures
                if len(re.findall(rf"(?<![\w£,.]){re.escape(value)}(?![\w,]|\.\d)", r.text)) == 1
            ]
            if not slots:
                kind = "quote-word"
            else:
                k, role, value = rng.choice(slots)
                new = _other_number(value, rng)
                texts[k] = re.sub(rf"(?<![\w£,.]){re.escape(value)}(?![\w,]|\.\d)", new, texts[k], count=1)
                return self.altered(
                    pair, texts, f"figure:{role}", Rule.CONFLICTING_FIGURE, f"{value!r} -> {new!r}"
                )
        if kind == "speaker" and len(people) >= 2 and quoted:
            k = rng.choice(quoted)
            r = paragraphs[k]
            assert r.quote is not None and r.who is not None
            speaker = next(p for p in people if f"{p.first} {p.last}" == r.quote.copy_speaker)
            other = rng.choice([p for p in people if p.key != speaker.key])
            full = f"{other.rank[1] + ' ' if other.rank else ''}{other.first} {other.last}"
            a, b = r.who
            texts[k] = texts[k][:a] + full + texts[k][b:]
            after = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            if (
                after is not None
                and after.quote is not None
                and after.who is not None
                and after.about == speaker.key
            ):
                # a "he said" after it would now read as the other person's: name the speaker
                a, b = after.who
                texts[k + 1] = texts[k + 1][:a] + f"{speaker.first} {speaker.last}" + texts[k + 1][b:]
            quotes = [
                replace(q, copy_speaker=f"{other.first} {other.last}")
                if q.copy and q.copy == r.quote.copy
                else q
                for q in pair.quotes
            ]
            detail = f"{speaker.first} {speaker.last} -> {other.first} {other.last}"
            return self.altered(pair, texts, "speaker", Rule.MISATTRIBUTED_QUOTE, detail, quotes)
        if kind == "invented":
            (i,) = self.sentences(1, _speakable) or (None,)
            if i is None:
                return None
            p = rng.choice(people)
            body = self.material.sentences[i]
            who = f"{p.first} {p.last}"
            text = rng.choice((f'"{_comma(body)}" {who} said.', f'{who} said: "{body}"'))
            # not just before a "he said", which would then read as the new speaker's
            places = [
                at
                for at, r in enumerate([*paragraphs[1:], None], 1)
                if r is None or r.who is None or texts[at][r.who[0] : r.who[1]] not in ("he", "she")
            ]
            texts.insert(rng.choice(places), text)
            made_up = QuoteTruth(who, (), (body[:-1] if text.startswith('"') else body,), who, ())
            return self.altered(
                pair, texts, "invented", Rule.INVENTED_QUOTE, f"{body[:40]!r}...", [*pair.quotes, made_up]
            )
        # quote-word
        for k in rng.sample(quoted, len(quoted)):
            truth = paragraphs[k].quote
            assert truth is not None
            piece = rng.choice(truth.copy)
            changed = self._changed(piece)
            if changed is None:
                continue
            new_piece, what = changed
            if is_excerpt([new_piece], truth.together or truth.source, in_order=False):
                continue
            if piece not in texts[k]:
                continue
            texts[k] = texts[k].replace(piece, new_piece, 1)
            new_copy = tuple(new_piece if c == piece else c for c in truth.copy)
            quotes = [
                replace(q, copy=new_copy) if q.copy == truth.copy and q.copy else q for q in pair.quotes
            ]
            return self.altered(pair, texts, "quote-word", Rule.ALTERED_QUOTE, what, quotes)
        return None

    def _changed(self, piece: str) -> tuple[str, str] | None:
        """The piece with one word changed, and what changed."""
        rng = self.rng
        words = list(re.finditer(r"\b[A-Za-z]+\b", piece))
        flips = [m for m in words if m.group().lower() in FLIP]
        nots = list(re.finditer(r"\b(not|n't) ", piece))
        auxiliaries = list(_AUXILIARY.finditer(piece))
        content = [m for m in words if len(m.group()) >= 5 and m.group().islower()]
        choices: list[tuple[int, int, str]] = []
        for m in flips:
            new = FLIP[m.group().lower()]
            choices.append((m.start(), m.end(), _upper_first(new) if m.group()[0].isupper() else new))
        choices += [(m.start(), m.end(), "") for m in nots]
        choices += [(m.end(), m.end(), " not") for m in auxiliaries]
        if content:
            m = rng.choice(content)
            other = rng.choice(self.material.sentences).split()
            replacement = next(
                (x for x in other if x.isalpha() and x.islower() and len(x) >= 5 and x != m.group()), None
            )
            if replacement:
                choices.append((m.start(), m.end(), replacement))
        if not choices:
            return None
        a, b, new = rng.choice(choices)
        out = re.sub(r" {2,}", " ", piece[:a] + new + piece[b:])
        return out, f"{piece[a:b].strip() or '(nothing)'!r} -> {new.strip() or '(nothing)'!r}"

    def altered(
        self,
        pair: Pair,
        texts: Sequence[str],
        planted: str,
        rule: Rule,
        detail: str,
        quotes: Sequence[QuoteTruth] | None = None,
    ) -> Pair:
        copy = "\n\n".join(texts)
        return Pair(
            pair.id.replace("cp", "al"),
            pair.source,
            copy,
            planted,
            rule.value,
            pair.transforms,
            tuple(quotes if quotes is not None else pair.quotes),
            detail,
            pair.copy,
        )


def _other_number(value: str, rng: random.Random) -> str:
    """Another number written the same way: two digits swapped ("21" -> "12") when that changes
    them, else moved by a few; a sum's thousands ("£420,000" -> "£423,000")."""
    m = re.fullmatch(r"([£$]?)(\d+)((?:,000)*)", value)
    assert m, value
    sign, digits, thousands = m.groups()
    if len(digits) == 2 and digits[0] != digits[1] and digits[1] != "0":
        number = int(digits[::-1])
    else:
        number = int(digits) + rng.choice((-3, -2, 2, 3, 5))
        number = number if number > 0 else int(digits) + 4
    return f"{sign}{number}{thousands}"


def generate(material: Material, seed: int = 1, copies: int = 1000) -> list[Pair]:
    """``copies`` faithful pairs and as many altered ones (each from its faithful pair),
    faithful first. The same seed and material give the same pairs."""
    faithful: list[Pair] = []
    altered: list[Pair] = []
    number = 0
    while len(faithful) < copies and number < copies * 10:
        number += 1
        made = _Story(material, random.Random(f"{seed}:{number}"), number).make()
        if made is not None:
            faithful.append(made[0])
            altered.append(made[1])
    return faithful + altered


# ---- measuring ---------------------------------------------------------------------------------


def _check_pair(pair: Pair) -> tuple[str, list[str]]:
    return pair.id, [f.rule.value for f in check(pair.copy, pair.source).findings]


def _check_case(case: GateCase) -> tuple[str, Judgement, list[str]]:
    result = check_case(case)
    return case.name, judge(case, result), [f.rule.value for f in result.findings]


def _map(function: Callable[[Any], Any], items: Sequence[Any], jobs: int) -> list[Any]:
    if jobs <= 1 or len(items) < 8:
        return [function(item) for item in items]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(function, items, chunksize=max(1, len(items) // (jobs * 8))))


def measure_gate(cases: Sequence[GateCase], jobs: int) -> dict[str, Any]:
    started = time.perf_counter()
    results = {name: (j, rules) for name, j, rules in _map(_check_case, cases, jobs)}
    by_pattern: dict[str, Counter[str]] = {p: Counter() for p in PATTERNS}
    by_rule: dict[str, Counter[str]] = {r.value: Counter() for r in sorted(DEFAULT_RULES)}
    wrong: list[dict[str, Any]] = []
    for case in cases:
        j, rules = results[case.name]
        row = by_pattern[case.pattern]
        row["cases"] += 1
        row[case.verdict] += 1
        extra = [] if case.extra_ok else list(j.extra)
        row["false_alarms"] += len(extra)
        row["cases_with_false_alarms"] += bool(extra)
        row["listed"] += len(case.findings)
        row["missed"] += j.found.count(False)
        ok = not extra and all(j.found)
        row["right"] += ok
        for rule in rules:
            by_rule[rule]["findings"] += 1
        for f in extra:
            by_rule[f.rule.value]["false_alarms"] += 1
        for expected, hit in zip(case.findings, j.found, strict=True):
            by_rule[expected.rule]["listed"] += 1
            by_rule[expected.rule]["missed"] += not hit
        if not ok:
            wrong.append(
                {
                    "case": case.name,
                    "verdict": case.verdict,
                    "false_alarms": [f"{f.rule.value}: {f.message}" for f in extra],
                    "missed": [
                        f"{e.rule}: {e.contains}"
                        for e, hit in zip(case.findings, j.found, strict=True)
                        if not hit
                    ],
                }
            )
    return {
        "cases": len(cases),
        "by_pattern": {k: dict(v) for k, v in by_pattern.items() if v},
        "by_rule": {k: dict(v) for k, v in by_rule.items()},
        "wrong": wrong,
        "seconds": time.perf_counter() - started,
    }


def measure_generated(pairs: Sequence[Pair], jobs: int) -> dict[str, Any]:
    started = time.perf_counter()
    found = dict(_map(_check_pair, pairs, jobs))
    seconds = time.perf_counter() - started
    faithful = [p for p in pairs if p.planted is None]
    altered = [p for p in pairs if p.planted is not None]
    per_rule = Counter(rule for p in faithful for rule in found[p.id])
    by_transform: dict[str, Counter[str]] = {}
    for name in sorted({t for p in faithful for t in p.transforms}):
        row = by_transform[name] = Counter()
        for p in faithful:
            key = "" if name in p.transforms else "without_"
            row[key + "copies"] += 1
            row[key + "failed"] += bool(found[p.id])
    by_kind: dict[str, Counter[str]] = {}
    for p in altered:
        row = by_kind.setdefault(p.planted or "", Counter())
        row["planted"] += 1
        row["missed"] += p.expected not in found[p.id]
        row["passed"] += not found[p.id]
    examples = [
        {"id": p.id, "kind": p.planted, "detail": p.detail, "found": found[p.id]}
        for p in altered
        if p.expected not in found[p.id]
    ][:8]
    return {
        "faithful": len(faithful),
        "faithful_failed": sum(bool(found[p.id]) for p in faithful),
        "faithful_findings": sum(len(found[p.id]) for p in faithful),
        "per_rule": dict(per_rule),
        "by_transform": {k: dict(v) for k, v in sorted(by_transform.items())},
        "altered": len(altered),
        "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
        "missed_examples": examples,
        "check_seconds": seconds,
        "per_pair_ms": 1000 * seconds / max(len(pairs), 1),
    }


def _rate(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """Plain aligned columns: the first left-aligned, the rest right-aligned."""
    cells = [[str(c) for c in header], *([str(c) for c in row] for row in rows)]
    widths = [max(len(row[k]) for row in cells) for k in range(len(header))]
    return [
        "  ".join(
            c.ljust(w) if k == 0 else c.rjust(w) for k, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in cells
    ]


def render(result: dict[str, Any]) -> str:
    lines = ["diffnews check at its default policy: false alarms and missed alterations", ""]
    gate = result.get("gate")
    if gate:
        keys = (
            "cases",
            "pass",
            "fail",
            "right",
            "false_alarms",
            "cases_with_false_alarms",
            "listed",
            "missed",
        )
        total: Counter[str] = Counter()
        rows = []
        for name, row in gate["by_pattern"].items():
            total.update(row)
            rows.append([name, *(row.get(k, 0) for k in keys)])
        rows.append(["all", *(total[k] for k in keys)])
        lines += [
            f"Gate fixtures ({gate['cases']} cases in fixtures/gate), per pattern of issue 17: cases right"
            " (nothing wrong found, nothing listed missed), false alarms (findings on a pass case, or"
            " unlisted on a fail case) and the cases with any, listed findings and those missed",
            *_table(
                ["pattern", "cases", "pass", "fail", "right", "false alarms", "in cases", "listed", "missed"],
                rows,
            ),
            "",
            "Gate fixtures per rule: findings made, the false alarms among them, listed findings, missed",
        ]
        rows = []
        for rule, row in gate["by_rule"].items():
            made, wrong = row.get("findings", 0), row.get("false_alarms", 0)
            precision = f"{(made - wrong) / made:.2f}" if made else "-"
            rows.append([rule, made, wrong, precision, row.get("listed", 0), row.get("missed", 0)])
        lines += _table(["rule", "findings", "false alarms", "precision", "listed", "missed"], rows)
        lines += ["", "Gate cases diffnews gets wrong:"]
        for w in gate["wrong"]:
            lines += [
                f"  {w['case']} ({w['verdict']}): false alarm {text[:140]}" for text in w["false_alarms"]
            ]
            lines += [f"  {w['case']} ({w['verdict']}): missed {text}" for text in w["missed"]]
        lines.append(f"  ({gate['seconds']:.1f} s)")
    gen = result.get("generated")
    if gen:
        n, failed = gen["faithful"], gen["faithful_failed"]
        lines += [
            "",
            f"Generated pairs: {n} faithful copies and {gen['altered']} altered ones"
            f" ({result['generated_note']})",
            f"False-alarm rate: {failed} of {n} faithful copies fail ({_rate(failed, n)}),"
            f" with {gen['faithful_findings']} findings",
            *_table(
                ["rule", "findings", "per copy"],
                [
                    [
                        rule,
                        gen["per_rule"].get(rule, 0),
                        f"{gen['per_rule'].get(rule, 0) / n:.3f}" if n else "-",
                    ]
                    for rule in sorted(r.value for r in DEFAULT_RULES)
                ],
            ),
            "",
            "Faithful copies by transformation (a copy has several): how many fail with it, and without it",
        ]
        rows = []
        for name, row in gen["by_transform"].items():
            with_, without = (
                (row.get("copies", 0), row.get("failed", 0)),
                (row.get("without_copies", 0), row.get("without_failed", 0)),
            )
            rows.append([name, *with_, _rate(with_[1], with_[0]), *without, _rate(without[1], without[0])])
        lines += _table(["transformation", "copies", "failed", "rate", "without", "failed", "rate"], rows)
        lines += [
            "",
            "Missed-alteration rate: planted alterations whose rule is not reported, and copies that pass",
        ]
        rules = {
            "quote-word": "altered-quote",
            "speaker": "misattributed-quote",
            "invented": "invented-quote",
        }
        total = Counter()
        rows = []
        for kind, row in gen["by_kind"].items():
            total.update(row)
            rule = rules.get(kind, "conflicting-figure")
            rows.append(
                [
                    kind,
                    rule,
                    row["planted"],
                    row["missed"],
                    _rate(row["missed"], row["planted"]),
                    row["passed"],
                    _rate(row["passed"], row["planted"]),
                ]
            )
        rows.append(
            [
                "all",
                "",
                total["planted"],
                total["missed"],
                _rate(total["missed"], total["planted"]),
                total["passed"],
                _rate(total["passed"], total["planted"]),
            ]
        )
        lines += _table(["planted", "rule", "planted", "missed", "rate", "passed", "rate"], rows)
        if gen["missed_examples"]:
            lines += ["", "Some missed alterations:"]
            lines += [
                f"  {e['id']} {e['kind']}: {e['detail']}; found: {', '.join(e['found']) or 'nothing'}"
                for e in gen["missed_examples"]
            ]
        lines.append(
            f"  (generating {result['generate_seconds']:.1f} s; checking {gen['check_seconds']:.1f} s,"
            f" {gen['per_pair_ms']:.0f} ms a pair, on {result['jobs']} processes)"
        )
    lines += [*(f"Note: {n}" for n in result["notes"]), "", f"{result['seconds']:.1f} s."]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    result: dict[str, Any] = {"notes": [], "jobs": args.jobs, "seed": args.seed}
    cases = gate_cases(args.gate)
    if cases:
        result["gate"] = measure_gate(cases, args.jobs)
    else:
        result["notes"].append(f"No gate fixtures under {args.gate}.")
    pool = read_pool(args.bench)
    if pool is None:
        result["notes"].append(
            f"Benchmark data not found under {args.bench} (need mrpc/train.tsv and stsb/sts-train.csv):"
            " no generated pairs. Give the folder with --bench."
        )
    else:
        t = time.perf_counter()
        pairs = generate(Material.from_pool(pool), args.seed, args.copies)
        result["generate_seconds"] = time.perf_counter() - t
        result["generated_note"] = f"seed {args.seed}, sentences from {args.bench}"
        result["generated"] = measure_generated(pairs, args.jobs)
    result["seconds"] = time.perf_counter() - started
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--bench", type=Path, default=DEFAULT_BENCH, help="the benchmark data (../shared/bench)"
    )
    parser.add_argument("--gate", type=Path, default=GATE, help="the gate fixtures (fixtures/gate)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated pairs (1)")
    parser.add_argument(
        "--copies", type=int, default=1000, help="faithful copies to generate, each also altered (1000)"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (all cores)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = run(args)
    print(json.dumps(result, indent=2, default=str) if args.json else render(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
