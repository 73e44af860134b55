"""The gate cases (fixtures/gate/*, format in fixtures/README.md, "Gate cases"): what ``diffnews
check`` at its default policy must and must not find on real-looking copy (issue 17).

One test per expectation: a pass case finds nothing; a fail case gets each of its listed
findings, and nothing else unless ``extra_ok``. ``known_miss`` makes the test a strict expected
failure, so a fix that makes it pass says so. The loading and judging are benchmarks/
check_precision.py's, which counts the same cases per pattern and per rule."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from diffnews.checking.policy import Check, Finding
from diffnews.reading.segment import segment
from tests.benchmark_modules import load

ROOT = Path(__file__).resolve().parent.parent


gate = load("check_precision", "check_precision.py")
FOLDERS = gate.gate_folders()


def _case_or_error(folder: Path) -> object:
    try:
        return gate.load_case(folder)
    except gate.GateError as error:
        return error


LOADED = {folder.name: _case_or_error(folder) for folder in FOLDERS}
CASES = [case for case in LOADED.values() if isinstance(case, gate.GateCase)]


def _xfail(reason: str | None) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


PARAMS = []
for _case in CASES:
    if _case.verdict == "pass":
        PARAMS.append(
            pytest.param(_case, None, id=f"{_case.name}:no-findings", marks=_xfail(_case.known_miss))
        )
        continue
    for _k, _expected in enumerate(_case.findings):
        PARAMS.append(
            pytest.param(
                _case,
                _k,
                id=f"{_case.name}:{_expected.rule}:{_expected.contains[:30]}",
                marks=_xfail(_expected.known_miss),
            )
        )
    if not _case.extra_ok:
        PARAMS.append(
            pytest.param(_case, None, id=f"{_case.name}:nothing-else", marks=_xfail(_case.known_miss))
        )


@cache
def _checked(name: str) -> Check:
    case = LOADED[name]
    assert isinstance(case, gate.GateCase)
    result: Check = gate.check_case(case)
    return result


def _shown(result: Check, findings: Iterable[Finding]) -> str:
    return "; ".join(f"{f.rule.value} {f.line}:{f.column}: {f.message}" for f in findings) or "none"


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_case_is_valid(folder: Path) -> None:
    loaded = LOADED[folder.name]
    assert isinstance(loaded, gate.GateCase), str(loaded)
    for name in ("source.txt", "copy.txt"):
        sentences = segment((folder / name).read_text(encoding="utf-8"))
        assert 7 <= len(sentences) <= 16, f"{name}: a headline and 6 to 15 sentences, not {len(sentences)}"


@pytest.mark.parametrize(("case", "index"), PARAMS)
def test_gate(case: Any, index: int | None) -> None:
    result = _checked(case.name)
    judged = gate.judge(case, result)
    if index is not None:
        expected = case.findings[index]
        shown = _shown(result, result.findings)
        assert judged.found[index], (
            f"{expected.rule} with {expected.contains!r} not reported; findings: {shown}"
        )
    elif case.verdict == "pass":
        assert not result.findings, f"a faithful copy fails: {_shown(result, result.findings)}"
    else:
        assert not judged.extra, f"findings besides the listed ones: {_shown(result, judged.extra)}"


def test_every_pattern_has_cases() -> None:
    """Issue 17's six patterns each have faithful copies that must pass, and real alterations
    have cases that must keep failing."""
    passes = Counter(case.pattern for case in CASES if case.verdict == "pass")
    assert all(passes[pattern] >= 2 for pattern in gate.PATTERNS[:6]), passes
    assert sum(case.verdict == "fail" for case in CASES) >= 6


# ---- the format's checks ------------------------------------------------------------------------


def _folder(tmp_path: Path, toml: str, files: tuple[str, ...] = ("source.txt", "copy.txt")) -> Path:
    folder = tmp_path / "case"
    folder.mkdir()
    for name in files:
        (folder / name).write_text("Some text.\n", encoding="utf-8")
    (folder / "expected.toml").write_text(toml, encoding="utf-8")
    return folder


GOOD = 'description = "why"\npattern = "short-forms"\nverdict = "pass"\n'


def test_a_good_case_loads(tmp_path: Path) -> None:
    case = gate.load_case(_folder(tmp_path, GOOD + 'known_miss = "today"\n'))
    assert (case.pattern, case.verdict, case.known_miss, case.findings) == (
        "short-forms",
        "pass",
        "today",
        (),
    )


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (GOOD + "colour = 1\n", "unknown key(s) colour"),
        (GOOD.replace("short-forms", "short-form"), "pattern 'short-form' is not one of"),
        (GOOD.replace('verdict = "pass"', 'verdict = "ok"'), "verdict must be"),
        (GOOD.replace('description = "why"\n', ""), "description is required"),
        (GOOD + 'known_miss = ["a"]\n', "known_miss must be a str"),
        (GOOD + '[[finding]]\nrule = "altered-quote"\ncontains = "x"\n', "a pass case lists no [[finding]]"),
        (GOOD.replace("pass", "fail"), "a fail case lists the [[finding]]s"),
        (
            GOOD.replace("pass", "fail") + '[[finding]]\nrule = "dropped-quote"\ncontains = "x"\n',
            "not a default rule",
        ),
        (GOOD.replace("pass", "fail") + '[[finding]]\nrule = "altered-quote"\n', "contains is required"),
        (
            GOOD.replace("pass", "fail") + '[[finding]]\nrule = "altered-quote"\ncontains = "x"\nwhy = 1\n',
            "unknown key",
        ),
        ("description = \n", "expected.toml"),
    ],
)
def test_a_bad_case_is_an_error(tmp_path: Path, toml: str, message: str) -> None:
    with pytest.raises(gate.GateError, match=re.escape(message)):
        gate.load_case(_folder(tmp_path, toml))


def test_a_missing_text_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(gate.GateError, match=r"copy\.txt is missing"):
        gate.load_case(_folder(tmp_path, GOOD, files=("source.txt",)))


def test_the_fixture_loader_leaves_gate_cases_alone() -> None:
    """tests/cases.py reads fixtures/*/expected.toml, one level down: fixtures/gate has none."""
    from tests.cases import cases

    assert not (ROOT / "fixtures" / "gate" / "expected.toml").exists()
    assert "gate" not in {case.name for case in cases()}
