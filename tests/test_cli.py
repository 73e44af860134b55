"""The command line: exit codes, one-line errors, outputs, encodings, colour."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import diffnews
from diffnews.cli import main
from diffnews.report import SCHEMA_VERSION
from tests.cases import FIXTURES

LEFT = FIXTURES / "amiri-troops" / "aggregator.txt"
RIGHT = FIXTURES / "amiri-troops" / "rudaw.txt"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {
        "empty": b"",
        "blank": b"  \n\n\t \n",
        "punctuation": b"***\n\n!!! ... --\n",
        "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "cp1252": "Caf\u00e9 owners say the \u201cnew\u201d tax is unfair.".encode("cp1252"),
        "latin1": "Caf\u00e9 owners \u0081 say".encode("latin-1"),
        "utf16le": "Caf\u00e9 owners say the tax is unfair.".encode("utf-16-le"),
        "utf16be": "Caf\u00e9 owners say the tax is unfair.".encode("utf-16-be"),
    }
    paths = {}
    for name, data in made.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_bytes(data)
    paths["folder"] = tmp_path / "folder"
    paths["folder"].mkdir()
    return paths


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "/no/such/file.txt", RIGHT], "/no/such/file.txt: no such file; check the path"),
        (["compare", "{folder}", RIGHT], "is a directory; give the path of a text file"),
        (["compare", "{empty}", RIGHT], "is empty or only white space; there is nothing to compare"),
        (["compare", LEFT, "{blank}"], "is empty or only white space"),
        (["compare", "{punctuation}", RIGHT], "punctuation.txt: has no words; there is nothing to compare"),
        (["compare", "{binary}", RIGHT], "looks like a binary file"),
        (
            ["compare", LEFT, "{binary}", "--right-encoding", "utf-8"],
            "looks like a binary file",
        ),
        (
            ["compare", "{latin1}", RIGHT, "--left-encoding", "cp1252"],
            "is not valid cp1252 (byte 0x81 at offset 12); try --encoding latin-1",
        ),
        (
            ["compare", "{utf16le}", RIGHT],
            "looks like UTF-16 without a byte-order mark; try --encoding utf-16-le",
        ),
        (
            ["compare", LEFT, "{utf16be}"],
            "looks like UTF-16 without a byte-order mark; try --encoding utf-16-be",
        ),
        (["compare", LEFT, RIGHT, "--format", "xml"], "Invalid value for '--format'"),
        (["compare", LEFT, RIGHT, "--encoding", "klingon"], "--encoding klingon: unknown text encoding"),
        (
            ["compare", LEFT, RIGHT, "--right-encoding", "rot13"],
            "--right-encoding rot13: unknown text encoding",
        ),
        (["compare", LEFT, RIGHT, "--match", "1.5"], "--match must be between 0 and 1, not 1.5"),
        (["compare", LEFT, RIGHT, "--short", "0"], "--short must be a whole number of at least 1"),
        (["compare", LEFT], "Missing argument 'RIGHT'"),
        (["compare", "-", "-"], "only one of the two inputs can be standard input"),
        (["compare", LEFT, RIGHT, "--output", str(RIGHT)], "is one of the inputs; diffnews never overwrites"),
        (["compare", LEFT, RIGHT, "--no-such-option"], "No such option: --no-such-option"),
        (["frobnicate"], "No such command 'frobnicate'"),
    ],
    ids=[
        "missing",
        "directory",
        "empty",
        "whitespace-only",
        "no-words",
        "binary",
        "binary-with-an-encoding",
        "not-the-cp1252-given",
        "utf16-le-without-bom",
        "utf16-be-without-bom",
        "unknown-format",
        "unknown-encoding",
        "bytes-to-bytes-codec",
        "threshold-out-of-range",
        "short-below-one",
        "missing-argument",
        "two-stdins",
        "output-is-input",
        "unknown-option",
        "unknown-command",
    ],
)
def test_bad_input_is_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], args: list[object], message: str
) -> None:
    args = [str(a).format(**files) for a in args]
    status, out, err = run(capsys, *args)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("diffnews: error: ")
    assert message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "label", "text"),
    [
        ("cp1252", "Windows-1252", "Caf\u00e9 owners say the \u201cnew\u201d tax is unfair."),
        ("latin1", "Latin-1", "Caf\u00e9 owners \u0081 say"),
    ],
)
def test_text_that_is_not_utf8_is_read_as_windows_1252_or_latin1_with_a_warning(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], name: str, label: str, text: str
) -> None:
    status, out, err = run(capsys, "compare", files[name], RIGHT, "-f", "json")
    assert status == 0
    assert err == (
        f"diffnews: warning: {files[name]}: is not valid UTF-8 (byte 0xe9 at offset 3), so it was read as "
        f"{label}; if letters look wrong, give its encoding with --encoding NAME\n"
    )
    assert json.loads(out)["left"]["text"] == text


def test_encoding_option_reads_what_the_error_suggested(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    status, out, _ = run(
        capsys, "compare", files["cp1252"], files["cp1252"], "--encoding", "cp1252", "-f", "json"
    )
    assert status == 0
    data = json.loads(out)
    assert data["left"]["sentences"][0]["text"] == "Caf\u00e9 owners say the \u201cnew\u201d tax is unfair."


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_mark_is_read_and_offsets_count_after_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, encoding: str
) -> None:
    text = "Caf\u00e9 owners say the tax is unfair. It starts in June."
    marked = tmp_path / "marked.txt"
    marked.write_bytes(text.encode(encoding))  # these codecs write a byte-order mark first
    status, out, _ = run(capsys, "compare", marked, files_utf8(tmp_path, text), "-f", "json")
    assert status == 0
    data = json.loads(out)
    first = data["left"]["sentences"][0]
    assert first["start"] == 0 and first["text"] == "Caf\u00e9 owners say the tax is unfair."
    assert data["summary"]["left"]["percent"]["shared"] == 100.0


def files_utf8(folder: Path, text: str) -> Path:
    path = folder / "plain.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LEFT.read_bytes()), encoding="utf-8"))
    status, out, _ = run(capsys, "compare", "-", RIGHT, "-f", "json")
    assert status == 0
    data = json.loads(out)
    assert data["left"]["source"] == "-"
    assert data == json.loads(
        diffnews.compare(
            LEFT.read_text("utf-8"), RIGHT.read_text("utf-8"), left_source="-", right_source=str(RIGHT)
        ).to_json()
    )


def test_json_on_stdout_is_the_report_and_nothing_else(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "compare", LEFT, RIGHT, "--format", "json")
    assert status == 0 and err == ""
    data = json.loads(out)
    library = diffnews.compare(LEFT.read_text("utf-8"), RIGHT.read_text("utf-8")).to_dict()
    assert data["left"]["source"] == str(LEFT) and data["right"]["source"] == str(RIGHT)
    for side in ("left", "right"):
        data[side]["source"] = None
    assert data == library  # the same report apart from the file names


def test_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")
    status, out, _ = run(capsys, "compare", LEFT, RIGHT, "-f", "json", "--output", target)
    assert status == 0 and out == ""
    assert json.loads(target.read_text("utf-8"))["schema_version"] == SCHEMA_VERSION
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left behind


def test_terminal_output_to_file_is_plain(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "view.txt"
    assert run(capsys, "compare", LEFT, RIGHT, "-o", target)[0] == 0
    text = target.read_text("utf-8")
    assert "\x1b[" not in text and "Summary" in text


def test_identical_files_are_not_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "compare", RIGHT, RIGHT, "-f", "json")
    assert status == 0
    summary = json.loads(out)["summary"]["left"]["percent"]
    assert summary["shared"] == 100.0 and summary["unique"] == 0.0


def test_inputs_are_never_modified(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(LEFT, left)
    shutil.copy(RIGHT, right)
    before = [(hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in (left, right)]
    for fmt in ("terminal", "json"):
        assert run(capsys, "compare", left, right, "-f", fmt)[0] == 0
    after = [(hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in (left, right)]
    assert before == after


@pytest.mark.parametrize(
    ("color", "env", "escapes"),
    [("always", {}, True), ("never", {}, False), ("auto", {}, False), ("always", {"NO_COLOR": "1"}, True)],
    ids=["always", "never", "auto-when-piped", "flag-beats-NO_COLOR"],
)
def test_colour(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    color: str,
    env: dict[str, str],
    escapes: bool,
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    status, out, _ = run(capsys, "compare", LEFT, RIGHT, "--color", color)
    assert status == 0
    assert ("\x1b[" in out) is escapes


def test_no_color_in_a_terminal_keeps_bold_but_drops_colour(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich: behave as in a terminal
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("NO_COLOR", "1")
    status, out, _ = run(capsys, "compare", LEFT, RIGHT)
    assert status == 0
    assert "\x1b[1" in out  # changed words: bold, underline
    assert "\x1b[31m" not in out and "\x1b[32m" not in out  # no red, no green


def test_thresholds_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    options = ["--match", "0.95", "--excerpt", "1", "--keep-boilerplate"]
    _, out, _ = run(capsys, "compare", LEFT, RIGHT, "-f", "json", *options)
    data = json.loads(out)
    assert data["config"]["match"] == 0.95 and data["config"]["boilerplate"] is False
    assert data["config"]["excerpt"] == 1
    assert data["pairs"] and all(
        p["score"] >= 0.95 or p["basis"] in ("excerpt", "fragment") for p in data["pairs"]
    )
    assert all(p["overlap"] > 0 for p in data["pairs"] if p["basis"] == "excerpt")
    assert not any(s["label"] == "boilerplate" for s in data["left"]["sentences"])


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"diffnews {diffnews.__version__}\n", "")


def test_no_arguments_shows_help(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys)
    assert status == 0 and "compare" in out


SCRIPT = Path(sys.executable).with_name("diffnews")


@pytest.mark.slow
@pytest.mark.parametrize(
    "command", [[sys.executable, "-m", "diffnews"], [str(SCRIPT)]], ids=["python-m", "script"]
)
def test_installed_entry_points(command: list[str]) -> None:
    if command == [str(SCRIPT)] and not SCRIPT.exists():
        pytest.skip(f"no diffnews script beside {sys.executable}: the package is not installed there")
    ok = subprocess.run(
        [*command, "compare", str(LEFT), str(RIGHT)],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80"},
    )
    assert ok.returncode == 0 and "3,500" in ok.stdout and "\x1b[" not in ok.stdout
    bad = subprocess.run([*command, "compare", "nope.txt", str(RIGHT)], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr == "diffnews: error: nope.txt: no such file; check the path\n"


class TestOutput:
    """--output writes what it is given and loses nothing; it never replaces what is not a file."""

    def test_permissions_of_an_existing_file_are_kept(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        target = tmp_path / "report.json"
        target.write_text("old")
        target.chmod(0o640)
        assert run(capsys, "compare", LEFT, RIGHT, "-f", "json", "-o", target)[0] == 0
        assert oct(target.stat().st_mode & 0o777) == oct(0o640)

    def test_a_new_file_follows_the_umask(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        target = tmp_path / "new.json"
        old = os.umask(0o022)
        try:
            assert run(capsys, "compare", LEFT, RIGHT, "-f", "json", "-o", target)[0] == 0
        finally:
            os.umask(old)
        assert oct(target.stat().st_mode & 0o777) == oct(0o644)

    def test_a_read_only_file_is_refused(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        target = tmp_path / "locked.json"
        target.write_text("keep me")
        target.chmod(0o444)
        status, _, err = run(capsys, "compare", LEFT, RIGHT, "-f", "json", "-o", target)
        assert status == 2 and "is read-only" in err
        assert target.read_text() == "keep me"

    def test_a_symbolic_link_writes_its_target(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        target = tmp_path / "target.json"
        target.write_text("old")
        link = tmp_path / "link.json"
        link.symlink_to(target)
        assert run(capsys, "compare", LEFT, RIGHT, "-f", "json", "-o", link)[0] == 0
        assert link.is_symlink()
        assert json.loads(target.read_text())["schema_version"] == SCHEMA_VERSION

    @pytest.mark.slow
    @pytest.mark.parametrize("command", ["compare", "batch"])
    def test_dev_stdout_works_when_stdout_is_a_pipe(self, command: str) -> None:
        """/dev/stdout then links to "pipe:[...]", which is no path: it must be written in place."""
        args = (
            [str(LEFT), str(RIGHT), "-f", "json"]
            if command == "compare"
            else ["--source", str(LEFT), str(RIGHT)]
        )
        done = subprocess.run(
            [sys.executable, "-m", "diffnews", command, *args, "-o", "/dev/stdout"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, "")
        data = json.loads(done.stdout.splitlines()[0] if command == "batch" else done.stdout)
        assert (data["report"] if command == "batch" else data)["schema_version"] == SCHEMA_VERSION

    def test_a_special_file_is_written_in_place(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        # a named pipe stands for /dev/null, /dev/stdout and their kind, without touching them
        import stat
        import threading

        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        received: list[bytes] = []
        reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
        reader.start()
        status = run(capsys, "compare", LEFT, RIGHT, "-f", "json", "-o", pipe)[0]
        reader.join(timeout=30)
        assert status == 0
        assert stat.S_ISFIFO(pipe.stat().st_mode)  # still a pipe, not replaced by a file
        assert json.loads(received[0])["schema_version"] == SCHEMA_VERSION

    def test_dash_is_standard_output(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.chdir(tmp_path)
        status, out, _ = run(capsys, "compare", LEFT, RIGHT, "-f", "json", "-o", "-")
        assert status == 0 and json.loads(out)["schema_version"] == SCHEMA_VERSION
        assert list(tmp_path.iterdir()) == []

    def test_a_folder_is_refused(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        status, _, err = run(capsys, "compare", LEFT, RIGHT, "-o", tmp_path)
        assert status == 2 and "is a directory" in err

    def test_an_output_that_is_an_input_through_a_link_is_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        source = tmp_path / "a.txt"
        shutil.copy(LEFT, source)
        link = tmp_path / "out.txt"
        link.symlink_to(source)
        status, _, err = run(capsys, "compare", source, RIGHT, "-o", link)
        assert status == 2 and "is one of the inputs" in err
        assert source.read_bytes() == LEFT.read_bytes()
