"""Every operation of the pinned spec is served (and answers in its schema), the
spec comes from package data, and the client package does not need the extra."""

from __future__ import annotations

import subprocess
import sys

import httpx
import yaml
from pinned import OPERATION_IDS, PIN_VERSION, pending

from sinch_numbers.sandbox import Sandbox
from sinch_numbers.sandbox.handlers import HANDLERS
from sinch_numbers.sandbox.spec import load_spec, operations, to_json_schema

from .conftest import eventually
from .test_orders import AU_ATTACHMENT, AU_NUMBER, AU_REGISTRATION

ADDRESS = {
    "displayName": "HQ",
    "address": {
        "streetNumber": "1",
        "streetInfo": "Main St",
        "city": "Springfield",
        "state": "IL",
        "postalCode": "62701",
    },
}


def test_every_operation_has_a_handler() -> None:
    """Every operation of the pinned spec has a handler, except those the last spec update
    listed as new without one (openapi/pending.json): the sandbox answers those 501."""
    ids = {op.operation_id for op in operations()}
    assert ids == set(OPERATION_IDS)
    assert ids - set(HANDLERS) == set(pending()["operations_without_sandbox_handler"])


def test_spec_is_loaded_from_the_generated_package() -> None:
    import importlib.resources

    shipped = (importlib.resources.files("sinch_numbers_api") / "openapi.yaml").read_bytes()
    assert yaml.safe_load(shipped)["info"]["version"] == PIN_VERSION
    assert load_spec()["info"]["version"] == PIN_VERSION


def test_nullable_conversion() -> None:
    assert to_json_schema({"type": "string", "nullable": True}) == {"type": ["string", "null"]}
    assert to_json_schema({"enum": ["A"], "type": "string", "nullable": True}) == {
        "enum": ["A", None],
        "type": ["string", "null"],
    }
    assert to_json_schema({"allOf": [{"$ref": "#/components/schemas/X"}], "nullable": True}) == {
        "anyOf": [{"type": "null"}, {"allOf": [{"$ref": "#/$defs/X"}]}]
    }
    assert to_json_schema({"type": "string", "nullable": False}) == {"type": "string"}


def test_all_22_operations_happy_path(api: httpx.Client, sb: Sandbox) -> None:
    """One successful call of each operation; the conftest hook checks each body
    against the spec's response schema."""
    seen: list[str] = []

    def call(method: str, path: str, **kwargs: object) -> httpx.Response:
        response = api.request(method, path, **kwargs)  # type: ignore[arg-type]
        assert response.status_code == 200, (method, path, response.text)
        sent = response.request.url.path
        op = next(o for o in operations() if o.method == method and o.pattern.fullmatch(sent))
        seen.append(op.operation_id)
        return response

    us = "+12025550134"
    call("GET", "/availableNumbers", params={"regionCode": "US", "type": "LOCAL", "size": 5})
    call("GET", f"/availableNumbers/{us}")
    call("GET", "/availableRegions")
    call("POST", f"/availableNumbers/{us}:rent", json={"smsConfiguration": {"servicePlanId": "p"}})
    call("POST", "/availableNumbers:rentAny", json={"regionCode": "US", "type": "LOCAL"})
    call("GET", "/activeNumbers")
    call("GET", f"/activeNumbers/{us}")
    call("PATCH", f"/activeNumbers/{us}", json={"displayName": "x"})
    call("POST", f"/activeNumbers/{us}/emergencyAddress:validate", json=ADDRESS)
    call("POST", f"/activeNumbers/{us}/emergencyAddress:provision", json=ADDRESS)
    call("GET", f"/activeNumbers/{us}/emergencyAddress")
    call("POST", f"/activeNumbers/{us}/emergencyAddress:deprovision")
    call("POST", f"/activeNumbers/{us}:release")
    call("GET", "/callbackConfiguration")
    call("PATCH", "/callbackConfiguration", json={"hmacSecret": "s" * 40})
    call(
        "POST",
        "/numberOrders:lookupNumberRequirements",
        json={"regionCode": "AU", "numberType": "MOBILE"},
    )
    order = call(
        "POST",
        "/numberOrders:createNumberOrder",
        json={
            "regionCode": "AU",
            "numberType": "MOBILE",
            "numberOrderOption": {"phoneNumbers": [AU_NUMBER]},
        },
    ).json()
    base = f"/numberOrders/{order['idNumberOrder']}"
    call("GET", base)
    call("PUT", f"{base}/registration", json=AU_REGISTRATION)
    call("GET", f"{base}/registration")
    call(
        "POST",
        f"{base}/attachments/{AU_ATTACHMENT}",
        files={"file": ("loa.rtf", b"{\\rtf1}", "application/rtf")},
    )
    call("POST", f"{base}/submit")
    eventually(lambda: api.get(base).json()["state"] == "COMPLETED")
    # every operation the sandbox serves (new ones without a handler answer 501: pending.json)
    unhandled = set(pending()["operations_without_sandbox_handler"])
    assert sorted(seen) == sorted(
        op.operation_id for op in operations() if op.operation_id not in unhandled
    )


def test_importing_the_client_does_not_import_the_sandbox_extra() -> None:
    code = (
        "import sys, sinch_numbers\n"
        "bad = [m for m in ('starlette', 'uvicorn', 'multipart', 'python_multipart', "
        "'sinch_numbers.sandbox') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
