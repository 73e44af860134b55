"""Link precision and recall on the fixtures: of the groups diffnews makes, how many are groups a
careful reader expects (fixtures/*/expected.toml), and of those expected, how many it makes.

    python benchmarks/fixture_links.py

A group counts only when diffnews puts exactly the sentences the case names into one group,
known misses included (they are expectations diffnews does not meet yet). One line per case,
with the groups that are not expected, then the totals.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.cases import cases  # noqa: E402
from tests.conftest import report_of  # noqa: E402
from tests.test_fixtures import find  # noqa: E402


def main() -> int:
    made = right = expected_total = found_total = 0
    for case in cases():
        report = report_of(case)
        expected = {
            (
                frozenset(find(report, "left", s).id for s in e.left),
                frozenset(find(report, "right", s).id for s in e.right),
            )
            for e in case.expectations
            if e.kind == "group"
        }
        groups = {(frozenset(p.left), frozenset(p.right)): p for p in report.pairs}
        wrong = [
            f"{' '.join(sorted(k[0]))} ~ {' '.join(sorted(k[1]))} ({p.basis.value})"
            for k, p in groups.items()
            if k not in expected
        ]
        found = len(expected & groups.keys())
        made, right = made + len(groups), right + len(groups) - len(wrong)
        expected_total, found_total = expected_total + len(expected), found_total + found
        note = f"; not expected: {', '.join(wrong)}" if wrong else ""
        print(f"{case.name:<22} made {len(groups):>3}, expected {len(expected):>3}, found {found:>3}{note}")
    print(f"\nlink precision {right}/{made} = {right / made:.3f}; recall {found_total}/{expected_total} = "
          f"{found_total / expected_total:.3f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
