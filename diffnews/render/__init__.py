"""Renderers: each reads a ``Report`` and nothing else. Sizes they share with the CLI live here,
so that the CLI's help can name them without importing rich."""

import itertools
from collections.abc import Callable

from diffnews.report import Reuse, Sentence, Side

NARROW = 60
"""Below this many columns, the ``auto`` layout stacks the two sides."""

FILE_WIDTH = 100
"""Width of the terminal view when it is written to a file with --output."""


def title(source: str | None, side: str) -> str:
    """What a view calls a side: a file's name, a URL without its scheme, or the side's name
    when the text came from the library."""
    if source is None:
        return side
    if "://" in source:
        return source.split("://", 1)[1].rstrip("/") or source
    return source.replace("\\", "/").rsplit("/", 1)[-1] or source


def language_note(side: Side) -> str | None:
    """How a view says which language a side was read in, after the side's name, when it is not
    English (English is the default and needs no word): "in German (de)", "in ku, which
    diffnews has no profile for: read neutrally (sentence marks, no stemming)"."""
    from diffnews.lang import profile

    language = side.language
    if language is None or language.profile == "en":
        return None
    if language.profile != "und":
        return f"in {profile(language.profile).name} ({language.code})"
    what = (
        "in no language that could be told"
        if language.code == "und"
        else f"in {language.code}, which diffnews has no profile for"
    )
    return f"{what}: read neutrally (sentence marks, no stemming)"


def kinds(sentence: Sentence, spans: tuple[tuple[int, int], ...]) -> list[tuple[str, Reuse | None, bool]]:
    """A sentence's text cut where its reuse stretches and the changed-word ``spans`` begin and
    end: ``(piece, kind, changed)`` in order, joining back to the text. ``kind`` is the stretch's
    kind, or None between stretches (the space or punctuation after a stretch's last word).

    >>> from diffnews.report import Label, Stretch
    >>> s = Sentence("R1", 0, 15, 0, "Troops will go.", 3, Label.SHARED, False, 0,
    ...              (Stretch(Reuse.COPIED, 0, 6, 1, None), Stretch(Reuse.REWORDED, 7, 14, 2, None)))
    >>> for piece, kind, changed in kinds(s, ((7, 11),)):
    ...     print(repr(piece), kind and kind.value, changed)
    'Troops' copied False
    ' ' None False
    'will' reworded True
    ' go' reworded False
    '.' None False
    """
    cuts = {0, len(sentence.text)}
    for start, end in (*((r.start, r.end) for r in sentence.reuse), *spans):
        cuts.update(min(max(x - sentence.start, 0), len(sentence.text)) for x in (start, end))
    bounds = sorted(cuts)
    cut: list[tuple[str, Reuse | None, bool]] = []
    for a, b in itertools.pairwise(bounds):
        at = sentence.start + a
        kind = next((r.kind for r in sentence.reuse if r.start <= at < r.end), None)
        changed = kind is not Reuse.COPIED and any(s <= at < e for s, e in spans)
        cut.append((sentence.text[a:b], kind, changed))
    # the space or punctuation between stretches is changed only between two changed pieces
    cut = [
        (
            piece,
            kind,
            changed and (kind is not None or (0 < n < len(cut) - 1 and cut[n - 1][2] and cut[n + 1][2])),
        )
        for n, (piece, kind, changed) in enumerate(cut)
    ]
    out: list[tuple[str, Reuse | None, bool]] = []
    for piece, kind, changed in cut:
        if out and out[-1][1] is kind and out[-1][2] == changed:
            out[-1] = (out[-1][0] + piece, kind, changed)
        else:
            out.append((piece, kind, changed))
    return out


def wrap(
    cut: list[tuple[str, Reuse | None, bool]],
    kind_marks: dict[Reuse, tuple[str, str]],
    changed_marks: tuple[str, str],
    show: Callable[[str], str],
) -> str:
    """The pieces of ``kinds`` as one string, each stretch of a kind in ``kind_marks`` between
    its marks and each changed piece between ``changed_marks`` (inside the kind's), the text
    passed through ``show`` (escaping). A mark closes before the space or punctuation that
    follows its last word, so marks always touch the words they hold.

    >>> wrap([("Troops", Reuse.COPIED, False), (" ", None, False), ("will go", Reuse.NEW, True)],
    ...      {Reuse.NEW: ("[#", "#]")}, ("{+", "+}"), str)
    'Troops [#{+will go+}#]'
    """
    shown: list[str] = []
    now: tuple[Reuse | None, bool] = (None, False)  # the kind mark open, and whether changed is
    for piece, kind, changed in cut:
        want = (kind if kind in kind_marks else None, changed)
        if want != now:
            if now[1]:
                shown.append(changed_marks[1])
            if now[0] is not None and want[0] is not now[0]:
                shown.append(kind_marks[now[0]][1])
            if want[0] is not None and want[0] is not now[0]:
                shown.append(kind_marks[want[0]][0])
            if want[1]:
                shown.append(changed_marks[0])
            now = want
        shown.append(show(piece))
    if now[1]:
        shown.append(changed_marks[1])
    if now[0] is not None:
        shown.append(kind_marks[now[0]][1])
    return "".join(shown)
