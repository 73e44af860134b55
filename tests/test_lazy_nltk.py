"""nltk's two modules load without its package import, and leave nltk whole for everyone else."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def python(code: str) -> str:
    """Run ``code`` in a new interpreter (this one has nltk imported already); its output."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=ROOT,
    )
    return done.stdout


def test_segmenting_and_stemming_leave_no_nltk_behind() -> None:
    out = python(
        """
        import sys
        from diffnews.reading.segment import segment
        from diffnews.reading.text import tokenize
        text = "Gen. Smith said so. The U.S. Embassy stayed open."
        print(len(segment(text)), [t.stem for t in tokenize("running troops")])
        print(sorted(m for m in sys.modules if m == "nltk" or m.startswith("nltk.")))
        import nltk  # the real package, complete
        print(callable(nltk.word_tokenize), nltk.tokenize.punkt.PunktSentenceTokenizer.__name__)
        """
    )
    assert out.splitlines() == ["2 ['run', 'troop']", "[]", "True PunktSentenceTokenizer"]


def test_the_same_sentences_and_stems_with_nltk_imported_first_or_a_failed_shortcut() -> None:
    code = textwrap.dedent(
        """
        from pathlib import Path
        from diffnews.reading.segment import segment
        from diffnews.reading.text import tokenize
        text = Path("fixtures/amiri-troops/aggregator.txt").read_text("utf-8")
        print([(s.start, s.end) for s in segment(text)])
        print([t.stem for t in tokenize(text)])
        """
    )
    shortcut = python(code)
    imported = python("import nltk\n" + code)
    broken = "def broken(full): raise ImportError(full)\n"
    failed = python(f"import diffnews.reading.lazy_nltk as lazy\n{broken}lazy._stand_ins = broken\n" + code)
    assert shortcut == imported == failed
    assert shortcut.count("(") > 20
