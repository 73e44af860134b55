"""A project's settings file: thresholds, the check policy, and which copies have which sources.

A newsroom keeps its stories in git and says once, in a file at the top of the repository,
which files are edited copies of which sources::

    # .diffnews.toml (or the same under [tool.diffnews] in pyproject.toml)
    match = 0.5                       # any of compare's thresholds, as on the command line

    [check]
    fail-on = ["default", "dropped-source"]
    fail-on-minor = false             # true: minor findings fail too, not only material ones
    max-verbatim = 0.6                # at most 60% of a copy verbatim from its source
    min-coverage = 0.3                # a copy covers at least 30% of its source

    [[check.pairs]]
    copies = "copies/*.txt"           # a glob, relative to this file; ** crosses folders
    source = "sources/{stem}.txt"     # {stem} {name} {suffix} {parent} come from the copy

**Finding the file.** From the current folder upwards, the first folder that has a
``.diffnews.toml``, or a ``pyproject.toml`` with a ``[tool.diffnews]`` table, wins
(``.diffnews.toml`` first). The search stops at the top of the git repository (the folder that
holds ``.git``). ``--config FILE`` names the file instead. With no file, every setting has its
default and ``check`` needs ``--source``.

**Validation.** Every key is checked when the file is read: an unknown key, a wrong type, a
value out of range or a template with an unknown placeholder is an error that names the file,
the key and the problem (``ConfigError``, exit status 2 on the command line). Command-line
options override the file, key by key.

**Pairs.** A copy is a file that a ``copies`` glob matches, relative to the settings file's
folder; its source is the ``source`` template filled in from the copy's path. The first entry
that matches wins. Globs are matched by listing them (``glob.glob``), so "matches" means the
same for a file named on the command line as for ``diffnews check`` with no file, which checks
every copy the globs list.
"""

from __future__ import annotations

import glob
import os
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diffnews.checking.policy import Policy, Rule
from diffnews.config import Config, problem
from diffnews.errors import ConfigError, InputError
from diffnews.reading.inputs import STDIN

__all__ = ["FILE_NAME", "Pair", "Pairing", "Project", "find", "load", "read"]

FILE_NAME = ".diffnews.toml"

_ENGINE_KEYS = {  # key in the file -> Config field
    "match": "match",
    "candidate": "candidate",
    "excerpt": "excerpt",
    "shared": "shared",
    "join": "join",
    "short": "short",
    "fragment": "fragment",
    "paraphrase": "paraphrase",
    "semantic": "semantic",
    "keep-boilerplate": "boilerplate",
}
_CHECK_KEYS = ("fail-on", "fail-on-minor", "max-verbatim", "min-coverage", "pairs")
_PAIR_KEYS = ("copies", "source")
_PLACEHOLDERS = ("stem", "name", "suffix", "parent")

Pair = tuple[str, str]
"""A copy and its source, as paths to show and open."""


@dataclass(frozen=True)
class Pairing:
    """Copies that one glob lists, and the template that names each one's source."""

    copies: str
    source: str

    def source_of(self, copy: str) -> str:
        """The source path for ``copy`` (a path relative to the settings file's folder)."""
        path = Path(copy)
        parent = path.parent.as_posix()
        values = {"stem": path.stem, "name": path.name, "suffix": path.suffix, "parent": parent}
        return self.source.format_map(values)


@dataclass(frozen=True)
class Project:
    """What a settings file says. ``Project()`` is no file: everything at its default."""

    path: Path | None = None
    """The file it was read from."""
    engine: Mapping[str, Any] = field(default_factory=dict)
    """Config fields the file sets (``boilerplate``, not ``keep-boilerplate``)."""
    policy: Policy = field(default_factory=Policy)
    pairs: tuple[Pairing, ...] = ()

    @property
    def root(self) -> Path:
        """The folder the globs and templates are relative to."""
        return self.path.parent if self.path is not None else Path.cwd()

    def config(self, **overrides: Any) -> Config:
        """The thresholds: the file's, then ``overrides`` that are not None."""
        values = dict(self.engine)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return Config(**values)

    def copies(self) -> list[tuple[Path, Path]]:
        """Every (copy, source) the globs list, as absolute paths, sorted by copy."""
        found: dict[Path, Path] = {}
        for pairing in self.pairs:
            for name in sorted(glob.glob(pairing.copies, root_dir=self.root, recursive=True)):
                copy = self.root / name
                source = self.root / pairing.source_of(name)
                if copy.is_file() and copy not in found and _real(copy) != _real(source):
                    found[copy] = source
        return sorted(found.items())

    def resolve(self, names: Sequence[str], source: str | None = None) -> tuple[list[Pair], list[str]]:
        """The (copy, source) pairs to check, as paths to show, and the names skipped.

        With ``source``, every name is a copy of it (but the source itself, if named). Without,
        the globs decide: a name they list is a copy; a name that is some copy's source brings
        that copy (a file can be both); any other name is skipped. No names: every copy the
        globs list. Files are compared by their real paths, through symbolic links."""
        if source is not None:
            if not names:
                raise InputError("--source needs the copies to check: diffnews check COPY... --source SOURCE")
            if source == STDIN and (len(names) > 1 or STDIN in names):
                raise InputError("--source - reads standard input once: give exactly one COPY, a file")
            return [(n, source) for n in _unique(names) if _real(Path(n)) != _real(Path(source))], []
        if not self.pairs:
            where = f"{self.path}" if self.path is not None else f"a {FILE_NAME} file"
            raise InputError(
                f"no source to check against: pass --source SOURCE, or list copies and sources "
                f"under [[check.pairs]] in {where} (see docs/ci.md)"
            )
        listed = self.copies()
        if not names:
            return [(_shown(c), _shown(s)) for c, s in listed], []
        real = [(_real(c), _real(s), c, s) for c, s in listed]  # once, not once per name
        pairs: dict[Path, Pair] = {}
        skipped = []
        for name in _unique(names):
            if name != STDIN and not Path(name).exists():
                raise InputError(f"{name}: no such file; check the path")
            target = _real(Path(name))
            mine = [(key, s) for key, _, _, s in real if key == target]
            for key, own in mine:
                pairs.setdefault(key, (name, _shown(own)))
            theirs = [(key, c, s) for key, of, c, s in real if of == target]
            for key, copy, own in theirs:  # a changed source: check the copies made from it
                pairs.setdefault(key, (_shown(copy), _shown(own)))
            if not mine and not theirs:
                skipped.append(name)
        return list(pairs.values()), skipped


def find(start: Path | None = None) -> Path | None:
    """The settings file for the folder ``start`` (default: the current folder), or None."""
    folder = _absolute(start or Path.cwd())
    for here in (folder, *folder.parents):
        own = here / FILE_NAME
        if own.is_file():
            return own
        pyproject = here / "pyproject.toml"
        if pyproject.is_file() and "diffnews" in _tool(_toml(pyproject), pyproject):
            return pyproject
        if (here / ".git").exists():
            return None
    return None


def load(path: Path | str | None = None) -> Project:
    """The project settings from ``path``, or from the file ``find()`` finds, or the defaults."""
    if path is None:
        found = find()
        return read(found) if found is not None else Project()
    path = Path(path)
    if path.is_dir():
        raise InputError(f"--config {path}: is a directory; give the settings file itself")
    if not path.is_file():
        raise InputError(f"--config {path}: no such file; check the path")
    return read(path)


def read(path: Path) -> Project:
    """Read and check one settings file (``.diffnews.toml`` or a ``pyproject.toml``)."""
    document = _toml(path)
    shown = _shown(path)  # messages name the file as the user would
    if path.name == "pyproject.toml":
        table = _tool(document, path).get("diffnews", {})
        where = "[tool.diffnews]"
    else:
        table, where = document, "the top level"
    table = _table(table, shown, where)
    check_where = "[tool.diffnews.check]" if path.name == "pyproject.toml" else "[check]"
    _known(table, (*_ENGINE_KEYS, "check"), shown, where)
    engine = {}
    for key, name in _ENGINE_KEYS.items():
        if key in table:
            value = table[key]
            trouble = problem(name, value)
            if trouble is not None:
                raise ConfigError(f"{shown}: {key} {trouble}")
            engine[name] = not value if key == "keep-boilerplate" else value
    check = _table(table.get("check", {}), shown, check_where)
    _known(check, _CHECK_KEYS, shown, check_where)
    return Project(
        path=path.resolve(),
        engine=engine,
        policy=_policy(check, shown),
        pairs=tuple(_pairing(entry, shown, n) for n, entry in enumerate(_pairs(check, shown), 1)),
    )


def _policy(check: Mapping[str, Any], path: str) -> Policy:
    values: dict[str, Any] = {}
    if "fail-on" in check:
        rules = check["fail-on"]
        if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
            raise ConfigError(f"{path}: check.fail-on must be a list of rule names, not {rules!r}")
        try:
            values["fail_on"] = Rule.parse(rules)
        except ValueError as error:
            raise ConfigError(f"{path}: check.fail-on: {error}") from None
    if "fail-on-minor" in check:
        value = check["fail-on-minor"]
        if not isinstance(value, bool):
            raise ConfigError(f"{path}: check.fail-on-minor must be true or false, not {value!r}")
        values["fail_on_minor"] = value
    for key in ("max-verbatim", "min-coverage"):
        if key in check:
            value = check[key]
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ConfigError(f"{path}: check.{key} must be a number between 0 and 1, not {value!r}")
            values[key.replace("-", "_")] = float(value)
    return Policy(**values)


def _pairs(check: Mapping[str, Any], path: str) -> list[Any]:
    pairs = check.get("pairs", [])
    if not isinstance(pairs, list):
        raise ConfigError(f"{path}: check.pairs must be an array of tables ([[check.pairs]]), not {pairs!r}")
    return pairs


def _pairing(entry: Any, path: str, n: int) -> Pairing:
    where = f"check.pairs entry {n}"
    entry = _table(entry, path, where)
    _known(entry, _PAIR_KEYS, path, where)
    for key in _PAIR_KEYS:
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise ConfigError(f"{path}: {where}: '{key}' must be a non-empty path, not {entry.get(key)!r}")
    use = ", ".join("{" + p + "}" for p in _PLACEHOLDERS)
    try:
        fields = list(string.Formatter().parse(entry["source"]))
    except ValueError as error:  # a lone { or }
        raise ConfigError(f"{path}: {where}: source is not a valid template ({error}); use {use}") from None
    for _, name, spec, conversion in fields:
        if name is not None and (name not in _PLACEHOLDERS or spec or conversion):
            shown = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            raise ConfigError(f"{path}: {where}: source has the placeholder {{{shown}}}; use {use}")
    return Pairing(copies=entry["copies"], source=entry["source"])


def _toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except UnicodeDecodeError:
        raise ConfigError(f"{_shown(path)}: is not UTF-8 text; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{_shown(path)}: not valid TOML ({error}); fix the file") from None
    except OSError as error:
        shown = _shown(path)
        raise InputError(f"{shown}: cannot be read ({error.strerror}); check the file") from None


def _table(value: Any, path: str, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: {where} must be a table, not {value!r}")
    return value


def _known(table: Mapping[str, Any], keys: Iterable[str], path: str, where: str) -> None:
    known = list(keys)
    for key in table:
        if key not in known:
            raise ConfigError(f"{path}: unknown key '{key}' in {where}; known keys: {', '.join(known)}")


def _tool(document: Mapping[str, Any], path: Path) -> Mapping[str, Any]:
    tool = document.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{_shown(path)}: tool must be a table ([tool]), not {tool!r}")
    return tool


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _shown(path: Path) -> str:
    """A path as messages show it: relative to the current folder when it is inside it."""
    path = _absolute(path)
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()


def _unique(names: Sequence[str]) -> list[str]:
    """``names`` without repeats of one file (``a.txt`` and ``./a.txt``), in their order."""
    kept: dict[str | Path, str] = {}
    for name in names:
        kept.setdefault(name if name == STDIN else _real(Path(name)), name)
    return list(kept.values())
