"""``compare()``: from two texts to a ``Report``. Every step is a function of its own module:

    segment    text -> sentences with offsets             (segment.py, nltk)
    furniture  sentences -> which are page furniture       (boilerplate.py)
    tokenize   sentence -> words, normalised and stemmed   (text.py)
    align      words x words -> groups                      (features.py, candidates.py, models.py,
                                                             align.py, matching.py, regroup.py; rapidfuzz)
    fragments  words x words -> shared runs, links, kinds   (fragments.py, reuse.py)
    label      group -> shared or rephrased                 (classify.py)
    changed    group -> words without a counterpart         (worddiff.py)
    figures    group -> numbers, dates, names that disagree  (numbers.py reads, figures.py pairs)
    quotes     both texts -> quotations, speakers, sources  (attribution.py)

This module only runs them in order and assembles the report.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from diffnews import __version__
from diffnews.aligning import translation
from diffnews.aligning.align import align
from diffnews.aligning.classify import label
from diffnews.aligning.features import Vocabulary, combine, passage
from diffnews.aligning.fragments import frequencies, rarity_of
from diffnews.aligning.models import Model, score_pairs, surface
from diffnews.aligning.reuse import REWORDED, Linked, Words, inside, link, linked_span, stretches
from diffnews.aligning.reuse import kinds as word_kinds
from diffnews.aligning.translation import align_translated, translated_quotes
from diffnews.aligning.worddiff import changed
from diffnews.config import Config
from diffnews.errors import InputError
from diffnews.facts.attribution import (
    QuoteFound,
    QuotesIn,
    Text,
    find_quotes,
    quotes_in,
    same_speaker,
    sources,
)
from diffnews.facts.figures import conflicts
from diffnews.facts.numbers import may_have_figures, widened
from diffnews.lang.detect import sides_languages
from diffnews.reading.boilerplate import furniture
from diffnews.reading.inputs import Document
from diffnews.reading.segment import Span, segment
from diffnews.reading.text import Token, tokenize
from diffnews.report import (
    Basis,
    Conflict,
    Label,
    Pair,
    Quote,
    QuoteStatus,
    Report,
    Sentence,
    Side,
    Sources,
    Summary,
)

__all__ = ["compare"]

_CLOSERS = "\"”’')]»"


@dataclass(frozen=True)
class _Document:
    text: str
    spans: list[Span]
    tokens: list[list[Token]]
    content: list[int]
    """Indexes of the sentences that take part in alignment (not furniture, not wordless)."""
    headline: int | None
    """Index of the headline: the first content sentence, if more follow, if it is alone in its
    paragraph and does not end in a full stop (closing quotes aside). Headlines may end in ? or !."""
    view: Text
    """The document as attribution reads it."""
    quotes: QuotesIn
    """Its quotations, found once however many documents it is compared with."""
    credited: tuple[str, ...]
    """The sources it credits."""
    frequencies: Counter[str]
    """How many content sentences hold each content stem (``fragments.frequencies``)."""
    lang: str = "en"
    """The profile it was read with (``diffnews.lang``)."""


@dataclass(frozen=True)
class _Match:
    """An aligned group in terms of sentence indexes of each document."""

    members: tuple[list[int], list[int]]
    score: float
    basis: Basis
    overlap: float
    changed: tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]
    conflicts: tuple[Conflict, ...]
    less_specific: tuple[Conflict, ...]
    kinds: tuple[dict[int, Words], dict[int, Words]]
    """Each side's sentences (document indexes) -> the kind of each of its words, counterparts
    in the other document's sentence indexes."""

    def mirrored(self) -> _Match:
        def swap(found: tuple[Conflict, ...]) -> tuple[Conflict, ...]:
            return tuple(replace(c, left=c.right, right=c.left) for c in found)  # an owner kept

        return _Match(
            self.members[::-1],
            self.score,
            self.basis,
            self.overlap,
            self.changed[::-1],
            swap(self.conflicts),
            swap(self.less_specific),
            self.kinds[::-1],
        )


def compare(
    left: str | Document,
    right: str | Document,
    *,
    config: Config | None = None,
    left_source: str | None = None,
    right_source: str | None = None,
    model: Model | None = None,
    semantic_model: Model | None = None,
    left_lang: str | None = None,
    right_lang: str | None = None,
) -> Report:
    """Compare two reports of the same story. Never prints, never exits.

    ``left`` and ``right`` are the texts, or inputs read by ``diffnews.load`` (a file, a URL, a
    web page), whose names then serve as sources unless ``left_source`` or ``right_source`` say
    otherwise. Every offset in the report refers to the text compared (``Side.text``).
    Raises ``InputError`` if either has no words. Swapping the two mirrors the report exactly.
    ``model`` and ``semantic_model`` replace the shipped scoring models (``models.Model``,
    lexical and semantic), for example with ones trained on your own labelled pairs by
    benchmarks/train.py. The semantic one is used only with ``Config(semantic=True)``.
    ``left_lang`` and ``right_lang`` give a side's language (an ISO 639-1 code: "de"); each
    side whose language is not given is detected (``lang.detect``). A language with no profile
    in ``diffnews.lang`` is read with the neutral one: never an error (``Side.language`` says).

    >>> report = compare("Troops must leave Iraq. Talks went on.", "Talks went on. Troops stay.")
    >>> [(p.left, p.right, p.label.value) for p in report.pairs]
    [(('L2',), ('R1',), 'shared')]
    """
    config = config or Config()
    inputs = (left, right)
    texts = [i.text if isinstance(i, Document) else i for i in inputs]
    names = [
        given if given is not None or not isinstance(i, Document) else i.name
        for i, given in zip(inputs, (left_source, right_source), strict=True)
    ]
    left_source, right_source = names
    languages = sides_languages(texts, (left_lang, right_lang))
    docs = (_read(texts[0], config, languages[0].profile), _read(texts[1], config, languages[1].profile))
    for name, source, doc in (("left", left_source, docs[0]), ("right", right_source, docs[1])):
        shown = source or f"the {name} text"
        if not doc.text.strip():
            raise InputError(f"{shown}: is empty or only white space; there is nothing to compare")
        if not any(doc.tokens):
            raise InputError(f"{shown}: has no words; there is nothing to compare")
    # The engine sees the two documents in one canonical order, whichever side each was given
    # on, and its answer is mirrored back. So no tie inside matching or the word diff can make
    # compare(b, a) differ from the mirror image of compare(a, b).
    swap = texts[1] < texts[0]
    first, second = (docs[1], docs[0]) if swap else docs
    translated = _translated(first, second)
    matches = _match(first, second, config, model, semantic_model, translated)
    found = find_quotes(
        (first.view, second.view), [m.members for m in matches], (first.quotes, second.quotes)
    )
    if translated:
        found = translated_quotes(found, [m.members for m in matches])
    if swap:
        matches = [m.mirrored() for m in matches]
        found = [q.mirrored() for q in found]
    matches.sort(key=lambda m: (m.members[0][0], m.members[1][0]))

    labels: list[dict[int, Label]] = [{}, {}]
    owners: list[dict[int, int]] = [{}, {}]
    kinds: list[dict[int, Words]] = [{}, {}]
    pairs: list[Pair] = []
    for number, match in enumerate(matches):
        # a translation is rephrased, however many names and numbers its two sides share
        group_label = Label.REPHRASED if match.basis is Basis.TRANSLATION else label(match.overlap, config)
        pairs.append(
            Pair(
                left=tuple(f"L{k + 1}" for k in match.members[0]),
                right=tuple(f"R{k + 1}" for k in match.members[1]),
                label=group_label,
                score=round(match.score, 4),
                overlap=round(match.overlap, 4),
                basis=match.basis,
                changed_left=match.changed[0],
                changed_right=match.changed[1],
                conflicts=match.conflicts,
                less_specific=match.less_specific,
            )
        )
        for side in (0, 1):
            for k in match.members[side]:
                labels[side][k] = group_label
                owners[side][k] = number
            kinds[side].update(match.kinds[side])

    sides = [
        replace(
            _side(doc, prefix, source, labels[n], owners[n], kinds[n], docs[1 - n]),
            format=str(given.format) if isinstance(given, Document) else "text",
            url=given.url if isinstance(given, Document) else None,
            language=languages[n],
        )
        for n, (doc, prefix, source, given) in enumerate(
            ((docs[0], "L", left_source, left), (docs[1], "R", right_source, right))
        )
    ]
    return Report(
        left=sides[0],
        right=sides[1],
        pairs=tuple(pairs),
        summary=Summary.of(sides[0], sides[1], pairs),
        config=config,
        version=__version__,
        quotes=tuple(_quote(q) for q in sorted(found, key=_reading_order)),
        sources=Sources(docs[0].credited, docs[1].credited),
    )


def _text(text: str, spans: Sequence[Span], content: Sequence[int], lang: str = "en") -> Text:
    paragraphs: dict[int, tuple[int, int]] = {}
    for span in spans:
        start, _ = paragraphs.get(span.paragraph, (span.start, span.end))
        paragraphs[span.paragraph] = (start, span.end)
    sentences = [(s.start, s.end) for s in spans]
    return Text(text, sentences, list(paragraphs.values()), frozenset(content), lang)


def _reading_order(quote: QuoteFound) -> tuple[float, float]:
    left, right = quote.members
    return (min(left) if left else float("inf"), min(right) if right else -1)


def _quote(found: QuoteFound) -> Quote:
    left, right = found.speakers
    # the same person: the fuller name; two people, or one side silent: the left's first
    speaker = max((left, right), key=len) if left and right and same_speaker(left, right) else left or right
    return Quote(
        text=found.text,
        speaker=speaker,
        left=tuple(f"L{k + 1}" for k in found.members[0]),
        right=tuple(f"R{k + 1}" for k in found.members[1]),
        status=QuoteStatus(found.status),
        speakers=found.speakers,
        texts=found.texts,
        changed_left=found.changed[0],
        changed_right=found.changed[1],
        unquoted=tuple(f"L{k + 1}" for k in found.unquoted[0])
        + tuple(f"R{k + 1}" for k in found.unquoted[1]),
    )


def _match(
    first: _Document,
    second: _Document,
    config: Config,
    model: Model | None,
    semantic_model: Model | None,
    translated: bool = False,
) -> list[_Match]:
    """Align two documents and describe each group: score, word overlap, changed words.
    ``translated``: they are in two languages (``_translated``)."""
    vocabulary = Vocabulary(d.tokens[k] for d in (first, second) for k in d.content)
    bags = [[vocabulary.bag(d.tokens[k]) for k in d.content] for d in (first, second)]
    texts = (
        [[d.text[d.spans[k].start : d.spans[k].end] for k in d.content] for d in (first, second)]
        if config.semantic or translated
        else [[], []]
    )
    vectors = None
    if config.semantic and not translated:  # between two languages meaning is translation.py's
        from diffnews.aligning.semantic import embed

        vectors = (embed(texts[0]), embed(texts[1]))
    headlines = [
        frozenset({d.content.index(d.headline)} if d.headline is not None else ()) for d in (first, second)
    ]
    paragraphs = (
        [first.spans[k].paragraph for k in first.content],
        [second.spans[k].paragraph for k in second.content],
    )
    if translated:  # two languages: by meaning (translation.py), and no fragments
        groups = align_translated(texts[0], texts[1], paragraphs)
    else:
        groups = align(bags[0], bags[1], config, headlines[0], headlines[1], model, vectors, semantic_model)
    sentences = [first.tokens[k] for k in first.content], [second.tokens[k] for k in second.content]
    weights = rarity_of((first.frequencies, second.frequencies), len(first.content) + len(second.content))

    def near(side: int, k: int, others: tuple[int, ...]) -> float:
        return passage(bags[side][k], combine([bags[1 - side][o] for o in others]), config)

    def shorter(left: tuple[int, ...], right: tuple[int, ...]) -> int:
        size = [sum(bags[n][k].words for k in ks) for n, ks in ((0, left), (1, right))]
        return 0 if size[0] <= size[1] else 1

    def repeats(side: int, a: int, b: int) -> bool:
        return surface(bags[side][a], bags[side][b]) >= config.shared

    least = math.inf if translated else config.fragment
    linked = link(groups, sentences, weights, least, paragraphs, near, config.candidate / 2, shorter, repeats)
    ordered = sorted(linked, key=lambda g: (g.left[0], g.right[0]))
    memo: dict[tuple[int, int], bool] = {}

    def figured(side: int, k: int) -> bool:
        if (side, k) not in memo:
            doc = (first, second)[side]
            span = doc.spans[doc.content[k]]
            memo[side, k] = may_have_figures(doc.text[span.start : span.end])
        return memo[side, k]

    beside = _neighbours(ordered, paragraphs, figured, near, config.candidate / 2)
    combined = [
        (combine([bags[0][i] for i in g.left]), combine([bags[1][j] for j in g.right])) for g in ordered
    ]
    # the groups that fragments made or changed are scored again, together
    rescored = score_pairs(
        [c[0] for c in combined],
        [c[1] for c in combined],
        [(n, n) for n, g in enumerate(ordered) if g.score is None],
        model,
    )
    matches = []
    for number, group in enumerate(ordered):
        members = ([first.content[i] for i in group.left], [second.content[j] for j in group.right])
        overlap = surface(*combined[number])
        verdict = group.score if group.score is not None else rescored[number, number]
        words = (
            [t for k in members[0] for t in first.tokens[k]],
            [t for k in members[1] for t in second.tokens[k]],
        )
        starts = (_starts(first, members[0]), _starts(second, members[1]))
        # between two languages every word differs: no word diff to show
        changed_spans = (
            ((), ()) if translated else changed(words[0], words[1], first.text, second.text, starts)
        )
        ids = (first.content, second.content)
        in_document = Linked(
            tuple(members[0]),
            tuple(members[1]),
            group.basis,
            group.score,
            frozenset((side, ids[side][k]) for side, k in group.whole),
        )
        unmatched = (
            {k: inside(first.tokens[k], changed_spans[0]) for k in members[0]},
            {k: inside(second.tokens[k], changed_spans[1]) for k in members[1]},
        )
        kinds = (
            _reworded(members, (first, second))
            if translated
            else word_kinds(first.tokens, second.tokens, in_document, unmatched)
        )
        extra = (
            [first.content[i] for i in beside[number][0]],
            [second.content[j] for j in beside[number][1]],
        )
        compared = (
            _compared(first, members[0], kinds[0], group.basis, extra[0]),
            _compared(second, members[1], kinds[1], group.basis, extra[1]),
        )
        if translated:  # names are not compared across languages ("Kanzler" is "Chancellor")
            compared = ((compared[0][0], []), (compared[1][0], []))
        found, vaguer = conflicts(
            first.text, *compared[0], second.text, *compared[1], (first.lang, second.lang)
        )
        matches.append(
            _Match(members, verdict, group.basis, overlap, changed_spans, tuple(found), tuple(vaguer), kinds)
        )
    return matches


def _translated(first: _Document, second: _Document) -> bool:
    """Whether the two documents are in two languages that the multilingual encoder reads
    (``translation.py``), so that they are aligned as a story and its translation."""
    return (
        first.lang != second.lang
        and {first.lang, second.lang} <= translation.LANGUAGES
        and translation.available()
    )


def _reworded(
    members: tuple[list[int], list[int]], docs: tuple[_Document, _Document]
) -> tuple[dict[int, Words], dict[int, Words]]:
    """The words of a translation group: every one reworded, against the other side's first
    sentence of the group, whole (nothing is copied word for word between two languages)."""
    out: tuple[dict[int, Words], dict[int, Words]] = ({}, {})
    for side in (0, 1):
        other = members[1 - side][0]
        whole = (REWORDED, other, 0, len(docs[1 - side].tokens[other]))
        for k in members[side]:
            out[side][k] = [whole] * len(docs[side].tokens[k])
    return out


def _starts(doc: _Document, members: Sequence[int]) -> frozenset[int]:
    """Positions, in the group's words read together, of the words that begin a sentence."""
    return frozenset(itertools.accumulate((len(doc.tokens[k]) for k in members[:-1]), initial=0))


def _compared(
    doc: _Document,
    members: Sequence[int],
    kinds: dict[int, Words],
    basis: Basis,
    neighbours: Sequence[int] = (),
) -> tuple[list[tuple[int, int]], list[Token]]:
    """The spans whose figures are compared, and the words whose names are, of a group's side.

    - A sentence of a group the aligner made: the whole sentence, its signs and marks included
      ("5%").
    - A sentence of a group that fragments made: its linked passage, what it shares with the
      other side, not the clauses it adds ("Floods have killed 40 people in western Kenya"
      against "12,000 people have fled their homes in western Kenya" share a place and a
      source, not a figure); widened by a number at either edge, since the words stop matching
      where the two sides give a figure differently (``numbers.widened``: the copy's "jailed
      for 11 years" is linked to the source's "jailed for nine years" up to "jailed for").
    - ``neighbours``, sentences in no group that stand next to one of the group's and carry
      what the other side says (``_neighbours``): the whole sentence, for figures only. A copy
      that merges two wire sentences into its lede may be aligned with the first alone, the
      second too reworded to join by fragments; its figures are then the lede's all the same.
      Their names are not compared: the word diff pairs names in one passage, not across two."""
    spans: list[tuple[int, int]] = []
    words: list[Token] = []
    for k in members:
        tokens = doc.tokens[k]
        passage = linked_span(kinds[k], len(tokens), basis)
        if passage == (0, len(tokens)):
            spans.append((doc.spans[k].start, doc.spans[k].end))
            words.extend(tokens)
        elif passage is not None:
            a, b = passage
            sentence = doc.spans[k]
            spans.append(widened(doc.text, tokens[a].start, tokens[b - 1].end, sentence.start, sentence.end))
            words.extend(tokens[a:b])
    spans += [(doc.spans[k].start, doc.spans[k].end) for k in neighbours]
    return sorted(spans), words  # in reading order, a neighbour before the group's sentence too


def _neighbours(
    groups: Sequence[Linked],
    paragraphs: tuple[Sequence[int], Sequence[int]],
    figured: Callable[[int, int], bool],
    near: Callable[[int, int, tuple[int, ...]], float],
    floor: float,
) -> list[tuple[list[int], list[int]]]:
    """For each group, the sentences of each side (content indexes) in no group that stand
    next to one of the group's in its paragraph and reach ``floor`` (half of
    ``Config.candidate``, the bar a free neighbour meets to join a group that fragments made,
    ``reuse.link``) against the group's other side: their figures are compared with the group's
    (``_compared``). A sentence next to two groups goes with the one it reaches higher. Only
    sentences that may have figures (``figured(side, k)``, ``numbers.may_have_figures``), beside
    a group whose other side may too, are scored: the others have nothing to compare."""
    grouped = [{k for g in groups for k in g.left}, {k for g in groups for k in g.right}]
    best: list[dict[int, tuple[float, int]]] = [{}, {}]
    for number, group in enumerate(groups):
        for side, ks in ((0, group.left), (1, group.right)):
            others = group.right if side == 0 else group.left
            free = [
                other
                for k in ks
                for other in (k - 1, k + 1)
                if 0 <= other < len(paragraphs[side])
                and other not in grouped[side]
                and paragraphs[side][other] == paragraphs[side][k]
            ]
            if not free or not any(figured(1 - side, o) for o in others):
                continue
            for other in free:
                if figured(side, other):
                    score = near(side, other, others)
                    if score >= floor and score > best[side].get(other, (-1.0, 0))[0]:
                        best[side][other] = (score, number)
    out: list[tuple[list[int], list[int]]] = [([], []) for _ in groups]
    for side in (0, 1):
        for k, (_, number) in sorted(best[side].items()):
            out[number][side].append(k)
    return out


@lru_cache(maxsize=8)
def _read(text: str, config: Config, lang: str = "en") -> _Document:
    """A text segmented, tokenized and sorted into content and furniture. Remembered for the
    last few texts, so that one source compared with many copies (``diffnews check``, ``diffnews
    batch``) is read once: nothing downstream changes a ``_Document``."""
    spans = segment(text, lang)
    tokens = [tokenize(text, s.start, s.end, lang) for s in spans]
    skip = (
        furniture([text[s.start : s.end] for s in spans], [s.paragraph for s in spans], lang)
        if config.boilerplate
        else set()
    )
    content = [k for k, words in enumerate(tokens) if k not in skip and words]
    headline = None
    if len(content) > 1:  # a headline heads something: a lone sentence is just a sentence
        first = spans[content[0]]
        alone = sum(1 for s in spans if s.paragraph == first.paragraph) == 1
        if alone and not text[first.start : first.end].rstrip(_CLOSERS).endswith((".", "…")):
            headline = content[0]
    view = _text(text, spans, content, lang)
    credited = tuple(sources("\n".join(text[spans[k].start : spans[k].end] for k in content)))
    stems = frequencies([tokens[k] for k in content])
    return _Document(text, spans, tokens, content, headline, view, quotes_in(view), credited, stems, lang)


def _side(
    doc: _Document,
    prefix: str,
    source: str | None,
    labels: dict[int, Label],
    owners: dict[int, int],
    kinds: dict[int, Words],
    other: _Document,
) -> Side:
    content = set(doc.content)
    other_prefix = "R" if prefix == "L" else "L"
    sentences: Sequence[Sentence] = [
        Sentence(
            id=f"{prefix}{k + 1}",
            start=span.start,
            end=span.end,
            paragraph=span.paragraph,
            text=doc.text[span.start : span.end],
            words=len(doc.tokens[k]),
            label=labels.get(k, Label.UNIQUE if k in content else Label.BOILERPLATE),
            headline=k == doc.headline,
            pair=owners.get(k),
            reuse=stretches(doc.tokens[k], kinds.get(k), other.tokens, other_prefix) if k in content else (),
        )
        for k, span in enumerate(doc.spans)
    ]
    return Side(source=source, sentences=tuple(sentences), text=doc.text)
