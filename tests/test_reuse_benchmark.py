"""benchmarks/reuse.py and the rewrites it measures on (benchmarks/rewrites.py): the generator's
truth holds against its own texts, and the scoring is right on small cases built by hand. The
reports here are dicts written in the test, so nothing needs a given report schema. The
generator's tests skip, saying so, when ../shared/bench is absent."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.benchmark_modules import load

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
HAVE_BENCH = (BENCH / "mrpc" / "train.tsv").is_file() and (BENCH / "stsb" / "sts-train.csv").is_file()
needs_bench = pytest.mark.skipif(not HAVE_BENCH, reason=f"benchmark data not found under {BENCH}")


rewrites = load("rewrites", "rewrites.py")
reuse = load("reuse_benchmark", "reuse.py")


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"\w+", text)]


# ---- scoring, on hand-made cases ---------------------------------------------------------------


def _sentence(sid: str, text: str, start: int, label: str, pair: int | None, **extra: Any) -> dict[str, Any]:
    end = start + len(text)
    return {"id": sid, "start": start, "end": end, "text": text, "label": label, "pair": pair, **extra}


def test_legacy_reading_of_a_schema_4_report() -> None:
    copy = "Police said 21 people died. Nothing else happened."
    #       0         1         2         3         4
    #       01234567890123456789012345678901234567890123456789
    report = {
        "schema_version": 4,
        "right": {
            "sentences": [
                _sentence("R1", "Police said 21 people died.", 0, "rephrased", 0),
                _sentence("R2", "Nothing else happened.", 28, "unique", None),
            ]
        },
        "pairs": [{"changed": {"left": [], "right": [[12, 14], [22, 26]]}}],
    }
    words = reuse.word_spans(copy)
    kinds = reuse.predicted_kinds(report, "right", words, legacy=False)  # schema 4: legacy anyway
    assert list(zip(_words(copy), kinds, strict=True)) == [
        ("police", "copied"),
        ("said", "copied"),
        ("21", "reworded"),
        ("people", "copied"),
        ("died", "reworded"),
        ("nothing", "new"),
        ("else", "new"),
        ("happened", "new"),
    ]


def test_schema_5_stretches_are_read_by_overlap() -> None:
    copy = "Al-Amiri said “no foreign forces” must stay."
    report = {
        "schema_version": 5,
        "right": {
            "sentences": [
                _sentence(
                    "R1",
                    copy,
                    0,
                    "rephrased",
                    0,
                    reuse=[
                        {"kind": "copied", "start": 0, "end": 13, "counterpart": None},
                        {"kind": "reworded", "start": 15, "end": 32, "counterpart": None},
                        {"kind": "new", "start": 34, "end": 43, "counterpart": None},
                    ],
                )
            ]
        },
        "pairs": [{"changed": {"left": [], "right": []}}],
    }
    words = reuse.word_spans(copy)
    kinds = reuse.predicted_kinds(report, "right", words, legacy=False)
    assert kinds == ["copied", "copied", "copied", "reworded", "reworded", "reworded", "new", "new"]
    # --legacy ignores the stretches and reads the label: a rephrased sentence with no changes
    assert reuse.predicted_kinds(report, "right", words, legacy=True) == ["copied"] * 8


def test_a_word_outside_every_stretch_is_new() -> None:
    assert reuse.kinds_by_overlap([(0, 3), (10, 12)], [(0, 3, "copied")]) == ["copied", "new"]
    # the longer overlap wins
    assert reuse.kinds_by_overlap([(0, 10)], [(0, 3, "copied"), (3, 10, "reworded")]) == ["reworded"]


def test_trigram_baseline() -> None:
    source = "The minister said the troops will leave soon."
    copy = "Officials say the troops will leave by May."
    words = reuse.word_spans(copy)
    kinds, containment = reuse.trigram_kinds(source, copy, words)
    assert [w for w, k in zip(_words(copy), kinds, strict=True) if k == "copied"] == [
        "the",
        "troops",
        "will",
        "leave",
    ]
    assert containment == pytest.approx(2 / 6)  # "the troops will", "troops will leave" of six


def test_precision_recall_f1() -> None:
    gold = ["copied", "copied", "reworded", "new", "new"]
    predicted = ["copied", "reworded", "new", "new", "copied"]
    scores = reuse.word_scores(gold, predicted)
    reused, copied = scores["reused"], scores["copied"]
    assert (reused.precision, reused.recall) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert reused.support == 3 and reused.words == 5
    assert (copied.precision, copied.recall, copied.f1) == (0.5, 0.5, 0.5)


def test_spearman_and_ties() -> None:
    assert reuse.spearman([0.1, 0.2, 0.3], [1, 5, 9]) == pytest.approx(1.0)
    assert reuse.spearman([0.3, 0.2, 0.1], [1, 5, 9]) == pytest.approx(-1.0)
    assert reuse.ranks([0.5, 0.1, 0.5]) == [2.5, 1.0, 2.5]


def test_thresholds_are_fitted_on_training_folds_only() -> None:
    shares = [0.05, 0.5, 0.95, 0.1, 0.4, 0.9] * 5  # every fold (i % 5) sees every value
    gold = reuse.classify(shares, 0.2, 0.8)
    low, high = reuse.fit_thresholds(shares, gold)
    assert (low, high) == (pytest.approx(0.25), pytest.approx(0.7))  # halfway between classes
    assert reuse.classify(shares, low, high) == gold
    three = reuse.cross_validated(shares, gold)
    assert three.macro_f1 == pytest.approx(1.0)
    assert len(three.thresholds) == reuse.FOLDS
    assert sum(three.confusion["wholly"].values()) == gold.count("wholly")
    # a threshold is not fitted on the fold it predicts: one odd document is predicted wrong
    odd = [*shares, 0.3]
    odd_gold = [*gold, "wholly"]
    assert reuse.cross_validated(odd, odd_gold).confusion["wholly"]["partly"] == 1


def test_macro_f1_over_the_classes_present() -> None:
    assert reuse.macro_f1(["not", "partly"], ["not", "not"]) == pytest.approx((2 / 3 + 0) / 2)


def test_fixture_snippets_match_across_white_space() -> None:
    text = "A headline\n\nThe  council\u00a0met on Monday. It voted."
    sentences = [
        {"start": 0, "end": 10},
        {"start": 12, "end": 39},
        {"start": 40, "end": 49},
    ]
    table = {"sentence": "The council met", "copied": ["The council met"], "new": ["on Monday"]}
    truth, problems = reuse.fixture_truth("case", text, sentences, "right", [table])
    assert problems == []
    assert [text[a:b] for a, b in truth.words] == ["The", "council", "met", "on", "Monday"]
    assert truth.gold == ("copied", "copied", "copied", "new", "new")
    missing = {"sentence": "no such words", "copied": ["x"]}
    _, problems = reuse.fixture_truth("case", text, sentences, "right", [missing])
    assert problems and "matches 0 sentences" in problems[0]


# ---- the generator -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pool() -> Any:
    if not HAVE_BENCH:
        pytest.skip(f"benchmark data not found under {BENCH}")
    return rewrites.read_pool(BENCH)


@pytest.fixture(scope="module")
def made(pool: Any) -> list[Any]:
    return list(rewrites.generate(pool, seed=7, copies=60))


def test_truth_of_a_draft() -> None:
    source = "The company said on Monday that profits rose 5 percent."
    text = "The firm said yesterday that profits rose five per cent, sources said."
    added = (text.index(", sources") + 2, len(text) - 1)
    draft = rewrites.Draft(text, "desk", (source,), "reworded", (added,))
    kinds = rewrites.draft_kinds(draft)
    assert list(zip(_words(text), kinds, strict=True)) == [
        ("the", "reworded"),  # a lone function word left between rewordings
        ("firm", "reworded"),
        ("said", "reworded"),  # "said" alone: one word is not a run
        ("yesterday", "reworded"),
        ("that", "copied"),
        ("profits", "copied"),
        ("rose", "copied"),
        ("five", "reworded"),
        ("per", "reworded"),
        ("cent", "reworded"),
        ("sources", "new"),  # added by the desk
        ("said", "new"),
    ]
    # a sentence not written from the source is new, whatever it shares with it
    independent = rewrites.Draft(source, "kin")
    assert set(rewrites.draft_kinds(independent)) == {"new"}
    # a run of four words that the source has elsewhere is copied too
    far = frozenset({("profits", "rose", "5", "percent")})
    other = rewrites.Draft("Its profits rose 5 percent.", "paraphrase", ("Nothing in common here.",))
    assert rewrites.draft_kinds(other, far) == ["reworded", "copied", "copied", "copied", "copied"]


def test_the_copy_desk_leaves_quotations_alone() -> None:
    import random

    maker = rewrites._Maker(None, random.Random(3))
    text = 'Police said the company "will increase prices on Monday" and officials agreed.'
    for _ in range(20):
        out, _ = maker.desk(text, 1.0)
        assert '"will increase prices on Monday"' in out


def test_the_rewrites_desk_leaves_quotations_and_names_alone() -> None:
    import random

    maker = rewrites._Maker(None, random.Random(3))
    text = 'Police said John Smith "will increase prices on Monday" and officials agreed.'
    for _ in range(30):
        out, _ = maker.edit(text, 1.0, 1.0)
        assert '"will increase prices on Monday"' in out
        assert "John Smith" in out


def test_what_the_rewrites_desk_adds_is_new_and_what_it_swaps_is_not_copied() -> None:
    import random

    maker = rewrites._Maker(None, random.Random(5))
    source = "The company said on Monday that its profits rose 5 percent in the third quarter after a loss."
    own = set(_words(source))
    added = ("ADJECTIVES", "ADVERBS", "AUXILIARY_ADVERBS", "DESCRIPTORS", "HEDGES", "COLOUR", "WHEN", "TAILS")
    vocabulary = {w for group in (*added, "APPOSITIVES") for p in getattr(rewrites, group) for w in _words(p)}
    changed = 0
    for _ in range(40):
        text, inserted = maker.edit(source, 1.0, 1.0)
        kinds = rewrites.draft_kinds(rewrites.Draft(text, "desk", (source,), "reworded", inserted))
        for (start, end, word), kind in zip(rewrites.words(text), kinds, strict=True):
            if any(a < end and start < b for a, b in inserted):
                assert kind == "new" and word in vocabulary, (text, word)
            elif word not in own:  # a word the desk wrote: reworded, never copied
                assert kind == "reworded", (text, word)
                changed += 1
    assert changed > 40


def test_recipes_are_dealt_by_their_weights() -> None:
    import random
    from collections import Counter

    maker = rewrites._Maker(None, random.Random(1))
    dealt = Counter(maker.recipe() for _ in range(200))
    assert dealt == {name: round(200 * p["weight"]) for name, p in rewrites.PROFILES.items()}


def test_the_run_rule() -> None:
    copy = "the court said on friday that the law was void".split()
    source = "on friday the court ruled the law void".split()
    # "the court" and "on friday" are runs with a content word; "the law" too; "void" alone is not
    assert rewrites.shared_runs(copy, source) == [
        True, True, False, True, True, False, True, True, False, False,
    ]  # fmt: skip
    assert rewrites.shared_runs("of the".split(), "of the".split()) == [False, False]


@needs_bench
def test_spans_slice_the_copy_and_hold_every_word_once(made: list[Any]) -> None:
    for r in made:
        last = 0
        for span in r.spans:
            assert last <= span.start < span.end <= len(r.copy), r.id
            assert re.fullmatch(r"\w", r.copy[span.start]) and re.fullmatch(r"\w", r.copy[span.end - 1])
            assert span.kind in rewrites.KINDS
            last = span.end
        truth = rewrites.word_truth(r)  # asserts each word lies in a span
        assert len(truth) == len(re.findall(r"\w+", r.copy))


def _occurs(words: list[str], source: list[str]) -> bool:
    n = len(words)
    return any(source[i : i + n] == words for i in range(len(source) - n + 1))


def _covered(words: list[str], source: list[str], shortest: int) -> bool:
    """Can ``words`` be cut into runs of ``shortest`` words or more that each occur in source?"""
    ok = [True] + [False] * len(words)
    for end in range(1, len(words) + 1):
        ok[end] = any(ok[a] and _occurs(words[a:end], source) for a in range(0, end - shortest + 1))
    return ok[-1]


@needs_bench
def test_copied_spans_occur_in_the_source(made: list[Any]) -> None:
    for r in made:
        source = _words(r.source)
        for span in r.spans:
            if span.kind != "copied":
                continue
            words = _words(r.copy[span.start : span.end])
            # the run rule: every copied word is in a run of two or more that the source has
            assert _covered(words, source, 2), (r.id, span.op, r.copy[span.start : span.end])


@needs_bench
def test_new_sentences_share_no_four_word_run_with_the_source(made: list[Any]) -> None:
    for r in made:
        grams = {tuple(g) for g in _grams(_words(r.source), 4)}
        for span in r.spans:
            if span.op == "new":
                assert not grams & set(_grams(_words(r.copy[span.start : span.end]), 4)), r.id


def _grams(words: list[str], n: int) -> Iterator[tuple[str, ...]]:
    return (tuple(words[i : i + n]) for i in range(len(words) - n + 1))


@needs_bench
def test_independent_copies_are_new_throughout(made: list[Any]) -> None:
    independent = [r for r in made if r.profile == "independent"]
    assert independent
    for r in independent:
        assert {s.kind for s in r.spans} == {"new"}, r.id
        assert r.derivation == "not"
    # and they do share words with their source: names, figures, runs
    shared = 0
    for r in independent:
        grams = set(_grams(_words(r.source), 3))
        shared += sum(1 for g in _grams(_words(r.copy), 3) if g in grams)
    assert shared > 0


@needs_bench
def test_headlines_and_the_new_constructions_appear(made: list[Any]) -> None:
    ops = {s.op for r in made for s in r.spans}
    for op in ("desk", "paraphrase", "headline", "kin", "related", "splice"):
        assert op in ops, op
    for r in made:
        heads = [s for s in r.spans if s.op == "headline"]
        if heads:  # a headline is the copy's first line, a paragraph of its own (or run in)
            assert heads[0].start == 0 or r.copy[: heads[0].start].strip() == "", r.id
    assert any(r.layout.startswith("resent") for r in made)


@needs_bench
def test_classes_follow_the_derived_share(made: list[Any]) -> None:
    for r in made:
        truth = rewrites.word_truth(r)
        derived = sum(kind != "new" for _, _, kind, _ in truth) / len(truth)
        assert r.derived == pytest.approx(derived)
        assert r.derivation == rewrites.derivation_class(derived)
    assert {r.derivation for r in made} == set(rewrites.CLASSES)
    assert {s.kind for r in made for s in r.spans} == set(rewrites.KINDS)


@needs_bench
def test_the_same_seed_gives_the_same_rewrites(pool: Any, made: list[Any]) -> None:
    assert list(rewrites.generate(pool, seed=7, copies=60)) == made
    assert list(rewrites.generate(pool, seed=8, copies=5)) != made[:5]


@needs_bench
def test_the_same_seed_gives_the_same_rewrites_in_another_process(made: list[Any]) -> None:
    """String hashing differs between processes; nothing may depend on it."""
    code = (
        "import hashlib, sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        "import rewrites; p = rewrites.read_pool(Path(sys.argv[2]));"
        "print(hashlib.sha256(repr(list(rewrites.generate(p, 7, 12))).encode()).hexdigest())"
    )
    out = []
    for hashseed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        done = subprocess.run(
            [sys.executable, "-c", code, str(ROOT / "benchmarks"), str(BENCH)],
            capture_output=True, text=True, check=True, env=env,
        )  # fmt: skip
        out.append(done.stdout.strip())
    assert out[0] == out[1]
