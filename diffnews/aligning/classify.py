"""Label an aligned group "shared" or "rephrased".

Alignment decides *whether* two passages say the same thing (content words, see
``models.score``). Labelling decides *how*: a group whose two sides use nearly the same
words, function words and word forms included, is "shared" (near-verbatim, a few words edited);
any other aligned group is "rephrased". The measure is ``models.surface``, the Dice
coefficient of the two sides' normalised words with order ignored, so a sentence split in two
or a clause moved to the front stays "shared". ``Config.shared`` (0.8 by default) is the line.

>>> from diffnews.config import Config
>>> label(0.9, Config()).value, label(0.5, Config()).value
('shared', 'rephrased')
"""

from __future__ import annotations

from diffnews.config import Config
from diffnews.report import Label

__all__ = ["label"]


def label(overlap: float, config: Config) -> Label:
    """The label of an aligned group whose two sides have word overlap ``overlap``."""
    return Label.SHARED if overlap >= config.shared else Label.REPHRASED
