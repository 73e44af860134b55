"""The command line. It only translates: options in, a call to the library, the report out.

Every failure the user can fix (a missing file, bad encoding, an unknown option value) is one
line on stderr, starting ``diffnews: error:``, and exit status 2. Heavy modules (nltk, rapidfuzz,
rich's tables) are imported inside the command, so ``diffnews --help`` starts fast.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from typer.exceptions import Abort, TyperException

from diffnews import __version__
from diffnews.config import Config
from diffnews.errors import DiffnewsError, InputError
from diffnews.outputs import STDOUT
from diffnews.render import FILE_WIDTH, NARROW

if TYPE_CHECKING:
    from rich.console import Console

    from diffnews.render.terminal import TerminalView
    from diffnews.report import Report

__all__ = ["app", "main", "run"]

EXIT_OK, EXIT_ERROR = 0, 2

app = typer.Typer(
    name="diffnews",
    help="Show where two reports of the same story diverge: shared, rephrased and unique sentences.",
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(StrEnum):
    terminal = "terminal"
    json = "json"


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class Layout(StrEnum):
    auto = "auto"
    side = "side"
    stacked = "stacked"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"diffnews {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Show where two reports of the same story diverge: shared, rephrased and unique sentences."""


@app.command()
def compare(
    left: Annotated[
        str, typer.Argument(metavar="LEFT", help="Left report: a UTF-8 text file, or - for standard input.")
    ],
    right: Annotated[
        str, typer.Argument(metavar="RIGHT", help="Right report: a UTF-8 text file, or - for standard input.")
    ],
    format: Annotated[
        Format, typer.Option("--format", "-f", help="terminal: side-by-side view; json: the report as JSON.")
    ] = Format.terminal,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help=f"Write to this file instead of standard output (- is standard output). "
            f"The terminal view is then {FILE_WIDTH} columns wide and plain, unless --color always.",
        ),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="Encoding of both inputs, such as cp1252 or latin-1. "
            "[default: UTF-8, or UTF-16/32 when the file starts with their byte-order mark]",
        ),
    ] = None,
    left_encoding: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="Encoding of the left input only; overrides --encoding."),
    ] = None,
    right_encoding: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="Encoding of the right input only; overrides --encoding."),
    ] = None,
    match: Annotated[
        float | None,
        typer.Option(
            help="Smallest match score (probability that two passages report the same thing) "
            f"at which they align, 0-1. [default: {Config.match}]"
        ),
    ] = None,
    candidate: Annotated[
        float | None,
        typer.Option(
            help="Smallest share of content words in common at which sentences are tried as one "
            f"group, 0-1. [default: {Config.candidate}]"
        ),
    ] = None,
    excerpt: Annotated[
        float | None,
        typer.Option(
            help="Share of the shorter side's words inside the longer at which a group aligns as "
            f"an excerpt, 0-1. [default: {Config.excerpt}]"
        ),
    ] = None,
    shared: Annotated[
        float | None,
        typer.Option(
            help="Smallest word overlap for 'shared' rather than 'rephrased', 0-1. "
            f"[default: {Config.shared}]"
        ),
    ] = None,
    join: Annotated[
        float | None,
        typer.Option(
            help="Share of a sentence's words that must be new to a group for a split or merge, 0-1. "
            f"[default: {Config.join}]"
        ),
    ] = None,
    short: Annotated[
        int | None,
        typer.Option(
            help=f"Sentences with fewer content words than this count as short. [default: {Config.short}]"
        ),
    ] = None,
    paraphrase: Annotated[
        float | None,
        typer.Option(
            help="With --semantic: smallest cosine of two sentences' embeddings at which a sentence "
            f"left over joins its closest counterpart, 0-1. [default: {Config.paraphrase}]"
        ),
    ] = None,
    semantic: Annotated[
        bool,
        typer.Option(
            "--semantic",
            help="Also compare meaning with sentence embeddings, for paraphrases that share few words. "
            'Needs: pip install "diffnews[semantic]". Slower: the model takes seconds to load.',
        ),
    ] = False,
    keep_boilerplate: Annotated[
        bool,
        typer.Option(
            "--keep-boilerplate", help="Treat page furniture (photo credits, comment prompts) as content."
        ),
    ] = False,
    color: Annotated[
        Color, typer.Option(help="Colour in the terminal view: auto follows the terminal and NO_COLOR.")
    ] = Color.auto,
    layout: Annotated[
        Layout,
        typer.Option(help=f"side: two columns; stacked: one column; auto: stacked below {NARROW} columns."),
    ] = Layout.auto,
) -> None:
    """Compare two reports of the same story, sentence by sentence."""
    from diffnews.compare import compare as run_compare
    from diffnews.inputs import STDIN, read_input, text_codec
    from diffnews.outputs import write_output

    for option, value in (
        ("--encoding", encoding),
        ("--left-encoding", left_encoding),
        ("--right-encoding", right_encoding),
    ):
        if value is not None:
            text_codec(value, option)
    if left == STDIN and right == STDIN:
        raise InputError("only one of the two inputs can be standard input (-)")
    target = STDOUT if output is None else output
    _refuse_to_overwrite(target, left, right)
    overrides: dict[str, Any] = {
        "match": match,
        "candidate": candidate,
        "excerpt": excerpt,
        "shared": shared,
        "join": join,
        "short": short,
        "paraphrase": paraphrase,
    }
    config = Config(
        **{k: v for k, v in overrides.items() if v is not None},
        semantic=semantic,
        boilerplate=not keep_boilerplate,
    )
    if semantic:
        from diffnews.semantic import require

        require()  # before reading the inputs: a missing backend is a usage error
    report = run_compare(
        # a file that fails to decode gets a hint naming the option that would fix just that file
        read_input(left, left_encoding or encoding, option="--left-encoding" if encoding else "--encoding"),
        read_input(
            right, right_encoding or encoding, option="--right-encoding" if encoding else "--encoding"
        ),
        config=config,
        left_source=left,
        right_source=right,
    )
    if format is Format.terminal and target == STDOUT:
        _console(sys.stdout, color).print(_view(report, layout))  # rich sizes it to the terminal
    else:
        text = report.to_json() if format is Format.json else _render_to_text(report, color, layout)
        write_output(text, target)


def _view(report: Report, layout: Layout) -> TerminalView:
    from diffnews.render.terminal import TerminalView

    return TerminalView(report, layout=layout.value)


def _render_to_text(report: Report, color: Color, layout: Layout) -> str:
    """The terminal view as text for a file: FILE_WIDTH columns, plain unless --color always."""
    import io

    view = _view(report, layout)
    buffer = io.StringIO()
    _console(buffer, color, width=FILE_WIDTH).print(view)
    return buffer.getvalue()


def _console(file: TextIO, color: Color, width: int | None = None) -> Console:
    """A console for the view. Writing to a file (``width`` given) is plain unless ``always``."""
    from rich.console import Console

    options: dict[str, Any] = {"file": file, "width": width, "highlight": False, "emoji": False}
    if color is Color.always:
        return Console(force_terminal=True, no_color=False, **options)
    if color is Color.never or width is not None:
        return Console(color_system=None, **options)
    return Console(**options)


def _refuse_to_overwrite(output: str, *inputs: str) -> None:
    from diffnews.inputs import STDIN

    if output == STDOUT:
        return
    target = os.path.realpath(output)
    for name in inputs:
        if name != STDIN and os.path.realpath(name) == target:
            raise InputError(f"--output {output} is one of the inputs; diffnews never overwrites its inputs")


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    command = typer.main.get_command(app)
    args = (sys.argv[1:] if argv is None else argv) or ["--help"]
    try:
        status = command.main(args=args, prog_name="diffnews", standalone_mode=False)
    except TyperException as error:  # usage errors: unknown option, bad value, missing argument
        ctx = getattr(error, "ctx", None)
        sub = ctx.info_name if ctx is not None and ctx.parent is not None else None
        where = f"diffnews {sub} --help" if sub else "diffnews --help"
        message = error.format_message().replace("Value error, ", "")
        _fail(f"{message} (see '{where}')")
        return EXIT_ERROR
    except DiffnewsError as error:
        _fail(str(error))
        return EXIT_ERROR
    except (Abort, KeyboardInterrupt):
        _fail("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (diffnews ... | head): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return status if isinstance(status, int) else EXIT_OK


def _fail(message: str) -> None:
    sys.stderr.write(f"diffnews: error: {message}\n")


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
