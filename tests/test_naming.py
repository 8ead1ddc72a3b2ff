"""Unit tests for ``generator/naming.py``: where an operation lands on the facade.

Small hand-made specs and configs, plus the real pinned spec with generator/facade.yaml (every
operation named there keeps its name; a new one joins its tag's resource).
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "generator"))

import naming  # noqa: E402

Doc = dict[str, Any]


def op(op_id: str, tag: str) -> Doc:
    return {"operationId": op_id, "tags": [tag], "responses": {"200": {"description": "ok"}}}


def spec(*ops: tuple[str, str, str, str]) -> Doc:
    """(path, method, operationId, tag) ..."""
    paths: Doc = {}
    for path, method, op_id, tag in ops:
        paths.setdefault(path, {})[method] = op(op_id, tag)
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}


ORDERS = [
    ("/orders", "post", "CreateNumberOrder", "Number Order"),
    ("/orders/{id}", "get", "GetNumberOrder", "Number Order"),
    ("/numbers", "get", "NumberService_ListActiveNumbers", "Active Number"),
    ("/numbers/{n}/ea", "get", "NumberService_GetEmergencyAddress", "Active Number"),
    ("/numbers/{n}/ea:p", "post", "NumberService_ProvisionEmergencyAddress", "Active Number"),
]
CONFIG: Doc = {
    "operations": {
        "CreateNumberOrder": {"resource": "number_orders", "method": "create"},
        "GetNumberOrder": {"resource": "number_orders", "method": "get"},
        "NumberService_ListActiveNumbers": {"resource": "active_numbers", "method": "list"},
        "NumberService_GetEmergencyAddress": {"resource": "emergency_addresses", "method": "get"},
        "NumberService_ProvisionEmergencyAddress": {
            "resource": "emergency_addresses",
            "method": "provision",
        },
    }
}


def names(
    *extra: tuple[str, str, str, str], config: Doc = CONFIG
) -> dict[str, tuple[str, str, bool]]:
    found = naming.facade_names(spec(*ORDERS, *extra), config)
    return {k: (v.resource, v.method, v.needs_friendly_name) for k, v in found.items()}


def test_configured_operations_keep_their_names() -> None:
    found = names()
    assert found["CreateNumberOrder"] == ("number_orders", "create", False)
    assert found["NumberService_GetEmergencyAddress"] == ("emergency_addresses", "get", False)


def test_a_new_list_operation_joins_the_resource_of_its_tag() -> None:
    found = names(("/orders", "get", "ListNumberOrders", "Number Order"))
    assert found["ListNumberOrders"] == ("number_orders", "list", False)


@pytest.mark.parametrize(
    ("op_id", "expected"),
    [
        ("GetNumberOrderInvoice", ("number_orders", "get_invoice", False)),
        ("CancelNumberOrder", ("number_orders", "cancel", False)),
        ("LookupNumberPrices", ("number_orders", "lookup_number_prices", False)),
    ],
)
def test_the_method_is_the_operation_id_without_the_resource_noun(
    op_id: str, expected: tuple[str, str, bool]
) -> None:
    assert names(("/orders/{id}/x", "post", op_id, "Number Order"))[op_id] == expected


def test_a_tag_with_several_resources_picks_the_one_the_operation_id_names() -> None:
    """ "Active Number" serves active_numbers and emergency_addresses: the noun decides."""
    found = names(
        ("/numbers/{n}/ea:v", "post", "NumberService_ValidateEmergencyAddress", "Active Number"),
        ("/numbers/{n}/eas", "get", "NumberService_ListEmergencyAddresses", "Active Number"),
        ("/numbers/{n}:lock", "post", "NumberService_LockNumber", "Active Number"),
    )
    assert found["NumberService_ValidateEmergencyAddress"] == (
        "emergency_addresses",
        "validate",
        False,
    )
    assert found["NumberService_ListEmergencyAddresses"] == ("emergency_addresses", "list", False)
    # No noun of either resource: the tag's most used resource (a tie goes to facade.yaml order).
    assert found["NumberService_LockNumber"][0] in ("active_numbers", "emergency_addresses")
    assert found["NumberService_LockNumber"][1:] == ("lock_number", False)


def test_a_new_tag_has_no_rule() -> None:
    found = names(("/porting", "post", "CreatePortingRequest", "Porting"))
    assert found["CreatePortingRequest"] == ("porting", "create_porting_request", True)


def test_a_taken_name_has_no_rule() -> None:
    """``GetNumberOrder`` is ``get`` already; ``NumberOrderGet`` would be too."""
    found = names(("/orders/{id}:get", "post", "GetNumberOrders", "Number Order"))
    assert found["GetNumberOrders"] == ("number_orders", "get_number_orders", True)


def test_two_new_operations_do_not_share_a_method() -> None:
    found = names(
        ("/orders", "get", "ListNumberOrders", "Number Order"),
        ("/orders:all", "get", "ListNumberOrder", "Number Order"),
    )
    assert found["ListNumberOrders"] == ("number_orders", "list", False)
    assert found["ListNumberOrder"] == ("number_orders", "list_number_order", True)


def test_not_an_identifier_has_no_rule() -> None:
    found = names(("/orders/{id}/x", "post", "NumberOrders", "Number Order"))
    assert found["NumberOrders"] == ("number_orders", "number_orders", True)


def test_nouns_know_plural_forms() -> None:
    assert naming.nouns("emergency_addresses") == [
        ["emergency", "addresses"],
        ["emergency", "address"],
    ]
    assert naming.nouns("regions") == [["regions"], ["region"]]
    assert naming.nouns("callback_configuration") == [["callback", "configuration"]]
    assert naming.nouns("number_orders") == [["number", "orders"], ["number", "order"]]


def test_real_spec_and_facade_yaml() -> None:
    """Every operation of the pinned spec is named by facade.yaml; a new one by the rule."""
    real = yaml.safe_load((ROOT / "openapi" / "numbers.yaml").read_text("utf-8"))
    config = yaml.safe_load((ROOT / "generator" / "facade.yaml").read_text("utf-8"))
    found = naming.facade_names(real, config)
    for op_id, entry in config["operations"].items():
        if op_id in found:
            assert (found[op_id].resource, found[op_id].method) == (
                entry["resource"],
                entry["method"],
            )
            assert not found[op_id].needs_friendly_name
    grown = copy.deepcopy(real)
    grown["paths"]["/v1/projects/{projectId}/numberOrders"] = {
        "get": op("ListNumberOrders", "Number Order")
    }
    assert naming.facade_name(grown, config, "ListNumberOrders") == (
        "number_orders",
        "list",
        False,
    )
