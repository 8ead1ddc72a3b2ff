"""``sinch-numbers mcp`` through the SDK's own client (in memory), against the sandbox."""

from __future__ import annotations

import base64
import copy
import json
import logging
import sys
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import yaml
from conftest import Connect, error, ok
from mcp import types
from mcp.shared.context import RequestContext

from sinch_numbers.mcp._catalog import build_catalog, load_packaged_spec
from sinch_numbers.mcp._safety import ConfirmationTokens
from sinch_numbers.resources._operations import ARGUMENTS, OPERATIONS
from sinch_numbers.sandbox import Sandbox

from spec_examples import au_registration  # isort: skip  (tests/ is on sys.path)

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW_TOOLS = {"number_order_guide", "bulk_preview"}
BILLABLE = {
    "available_numbers_rent",
    "available_numbers_rent_any",
    "active_numbers_release",
    "number_orders_create",
    "number_orders_submit",
    "emergency_addresses_provision",
    "emergency_addresses_deprovision",
}
US_LOCAL = {"regionCode": "US", "type": "LOCAL"}
PDF = base64.b64encode(b"%PDF-1.4\n%%EOF\n").decode()
AU_REGISTRATION: dict[str, Any] = au_registration()["requestDetails"]  # the spec's example


def spec_operation_ids() -> set[str]:
    spec = load_packaged_spec()
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for key, op in item.items()
        if key in ("get", "put", "post", "delete", "patch")
    }


async def names(session: Any) -> set[str]:
    return {t.name for t in (await session.list_tools()).tools}


async def first_available(session: Any, region: dict[str, str] = US_LOCAL, index: int = 0) -> str:
    found = ok(await session.call_tool("available_numbers_search", {**region, "size": 3}))
    number: str = found["availableNumbers"][index]["phoneNumber"]
    return number


# -- listing ----------------------------------------------------------------------------------


async def test_every_operation_is_a_tool_with_writes(connect: Connect) -> None:
    async with connect(allow_writes=True) as (session, _):
        listed = await names(session)
    operations = {f"{r}_{m}" for r, m in OPERATIONS.values()}
    assert set(OPERATIONS) == spec_operation_ids()  # the facade serves every operation
    previews = {f"preview_{n}" for n in BILLABLE}
    assert listed == operations | previews | WORKFLOW_TOOLS
    assert len(listed) == 22 + 7 + 2


async def test_read_only_by_default_hides_writes(connect: Connect) -> None:
    async with connect() as (session, _):
        tools = {t.name: t for t in (await session.list_tools()).tools}
        refused = error(await session.call_tool("active_numbers_release", {"phoneNumber": "+1"}))
    reads = {t.name for t in build_catalog(load_packaged_spec()) if t.access == "read"}
    assert set(tools) == reads | WORKFLOW_TOOLS
    assert not any(name.startswith("preview_") for name in tools)
    assert not BILLABLE & set(tools)
    assert {"active_numbers_update", "callback_configuration_update"}.isdisjoint(tools)
    assert all(t.annotations and t.annotations.readOnlyHint for t in tools.values())
    assert "--allow-writes" in refused["message"]


async def test_schema_names_arguments_as_the_api(connect: Connect) -> None:
    async with connect(allow_writes=True) as (session, _):
        tools = {t.name: t for t in (await session.list_tools()).tools}
    search = tools["available_numbers_search"].inputSchema
    assert {"regionCode", "type", "numberPattern.pattern", "capabilities", "size"} <= set(
        search["properties"]
    )
    assert set(search["required"]) == {"regionCode", "type"}
    listing = tools["active_numbers_list"].inputSchema["properties"]
    assert listing["limit"]["default"] == 100
    rent = tools["available_numbers_rent"]
    assert "confirmationToken" in rent.inputSchema["properties"]
    assert "preview_available_numbers_rent" in (rent.description or "")
    assert "Activate a specific phone number" in (rent.description or "")
    assert (
        "confirmationToken" not in tools["preview_available_numbers_rent"].inputSchema["properties"]
    )


# -- reads ------------------------------------------------------------------------------------


async def test_search_returns_the_api_json(connect: Connect) -> None:
    async with connect() as (session, _):
        found = ok(
            await session.call_tool(
                "available_numbers_search",
                {**US_LOCAL, "capabilities": ["SMS"], "size": 2},
            )
        )
    assert len(found["availableNumbers"]) == 2
    first = found["availableNumbers"][0]
    assert first["regionCode"] == "US" and "SMS" in first["capability"]
    assert set(first["monthlyPrice"]) == {"currencyCode", "amount"}


async def test_bad_arguments_are_refused_before_sending(
    connect: Connect, wire: list[httpx.Request]
) -> None:
    async with connect() as (session, _):
        bad = error(await session.call_tool("available_numbers_search", {"regionCode": "US"}))
        worse = error(await session.call_tool("active_numbers_get", {"phoneNumber": "12"}))
    assert bad["type"] == "InvalidArgumentsError" and "'type' is a required" in bad["message"]
    assert (
        worse["type"] == "InvalidPhoneNumberError" and worse["nothingSent"] is True
    )  # the facade's
    assert wire == []


async def test_list_tool_pages_lazily_up_to_limit(
    connect: Connect, wire: list[httpx.Request]
) -> None:
    async with connect(allow_writes=True) as (session, server):
        found = ok(await session.call_tool("available_numbers_search", {**US_LOCAL, "size": 5}))
        for item in found["availableNumbers"]:
            await server.client.available_numbers.rent(item["phoneNumber"])
        wire.clear()
        listed = ok(await session.call_tool("active_numbers_list", {"pageSize": 2, "limit": 3}))
        pages = [r for r in wire if r.url.path.endswith("/activeNumbers")]
        everything = ok(await session.call_tool("active_numbers_list", {"pageSize": 2}))
    assert listed["count"] == 3 and listed["more"] is True
    assert len(pages) == 2  # two pages of two for three items: the third page never fetched
    assert everything["count"] == 5 and everything["more"] is False


# -- money safety -----------------------------------------------------------------------------


async def test_preview_then_rent_with_the_token(
    connect: Connect, sb: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="sinch_numbers.mcp")
    async with connect(allow_writes=True) as (session, _):
        number = await first_available(session)
        preview = ok(
            await session.call_tool("preview_available_numbers_rent", {"phoneNumber": number})
        )
        assert sb.state.active_number(number) is None  # a preview changes nothing
        rented = ok(
            await session.call_tool(
                "available_numbers_rent",
                {"phoneNumber": number, "confirmationToken": preview["confirmationToken"]},
            )
        )
    assert preview["willHappen"][0].startswith(f"rent {number} (US LOCAL")
    assert "then 2.00 USD every 1 month(s)" in preview["willHappen"][1]
    assert preview["expiresInSeconds"] == 300
    assert rented["phoneNumber"] == number and rented["projectId"] == sb.project_id
    assert sb.state.active_number(number) is not None
    (line,) = [r.getMessage() for r in caplog.records if "mcp write" in r.getMessage()]
    assert f'available_numbers_rent {{"phoneNumber": "{number}"}}: done' in line
    assert "request id 01" in line
    assert preview["confirmationToken"] not in caplog.text


async def test_refusals_send_nothing(
    connect: Connect, sb: Sandbox, wire: list[httpx.Request]
) -> None:
    clock = [1000.0]
    tokens = ConfirmationTokens(clock=lambda: clock[0])
    async with connect(allow_writes=True, tokens=tokens) as (session, _):
        number = await first_available(session)
        other = await first_available(session, index=1)
        token = ok(
            await session.call_tool("preview_available_numbers_rent", {"phoneNumber": number})
        )["confirmationToken"]
        stale = ok(
            await session.call_tool("preview_available_numbers_rent", {"phoneNumber": other})
        )["confirmationToken"]
        sent = len(wire)

        without = error(await session.call_tool("available_numbers_rent", {"phoneNumber": number}))
        for_other = error(
            await session.call_tool(
                "available_numbers_rent", {"phoneNumber": other, "confirmationToken": token}
            )
        )
        with_more = error(
            await session.call_tool(
                "available_numbers_rent",
                {
                    "phoneNumber": number,
                    "callbackUrl": "https://x.test/cb",
                    "confirmationToken": token,
                },
            )
        )
        other_tool = error(
            await session.call_tool(
                "active_numbers_release", {"phoneNumber": number, "confirmationToken": token}
            )
        )
        forged = error(
            await session.call_tool(
                "available_numbers_rent", {"phoneNumber": number, "confirmationToken": "a.1.2.b"}
            )
        )
        clock[0] += 301
        expired = error(
            await session.call_tool(
                "available_numbers_rent", {"phoneNumber": other, "confirmationToken": stale}
            )
        )
        assert len(wire) == sent  # none of the six sent a request
        clock[0] -= 301
        ok(
            await session.call_tool(
                "available_numbers_rent", {"phoneNumber": number, "confirmationToken": token}
            )
        )
        sent = len(wire)
        twice = error(
            await session.call_tool(
                "available_numbers_rent", {"phoneNumber": number, "confirmationToken": token}
            )
        )
        assert len(wire) == sent
    for refusal in (without, for_other, with_more, other_tool, forged, expired, twice):
        assert refusal["type"] == "ConfirmationRequired" and refusal["nothingSent"] is True
    assert without["suggestedNextCall"] == {
        "tool": "preview_available_numbers_rent",
        "arguments": {"phoneNumber": number},
    }
    assert "not for available_numbers_rent with these arguments" in for_other["message"]
    assert "not for active_numbers_release" in other_tool["message"]
    assert "expired" in expired["message"] and "already used" in twice["message"]
    assert sb.state.active_number(other) is None


async def test_elicitation_asks_the_human(connect: Connect, sb: Sandbox) -> None:
    asked: list[str] = []
    answers = iter([False, True])

    async def human(
        context: RequestContext[Any, Any], params: types.ElicitRequestParams
    ) -> types.ElicitResult:
        asked.append(params.message)
        return types.ElicitResult(action="accept", content={"confirm": next(answers)})

    async with connect(allow_writes=True, elicitation=human) as (session, _):
        number = await first_available(session)
        declined = error(await session.call_tool("available_numbers_rent", {"phoneNumber": number}))
        assert sb.state.active_number(number) is None
        rented = ok(await session.call_tool("available_numbers_rent", {"phoneNumber": number}))
    assert "did not confirm" in declined["message"]
    assert rented["phoneNumber"] == number
    assert len(asked) == 2 and f"rent {number} (US LOCAL" in asked[0]
    assert "2.00 USD every 1 month(s)" in asked[0]


# -- errors -----------------------------------------------------------------------------------


async def test_not_found_is_a_typed_tool_error(connect: Connect) -> None:
    async with connect() as (session, _):
        found = error(
            await session.call_tool("active_numbers_get", {"phoneNumber": "+12025550199"})
        )
    assert found["type"] == "NotFoundError"
    assert found["statusCode"] == 404 and found["status"] == "NOT_FOUND"
    assert found["code"] == 404  # Sinch's error body: {"error": {"code", "status", "message"}}
    assert found["details"][0]["resourceType"] == "ActiveNumber"
    assert "+12025550199" in found["message"] and found["requestId"]


async def test_injected_500_on_rent_suggests_the_reconcile_call(
    connect: Connect, sb: Sandbox
) -> None:
    async with connect(allow_writes=True) as (session, _):
        number = await first_available(session)
        token = ok(
            await session.call_tool("preview_available_numbers_rent", {"phoneNumber": number})
        )["confirmationToken"]
        sb.faults.inject(500, route="NumberService_RentNumber", count=1)
        failed = error(
            await session.call_tool(
                "available_numbers_rent", {"phoneNumber": number, "confirmationToken": token}
            )
        )
        call = failed["suggestedNextCall"]
        followed = error(await session.call_tool(call["tool"], call["arguments"]))
    assert failed["type"] == "OutcomeUnknownError" and failed["statusCode"] == 500
    assert failed["requestId"]
    assert f"client.active_numbers.get({number!r})" in failed["reconcileHint"]
    assert call == {"tool": "active_numbers_get", "arguments": {"phoneNumber": number}}
    assert followed["type"] == "NotFoundError"  # following the hint: it was not rented


# -- workflow tools ---------------------------------------------------------------------------


async def test_order_guide_to_completed(connect: Connect, sb: Sandbox) -> None:
    au = {"regionCode": "AU", "type": "MOBILE"}
    async with connect(allow_writes=True) as (session, _):
        number = await first_available(session, au)
        guide = ok(
            await session.call_tool(
                "number_order_guide", {"regionCode": "AU", "numberType": "MOBILE"}
            )
        )
        assert guide["stage"] == "requirements" and guide["requirements"]["attachments"]
        step = guide["nextStep"]
        assert step["tool"] == "preview_number_orders_create"
        create = {**step["arguments"], "numberOrderOption": {"phoneNumbers": [number]}}
        preview = ok(await session.call_tool(step["tool"], create))
        assert any("setup" in line for line in preview["willHappen"])
        order = ok(
            await session.call_tool(
                "number_orders_create",
                {**create, "confirmationToken": preview["confirmationToken"]},
            )
        )
        order_id = order["idNumberOrder"]

        guide = ok(await session.call_tool("number_order_guide", {"numberOrderId": order_id}))
        assert guide["stage"] == "registration" and guide["state"] == "CREATED"
        wrong = {"data": [AU_REGISTRATION["data"][0], {"city": "Melbourne"}, {}]}
        checked = ok(
            await session.call_tool(
                "number_order_guide", {"numberOrderId": order_id, "requestDetails": wrong}
            )
        )
        assert checked["registrationProblems"] and checked["nextStep"]["tool"] is None
        checked = ok(
            await session.call_tool(
                "number_order_guide",
                {"numberOrderId": order_id, "requestDetails": AU_REGISTRATION},
            )
        )
        step = checked["nextStep"]
        assert checked["registrationProblems"] == []
        assert step["tool"] == "number_orders_update_registration"
        ok(await session.call_tool(step["tool"], step["arguments"]))

        guide = ok(await session.call_tool("number_order_guide", {"numberOrderId": order_id}))
        assert guide["stage"] == "attachments"
        step = guide["nextStep"]
        ok(await session.call_tool(step["tool"], {**step["arguments"], "file": PDF}))

        guide = ok(await session.call_tool("number_order_guide", {"numberOrderId": order_id}))
        assert guide["stage"] == "submit" and guide["missing"] == []
        step = guide["nextStep"]
        preview = ok(await session.call_tool(step["tool"], step["arguments"]))
        assert any(f"buy {number}" in line for line in preview["willHappen"])
        ok(
            await session.call_tool(
                "number_orders_submit",
                {**step["arguments"], "confirmationToken": preview["confirmationToken"]},
            )
        )
        stages = []
        with anyio.fail_after(20):
            while True:
                guide = ok(
                    await session.call_tool("number_order_guide", {"numberOrderId": order_id})
                )
                stages.append(guide["stage"])
                if guide["nextStep"] is None:
                    break
                assert guide["nextStep"]["tool"] == "number_order_guide"
                await anyio.sleep(0.05)
    assert guide["stage"] == "completed" and guide["state"] == "COMPLETED"
    assert guide["phoneNumbers"] == [number]
    assert sb.state.active_number(number) is not None


async def test_bulk_preview_writes_nothing(
    connect: Connect, sb: Sandbox, wire: list[httpx.Request]
) -> None:
    async with connect() as (session, server):
        number = await first_available(session)
        await server.client.available_numbers.rent(number, callback_url="https://a.test/cb")
        wire.clear()
        update = ok(
            await session.call_tool(
                "bulk_preview",
                {
                    "action": "update",
                    "phoneNumbers": [number, "+12025550199"],
                    "changes": {"displayName": "Support", "callbackUrl": "https://a.test/cb"},
                },
            )
        )
        release = ok(
            await session.call_tool("bulk_preview", {"action": "release", "phoneNumbers": [number]})
        )
    assert {r.method for r in wire} <= {"GET", "POST"}
    assert all(r.method == "GET" for r in wire if "/v1/projects" in r.url.path)
    row, missing = update["numbers"]
    assert row["changes"] == [{"field": "displayName", "from": "", "to": "Support"}]
    assert missing["error"]["type"] == "NotFoundError"
    assert update["summary"] == {
        "action": "update",
        "numbers": 2,
        "errors": 1,
        "written": 0,
        "wouldChange": 1,
    }
    assert release["summary"]["monthlyPriceStops"] == {"USD": "2.00"}
    assert sb.state.active_number(number)["displayName"] == ""  # type: ignore[index]


async def test_writes_are_logged_redacted(
    connect: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="sinch_numbers.mcp")
    secret = "whsec-0123456789-abcdefghijklmnopqrstuv"
    async with connect(allow_writes=True) as (session, _):
        ok(await session.call_tool("callback_configuration_update", {"hmacSecret": secret}))
    (line,) = [r.getMessage() for r in caplog.records if "mcp write" in r.getMessage()]
    assert 'callback_configuration_update {"hmacSecret": "***"}: done (request id 01' in line
    assert secret not in caplog.text


# -- resources --------------------------------------------------------------------------------


async def test_resources(connect: Connect, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text('{"report_schema": 2, "summary": {"breaking": 0}}', "utf-8")
    async with connect(report_path=report) as (session, server):
        uris = {str(r.uri) for r in (await session.list_resources()).resources}
        spec = (await session.read_resource("sinch-numbers://spec")).contents[0]
        got = (await session.read_resource("sinch-numbers://update-spec/report")).contents[0]
        before = (await session.read_resource("sinch-numbers://conformance")).contents[0]
        number = await first_available(session)
        await server.client.available_numbers.rent(number)
        # the sandbox answers like Sinch's servers: explicit nulls the spec does not allow
        await session.call_tool("active_numbers_get", {"phoneNumber": number})
        seen = (await session.read_resource("sinch-numbers://conformance")).contents[0]
    assert uris == {
        "sinch-numbers://spec",
        "sinch-numbers://update-spec/report",
        "sinch-numbers://conformance",
    }
    assert isinstance(spec, types.TextResourceContents)
    assert yaml.safe_load(spec.text)["info"]["version"] == load_packaged_spec()["info"]["version"]
    assert isinstance(got, types.TextResourceContents) and '"breaking": 0' in got.text
    assert isinstance(before, types.TextResourceContents)
    assert json.loads(before.text) == {"deviations": [], "distinct": 0}
    assert isinstance(seen, types.TextResourceContents)
    deviations = json.loads(seen.text)["deviations"]
    assert {
        "operation": "NumberService_GetActiveNumber",
        "path": "smsConfiguration.scheduledProvisioning",
        "kind": "null",
        "count": 1,
        "detail": f"null, not nullable in spec {load_packaged_spec()['info']['version']}",
    } in deviations


# -- a new operation in the spec --------------------------------------------------------------


async def test_synthetic_spec_with_an_extra_operation_yields_an_extra_tool(
    connect: Connect,
) -> None:
    sys.path.insert(0, str(ROOT / "generator"))
    try:
        import naming
    finally:
        sys.path.remove(str(ROOT / "generator"))
    spec = copy.deepcopy(load_packaged_spec())
    get_active = spec["paths"]["/v1/projects/{projectId}/activeNumbers/{phoneNumber}"]["get"]
    extra = copy.deepcopy(get_active)
    extra.update(
        operationId="NumberService_GetActiveNumberHistory",
        summary="The history of an active number",
        description="Every change made to the number.",
    )
    spec["paths"]["/v1/projects/{projectId}/activeNumbers/{phoneNumber}/history"] = {"get": extra}
    config = yaml.safe_load((ROOT / "generator/facade.yaml").read_text("utf-8"))
    named = naming.facade_names(spec, config)  # what scripts/regenerate would name it
    operations = {op_id: (n.resource, n.method) for op_id, n in named.items()}
    arguments = {
        **ARGUMENTS,
        "NumberService_GetActiveNumberHistory": (("phoneNumber", "phone_number", "path"),),
    }
    async with connect(spec=spec, operations=operations, arguments=arguments) as (session, _):
        tools = {t.name: t for t in (await session.list_tools()).tools}
    async with connect() as (session, _):
        before = await names(session)
    (added,) = set(tools) - before
    assert added == "active_numbers_get_history"
    tool = tools[added]
    assert tool.inputSchema["required"] == ["phoneNumber"]
    assert (tool.description or "").startswith("The history of an active number")
    assert tool.annotations is not None and tool.annotations.readOnlyHint


def test_an_operation_without_a_facade_method_is_left_out(
    caplog: pytest.LogCaptureFixture,
) -> None:
    spec = copy.deepcopy(load_packaged_spec())
    spec["paths"]["/v1/projects/{projectId}/new"] = {"post": {"operationId": "BrandNew"}}
    catalog = build_catalog(spec)
    assert len(catalog) == len(OPERATIONS)
    assert "BrandNew of the spec has no facade method: run scripts/regenerate" in caplog.text
