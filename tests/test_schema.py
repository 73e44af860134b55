"""The JSON report against its JSON Schema (diffnews/schema/report.schema.json)."""

from __future__ import annotations

import copy
import json
from importlib import resources

import jsonschema
import pytest

from tests.cases import cases
from tests.conftest import report_of

SCHEMA = json.loads(resources.files("diffnews").joinpath("schema/report.schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
CASES = cases()


def test_the_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_fixture_report_validates(case) -> None:  # type: ignore[no-untyped-def]
    VALIDATOR.validate(json.loads(report_of(case).to_json()))


def test_the_schema_rejects_what_it_should() -> None:
    good = json.loads(report_of(CASES[0]).to_json())
    broken = [
        ("schema_version", 1),
        ("extra_field", True),
    ]
    for key, value in broken:
        bad = copy.deepcopy(good)
        bad[key] = value
        assert not VALIDATOR.is_valid(bad), key
    bad = copy.deepcopy(good)
    bad["pairs"][0]["label"] = "unique"  # a pair is shared or rephrased, never unique
    assert not VALIDATOR.is_valid(bad)
    bad = copy.deepcopy(good)
    del bad["left"]["sentences"][0]["start"]
    assert not VALIDATOR.is_valid(bad)
