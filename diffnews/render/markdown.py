"""The report as Markdown, for a ticket, a pull request or a chat message.

It reads a ``Report`` and nothing else. It leads with what a reviewer acts on, and folds away
what agrees:

1. a summary table (sentences and share of words per label, each side);
2. figures that disagree, each with the sentences that give them;
3. quotations whose status is not verbatim (altered, speaker changed, on one side only), then
   the sources one side credits alone;
4. the sentences only one side has;
5. the rephrased groups, left above right, with the words that have no counterpart in bold;
6. the shared groups, inside a ``<details>`` block that GitHub and GitLab show folded.

Article text is escaped (``escape``): Markdown's inline marks, GitHub's ``$math$``, HTML, and
the @mentions and #links that would notify people or cross-reference issues.
"""

from __future__ import annotations

import re

from diffnews.render import kinds, language_note, title, wrap
from diffnews.report import Label, Pair, QuoteStatus, Report, Reuse, Sentence

__all__ = ["escape", "markdown"]

# Inline Markdown (CommonMark, GitHub's tables, and GitHub's $math$) in article text; < and &
# become entities, so no HTML gets through either. Escaped text never starts a line here, so
# the characters that matter only there (# - + 1.) are left alone.
_MARKDOWN = re.compile(r"([\\`*_\[\]|~$])")

# GitHub turns @name into a mention, #12 into a link to issue 12, and a bare address
# (https://..., www....) into a link; a word joiner (U+2060, invisible) after the sign, or
# inside the address's "://" or "www.", stops all three, so a quote can neither ping anyone nor
# smuggle in a link.
_REFERENCE = re.compile(r"([@#])(?=\w)|(?<=\w)(:)(?=//)|\b(www)(?=\.)", re.IGNORECASE)


def escape(value: str) -> str:
    """``value`` as literal inline Markdown, white space runs made one space.

    >>> escape("*Not* a <b>tag</b>, @alice or $5")
    '\\\\*Not\\\\* a &lt;b&gt;tag&lt;/b&gt;, @\u2060alice or \\\\$5'
    """
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = _REFERENCE.sub(lambda m: m.group(0) + "\u2060", escaped)
    return _MARKDOWN.sub(r"\\\1", " ".join(escaped.split()))


def markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown."""
    names = (title(report.left.source, "left"), title(report.right.source, "right"))
    lines = [f"## diffnews: {escape(names[0])} vs {escape(names[1])}", ""]
    notes = [
        (name, language_note(side)) for name, side in zip(names, (report.left, report.right), strict=True)
    ]
    lines += [f"{escape(name)} {escape(note)}.  " for name, note in notes if note is not None]
    if any(note for _, note in notes):
        lines.append("")
    lines += _summary(report, names)
    lines += _figures(report)
    lines += _quotes(report, names)
    for side, sentences in (("left", report.left.sentences), ("right", report.right.sentences)):
        unique = [s for s in sentences if s.label is Label.UNIQUE]
        if unique:
            name = names[0] if side == "left" else names[1]
            lines += [f"### Only in {escape(name)} ({len(unique)})", ""]
            lines += [f"- {s.id}: {escape(s.text)}" for s in unique]
            lines.append("")
    rephrased = [p for p in report.pairs if p.label is Label.REPHRASED]
    if rephrased:
        lines += [f"### Rephrased ({len(rephrased)})", ""]
        for pair in rephrased:
            lines += _group(report, pair)
    shared = [p for p in report.pairs if p.label is Label.SHARED]
    if shared:
        lines += [f"<details><summary>Shared ({len(shared)})</summary>", ""]
        for pair in shared:
            lines += _group(report, pair)
        lines += ["</details>", ""]
    lines.append(f"<sub>diffnews {escape(report.version)}</sub>")
    return "\n".join(lines) + "\n"


def _summary(report: Report, names: tuple[str, str]) -> list[str]:
    lines = [f"| | {escape(names[0])} | {escape(names[1])} |", "|---|---:|---:|"]
    for label in Label:
        cells = []
        for tally in (report.summary.left, report.summary.right):
            count = getattr(tally.sentences, label.value)
            cell = f"{count} sentence{'s' if count != 1 else ''}"
            if label is not Label.BOILERPLATE:
                cell += f", {getattr(tally.percent, label.value):.1f}%"
            cells.append(cell)
        lines.append(f"| {label.value} | {cells[0]} | {cells[1]} |")
    lines += [
        "",
        f"{report.summary.shared_pairs} shared and {report.summary.rephrased_pairs} rephrased groups; "
        "percentages are of each side's words, boilerplate not counted.",
        "",
        "| words | " + " | ".join(escape(n) for n in names) + " |",
        "|---|---:|---:|",
    ]
    for kind in Reuse:
        cells = [
            f"{getattr(t.reuse, kind.value)}, {getattr(t.reuse_percent, kind.value):.1f}%"
            for t in (report.summary.left, report.summary.right)
        ]
        lines.append(f"| {kind.value} | {cells[0]} | {cells[1]} |")
    lines += [
        "",
        "In the groups below, copied runs are as written, *reworded words* in italics, <ins>words only "
        "one side has</ins> underlined, and **words without a counterpart** in bold.",
        "",
    ]
    return lines


def _figures(report: Report) -> list[str]:
    found = [(p, c, "disagree") for p in report.pairs for c in p.conflicts]
    found += [(p, c, "precision differs") for p in report.pairs for c in p.less_specific]
    if not found:
        return []
    lines = ["### Figures that differ", "", "| kind | left | right | sentences | |", "|---|---|---|---|---|"]
    for pair, conflict, note in found:
        where = f"{' '.join(pair.left)} / {' '.join(pair.right)}"
        values = " | ".join(escape(v) for v in (conflict.kind, conflict.left, conflict.right))
        lines.append(f"| {values} | {where} | {note} |")
    return [*lines, ""]


def _quotes(report: Report, names: tuple[str, str]) -> list[str]:
    lines = []
    differing = [q for q in report.quotes if q.status is not QuoteStatus.VERBATIM]
    if differing:
        lines += [f"### Quotes that differ ({len(differing)} of {len(report.quotes)})", ""]
        for quote in differing:
            speaker = quote.speaker or "speaker not named"
            if quote.status is QuoteStatus.SPEAKER_CHANGED:
                speaker = f"{quote.speakers[0]} / {quote.speakers[1]}"
            where = " ".join((*quote.left, *quote.right))
            lines.append(f"- **{quote.status.value.replace('_', ' ')}**, {escape(speaker)} ({where})")
            if quote.status in (QuoteStatus.ALTERED, QuoteStatus.PARTIAL) and all(quote.texts):
                lines += [
                    f"  - left: “{escape(quote.texts[0] or '')}”",
                    f"  - right: “{escape(quote.texts[1] or '')}”",
                ]
            else:
                lines.append(f"  - “{escape(quote.text)}”")
            if quote.unquoted:
                lines.append(f"  - carried without quote marks in {' '.join(quote.unquoted)}")
        lines.append("")
    for name, only in zip(names, (report.sources.left_only, report.sources.right_only), strict=True):
        if only:
            lines += [f"Sources only {escape(name)} credits: {escape(', '.join(only))}", ""]
    return lines


def _group(report: Report, pair: Pair) -> list[str]:
    score = f"score {pair.score:.2f}" if pair.basis.value == "match" else f"aligned by {pair.basis.value}"
    lines = [f"- {' '.join(pair.left)} ↔ {' '.join(pair.right)} ({score})"]
    for side, ids, spans in (("<", pair.left, pair.changed_left), (">", pair.right, pair.changed_right)):
        text = " ".join(_marked(report.sentence(i), spans) for i in ids)
        lines.append(f"  - {'left' if side == '<' else 'right'}: {text}")
    return [*lines, ""]


def _marked(sentence: Sentence, spans: tuple[tuple[int, int], ...]) -> str:
    """The sentence escaped: reworded words in italics, words outside the linked passage (only
    this side has them) underlined with ``<ins>``, words without a counterpart in bold; copied
    runs as they are. Every mark touches the words it holds (see ``render.wrap``)."""
    text = wrap(kinds(sentence, spans), _KIND_MARKS, ("**", "**"), _piece)
    return " ".join(text.split())


def _piece(piece: str) -> str:
    """A piece escaped, a space kept at either end where it had white space."""
    if not piece.strip():
        return " "
    return (" " if piece[0].isspace() else "") + escape(piece) + (" " if piece[-1].isspace() else "")


_KIND_MARKS = {Reuse.REWORDED: ("*", "*"), Reuse.NEW: ("<ins>", "</ins>")}
