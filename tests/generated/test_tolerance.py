"""The tolerant reader, checked as a property over every response schema of every pinned spec.

See ``tests/tolerance.py``: valid instances built from the upstream spec, perturbed the way real
servers answer, must parse without raising and serialize back to what came in. The committed
package is checked in-process, one test per schema; each older pinned spec is generated into a
temporary directory and checked in a subprocess (two ``sinch_numbers_api`` cannot share one).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sinch_numbers_api import conformance, models

from .conftest import ROOT, SPEC_PATH

sys.path.insert(0, str(ROOT / "tests"))
import tolerance
from regenerated import regenerated

CURRENT = tolerance.load(SPEC_PATH)
HISTORY = sorted((ROOT / "openapi" / "history").glob("*.yaml"))


@pytest.mark.parametrize("name", tolerance.response_schemas(CURRENT))
def test_response_schema_survives_server_data(name: str) -> None:
    tally = tolerance.Tally()
    with conformance.collect():
        tolerance.check_schema(CURRENT, name, models, tally)
    assert tally.examples >= tolerance.MAX_EXAMPLES // 2


def test_perturbations_are_all_exercised() -> None:
    """The generator of cases reaches every kind of perturbation on the current spec."""
    tally = tolerance.Tally()
    with conformance.collect():
        for name in ("ListActiveNumbersResponse", "CallbackPayload", "NumberOrder"):
            tolerance.check_schema(CURRENT, name, models, tally)
    assert all(count > 0 for count in tally.by_kind.values()), tally.by_kind


def test_the_property_can_fail() -> None:
    """A reader that drops nulls (the old behaviour kept nothing at all) is caught."""

    class Lossy:
        @staticmethod
        def from_dict(data: dict[str, Any]) -> Any:
            parsed = models.ListActiveNumbersResponse.from_dict(data)

            class Out:
                def to_dict(self) -> dict[str, Any]:
                    return {k: v for k, v in parsed.to_dict().items() if v is not None}

            return Out()

    class FakeModels:
        ListActiveNumbersResponse = Lossy

    with conformance.collect(), pytest.raises(AssertionError):
        tolerance.check_schema(CURRENT, "ListActiveNumbersResponse", FakeModels, tolerance.Tally())


@pytest.mark.parametrize("spec_path", HISTORY, ids=[p.stem for p in HISTORY])
def test_older_pinned_specs(tmp_path_factory: pytest.TempPathFactory, spec_path: Path) -> None:
    out = regenerated(tmp_path_factory, spec_path)  # shared with the cassette matrix
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "tolerance.py"),
            str(spec_path),
            str(out / "generated"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["failures"] == {}, json.dumps(result["failures"], indent=2)
    assert result["schemas"] > 0 and result["examples"] >= result["schemas"] * 20
