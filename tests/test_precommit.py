"""The pre-commit hook, end to end: the real pre-commit tool, a scratch git repository, real
commits. pre-commit installs diffnews into an environment of its own from a clone of this
working tree (with uncommitted changes), as it would from GitHub, so the first test takes a
minute or so."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cases import FIXTURES

pytest.importorskip("pre_commit", reason='needs pre-commit: pip install -e ".[test]"')
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
RUDAW = (FIXTURES / "amiri-troops" / "rudaw.txt").read_text("utf-8")
SHIPPED = ("diffnews", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml")


def git(where: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=where, capture_output=True, text=True, check=True, timeout=60)
    return done.stdout.strip()


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("home")
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(home / "pre-commit-cache"),
        "GIT_CONFIG_GLOBAL": str(home / "gitconfig"),  # nobody's own git settings or hooks
        "GIT_AUTHOR_NAME": "Desk",
        "GIT_AUTHOR_EMAIL": "desk@example.org",
        "GIT_COMMITTER_NAME": "Desk",
        "GIT_COMMITTER_EMAIL": "desk@example.org",
    }


@pytest.fixture(scope="module")
def hook_repository(
    tmp_path_factory: pytest.TempPathFactory, environment: dict[str, str]
) -> tuple[Path, str]:
    """This working tree as a git repository pre-commit can clone: (path, commit)."""
    where = tmp_path_factory.mktemp("diffnews-hook")
    for name in SHIPPED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, where / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, where / name)
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "diffnews as it stands"]):
        subprocess.run(
            ["git", *args], cwd=where, env=environment, check=True, capture_output=True, timeout=60
        )
    return where, git(where, "rev-parse", "HEAD")


def newsroom(tmp_path: Path, hook: tuple[Path, str], environment: dict[str, str], hook_lines: str) -> Path:
    """A scratch repository with the Rudaw report as a committed source and the hook installed."""
    repository, rev = hook
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "rudaw.txt").write_text(RUDAW, "utf-8")
    (tmp_path / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {repository}\n  rev: {rev}\n  hooks:\n  - id: diffnews-check\n{hook_lines}", "utf-8"
    )
    (tmp_path / ".diffnews.toml").write_text(
        '[[check.pairs]]\ncopies = "copies/*.txt"\nsource = "sources/{stem}.txt"\n', "utf-8"
    )
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "sources"]):
        subprocess.run(
            ["git", *args], cwd=tmp_path, env=environment, check=True, capture_output=True, timeout=60
        )
    subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"],
        cwd=tmp_path,
        env=environment,
        check=True,
        capture_output=True,
        timeout=60,
    )
    return tmp_path


def commit(repository: Path, environment: dict[str, str], path: str, text: str) -> tuple[int, str]:
    """Write ``text`` to ``path``, stage it and commit: (git's exit status, what the hook said)."""
    target = repository / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, "utf-8")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    subprocess.run(["git", "add", path], cwd=repository, env=environment, check=True, timeout=60)
    done = subprocess.run(
        ["git", "commit", "-m", f"edit {path}"],
        cwd=repository,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,  # the first commit builds the hook's environment
    )
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest  # the hook never modifies files
    return done.returncode, done.stdout + done.stderr


def test_the_hook_passes_a_reworded_copy_and_stops_altered_quotes_and_figures(
    tmp_path: Path, hook_repository: tuple[Path, str], environment: dict[str, str]
) -> None:
    repository = newsroom(tmp_path, hook_repository, environment, "")
    reworded = RUDAW.replace(
        "Amiri is head of the political Fatih alliance and the armed Badr Organization.",
        "Amiri leads both the Fatih political alliance and the Badr Organization, an armed group.",
    )
    status, said = commit(repository, environment, "copies/rudaw.txt", reworded)
    assert status == 0, said
    assert "diffnews check (quotes and figures against the source)" in said
    assert "Passed" in said
    assert git(repository, "log", "-1", "--format=%s") == "edit copies/rudaw.txt"

    status, said = commit(
        repository,
        environment,
        "copies/rudaw.txt",
        reworded.replace("a decision of the Iraqi people", "a decision of the Iraqi government"),
    )
    assert status == 1
    assert "Failed" in said
    assert "copies/rudaw.txt:7:24: altered-quote: quote by Hadi al-Amiri altered:" in said
    assert "“…decision of the Iraqi government and not President Macron’s…” here" in said
    assert git(repository, "log", "-1", "--format=%s") == "edit copies/rudaw.txt"  # no new commit

    status, said = commit(
        repository, environment, "copies/rudaw.txt", reworded.replace("3,500 foreign", "5,300 foreign")
    )
    assert status == 1
    assert (
        "copies/rudaw.txt:15:21: conflicting-figure: number '5,300' here, '3,500' in sources/rudaw.txt:15"
        in said
    )


def test_the_hook_takes_the_source_as_args(
    tmp_path: Path, hook_repository: tuple[Path, str], environment: dict[str, str]
) -> None:
    repository = newsroom(
        tmp_path,
        hook_repository,
        environment,
        "    args: [--source, sources/rudaw.txt]\n    files: ^drafts/\n",
    )
    status, said = commit(repository, environment, "notes.txt", "Call the desk about the Amiri story.\n")
    assert status == 0, said  # not a draft: the hook skips it
    status, said = commit(repository, environment, "drafts/amiri.txt", RUDAW.replace("2,500 of", "2,000 of"))
    assert status == 1
    assert (
        "drafts/amiri.txt:15:53: conflicting-figure: number '2,000' here, '2,500' in sources/rudaw.txt:15"
        in said
    )
