"""Synthetic rewrites of wire copy, with the truth of every word: copied, reworded or new.

    from rewrites import read_pool, generate
    pool = read_pool(Path("../shared/bench"))        # None when the data is absent
    for rewrite in generate(pool, seed=1, copies=300): ...

The sentences are real news sentences nobody on this project wrote: both sides of MRPC's
training part and the MSRpar pairs of STS-B's training part (``../shared/bench``, read with TAB
splitting only). What is synthetic is how they are put together.

Sources
    A "wire story" is 8 to 14 sentences drawn around a seed sentence by shared rare words (in
    at most ``RARE`` sentences: names, companies, places; weighted by inverse document
    frequency), so they are on related subjects, sometimes the same MRPC event cluster, but
    not a coherent story. Paragraphs hold 1 to 3 sentences. No two source sentences are an
    MRPC/STS pair or share a run of four words. About a fifth of the sources are a wire resend:
    the story, then the story again with two or three paragraphs added. A tenth have no
    paragraph breaks.
Copies
    Each copy follows one of four recipes (``PROFILES``): ``close`` (most sentences kept, many
    reworded: meant to be wholly derived), ``mixed`` (a selection of the wire and as much new
    material: partly), ``sparse`` (mostly new around a few copied runs) and ``independent``
    (new sentences on related subjects and a few contrasting ones: not derived). A recipe
    mixes, sentence by sentence of its source, these constructions (the ``op`` of each truth
    span), and inserts sentences not in the source at random places. About 15% of the copies
    have no paragraph breaks; some move sentences (``reorder``).

    ``verbatim``   the sentence as it is: copied.
    ``edit``       the sentence with one to three words or phrases reworded the way a copy desk
                   rewords wire copy (``EDITS``: day names to "yesterday", "said" to "told
                   reporters", "police" to "officers"; never inside quote marks): those reworded,
                   the rest copied.
    ``trim``       the sentence with its first, last or an inner comma-separated clause cut out:
                   the rest copied.
    ``cut``        the sentence cut in two at "; ", ", and" or ", but": copied (a dropped "and"
                   is gone).
    ``merge``      two consecutive sentences joined by ";", ", and", " --" or ", while": copied;
                   the joining word is reworded (it stands for the source's sentence break).
    ``reorder``    a verbatim sentence moved away from its source order: copied.
    ``paraphrase`` the sentence's MRPC label-1 or STS-B score >= 4 partner, standing for it:
                   reworded, except runs it shares with the source sentence (the rule below),
                   which are copied.
    ``quote``      part (three or more words) of a quotation in the sentence, inside quote marks
                   in a short frame ("A spokesman called it "..."."): the quoted words copied,
                   the frame reworded (it restates the source's attribution).
    ``splice``     a clause (four to twelve words) of the sentence inside an unrelated sentence
                   on a related subject: the clause copied, the rest new.
    ``contrast``   the sentence's MRPC label-0 or STS-B score <= 2 partner (the same event, other
                   facts): new, except runs it shares with the source sentence, which are copied.
    ``new``        a sentence on a related subject that is not in the source: new.

    The run rule: the copy sentence's words and the source sentence's (lowercased ``\\w+``
    words) are matched by repeatedly taking the longest common run of consecutive words, in
    any order, each word used once; a run is copied when it has at least two words and one of
    them is not a function word (``STOP``). A lone shared word ("Amrozi") is not copying.
    Runs of four words or more that a paraphrase or contrast shares with another source
    sentence are copied too. A ``new`` or ``splice`` sentence never shares a run of four
    words with any source sentence (those are left out of the candidates), so "new" is not
    contradicted by the text; shorter coincidences ("the company said") stay new.

The truth is per character span of the copy: ``Rewrite.spans`` cover every ``\\w+`` word of
the copy exactly once. ``derived`` is the share of the copy's words that are copied or
reworded, and ``derivation`` the class it gives, as METER-corpus studies use them: ``wholly``
from ``WHOLLY`` (0.8) up, ``not`` below ``NOT`` (0.2), ``partly`` between.

Everything is drawn from ``random.Random(seed)`` over data in file order, so the same seed
and data give the same rewrites in every process.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

WORD = re.compile(r"\w+")
KINDS = ("copied", "reworded", "new")
WHOLLY = 0.8
NOT = 0.2
CLASSES = ("wholly", "partly", "not")
RARE = 60  # a word in at most this many sentences names a subject (a person, a company, a place)

STOP = frozenset(
    """
    a an the and or but nor so yet if then than that this these those there here
    of in on at by for from to into onto with without within about above below over under
    between among through during before after since until upon via per as
    is am are was were be been being has have had having do does did doing
    will would shall should can could may might must not no
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
    who whom whose which what when where why how
    all any both each few more most other some such only own same too very just also
    s t d ll m o re ve y
    """.split()
)

# Recipes: the probability of each construction per source sentence, and how many sentences
# not in the source to add (a multiple of the sentences kept, drawn uniformly in the range).
PROFILES: dict[str, dict[str, object]] = {
    "close": {  # a wholly derived rewrite: most sentences kept, some reworded
        "weight": 0.30,
        "ops": {
            "verbatim": 0.12,
            "edit": 0.14,
            "trim": 0.10,
            "cut": 0.07,
            "merge": 0.08,
            "paraphrase": 0.28,
            "quote": 0.05,
            "drop": 0.18,
        },
        "new": (0.0, 0.12),
        "reorder": 0.4,
    },
    "mixed": {  # a partly derived rewrite: a selection of the wire, and new material
        "weight": 0.35,
        "ops": {
            "verbatim": 0.08,
            "edit": 0.08,
            "trim": 0.06,
            "cut": 0.04,
            "merge": 0.04,
            "paraphrase": 0.16,
            "quote": 0.06,
            "splice": 0.08,
            "contrast": 0.06,
            "drop": 0.36,
        },
        "new": (0.4, 1.4),
        "reorder": 0.5,
    },
    "sparse": {  # mostly new around a few copied runs
        "weight": 0.15,
        "ops": {"splice": 0.22, "quote": 0.08, "contrast": 0.12, "paraphrase": 0.04, "drop": 0.54},
        "new": (1.0, 2.5),
        "reorder": 0.0,
    },
    "independent": {  # not derived: another report on related subjects
        "weight": 0.20,
        "ops": {"contrast": 0.25, "drop": 0.75},
        "new": (1.5, 3.0),
        "reorder": 0.0,
    },
}

QUOTE_FRAMES = (
    'A spokesman called it "{q}."',
    'One official said it was "{q}."',
    'He described it as "{q}."',
    'In the words of the statement, "{q}."',
    'She said the move was "{q}."',
    'Officials spoke of "{q}."',
)
# A copy desk's rewording of wire copy, as METER-corpus newspapers do it: the wire's day names
# become "yesterday", attributions vary, tabloid verbs and house style replace the wire's words.
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
EDITS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (rf"on (?:{_DAYS})|today|(?:{_DAYS})", ("yesterday", "last week", "this week")),
    (r"said", ("told reporters", "stated", "added", "claimed")),
    (r"says", ("said", "claims", "insists")),
    (r"percent", ("per cent", "pc")),
    (r"company", ("firm", "group")),
    (r"companies", ("firms",)),
    (r"officials", ("authorities", "sources")),
    (r"police", ("officers", "detectives")),
    (r"(?:about|approximately)(?= \$?\d)", ("around", "some", "roughly")),
    (r"more than(?= \$?\d)", ("over", "upwards of")),
    (r"announced", ("revealed", "unveiled")),
    (r"investigating", ("probing", "looking into")),
    (r"investigation", ("probe", "inquiry")),
    (r"attempt", ("bid",)),
    (r"criticized|criticised", ("slammed", "attacked")),
    (r"arrested", ("held", "detained")),
    (r"increased", ("rose", "climbed")),
    (r"increase", ("rise", "hike")),
    (r"decreased", ("fell", "dropped")),
    (r"children", ("youngsters", "kids")),
    (r"however", ("but", "yet")),
    (r"approved", ("backed", "passed")),
    (r"reported", ("revealed", "disclosed")),
    (r"United States", ("US", "America")),
    (r"U\.S\.", ("US", "American")),
)
_EDIT = re.compile("|".join(rf"(\b(?:{pattern})\b)" for pattern, _ in EDITS), re.IGNORECASE)
QUOTED = re.compile(r'"[^"]*\w+\W+\w+\W+\w+\W+\w+[^"]*"')
JOINS = (("; ", ""), (", and ", "and"), (" -- ", ""), (", while ", "while"))
LOWER_STARTS = frozenset({"he", "she", "it", "they", "we", "the", "a", "an", "this", "that", "there"})


@dataclass(frozen=True)
class Span:
    """A run of the copy's text whose words all have one kind."""

    start: int
    """Offset of the first word's first character in ``Rewrite.copy``."""
    end: int
    """Offset just past the last word."""
    kind: str
    """``copied``, ``reworded`` or ``new``."""
    op: str
    """The construction that made it (see the module docstring)."""


@dataclass(frozen=True)
class Rewrite:
    """One source story and one copy of it, with the copy's truth."""

    id: str
    """``rw0001``, ...: the copy's number in the generated set."""
    source: str
    """The wire story (the left text)."""
    copy: str
    """The derived text (the right text)."""
    spans: tuple[Span, ...]
    """Truth, in reading order; every ``\\w+`` word of ``copy`` lies in exactly one."""
    derived: float
    """Share of the copy's words that are copied or reworded."""
    derivation: str
    """``wholly``, ``partly`` or ``not`` (from ``derived``: see ``derivation_class``)."""
    profile: str
    """The recipe it was made by (``PROFILES``)."""
    layout: str
    """``plain``, or any of ``resent`` (the source repeats its paragraphs, with more added),
    ``flat-source`` and ``flat-copy`` (that text has no paragraph breaks), joined by "+"."""


def words(text: str) -> list[tuple[int, int, str]]:
    """The ``\\w+`` words of ``text``: (start, end, lowercased)."""
    return [(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text)]


def derivation_class(derived: float) -> str:
    return "wholly" if derived >= WHOLLY else "not" if derived < NOT else "partly"


def word_truth(rewrite: Rewrite) -> list[tuple[int, int, str, str]]:
    """Every word of the copy: (start, end, kind, op)."""
    out = []
    spans = rewrite.spans
    k = 0
    for start, end, _ in words(rewrite.copy):
        while k < len(spans) and spans[k].end <= start:
            k += 1
        span = spans[k]
        assert span.start <= start and end <= span.end, (rewrite.id, start)
        out.append((start, end, span.kind, span.op))
    return out


# ---- the data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pool:
    """The sentences, their labelled partners, and an index of their rarer words."""

    sentences: tuple[str, ...]
    paraphrases: dict[int, tuple[int, ...]]
    """MRPC label 1 and STS-B score >= 4 partners, both ways."""
    contrasts: dict[int, tuple[int, ...]]
    """MRPC label 0 and STS-B score <= 2 partners, both ways."""
    index: dict[str, tuple[int, ...]]
    """Content word -> sentences holding it (words in at most ``RARE`` sentences)."""
    idf: dict[str, float]
    keys: tuple[frozenset[str], ...]
    """Each sentence's content words."""
    grams: tuple[frozenset[tuple[str, ...]], ...]
    """Each sentence's word 4-grams."""


def _clean(sentence: str) -> str | None:
    text = " ".join(sentence.split())
    n = len(WORD.findall(text))
    if n < 6 or n > 45 or not text[0].isupper():
        return None
    if text[-1] not in ".!?\"'”":
        text += "."
    return text


def _content(text: str) -> frozenset[str]:
    return frozenset(w for _, _, w in words(text) if w not in STOP and len(w) > 2 and not w.isdigit())


def _fourgrams(text: str) -> frozenset[tuple[str, ...]]:
    ws = [w for _, _, w in words(text)]
    return frozenset(tuple(ws[i : i + 4]) for i in range(len(ws) - 3))


def read_pool(bench: Path) -> Pool | None:
    """The pool from ``bench`` (``mrpc/train.tsv``, ``stsb/sts-train.csv``), or None if absent."""
    mrpc, sts = bench / "mrpc" / "train.tsv", bench / "stsb" / "sts-train.csv"
    if not (mrpc.is_file() and sts.is_file()):
        return None
    pairs: list[tuple[str, str, bool]] = []  # (a, b, paraphrase?)
    for row in mrpc.read_text(encoding="utf-8-sig").splitlines()[1:]:
        c = row.split("\t")
        if len(c) >= 5:
            pairs.append((c[3], c[4], c[0] == "1"))
    for row in sts.read_text(encoding="utf-8-sig").splitlines():
        c = row.split("\t")
        if len(c) >= 7 and c[0] == "main-news" and c[1] == "MSRpar":
            score = float(c[4])
            if score >= 4 or score <= 2:
                pairs.append((c[5], c[6], score >= 4))
    ids: dict[str, int] = {}
    paraphrases: dict[int, list[int]] = {}
    contrasts: dict[int, list[int]] = {}
    for a, b, same in pairs:
        ca, cb = _clean(a), _clean(b)
        if ca is None or cb is None or ca == cb:
            continue
        ia, ib = ids.setdefault(ca, len(ids)), ids.setdefault(cb, len(ids))
        table = paraphrases if same else contrasts
        for x, y in ((ia, ib), (ib, ia)):
            if y not in table.setdefault(x, []):
                table[x].append(y)
    sentences = tuple(ids)
    keys = tuple(_content(s) for s in sentences)
    df = Counter(w for k in keys for w in k)
    index: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        for w in sorted(k):
            if df[w] <= RARE:
                index.setdefault(w, []).append(i)
    n = len(sentences)
    return Pool(
        sentences,
        {k: tuple(v) for k, v in paraphrases.items()},
        {k: tuple(v) for k, v in contrasts.items()},
        {k: tuple(v) for k, v in index.items()},
        {w: math.log(n / c) for w, c in df.items()},
        keys,
        tuple(_fourgrams(s) for s in sentences),
    )


def neighbours(pool: Pool, seed: int, limit: int = 60) -> list[int]:
    """Sentences sharing the most rare words with ``seed``, best first."""
    scores: dict[int, float] = {}
    for w in sorted(pool.keys[seed]):
        for j in pool.index.get(w, ()):
            if j != seed:
                scores[j] = scores.get(j, 0.0) + pool.idf[w]
    return [j for j, s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit] if s > 3.0]


# ---- runs shared with a source sentence --------------------------------------------------------


def shared_runs(copy: Sequence[str], source: Sequence[str], shortest: int = 2) -> list[bool]:
    """Which words of ``copy`` are copied from ``source`` by the run rule (module docstring):
    runs of at least ``shortest`` words, one of them not a function word."""
    taken_c = [False] * len(copy)
    taken_s = [False] * len(source)
    out = [False] * len(copy)
    while True:
        best = (0, 0, 0)  # length, copy start, source start
        prev = [0] * (len(source) + 1)
        for i in range(len(copy)):
            cur = [0] * (len(source) + 1)
            for j in range(len(source)):
                if not taken_c[i] and not taken_s[j] and copy[i] == source[j]:
                    cur[j + 1] = prev[j] + 1
                    if cur[j + 1] > best[0]:
                        best = (cur[j + 1], i - cur[j + 1] + 1, j - cur[j + 1] + 1)
            prev = cur
        length, ci, si = best
        if length < shortest:
            return out
        for k in range(length):
            taken_c[ci + k] = taken_s[si + k] = True
        if any(w not in STOP for w in copy[ci : ci + length]):
            for k in range(length):
                out[ci + k] = True


# ---- building a copy ---------------------------------------------------------------------------


class _Builder:
    """Pieces of text with kinds, joined into units (sentences) and then paragraphs."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, str | None, str]] = []  # (text, kind or None for glue, op)

    def add(self, text: str, kind: str | None, op: str) -> None:
        self.pieces.append((text, kind, op))

    def build(self) -> tuple[str, list[Span]]:
        text = ""
        spans: list[Span] = []
        joined = False  # may the next piece extend the last span? Not across sentences.
        for piece, kind, op in self.pieces:
            start = len(text)
            text += piece
            if kind is None:
                joined = joined and op != "layout"
                continue
            ws = words(piece)
            if not ws:
                continue
            a, b = start + ws[0][0], start + ws[-1][1]
            last = spans[-1] if spans else None
            if joined and last and last.kind == kind and last.op == op:
                spans[-1] = Span(last.start, b, kind, op)
            else:
                spans.append(Span(a, b, kind, op))
            joined = True
        return text, spans


Unit = list[tuple[str, str | None, str]]
"""One copy sentence as pieces: (text, kind or None for punctuation and space, op)."""


def quoted_at(text: str, offset: int) -> bool:
    """Is ``offset`` inside double quotes? (A copy desk does not reword a quotation.)"""
    return text.count('"', 0, offset) % 2 == 1


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.lower() in LOWER_STARTS else text


def _upper_first(text: str) -> str:
    return text[0].upper() + text[1:]


def _end(text: str) -> str:
    """``text`` without its final full stop (or ! ?), quotes kept."""
    return text[:-1] if text[-1] in ".!?" else text


def _worded(text: str, flags: Sequence[bool], yes: str, no: str, op: str) -> Unit:
    """A sentence whose i-th word is ``yes`` where flags[i], else ``no``."""
    ws = words(text)
    unit: Unit = []
    pos = 0
    for (start, end, _), flag in zip(ws, flags, strict=True):
        unit.append((text[pos:start], None, op))
        unit.append((text[start:end], yes if flag else no, op))
        pos = end
    unit.append((text[pos:], None, op))
    return unit


def _clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the comma- or semicolon-separated parts of a sentence, words only."""
    out = []
    pos = 0
    for m in re.finditer(r"[,;:]\s|\s--\s|[.!?]\"?$", text):
        part = text[pos : m.start()]
        ws = words(part)
        if ws:
            out.append((pos + ws[0][0], pos + ws[-1][1]))
        pos = m.end()
    ws = words(text[pos:])
    if ws:
        out.append((pos + ws[0][0], pos + ws[-1][1]))
    return out


class _Maker:
    def __init__(self, pool: Pool, rng: random.Random) -> None:
        self.pool = pool
        self.rng = rng

    # ---- the source ----

    def story(self) -> tuple[list[int], list[int]] | None:
        """(source sentences, candidates for new material), or None if this seed is too lonely."""
        pool, rng = self.pool, self.rng
        seeds = [i for i in pool.paraphrases if len(pool.keys[i]) >= 4]
        seed = seeds[rng.randrange(len(seeds))]
        near = neighbours(pool, seed)
        if len(near) < 20:
            return None
        chosen = [seed]
        grams = set(pool.grams[seed])
        banned = {seed, *pool.paraphrases.get(seed, ()), *pool.contrasts.get(seed, ())}
        want = rng.randint(8, 14)
        order = near[:40]
        rng.shuffle(order)
        # favour sentences with partners, so paraphrases and contrasts are possible
        order.sort(key=lambda j: -(j in pool.paraphrases) - (j in pool.contrasts))
        for j in order:
            if len(chosen) >= want:
                break
            if j in banned or grams & pool.grams[j]:
                continue
            chosen.append(j)
            grams |= pool.grams[j]
            banned |= {j, *pool.paraphrases.get(j, ()), *pool.contrasts.get(j, ())}
        if len(chosen) < 8:
            return None
        rng.shuffle(chosen)
        others = [j for j in near if j not in banned and not grams & pool.grams[j]]
        rng.shuffle(others)
        return chosen, others

    def paragraphs(self, units: list[str]) -> list[list[str]]:
        out: list[list[str]] = []
        k = 0
        while k < len(units):
            n = self.rng.choice((1, 1, 2, 2, 3))
            out.append(units[k : k + n])
            k += n
        return out

    # ---- constructions ----

    def trim(self, text: str) -> Unit | None:
        """The sentence without its first, last or an inner comma-separated clause."""
        clauses = _clauses(text)
        if len(clauses) < 2:
            return None
        k = self.rng.randrange(len(clauses))
        if k == 0:
            return [(_upper_first(text[clauses[1][0] :]), "copied", "trim")]
        if k == len(clauses) - 1:
            return [(text[: clauses[-2][1]], "copied", "trim"), (".", None, "trim")]
        before, after = text[: clauses[k - 1][1]], text[clauses[k + 1][0] :]
        gap = text[clauses[k - 1][1] : clauses[k][0]].rstrip() + " "
        return [(before, "copied", "trim"), (gap, None, "trim"), (after, "copied", "trim")]

    def edit(self, text: str) -> Unit | None:
        """The sentence with one to three of its words reworded by the copy desk (``EDITS``)."""
        found = [m for m in _EDIT.finditer(text) if not quoted_at(text, m.start())]
        if not found:
            return None
        rng = self.rng
        chosen = sorted(rng.sample(found, min(len(found), rng.randint(1, 3))), key=lambda m: m.start())
        unit: Unit = []
        pos = 0
        for m in chosen:
            replacements = EDITS[m.lastindex - 1][1]  # type: ignore[operator]
            new = rng.choice(replacements)
            if m.start() == 0:
                new = _upper_first(new)
            if text[pos : m.start()]:
                unit.append((text[pos : m.start()], "copied", "edit"))
            unit.append((new, "reworded", "edit"))
            pos = m.end()
        unit.append((text[pos:], "copied", "edit"))
        return unit

    def cut(self, text: str) -> list[Unit] | None:
        """The sentence cut in two at "; ", ", and " or ", but " ("and" dropped, "But" kept)."""
        cuts = [
            m
            for m in re.finditer(r"; |, and |, but ", text)
            if 0.3 * len(text) < m.start() < 0.75 * len(text)
        ]
        if not cuts:
            return None
        m = self.rng.choice(cuts)
        first = text[: m.start()]
        second = text[m.end() - 4 :] if m.group() == ", but " else text[m.end() :]
        if len(WORD.findall(first)) < 3 or len(WORD.findall(second)) < 3:
            return None
        return [[(first, "copied", "cut"), (".", None, "cut")], [(_upper_first(second), "copied", "cut")]]

    def merge(self, a: str, b: str) -> Unit:
        join, word = self.rng.choice(JOINS)
        unit: Unit = [(_end(a), "copied", "merge")]
        if word:
            before, after = join.split(word)
            unit += [(before, None, "merge"), (word, "reworded", "merge"), (after, None, "merge")]
        else:
            unit.append((join, None, "merge"))
        unit.append((_lower_first(b), "copied", "merge"))
        return unit

    def partner(self, op: str, i: int, source: Sequence[int]) -> Unit | None:
        """Source sentence ``i``'s paraphrase (``op`` "paraphrase": reworded but for the runs it
        shares) or contrast partner ("contrast": new but for them). Runs of four words or more
        shared with any other source sentence are copied too."""
        table = self.pool.paraphrases if op == "paraphrase" else self.pool.contrasts
        partners = table.get(i, ())
        if not partners:
            return None
        p = self.pool.sentences[self.rng.choice(partners)]
        ws = [w for _, _, w in words(p)]
        flags = shared_runs(ws, [w for _, _, w in words(self.pool.sentences[i])])
        rest = [w for j in source if j != i for _, _, w in words(self.pool.sentences[j])]
        far = shared_runs(ws, rest, 4)
        flags = [x or y for x, y in zip(flags, far, strict=True)]
        return _worded(p, flags, "copied", "reworded" if op == "paraphrase" else "new", op)

    def quote(self, text: str) -> Unit | None:
        quotes = []
        for m in re.finditer(r'"([^"]+)"', text):
            ws = words(m.group(1))
            if len(ws) >= 4:
                quotes.append((m.start(1), ws))
        if not quotes:
            return None
        base, ws = self.rng.choice(quotes)
        n = self.rng.randint(3, min(len(ws), 10))
        k = self.rng.randint(0, len(ws) - n)
        q = text[base + ws[k][0] : base + ws[k + n - 1][1]]
        before, after = self.rng.choice(QUOTE_FRAMES).split("{q}")
        return [
            (before[:-1], "reworded", "quote"),
            ('"', None, "quote"),
            (q, "copied", "quote"),
            (after, None, "quote"),
        ]

    def splice(self, text: str, host: str) -> Unit | None:
        clauses = [(a, b) for a, b in _clauses(text) if 4 <= len(WORD.findall(text[a:b])) <= 12]
        if clauses:
            a, b = self.rng.choice(clauses)
        else:
            ws = words(text)
            if len(ws) < 6:
                return None
            n = self.rng.randint(4, min(8, len(ws)))
            k = self.rng.randint(0, len(ws) - n)
            a, b = ws[k][0], ws[k + n - 1][1]
        clause = _lower_first(text[a:b])
        if self.rng.random() < 0.5:
            return [
                (_end(host), "new", "splice"),
                (", ", None, "splice"),
                (clause, "copied", "splice"),
                (".", None, "splice"),
            ]
        return [
            (_upper_first(clause), "copied", "splice"),
            (", ", None, "splice"),
            (_lower_first(host), "new", "splice"),
        ]

    # ---- a copy ----

    def copy(self, profile: str, source: list[int], others: list[int]) -> list[Unit]:
        """The copy's sentences: the recipe applied to ``source`` in order, with sentences of
        ``others`` (not in the source) for new material."""
        pool, rng = self.pool, self.rng
        recipe = PROFILES[profile]
        ops: dict[str, float] = recipe["ops"]  # type: ignore[assignment]
        names, weights = list(ops), list(ops.values())
        fresh = iter(others)
        units: list[Unit] = []
        i = 0
        while i < len(source):
            s = pool.sentences[source[i]]
            op = rng.choices(names, weights)[0]
            if "quote" in ops and QUOTED.search(s) and rng.random() < 4 * ops["quote"]:
                op = "quote"  # a rewrite picks out the quotes it has
            made: list[Unit] | None = None
            if op == "verbatim":
                made = [[(s, "copied", "verbatim")]]
            elif op == "edit":
                made = [u] if (u := self.edit(s)) else None
            elif op == "trim":
                made = [u] if (u := self.trim(s)) else None
            elif op == "cut":
                made = self.cut(s)
            elif op == "merge" and i + 1 < len(source):
                made = [self.merge(s, pool.sentences[source[i + 1]])]
                i += 1
            elif op in ("paraphrase", "contrast"):
                made = [u] if (u := self.partner(op, source[i], source)) else None
            elif op == "quote":
                made = [u] if (u := self.quote(s)) else None
            elif op == "splice":
                host = next(fresh, None)
                made = [u] if host is not None and (u := self.splice(s, pool.sentences[host])) else None
            if made is None and op != "drop" and profile == "close":
                made = [[(s, "copied", "verbatim")]]  # a close rewrite keeps what it cannot rework
            units += made or []
            i += 1
        lo, hi = cast(tuple[float, float], recipe["new"])
        for _ in range(round(rng.uniform(lo, hi) * max(len(units), 2))):
            j = next(fresh, None)
            if j is None:
                break
            units.insert(rng.randint(0, len(units)), [(pool.sentences[j], "new", "new")])
        if rng.random() < recipe["reorder"]:  # type: ignore[operator]
            for _ in range(rng.randint(1, 2)):
                verbatim = [k for k, u in enumerate(units) if u[0][2] == "verbatim"]
                if len(verbatim) < 2:
                    break
                unit = [(t, kind, "reorder") for t, kind, _ in units.pop(rng.choice(verbatim))]
                units.insert(rng.randrange(len(units) + 1), unit)
        return units

    def rewrite(self, number: int) -> Rewrite | None:
        pool, rng = self.pool, self.rng
        drawn = self.story()
        if drawn is None:
            return None
        source, others = drawn
        profile = rng.choices(list(PROFILES), [p["weight"] for p in PROFILES.values()])[0]  # type: ignore[misc]
        layout = []
        paras = self.paragraphs([pool.sentences[i] for i in source])
        if rng.random() < 0.2 and len(others) > 8:  # the wire resent, with more added
            k = rng.randint(2, 3)
            added, others = others[-k:], others[:-k]
            resend = [list(p) for p in paras]
            for j in added:
                resend.insert(rng.randint(1, len(resend)), [pool.sentences[j]])
            source = source + added
            paras = paras + resend
            grams = frozenset().union(*(pool.grams[j] for j in added))
            banned = {x for j in added for x in (*pool.paraphrases.get(j, ()), *pool.contrasts.get(j, ()))}
            others = [j for j in others if j not in banned and not grams & pool.grams[j]]
            layout.append("resent")
        if rng.random() < 0.1:
            source_text = " ".join(s for p in paras for s in p)
            layout.append("flat-source")
        else:
            source_text = "\n\n".join(" ".join(p) for p in paras)
        units = self.copy(profile, source, others)
        if not units:
            return None
        flat = rng.random() < 0.15
        if flat:
            layout.append("flat-copy")
        builder = _Builder()
        for p, para in enumerate(self.paragraphs([str(k) for k in range(len(units))])):
            if p:
                builder.add(" " if flat else "\n\n", None, "layout")
            for k, key in enumerate(para):
                if k:
                    builder.add(" ", None, "layout")
                for piece in units[int(key)]:
                    builder.add(*piece)
        text, spans = builder.build()
        n_words = len(WORD.findall(text))
        derived_words = sum(len(WORD.findall(text[sp.start : sp.end])) for sp in spans if sp.kind != "new")
        derived = derived_words / n_words if n_words else 0.0
        return Rewrite(
            f"rw{number:04d}",
            source_text,
            text,
            tuple(spans),
            derived,
            derivation_class(derived),
            profile,
            "+".join(layout) or "plain",
        )


def generate(pool: Pool, seed: int = 1, copies: int = 300) -> Iterator[Rewrite]:
    """``copies`` rewrites, the same for the same seed and pool."""
    rng = random.Random(seed)
    maker = _Maker(pool, rng)
    made = 0
    tries = 0
    while made < copies and tries < copies * 20:
        tries += 1
        rewrite = maker.rewrite(made + 1)
        if rewrite is not None:
            made += 1
            yield rewrite
