"""The semantic backend (--semantic). These tests need diffnews[semantic] and skip without it,
except the ones about what happens when it is missing; .ci/run installs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import diffnews
from diffnews import Basis, Config, ConfigError, Label
from diffnews.aligning.semantic import available
from tests.cases import FIXTURES, cases

needs_backend = pytest.mark.skipif(not available(), reason='needs pip install "diffnews[semantic]"')
SEMANTIC = Config(semantic=True)
SEED = FIXTURES / "amiri-troops"


def seed(config: Config) -> diffnews.Report:
    return diffnews.compare(
        (SEED / "aggregator.txt").read_text("utf-8"), (SEED / "rudaw.txt").read_text("utf-8"), config=config
    )


def test_a_missing_backend_is_one_clear_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import diffnews.aligning.semantic

    monkeypatch.setattr(diffnews.aligning.semantic, "available", lambda: False)
    with pytest.raises(ConfigError, match=r'pip install "diffnews\[semantic\]"'):
        diffnews.aligning.semantic.require()
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("Troops must leave Iraq.", "utf-8")
    right.write_text("Troops must leave the country.", "utf-8")
    result = subprocess.run(
        [sys.executable, "-c", "import sys, diffnews.aligning.semantic as s; s.available = lambda: False; "
         "from diffnews.cli import main; sys.exit(main())", "compare", str(left), str(right), "--semantic"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and 'pip install "diffnews[semantic]"' in result.stderr


@needs_backend
def test_the_seed_pair_loses_nothing_by_meaning() -> None:
    lexical, semantic = seed(Config()), seed(SEMANTIC)
    for pair in lexical.pairs:  # every lexical group survives, or grows by meaning
        assert any(set(pair.left) <= set(p.left) and set(pair.right) <= set(p.right) for p in semantic.pairs)
    assert semantic.config.semantic and json.loads(semantic.to_json())["config"]["semantic"] is True


@needs_backend
def test_meaning_links_a_paraphrase_that_shares_almost_no_words_in_another_language() -> None:
    """The encoder reads German as it reads English: the schools closed until Friday and no
    classroom open before the weekend say one thing with two words in common."""
    left = (
        "Das Hochwasser hat in Passau mehr als 300 Keller überflutet.\n\n"
        "Der Bürgermeister ließ alle Schulen der Altstadt bis Freitag schließen."
    )
    right = (
        "Das Hochwasser hat in Passau mehr als 300 Keller überflutet.\n\n"
        "Bis zum Wochenende bleibt in der Altstadt kein Klassenzimmer geöffnet, so die Stadt."
    )
    semantic = diffnews.compare(left, right, config=SEMANTIC)
    assert semantic.left.language is not None and semantic.left.language.code == "de"
    linked = next(p for p in semantic.pairs if p.left == ("L2",))
    assert linked.right == ("R2",) and linked.basis is Basis.MEANING and linked.label is Label.REPHRASED
    assert not any(p.left == ("L2",) for p in diffnews.compare(left, right).pairs)  # lexically, nothing


SEMANTIC_MISSES = {
    # multilingual-e5-small's cosines run higher in Arabic than on the English pairs that set
    # Config.paraphrase: "three schools closed for want of water" and "1,300 families without
    # drinking water for a third day" have 0.93, so the dropped sentence joins the lede's group
    "lang-ar": "the paraphrase line, set on English, is too low for Arabic (0.93 for two different facts)",
}


@needs_backend
@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c.name, marks=[pytest.mark.xfail(reason=SEMANTIC_MISSES[c.name], strict=True)])
        if c.name in SEMANTIC_MISSES
        else pytest.param(c, id=c.name)
        for c in cases()
    ],
)
def test_semantic_mode_keeps_every_label_the_lexical_mode_gets_right(case) -> None:  # type: ignore[no-untyped-def]
    lexical = diffnews.compare(case.left, case.right)
    semantic = diffnews.compare(case.left, case.right, config=SEMANTIC)
    for expectation in case.expectations:
        for side, snippets in (("left", expectation.left), ("right", expectation.right)):
            for snippet in snippets:
                key = " ".join(snippet.split())
                labels = [
                    next(s for s in getattr(r, side).sentences if key in " ".join(s.text.split())).label.value
                    for r in (lexical, semantic)
                ]
                if labels[0] == expectation.label:
                    assert labels[1] == expectation.label, (case.name, snippet)


@needs_backend
def test_swapping_the_inputs_mirrors_the_semantic_report() -> None:
    left, right = (SEED / "aggregator.txt").read_text("utf-8"), (SEED / "rudaw.txt").read_text("utf-8")
    forward = diffnews.compare(left, right, config=SEMANTIC)
    backward = diffnews.compare(right, left, config=SEMANTIC)
    assert sorted((p.left, p.right, p.basis) for p in forward.pairs) == sorted(
        (tuple(f"L{i[1:]}" for i in p.right), tuple(f"R{i[1:]}" for i in p.left), p.basis)
        for p in backward.pairs
    )


@needs_backend
def test_semantic_similarity_tells_a_paraphrase_from_its_topic_better() -> None:
    a = (
        "His comments come a few days after the president of France visited and said French troops "
        "will stay in Iraq even if the Americans leave."
    )
    paraphrase = "The French president said his soldiers would remain in Iraq whatever Washington decides."
    same_topic = "It is not clear if this will result in a reduction of troop numbers."

    def gap(semantic: bool) -> float:
        return diffnews.similarity(a, paraphrase, semantic=semantic) - diffnews.similarity(
            a, same_topic, semantic=semantic
        )

    assert diffnews.similarity(a, paraphrase, semantic=True) > diffnews.similarity(a, paraphrase) + 0.05
    assert gap(semantic=True) > gap(semantic=False) + 0.1


@needs_backend
def test_the_backend_never_touches_the_network(tmp_path: Path) -> None:
    """Every proxy points at a closed port and the offline switches are unset: a download, or
    even a check for a newer model, would fail. The comparison must not notice."""
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("Macron vowed to keep French troops in Iraq.", "utf-8")
    right.write_text("The French president said his soldiers would stay in Iraq.", "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
    dead = "http://127.0.0.1:9"
    env.update(HTTP_PROXY=dead, HTTPS_PROXY=dead, http_proxy=dead, https_proxy=dead, NO_PROXY="", no_proxy="")
    result = subprocess.run(
        [sys.executable, "-m", "diffnews", "compare", str(left), str(right), "--semantic", "-f", "json"],
        capture_output=True, text=True, env=env, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no progress bars, no warnings
    report = json.loads(result.stdout)
    assert report["config"]["semantic"] is True
