from __future__ import annotations

from functools import cache

import pytest

import diffnews
from tests.cases import Case


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="Rewrite tests/golden/* from the current output instead of comparing with it.",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@cache
def report_of(case: Case) -> diffnews.Report:
    """The report for a fixture case, computed once per test run."""
    return diffnews.compare(
        case.left, case.right, left_source=case.left_path.name, right_source=case.right_path.name
    )
