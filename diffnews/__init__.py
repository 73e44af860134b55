"""diffnews: where two reports of the same story diverge.

>>> import diffnews
>>> report = diffnews.compare(open_left_text, open_right_text)   # doctest: +SKIP
>>> report.summary.left.percent.unique                            # doctest: +SKIP
>>> diffnews.check(edited_copy, source).findings                  # doctest: +SKIP
>>> diffnews.compare(diffnews.load("page.html"), diffnews.load("https://example.org/story"))  # doctest: +SKIP

``compare`` returns a ``Report`` (see ``diffnews.report``) and never prints; ``load`` reads a
file, standard input, a web page or a URL into a ``Document`` that ``compare`` takes too; ``check`` applies a
``Policy`` to an edited copy and its source (``diffnews.checking.policy``); ``similarity`` scores two
sentences from 0 to 1; ``Config`` holds every threshold.
"""

from __future__ import annotations

__version__ = "0.1.0"

from diffnews.aligning.models import similarity
from diffnews.checking.policy import Check, Finding, Policy, Rule, check
from diffnews.compare import compare
from diffnews.config import Config
from diffnews.errors import ConfigError, DiffnewsError, InputError
from diffnews.reading.inputs import Document, load
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

__all__ = [
    "Basis",
    "Check",
    "Config",
    "ConfigError",
    "Conflict",
    "DiffnewsError",
    "Document",
    "Finding",
    "InputError",
    "Label",
    "Pair",
    "Policy",
    "Quote",
    "QuoteStatus",
    "Report",
    "Rule",
    "Sentence",
    "Side",
    "Sources",
    "Summary",
    "__version__",
    "check",
    "compare",
    "load",
    "similarity",
]
