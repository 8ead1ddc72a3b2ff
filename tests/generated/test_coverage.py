"""Everything the spec declares exists in the generated client.

* every REST operation has an endpoint module with the four call styles;
* every component schema has a model, or an entry in ``DELIBERATE`` saying what it became
  instead and why (each entry is verified, not trusted);
* the ``x-webhooks`` payloads exist and ``parse_callback_payload`` picks them by resourceType.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import types
from typing import Any

import attrs
import pytest
import sinch_numbers_api.api
from openapi_python_client.strings import ClassName, snake_case
from sinch_numbers_api import conformance, models
from sinch_numbers_api.types import Unset

from .conftest import resolve, spec_operations

CALL_STYLES = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def class_name(component: str) -> str:
    """The generator's class name for a component key (``money`` -> ``Money``)."""
    return str(ClassName(component, prefix=""))


def endpoint_module_name(operation: dict[str, Any]) -> str:
    """``sinch_numbers_api.api.<snake(tag)>.<snake(operationId)>``, the generator's layout."""
    return (
        f"sinch_numbers_api.api.{snake_case(operation['tags'][0])}"
        f".{snake_case(operation['operationId'])}"
    )


# --- operations -----------------------------------------------------------------------------


def test_spec_operation_ids_are_unique(spec: dict[str, Any]) -> None:
    operation_ids = [op["operationId"] for _, _, op in spec_operations(spec)]
    assert operation_ids, "the pinned spec has no operations"
    assert len(set(operation_ids)) == len(operation_ids), "operationIds must be unique"


def test_every_operation_has_an_endpoint_module(spec: dict[str, Any]) -> None:
    found = {}
    for _, _, operation in spec_operations(spec):
        module = importlib.import_module(endpoint_module_name(operation))
        for style in CALL_STYLES:
            assert callable(getattr(module, style, None)), f"{module.__name__} lacks {style}()"
        assert inspect.iscoroutinefunction(module.asyncio)
        assert inspect.iscoroutinefunction(module.asyncio_detailed)
        found[operation["operationId"]] = module.__name__
    assert len(found) == len(spec_operations(spec))


def test_no_endpoint_module_without_an_operation(spec: dict[str, Any]) -> None:
    expected = {endpoint_module_name(op) for _, _, op in spec_operations(spec)}
    generated = set()
    for tag in pkgutil.iter_modules(sinch_numbers_api.api.__path__):
        package = importlib.import_module(f"sinch_numbers_api.api.{tag.name}")
        generated |= {
            f"{package.__name__}.{module.name}" for module in pkgutil.iter_modules(package.__path__)
        }
    assert generated == expected


def test_path_parameters_are_required_arguments(spec: dict[str, Any]) -> None:
    """No placeholder default (``YOUR_selected_phoneNumber_from_search``) leaks into a signature."""
    checked = 0
    for path, _, operation in spec_operations(spec):
        module = importlib.import_module(endpoint_module_name(operation))
        names = [snake_case(part.split("}")[0]) for part in path.split("{")[1:]]
        for style in CALL_STYLES:
            parameters = inspect.signature(getattr(module, style)).parameters
            for name in names:
                assert parameters[name].default is inspect.Parameter.empty, (module, style, name)
                checked += 1
    # every operation has at least projectId
    assert checked >= len(spec_operations(spec)) * len(CALL_STYLES)


# --- component schemas --------------------------------------------------------------------------

#: Components that deliberately do not become a model class of their own. Verified below.
DELIBERATE: dict[str, tuple[str, str]] = {
    "RegionCode": (
        "str",
        "plain `type: string` schema (no enum): properties that $ref it are typed `str`",
    ),
    "PhoneNumber": (
        "str",
        "plain `type: string` schema (E.164 text): properties that $ref it are typed `str`",
    ),
    "OrderSmsConfiguration": (
        "alias:SmsConfigurationBase",
        "its only content is `allOf: [$ref smsConfigurationBase]`; the generator reuses that class",
    ),
    "VoiceConfiguration": (
        "union",
        "top-level discriminated oneOf: type alias + parse_voice_configuration (unions.py)",
    ),
    "OrderVoiceConfiguration": (
        "union",
        "top-level discriminated oneOf: type alias + parse_order_voice_configuration",
    ),
    "ScheduledVoiceProvisioning": (
        "union",
        "top-level discriminated oneOf: type alias + parse_scheduled_voice_provisioning",
    ),
    "CallbackPayload": (
        "union",
        "top-level discriminated oneOf (x-webhooks only): type alias + parse_callback_payload",
    ),
}


def _kind(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return "enum"
    return "object"


def _field_type(model: type, attribute: str) -> str:
    return str(attrs.fields_dict(model)[attribute].type)


def test_every_component_schema_is_accounted_for(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert set(DELIBERATE) <= set(schemas), "DELIBERATE names a schema the spec no longer has"
    counts = {"enum": 0, "object": 0, "deliberate": 0}
    for name, schema in schemas.items():
        if name in DELIBERATE:
            counts["deliberate"] += 1
            continue
        cls = getattr(models, class_name(name), None)
        assert isinstance(cls, type), f"no model class for component {name!r}"
        if _kind(schema) == "enum":
            assert issubclass(cls, enum.StrEnum), name
            assert sorted(member.value for member in cls) == sorted(schema["enum"]), name
            unknown = cls("NOT_IN_THE_SPEC")
            assert unknown.is_known is False and unknown.value == "NOT_IN_THE_SPEC"
            counts["enum"] += 1
        else:
            assert attrs.has(cls), name
            assert callable(cls.from_dict) and callable(cls.to_dict), name
            counts["object"] += 1
    enums = sum(1 for n, s in schemas.items() if n not in DELIBERATE and _kind(s) == "enum")
    assert counts == {
        "enum": enums,
        "object": len(schemas) - len(DELIBERATE) - enums,
        "deliberate": len(DELIBERATE),
    }
    assert counts["enum"] and counts["object"]


def test_plain_string_components_are_typed_str() -> None:
    for name in ("RegionCode", "PhoneNumber"):
        assert not hasattr(models, class_name(name))
    # a response model: the server may also send null (tolerant reader)
    assert _field_type(models.ActiveNumberResponse, "region_code") == "str | None | Unset"
    assert _field_type(models.ActiveNumberResponse, "phone_number") == "str | None | Unset"
    assert _field_type(models.CreateNumberOrderRequest, "region_code") == "str"


def test_order_sms_configuration_is_sms_configuration_base() -> None:
    assert not hasattr(models, "OrderSmsConfiguration")
    assert (
        _field_type(models.NumberOrder, "sms_configuration")
        == "SmsConfigurationBase | None | Unset"
    )
    assert (
        _field_type(models.CreateNumberOrderRequest, "sms_configuration")
        == "SmsConfigurationBase | Unset"
    )
    # servicePlanId is required by the spec; a response without it still parses, and says so
    with conformance.collect() as seen:
        parsed = models.SmsConfigurationBase.from_dict({})
    assert isinstance(parsed.service_plan_id, Unset)
    assert [(d.kind, d.path) for d in seen] == [("missing-required", "servicePlanId")]


@pytest.mark.parametrize(
    "name", [name for name, (kind, _) in DELIBERATE.items() if kind == "union"]
)
def test_top_level_unions_have_alias_and_parser(spec: dict[str, Any], name: str) -> None:
    schema = spec["components"]["schemas"][name]
    mapping = schema["discriminator"]["mapping"]
    prop = schema["discriminator"]["propertyName"]
    alias = getattr(models, class_name(name))
    parser = getattr(models, f"parse_{snake_case(name)}")
    assert isinstance(alias, types.UnionType)
    members = set(alias.__args__)
    for value, ref in mapping.items():
        variant = getattr(models, class_name(ref.rsplit("/", 1)[-1]))
        assert variant in members
        data = {prop: value}
        for required in resolve(spec, {"$ref": ref}).get("required", []):
            data.setdefault(required, "x")
        parsed = parser(data)
        assert type(parsed) is variant, (name, value)
    assert name in models.__all__ and f"parse_{snake_case(name)}" in models.__all__


def test_webhook_payload_models_exist(spec: dict[str, Any]) -> None:
    body = spec["x-webhooks"]["EventsCallback"]["post"]["requestBody"]
    ref = body["content"]["application/json"]["schema"]["$ref"]
    assert ref == "#/components/schemas/CallbackPayload"
    for name in ("CallbackPayloadActiveNumber", "CallbackPayloadNumberOrder"):
        assert attrs.has(getattr(models, name))


def test_parse_callback_payload_chooses_by_resource_type() -> None:
    active = models.parse_callback_payload(
        {
            "eventId": "e1",
            "timestamp": "2023-06-06T07:45:27.785357",
            "projectId": "p1",
            "resourceType": "ACTIVE_NUMBER",
            "resourceId": "+12345612345",
            "eventType": "PROVISIONING_TO_CAMPAIGN",
            "status": "FAILED",
            "failureCode": "CAMPAIGN_NOT_AVAILABLE",
            "internalFailureCode": "CRS0018",
        }
    )
    assert type(active) is models.CallbackPayloadActiveNumber
    assert active.event_type is models.CallbackPayloadActiveNumberEventType.PROVISIONING_TO_CAMPAIGN
    assert (
        active.failure_code is models.CallbackPayloadActiveNumberFailureCode.CAMPAIGN_NOT_AVAILABLE
    )
    assert active.internal_failure_code == "CRS0018"

    order = models.parse_callback_payload(
        {
            "resourceType": "NUMBER_ORDER",
            "resourceId": "01jgkbb8xywmz3hhahd76menqf",
            "eventType": "NUMBER_ORDER_PROCESSING",
            "status": "IN_REVIEW",
        }
    )
    assert type(order) is models.CallbackPayloadNumberOrder
    assert order.status is models.CallbackPayloadNumberOrderStatus.IN_REVIEW
    # Same field name, different enum per variant: an order state is not an ActiveNumber status.
    assert not models.CallbackPayloadActiveNumberStatus("IN_REVIEW").is_known
