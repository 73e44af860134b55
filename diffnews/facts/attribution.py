"""Who says what: direct quotations, their speakers, and the sources a report credits.

Quotations
----------
A quotation is the text between quote marks: curly (“...”, „...“), straight ("..."), guillemets
either way («...», »...«, ‹...›) or corner brackets (「...」), double or single ('...', ‘...’: the
house style of UK tabloids), read within a paragraph by ``segment.quotations_in``, which tells a
straight mark's direction from what stands either side and a single mark from an apostrophe
(it's, Jones' car, '90s, rock 'n' roll). A quotation inside another is part of it. A mark left
open at the end of a paragraph closes there (news style repeats the opening mark on each
paragraph of a long quote and closes only the last); in text scraped without its paragraph
breaks, where the mark opens again.

Pieces of one statement become one ``Quotation``:
- pieces in the same sentence with no attribution between them ('vowed ... “regardless of
  the Americans’ choices” and “for as long as the Iraqi government is asking for our
  support.”');
- a quote interrupted by its attribution ('“Not Turkish forces,” he added. “This is ...”'):
  pieces of one paragraph whose gap is a short clause with a speech verb, when the second
  piece has no attribution of its own after it, and the clause does not end with a colon
  ('Lance Corporal Aisha Bello said: “...”' introduces a statement of its own);
- a quote that runs on over paragraphs: a piece left open at the end of its paragraph, and the
  piece that the next paragraph opens with; in text scraped as one block, a piece left open
  where a quote mark opens again, and the piece that mark opens.

Speakers
--------
Each quotation's speaker is read by ``speakers.py`` (in another language than English, by the
plainer rules of ``speech.py``, with the language's speech words, which also tell an attribution
between two pieces): the grammar of the attribution ("But PC Jones said", "said Bingley
councillor Sue Marsh", "The panel's chairman, Martin Oduya, said", "a spokeswoman for the firm
said"), and "he" or "she" as the last person quoted or introduced, not the nearest name.
``same_speaker`` and ``different_people`` are there too.

Matching
--------
A quotation's words are compared run by run: its pieces, cut again where a sentence ends or an
ellipsis marks a cut (``_runs``), with short forms of ranks and titles expanded ("Sgt" is
"Sergeant", forms.py). A copy may quote a statement in one piece or in several, in another
order, cut short or with "..." for what it leaves out, or join two of the speaker's quotations
into one: each of its runs is then an unbroken stretch of the source's words, and the statement
is ``verbatim`` (all of both sides' words, in any order of runs) or ``partial`` (an excerpt).
A changed word breaks its run: the quotation is ``altered``. A quotation the other side quotes
twice (in a headline and in the body, joined there to another) may be taken into both
statements. A quotation of one or two words pairs only with a counterpart (``MIN_WORDS``). See
``match_quotes``.

Sources
-------
What a report credits: "according to X", "X reported", "told X", "the union said", and
documents such as "a joint statement". Reporters and pronouns are not sources; people are
speakers, not sources.

>>> [(q.text, q.speaker) for q in quotations('“We will stay,” Macron said. “It is our duty.”')]
[('We will stay … It is our duty.', 'Macron')]
>>> [(q.text, q.speaker) for q in quotations('“We will stay,” Macron said. “It is our duty,” he added.')]
[('We will stay', 'Macron'), ('It is our duty', 'Macron')]
>>> sources("The talks ended, according to the Associated Press. Officials told Rudaw more.")
['Associated Press', 'Rudaw']
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from diffnews.facts import forms
from diffnews.facts.speakers import SPEECH, different_people, same_speaker, speakers
from diffnews.facts.speech import attributes
from diffnews.lang import profile
from diffnews.reading.segment import quotations_in
from diffnews.reading.text import Token

__all__ = [
    "MIN_WORDS",
    "Quotation",
    "QuoteMatch",
    "QuotesIn",
    "find_quotes",
    "match_quotes",
    "quotations",
    "quotes_in",
    "same_speaker",
    "sources",
]

_SPEECH = SPEECH
_WORD = r"[A-Z](?:[\w’'&-]|\.(?=\w))*"  # "Rudaw", "U.S", "Al-Amiri": a dot only inside a word
_DOCUMENTS = "joint statement|statement|press release|communiqué"
_BODIES = (  # "the union said" credits a body; "the minister said" quotes a person
    "service|ministry|agency|council|union|department|office|police|army|military|government|"
    "company|court|commission|committee|board|authority|authorities|organi[sz]ation|group|"
    "newspaper|network|channel|institute|university|bank|party|coalition|alliance"
)
_ORG = rf"{_WORD}(?:[ ]+{_WORD}){{0,5}}"  # an organisation: capitalised words on one line
_NOT_NAMES = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
}
_LINKS = "in|of|at|for|on|from|to|by|with|and|or|near|outside"
"""Words that join a description to a place, not to a name."""
_SOURCES = [
    re.compile(rf"\baccording to (?:the |a |an )?(?P<name>(?:joint |official )?statement|report|{_ORG})"),
    re.compile(rf"\baccording to the (?P<name>(?:[a-z]+ ){{0,2}}(?:{_BODIES}))\b"),  # the weather service
    # the grid operator Voltra: a description, then the name (not "the health ministry in Baghdad")
    re.compile(rf"\baccording to the (?:(?!(?:{_LINKS}) )[a-z]+ ){{1,3}}(?P<name>{_ORG})"),
    # the paper workers' union said
    re.compile(
        rf"\b[Tt]he (?P<name>(?:[a-z]+['’]? ){{0,2}}(?:{_BODIES})) (?:said|says|reported|announced)\b"
    ),
    re.compile(rf"(?P<name>{_ORG})\s+(?:reported|reports)\b"),
    # told Rudaw, told The Associated Press, told CNN: one word or a "The ..." name; "told
    # Emmanuel Macron" names a person, who is no source
    re.compile(rf"\b(?:told|tells)\s+(?P<name>The(?:[ ]+{_WORD}){{1,4}}|{_WORD})\b(?![ ]+[A-Z])"),
    re.compile(rf"\b(?:a|an|the)\s+(?:(?!joint)[a-z]+\s+)?(?P<name>{_DOCUMENTS})\b"),
]  # fmt: skip
_SOURCE_TITLES = {
    "president",
    "prime",
    "minister",
    "secretary",
    "gen",
    "gen.",
    "general",
    "dr",
    "dr.",
    "mr",
    "mr.",
}
"""Words dropped before a source's name (sources are bodies; a title says a person was read)."""


@dataclass(frozen=True)
class Quotation:
    """A direct quotation in one text."""

    text: str
    """The quoted words; pieces of one statement joined by " … "."""
    pieces: tuple[tuple[int, int], ...]
    """Offsets of each quoted piece (inside the marks) in the text."""
    sentences: tuple[int, ...]
    """Indexes of the sentences that hold the pieces."""
    speaker: str | None
    """Who says it, as the text names them (titles dropped), or None if no attribution is found."""


def _marks(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the inside of every quote, in order (``segment.quotations_in``: double
    and single marks, apostrophes told apart). One left open stops at its paragraph's end, or
    where a quote mark opens again in it (a run-on quote in text scraped without its breaks)."""
    spans = []
    for start, end in paragraphs:
        for open_, stop, closed in quotations_in(text, start, end):
            if not closed and stop < end:  # stopped where a mark opens again
                stop = open_ + 1 + len(text[open_ + 1 : stop].rstrip())
            if text[open_ + 1 : stop].strip():
                spans.append((open_ + 1, stop))
    return spans


def _locator(spans: Sequence[tuple[int, int]]) -> Callable[[int], int]:
    """For spans in reading order (sentences, paragraphs): a function giving the index of the
    span that holds an offset, or of the last one that starts before it (0 before the first)."""
    starts = [start for start, _ in spans]

    def index_of(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    return index_of


def _clean(name: str) -> str:
    """A source's name without a title before it or a trailing possessive."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in _SOURCE_TITLES:
        words = words[1:]
    cleaned = re.split(r"(?<=\w\w)\.\s", " ".join(words))[0]  # stop at a full stop, not at "W. Bush"
    return re.sub(r"[’']s$", "", cleaned).strip(" ,.")


def quotations(
    text: str,
    sentences: Sequence[tuple[int, int]] | None = None,
    paragraphs: Sequence[tuple[int, int]] | None = None,
    lang: str = "en",
) -> list[Quotation]:
    """The quotations of ``text``, in reading order, with their speakers. ``sentences`` and
    ``paragraphs`` are (start, end) offsets; by default the text is one paragraph, and each
    piece is its own sentence. ``lang`` is the text's language, whose speech words
    (``Profile.speech``) tell an attribution."""
    if lang == "en":

        def attributed(gap: str) -> bool:
            return re.search(rf"\b{_SPEECH}\b", gap) is not None

    else:
        language = profile(lang)

        def attributed(gap: str) -> bool:
            return attributes(gap, language)

    paragraphs = paragraphs or [(0, len(text))]
    spans = _marks(text, paragraphs)
    sentences = sentences or [(0, len(text))]
    sentence_of, paragraph_index = _locator(sentences), _locator(paragraphs)
    paragraph_of = [paragraph_index(start) for start, _ in spans]
    groups: list[list[tuple[int, int]]] = []
    for k, span in enumerate(spans):
        if groups:
            previous = groups[-1][-1]
            gap = text[previous[1] + 1 : span[0] - 1]
            attributed_gap = attributed(gap)
            # what follows this piece, up to the next quote: a speech verb there gives it an
            # attribution of its own, so it is another statement
            after = text[span[1] + 1 : spans[k + 1][0] if k + 1 < len(spans) else len(text)]
            attributed_after = attributed(after.split("\n")[0])
            same_sentence = sentence_of(previous[0]) == sentence_of(span[0])
            # an attribution between two pieces interrupts one statement, unless a colon ends it:
            # then it introduces the next piece ('... heartbroken.” Lance Corporal Aisha Bello
            # said: “He could ...”'), another statement
            interrupted = (
                paragraph_of[k] == paragraph_of[k - 1]
                and len(gap.split()) <= 8
                and attributed_gap
                and not gap.rstrip().endswith(":")
            )
            # left open at the end of its paragraph, and taken up by the quote mark that opens the
            # next: one statement that runs on
            runs_on = (
                paragraph_of[k] == paragraph_of[k - 1] + 1
                and previous[1] == paragraphs[paragraph_of[k - 1]][1]
                and span[0] - 1 == paragraphs[paragraph_of[k]][0]
            ) or (
                # in text scraped as one block, left open where its mark opens again (_marks)
                paragraph_of[k] == paragraph_of[k - 1] and not text[previous[1] : span[0] - 1].strip()
            )
            if (same_sentence and not attributed_gap) or (interrupted and not attributed_after) or runs_on:
                groups[-1].append(span)
                continue
        groups.append([span])
    held = [sorted({sentence_of(start) for start, _ in group}) for group in groups]
    said = speakers(text, sentences, groups, held, lang)
    out = []
    for group, where, speaker in zip(groups, held, said, strict=True):
        words = " … ".join(" ".join(text[s:e].split()).strip(" ,") for s, e in group)
        out.append(Quotation(words, tuple(group), tuple(where), speaker))
    return out


def sources(text: str) -> list[str]:
    """The sources ``text`` credits, in order of first mention, each once."""
    found: list[tuple[int, int, str]] = []
    for pattern in _SOURCES:
        for match in pattern.finditer(text):
            name = re.sub(r"^(?:The|A|An) ", "", _clean(match.group("name")))
            if name and name.split()[0] not in _NOT_NAMES:
                found.append((match.start("name"), match.end("name"), name))
    out: list[str] = []
    for start, end, name in sorted(found):
        inside = any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in found)
        if not inside and not any(name.lower() == seen.lower() for seen in out):
            out.append(name)
    return out


# ---- matching quotations across two texts -------------------------------------------------------

MIN_WORDS = 3
"""A shorter quotation ("utterly disgraceful", a “decision”, a title in quote marks) is matched
only with a counterpart: the same words or an unbroken stretch of them, or, in its aligned
passage, one speaker's other words (``_pair_short``). With none, it is a term in quote marks:
neither dropped nor invented."""


@dataclass(frozen=True)
class QuoteMatch:
    """One statement quoted in either text or both, in terms of each text's quotations."""

    left: tuple[int, ...]
    """Indexes of its quotations in the left text (pieces of one statement, or fragments)."""
    right: tuple[int, ...]
    status: str
    """verbatim, altered, partial, left_only, right_only or speaker_changed."""


def _norms(tokens: Sequence[Sequence[Token]]) -> list[str]:
    return [t.norm for words in tokens for t in words]


_SHORT_FIRST = frozenset(short.split()[0].replace(".", "") for short in forms.FORMS)
"""The first words of the short forms (forms.py): a run without one has none to expand."""


def _words(run: Sequence[Token]) -> tuple[str, ...]:
    """A run's words as quotations are compared: normalised, short forms of ranks, titles and
    places expanded ("Sgt Morley" and "Sergeant Morley" are the same words)."""
    norms = tuple(t.norm for t in run)
    return forms.expand(norms) if not _SHORT_FIRST.isdisjoint(norms) else norms


def _joined(words: Sequence[str]) -> str:
    return "\0" + "\0".join(words) + "\0"


def _inside(runs: Sequence[Sequence[str]], other: str) -> bool:
    """Every run is an unbroken stretch of ``other`` (words as ``_joined`` writes them)."""
    return all(_joined(run) in other for run in runs if run)


def _relation(
    a: list[str], b: list[str], aligned: bool, runs: tuple[Sequence[Sequence[str]], Sequence[Sequence[str]]]
) -> tuple[int, float]:
    """How two quotations relate: 3 the same words, 2 one inside the other (nine tenths of the
    shorter's words in order, or each of one's runs an unbroken stretch of the other), 1 the same
    statement in other words (their sentences aligned, a quarter of the words shared in
    order), 0 unrelated; and the share of the shorter found in the longer, in order."""
    if not a or not b:
        return 0, 0.0
    if a == b:
        return 3, 1.0
    inside = _in_order(a, b) / min(len(a), len(b))
    if inside >= 0.9 or _inside(runs[0], _joined(b)) or _inside(runs[1], _joined(a)):
        return 2, inside
    if aligned and inside >= 0.25:
        return 1, inside
    return 0, inside


def _in_order(a: list[str], b: list[str]) -> int:
    """How many words of ``a`` the other list has, in the same order (difflib's matching blocks)."""
    return sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def _share_found(a: list[str], b: list[str]) -> float:
    """Share of the words of ``a`` that ``b`` has, in the same order."""
    return _in_order(a, b) / len(a) if a else 0.0


_FRAGMENT = 0.9
"""A quotation joins another's statement as a fragment of it only if this much of its words are
in that one, in order: it is inside it, not around it (a body's quotation that holds a
headline's does not join the headline's statement)."""

_UNALIGNED = 0.9
"""Two quotations in sentences that are not aligned relate only if this much of the shorter
one's words are in the other (``_relation``)."""


def _near(left: list[list[str]], right: list[list[str]], share: float) -> set[tuple[int, int]]:
    """Every pair (i, j) whose word lists share, as multisets, at least ``share`` of the
    shorter one's words, and maybe some that do not. The k-th copy of a word is its own item;
    items are ranked rarest first over both sides, and a pair that shares that many items
    shares one of the shorter list's first len - ceil(share * len) + 1."""
    sides = [
        [[(w, k) for w, n in Counter(q).items() for k in range(n)] for q in side] for side in (left, right)
    ]
    frequency = Counter(item for side in sides for q in side for item in q)
    index: list[dict[tuple[str, int], list[int]]] = [{}, {}]
    for side, quotes in enumerate(sides):
        for k, items in enumerate(quotes):
            for item in items:
                index[side].setdefault(item, []).append(k)
    found = set()
    for side, quotes in enumerate(sides):
        other = sides[1 - side]
        for k, items in enumerate(quotes):
            ranked = sorted(items, key=lambda item: (frequency[item], item))
            length = len(ranked) - math.ceil(share * len(ranked) - 1e-9) + 1
            for item in ranked[:length]:
                for partner in index[1 - side].get(item, ()):
                    # the shorter list probes (the left one when both are as long)
                    if len(other[partner]) > len(items) or (len(other[partner]) == len(items) and side == 0):
                        found.add((k, partner) if side == 0 else (partner, k))
    return found


def match_quotes(
    left: Sequence[Sequence[Sequence[Token]]],
    right: Sequence[Sequence[Sequence[Token]]],
    aligned: Collection[tuple[int, int]],
    speakers: tuple[Sequence[str | None], Sequence[str | None]] | None = None,
) -> list[QuoteMatch]:
    """Match the quotations of two texts. ``left[k]`` is the words of left quotation k, run by
    run (``quotes_in``: its pieces, cut again at each sentence's end and at each ellipsis);
    ``aligned`` holds the pairs (k, l) of quotations whose sentences are in one aligned group;
    ``speakers``, each side's speaker of each quotation, if known.

    Quotations pair up best first: the same words, then one inside the other, then the same
    statement reworded. A quotation may also take several fragments from the other side when
    each is inside it (``_FRAGMENT``): the aggregator quotes "no foreign forces" in one
    sentence and the rest of al-Amiri's words in the next; a copy quotes the second paragraph
    of a statement first.
    Then a statement joined from two (a copy's "A ... D" of the wire's "A B" and "C D") takes
    in the other side's quotation that holds a run it has no counterpart for, of three words
    or more, when its speaker is no other person's (``_join``). Short quotations (fewer than
    ``MIN_WORDS`` words) pair last, one to one: as the same words or a stretch of the other's,
    given to no other person, else with changed words in their passage (``_pair_short``); one
    with no counterpart is left out.

    The status is read over the runs: ``verbatim`` when the words are the same or each side's
    runs are all unbroken stretches of the other's words (the same sentences, in another
    order); ``partial`` when one side's are (an excerpt: sentences or clauses cut, marked or
    not) or nine tenths of the shorter's words are in the longer in order; else ``altered``.
    Speakers are compared by the caller."""
    runs = [[[_words(run) for run in q] for q in side] for side in (left, right)]
    words = [[[w for run in q for w in run] for q in side] for side in runs]
    words_left, words_right = words
    # The words two quotations share, as multisets, bound the words they share in order: a
    # pair whose bound is below what _relation asks (0.25 of the shorter when aligned, else
    # 0.9) is unrelated without running difflib on it. Pairs not aligned are found with a
    # prefix filter (as in candidates.passage_pairs): to share 0.9 of the shorter quotation's
    # words, two must share one of its rarest few, so only those are looked up.
    counts = [[Counter(q) for q in side] for side in (words_left, words_right)]
    short = [[len(q) < MIN_WORDS for q in side] for side in words]
    edges = []
    short_edges = []
    for i, j in sorted(set(aligned) | _near(words_left, words_right, _UNALIGNED)):
        a, b = words_left[i], words_right[j]
        if not a or not b:
            continue
        if short[0][i] or short[1][j]:
            # a short quotation pairs here only as the same words or an unbroken stretch of
            # the other's, given to no other person; changed, it may pair in _pair_short
            held = (short[0][i] and _inside(runs[0][i], _joined(b))) or (
                short[1][j] and _inside(runs[1][j], _joined(a))
            )
            if held and (speakers is None or not different_people(speakers[0][i], speakers[1][j])):
                short_edges.append((a != b, i, j))
            continue
        common = sum((counts[0][i] & counts[1][j]).values())
        together = (i, j) in aligned
        if common / min(len(a), len(b)) < (0.25 if together else _UNALIGNED):
            continue
        strength, inside = _relation(a, b, together, (runs[0][i], runs[1][j]))
        if strength:
            # of two equal candidates, the one the same person says first: a wire resend that
            # corrects a name repeats the quotation under the right one
            other = speakers is not None and different_people(speakers[0][i], speakers[1][j])
            edges.append((-strength, -inside, other, i, j))
    entries: list[tuple[list[int], list[int]]] = []

    def fits(side: int, k: int, entry: int) -> bool:
        """Quotation k of ``side`` may join the entry: its speaker is no other person's."""
        if speakers is None:
            return True
        said = [speakers[s][q] for s in (0, 1) for q in entries[entry][s]]
        return not any(different_people(speakers[side][k], other) for other in said)

    owners: tuple[dict[int, int], dict[int, int]] = ({}, {})
    owner_left, owner_right = owners
    for minus_strength, _, _, i, j in sorted(edges):
        if i in owner_left and j in owner_right:
            continue
        if i not in owner_left and j not in owner_right:
            owner_left[i] = owner_right[j] = len(entries)
            entries.append(([i], [j]))
        elif minus_strength != -2:
            continue
        elif (
            i not in owner_left
            and len(entries[owner_right[j]][1]) == 1
            and _share_found(words_left[i], words_right[j]) >= _FRAGMENT
            and fits(0, i, owner_right[j])
        ):
            entries[owner_right[j]][0].append(i)  # another fragment of right quotation j
            owner_left[i] = owner_right[j]
        elif (
            j not in owner_right
            and len(entries[owner_left[i]][0]) == 1
            and _share_found(words_right[j], words_left[i]) >= _FRAGMENT
            and fits(1, j, owner_left[i])
        ):
            entries[owner_left[i]][1].append(j)
            owner_right[j] = owner_left[i]
    # a short quotation pairs last, one to one: never a fragment of a longer statement (a
    # headline's "gentle giant" beside the body's whole quotation adds nothing to read)
    for _, i, j in sorted(short_edges):
        if i not in owner_left and j not in owner_right:
            owner_left[i] = owner_right[j] = len(entries)
            entries.append(([i], [j]))
    _join(entries, owners, runs, words, speakers, aligned)
    _pair_short(entries, owners, short, speakers, aligned)
    out = []
    for lefts, rights in entries:
        lefts, rights = sorted(lefts), sorted(rights)
        pieces = ([r for i in lefts for r in runs[0][i]], [r for j in rights for r in runs[1][j]])
        a = [w for i in lefts for w in words_left[i]]
        b = [w for j in rights for w in words_right[j]]
        both = _inside(pieces[0], _joined(b)), _inside(pieces[1], _joined(a))
        if a == b or all(both):
            status = "verbatim"
        elif any(both) or _relation(a, b, True, (pieces[0], pieces[1]))[0] >= 2:
            status = "partial"
        else:
            status = "altered"
        out.append(QuoteMatch(tuple(lefts), tuple(rights), status))
    # a short quotation with no counterpart is a term in quote marks, or a word the other side
    # does not quote: neither dropped nor invented
    alone = [
        [k for k in range(len(side)) if not (k in owners[n] or short[n][k])]
        for n, side in enumerate((left, right))
    ]
    out += [QuoteMatch((i,), (), "left_only") for i in alone[0]]
    out += [QuoteMatch((), (j,), "right_only") for j in alone[1]]
    return out


def _pair_short(
    entries: list[tuple[list[int], list[int]]],
    owners: tuple[dict[int, int], dict[int, int]],
    short: Sequence[Sequence[bool]],
    speakers: tuple[Sequence[str | None], Sequence[str | None]] | None,
    aligned: Collection[tuple[int, int]],
) -> None:
    """Pair each short quotation (fewer than ``MIN_WORDS`` words) left unmatched with an
    unmatched quotation of the other side in its aligned passage, in place, when the two are
    one speaker's: one of them is given to a speaker and the other to no other person, or
    neither is given to anyone but the passage quotes one named speaker on both sides. Their
    words differ (the same words paired before), so the statement is ``altered``: "deeply
    disappointing" for "utterly disgraceful". A short quotation of no one's, in a passage that
    quotes no one, is a term in quote marks (docs/quotes.md), and is not paired here. Two short
    quotations pair first, then in reading order."""
    if speakers is None:
        return
    partners: tuple[dict[int, set[int]], dict[int, set[int]]] = ({}, {})
    for i, j in aligned:
        partners[0].setdefault(i, set()).add(j)
        partners[1].setdefault(j, set()).add(i)

    def quoted_on_both_sides(i: int, j: int) -> bool:
        return any(
            speakers[0][i2] and same_speaker(speakers[0][i2], speakers[1][j2])
            for i2 in partners[1].get(j, ())
            for j2 in partners[0].get(i, ())
            if (i2, j2) in aligned
        )

    candidates = []
    for i, j in sorted(aligned):
        if i in owners[0] or j in owners[1] or not (short[0][i] or short[1][j]):
            continue
        a, b = speakers[0][i], speakers[1][j]
        if different_people(a, b) or (a is None and b is None and not quoted_on_both_sides(i, j)):
            continue
        candidates.append((not (short[0][i] and short[1][j]), i, j))
    for _, i, j in sorted(candidates):
        if i not in owners[0] and j not in owners[1]:
            owners[0][i] = owners[1][j] = len(entries)
            entries.append(([i], [j]))


def _join(
    entries: list[tuple[list[int], list[int]]],
    owners: tuple[dict[int, int], dict[int, int]],
    runs: Sequence[Sequence[Sequence[tuple[str, ...]]]],
    words: Sequence[Sequence[Sequence[str]]],
    speakers: tuple[Sequence[str | None], Sequence[str | None]] | None,
    aligned: Collection[tuple[int, int]],
) -> None:
    """Give each matched statement the other side's quotations that hold the runs it has no
    counterpart for, in place (``match_quotes`` says when):

    - an unmatched quotation that holds the run unbroken (a statement joined from two);
    - else one matched to another statement that does: a paper quotes a sentence of the wire's
      in its headline and again in the body, joined there to the sentence before it;
    - else, when the run starts (or ends) with words the statement's other side has, one that
      holds the rest of it unbroken: two quotations joined into one sentence ("... protect us,
      nobody from the council ...");
    - else an unmatched one aligned with it that holds half of the run's words in order (a
      piece of the statement reworded, which makes the statement altered);
    - else, the same reworded, one matched to another statement (the headline's again), if the
      quotation the run is in has three quarters of its words, in order (``_SHARED_WHOLE``).

    Short quotations (``MIN_WORDS``) are not taken in."""
    index: list[dict[str, set[int]]] = [{}, {}]  # per side: word -> unmatched quotations with it
    for side in (0, 1):
        for k, quote in enumerate(words[side]):
            if k not in owners[side] and len(quote) >= MIN_WORDS:
                for w in quote:
                    index[side].setdefault(w, set()).add(k)
    every: list[dict[str, set[int]]] = []  # per side: word -> quotations with it, when first asked

    def everything(side: int) -> dict[str, set[int]]:
        if not every:
            for quotes in words:
                every.append({})
                for k, quote in enumerate(quotes):
                    if len(quote) >= MIN_WORDS:
                        for w in quote:
                            every[-1].setdefault(w, set()).add(k)
        return every[side]

    partners: tuple[dict[int, set[int]], dict[int, set[int]]] = ({}, {})
    for i, j in aligned:
        partners[0].setdefault(i, set()).add(j)
        partners[1].setdefault(j, set()).add(i)
    shares: dict[tuple[int, int, int], float] = {}

    def quoted(side: int, k: int, p: int) -> float:
        """The share of the other side's quotation p's words that quotation k has, in order."""
        if (side, k, p) not in shares:
            shares[side, k, p] = _share_found(list(words[1 - side][p]), list(words[side][k]))
        return shares[side, k, p]

    for number, entry in enumerate(entries):
        borrowed: set[tuple[int, int]] = set()  # (side, quotation) matched elsewhere, taken in here
        for side in (0, 1):
            other = 1 - side
            if not words[other]:
                continue
            held = entry[other]
            text = _joined([w for k in sorted(held) for w in words[other][k]])
            for k in list(entry[side]):
                if (side, k) in borrowed:
                    continue  # its own statement's runs are that statement's business
                for run in runs[side][k]:
                    if len(run) < MIN_WORDS or _joined(run) in text:
                        continue
                    said = [speakers[s][q] for s in (0, 1) for q in entry[s]] if speakers else []
                    # a quotation matched elsewhere is taken in only whole: k quotes all of it
                    whole = _joined(words[side][k])
                    found = _holding(run, index[other], words[other])
                    shared = False
                    if found is None:
                        found = _holding(run, everything(other), words[other], held, whole)
                        shared = found is not None
                    if found is None:
                        rest = _uncovered(run, text)
                        if len(rest) >= MIN_WORDS:
                            found = _holding(rest, index[other], words[other])
                            if found is None:
                                found = _holding(rest, everything(other), words[other], held, whole)
                                shared = found is not None
                    if found is None:
                        near = {p for q in entry[side] for p in partners[side].get(q, ())}
                        found = next(
                            (
                                p
                                for p in sorted(near)
                                if p not in owners[other]
                                and len(words[other][p]) >= MIN_WORDS
                                and _share_found(list(run), list(words[other][p])) >= 0.5
                            ),
                            None,
                        )
                    if found is None:
                        # matched elsewhere, reworded here: k quotes most of it, in order
                        found = next(
                            (
                                p
                                for p in sorted(partners[side].get(k, ()))
                                if p in owners[other]
                                and p not in held
                                and len(words[other][p]) >= MIN_WORDS
                                and quoted(side, k, p) >= _SHARED_WHOLE
                                and _share_found(list(run), list(words[other][p])) >= 0.5
                            ),
                            None,
                        )
                        shared = found is not None
                    if found is None or (
                        speakers and any(different_people(speakers[other][found], s) for s in said)
                    ):
                        continue
                    held.append(found)
                    if shared:
                        borrowed.add((other, found))
                    else:
                        owners[other][found] = number
                        for w in words[other][found]:
                            index[other][w].discard(found)
                    text = _joined([w for q in sorted(held) for w in words[other][q]])


_SHARED_WHOLE = 0.75
"""A quotation matched to one statement joins another, reworded, only if that one quotes this
much of its words, in order (``_join``)."""


def _uncovered(run: Sequence[str], text: str) -> Sequence[str]:
    """What is left of ``run`` once its longest start, or else its longest end, that is an
    unbroken stretch of ``text`` (words as ``_joined`` writes them) is cut off; all of it if
    neither is. A stretch's start is a stretch too, so each is found by bisection."""

    def longest(inside: Callable[[int], bool]) -> int:
        lo, hi = 0, len(run)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if inside(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo

    head = longest(lambda n: _joined(run[:n]) in text)
    tail = longest(lambda n: _joined(run[len(run) - n :]) in text)
    return run[head:] if head >= tail else run[: len(run) - tail]


def _holding(
    run: Sequence[str],
    index: dict[str, set[int]],
    words: Sequence[Sequence[str]],
    but: Collection[int] = (),
    within: str | None = None,
) -> int | None:
    """The first quotation of ``index`` (but not of ``but``) whose words hold ``run`` unbroken,
    and, if ``within`` is given, are an unbroken stretch of it; None if there is none."""
    candidates: set[int] | None = None
    for w in set(run):
        found = index.get(w, set())
        candidates = found if candidates is None else candidates & found
        if not candidates:
            return None
    needle = _joined(run)
    return next(
        (
            k
            for k in sorted(candidates or ())
            if k not in but and needle in (whole := _joined(words[k])) and (within is None or whole in within)
        ),
        None,
    )


# ---- the quotes of a comparison -----------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """What quote finding needs of one document: its text, sentences and words."""

    text: str
    sentences: Sequence[tuple[int, int]]
    paragraphs: Sequence[tuple[int, int]]
    content: frozenset[int]
    """Sentences that are not page furniture."""
    lang: str = "en"
    """Its language (a code of ``diffnews.lang``), whose speech words tell attributions."""


@dataclass(frozen=True)
class QuoteFound:
    """A statement quoted by either text or both, in terms of each text's sentence indexes."""

    members: tuple[tuple[int, ...], tuple[int, ...]]
    text: str
    speakers: tuple[str | None, str | None]
    texts: tuple[str | None, str | None]
    status: str
    changed: tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]
    unquoted: tuple[tuple[int, ...], tuple[int, ...]]

    def mirrored(self) -> QuoteFound:
        swap = {"left_only": "right_only", "right_only": "left_only"}
        return QuoteFound(
            self.members[::-1],
            self.text,
            self.speakers[::-1],
            self.texts[::-1],
            swap.get(self.status, self.status),
            self.changed[::-1],
            self.unquoted[::-1],
        )


_RUN_ENDS = re.compile(r"[.!?…]")
"""Marks that end a run of a quotation's words: a sentence's end, an ellipsis ("...", "…")."""


def _runs(doc: Text, quote: Quotation) -> list[list[Token]]:
    """A quotation's words, run by run: each piece, cut again where a sentence ends or an
    ellipsis marks a cut between two words (a mark inside a word, "U.S." or "3.5", cuts
    nothing). The runs are what a copy may reorder or cut between (``match_quotes``)."""
    from diffnews.reading.text import tokenize

    out = []
    for start, end in quote.pieces:
        tokens = tokenize(doc.text, start, end, doc.lang)
        starts = [t.start for t in tokens]
        cuts = set()
        for mark in _RUN_ENDS.finditer(doc.text, start, end):
            k = bisect.bisect_right(starts, mark.start())
            if 0 < k < len(tokens) and mark.start() >= tokens[k - 1].end:
                cuts.add(k)
        at = 0
        for k in sorted(cuts):
            out.append(tokens[at:k])
            at = k
        out.append(tokens[at:])
    return [run for run in out if run]


@dataclass(frozen=True)
class QuotesIn:
    """The quotations of one document that take part in matching, and their words."""

    quotes: tuple[Quotation, ...]
    tokens: tuple[list[list[Token]], ...]
    """Per quotation, run by run (``_runs``): its words."""


def quotes_in(doc: Text) -> QuotesIn:
    """The quotations of ``doc`` in its content sentences, with their words: what
    ``find_quotes`` matches, found once per document. Short ones (fewer than ``MIN_WORDS``
    words) are matched only with a counterpart (``match_quotes``)."""
    quotes, tokens = [], []
    for quote in quotations(doc.text, doc.sentences, doc.paragraphs, doc.lang):
        words = _runs(doc, quote)
        if set(quote.sentences) & doc.content and any(words):
            quotes.append(quote)
            tokens.append(words)
    return QuotesIn(tuple(quotes), tuple(tokens))


def find_quotes(
    docs: tuple[Text, Text],
    groups: Sequence[tuple[Sequence[int], Sequence[int]]],
    known: tuple[QuotesIn, QuotesIn] | None = None,
) -> list[QuoteFound]:
    """The quotations of two aligned documents, matched (see ``match_quotes``), with speakers,
    statuses, word diffs and, for a quotation on one side only, the sentences of the other
    side that carry it unquoted. ``groups`` are the aligned groups as sentence indexes.
    ``known`` are each document's ``quotes_in``, if already found."""
    from diffnews.aligning.worddiff import changed
    from diffnews.reading.text import tokenize

    each = known or (quotes_in(docs[0]), quotes_in(docs[1]))
    found = [list(q.quotes) for q in each]
    tokens = [list(q.tokens) for q in each]  # per side, per quotation, per run: its words
    group_of = [{k: n for n, g in enumerate(groups) for k in g[side]} for side in (0, 1)]

    # the pairs of quotations whose sentences share an aligned group, found through the groups
    # (not by trying every pair: long documents quote thousands of times)
    right_in: dict[int, set[int]] = {}
    for j, b in enumerate(found[1]):
        for k in b.sentences:
            if k in group_of[1]:
                right_in.setdefault(group_of[1][k], set()).add(j)
    aligned = {
        (i, j)
        for i, a in enumerate(found[0])
        for k in a.sentences
        if k in group_of[0]
        for j in right_in.get(group_of[0][k], ())
    }
    out = []
    said = ([q.speaker for q in found[0]], [q.speaker for q in found[1]])
    for match in match_quotes(tokens[0], tokens[1], aligned, said):
        sides = (match.left, match.right)
        held = [[found[side][k] for k in sides[side]] for side in (0, 1)]
        speakers = tuple(next((q.speaker for q in qs if q.speaker), None) for qs in held)
        status = match.status
        if different_people(speakers[0], speakers[1]):
            status = "speaker_changed"
        texts = [" … ".join(q.text for q in qs) for qs in held]
        words = [[t for k in sides[side] for piece in tokens[side][k] for t in piece] for side in (0, 1)]
        spans: tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]] = ((), ())
        if words[0] and words[1] and status != "verbatim":
            spans = changed(words[0], words[1], docs[0].text, docs[1].text)
        unquoted: list[tuple[int, ...]] = [(), ()]
        for side in (0, 1):
            other = 1 - side
            if held[side] and not held[other]:
                near = sorted(
                    {
                        k
                        for q in held[side]
                        for s in q.sentences
                        if s in group_of[side]
                        for k in groups[group_of[side][s]][other]
                    }
                )
                carried = [
                    tokenize(docs[other].text, *docs[other].sentences[k], docs[other].lang) for k in near
                ]
                if near and _share_found(_norms([words[side]]), _norms(carried)) >= 0.5:
                    unquoted[other] = tuple(near)
        out.append(
            QuoteFound(
                (
                    tuple(sorted({s for q in held[0] for s in q.sentences})),
                    tuple(sorted({s for q in held[1] for s in q.sentences})),
                ),
                max(texts, key=lambda t: len(t.split())),
                (speakers[0], speakers[1]),
                (texts[0] or None, texts[1] or None),
                status,
                spans,
                (unquoted[0], unquoted[1]),
            )
        )
    return out
