"""The command line. It only translates: options in, a call to the library, the report out.

Every failure the user can fix (a missing file, bad encoding, an unknown option value) is one
line on stderr, starting ``diffnews: error:``, and exit status 2. Heavy modules (nltk, rapidfuzz,
rich's tables) are imported inside the command, so ``diffnews --help`` starts fast.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, TextIO

import typer
from typer.exceptions import Abort, TyperException

from diffnews import __version__
from diffnews.config import Config
from diffnews.errors import ConfigError, DiffnewsError, InputError
from diffnews.outputs import STDOUT, write_output
from diffnews.reading.fetch import Fetch
from diffnews.render import FILE_WIDTH, NARROW

if TYPE_CHECKING:
    from rich.console import Console

    from diffnews.checking.policy import Check
    from diffnews.checking.project import Project
    from diffnews.reading.inputs import Document
    from diffnews.render.terminal import TerminalView
    from diffnews.report import Report

__all__ = ["app", "main", "run"]

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2

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
    html = "html"
    markdown = "markdown"


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


# Options both commands take. An engine option left unset (None) takes the settings file's
# value, then Config's default (project.py).
Encoding = Annotated[
    str | None,
    typer.Option(
        metavar="NAME",
        help="Encoding of the inputs, such as cp1252 or latin-1. "
        "[default: UTF-8, or UTF-16/32 when the file starts with their byte-order mark]",
    ),
]
Timeout = Annotated[
    float,
    typer.Option(
        metavar="SECONDS",
        min=0.1,
        max=3600,
        help="For an input given as a URL: the most time fetching it may take.",
    ),
]
ConfigFile = Annotated[
    str | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help="Settings file (.diffnews.toml, or pyproject.toml with [tool.diffnews]). "
        "[default: the nearest one, from here up to the top of the git repository]",
    ),
]
Match = Annotated[
    float | None,
    typer.Option(
        help="Smallest match score (probability that two passages report the same thing) "
        f"at which they align, 0-1. [default: {Config.match}]"
    ),
]
Candidate = Annotated[
    float | None,
    typer.Option(
        help="Smallest share of content words in common at which sentences are tried as one "
        f"group, 0-1. [default: {Config.candidate}]"
    ),
]
Excerpt = Annotated[
    float | None,
    typer.Option(
        help="Share of the shorter side's words inside the longer at which a group aligns as "
        f"an excerpt, 0-1. [default: {Config.excerpt}]"
    ),
]
Shared = Annotated[
    float | None,
    typer.Option(
        help=f"Smallest word overlap for 'shared' rather than 'rephrased', 0-1. [default: {Config.shared}]"
    ),
]
Join = Annotated[
    float | None,
    typer.Option(
        help="Share of a sentence's words that must be new to a group for a split or merge, 0-1. "
        f"[default: {Config.join}]"
    ),
]
Fragment = Annotated[
    float | None,
    typer.Option(
        help="Smallest weight of rare shared words (a rare word weighs 1) for a fragment link "
        f"between sentences. [default: {Config.fragment}]"
    ),
]
Short = Annotated[
    int | None,
    typer.Option(
        help=f"Sentences with fewer content words than this count as short. [default: {Config.short}]"
    ),
]
Paraphrase = Annotated[
    float | None,
    typer.Option(
        help="With --semantic: smallest cosine of two sentences' embeddings at which a sentence "
        f"left over joins its closest counterpart, 0-1. [default: {Config.paraphrase}]"
    ),
]
Semantic = Annotated[
    bool | None,
    typer.Option(
        "--semantic/--lexical",
        help="--semantic also compares meaning with sentence embeddings, for paraphrases that share "
        'few words, in any language diffnews reads. Needs: pip install "diffnews[semantic]". Slower: '
        "about 30 ms a sentence. [default: lexical]",
        show_default=False,
    ),
]
Lang = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="CODE",
        help="The language of both inputs, an ISO 639-1 code (de, zh, ar...). [default: detected per input]",
        show_default=False,
    ),
]
KeepBoilerplate = Annotated[
    bool | None,
    typer.Option(
        "--keep-boilerplate/--drop-boilerplate",
        help="--keep-boilerplate treats page furniture (photo credits, comment prompts) as content. "
        "[default: drop]",
        show_default=False,
    ),
]


@app.command()
def compare(
    left: Annotated[
        str,
        typer.Argument(
            metavar="LEFT",
            help="Left report: a text file, a saved web page (.html), an http(s) URL, "
            "or - for standard input.",
        ),
    ],
    right: Annotated[str, typer.Argument(metavar="RIGHT", help="Right report: the same kinds as LEFT.")],
    format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="terminal: side-by-side view; json: the report as JSON; html: one self-contained page "
            "to open in a browser; markdown: for a ticket or a pull request.",
        ),
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
    encoding: Encoding = None,
    left_encoding: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="Encoding of the left input only; overrides --encoding."),
    ] = None,
    right_encoding: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="Encoding of the right input only; overrides --encoding."),
    ] = None,
    timeout: Timeout = Fetch.timeout,
    config_file: ConfigFile = None,
    match: Match = None,
    candidate: Candidate = None,
    excerpt: Excerpt = None,
    shared: Shared = None,
    join: Join = None,
    short: Short = None,
    fragment: Fragment = None,
    paraphrase: Paraphrase = None,
    semantic: Semantic = None,
    keep_boilerplate: KeepBoilerplate = None,
    lang: Lang = None,
    left_lang: Annotated[
        str | None,
        typer.Option(metavar="CODE", help="The language of the left input only; overrides --lang."),
    ] = None,
    right_lang: Annotated[
        str | None,
        typer.Option(metavar="CODE", help="The language of the right input only; overrides --lang."),
    ] = None,
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
    from diffnews.reading.inputs import STDIN

    for option, value in (
        ("--encoding", encoding),
        ("--left-encoding", left_encoding),
        ("--right-encoding", right_encoding),
    ):
        _check_codec(value, option)
    if left == STDIN and right == STDIN:
        raise InputError("only one of the two inputs can be standard input (-)")
    target = STDOUT if output is None else output
    _refuse_to_overwrite(target, left, right)
    config = _engine(config_file, locals()).config
    fetching = Fetch(timeout=timeout)
    # a file that fails to decode gets a hint naming the option that would fix just that file
    documents = (
        _load(left, left_encoding or encoding, "--left-encoding" if encoding else "--encoding", fetching),
        _load(right, right_encoding or encoding, "--right-encoding" if encoding else "--encoding", fetching),
    )
    _warn(documents)  # only once both are read: an error is then the one line on stderr
    languages = (
        _language(lang if left_lang is None else left_lang, "--lang" if left_lang is None else "--left-lang"),
        _language(
            lang if right_lang is None else right_lang, "--lang" if right_lang is None else "--right-lang"
        ),
    )
    report = run_compare(*documents, config=config, left_lang=languages[0], right_lang=languages[1])
    _warn_language(report, ("--left-lang", "--right-lang") if lang is None else ("--lang", "--lang"))
    if format is Format.terminal and target == STDOUT:
        _console(sys.stdout, color).print(_view(report, layout))  # rich sizes it to the terminal
    else:
        write_output(_render(report, format, color, layout), target)


def _render(report: Report, format: Format, color: Color, layout: Layout) -> str:
    if format is Format.json:
        return report.to_json()
    if format is Format.html:
        from diffnews.render.html import html

        return html(report)
    if format is Format.markdown:
        from diffnews.render.markdown import markdown

        return markdown(report)
    return _render_to_text(report, color, layout)


def _load(name: str, encoding: str | None, option: str, settings: Fetch) -> Document:
    from diffnews.reading.inputs import load

    return load(name, encoding, option=option, settings=settings)


def _warn(documents: Iterable[Document]) -> None:
    """The inputs' warnings (an encoding guessed), each one line on stderr."""
    for document in documents:
        for warning in document.warnings:
            sys.stderr.write(f"diffnews: warning: {warning}\n")


def _language(code: str | None, option: str) -> str | None:
    """A language option's code, checked: two or three letters, a region after a hyphen allowed
    ("pt-BR"). A language diffnews has no profile for is not an error: it is read neutrally."""
    if code is None:
        return None
    if not re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", code.strip()):
        raise InputError(
            f"{option} {code!r}: not a language code; give an ISO 639-1 code such as en, de or zh"
        )
    return code.strip()


def _warn_language(
    report: Report, options: tuple[str, str], names: tuple[str, str] = ("left input", "right input")
) -> None:
    """One line on stderr for each side read with the neutral profile."""
    from diffnews.lang import neutral_reading, warns

    for name, side, option in ((names[0], report.left, options[0]), (names[1], report.right, options[1])):
        if side.language is not None and warns(side.language.code, side.language.profile):
            sys.stderr.write(
                f"diffnews: warning: the {name}: {neutral_reading(side.language.code, option)}\n"
            )


def _warn_speakers(checked: Check) -> None:
    """One line on stderr when a checked copy is not in English: its quotations are checked,
    but their speakers are read by plainer rules than English's (``speech.py``), or not at all
    in a script without capitals, so a quote given to someone else may go unseen."""
    from diffnews.facts.speech import reads_speakers
    from diffnews.lang import profile

    language = checked.report.right.language
    if language is None or language.profile in ("en", "und"):
        return
    how = (
        "read only where a name stands beside a speech word ('sagte Merkel'), not 'er' or 'sie'"
        if reads_speakers(profile(language.profile))
        else "not read in its script"
    )
    sys.stderr.write(
        f"diffnews: warning: the copy {checked.copy} is in {language.code}: its quotations and"
        f" figures are checked, but speakers are {how}, so a quote given to someone else may go"
        " unseen\n"
    )


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    github = "github"


@app.command()
def check(
    copies: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="COPY",
            help="Edited copies to check. A file that is a source in the settings file checks its "
            "copies; a file no check.pairs glob lists is skipped. [default: every copy the "
            "settings file lists]",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            "-s",
            metavar="FILE",
            help="The source every COPY is checked against. [default: from check.pairs in the settings file]",
        ),
    ] = None,
    fail_on: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            metavar="RULE",
            help="A rule that fails the check; repeat for several. Replaces the settings file's list. "
            "Rules: altered-quote, invented-quote, misattributed-quote, conflicting-figure (these four "
            "are 'default'), dropped-quote, changed-precision, dropped-source; 'all' is all seven. "
            "[default: default]",
            show_default=False,
        ),
    ] = None,
    fail_on_minor: Annotated[
        bool | None,
        typer.Option(
            "--fail-on-minor/--no-fail-on-minor",
            help="Fail on minor findings too (a contraction written out inside a quote, a short form "
            "given as a changed name), not only on material ones; by default they are reported and the "
            "copy passes. [default: from the settings file, else no]",
            show_default=False,
        ),
    ] = None,
    max_verbatim: Annotated[
        float | None,
        typer.Option(
            metavar="SHARE",
            help="Fail a copy if more than this share of its words (0-1) is verbatim from the source. "
            "[default: no limit]",
            show_default=False,
        ),
    ] = None,
    min_coverage: Annotated[
        float | None,
        typer.Option(
            metavar="SHARE",
            help="Fail a copy that carries less than this share of its source's words (0-1). "
            "[default: no limit]",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        CheckFormat,
        typer.Option(
            "--format",
            "-f",
            help="text: one line per problem, COPY:LINE:COLUMN; json: every report and problem; "
            "markdown: a summary for a pull request; github: GitHub Actions annotations.",
        ),
    ] = CheckFormat.text,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write to this file instead of standard output."),
    ] = None,
    save_json: Annotated[
        str | None,
        typer.Option(
            metavar="FILE",
            help="Also write the json format to FILE, whatever --format says: a CI artifact.",
        ),
    ] = None,
    encoding: Encoding = None,
    timeout: Timeout = Fetch.timeout,
    config_file: ConfigFile = None,
    match: Match = None,
    candidate: Candidate = None,
    excerpt: Excerpt = None,
    shared: Shared = None,
    join: Join = None,
    short: Short = None,
    fragment: Fragment = None,
    paraphrase: Paraphrase = None,
    semantic: Semantic = None,
    keep_boilerplate: KeepBoilerplate = None,
    lang: Lang = None,
) -> int:
    """Check edited copies against their sources: exit 1 if a quote was altered or invented or a
    figure changed (or the policy's other rules), 0 if not, 2 on a usage or input error. Never
    modifies a file."""
    from diffnews.checking.policy import Outcome, Rule
    from diffnews.checking.policy import check as run_check
    from diffnews.render import checks as formats

    _check_codec(encoding, "--encoding")
    language = _language(lang, "--lang")
    settings = _engine(config_file, locals())
    policy = settings.project.policy
    try:
        rules = Rule.parse(fail_on) if fail_on else policy.fail_on
    except ValueError as error:
        raise ConfigError(f"--fail-on: {error}") from None
    for option, value in (("--max-verbatim", max_verbatim), ("--min-coverage", min_coverage)):
        if value is not None and not 0 <= value <= 1:
            raise ConfigError(f"{option} must be between 0 and 1, not {value}")
    policy = replace(
        policy,
        fail_on=rules,
        fail_on_minor=policy.fail_on_minor if fail_on_minor is None else fail_on_minor,
        max_verbatim=policy.max_verbatim if max_verbatim is None else max_verbatim,
        min_coverage=policy.min_coverage if min_coverage is None else min_coverage,
    )
    pairs, skipped = settings.project.resolve(copies or [], source)
    for option, target in (("--output", output), ("--save-json", save_json)):
        if target is not None:
            _refuse_to_overwrite(target, *(name for pair in pairs for name in pair), option=option)
    fetching = Fetch(timeout=timeout)
    sources: dict[str, Document] = {}  # a source shared by many copies is read once
    texts = []
    for c, s in pairs:
        copy = _load(c, encoding, "--encoding", fetching)  # the copy first: its error is the one reported
        if copy.format != "text":
            raise InputError(
                f"{'standard input' if c == '-' else c}: is a web page; check reports the copy's own "
                "lines and columns, so give the copy as text (compare reads web pages; a source may be one)"
            )
        if s not in sources:
            sources[s] = _read_source(s, c, encoding, fetching)
        texts.append((copy, sources[s]))
    _warn(d for pair in texts for d in pair)
    outcome = Outcome(
        tuple(
            run_check(copy.text, source, policy, settings.config, copy_path=c, source_path=s, lang=language)
            for (c, s), (copy, source) in zip(pairs, texts, strict=True)
        ),
        policy,
        tuple(skipped),
    )
    for checked in outcome.checks:
        _warn_language(
            checked.report, ("--lang", "--lang"), (f"source {checked.source}", f"copy {checked.copy}")
        )
        _warn_speakers(checked)
    render = {
        CheckFormat.text: formats.text,
        CheckFormat.json: formats.to_json,
        CheckFormat.markdown: formats.markdown,
        CheckFormat.github: formats.github,
    }[format]
    if save_json is not None:
        write_output(formats.to_json(outcome), save_json)
    write_output(render(outcome), STDOUT if output is None else output)
    return EXIT_OK if outcome.passed else EXIT_FAILED


def _read_source(name: str, copy: str, encoding: str | None, settings: Fetch) -> Document:
    try:
        return _load(name, encoding, "--encoding", settings)
    except InputError as error:
        raise InputError(f"{error} (the source of {copy})") from None


@app.command()
def batch(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="MANIFEST | COPY...",
            help='A manifest, one JSON object per line: {"left": PATH, "right": PATH, "id": ...} '
            "(- reads it from standard input; relative paths are from its folder). With --source: the "
            "copies to compare with the source.",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            "-s",
            metavar="FILE",
            help="Compare every COPY with this source (the source on the left).",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the JSON lines to this file instead of standard output.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, metavar="N", help="Worker processes. [default: one per core]", show_default=False
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            metavar="ADDRESS",
            help='Run on a Dask cluster, such as tcp://10.0.0.5:8786. Needs: pip install "diffnews[dask]".',
        ),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="A progress bar on stderr. [default: when stderr is a terminal]",
            show_default=False,
        ),
    ] = None,
    encoding: Encoding = None,
    timeout: Timeout = Fetch.timeout,
    config_file: ConfigFile = None,
    match: Match = None,
    candidate: Candidate = None,
    excerpt: Excerpt = None,
    shared: Shared = None,
    join: Join = None,
    short: Short = None,
    fragment: Fragment = None,
    paraphrase: Paraphrase = None,
    semantic: Semantic = None,
    keep_boilerplate: KeepBoilerplate = None,
    lang: Lang = None,
) -> int:
    """Compare many pairs, in parallel: one JSON line per pair ({"id", "left", "right", "ok",
    "report"} or {..., "ok": false, "error"}), in the manifest's order. A pair that fails does not
    stop the others. Exit 0 if every pair was compared, 1 if any failed, 2 on a usage error."""

    from diffnews import batch as batches
    from diffnews.reading.inputs import STDIN

    _check_codec(encoding, "--encoding")
    names = paths or []
    if source is not None:
        if not names:
            raise InputError(
                "--source needs the copies to compare with it: diffnews batch --source S COPY..."
            )
        if STDIN in (source, *names):
            raise InputError("a batch reads files and URLs, not standard input, except for its manifest")
        jobs: list[batches.Job] = list(batches.jobs_for_source(source, names))
    else:
        if len(names) != 1:
            raise InputError("give one manifest (or - for standard input), or --source S COPY...")
        jobs = batches.read_manifest_file(names[0])
    if output is not None:
        _refuse_to_overwrite(
            output, *names, *(name for job in jobs for name in (job.left, job.right) if name)
        )
    if scheduler is not None and workers is not None:
        raise ConfigError(
            "--workers and --scheduler: on a cluster, its workers do the work; give one of them"
        )
    config = _engine(config_file, locals()).config
    language = _language(lang, "--lang")
    client = _dask_client(scheduler) if scheduler is not None else None
    try:
        results = batches.run(
            jobs,
            config,
            encoding=encoding,
            fetching=Fetch(timeout=timeout),
            workers=workers,
            client=client,
            lang=language,
        )
        failed = _write_lines(
            results, len(jobs), output, sys.stderr.isatty() if progress is None else progress
        )
    finally:
        if client is not None:
            client.close()  # before the cluster may go: a client left open keeps reconnecting
    return EXIT_FAILED if failed else EXIT_OK


def _dask_client(address: str) -> Any:
    try:
        from dask.distributed import Client
    except ImportError:
        raise ConfigError('--scheduler needs Dask: pip install "diffnews[dask]"') from None
    try:
        return Client(address, timeout="10s")  # type: ignore[no-untyped-call]
    except Exception as error:  # Dask raises many kinds, by address scheme
        reason = " ".join(str(error).split())[:160] or type(error).__name__
        raise ConfigError(f"--scheduler {address}: cannot connect ({reason}); check the address") from None


def _write_lines(results: Iterable[Any], total: int, output: str | None, progress: bool) -> int:
    """Write each result's JSON line as it comes, with a progress bar on stderr; return how many
    failed. Standard output gets each line at once; --output FILE gets them as any output file
    does (``outputs.open_output``): FILE is replaced only when the batch is done, so an
    interrupted batch leaves an earlier FILE whole."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from diffnews.outputs import open_output

    failed = 0
    bar = Progress(
        TextColumn("comparing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        disable=not progress,
        transient=False,
    )
    with open_output(STDOUT if output is None else output) as handle, bar:
        task = bar.add_task("pairs", total=total, failed=0)
        for result in results:
            handle.write(result.to_json())
            handle.flush()
            failed += not result.ok
            bar.update(task, advance=1, failed=failed)
    return failed


class _Settings(NamedTuple):
    project: Project
    config: Config


_THRESHOLDS = ("match", "candidate", "excerpt", "shared", "join", "short", "fragment", "paraphrase")


def _engine(config_file: str | None, options: dict[str, Any]) -> _Settings:
    """The settings file, and the thresholds: the command line's over the file's over Config's."""
    from diffnews.checking.project import load

    project = load(config_file)
    keep = options["keep_boilerplate"]
    config = project.config(
        **{name: options[name] for name in _THRESHOLDS},
        semantic=options["semantic"],
        boilerplate=None if keep is None else not keep,
    )
    if config.semantic:
        from diffnews.aligning.semantic import require

        require()  # before reading the inputs: a missing backend is a usage error
    return _Settings(project, config)


def _check_codec(value: str | None, option: str) -> None:
    from diffnews.reading.inputs import text_codec

    if value is not None:
        text_codec(value, option)


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


def _refuse_to_overwrite(output: str, *inputs: str, option: str = "--output") -> None:
    from diffnews.reading.inputs import STDIN

    if output == STDOUT:
        return
    target = os.path.realpath(output)
    for name in inputs:
        if name != STDIN and os.path.realpath(name) == target:
            raise InputError(f"{option} {output} is one of the inputs; diffnews never overwrites its inputs")


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
