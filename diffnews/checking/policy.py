"""The check policy: what an edited copy may not do to its source.

``check(copy, source)`` compares the two (the source on the left, the copy on the right) and
reads the report for findings. Each finding names a rule, the copy's line and column, and the
source's line where there is one. A copy passes when no rule in the policy finds anything
material (below).

Rules, and what each reads from the report (``report.py``):

=====================  ====================================================================
altered-quote          A quote in both whose copy wording is neither the source's nor the
                       source's cut short (``_excerpt``): statuses ``altered``, ``partial``
                       and ``speaker_changed`` are read word by word (``variants.words``:
                       "okay" for "OK" is the same word). A cut at either end,
                       or one marked with an ellipsis or a [bracketed gloss], is allowed; a
                       word dropped from the middle ("will not send" -> "will send") is not.
invented-quote         A quote only the copy has (status ``right_only``), even when the
                       source carries the words without quote marks: quote marks promise
                       that someone said exactly this. Not a scare-quoted term (below).
misattributed-quote    A quote in both, given to another speaker (``speaker_changed``).
conflicting-figure     A number, date or name that an aligned passage gives differently
                       (``Pair.conflicts``). Not one inside a quotation that an
                       altered-quote finding reports (below).
dropped-quote          A quote only the source has (``left_only``). Off by default: editing
                       cuts quotes.
changed-precision      A date given more or less precisely (``Pair.less_specific``). Off by
                       default.
dropped-source         A source (agency, outlet, body) the source credits and the copy does
                       not (``Sources.left_only``). Off by default.
=====================  ====================================================================

The first four are the default (``Rule.DEFAULT``). Two limits, both off unless set:

``max_verbatim``
    The largest share of the copy's words that may sit in sentences labelled ``shared``
    (near-verbatim from the source): a rewrite must be a rewrite.
``min_coverage``
    The smallest share of the source's words the copy must carry, shared or rephrased.

Both count content words as the report's summary does: boilerplate is left out.

**Material and minor.** Each finding says whether it is *material*: whether it changes what
the copy tells its reader. The default policy fails a copy on its material findings and
reports the rest as minor (``Check.notes``); ``Policy.fail_on_minor`` fails on both.

=====================  ====================================================================
material               a word of a quotation changed, added or dropped (a dropped "not", "is"
                       for "was"); a quotation the source does not have, or has only without
                       quote marks, unless it is a scare-quoted term (below); a quotation
                       given to another named speaker; a figure, date or name changed; and
                       every finding of the opt-in rules and limits, which a policy names to
                       fail on them.
minor                  a quotation that differs from the source's only in how its words are
                       written: a contraction written out or in ("do not" for "don't"), a
                       filler dropped ("er", "um"), words joined or split ("wellbeing" for
                       "well-being"); a "figure" that is one name's short and full form
                       ("Lincs" for "Lincolnshire").
no finding             what ``variants.py`` reads as the same words: "okay" for "OK", a word
                       censored with other asterisks, "No 2" for "number two", "nine" for
                       "9", British and American spellings, "Sgt" for "Sergeant"; and
                       case and punctuation. A *scare-quoted term* is no invented quotation
                       either: a quotation only the copy has, of at most ``SCARE_WORDS``
                       content words, inside a sentence of the copy's own (words before its
                       opening mark, not a sentence of its own), given to no speaker, that the
                       source has word for word without quote marks ('calling the junction
                       "an accident waiting to happen"'). Quote marks around the source's own
                       words, given to no one, promise no one's speech.
=====================  ====================================================================

**Confidence** says how sure the reading behind a finding is, not how much it matters:
``high`` where the words or figures are compared directly (a changed word in a quotation the
two sides share most of, a changed number, a quotation with nothing like it in the source);
``medium`` where a step that can go wrong stands between them: speakers (read from the words
around a quotation, docs/quotes.md), a name the word diff pairs up, a quotation the source
says in other words, two quotations that share less than three quarters of their words;
``low`` for two quotations that share less than two fifths of their words, which may be two
statements paired because their sentences align.

Each finding carries a ``reason`` a person can read: "the copy's quotation differs in 1 word:
'is' for 'was'", "the copy gives 21 people where the source gives 12", "Barker's age: 45 in
the source, 54 in the copy" (a figure of an owner both sides name, ``figures.py``), "the copy
gives this quote to Tom Askew; the source to Hull".

**One change, one finding.** A figure changed inside a quotation ("We had 42 patients" ->
"We had 24 patients") is a changed word of the quotation and a changed figure of the passage.
It is reported once, as altered-quote, whose reason names the figure (``_once``); the
report (``Pair.conflicts``) still has the conflict. A policy that does not fail on
altered-quote gets the conflicting-figure finding instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from enum import StrEnum

from diffnews.checking import variants
from diffnews.compare import compare
from diffnews.config import Config
from diffnews.facts.figures import OwnedConflict
from diffnews.facts.forms import same_form
from diffnews.reading.inputs import Document, Format
from diffnews.reading.text import tokenize
from diffnews.report import Conflict, Label, Pair, Quote, QuoteStatus, Report, Sentence, SideSummary

__all__ = ["Check", "Confidence", "Finding", "Outcome", "Policy", "Rule", "check", "share"]


class Rule(StrEnum):
    """What a finding is about: a rule a policy can fail on, or one of the two limits."""

    ALTERED_QUOTE = "altered-quote"
    INVENTED_QUOTE = "invented-quote"
    MISATTRIBUTED_QUOTE = "misattributed-quote"
    CONFLICTING_FIGURE = "conflicting-figure"
    DROPPED_QUOTE = "dropped-quote"
    CHANGED_PRECISION = "changed-precision"
    DROPPED_SOURCE = "dropped-source"
    MAX_VERBATIM = "max-verbatim"
    MIN_COVERAGE = "min-coverage"

    @classmethod
    def parse(cls, names: Iterable[str]) -> frozenset[Rule]:
        """Rules from their names. ``default`` stands for the four default rules, ``all`` for
        all seven; ``["default", "dropped-quote"]`` adds one. Raises ``ValueError``."""
        rules: set[Rule] = set()
        for name in names:
            if name == "default":
                rules |= DEFAULT_RULES
            elif name == "all":
                rules |= set(cls) - LIMITS
            elif name in {r.value for r in LIMITS}:
                raise ValueError(f"'{name}' is a limit, not a rule: set {name} = <share> instead")
            else:
                try:
                    rules.add(cls(name))
                except ValueError:
                    known = ", ".join(r.value for r in cls if r not in LIMITS)
                    raise ValueError(f"unknown rule '{name}'; rules: default, all, {known}") from None
        return frozenset(rules)


LIMITS = frozenset({Rule.MAX_VERBATIM, Rule.MIN_COVERAGE})
DEFAULT_RULES = frozenset(
    {Rule.ALTERED_QUOTE, Rule.INVENTED_QUOTE, Rule.MISATTRIBUTED_QUOTE, Rule.CONFLICTING_FIGURE}
)


class Confidence(StrEnum):
    """How sure the reading behind a finding is (module doc), not how much it matters."""

    HIGH = "high"
    """The words or figures are compared directly."""
    MEDIUM = "medium"
    """A step that can go wrong stands between them: speakers, a paired name, a paraphrase."""
    LOW = "low"
    """The two quotations share so few words that they may be two statements."""


@dataclass(frozen=True)
class Policy:
    """What fails a copy."""

    fail_on: frozenset[Rule] = DEFAULT_RULES
    max_verbatim: float | None = None
    """Largest share (0 to 1) of the copy's words that may be verbatim from the source."""
    min_coverage: float | None = None
    """Smallest share (0 to 1) of the source's words the copy must carry."""
    fail_on_minor: bool = False
    """Fail on minor findings too (a contraction written out inside a quotation, a short
    form given as a conflicting name): every difference the rules find fails. By default they
    are reported (``Check.notes``) and the copy passes."""

    def __post_init__(self) -> None:
        for name in ("max_verbatim", "min_coverage"):
            value = getattr(self, name)
            if value is not None and not 0 <= value <= 1:
                raise ValueError(f"{name} must be between 0 and 1, not {value}")

    def to_dict(self) -> dict[str, object]:
        return {
            "fail_on": sorted(r.value for r in self.fail_on),
            "max_verbatim": self.max_verbatim,
            "min_coverage": self.min_coverage,
            "fail_on_minor": self.fail_on_minor,
        }


@dataclass(frozen=True)
class Finding:
    """One thing the copy does that a rule of the policy finds."""

    rule: Rule
    message: str
    """One line, complete: what is wrong, with the copy's and the source's wording."""
    line: int | None
    """Line of the copy, from 1; None for a finding about the whole copy."""
    column: int | None
    """Column of the copy, from 1 (in characters); None with ``line``."""
    source_line: int | None = None
    """Line of the source it concerns, when there is one."""
    material: bool = True
    """Whether it changes what the copy tells its reader (module doc): a changed word or
    figure, a quotation invented or given to another speaker. A minor finding (False) fails a
    copy only under ``Policy.fail_on_minor``."""
    confidence: Confidence = Confidence.HIGH
    """How sure the reading behind it is (module doc)."""
    reason: str = ""
    """Why, in a few words a person can read: "the copy's quotation differs in 1 word: 'is'
    for 'was'"."""

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule.value,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "source_line": self.source_line,
            "material": self.material,
            "confidence": self.confidence.value,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Check:
    """A copy checked against its source."""

    copy: str | None
    """The copy's path as given, or None from the library."""
    source: str | None
    report: Report
    """The comparison: the source on the left, the copy on the right."""
    findings: tuple[Finding, ...]
    """What fails the copy: the material findings of the policy's rules and limits (and the
    minor ones too under ``Policy.fail_on_minor``)."""
    verbatim: float
    """Share (0 to 1) of the copy's words in near-verbatim (shared) sentences."""
    coverage: float
    """Share (0 to 1) of the source's words that the copy carries, shared or rephrased."""
    notes: tuple[Finding, ...] = ()
    """Minor findings of the policy's rules, reported without failing the copy."""

    @property
    def passed(self) -> bool:
        return not self.findings


@dataclass(frozen=True)
class Outcome:
    """One run of ``diffnews check``: the model every output format reads."""

    checks: tuple[Check, ...]
    policy: Policy
    skipped: tuple[str, ...] = ()
    """Files named on the command line that no ``[[check.pairs]]`` glob lists."""

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    @property
    def findings(self) -> int:
        return sum(len(c.findings) for c in self.checks)

    @property
    def notes(self) -> int:
        return sum(len(c.notes) for c in self.checks)

    @property
    def failed(self) -> int:
        return sum(not c.passed for c in self.checks)


def check(
    copy: str,
    source: str | Document,
    policy: Policy | None = None,
    config: Config | None = None,
    *,
    copy_path: str | None = None,
    source_path: str | None = None,
    lang: str | None = None,
) -> Check:
    """Check the text ``copy`` against the text ``source``. Never prints, never exits. ``lang``
    is the language of both (an ISO 639-1 code); each is detected when it is None.

    ``source`` may be a ``Document`` (``diffnews.load``): a web page's source lines are not
    those of its file, so findings then name the source without a line.

    >>> source = 'The minister said: "We will not send troops." Officials counted 3,500 soldiers.'
    >>> copy = 'The minister said: "We will send troops." Officials counted 5,300 soldiers.'
    >>> [(f.rule.value, f.reason) for f in check(copy, source).findings]  # doctest: +NORMALIZE_WHITESPACE
    [('altered-quote', "the copy's quotation differs in 1 word: it drops 'not'"),
     ('conflicting-figure', 'the copy gives 5,300 soldiers where the source gives 3,500')]
    """
    policy = policy or Policy()
    report = compare(
        source,
        copy,
        config=config,
        left_source=source_path,
        right_source=copy_path,
        left_lang=lang,
        right_lang=lang,
    )
    lines = not isinstance(source, Document) or source.format is Format.TEXT
    where = _Where(copy, report.left.text, report, source_path, lines)
    quoted = _quote_findings(report.quotes, where)
    figures = _figure_findings(report.pairs, where)
    if Rule.ALTERED_QUOTE in policy.fail_on:
        quoted, figures = _once(quoted, figures, where)
    found = [
        *(finding for finding, _ in quoted),
        *(figure.finding for figure in figures),
        *(
            Finding(
                Rule.DROPPED_SOURCE,
                f"the source credits {name}; the copy does not",
                None,
                None,
                reason=f"the copy no longer credits {name}",
            )
            for name in report.sources.left_only
        ),
    ]
    verbatim = share(report.summary.right, Label.SHARED)
    coverage = share(report.summary.left, Label.SHARED, Label.REPHRASED)
    if policy.max_verbatim is not None and verbatim > policy.max_verbatim:
        found.append(
            Finding(
                Rule.MAX_VERBATIM,
                f"{_percent(verbatim)} of the copy's words are verbatim from the source; "
                f"the limit is {_percent(policy.max_verbatim)}",
                None,
                None,
                reason=f"more of the copy is verbatim ({_percent(verbatim)}) than the limit allows",
            )
        )
    if policy.min_coverage is not None and coverage < policy.min_coverage:
        found.append(
            Finding(
                Rule.MIN_COVERAGE,
                f"the copy carries {_percent(coverage)} of the source's words; "
                f"at least {_percent(policy.min_coverage)} is required",
                None,
                None,
                reason=f"the copy carries less of the source ({_percent(coverage)}) than required",
            )
        )
    kept = [f for f in found if f.rule in policy.fail_on or f.rule in LIMITS]
    kept.sort(key=lambda f: (f.line is None, f.line or 0, f.column or 0))
    failing = tuple(f for f in kept if f.material or policy.fail_on_minor)
    notes = tuple(f for f in kept if not (f.material or policy.fail_on_minor))
    return Check(copy_path, source_path, report, failing, verbatim, coverage, notes)


def share(side: SideSummary, *labels: Label) -> float:
    """Share (0 to 1) of a side's content words in sentences with these labels."""
    words = side.words
    content = words.shared + words.rephrased + words.unique
    return sum(getattr(words, label.value) for label in labels) / content if content else 0.0


# ---- reading the report -------------------------------------------------------------------------

_BREAK = re.compile(r"\r\n?|\n")


@dataclass(frozen=True)
class _Where:
    """Turns sentence ids and offsets into the copy's and the source's line numbers."""

    copy: str
    source: str
    report: Report
    source_path: str | None
    lines: bool = True
    """False when the source's text is not its file's (a web page's extracted article)."""

    def copy_at(self, offset: int) -> tuple[int, int]:
        return _line_column(self.copy, offset)

    def source_line(self, ids: Sequence[str]) -> int | None:
        if not ids or not self.lines:
            return None
        return _line_column(self.source, self.report.sentence(ids[0]).start)[0]

    def in_source(self, ids: Sequence[str]) -> str:
        line = self.source_line(ids)
        if self.source_path is None:
            return "the source" if line is None else f"the source (line {line})"
        return self.source_path if line is None else f"{self.source_path}:{line}"

    def sentences(self, ids: Sequence[str]) -> list[Sentence]:
        return [self.report.sentence(i) for i in ids]


def _line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``; \\n, \\r\\n and a lone \\r each end a line."""
    line, start = 1, 0
    for match in _BREAK.finditer(text, 0, offset):
        line, start = line + 1, match.end()
    return line, offset - start + 1


def _quote_findings(quotes: Sequence[Quote], where: _Where) -> list[tuple[Finding, Quote]]:
    """The findings of the quotations, each with its quotation."""
    findings: list[tuple[Finding, Quote]] = []
    for q in quotes:
        source_text, copy_text = q.texts
        said = f" by {q.speaker}" if q.speaker else ""
        line: int | None = None
        column: int | None = None
        offset: int | None = None
        if q.right:
            opening = (_CUT.split(copy_text or "")[0].strip() or (copy_text or "")).split()[:4]
            offset = _find(" ".join(opening), where.copy, where.sentences(q.right))
            line, column = where.copy_at(offset)
        source_line = where.source_line(q.left)
        if q.status is QuoteStatus.RIGHT_ONLY:
            assert offset is not None
            finding = _invented(q, copy_text or "", offset, where)
            if finding is not None:
                findings.append((replace(finding, line=line, column=column), q))
        elif q.status is QuoteStatus.LEFT_ONLY:
            message = f"the source's quote{said} ({where.in_source(q.left)}) is missing: {_cite(source_text)}"
            findings.append(
                (
                    Finding(
                        Rule.DROPPED_QUOTE,
                        message,
                        None,
                        None,
                        source_line,
                        reason="the copy leaves out a quotation of the source",
                    ),
                    q,
                )
            )
        else:
            if q.status is QuoteStatus.SPEAKER_CHANGED:
                copy_speaker, source_speaker = q.speakers[1], q.speakers[0]
                message = (
                    f"quote given to {copy_speaker or 'no one'} here, to {source_speaker or 'no one'} "
                    f"in {where.in_source(q.left)}: {_cite(copy_text)}"
                )
                reason = (
                    f"the copy gives this quote to {copy_speaker or 'no one'}; "
                    f"the source to {source_speaker or 'no one'}"
                )
                findings.append(
                    (
                        Finding(
                            Rule.MISATTRIBUTED_QUOTE,
                            message,
                            line,
                            column,
                            source_line,
                            confidence=Confidence.MEDIUM,
                            reason=reason,
                        ),
                        q,
                    )
                )
            if q.status not in (QuoteStatus.VERBATIM, QuoteStatus.TRANSLATED):
                reading = read_quote(copy_text or "", source_text or "")
                if reading is not None:
                    mine, theirs = _difference(copy_text or "", source_text or "")
                    message = f"quote{said} altered: {mine} here, {theirs} in {where.in_source(q.left)}"
                    finding = Finding(Rule.ALTERED_QUOTE, message, line, column, source_line, *reading.fields)
                    findings.append((finding, q))
    return findings


# ---- quotations, word by word -------------------------------------------------------------------

# An ellipsis or an editor's [bracketed words] mark where a quote was cut or glossed.
_CUT = re.compile(r"…|\.\s?\.\s?\.|\[[^\]]*\]")

_FILLERS = frozenset({"er", "erm", "um", "umm", "uh", "uhm", "ah", "eh", "hmm", "mm"})
"""Hesitations a desk leaves out of a quotation: dropping one is a minor difference."""
_NOT = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
"""Contractions in n't whose first part is not the verb as written: won't, can't, shan't."""
_TAILS = {"'ll": "will", "'re": "are", "'ve": "have", "'m": "am", "'d": "would"}
_IS = frozenset({"it", "that", "there", "here", "what", "who", "where", "how", "he", "she"})
"""Words whose 's is "is" (elsewhere 's is mostly a possessive, which is kept)."""


@dataclass(frozen=True)
class Reading:
    """How a copy's quotation differs from the source's: what an altered-quote finding says."""

    material: bool
    confidence: Confidence
    reason: str

    @property
    def fields(self) -> tuple[bool, Confidence, str]:
        return self.material, self.confidence, self.reason


def read_quote(copy: str, source: str) -> Reading | None:
    """How the quotation ``copy`` reads against the source's quotation ``source``: None when
    it is the source's words, cut short or not (an excerpt, ``_excerpt``), once trivial
    variants are read as one word (``variants.words``).

    Else a minor reading when the two differ only in how words are written (``_loose``: a
    contraction written out, a filler dropped, words joined), or a material one. Its reason
    lists the words that differ, from a word diff of each of the copy's sentences against the
    source's quotation: source words before or after the sentence are no difference; a word
    only the source has, inside it, is dropped.

    >>> read_quote("We will send troops", "We will not send troops to the border").reason
    "the copy's quotation differs in 1 word: it drops 'not'"
    >>> read_quote("It's okay, f****** hell, we came No 2", "It's OK, f***ing hell, we came number two")
    >>> read_quote("We do not know", "We don't know").reason
    "the copy's quotation differs only in how words are written: 'do not' for 'don't'"
    """
    pieces = _pieces(copy)
    theirs_words = variants.words(source)
    flat = [w for piece in pieces for sentence in piece for w in sentence]
    mine, theirs = variants.resolve([w.key for w in flat], [w.key for w in theirs_words])
    runs, at = [], 0
    for piece in pieces:
        size = sum(len(sentence) for sentence in piece)
        runs.append(mine[at : at + size])
        at += size
    if _excerpt(runs, theirs):
        return None
    changes: list[tuple[int, str]] = []
    matched = at = 0
    for sentence in (sentence for piece in pieces for sentence in piece):
        shown = [w.text for w in flat[at : at + len(sentence)]]
        found, common = _changes(mine[at : at + len(sentence)], theirs, shown, [w.text for w in theirs_words])
        changes, matched, at = changes + found, matched + common, at + len(sentence)
    ratio = matched / max(1, min(len(mine), len(theirs)))
    confidence = Confidence.HIGH if ratio >= 0.75 else Confidence.MEDIUM if ratio >= 0.4 else Confidence.LOW
    if _loose_excerpt([_loose(run) for run in runs], _loose(theirs)):
        listed = "; ".join(what for _, what in changes[:3]) or "its words written differently"
        return Reading(
            False, confidence, f"the copy's quotation differs only in how words are written: {listed}"
        )
    if not changes:
        return Reading(True, confidence, "the copy's quotation has the source's words in another order")
    count = sum(n for n, _ in changes)
    listed = "; ".join(what for _, what in changes[:3])
    more = f"; and {len(changes) - 3} more" if len(changes) > 3 else ""
    noun = "word" if count == 1 else "words"
    return Reading(True, confidence, f"the copy's quotation differs in {count} {noun}: {listed}{more}")


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z])")
"""Where a sentence ends inside a quotation: a stop, then a capital."""

Piece = list[tuple[variants.Word, ...]]
"""One marked piece of a quotation (split at an ellipsis or a [gloss]), as its sentences."""


def _pieces(copy: str) -> list[Piece]:
    """The copy's quotation as marked pieces, each as its sentences' words. A piece's words are
    read whole ("No. 2" is a rank, not a sentence end), then split where its sentences end, if
    the sentences' own words agree with the piece's."""
    out = []
    for piece in _CUT.split(copy):
        words = variants.words(piece)
        if not words:
            continue
        sentences = [variants.words(s) for s in _SENTENCE_END.split(piece.strip())]
        sentences = [s for s in sentences if s]
        if [w.key for s in sentences for w in s] == [w.key for w in words]:
            out.append(sentences)
        else:
            out.append([words])
    return out


def _excerpt(runs: Sequence[Sequence[str]], words: Sequence[str]) -> bool:
    """Each run is an unbroken stretch of ``words``, in order: the copy's quotation is the
    source's cut short (at either end, or where it marks a cut). Dropping a word from the
    middle without marking it ("we will not send" -> "we will send") is no excerpt."""
    at = 0
    for run in runs:
        if not run:
            continue
        found = next(
            (k for k in range(at, len(words) - len(run) + 1) if list(words[k : k + len(run)]) == list(run)),
            None,
        )
        if found is None:
            return False
        at = found + len(run)
    return True


def _loose(keys: Sequence[str]) -> list[str]:
    """Keys with contractions written out ("don't" -> "do not", "it's" -> "it is") and
    fillers ("er", "um") dropped: what two quotations that differ only in how they are
    written share."""
    out: list[str] = []
    for key in keys:
        if key in _FILLERS:
            continue
        if key == "cannot":
            out += ["can", "not"]
        elif key.endswith("n't") and len(key) > 3:
            stem = key[:-3]
            out += [_NOT.get(stem, stem), "not"]
        elif key[-3:] in _TAILS and len(key) > 3:
            out += [key[:-3], _TAILS[key[-3:]]]
        elif key[-2:] in ("'m", "'d") and len(key) > 2:
            out += [key[:-2], _TAILS[key[-2:]]]
        elif key.endswith("'s") and key[:-2] in _IS:
            out += [key[:-2], "is"]
        elif key == "let's":
            out += ["let", "us"]
        else:
            out.append(key)
    return out


def _loose_excerpt(runs: Sequence[Sequence[str]], words: Sequence[str]) -> bool:
    """``_excerpt`` with word boundaries set aside, but not word ends: each run's letters,
    joined, are the letters of an unbroken stretch of ``words`` that starts and ends between
    words ("wellbeing" against "well being", "child care" against "childcare")."""
    text = "".join(words)
    bounds, at = {0}, 0
    for word in words:
        at += len(word)
        bounds.add(at)
    at = 0
    for run in runs:
        piece = "".join(run)
        if not piece:
            continue
        found = text.find(piece, at)
        while found >= 0 and not (found in bounds and found + len(piece) in bounds):
            found = text.find(piece, found + 1)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _changes(
    mine: Sequence[str], theirs: Sequence[str], mine_shown: Sequence[str], theirs_shown: Sequence[str]
) -> tuple[list[tuple[int, str]], int]:
    """The differences of a word diff of a sentence of the copy's quotation (``mine``) against
    the source's quotation, each as how many words it takes and what a reader is told ("'is'
    for 'was'", "it drops 'not'", "it adds 'very'"); and how many words the two have in
    common. Source words before the sentence's first word or after its last are the source's
    other sentences, or a cut, not differences."""
    matcher = SequenceMatcher(None, list(mine), list(theirs), autojunk=False)
    out = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "insert" and i1 in (0, len(mine))):
            continue
        copy_words, source_words = _shown(mine_shown[i1:i2]), _shown(theirs_shown[j1:j2])
        if tag == "insert":
            out.append((j2 - j1, f"it drops '{source_words}'"))
        elif tag == "delete":
            out.append((i2 - i1, f"it adds '{copy_words}'"))
        else:
            out.append((max(i2 - i1, j2 - j1), f"'{copy_words}' for '{source_words}'"))
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return out, matched


def _shown(texts: Sequence[str], most: int = 8) -> str:
    """Words as written, a short form that became several full-form words shown once, and at
    most ``most`` of them."""
    out: list[str] = []
    for text in texts:
        if not out or out[-1] != text:
            out.append(text)
    return " ".join(out) if len(out) <= most else " ".join(out[:most]) + " …"


# ---- invented quotations ------------------------------------------------------------------------

SCARE_WORDS = 4
"""The most content words (function words aside: "an accident waiting to happen" has three) a
scare-quoted term may have. A term a copy puts in quote marks to say "their word, not ours" is
a noun phrase or a short predicate ("a white elephant", "not fit for purpose", "an accident
waiting to happen"); a statement someone made needs a subject and a verb and mostly more.
Counting content words, not words, lets the articles and prepositions of such a phrase stand
beside its four."""

_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)]*\s+\S")


def _invented(q: Quote, copy_text: str, offset: int, where: _Where) -> Finding | None:
    """The invented-quote finding for a quotation only the copy has, or None for a
    scare-quoted term (module doc). ``offset`` is where it starts in the copy. Line and column
    are the caller's. Whether the source has the words unquoted is read with trivial
    variants as the same words (``variants.keys``)."""
    said = f" by {q.speaker}" if q.speaker else ""
    message = f"quote{said} not in the source: {_cite(copy_text)}"
    carried = where.source_line(q.unquoted)
    runs = [variants.keys(piece) for piece in _CUT.split(copy_text)]
    exact = any(_excerpt(runs, variants.keys(s.text)) for s in where.sentences(q.unquoted))
    if _scare_quotes(q, copy_text, offset, where) and (exact or _excerpt(runs, variants.keys(where.source))):
        return None
    if q.unquoted:
        how = "word for word" if exact else "in other words"
        message += f"; {where.in_source(q.unquoted)} has it {how}, without quote marks"
    if exact:
        reason = (
            "the source has these words word for word, but not as a quotation: "
            "quote marks say someone said them"
        )
        confidence = Confidence.HIGH
    elif q.unquoted:
        reason = "the source says this only in other words, without quote marks"
        confidence = Confidence.MEDIUM
    else:
        reason = "the source does not have this quotation, quoted or not"
        confidence = Confidence.HIGH
    return Finding(Rule.INVENTED_QUOTE, message, None, None, carried, confidence=confidence, reason=reason)


def _scare_quotes(q: Quote, text: str, offset: int, where: _Where) -> bool:
    """Whether a quotation reads as a scare-quoted term (module doc): given to no speaker, one
    piece of at most ``SCARE_WORDS`` content words, not a sentence, with words of the copy's
    sentence before it."""
    if q.speakers[1] is not None or _CUT.search(text) or _SENTENCE_BREAK.search(text.strip()):
        return False
    if sum(t.stem is not None for t in tokenize(text)) > SCARE_WORDS:
        return False
    sentence = next((s for s in where.sentences(q.right) if s.start <= offset < s.end), None)
    return sentence is not None and re.search(r"\w", where.copy[sentence.start : offset - 1]) is not None


# ---- figures ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _FigureFinding:
    """A figure finding with what it was read from."""

    finding: Finding
    pair: Pair
    conflict: Conflict
    at: int
    """Where the copy's figure is in the copy."""


def _figure_findings(pairs: Sequence[Pair], where: _Where) -> list[_FigureFinding]:
    findings = []
    for pair in pairs:
        copies = where.sentences(pair.right)
        sources = where.sentences(pair.left)
        for rule, conflicts, note in (
            (Rule.CONFLICTING_FIGURE, pair.conflicts, ""),
            (Rule.CHANGED_PRECISION, pair.less_specific, "; one is more precise than the other"),
        ):
            for conflict in conflicts:
                at = _find(conflict.right, where.copy, copies)
                line, column = where.copy_at(at)
                owner = conflict.owner if isinstance(conflict, OwnedConflict) else ""
                message = (
                    f"{conflict.kind} {conflict.right!r} here, {conflict.left!r} "
                    f"in {where.in_source(pair.left)}{note}{f': {owner}' if owner else ''}"
                )
                theirs = _find(conflict.left, where.source, sources)
                if rule is Rule.CHANGED_PRECISION:
                    reason = f"the copy gives the date as {conflict.right!r}, the source as {conflict.left!r}"
                    material, confidence = True, Confidence.HIGH
                else:
                    material, confidence, reason = _figure_reading(
                        conflict,
                        _unit(where.copy, at, conflict.right),
                        _unit(where.source, theirs, conflict.left),
                    )
                finding = Finding(
                    rule, message, line, column, where.source_line(pair.left), material, confidence, reason
                )
                findings.append(_FigureFinding(finding, pair, conflict, at))
    return findings


def _once(
    quoted: list[tuple[Finding, Quote]], figures: list[_FigureFinding], where: _Where
) -> tuple[list[tuple[Finding, Quote]], list[_FigureFinding]]:
    """One change, one finding: a figure the copy changes inside a quotation (the source's
    "We had 42 patients", the copy's "We had 24 patients") is the quotation's change. Its
    conflicting-figure finding is dropped, and the altered-quote finding's reason names the
    figure when it does not already ("... and 2 more; among them '41 million pounds' for '14
    million pounds'"). Only when the policy fails on altered quotes: one that fails on figures
    alone keeps the figure; and only for a material alteration, which a changed figure is."""
    reasons: dict[int, str] = {}
    kept = []
    for figure in figures:
        conflict = figure.conflict
        host = next(
            (
                n
                for n, (finding, q) in enumerate(quoted)
                if finding.rule is Rule.ALTERED_QUOTE and finding.material and _quotes(q, figure, where)
            ),
            None,
        )
        if figure.finding.rule is not Rule.CONFLICTING_FIGURE or host is None:
            kept.append(figure)
            continue
        reason = reasons.get(host, quoted[host][0].reason)
        if not all(
            _has(reason.casefold(), shown.split()[0].casefold()) for shown in (conflict.right, conflict.left)
        ):
            reason += f"; among them '{conflict.right}' for '{conflict.left}'"
        reasons[host] = reason
    out = [(replace(f, reason=reasons[n]) if n in reasons else f, q) for n, (f, q) in enumerate(quoted)]
    return out, kept


def _quotes(q: Quote, figure: _FigureFinding, where: _Where) -> bool:
    """Whether a quotation holds a figure finding's two figures: the copy's inside the copy's
    quoted words, where the copy has it, and the source's inside the source's."""
    source_text, copy_text = q.texts
    conflict = figure.conflict
    if not (source_text and copy_text and set(q.left) & set(figure.pair.left)):
        return False
    inside = any(s.start <= figure.at < s.end for s in where.sentences(q.right))
    return inside and _has(copy_text, conflict.right) and _has(source_text, conflict.left)


def _has(text: str, figure: str) -> bool:
    """``figure`` in ``text`` as a whole: "24" is not in "1,240"."""
    pattern = r"(?<![\w.,])" + r"\s+".join(map(re.escape, figure.split())) + r"(?!\w|[.,]\d)"
    return re.search(pattern, text) is not None


def _figure_reading(conflict: Conflict, mine: str, theirs: str) -> tuple[bool, Confidence, str]:
    """Material, confidence and reason of a conflicting figure. ``mine`` and ``theirs`` are
    the word after each side's figure ("people"), or "". A name that is the other's short or
    full form ("Lincs", "Lincolnshire"), or the same words once variants are read, is minor. A
    figure of an owner the two sides share says whose it is ("Barker's age: 45 in the source,
    54 in the copy")."""
    copy, source = conflict.right, conflict.left
    if isinstance(conflict, OwnedConflict) and conflict.owner:  # "Barker's age"
        return True, Confidence.HIGH, f"{conflict.owner}: {source} in the source, {copy} in the copy"
    if conflict.kind == "name":
        same = same_form(copy, source) or variants.keys(copy) == variants.keys(source)
        reason = f"the copy names {copy} where the source names {source}"
        if same:
            return False, Confidence.HIGH, f"{reason}: one is the other's short form"
        return True, Confidence.MEDIUM, reason
    unit = f" {mine}" if mine and mine == theirs else ""
    copy_unit = f" {mine}" if mine else ""
    source_unit = "" if unit else (f" {theirs}" if theirs else "")
    return (
        True,
        Confidence.HIGH,
        f"the copy gives {copy}{copy_unit} where the source gives {source}{source_unit}",
    )


_UNIT = re.compile(r"\s+([^\W\d_][\w-]*)(?:\s+([^\W\d_][\w-]*))?")


def _unit(text: str, at: int, figure: str) -> str:
    """The one or two lowercase content words right after ``figure`` at ``at`` in ``text``, if
    there are any: what the figure counts ("21 people", "3,500 foreign soldiers")."""
    if text[at : at + len(figure)] != figure:
        return ""
    found = _UNIT.match(text, at + len(figure))
    out: list[str] = []
    for word in found.groups() if found else ():
        tokens = tokenize(word) if word else []
        if not word or not word.islower() or len(tokens) != 1 or tokens[0].stem is None:
            break
        out.append(word)
    return " ".join(out)


def _find(text: str, document: str, sentences: Sequence[Sentence]) -> int:
    """Offset of ``text`` in ``document``, searched from the first of ``sentences`` on (a quote
    may run past the sentences the report gives it), else the first's start. Its words may be
    split by any white space (a hard-wrapped quote), and it must stand alone: "500" is not
    found inside "1,500"."""
    start = sentences[0].start
    words = text.split()
    if words:
        pattern = re.compile(r"(?<![\w.,])" + r"\s+".join(map(re.escape, words)) + r"(?!\w|[.,]\d)")
        found = pattern.search(document, start)
        if found:
            return found.start()
    return start


def _difference(copy: str, source: str, context: int = 4) -> tuple[str, str]:
    """The two wordings around their first difference, a few words either side, so a long
    quote's one changed word is in view: “…of the Iraqi government and not…”."""
    a, b = copy.split(), source.split()
    matcher = SequenceMatcher(None, [w.lower() for w in a], [w.lower() for w in b], autojunk=False)
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not changes or matcher.ratio() < 0.5:  # reworded throughout: show both from the start
        return _cite(copy), _cite(source)
    _, i1, i2, j1, j2 = changes[0]
    last = changes[-1] if changes[-1][2] - i1 <= 12 and changes[-1][4] - j1 <= 12 else changes[0]
    i2, j2 = last[2], last[4]

    def window(words: list[str], start: int, end: int) -> str:
        lo, hi = max(0, start - context), min(len(words), end + context)
        shown = " ".join(words[lo:hi])
        return f"“{'…' if lo else ''}{shown}{'…' if hi < len(words) else ''}”"

    return window(a, i1, i2), window(b, j1, j2)


def _cite(text: str | None, limit: int = 100) -> str:
    if not text:
        return "“”"
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1].rstrip() + '…'}”"


def _percent(value: float) -> str:
    shown = f"{100 * value:.1f}".removesuffix(".0")
    return f"{shown}%"
