"""The fixture cases (``fixtures/*/expected.toml``, format in ``fixtures/README.md``) as data."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclass(frozen=True)
class Expectation:
    """One labelled group or sentence of a case."""

    case: str
    kind: str
    """"group" or "sentence"."""
    left: tuple[str, ...]
    """Snippets of the left sentences (empty for a right-side sentence)."""
    right: tuple[str, ...]
    label: str
    known_miss: str | None

    @property
    def id(self) -> str:
        first = (self.left or self.right)[0]
        return f"{self.case}:{self.kind}:{first[:40]}"


@dataclass(frozen=True)
class Case:
    name: str
    description: str
    left_path: Path
    right_path: Path
    expectations: tuple[Expectation, ...]

    @property
    def left(self) -> str:
        return self.left_path.read_text(encoding="utf-8-sig")

    @property
    def right(self) -> str:
        return self.right_path.read_text(encoding="utf-8-sig")


def load(folder: Path) -> Case:
    data = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))
    expectations = [
        Expectation(
            folder.name,
            "group",
            tuple(g["left"]),
            tuple(g["right"]),
            g["label"],
            g.get("known_miss"),
        )
        for g in data.get("group", [])
    ]
    expectations += [
        Expectation(
            folder.name,
            "sentence",
            (s["contains"],) if s["side"] == "left" else (),
            (s["contains"],) if s["side"] == "right" else (),
            s["label"],
            s.get("known_miss"),
        )
        for s in data.get("sentence", [])
    ]
    return Case(
        folder.name,
        data["description"],
        folder / data["left"],
        folder / data["right"],
        tuple(expectations),
    )


def cases() -> list[Case]:
    return [load(folder) for folder in sorted(FIXTURES.iterdir()) if (folder / "expected.toml").exists()]
