"""The side-by-side view in the terminal, built from rich's own parts.

It reads a ``Report`` and nothing else. Rows follow the left document; a right-only sentence
comes after the row holding the right sentence before it, so each side reads in its own order
wherever the alignment allows. Each row has a mark a reader can follow without colour:

    =  shared        ~  rephrased        <  left only        >  right only        .  boilerplate
    !  an aligned group whose figures disagree (numbers, dates, names)

Under the rows come the quotations, with their status in the other report, and the sources
each side credits that the other does not.

Inside shared and rephrased rows, words with no counterpart on the other side are bold and
underlined; where the console has no styles at all (piped, or ``--color never``) they are
written ``[-like this-]`` on the left and ``{+like this+}`` on the right, as ``git diff
--word-diff`` does. The same rows show what each word is (``Sentence.reuse``): reworded words
italic, words only this side has dim, copied runs as they are; plain, words only this side has
are ``[#like this#]``, and in a rephrased row copied runs ``[=like this=]``. Text is wrapped,
never cut. Below 60 columns, or with ``layout="stacked"``, each row is printed as a block, left
above right.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from rich import box
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

from diffnews.render import NARROW, kinds, language_note, title, wrap
from diffnews.report import Basis, Label, Pair, QuoteStatus, Report, Reuse, Sentence, SideSummary

__all__ = ["TerminalView", "rows"]

Layout = Literal["auto", "side", "stacked"]


STYLES = {
    Label.SHARED: "green",
    Label.REPHRASED: "yellow",
    Label.BOILERPLATE: "dim",
}
LEFT_ONLY, RIGHT_ONLY = "red", "cyan"
CHANGED = "bold underline"
WORD_STYLES = {Reuse.REWORDED: "italic", Reuse.NEW: "dim"}
"""Inside a group: copied runs in the row's colour, reworded words italic, words outside the
linked passage (only this side has them) dim."""
CONFLICT, VAGUER = "bold red", "yellow"
QUOTE_STYLES = {
    QuoteStatus.VERBATIM: "green",
    QuoteStatus.PARTIAL: "green",
    QuoteStatus.ALTERED: "bold yellow",
    QuoteStatus.SPEAKER_CHANGED: "bold red",
    QuoteStatus.TRANSLATED: "green",
    QuoteStatus.LEFT_ONLY: LEFT_ONLY,
    QuoteStatus.RIGHT_ONLY: RIGHT_ONLY,
}
MARKS = {Label.SHARED: "=", Label.REPHRASED: "~", Label.BOILERPLATE: "."}

# How a sentence's characters are shown, one for one so that changed-word spans stay aligned:
# line breaks inside a sentence (a hard-wrapped paragraph) become spaces, and other C0 and C1
# control characters, which would let an article move the cursor or recolour the terminal,
# become U+FFFD.
_LINE_BREAKS = (0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)
_CONTROLS = (*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F, *range(0x80, 0xA0))
_SHOWN = dict.fromkeys(_CONTROLS, "\ufffd") | dict.fromkeys(_LINE_BREAKS, " ")


@dataclass(frozen=True)
class Row:
    """One row of the view: a group, or one sentence with the other side blank."""

    left: tuple[Sentence, ...]
    right: tuple[Sentence, ...]
    pair: Pair | None

    @property
    def mark(self) -> str:
        if self.pair is not None:
            return "!" if self.pair.conflicts else MARKS[self.pair.label]
        (sentence,) = self.left or self.right
        if sentence.label is Label.BOILERPLATE:
            return MARKS[Label.BOILERPLATE]
        return "<" if self.left else ">"


def rows(report: Report) -> list[Row]:
    """The rows of the view, in display order (see the module docstring)."""
    placed: list[Row] = []
    row_of_right: dict[str, int] = {}
    for sentence in report.left.sentences:
        if sentence.pair is None:
            placed.append(Row((sentence,), (), None))
        else:
            pair = report.pairs[sentence.pair]
            if pair.left[0] != sentence.id:
                continue  # the group's row is already placed, at its first left sentence
            placed.append(
                Row(
                    tuple(report.sentence(i) for i in pair.left),
                    tuple(report.sentence(j) for j in pair.right),
                    pair,
                )
            )
            row_of_right.update((j, len(placed) - 1) for j in pair.right)
    # Insert right-only sentences after their predecessor's row, keeping right order.
    inserts: dict[int, list[Row]] = {}
    anchor = -1
    for sentence in report.right.sentences:
        if sentence.pair is None:
            inserts.setdefault(anchor, []).append(Row((), (sentence,), None))
        else:
            anchor = row_of_right[sentence.id]
    ordered = list(inserts.get(-1, []))
    for index, row in enumerate(placed):
        ordered.append(row)
        ordered.extend(inserts.get(index, []))
    return ordered


class TerminalView:
    """A rich renderable of a whole report: legend, rows, summary."""

    def __init__(self, report: Report, layout: Layout = "auto") -> None:
        self.report = report
        self.layout = layout

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        plain = console.color_system is None  # no escape codes at all: mark changes in text
        stacked = self.layout == "stacked" or (self.layout == "auto" and options.max_width < NARROW)
        for side, source in (("left", self.report.left.source), ("right", self.report.right.source)):
            if source is not None and source != title(source, side):
                yield Text(f"{side}: {source}", style="dim")
        for side, read in (("left", self.report.left), ("right", self.report.right)):
            if (note := language_note(read)) is not None:
                yield Text(f"{side} {note}", style="dim")
        yield from _legend(plain, self.report)
        yield Text()
        if stacked:
            yield from _stacked(self.report, plain)
        else:
            yield _side_by_side(self.report, plain)
        yield from _quotes(self.report)
        yield Text()
        yield _summary(self.report)


def _legend(plain: bool, report: Report) -> Iterator[Text]:
    marks = Text()
    for mark, name, style in (
        ("=", "shared", STYLES[Label.SHARED]),
        ("~", "rephrased", STYLES[Label.REPHRASED]),
        ("<", "left only", LEFT_ONLY),
        (">", "right only", RIGHT_ONLY),
        (".", "boilerplate", STYLES[Label.BOILERPLATE]),
    ):
        marks.append(f"{mark} {name}", style=style)
        marks.append("  ")
    marks.rstrip()
    yield marks
    changed = Text("words without a counterpart: ")
    words = Text("in a group: copied  ")
    if plain:
        changed.append("[-left-] {+right+}")
        words = Text("in a group: [#only this side#]; rephrased: [=copied=] and reworded")
    else:
        changed.append("bold underline", style=CHANGED)
        words.append("reworded", style=WORD_STYLES[Reuse.REWORDED])
        words.append("  ")
        words.append("only this side", style=WORD_STYLES[Reuse.NEW])
    yield changed
    yield words
    if any(p.conflicts for p in report.pairs):
        yield Text("! figures that disagree (numbers, dates, names)", style=CONFLICT)
    if any(p.less_specific for p in report.pairs):
        yield Text("? a date against a vaguer time", style=VAGUER)


def _side_by_side(report: Report, plain: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, leading=1, padding=(0, 1), pad_edge=False)
    table.add_column(title(report.left.source, "left"), ratio=1, overflow="fold")
    table.add_column("", width=1, no_wrap=True)
    table.add_column(title(report.right.source, "right"), ratio=1, overflow="fold")
    for row in rows(report):
        table.add_row(
            _cell(row.left, row.pair, "left", plain),
            Text(row.mark, style=_row_style(row)),
            _cell(row.right, row.pair, "right", plain),
        )
    return table


def _stacked(report: Report, plain: bool) -> Iterator[Text | Table]:
    """One block per row, left above right; wrapped lines hang under the text, not the mark."""
    yield Text(
        f"< {title(report.left.source, 'left')}    > {title(report.right.source, 'right')}", style="bold"
    )
    for row in rows(report):
        yield Text()
        block = Table.grid(padding=(0, 1), expand=True)
        block.add_column(width=1, no_wrap=True)
        block.add_column(ratio=1, overflow="fold")
        style = _row_style(row)
        if row.pair is not None:
            block.add_row(
                Text(row.mark, style=style),
                Text(f"{row.pair.label.value} ({_basis(row.pair)})", style=style),
            )
        for side, sentences, mark in (("left", row.left, "<"), ("right", row.right, ">")):
            if sentences:
                shown = row.mark if row.pair is None else mark
                block.add_row(Text(shown, style=style), _cell(sentences, row.pair, side, plain))
        yield block


def _basis(pair: Pair) -> str:
    """Why a group is aligned: its match score, or "excerpt" (one side inside the other), or
    "meaning" (semantic mode: close in meaning)."""
    return f"{pair.score:.2f}" if pair.basis is Basis.MATCH else pair.basis.value


def _row_style(row: Row) -> str:
    if row.pair is not None and row.pair.conflicts:
        return CONFLICT
    return _style(row.pair, (row.left or row.right)[0], "left" if row.left else "right")


def _style(pair: Pair | None, sentence: Sentence, side: str) -> str:
    if pair is not None:
        return STYLES[pair.label]
    if sentence.label is Label.BOILERPLATE:
        return STYLES[Label.BOILERPLATE]
    return LEFT_ONLY if side == "left" else RIGHT_ONLY


def _cell(sentences: Sequence[Sentence], pair: Pair | None, side: str, plain: bool) -> Text:
    cell = Text()
    spans = () if pair is None else (pair.changed_left if side == "left" else pair.changed_right)
    for n, sentence in enumerate(sentences):
        if n:
            cell.append("\n")
        cell.append(f"{sentence.id} ", style="dim")
        cell.append_text(
            _sentence_text(
                sentence,
                spans,
                _style(pair, sentence, side),
                side,
                plain,
                pair is not None,
                pair is not None and pair.label is Label.REPHRASED,
            )
        )
    if pair is not None:  # figures that disagree, each side its own, under the text
        for found, mark, style, note in (
            (pair.conflicts, "!", CONFLICT, "disagrees"),
            (pair.less_specific, "?", VAGUER, "precision differs"),
        ):
            for conflict in found:
                value = conflict.left if side == "left" else conflict.right
                cell.append(f"\n{mark} {conflict.kind} {value}: {note}", style=style)
    return cell


def _quotes(report: Report) -> Iterator[Text | Table]:
    """The quotations, one block each (status, speaker, sentences, then the words), and the
    sources one side credits alone."""
    if report.quotes:
        yield Text()
        yield Text("Quotes", style="bold")
    for quote in report.quotes:
        speaker = quote.speaker or "speaker not named"
        if quote.status is QuoteStatus.SPEAKER_CHANGED:
            speaker = f"{quote.speakers[0]} / {quote.speakers[1]}"
        head = Text()
        head.append(quote.status.value.replace("_", " "), style=QUOTE_STYLES[quote.status])
        head.append(f"  {speaker}".translate(_SHOWN))
        head.append(f"  {' '.join((*quote.left, *quote.right))}", style="dim")
        if quote.unquoted:
            head.append(f"  (without quote marks: {' '.join(quote.unquoted)})", style="dim")
        block = Table.grid(padding=(0, 1), expand=True)
        block.add_column(width=1, no_wrap=True)
        block.add_column(ratio=1, overflow="fold")
        block.add_row(Text(""), head)
        if quote.status in (QuoteStatus.ALTERED, QuoteStatus.PARTIAL) and all(quote.texts):
            for mark, words in (("<", quote.texts[0]), (">", quote.texts[1])):
                block.add_row(Text(mark, style="dim"), Text(f"“{words}”".translate(_SHOWN)))
        else:
            block.add_row(Text(""), Text(f"“{quote.text}”".translate(_SHOWN)))
        yield block
    for side, names in (("left", report.sources.left_only), ("right", report.sources.right_only)):
        if names:
            yield Text()
            line = Text(f"Sources only the {side} credits: ", style="bold")
            line.append(", ".join(names).translate(_SHOWN), style=LEFT_ONLY if side == "left" else RIGHT_ONLY)
            yield line


def _sentence_text(
    sentence: Sentence,
    spans: Sequence[tuple[int, int]],
    style: str,
    side: str,
    plain: bool,
    linked: bool,
    rephrased: bool = False,
) -> Text:
    """A sentence, its words marked: in a group, reworded words italic and words outside the
    linked passage dim (plain: words outside ``[#...#]``, and in a rephrased group copied runs
    ``[=...=]``), and the
    changed words of the word diff bold and underlined (plain: ``[-...-]``, ``{+...+}``)."""
    cut = kinds(sentence, tuple(spans))
    text = Text(style=style)
    if not plain:
        for piece, kind, changed in cut:
            looks = [WORD_STYLES[kind]] if linked and kind in WORD_STYLES else []
            text.append(
                piece.translate(_SHOWN), style=" ".join([*looks, CHANGED] if changed else looks) or None
            )
        return text
    opening, closing = ("[-", "-]") if side == "left" else ("{+", "+}")
    kind_marks = {Reuse.NEW: ("[#", "#]")} if linked else {}
    if linked and rephrased:
        kind_marks[Reuse.COPIED] = ("[=", "=]")
    text.append(wrap(cut, kind_marks, (opening, closing), lambda piece: piece.translate(_SHOWN)))
    return text


def _summary(report: Report) -> Table:
    left, right = report.summary.left, report.summary.right
    table = Table(
        box=box.SIMPLE_HEAD, pad_edge=False, title="Summary", title_justify="left", title_style="bold"
    )
    table.add_column("")
    table.add_column(title(report.left.source, "left"), justify="right", overflow="fold")
    table.add_column(title(report.right.source, "right"), justify="right", overflow="fold")
    for label in (Label.SHARED, Label.REPHRASED, Label.UNIQUE):
        style = STYLES.get(label, "")
        table.add_row(
            Text(label.value, style=style),
            _tally(left, label),
            _tally(right, label),
        )
    table.add_row(
        Text("boilerplate", style=STYLES[Label.BOILERPLATE]),
        _tally(left, Label.BOILERPLATE),
        _tally(right, Label.BOILERPLATE),
    )
    for kind in Reuse:  # the same words again, by what each word is
        table.add_row(
            Text(f"words {kind.value}", style=WORD_STYLES.get(kind, "")),
            *(
                f"{getattr(side.reuse, kind.value)}  {getattr(side.reuse_percent, kind.value):5.1f}%"
                for side in (left, right)
            ),
        )
    table.caption = (
        f"{report.summary.shared_pairs} shared and {report.summary.rephrased_pairs} rephrased groups; "
        "percentages are of each side's words, boilerplate not counted"
    )
    table.caption_justify = "left"
    return table


def _tally(summary: SideSummary, label: Label) -> str:
    count = getattr(summary.sentences, label.value)
    noun = "sentence" if count == 1 else "sentences"
    if label is Label.BOILERPLATE:
        return f"{count} {noun}"
    return f"{count} {noun}  {getattr(summary.percent, label.value):5.1f}%"
