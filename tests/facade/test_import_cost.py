"""What a first use imports: one resource module and the models it needs, nothing else.

Each case runs in a fresh interpreter (the test process has imported everything already).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
import sinch_numbers
WORKFLOW = ("sinch_numbers.orders", "jsonschema")
client = sinch_numbers.NumbersClient(project_id="p", key_id="k", key_secret="s")
before = set(sys.modules)
getattr(client, sys.argv[1])
print(json.dumps({
    "models": sorted(m for m in sys.modules if m.startswith("sinch_numbers_api.models")),
    "api": sorted(m for m in sys.modules if m.startswith("sinch_numbers_api.api.")),
    "resources": sorted(m for m in sys.modules if m.startswith("sinch_numbers.resources.")),
    "at_import": sorted(m for m in before if m.startswith(("sinch_numbers.", "jsonschema"))),
    "workflow": sorted(m for m in sys.modules if m.startswith(WORKFLOW)),
}))
"""


def probe(resource: str) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, resource], capture_output=True, text=True, check=True
    )
    found: dict[str, list[str]] = json.loads(done.stdout)
    return found


def test_regions_loads_only_what_regions_needs() -> None:
    """The issue's check: ``client.regions`` imports the regions module and three models
    (the page, its items, and the ``NumberType`` enum its ``types=`` argument takes)."""
    found = probe("regions")
    assert found["models"] == [
        "sinch_numbers_api.models",
        "sinch_numbers_api.models.available_region",
        "sinch_numbers_api.models.list_available_regions_response",
        "sinch_numbers_api.models.number_type",
    ]
    assert found["api"] == [
        "sinch_numbers_api.api.available_regions",
        "sinch_numbers_api.api.available_regions.number_service_list_available_regions",
    ]
    assert found["resources"] == [
        "sinch_numbers.resources._accessors",
        "sinch_numbers.resources._arguments",
        "sinch_numbers.resources._base",
        "sinch_numbers.resources.regions",
    ]
    assert found["workflow"] == []


def test_creating_a_client_imports_no_resource_and_no_workflow() -> None:
    found = probe("project_id")
    assert [m for m in found["at_import"] if m.startswith("sinch_numbers.resources.")] == [
        "sinch_numbers.resources._accessors"
    ]
    assert found["workflow"] == []
    assert found["models"] == []


@pytest.mark.parametrize("resource", ["active_numbers", "available_numbers"])
def test_no_resource_imports_all_models(resource: str) -> None:
    found = probe(resource)
    assert 1 < len(found["models"]) < 30, found["models"]  # of 100
    assert found["workflow"] == []


def test_number_orders_loads_the_workflow_on_first_use() -> None:
    found = probe("number_orders")
    assert "sinch_numbers.orders" in found["workflow"]
    assert "sinch_numbers.resources.number_orders" in found["resources"]
