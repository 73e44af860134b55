"""Renderers: each reads a ``Report`` and nothing else. Sizes they share with the CLI live here,
so that the CLI's help can name them without importing rich."""

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


def pieces(start: int, end: int, text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[str, bool]]:
    """A sentence's ``text`` (at offsets ``start``-``end`` of its side) cut where the changed-word
    ``spans`` (offsets of that side) begin and end: ``(piece, changed)`` in order, joining back to
    ``text``.

    >>> pieces(10, 25, "Troops will go.", ((17, 21),))
    [('Troops ', False), ('will', True), (' go.', False)]
    """
    out: list[tuple[str, bool]] = []
    cursor = 0
    for s, e in sorted(spans):
        if s >= end or e <= start:
            continue
        a, b = max(s, start) - start, min(e, end) - start
        if a > cursor:
            out.append((text[cursor:a], False))
        if b > max(a, cursor):
            out.append((text[max(a, cursor) : b], True))
        cursor = max(cursor, b)
    if cursor < len(text):
        out.append((text[cursor:], False))
    return out
