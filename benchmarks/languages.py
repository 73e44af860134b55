"""Reading news in other languages: language detection, similarity per language, and real
article pairs in ten languages against their grades.

    python benchmarks/languages.py [--data ../shared/bench] [--rows 1500] [--pairs 1124] [--semantic]

Reads ``stsb_multi_mt`` and ``semeval2022_task8`` from --data (see ../shared/bench/README.md);
a set that is absent is skipped, saying so.

Detection (stsb_multi_mt, dev rows, every language)
    The share of texts ``lang.detect`` gives the right language: one sentence (``sentence1``,
    about ten words), three sentences in a row and ten in a row (a short article); for one
    sentence also the share right and sure (``Detected.sure``: taken by ``compare`` rather than
    the other side's language or English). Also how often the English shortcut answered (no
    model), and the most common wrong answers. The
    model's load time is timed in a fresh process.
Similarity (stsb_multi_mt, dev rows)
    Spearman correlation of ``diffnews.similarity`` with the gold 0-5 score, the pair in each
    language read with its profile; and, beside it, the translated first sentence against the
    English second (a story against its translation: what only a meaning backend can score).
    Then the same two for the cosine of the multilingual encoder that aligns translations
    (``translation.embed``).
Article pairs (semeval2022_task8)
    For each language pairing, Spearman correlation with the pair's grade (1 same story .. 4
    unrelated; so a good measure correlates negatively: the sign is flipped here) of
    diffnews's matched share (the share of both sides' words that are in a shared or rephrased
    group), of its reused share (copied or reworded words), and of a character 4-gram Jaccard
    baseline in the same run; once with each text's language given (the data's), once
    detected, as a user's run does; with --semantic, also the matched share in semantic
    mode, of the pairs in one language (about a second a pair: the sentence encoder is
    slow). Copied into an older checkout's benchmarks/ and run from there, it measures that
    revision (comparing without languages when its ``compare`` takes none).
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ranking import ranks  # noqa: E402
from train import DEFAULT_DATA  # noqa: E402

from diffnews import Config, compare, similarity  # noqa: E402

LANGS = ("en", "de", "es", "fr", "it", "ja", "nl", "pl", "pt", "ru", "zh")


def spearman(x: list[float], y: list[float]) -> float:
    rx, ry = ranks(x), ranks(y)
    mx, my = statistics.fmean(rx), statistics.fmean(ry)
    num = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    den = (sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) ** 0.5
    return num / den if den else 0.0


def read_sts(folder: Path, lang: str, rows: int) -> list[tuple[str, str, float]]:
    lines = (folder / lang / "dev.csv").read_text(encoding="utf-8").splitlines()[1 : rows + 1]
    return [(a, b, float(s)) for a, b, s in (line.split("\t") for line in lines)]


def load_time() -> float:
    code = (
        "import time; t = time.perf_counter(); from diffnews.lang.detect import _model; _model();"
        " print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def detection(folder: Path, rows: int) -> None:
    from diffnews.lang.detect import detect

    print("Detection (stsb_multi_mt dev): share right, by length")
    head = f"{'lang':5} {'1 sentence':>11} {'and sure':>9} {'3 sentences':>12} {'10 sentences':>13}"
    head += f" {'shortcut':>9}"
    print(f"{head}  wrong answers")
    for lang in LANGS:
        sentences = [a for a, _, _ in read_sts(folder, lang, rows)]
        shares, wrong, shortcut, sure = [], collections.Counter(), 0, 0.0
        for size in (1, 3, 10):
            texts = [" ".join(sentences[k : k + size]) for k in range(0, len(sentences) - size + 1, size)]
            found = [detect(t) for t in texts]
            shares.append(sum(f.code == lang for f in found) / len(found))
            if size == 1:
                sure = sum(f.code == lang and f.sure for f in found) / len(found)
            wrong.update(f.code for f in found if f.code != lang)
            shortcut += sum(f.code == "en" and f.confidence == 1.0 for f in found)
        top = ", ".join(f"{c} {n}" for c, n in wrong.most_common(4))
        print(
            f"{lang:5} {shares[0]:11.3f} {sure:9.3f} {shares[1]:12.3f} {shares[2]:13.3f} {shortcut:9d}  {top}"
        )
    print(f"model load, fresh process: {load_time():.2f} s\n")


def similarity_table(folder: Path, rows: int) -> None:
    from diffnews.aligning import translation

    english = read_sts(folder, "en", rows)
    meaning = translation.available()
    print("Similarity (stsb_multi_mt dev): Spearman with the gold score")
    head = f"{'lang':5} {'same language':>14} {'against English':>16}"
    print(head + (f" {'meaning, same':>14} {'meaning, vs en':>15}" if meaning else ""))
    english_second = translation.embed([e for _, e, _ in english]) if meaning else None
    for lang in LANGS:
        pairs = read_sts(folder, lang, rows)
        gold = [s for _, _, s in pairs]
        same = [similarity(a, b, left_lang=lang, right_lang=lang) for a, b, _ in pairs]
        cross = [
            similarity(a, e, left_lang=lang, right_lang="en")
            for (a, _, _), (_, e, _) in zip(pairs, english, strict=True)
        ]
        row = f"{lang:5} {spearman(same, gold):14.3f} {spearman(cross, gold):16.3f}"
        if english_second is not None:
            first = translation.embed([a for a, _, _ in pairs])
            second = translation.embed([b for _, b, _ in pairs])
            cosine_same = [float(x) for x in (first * second).sum(axis=1)]
            cosine_cross = [float(x) for x in (first * english_second).sum(axis=1)]
            row += f" {spearman(cosine_same, gold):14.3f} {spearman(cosine_cross, gold):15.3f}"
        print(row)
    print()


def grams(text: str, n: int = 4) -> set[str]:
    squeezed = " ".join(text.lower().split())
    return {squeezed[k : k + n] for k in range(len(squeezed) - n + 1)}


def shares(a: str, b: str, la: str | None, lb: str | None, semantic: bool = False) -> tuple[float, float]:
    """diffnews's matched share (both sides' words in shared or rephrased groups) and reused
    share (both sides' copied and reworded words), of a pair; 0 when a side has no content.
    ``semantic``: in semantic mode (``--semantic``)."""
    try:
        try:
            report = compare(a, b, left_lang=la, right_lang=lb, config=Config(semantic=semantic))
        except TypeError:  # a revision before languages (for the "before" figures)
            report = compare(a, b)
    except Exception:  # an empty side: nothing matched
        return 0.0, 0.0
    words = matched = 0
    for side in (report.left, report.right):
        for s in side.sentences:
            words += s.words
            matched += s.words if s.label.value in ("shared", "rephrased") else 0
    tallies = [report.summary.left.reuse, report.summary.right.reuse]
    total = sum(t.copied + t.reworded + t.new for t in tallies)
    reused = sum(t.copied + t.reworded for t in tallies) / total if total else 0.0
    return (matched / words if words else 0.0), reused


def articles(folder: Path, limit: int, detected: bool, semantic: bool = False) -> None:
    """The table of article pairs; with ``semantic``, a column more: the matched share in
    semantic mode, of the pairs in one language (two languages are aligned by meaning in
    either mode, so there it is the matched share again)."""
    rows = [json.loads(line) for line in (folder / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = rows[:limit]
    by: dict[str, list[tuple[float, ...]]] = collections.defaultdict(list)
    started = time.perf_counter()
    for row in rows:
        la, lb = (None, None) if detected else (row["lang1"], row["lang2"])
        matched, reused = shares(row["text1"], row["text2"], la, lb)
        g1, g2 = grams(row["text1"]), grams(row["text2"])
        jaccard = len(g1 & g2) / len(g1 | g2) if g1 | g2 else 0.0
        key = f"{row['lang1']}-{row['lang2']}"
        values = (-float(row["Overall"]), matched, reused, jaccard)
        if semantic:
            meaning = shares(row["text1"], row["text2"], la, lb, True)[0] if key[:2] == key[3:] else matched
            values = (*values, meaning)
        by[key].append(values)
    how = "languages detected" if detected else "languages given"
    print(f"Article pairs (semeval2022_task8, {how}): Spearman with the grade")
    print("(the sign flipped: higher is better)")
    more = f" {'semantic':>9}" if semantic else ""
    print(f"{'pairing':9} {'pairs':>6} {'matched':>8} {'reused':>7} {'4-gram Jaccard':>15}{more}")
    width = 5 if semantic else 4
    pools: dict[str, list[list[float]]] = {
        "within": [[] for _ in range(width)],
        "across": [[] for _ in range(width)],
    }
    for key in sorted(by, key=lambda k: -len(by[k])):
        columns = [list(c) for c in zip(*by[key], strict=True)]
        print(_row(key, columns))
        pool = pools["within" if key[:2] == key[3:] else "across"]
        for k, values in enumerate(columns):
            pool[k].extend(values)
    for name, pool in pools.items():
        if pool[0]:
            print(_row(name, pool))
    print(f"({time.perf_counter() - started:.0f} s)\n")


def _row(name: str, columns: list[list[float]]) -> str:
    """A table row: the pairs, then each measure's Spearman with the grade (columns[0])."""
    rhos = [spearman(c, columns[0]) for c in columns[1:]]
    more = f" {rhos[3]:9.3f}" if len(rhos) > 3 else ""
    return f"{name:9} {len(columns[0]):6d} {rhos[0]:8.3f} {rhos[1]:7.3f} {rhos[2]:15.3f}{more}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rows", type=int, default=1500)
    parser.add_argument("--pairs", type=int, default=1124)
    parser.add_argument("--skip", default="", help="parts to skip: detection,similarity,articles")
    parser.add_argument(
        "--semantic", action="store_true", help="article pairs: a column more, in semantic mode (slow)"
    )
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    sts = args.data / "stsb_multi_mt"
    if (sts / "en" / "dev.csv").is_file():
        if "detection" not in skip:
            detection(sts, args.rows)
        if "similarity" not in skip:
            similarity_table(sts, args.rows)
    else:
        print(f"stsb_multi_mt not found under {args.data}: no detection or similarity figures.")
    semeval = args.data / "semeval2022_task8"
    if (semeval / "pairs.jsonl").is_file():
        if "articles" not in skip:
            articles(semeval, args.pairs, detected=False, semantic=args.semantic)
            articles(semeval, args.pairs, detected=True)
    else:
        print(f"semeval2022_task8 not found under {args.data}: no article-pair figures.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
