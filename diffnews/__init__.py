"""diffnews: where two reports of the same story diverge.

>>> import diffnews
>>> report = diffnews.compare(open_left_text, open_right_text)   # doctest: +SKIP
>>> report.summary.left.percent.unique                            # doctest: +SKIP

``compare`` returns a ``Report`` (see ``diffnews.report``) and never prints; ``similarity``
scores two sentences from 0 to 1; ``Config`` holds every threshold.
"""

from __future__ import annotations

__version__ = "0.1.0"

from diffnews.compare import compare
from diffnews.config import Config
from diffnews.errors import ConfigError, DiffnewsError, InputError
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
from diffnews.similarity import similarity

__all__ = [
    "Basis",
    "Config",
    "ConfigError",
    "Conflict",
    "DiffnewsError",
    "InputError",
    "Label",
    "Pair",
    "Quote",
    "QuoteStatus",
    "Report",
    "Sentence",
    "Side",
    "Sources",
    "Summary",
    "__version__",
    "compare",
    "similarity",
]
