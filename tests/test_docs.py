"""Documentation that cannot drift: the CLI reference is generated, the README's commands are real.

The examples inside docs/*.md and README.md run as doctests (pytest --doctest-glob=*.md).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REGENERATE = [
    sys.executable,
    "-m",
    "typer",
    "diffnews.cli",
    "utils",
    "docs",
    "--name",
    "diffnews",
    "--title",
    "diffnews command line",
]


def test_cli_reference_is_generated_from_the_app() -> None:
    generated = subprocess.run(REGENERATE, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    committed = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert committed.strip() == generated.strip(), (
        "docs/cli.md is stale; regenerate it with: " + " ".join(REGENERATE[1:]) + " --output docs/cli.md"
    )


def quick_start() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```(?:console|sh|bash)\n(.*?)```", section, re.S)
    return [
        line.removeprefix("$ ").strip() for block in blocks for line in block.splitlines() if line.strip()
    ]


def test_quick_start_has_exactly_two_commands() -> None:
    commands = quick_start()
    assert len(commands) == 2, commands
    install_and_run, test = commands
    assert "pip install" in install_and_run and "diffnews compare" in install_and_run
    assert "pytest" in test


def test_quick_start_names_the_fixture_pair_and_ci_runs_the_same_tests() -> None:
    install_and_run, test = quick_start()
    for path in re.findall(r"fixtures/\S+\.txt", install_and_run):
        assert (ROOT / path).is_file(), path
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_excerpt_is_the_real_render() -> None:
    """The terminal excerpts in the README are copied from the golden render, line for line."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What you see", 1)[1].split("\n## ", 1)[0]
    excerpts = re.findall(r"```text\n(.*?)```", section, re.S)
    assert len(excerpts) == 2
    golden_text = (ROOT / "tests" / "golden" / "amiri-troops-80-auto.txt").read_text("utf-8")
    # the source text has no-break spaces, which the README's copy holds as plain spaces
    golden = [line.replace("\xa0", " ").rstrip() for line in golden_text.splitlines()]
    for excerpt in excerpts:
        lines = [line.rstrip() for line in excerpt.splitlines()]
        start = golden.index(lines[0])
        assert golden[start : start + len(lines)] == lines


def test_alignment_doc_quotes_the_real_scores_of_the_worked_example() -> None:
    """docs/alignment.md walks through the al-Amiri 2:1 group with its scores; they must be the
    scores diffnews computes today."""
    from diffnews.aligning.features import Vocabulary, passage
    from diffnews.aligning.models import score
    from diffnews.compare import _read
    from diffnews.config import Config
    from tests.cases import FIXTURES

    config = Config()
    left = _read((FIXTURES / "amiri-troops" / "aggregator.txt").read_text("utf-8"), config)
    right = _read((FIXTURES / "amiri-troops" / "rudaw.txt").read_text("utf-8"), config)
    vocabulary = Vocabulary([left.tokens[k] for k in left.content] + [right.tokens[k] for k in right.content])
    rudaw = vocabulary.bag(right.tokens[4])
    halves = [vocabulary.bag(left.tokens[k]) for k in (5, 6)]
    import diffnews

    report = diffnews.compare(left.text, right.text)
    group = next(p for p in report.pairs if p.right == ("R5",))
    assert group.left == ("L6", "L7") and group.basis == "match"
    doc = (ROOT / "docs" / "alignment.md").read_text(encoding="utf-8")
    example = " ".join(doc.split("Rudaw has both in one sentence.", 1)[1].split("\n\n", 1)[0].split())
    assert f"(passage {passage(halves[0], rudaw):.2f})" in example
    assert f"({passage(halves[1], rudaw):.2f} on its own)" in example
    assert f"with match score {group.score:.2f}" in example
    assert f"({score(halves[0], rudaw):.2f} and {score(halves[1], rudaw):.2f})" in example


def test_ci_guide_covers_every_settings_key_and_rule_and_its_yaml_parses() -> None:
    import yaml

    from diffnews.checking.policy import Rule
    from diffnews.checking.project import _CHECK_KEYS, _ENGINE_KEYS, _PAIR_KEYS

    guide = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    for key in (*_ENGINE_KEYS, *_CHECK_KEYS, *_PAIR_KEYS, *(r.value for r in Rule)):
        assert f"`{key}`" in guide, key
    blocks = re.findall(r"```yaml\n(.*?)```", guide, re.S)
    assert len(blocks) == 3
    documents = [yaml.safe_load(block) for block in blocks]
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert documents[0]["repos"][0]["hooks"][0]["id"] == hooks[0]["id"] == "diffnews-check"
    assert hooks[0]["entry"] == "diffnews check"
    assert "diffnews check" in blocks[1] and "upload-artifact" in blocks[1]
    assert "diffnews check" in blocks[2] and "artifacts" in blocks[2]


def test_alignment_doc_quotes_the_real_fragment_weights() -> None:
    """docs/alignment.md's table of the seed pair's fragments gives each pair's tile weight; the
    weights must be the ones diffnews computes today, in the table's order."""
    from diffnews.aligning.fragments import significant, tiles
    from diffnews.compare import _read
    from diffnews.config import Config
    from tests.cases import FIXTURES

    config = Config()
    docs = [
        _read((FIXTURES / "amiri-troops" / n).read_text("utf-8"), config)
        for n in ("aggregator.txt", "rudaw.txt")
    ]
    texts = [[" ".join(d.text[d.spans[k].start : d.spans[k].end].split()) for k in d.content] for d in docs]
    weights = significant(tiles(*[[d.tokens[k] for k in d.content] for d in docs]), 0.0, 0)

    def weight(left: str, right: str) -> float:
        (found,) = [w for (i, j), w in weights.items() if left in texts[0][i] and right in texts[1][j]]
        return found

    pairs = [
        ("Iraqi Shiite militia leader", "Hadi al-Amiri says"),
        ("Washington held diplomatic talks", "The US, after strategic talks"),
        ("who leads both", "In a visit to Iraq"),
        ("The Badr Organization is part of", "A US withdrawal is a demand"),
        ("France is working with the Iraqis", "His comments come"),
        ("France is working with the Iraqis", "A member of the French delegation"),
    ]
    doc = (ROOT / "docs" / "alignment.md").read_text(encoding="utf-8")
    table = doc.split("content sentences) are:", 1)[1].split("\n\n", 2)[1]
    shown = [float(line.split(" | ")[3]) for line in table.splitlines()[2:]]
    assert shown == [round(weight(a, b), 2) for a, b in pairs]


def test_readme_json_lines_are_the_seed_pairs_report() -> None:
    """The README's two JSON lines are the seed pair's first group and the lede's first
    stretch, field for field."""
    import json

    import diffnews
    from tests.cases import FIXTURES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", readme, re.S)
    assert block is not None
    group, stretch = (line.strip() for line in block.group(1).strip().splitlines())
    report = diffnews.compare(
        (FIXTURES / "amiri-troops" / "aggregator.txt").read_text("utf-8"),
        (FIXTURES / "amiri-troops" / "rudaw.txt").read_text("utf-8"),
    ).to_dict()
    shown = json.loads(group.replace(", ...}", "}"))
    assert {k: report["pairs"][0][k] for k in shown} == shown
    lede = next(s for s in report["left"]["sentences"] if s["id"] == "L5")
    assert json.loads(stretch) == lede["reuse"][0]
