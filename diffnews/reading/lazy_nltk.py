"""Load the two nltk modules diffnews uses without paying for the rest of nltk.

diffnews needs two small modules of nltk: Punkt (``nltk.tokenize.punkt``) and the Snowball
stemmer (``nltk.stem.snowball``). A plain ``import nltk.tokenize.punkt`` first runs
``nltk/__init__.py``, which imports every subpackage (parsers, corpora, metrics, translation,
and scipy.stats when scipy is installed, as diffnews needs it): 0.4 s here without scipy, 2 s
with it, more than the whole comparison.
A pre-commit hook pays that on every commit.

So :func:`load` imports the module the way Python would, but with empty stand-ins for the
packages above it (``nltk``, ``nltk.tokenize``, ``nltk.stem``), so their ``__init__`` files
never run, and a stand-in ``nltk.corpus`` whose ``stopwords`` is ``None`` (the stemmer only
reads it with ``ignore_stopwords=True``, which diffnews never asks for). The two modules and
the few they import (``nltk.probability``, ``nltk.tokenize.api``, ...) are nltk's own code,
unchanged. Afterwards every ``nltk`` entry the load added is taken out of ``sys.modules`` again,
so a program that imports nltk later gets the real, complete package.

If nltk is already imported, or the shortcut fails for any reason (a future nltk whose module
needs something from its package ``__init__``), :func:`load` falls back to the plain import:
slower, never wrong.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
import threading
import types

__all__ = ["load"]

_lock = threading.Lock()


def load(name: str) -> types.ModuleType:
    """The module ``nltk.<name>``, e.g. ``load("tokenize.punkt")``."""
    full = f"nltk.{name}"
    with _lock:
        if "nltk" in sys.modules:
            return importlib.import_module(full)
        before = set(sys.modules)
        module = None
        try:
            _stand_ins(full)
            module = importlib.import_module(full)
        except Exception:  # any failure means: take the slow, sure road below
            pass
        finally:
            _forget(before)
        return module if module is not None else importlib.import_module(full)


def _stand_ins(full: str) -> None:
    spec = importlib.util.find_spec("nltk")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("nltk is not installed")
    root = next(iter(spec.submodule_search_locations))
    parts = full.split(".")[:-1]  # the packages above the module: nltk, nltk.tokenize
    for depth in range(1, len(parts) + 1):
        package = ".".join(parts[:depth])
        _package(package, "/".join([root, *parts[1:depth]]))
    corpus = types.ModuleType("nltk.corpus")
    corpus.stopwords = None  # type: ignore[attr-defined]
    sys.modules["nltk.corpus"] = corpus


def _package(name: str, path: str) -> None:
    module = types.ModuleType(name)
    spec = importlib.machinery.ModuleSpec(name, None, is_package=True)
    spec.submodule_search_locations = [path]
    module.__spec__ = spec
    module.__path__ = [path]
    sys.modules[name] = module


def _forget(before: set[str]) -> None:
    for name in set(sys.modules) - before:
        if name == "nltk" or name.startswith("nltk."):
            del sys.modules[name]
