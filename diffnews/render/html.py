"""The report as one self-contained HTML page, to open in any browser, offline.

It reads a ``Report`` and nothing else, and writes one file: styles and script are inline, with
no fonts, images or CDN, so it opens from a mail attachment or a CI artifact with no network.

What the page shows, top to bottom: the two sources; a summary (the counts of the terminal
view, with a bar per side); the figures that disagree; the two reports side by side, each in
its own reading order, every sentence coloured shared, rephrased, unique or boilerplate; then
the quotations and their status, and the sources one side credits alone. Inside a shared or
rephrased group, words with no counterpart on the other side are marked. Pointing at a sentence
lights up its group on both sides; clicking it (or Enter on it) selects the group, scrolls the
other side to it and shows the group's score and figures below the columns.

Safety: every piece of article text, file name and URL goes through ``html.escape``, so an
article that contains ``<script>`` or ``onerror=`` shows those characters and runs nothing. As a
second wall, the page's Content-Security-Policy allows only its own inline style and script,
named by their SHA-256 hashes, and no network at all: an injected script or image would not run
or load even if escaping failed.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from html import escape

from diffnews.render import kinds, language_note, title
from diffnews.report import Label, Pair, Quote, QuoteStatus, Report, Reuse, Sentence, Side, SideSummary

__all__ = ["html"]

_CSS = """
:root { color-scheme: light dark; --fg: #1d1f21; --bg: #fff; --muted: #6a737d; --line: #d8dee4;
  --shared: #d7f5dd; --rephrased: #fff0b3; --left: #ffd9dc; --right: #d3ecff; --mark: #111;
  --conflict: #b3261e; --sel: #2f6fde; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e6; --bg: #16181b; --muted: #9aa4ae;
  --line: #30363d; --shared: #1f4a2b; --rephrased: #4d4015; --left: #5a2229; --right: #183e5c;
  --mark: #fff; --conflict: #ff7b72; --sel: #79a8ff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 1rem 1.5rem 3rem; color: var(--fg);
  background: var(--bg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.35rem; margin: .2rem 0 .6rem; } h2 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
code, .id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; }
.muted, .id { color: var(--muted); }
table { border-collapse: collapse; } th, td { text-align: left; padding: .25rem .7rem .25rem 0;
  border-bottom: 1px solid var(--line); vertical-align: top; } td.n { text-align: right; }
.bar { display: block; width: 16rem; height: .7rem; }
.bar rect.shared { fill: #3fa55b; } .bar rect.rephrased { fill: #d9a400; }
.bar rect.unique-left { fill: #d9485a; } .bar rect.unique-right { fill: #3a8fd6; }
.legend span { display: inline-block; margin-right: .9rem; padding: 0 .35rem; border-radius: 3px; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; margin-top: 1rem; }
.side { max-height: 75vh; overflow-y: auto; padding-right: .6rem; border-top: 1px solid var(--line); }
.side h2 { position: sticky; top: 0; z-index: 1; background: var(--bg); margin: 0; padding: .5rem 0; }
.side p { margin: 0 0 .9rem; }
.s { border-radius: 3px; padding: .05rem .1rem; cursor: default; }
.s[data-pair] { cursor: pointer; }
.s.shared { background: var(--shared); } .s.rephrased { background: var(--rephrased); }
.left .s.unique { background: var(--left); } .right .s.unique { background: var(--right); }
.s.boilerplate { opacity: .45; font-style: italic; }
.s.conflict { outline: 2px solid var(--conflict); }
.s .rw { font-style: italic; } .s .nw { opacity: .6; text-decoration: underline dotted 1px; }
.s mark { background: none; color: var(--mark); font-weight: 700; text-decoration: underline 2px; }
.s.hl { box-shadow: 0 0 0 2px var(--muted); }
.s.sel { box-shadow: 0 0 0 3px var(--sel); }
.s:focus-visible { outline: 3px solid var(--sel); }
.status { font-weight: 600; }
.status.altered, .status.speaker_changed, .conflict-note { color: var(--conflict); }
#info { border-top: 2px solid var(--sel); padding: .3rem 0; margin-top: .5rem; }
#info[hidden] { display: none; }
@media (max-width: 800px) { .columns { grid-template-columns: 1fr; } .side { max-height: none; } }
@media print { .side { max-height: none; overflow: visible; } #info { display: none; } }
"""

# Pointing at a sentence, or focusing it, lights its group on both sides; a click (or Enter,
# or Space) selects the group, scrolls each side's column to it, and shows its details from the
# <template> rendered for it.
_JS = """
(() => {
  const group = (n) => document.querySelectorAll('.s[data-pair="' + n + '"]');
  const info = document.getElementById('info');
  let selected = null;
  const light = (n, on) => group(n).forEach((el) => el.classList.toggle('hl', on));
  // Scroll a side's own column, not the window, so the page stays where the reader is.
  const reveal = (el) => {
    const column = el.closest('.side');
    const box = column.getBoundingClientRect(), r = el.getBoundingClientRect();
    if (column.scrollHeight > column.clientHeight && (r.top < box.top || r.bottom > box.bottom)) {
      column.scrollTop += r.top - box.top - (box.height - r.height) / 2;
    }
  };
  const select = (el) => {
    const n = el.dataset.pair;
    document.querySelectorAll('.s.sel').forEach((s) => {
      s.classList.remove('sel');
      s.setAttribute('aria-pressed', 'false');
    });
    if (selected === n) { selected = null; info.hidden = true; return; }
    selected = n;
    const members = group(n);
    members.forEach((s) => { s.classList.add('sel'); s.setAttribute('aria-pressed', 'true'); });
    for (const side of ['left', 'right']) {
      const first = [...members].find((s) => s.closest('.side').classList.contains(side));
      if (first && first !== el) reveal(first);
    }
    info.replaceChildren(document.getElementById('pair-' + n).content.cloneNode(true));
    info.hidden = false;
  };
  document.querySelectorAll('.s[data-pair]').forEach((el) => {
    for (const [on, off] of [['mouseenter', 'mouseleave'], ['focus', 'blur']]) {
      el.addEventListener(on, () => light(el.dataset.pair, true));
      el.addEventListener(off, () => light(el.dataset.pair, false));
    }
    el.addEventListener('click', () => select(el));
    el.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(el); }
    });
  });
})();
"""


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


_POLICY = (
    f"default-src 'none'; style-src '{_hash(_CSS)}'; script-src '{_hash(_JS)}'; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)


def html(report: Report) -> str:
    """The page, as text."""
    names = (title(report.left.source, "left"), title(report.right.source, "right"))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="diffnews {escape(report.version)}">',
        f"<title>diffnews: {escape(names[0])} vs {escape(names[1])}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>diffnews: {escape(names[0])} <span class=muted>vs</span> {escape(names[1])}</h1>",
        *_origins(report),
        "</header>",
        *_summary(report, names),
        *_figures(report),
        '<main class="columns">',
        *_side(report, report.left, "left", names[0]),
        *_side(report, report.right, "right", names[1]),
        "</main>",
        '<div id="info" aria-live="polite" hidden></div>',
        *_quotes(report),
        *_credited(report, names),
        *(_pair_details(report, n, pair) for n, pair in enumerate(report.pairs)),
        f'<footer class="muted"><p>Made by diffnews {escape(report.version)}. '
        "Point at a sentence to see its counterparts; click it to select its group. "
        "Percentages are of each side's words, boilerplate not counted.</p></footer>",
        f"<script>{_JS}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _origins(report: Report) -> Iterator[str]:
    for side_name, side in (("Left", report.left), ("Right", report.right)):
        if (note := language_note(side)) is not None:
            yield f"<p class=muted>{side_name} {escape(note)}</p>"
        if side.source is None:
            continue
        line = f"<p class=muted>{side_name}: <code>{escape(side.source)}</code>"
        if side.url is not None and side.url != side.source:
            line += f" (from <code>{escape(side.url)}</code>)"
        if side.format == "html":
            line += ", a web page: its article text was extracted and compared"
        yield line + "</p>"


def _summary(report: Report, names: tuple[str, str]) -> Iterator[str]:
    yield '<section id="summary"><h2>Summary</h2>'
    yield (
        f'<table><thead><tr><th></th><th>{escape(names[0])}</th><th class="muted">%</th>'
        f'<th>{escape(names[1])}</th><th class="muted">%</th></tr></thead><tbody>'
    )
    sides = (("left", report.summary.left), ("right", report.summary.right))
    for label in Label:
        cells = []
        for side, tally in sides:
            count = getattr(tally.sentences, label.value)
            percent = "" if label is Label.BOILERPLATE else f"{getattr(tally.percent, label.value):.1f}%"
            cells.append(f'<td class="n" data-count="{side}-{label.value}">{count}</td>')
            cells.append(f'<td class="n muted">{percent}</td>')
        yield f"<tr><th>{label.value}</th>{''.join(cells)}</tr>"
    for kind in Reuse:
        cells = []
        for side, tally in sides:
            count = getattr(tally.reuse, kind.value)
            cells.append(f'<td class="n" data-count="{side}-words-{kind.value}">{count}</td>')
            cells.append(f'<td class="n muted">{getattr(tally.reuse_percent, kind.value):.1f}%</td>')
        yield f"<tr><th>words {kind.value}</th>{''.join(cells)}</tr>"
    yield "<tr><th>words compared</th>"
    for _, tally in sides:
        yield f'<td class="n">{_content_words(tally)}</td><td></td>'
    yield "</tr><tr><th></th>"
    for side, tally in sides:
        yield f"<td colspan=2>{_bar(tally, side)}</td>"
    yield "</tr></tbody></table>"
    yield (
        f'<p><span data-count="pairs-shared">{report.summary.shared_pairs}</span> shared and '
        f'<span data-count="pairs-rephrased">{report.summary.rephrased_pairs}</span> rephrased groups.</p>'
    )
    yield (
        '<p class="legend"><span class="s shared">shared</span><span class="s rephrased">rephrased</span>'
        '<span class="left"><span class="s unique">left only</span></span>'
        '<span class="right"><span class="s unique">right only</span></span>'
        '<span class="s boilerplate">boilerplate</span>'
        '<span class="s shared"><mark>words</mark> without a counterpart</span></p>'
        '<p class="legend">In a group: <span class="s shared">copied</span>'
        '<span class="s shared"><span class="rw">reworded</span></span>'
        '<span class="s shared"><span class="nw">only this side</span></span></p>'
    )
    yield "</section>"


def _content_words(tally: SideSummary) -> int:
    return sum(getattr(tally.words, label.value) for label in Label if label is not Label.BOILERPLATE)


def _bar(tally: SideSummary, side: str) -> str:
    x = 0.0
    rects = []
    for label in (Label.SHARED, Label.REPHRASED, Label.UNIQUE):
        width = float(getattr(tally.percent, label.value))
        css = f"unique-{side}" if label is Label.UNIQUE else label.value
        rects.append(f'<rect class="{css}" x="{x:.1f}" y="0" width="{width:.1f}" height="4"/>')
        x += width
    return (
        f'<svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" role="img" '
        f'aria-label="{side}: shared, rephrased and unique shares">{"".join(rects)}</svg>'
    )


def _figures(report: Report) -> Iterator[str]:
    rows = []
    for pair in report.pairs:
        where = f"{_ids(pair.left)} / {_ids(pair.right)}"
        for conflict in pair.conflicts:
            rows.append(
                f"<tr><td>{escape(conflict.kind)}</td><td>{escape(conflict.left)}</td>"
                f"<td>{escape(conflict.right)}</td><td>{where}</td>"
                '<td class="conflict-note">disagree</td></tr>'
            )
        for vaguer in pair.less_specific:
            rows.append(
                f"<tr><td>{escape(vaguer.kind)}</td><td>{escape(vaguer.left)}</td>"
                f"<td>{escape(vaguer.right)}</td><td>{where}</td><td>precision differs</td></tr>"
            )
    if not rows:
        return
    yield '<section id="figures"><h2>Figures that differ</h2>'
    yield "<table><thead><tr><th>kind</th><th>left</th><th>right</th><th>sentences</th><th></th></tr></thead>"
    yield f"<tbody>{''.join(rows)}</tbody></table></section>"


def _quotes(report: Report) -> Iterator[str]:
    if not report.quotes:
        return
    yield f'<section id="quotes"><h2>Quotes <span class="muted">({len(report.quotes)})</span></h2>'
    yield "<table><thead><tr><th>status</th><th>speaker</th><th>quote</th><th>sentences</th></tr></thead>"
    yield "<tbody>"
    for quote in report.quotes:
        yield _quote_row(quote)
    yield "</tbody></table></section>"


def _quote_row(quote: Quote) -> str:
    speaker = quote.speaker or "not named"
    if quote.status is QuoteStatus.SPEAKER_CHANGED:
        speaker = f"{quote.speakers[0]} / {quote.speakers[1]}"
    if quote.status in (QuoteStatus.ALTERED, QuoteStatus.PARTIAL) and all(quote.texts):
        words = "<br>".join(
            f"{mark} “{escape(text or '')}”" for mark, text in zip("<>", quote.texts, strict=True)
        )
    else:
        words = f"“{escape(quote.text)}”"
    where = " ".join(_link(i) for i in (*quote.left, *quote.right))
    if quote.unquoted:
        where += (
            f' <span class="muted">without quote marks: {" ".join(_link(i) for i in quote.unquoted)}</span>'
        )
    status = quote.status.value
    return (
        f'<tr><td class="status {status}">{status.replace("_", " ")}</td><td>{escape(speaker)}</td>'
        f"<td>{words}</td><td>{where}</td></tr>"
    )


def _credited(report: Report, names: tuple[str, str]) -> Iterator[str]:
    found = [
        (name, only)
        for name, only in zip(names, (report.sources.left_only, report.sources.right_only), strict=True)
        if only
    ]
    if not found:
        return
    yield '<section id="credited"><h2>Sources only one side credits</h2><ul>'
    for name, only in found:
        yield f"<li>only {escape(name)}: {escape(', '.join(only))}</li>"
    yield "</ul></section>"


def _side(report: Report, side: Side, name: str, shown: str) -> Iterator[str]:
    yield f'<section class="side {name}" aria-label="{name}: {escape(shown)}"><h2>{escape(shown)}</h2>'
    paragraph: int | None = None
    for sentence in side.sentences:
        if sentence.paragraph != paragraph:
            if paragraph is not None:
                yield "</p>"
            yield "<p>"
            paragraph = sentence.paragraph
        yield _sentence(report, sentence, name) + " "
    if paragraph is not None:
        yield "</p>"
    yield "</section>"


def _sentence(report: Report, sentence: Sentence, side: str) -> str:
    pair = None if sentence.pair is None else report.pairs[sentence.pair]
    classes = ["s", sentence.label.value]
    attributes = [f'id="{sentence.id}"']
    text = escape(sentence.text)
    if pair is not None:
        if pair.conflicts:
            classes.append("conflict")
        spans = pair.changed_left if side == "left" else pair.changed_right
        text = "".join(_word(piece, kind, changed) for piece, kind, changed in kinds(sentence, spans))
        others = pair.right if side == "left" else pair.left
        attributes += [
            f'data-pair="{sentence.pair}"',
            'tabindex="0"',
            'role="button"',
            'aria-pressed="false"',
            f'title="{sentence.id}: {pair.label.value} with {" ".join(others)}"',
        ]
    else:
        attributes.append(f'title="{sentence.id}: {_describe(sentence, side)}"')
    return f'<span class="{" ".join(classes)}" {" ".join(attributes)}>{text}</span>'


_KIND_CLASSES = {Reuse.REWORDED: "rw", Reuse.NEW: "nw"}


def _word(piece: str, kind: Reuse | None, changed: bool) -> str:
    """A piece of a grouped sentence: reworded words italic (``rw``), words outside the linked
    passage faded (``nw``), words without a counterpart in ``<mark>``; copied runs as they are."""
    shown = f"<mark>{escape(piece)}</mark>" if changed else escape(piece)
    css = _KIND_CLASSES.get(kind) if kind is not None else None
    return f'<span class="{css}">{shown}</span>' if css else shown


def _describe(sentence: Sentence, side: str) -> str:
    if sentence.label is Label.BOILERPLATE:
        return "boilerplate, not compared"
    return f"only the {side} has this"


def _pair_details(report: Report, n: int, pair: Pair) -> str:
    score = f"score {pair.score:.2f}, word overlap {pair.overlap:.2f}"
    if pair.basis.value != "match":
        score += f", aligned by {pair.basis.value}"
    lines = [f"<strong>{_ids(pair.left)} ↔ {_ids(pair.right)}</strong>: {pair.label.value} ({score})"]
    for conflict in pair.conflicts:
        lines.append(
            f'<span class="conflict-note">{escape(conflict.kind)} disagrees: '
            f"{escape(conflict.left)} / {escape(conflict.right)}</span>"
        )
    for vaguer in pair.less_specific:
        lines.append(
            f"{escape(vaguer.kind)} precision differs: {escape(vaguer.left)} / {escape(vaguer.right)}"
        )
    return f'<template id="pair-{n}"><p>{"<br>".join(lines)}</p></template>'


def _ids(ids: tuple[str, ...]) -> str:
    return " ".join(_link(i) for i in ids)


def _link(id_: str) -> str:
    return f'<a href="#{id_}">{id_}</a>'
