"""``diffnews check`` on the command line: pairing, settings files, exit codes, every format."""

from __future__ import annotations

import hashlib
import json
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

from diffnews.cli import main
from tests.cases import FIXTURES

RUDAW = (FIXTURES / "amiri-troops" / "rudaw.txt").read_text("utf-8")
REWORDED = RUDAW.replace(
    "Amiri is head of the political Fatih alliance and the armed Badr Organization.",
    "Amiri leads both the Fatih political alliance and the Badr Organization, an armed group.",
)
QUOTE_ALTERED = RUDAW.replace("a decision of the Iraqi people", "a decision of the Iraqi government")
FIGURE_CHANGED = RUDAW.replace("3,500 foreign soldiers", "5,300 foreign soldiers")
SETTINGS = """\
[[check.pairs]]
copies = "copies/*.txt"
source = "sources/{stem}.txt"
"""


def _schema(name: str) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(
        resources.files("diffnews").joinpath(f"schema/{name}.schema.json").read_text("utf-8")
    )
    return loaded


REPORT_SCHEMA, CHECK_SCHEMA = _schema("report"), _schema("check")
REGISTRY = Registry().with_resource(str(REPORT_SCHEMA["$id"]), Resource.from_contents(REPORT_SCHEMA))
VALIDATOR = jsonschema.Draft202012Validator(CHECK_SCHEMA, registry=REGISTRY)


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository: the Rudaw report as a source, three copies of it, and a settings file."""
    (tmp_path / ".git").mkdir()  # the settings search stops here
    (tmp_path / "sources").mkdir()
    (tmp_path / "copies").mkdir()
    for name in ("reworded", "quote", "figure"):
        (tmp_path / "sources" / f"{name}.txt").write_text(RUDAW, "utf-8")
    (tmp_path / "copies" / "reworded.txt").write_text(REWORDED, "utf-8")
    (tmp_path / "copies" / "quote.txt").write_text(QUOTE_ALTERED, "utf-8")
    (tmp_path / "copies" / "figure.txt").write_text(FIGURE_CHANGED, "utf-8")
    (tmp_path / "README.md").write_text("The newsroom's stories.\n", "utf-8")
    (tmp_path / ".diffnews.toml").write_text(SETTINGS, "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_reworded_copy_passes(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", "copies/reworded.txt")
    assert (status, out, err) == (0, "diffnews check: 1 copy checked, no problems\n", "")


def test_text_names_each_problem_at_the_copys_line(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "check", "copies/quote.txt", "copies/figure.txt", "README.md")
    assert status == 1
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == (
        "copies/quote.txt:7:24: altered-quote: quote by Hadi al-Amiri altered: "
        "“…decision of the Iraqi government and not President Macron’s…” here, "
        "“…decision of the Iraqi people and not President Macron’s…” in sources/quote.txt:7"
    )
    assert lines[1] == (
        "copies/figure.txt:15:21: conflicting-figure: number '5,300' here, '3,500' in sources/figure.txt:15"
    )
    assert lines[2] == (
        "diffnews check: 2 problems in 2 of 2 copies; the full diff: diffnews compare sources/quote.txt "
        "copies/quote.txt (1 file skipped: no check.pairs glob lists it)"
    )
    for line in lines[:2]:  # COPY:LINE:COLUMN points at the problem
        path, row, column = re.match(r"([^:]+):(\d+):(\d+):", line).groups()  # type: ignore[union-attr]
        text = Path(path).read_text("utf-8").splitlines()[int(row) - 1][int(column) - 1 :]
        assert text.startswith(("no foreign forces", "5,300"))


def test_no_files_checks_every_listed_copy(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check")
    assert status == 1
    assert out.splitlines()[-1].startswith("diffnews check: 2 problems in 2 of 3 copies")


def test_a_changed_source_rechecks_its_copies(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "sources/figure.txt")
    assert status == 1
    assert out.startswith("copies/figure.txt:15:21: conflicting-figure")


def test_source_option_and_flags_override_the_settings(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom / ".diffnews.toml").write_text('[check]\nfail-on = ["dropped-quote"]\n' + _pairs(), "utf-8")
    assert run(capsys, "check", "copies/figure.txt")[0] == 0  # only dropped quotes fail
    status, out, _ = run(capsys, "check", "copies/figure.txt", "--fail-on", "conflicting-figure")
    assert status == 1
    status, out, _ = run(
        capsys, "check", "copies/reworded.txt", "copies/figure.txt", "--source", "sources/reworded.txt",
        "--fail-on", "default", "--max-verbatim", "0.5",
    )  # fmt: skip
    assert status == 1
    assert "copies/reworded.txt: max-verbatim: 96.6% of the copy's words are verbatim" in out
    assert "sources/reworded.txt:15" in out  # the figure is checked against --source


def _pairs() -> str:
    return '\n[[check.pairs]]\ncopies = "copies/*.txt"\nsource = "sources/{stem}.txt"\n'


def test_the_source_itself_is_never_its_own_copy(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "check", "sources/quote.txt", "copies/reworded.txt", "-s", "sources/quote.txt"
    )
    assert (status, out) == (0, "diffnews check: 1 copy checked, no problems\n")


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("mach = 0.5", "unknown key 'mach' in the top level; known keys: match, candidate"),
        ("match = 1.5", ".diffnews.toml: match must be between 0 and 1, not 1.5"),
        ('short = "six"', ".diffnews.toml: short must be a whole number of at least 1, not 'six'"),
        ("semantic = 1", ".diffnews.toml: semantic must be true or false, not 1"),
        ('[check]\nfail-on = ["quotes"]', "check.fail-on: unknown rule 'quotes'; rules: default, all,"),
        ('[check]\nfail-on = "default"', "check.fail-on must be a list of rule names, not 'default'"),
        ("[check]\nmax-verbatim = 60", "check.max-verbatim must be a number between 0 and 1, not 60"),
        ("[check]\nmin-coverage = true", "check.min-coverage must be a number between 0 and 1, not True"),
        ('[check]\nfail-on-minor = "yes"', "check.fail-on-minor must be true or false, not 'yes'"),
        ("[check]\npairs = 3", "check.pairs must be an array of tables ([[check.pairs]]), not 3"),
        (
            '[[check.pairs]]\ncopies = "c/*.txt"',
            "check.pairs entry 1: 'source' must be a non-empty path, not None",
        ),
        (
            '[[check.pairs]]\ncopies = "c/*"\nsource = "s/{base}.txt"',
            "check.pairs entry 1: source has the placeholder {base}; use {stem}, {name}, {suffix}, {parent}",
        ),
        (
            '[[check.pairs]]\ncopies = "c/*"\nsource = "s"\nsorce = 1',
            "unknown key 'sorce' in check.pairs entry 1",
        ),
        ("match = ", ".diffnews.toml: not valid TOML (Invalid value (at line 1, column 9)); fix the file"),
    ],
)
def test_an_invalid_settings_file_exits_2_naming_the_key(
    newsroom: Path, capsys: pytest.CaptureFixture[str], setting: str, message: str
) -> None:
    (newsroom / ".diffnews.toml").write_text(setting + "\n", "utf-8")
    status, out, err = run(capsys, "check", "copies/figure.txt", "-s", "sources/figure.txt")
    assert status == 2
    assert out == ""
    assert err.startswith("diffnews: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_pyproject_settings_found_from_a_folder_below(
    newsroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (newsroom / ".diffnews.toml").unlink()
    pyproject = newsroom / "pyproject.toml"
    pyproject.write_text('[project]\nname = "desk"\n', "utf-8")  # no [tool.diffnews]: not a settings file
    status, _, err = run(capsys, "check", "copies/figure.txt")
    assert status == 2
    assert "no source to check against: pass --source SOURCE, or list copies and sources" in err
    pyproject.write_text(
        '[tool.diffnews]\nmatch = 0.5\n[tool.diffnews.check]\nfail-on = ["all"]\n'
        + _pairs().replace("[[check.pairs]]", "[[tool.diffnews.check.pairs]]"),
        "utf-8",
    )
    (newsroom / "copies" / "deep").mkdir()
    monkeypatch.chdir(newsroom / "copies" / "deep")  # paths outside the current folder show in full
    status, out, _ = run(capsys, "check", "--format", "json")
    report = json.loads(out)
    assert status == 1
    assert report["policy"]["fail_on"] == sorted(
        ["altered-quote", "invented-quote", "misattributed-quote", "conflicting-figure",
         "dropped-quote", "changed-precision", "dropped-source"]
    )  # fmt: skip
    assert [c["copy"] for c in report["copies"]] == [
        f"{newsroom}/copies/figure.txt", f"{newsroom}/copies/quote.txt", f"{newsroom}/copies/reworded.txt"
    ]  # fmt: skip
    assert {c["report"]["config"]["match"] for c in report["copies"]} == {0.5}


def test_the_search_stops_at_the_top_of_the_repository(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".diffnews.toml").write_text("match = 2\n", "utf-8")  # outside the repository
    repository = tmp_path / "desk"
    (repository / ".git").mkdir(parents=True)
    (repository / "a.txt").write_text(RUDAW, "utf-8")
    monkeypatch.chdir(repository)
    assert run(capsys, "check", "a.txt", "-s", "a.txt")[:2] == (0, "diffnews check: nothing to check\n")
    (repository / ".diffnews.toml").write_text("match = 2\n", "utf-8")
    assert run(capsys, "check", "a.txt", "-s", "a.txt")[0] == 2


def test_json_has_every_report_and_finding(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "--format", "json")
    document = json.loads(out)
    VALIDATOR.validate(document)
    assert status == 1
    assert document["passed"] is False
    assert document["counts"] == {"copies": 3, "failed": 2, "findings": 2, "notes": 0, "skipped": 0}
    assert [(f["copy"], f["rule"], f["line"], f["source_line"]) for f in document["findings"]] == [
        ("copies/figure.txt", "conflicting-figure", 15, 15),
        ("copies/quote.txt", "altered-quote", 7, 7),
    ]
    assert [(f["material"], f["confidence"], f["reason"]) for f in document["findings"]] == [
        (True, "high", "the copy gives 5,300 foreign soldiers where the source gives 3,500"),
        (True, "high", "the copy's quotation differs in 1 word: 'government' for 'people'"),
    ]
    assert document["notes"] == []
    assert document["policy"]["fail_on_minor"] is False
    reworded = document["copies"][2]
    assert (reworded["copy"], reworded["passed"], reworded["verbatim"]) == (
        "copies/reworded.txt",
        True,
        0.9657,
    )
    assert reworded["report"]["left"]["source"] == "sources/reworded.txt"
    assert reworded["report"]["right"]["source"] == "copies/reworded.txt"


def test_the_check_schema_rejects_what_it_should(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = json.loads(run(capsys, "check", "--format", "json")[1])
    for path, value in (
        (("check_schema_version",), 2),
        (("findings", 0, "rule"), "bad-rule"),
        (("findings", 0, "line"), 0),
        (("copies", 0, "report", "schema_version"), 1),
        (("copies", 0, "verbatim"), 1.5),
        (("findings", 0, "confidence"), "certain"),
        (("findings", 0, "material"), "yes"),
        (("findings", 0, "reason"), ""),
        (("counts", "notes"), -1),
    ):
        bad = json.loads(json.dumps(document))
        target = bad
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        assert not VALIDATOR.is_valid(bad), path


def test_markdown_summary_escapes_article_text(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hostile = RUDAW.replace(
        "a decision of the Iraqi people", "a decision of the <script>alert(1)</script> | *people* $2 and $3"
    )
    (newsroom / "copies" / "quote.txt").write_text(hostile, "utf-8")
    status, out, _ = run(capsys, "check", "--format", "markdown")
    assert status == 1
    assert out.startswith("## ❌ diffnews check failed\n\n2 problems in 2 of 3 copies; the full diff:")
    assert "| Copy | Source | Result | Verbatim | Covers source |" in out
    assert "| copies/reworded.txt | sources/reworded.txt | ✅ passed | 97% | 100% |" in out
    assert "| copies/quote.txt | sources/quote.txt | ❌ 1 problem | 100% | 100% |" in out
    assert "### copies/figure.txt\n\n- **conflicting-figure** (line 15): number '5,300' here" in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*people\\* \\$2 and \\$3" in out
    assert "<script>" not in out


def test_github_annotations(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "--format", "github", "--max-verbatim", "0.99")
    lines = out.splitlines()
    assert status == 1
    assert lines[0] == (
        "::error file=copies/figure.txt,line=15,col=21,title=diffnews conflicting-figure::"
        "number '5,300' here, '3,500' in sources/figure.txt:15"
    )
    assert lines[1] == (
        "::error file=copies/figure.txt,title=diffnews max-verbatim::"
        "100%25 of the copy's words are verbatim from the source; the limit is 99%25"
    )
    assert lines[-1].startswith("diffnews check: ")
    assert all(line.startswith("::error file=copies/") for line in lines[:-1])


def test_github_properties_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "a, b: c.txt"
    copy.write_text(FIGURE_CHANGED, "utf-8")
    source = tmp_path / "source.txt"
    source.write_text(RUDAW, "utf-8")
    out = run(capsys, "check", str(copy), "-s", str(source), "-f", "github")[1]
    assert out.startswith(
        f"::error file={tmp_path}/a%2C b%3A c.txt,line=15,col=21,title=diffnews conflicting-figure::"
    )


def test_outputs_go_to_files_and_inputs_stay_untouched(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in newsroom.rglob("*.txt")}
    status, out, _ = run(capsys, "check", "-f", "markdown", "-o", "summary.md", "--save-json", "check.json")
    assert (status, out) == (1, "")
    assert (newsroom / "summary.md").read_text("utf-8").startswith("## ❌ diffnews check failed")
    VALIDATOR.validate(json.loads((newsroom / "check.json").read_text("utf-8")))
    assert before == {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in newsroom.rglob("*.txt")}
    status, _, err = run(capsys, "check", "copies/quote.txt", "-o", "sources/quote.txt")
    assert status == 2
    assert "diffnews never overwrites its inputs" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "copies/none.txt", "-s", "sources/quote.txt"], "copies/none.txt: no such file"),
        (["check", "copies/quote.txt", "-s", "nope.txt"], "nope.txt: no such file; check the path (the"),
        (["check", "-s", "sources/quote.txt"], "--source needs the copies to check"),
        (["check", "--config", "missing.toml"], "--config missing.toml: no such file"),
        (["check", "--max-verbatim", "2"], "--max-verbatim must be between 0 and 1, not 2.0"),
        (["check", "--fail-on", "max-verbatim"], "--fail-on: 'max-verbatim' is a limit, not a rule"),
        (["check", "--format", "xml"], "Invalid value for '--format' / '-f'"),
    ],
)  # fmt: skip
def test_usage_and_input_errors_exit_2(
    newsroom: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    status, out, err = run(capsys, *args)
    assert (status, out) == (2, "")
    assert message in err
    assert err.count("\n") == 1


def test_a_missing_source_from_the_settings_names_the_copy(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom / "sources" / "quote.txt").unlink()
    status, _, err = run(capsys, "check")
    assert status == 2
    assert err == (
        "diffnews: error: sources/quote.txt: no such file; check the path (the source of copies/quote.txt)\n"
    )


def test_compare_reads_the_settings_file_too(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (newsroom / ".diffnews.toml").write_text("match = 0.9\nkeep-boilerplate = true\n", "utf-8")
    out = run(capsys, "compare", "sources/quote.txt", "copies/reworded.txt", "-f", "json")[1]
    assert json.loads(out)["config"]["match"] == 0.9
    assert json.loads(out)["config"]["boilerplate"] is False
    out = run(capsys, "compare", "sources/quote.txt", "copies/reworded.txt", "-f", "json", "--match", "0.3")[
        1
    ]
    assert json.loads(out)["config"]["match"] == 0.3


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('[[check.pairs]]\ncopies = "c/*"\nsource = "s/{stem"', "source is not a valid template"),
        ('[[check.pairs]]\ncopies = "c/*"\nsource = "s/}.txt"', "source is not a valid template"),
        ('[[check.pairs]]\ncopies = "c/*"\nsource = "s/{stem:d}.txt"', "source has the placeholder {stem:d}"),
        ('[[check.pairs]]\ncopies = "c/*"\nsource = "s/{stem!r}.txt"', "source has the placeholder {stem!r}"),
    ],
)
def test_templates_are_checked_when_the_file_is_read(
    newsroom: Path, capsys: pytest.CaptureFixture[str], setting: str, message: str
) -> None:
    (newsroom / ".diffnews.toml").write_text(setting + "\n", "utf-8")
    status, _, err = run(capsys, "check")
    assert (status, err.count("\n")) == (2, 1)
    assert message in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"tool = 1\n", "pyproject.toml: tool must be a table ([tool]), not 1"),
        (b'tool = "diffnews"\n', "pyproject.toml: tool must be a table"),
        (b'x = "\xff"\n', "pyproject.toml: is not UTF-8 text; save it as UTF-8"),
    ],
)
def test_a_broken_pyproject_is_one_line(
    newsroom: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    (newsroom / ".diffnews.toml").unlink()
    (newsroom / "pyproject.toml").write_bytes(content)
    status, _, err = run(capsys, "check", "copies/quote.txt", "-s", "sources/quote.txt")
    assert (status, err.count("\n")) == (2, 1)
    assert message in err


def test_a_file_that_is_copy_and_source_is_never_checked_against_itself(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom / ".diffnews.toml").write_text(
        '[[check.pairs]]\ncopies = "**/*.txt"\nsource = "sources/{stem}.txt"\n'
    )
    document = json.loads(run(capsys, "check", "-f", "json")[1])
    assert [(c["copy"], c["source"]) for c in document["copies"]] == [
        ("copies/figure.txt", "sources/figure.txt"),
        ("copies/quote.txt", "sources/quote.txt"),
        ("copies/reworded.txt", "sources/reworded.txt"),
    ]
    status, out, _ = run(capsys, "check", "sources/figure.txt")  # a source, listed as a copy too
    assert status == 1
    assert out.startswith("copies/figure.txt:15:21: conflicting-figure")


def test_paths_are_compared_through_symbolic_links_and_repeats_are_dropped(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom.parent / f"{newsroom.name}-link").symlink_to(newsroom)
    through = newsroom.parent / f"{newsroom.name}-link" / "copies" / "figure.txt"
    status, out, _ = run(capsys, "check", str(through))
    assert status == 1
    assert out.startswith(f"{through}:15:21: conflicting-figure")
    status, out, _ = run(
        capsys, "check", "copies/figure.txt", "./copies/figure.txt", "-s", "sources/figure.txt"
    )
    assert out.splitlines()[-1].startswith("diffnews check: 1 problem in copies/figure.txt;")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "nonexistent.txt"], "nonexistent.txt: no such file; check the path"),
        (["check", "copies/quote.txt", "copies/figure.txt", "-s", "-"], "--source - reads standard input"),
        (["check", "-", "-s", "-"], "--source - reads standard input once"),
        (["check", "copies/quote.txt", "-s", "sources/quote.txt", "--save-json", "copies/quote.txt"],
         "--save-json copies/quote.txt is one of the inputs"),
        (["check", "--config", "copies"], "--config copies: is a directory"),
    ],
)  # fmt: skip
def test_more_errors_exit_2(
    newsroom: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    status, out, err = run(capsys, *args)
    assert (status, out, err.count("\n")) == (2, "", 1)
    assert message in err


def test_markdown_defuses_mentions_and_issue_links(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom / "copies" / "quote.txt").write_text(
        RUDAW.replace("a decision of the Iraqi people", "a decision of @octocat and #12"), "utf-8"
    )
    out = run(capsys, "check", "-f", "markdown")[1]
    assert "@\u2060octocat and #\u206012" in out
    assert "@octocat" not in out and "#12" not in out


# ---- minor findings: reported, not failing, unless asked ------------------------------------------

COURT_SOURCE = """Care home owner jailed over neglect

The owner of a care home in Accrington has been jailed for three years for the wilful neglect of 12 \
residents.

Judge Fiona Markham told Graham Pettifer: "The care these people received was a disgrace, and you are \
the man who allowed it."

Pettifer's barrister said his client was "deeply ashamed".

"He doesn't expect any sympathy, and it's OK that he gets none," the barrister, Ian Royle, added.
"""
COURT_COPY = """Care home boss jailed

A care home boss from Accrington has been jailed for three years for neglecting 21 residents.

Jailing Graham Pettifer, Judge Fiona Markham said: "The care these people received is a disgrace, and \
you are the man who allowed it."

His barrister, Ian Royle, said: "He does not expect any sympathy, and it's okay that he gets none."
"""


@pytest.fixture
def court(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """docs/ci.md's example: a changed figure, a changed word in a quote, a contraction written out."""
    (tmp_path / ".git").mkdir()
    for folder, text in (("sources", COURT_SOURCE), ("copies", COURT_COPY)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "court.txt").write_text(text, "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_ci_guides_example_is_the_real_output(court: Path, capsys: pytest.CaptureFixture[str]) -> None:
    guide = (Path(__file__).resolve().parent.parent / "docs" / "ci.md").read_text("utf-8")
    block = guide.split("$ diffnews check copies/court.txt --source sources/court.txt\n", 1)[1].split(
        "```", 1
    )[0]
    status, out, _ = run(capsys, "check", "copies/court.txt", "--source", "sources/court.txt")
    assert status == 1
    assert out == block
    document = json.loads(
        run(capsys, "check", "copies/court.txt", "-s", "sources/court.txt", "-f", "json")[1]
    )
    VALIDATOR.validate(document)
    shown = json.loads(
        guide.split("the barrister's finding is under `notes`:\n\n```json\n", 1)[1].split("```")[0]
    )
    assert document["notes"] == [shown]
    assert document["counts"]["notes"] == 1 and document["copies"][0]["notes"] == 1


def test_minor_findings_fail_with_the_flag_or_the_setting(
    court: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("check", "copies/court.txt", "--source", "sources/court.txt")
    status, out, _ = run(capsys, *args, "--fail-on-minor")
    assert status == 1
    assert "minor:" not in out
    assert out.splitlines()[-1].startswith("diffnews check: 3 problems in copies/court.txt;")
    (court / "copies" / "court.txt").write_text(COURT_SOURCE.replace("doesn't", "does not"), "utf-8")
    # only the contraction differs now
    assert run(capsys, *args)[0] == 0
    assert run(capsys, *args, "--fail-on-minor")[0] == 1
    (court / ".diffnews.toml").write_text("[check]\nfail-on-minor = true\n", "utf-8")
    assert run(capsys, *args)[0] == 1
    status, out, _ = run(capsys, *args, "--no-fail-on-minor")
    assert status == 0
    assert out.endswith("diffnews check: 1 copy checked, no problems; 1 minor finding (not failing)\n")
    assert json.loads(run(capsys, *args, "-f", "json")[1])["policy"]["fail_on_minor"] is True


def test_minor_findings_in_github_and_markdown(court: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("check", "copies/court.txt", "--source", "sources/court.txt")
    lines = run(capsys, *args, "-f", "github")[1].splitlines()
    assert [line.split(" ", 1)[0] for line in lines[:-1]] == ["::error", "::error", "::warning"]
    assert "title=diffnews altered-quote (minor)::" in lines[2]
    assert lines[2].endswith(
        "(the copy's quotation differs only in how words are written: 'does not' for 'doesn't')"
    )
    out = run(capsys, *args, "-f", "markdown")[1]
    assert "| ❌ 2 problems (1 minor) |" in out
    assert "*the copy gives 21 residents where the source gives 12*" in out
    assert "- minor, not failing: altered-quote (line 7): quote by Ian Royle altered:" in out
