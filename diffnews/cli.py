"""The command line. It only translates: options in, a call to the library, the report out.

Every failure the user can fix (a missing file, bad encoding, an unknown option value) is one
line on stderr, starting ``diffnews: error:``, and exit status 2. Heavy modules (nltk, rapidfuzz,
rich's tables) are imported inside the command, so ``diffnews --help`` starts fast.
"""

from __future__ import annotations

import os
import sys
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from typer.exceptions import Abort, TyperException

from diffnews import __version__
from diffnews.config import Config
from diffnews.errors import DiffnewsError, InputError

if TYPE_CHECKING:
    from rich.console import Console

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
    left: Annotated[str, typer.Argument(help="Left report: a UTF-8 text file, or - for standard input.")],
    right: Annotated[str, typer.Argument(help="Right report: a UTF-8 text file, or - for standard input.")],
    format: Annotated[
        Format, typer.Option("--format", "-f", help="terminal: side-by-side view; json: the report as JSON.")
    ] = Format.terminal,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of standard output.", dir_okay=False),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            help="Encoding of both inputs, such as cp1252 or latin-1. "
            "[default: UTF-8, or UTF-16/32 when the file starts with their byte-order mark]"
        ),
    ] = None,
    match: Annotated[
        float | None,
        typer.Option(help=f"Smallest similarity at which sentences align, 0-1. [default: {Config.match}]"),
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
        Layout, typer.Option(help="side: two columns; stacked: one column; auto: stacked below 60 columns.")
    ] = Layout.auto,
) -> None:
    """Compare two reports of the same story, sentence by sentence."""
    from diffnews.compare import compare as run_compare
    from diffnews.inputs import STDIN, read_input

    if left == STDIN and right == STDIN:
        raise InputError("only one of the two inputs can be standard input (-)")
    if output is not None:
        _refuse_to_overwrite(output, left, right)
    overrides: dict[str, Any] = {"match": match, "shared": shared, "join": join, "short": short}
    config = Config(**{k: v for k, v in overrides.items() if v is not None}, boilerplate=not keep_boilerplate)
    report = run_compare(
        read_input(left, encoding),
        read_input(right, encoding),
        config=config,
        left_source=left,
        right_source=right,
    )
    if format is Format.json:
        _emit(report.to_json(), output)
    else:
        _emit_terminal(report, output, color, layout)


def _emit_terminal(report: Report, output: Path | None, color: Color, layout: Layout) -> None:
    import io

    from diffnews.render.terminal import TerminalView

    view = TerminalView(report, layout=layout.value)
    if output is None:
        console = _console(sys.stdout, color)
        console.print(view)
        return
    buffer = io.StringIO()
    console = _console(buffer, color, to_file=True)
    console.print(view)
    _emit(buffer.getvalue(), output)


def _console(file: TextIO, color: Color, to_file: bool = False) -> Console:
    from rich.console import Console

    width = None if not to_file else 100
    if color is Color.never:
        return Console(file=file, color_system=None, width=width, highlight=False, emoji=False)
    if color is Color.always:
        return Console(
            file=file, force_terminal=True, no_color=False, width=width, highlight=False, emoji=False
        )
    if to_file:
        return Console(file=file, color_system=None, width=width, highlight=False, emoji=False)
    return Console(file=file, highlight=False, emoji=False)


def _refuse_to_overwrite(output: Path, *inputs: str) -> None:
    for name in inputs:
        if (
            name != "-"
            and Path(name).exists()
            and output.exists()
            and output.resolve() == Path(name).resolve()
        ):
            raise InputError(f"--output {output} is one of the inputs; diffnews never overwrites its inputs")


def _emit(text: str, output: Path | None) -> None:
    """Print ``text``, or write it to ``output`` through a temporary file, so an interrupted run
    leaves any earlier file whole."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    directory = output.parent if str(output.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=directory)
    except OSError as error:
        raise InputError(
            f"--output {output}: cannot write there ({error.strerror}); check the folder"
        ) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, output)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"--output {output}: cannot write ({error.strerror}); check the path") from None


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
