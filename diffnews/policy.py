"""The check policy: what an edited copy may not do to its source.

``check(copy, source)`` compares the two (the source on the left, the copy on the right) and
reads the report for findings. Each finding names a rule, the copy's line and column, and the
source's line where there is one. A copy passes when no rule in the policy finds anything.

Rules, and what each reads from the report (``report.py``):

=====================  ====================================================================
altered-quote          A quote in both whose copy wording is neither the source's nor the
                       source's cut short (``_excerpt``): statuses ``altered``, ``partial``
                       and ``speaker_changed`` are read word by word. A cut at either end,
                       or one marked with an ellipsis or a [bracketed gloss], is allowed; a
                       word dropped from the middle ("will not send" -> "will send") is not.
invented-quote         A quote only the copy has (status ``right_only``), even when the
                       source carries the words without quote marks: quote marks promise
                       that someone said exactly this.
misattributed-quote    A quote in both, given to another speaker (``speaker_changed``).
conflicting-figure     A number, date or name that an aligned passage gives differently
                       (``Pair.conflicts``).
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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from diffnews.compare import compare
from diffnews.config import Config
from diffnews.inputs import Document, Format
from diffnews.report import Label, Pair, Quote, QuoteStatus, Report, Sentence, SideSummary
from diffnews.text import tokenize

__all__ = ["Check", "Finding", "Outcome", "Policy", "Rule", "check", "share"]


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


@dataclass(frozen=True)
class Policy:
    """What fails a copy."""

    fail_on: frozenset[Rule] = DEFAULT_RULES
    max_verbatim: float | None = None
    """Largest share (0 to 1) of the copy's words that may be verbatim from the source."""
    min_coverage: float | None = None
    """Smallest share (0 to 1) of the source's words the copy must carry."""

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
        }


@dataclass(frozen=True)
class Finding:
    """One thing the copy does that the policy forbids."""

    rule: Rule
    message: str
    """One line, complete: what is wrong, with the copy's and the source's wording."""
    line: int | None
    """Line of the copy, from 1; None for a finding about the whole copy."""
    column: int | None
    """Column of the copy, from 1 (in characters); None with ``line``."""
    source_line: int | None = None
    """Line of the source it concerns, when there is one."""

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule.value,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "source_line": self.source_line,
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
    verbatim: float
    """Share (0 to 1) of the copy's words in near-verbatim (shared) sentences."""
    coverage: float
    """Share (0 to 1) of the source's words that the copy carries, shared or rephrased."""

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
) -> Check:
    """Check the text ``copy`` against the text ``source``. Never prints, never exits.

    ``source`` may be a ``Document`` (``diffnews.load``): a web page's source lines are not
    those of its file, so findings then name the source without a line.

    >>> source = 'The minister said: "We will not send troops." Officials counted 3,500 soldiers.'
    >>> copy = 'The minister said: "We will send troops." Officials counted 5,300 soldiers.'
    >>> [f.rule.value for f in check(copy, source).findings]
    ['altered-quote', 'conflicting-figure']
    """
    policy = policy or Policy()
    report = compare(source, copy, config=config, left_source=source_path, right_source=copy_path)
    lines = not isinstance(source, Document) or source.format is Format.TEXT
    where = _Where(copy, report.left.text, report, source_path, lines)
    found = [
        *_quote_findings(report.quotes, where),
        *_figure_findings(report.pairs, where),
        *(
            Finding(Rule.DROPPED_SOURCE, f"the source credits {name}; the copy does not", None, None)
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
            )
        )
    kept = [f for f in found if f.rule in policy.fail_on or f.rule in LIMITS]
    kept.sort(key=lambda f: (f.line is None, f.line or 0, f.column or 0))
    return Check(copy_path, source_path, report, tuple(kept), verbatim, coverage)


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


def _quote_findings(quotes: Sequence[Quote], where: _Where) -> list[Finding]:
    findings = []
    for q in quotes:
        source_text, copy_text = q.texts
        said = f" by {q.speaker}" if q.speaker else ""
        line: int | None = None
        column: int | None = None
        if q.right:
            opening = (_CUT.split(copy_text or "")[0].strip() or (copy_text or "")).split()[:4]
            line, column = where.copy_at(_find(" ".join(opening), where.copy, where.sentences(q.right)))
        source_line = where.source_line(q.left)
        if q.status is QuoteStatus.RIGHT_ONLY:
            message = f"quote{said} not in the source: {_cite(copy_text)}"
            if q.unquoted:
                exact = any(_excerpt(copy_text or "", s.text) for s in where.sentences(q.unquoted))
                how = "word for word" if exact else "in other words"
                message += f"; {where.in_source(q.unquoted)} has it {how}, without quote marks"
            carried = where.source_line(q.unquoted)
            findings.append(Finding(Rule.INVENTED_QUOTE, message, line, column, carried))
        elif q.status is QuoteStatus.LEFT_ONLY:
            message = f"the source's quote{said} ({where.in_source(q.left)}) is missing: {_cite(source_text)}"
            findings.append(Finding(Rule.DROPPED_QUOTE, message, None, None, source_line))
        else:
            if q.status is QuoteStatus.SPEAKER_CHANGED:
                copy_speaker, source_speaker = q.speakers[1], q.speakers[0]
                message = (
                    f"quote given to {copy_speaker or 'no one'} here, to {source_speaker or 'no one'} "
                    f"in {where.in_source(q.left)}: {_cite(copy_text)}"
                )
                findings.append(Finding(Rule.MISATTRIBUTED_QUOTE, message, line, column, source_line))
            cut = _excerpt(copy_text or "", source_text or "")
            if q.status is not QuoteStatus.VERBATIM and not cut:
                mine, theirs = _difference(copy_text or "", source_text or "")
                message = f"quote{said} altered: {mine} here, {theirs} in {where.in_source(q.left)}"
                findings.append(Finding(Rule.ALTERED_QUOTE, message, line, column, source_line))
    return findings


# An ellipsis or an editor's [bracketed words] mark where a quote was cut or glossed.
_CUT = re.compile(r"…|\.\s?\.\s?\.|\[[^\]]*\]")


def _excerpt(copy: str, source: str) -> bool:
    """The copy's quote is the source's cut short: each of its pieces (split at an ellipsis or
    a [bracketed gloss]) is an unbroken run of the source's words, in order. Dropping a word
    from the middle without marking it ("we will not send" -> "we will send") is no excerpt."""
    words = [t.norm for t in tokenize(source)]
    at = 0
    for piece in _CUT.split(copy):
        run = [t.norm for t in tokenize(piece)]
        if not run:
            continue
        found = next(
            (k for k in range(at, len(words) - len(run) + 1) if words[k : k + len(run)] == run), None
        )
        if found is None:
            return False
        at = found + len(run)
    return True


def _figure_findings(pairs: Sequence[Pair], where: _Where) -> list[Finding]:
    findings = []
    for pair in pairs:
        copies = where.sentences(pair.right)
        for rule, conflicts, note in (
            (Rule.CONFLICTING_FIGURE, pair.conflicts, ""),
            (Rule.CHANGED_PRECISION, pair.less_specific, "; one is more precise than the other"),
        ):
            for conflict in conflicts:
                line, column = where.copy_at(_find(conflict.right, where.copy, copies))
                message = (
                    f"{conflict.kind} {conflict.right!r} here, {conflict.left!r} "
                    f"in {where.in_source(pair.left)}{note}"
                )
                findings.append(Finding(rule, message, line, column, where.source_line(pair.left)))
    return findings


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
