"""Renderers: each reads a ``Report`` and nothing else. Sizes they share with the CLI live here,
so that the CLI's help can name them without importing rich."""

NARROW = 60
"""Below this many columns, the ``auto`` layout stacks the two sides."""

FILE_WIDTH = 100
"""Width of the terminal view when it is written to a file with --output."""
