"""The four output formats of ``diffnews check``. Each reads an ``Outcome`` and nothing else.

text
    One line per finding, ``COPY:LINE:COLUMN: RULE: message`` (``COPY: RULE: message`` for a
    finding about the whole copy), as compilers and linters write them, so editors and CI logs
    link them; then each minor finding that does not fail the copy, ``COPY:LINE:COLUMN: RULE:
    minor: message (reason)``; then one summary line.
json
    Every finding, and for every copy the full report (``docs/json.md``), its shares and its
    verdict. Its JSON Schema is ``diffnews/schema/check.schema.json``.
markdown
    A summary for a pull-request comment or ``$GITHUB_STEP_SUMMARY``: a table of copies, then
    the findings under each failing copy. Article text is escaped, so a quote cannot inject
    markup.
github
    GitHub Actions workflow commands, ``::error file=COPY,line=L,col=C,title=...::message``,
    which GitHub shows on the copy's line in a pull request (``::warning`` for a minor finding
    that does not fail the copy); then the summary line.
"""

from __future__ import annotations

import json
from typing import Any

from diffnews import __version__
from diffnews.checking.policy import Check, Finding, Outcome
from diffnews.render.markdown import escape as _md

__all__ = ["CHECK_SCHEMA_VERSION", "github", "markdown", "text", "to_dict", "to_json"]

CHECK_SCHEMA_VERSION = 1
"""Version of the JSON format of ``diffnews check``; it changes when a field is renamed, removed
or changes meaning."""


def _name(path: str | None) -> str:
    return path if path is not None else "-"


def _where(check: Check, finding: Finding) -> str:
    if finding.line is None:
        return _name(check.copy)
    return f"{_name(check.copy)}:{finding.line}:{finding.column}"


def summary(outcome: Outcome) -> str:
    """One line: the verdict, with counts."""
    copies = len(outcome.checks)
    noun = "copy" if copies == 1 else "copies"
    if not copies:
        line = "nothing to check"
    elif outcome.passed:
        line = f"{copies} {noun} checked, no problems"
    else:
        problems = outcome.findings
        line = f"{problems} problem{'s' if problems != 1 else ''} in "
        line += f"{outcome.failed} of {copies} {noun}" if copies > 1 else f"{_name(outcome.checks[0].copy)}"
        first = next(c for c in outcome.checks if not c.passed)
        line += f"; the full diff: diffnews compare {_name(first.source)} {_name(first.copy)}"
    if outcome.notes:
        n = outcome.notes
        line += f"; {n} minor finding{'s' if n != 1 else ''} (not failing)"
    if outcome.skipped:
        n = len(outcome.skipped)
        files, them = ("files", "them") if n != 1 else ("file", "it")
        line += f" ({n} {files} skipped: no check.pairs glob lists {them})"
    return f"diffnews check: {line}"


def text(outcome: Outcome) -> str:
    lines = [f"{_where(c, f)}: {f.rule.value}: {f.message}" for c in outcome.checks for f in c.findings]
    lines += [
        f"{_where(c, f)}: {f.rule.value}: minor: {f.message} ({f.reason})"
        for c in outcome.checks
        for f in c.notes
    ]
    lines.append(summary(outcome))
    return "\n".join(lines) + "\n"


def to_dict(outcome: Outcome) -> dict[str, Any]:
    return {
        "check_schema_version": CHECK_SCHEMA_VERSION,
        "diffnews_version": __version__,
        "passed": outcome.passed,
        "policy": outcome.policy.to_dict(),
        "counts": {
            "copies": len(outcome.checks),
            "failed": outcome.failed,
            "findings": outcome.findings,
            "notes": outcome.notes,
            "skipped": len(outcome.skipped),
        },
        "findings": [
            {"copy": c.copy, "source": c.source, **f.to_dict()} for c in outcome.checks for f in c.findings
        ],
        "notes": [
            {"copy": c.copy, "source": c.source, **f.to_dict()} for c in outcome.checks for f in c.notes
        ],
        "copies": [
            {
                "copy": c.copy,
                "source": c.source,
                "passed": c.passed,
                "findings": len(c.findings),
                "notes": len(c.notes),
                "verbatim": round(c.verbatim, 4),
                "coverage": round(c.coverage, 4),
                "report": c.report.to_dict(),
            }
            for c in outcome.checks
        ],
        "skipped": list(outcome.skipped),
    }


def to_json(outcome: Outcome) -> str:
    return json.dumps(to_dict(outcome), ensure_ascii=False, indent=2) + "\n"


def _md_percent(value: float) -> str:
    return f"{100 * value:.0f}%"


def markdown(outcome: Outcome) -> str:
    verdict = "passed" if outcome.passed else "failed"
    mark = "✅" if outcome.passed else "❌"
    verdict_line = _md(summary(outcome).removeprefix("diffnews check: "))
    lines = [f"## {mark} diffnews check {verdict}", "", verdict_line, ""]
    if outcome.checks:
        lines += ["| Copy | Source | Result | Verbatim | Covers source |", "|---|---|---|---|---|"]
        for c in outcome.checks:
            n = len(c.findings)
            result = "✅ passed" if c.passed else f"❌ {n} problem{'s' if n != 1 else ''}"
            if c.notes:
                result += f" ({len(c.notes)} minor)"
            lines.append(
                f"| {_md(_name(c.copy))} | {_md(_name(c.source))} | {result} "
                f"| {_md_percent(c.verbatim)} | {_md_percent(c.coverage)} |"
            )
        lines.append("")
    for c in outcome.checks:
        if c.passed and not c.notes:
            continue
        lines += [f"### {_md(_name(c.copy))}", ""]
        for f in c.findings:
            where = f"line {f.line}" if f.line is not None else "whole copy"
            lines.append(f"- **{f.rule.value}** ({where}): {_md(f.message)}. *{_md(f.reason)}*")
        for f in c.notes:
            where = f"line {f.line}" if f.line is not None else "whole copy"
            lines.append(
                f"- minor, not failing: {f.rule.value} ({where}): {_md(f.message)}. *{_md(f.reason)}*"
            )
        lines.append("")
    if outcome.skipped:
        skipped = ", ".join(_md(s) for s in outcome.skipped)
        lines += [f"Skipped, no `check.pairs` glob lists them: {skipped}", ""]
    return "\n".join(lines)


def _gh_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(value: str) -> str:
    return _gh_data(value).replace(":", "%3A").replace(",", "%2C")


def github(outcome: Outcome) -> str:
    lines = []
    for c in outcome.checks:
        for command, findings in (("error", c.findings), ("warning", c.notes)):
            for f in findings:
                props = [f"file={_gh_property(_name(c.copy))}"]
                if f.line is not None:
                    props += [f"line={f.line}", f"col={f.column}"]
                minor = " (minor)" if command == "warning" else ""
                props.append(f"title={_gh_property(f'diffnews {f.rule.value}{minor}')}")
                message = f.message if command == "error" else f"{f.message} ({f.reason})"
                lines.append(f"::{command} {','.join(props)}::{_gh_data(message)}")
    lines.append(summary(outcome))
    return "\n".join(lines) + "\n"
