"""The MCP server: FastMCP (the official SDK) serving the catalog's tools over the facade.

Every operation tool calls its ``AsyncNumbersClient`` method (``resource.with_raw_response``
for the request id); nothing here builds a request. Tools are described to the SDK with their
own JSON Schemas (``list_tools`` / ``call_tool`` of FastMCP, overridden), because they come
from the spec at start-up, not from Python signatures.
"""

from __future__ import annotations

import ast
import base64
import binascii
import json
import logging
import os
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from mcp import types
from mcp.server.fastmcp import FastMCP
from pydantic import BaseModel, Field

from sinch_numbers import AsyncNumbersClient
from sinch_numbers._version import __version__
from sinch_numbers.e164 import InvalidPhoneNumberError
from sinch_numbers.errors import (
    APIStatusError,
    InvalidArgumentsError,
    NotFoundError,
    SinchNumbersError,
)

from ._catalog import (
    DEFAULT_LIMIT,
    OperationTool,
    build_catalog,
    load_packaged_spec,
    packaged_spec_text,
)
from ._safety import ConfirmationTokens, TokenRefusedError, redact

__all__ = ["NumbersMCP", "build_server"]

logger = logging.getLogger("sinch_numbers.mcp")

Handler = Callable[[dict[str, Any]], Awaitable[types.CallToolResult]]

#: Where the last ``scripts/update-spec`` report is looked for (else a checkout's openapi/).
REPORT_ENV = "SINCH_NUMBERS_UPDATE_SPEC_REPORT"

_HINT_CALL = re.compile(r"client\.(\w+)\.(\w+)\((.*?)\)")

INSTRUCTIONS = (
    "Tools for the Sinch Numbers API: one per operation (named resource_method, arguments as "
    "the API spells them), plus number_order_guide (the next step of a number order) and "
    "bulk_preview (what a bulk update or release would change). Billable tools need the "
    "confirmationToken of their preview_ tool: show the human the preview before using it."
)


class _Confirm(BaseModel):
    confirm: bool = Field(description="go ahead: Sinch bills or changes this as described")


@dataclass(frozen=True)
class _Entry:
    definition: types.Tool
    validator: Draft202012Validator
    handler: Handler


def _text(data: Mapping[str, Any]) -> list[types.ContentBlock]:
    return [types.TextContent(type="text", text=json.dumps(data, indent=2, ensure_ascii=False))]


def _ok(data: dict[str, Any]) -> types.CallToolResult:
    return types.CallToolResult(content=_text(data), structuredContent=data)


def _failed(error: dict[str, Any]) -> types.CallToolResult:
    body = {"error": error}
    line = f"{error['type']}: {error['message']}"
    content: list[types.ContentBlock] = [types.TextContent(type="text", text=line), *_text(body)]
    return types.CallToolResult(content=content, structuredContent=body, isError=True)


def _money(price: Any) -> str:
    if isinstance(price, Mapping) and "amount" in price:
        return f"{price.get('amount')} {price.get('currencyCode', '')}".strip()
    return "unknown"


class NumbersMCP(FastMCP[Any]):
    """FastMCP with the catalog's tools (and the workflow tools) instead of decorated ones."""

    def __init__(
        self,
        client: AsyncNumbersClient,
        *,
        catalog: list[OperationTool],
        allow_writes: bool = False,
        tokens: ConfirmationTokens | None = None,
        report_path: str | os.PathLike[str] | None = None,
        spec_text: str | None = None,
        host: str = "127.0.0.1",
        port: int = 8000,
    ) -> None:
        super().__init__(
            name="sinch-numbers",
            instructions=INSTRUCTIONS,
            host=host,
            port=port,
            log_level="WARNING",
        )
        self._mcp_server.version = __version__
        self.client = client
        self.allow_writes = allow_writes
        self.tokens = tokens or ConfirmationTokens()
        self.catalog = {t.name: t for t in catalog}
        self._by_method = {(t.resource, t.method): t for t in catalog}
        self._report_path = report_path
        self._spec_text = spec_text
        self._entries: dict[str, _Entry] = {}
        for tool in catalog:
            if tool.access != "read" and not allow_writes:
                continue
            self._add(self._operation_definition(tool), self._operation_handler(tool))
            if tool.access == "billable":
                self._add(self._preview_definition(tool), self._preview_handler(tool))
        self._add_workflow_tools()
        self._add_resources()

    # -- the tool table -------------------------------------------------------------------

    def _add(self, definition: types.Tool, handler: Handler) -> None:
        schema = definition.inputSchema
        self._entries[definition.name] = _Entry(definition, Draft202012Validator(schema), handler)

    @property
    def tool_names(self) -> list[str]:
        return list(self._entries)

    async def list_tools(self) -> list[types.Tool]:
        return [entry.definition for entry in self._entries.values()]

    async def call_tool(  # type: ignore[override]  # a whole CallToolResult (isError, structured)
        self, name: str, arguments: dict[str, Any]
    ) -> types.CallToolResult:
        entry = self._entries.get(name)
        if entry is None:
            hidden = name in self.catalog or name.removeprefix("preview_") in self.catalog
            why = " (a write tool: start the server with --allow-writes)" if hidden else ""
            return _failed({"type": "UnknownTool", "message": f"no tool {name!r}{why}"})
        problems = sorted(
            f"{'.'.join(str(p) for p in e.absolute_path) or 'arguments'}: {e.message}"
            for e in entry.validator.iter_errors(arguments)
        )
        if problems:
            return _failed(
                {
                    "type": "InvalidArgumentsError",
                    "message": "; ".join(problems),
                    "nothingSent": True,
                }
            )
        return await entry.handler(dict(arguments))

    # -- operation tools ------------------------------------------------------------------

    def _operation_definition(self, tool: OperationTool) -> types.Tool:
        read = tool.access == "read"
        return types.Tool(
            name=tool.name,
            title=tool.summary,
            description=tool.full_description(self.tokens.ttl),
            inputSchema=tool.input_schema(with_token=tool.access == "billable"),
            annotations=types.ToolAnnotations(
                readOnlyHint=read,
                destructiveHint=tool.access == "billable",
                idempotentHint=read or tool.http_method in ("PUT", "PATCH"),
                openWorldHint=True,
            ),
        )

    def _operation_handler(self, tool: OperationTool) -> Handler:
        async def handle(arguments: dict[str, Any]) -> types.CallToolResult:
            token = arguments.pop("confirmationToken", None)
            if tool.access == "billable":
                refusal = await self._confirm(tool, arguments, token)
                if refusal is not None:
                    return refusal
            try:
                data, request_id = await self._invoke(tool, arguments)
            except SinchNumbersError as exc:
                if tool.access != "read":
                    self._log_write(tool, arguments, f"failed: {type(exc).__name__}", exc)
                return _failed(self._describe(exc))
            if tool.access != "read":
                self._log_write(tool, arguments, "done", None, request_id)
            return _ok(data)

        return handle

    def _facade_call(
        self, tool: OperationTool, arguments: Mapping[str, Any]
    ) -> tuple[list[Any], dict[str, Any]]:
        positional: list[Any] = []
        keywords: dict[str, Any] = {}
        for arg in tool.arguments:
            if arg.wire not in arguments:
                continue
            value = arguments[arg.wire]
            if arg.is_file:
                try:
                    value = base64.b64decode(value, validate=True)
                except (binascii.Error, ValueError, TypeError):
                    raise InvalidArgumentsError(f"{arg.wire} must be base64") from None
            if arg.kind == "path":
                positional.append(value)
            else:
                keywords[arg.facade] = value
        return positional, keywords

    async def _invoke(
        self, tool: OperationTool, arguments: Mapping[str, Any]
    ) -> tuple[dict[str, Any], str | None]:
        positional, keywords = self._facade_call(tool, arguments)
        resource = getattr(self.client, tool.resource)
        if tool.items_key is not None:
            return await self._collect(tool, resource, positional, keywords, arguments), None
        raw = await getattr(resource.with_raw_response, tool.method)(*positional, **keywords)
        parsed = raw.parse()
        data = parsed.to_dict() if hasattr(parsed, "to_dict") else {}
        return data, raw.request_id

    async def _collect(
        self,
        tool: OperationTool,
        resource: Any,
        positional: list[Any],
        keywords: dict[str, Any],
        arguments: Mapping[str, Any],
    ) -> dict[str, Any]:
        """Up to ``limit`` items, fetching the next page only while more are wanted."""
        assert tool.items_key is not None
        limit = int(arguments.get("limit", DEFAULT_LIMIT))
        items: list[Any] = []
        more = False
        total: Any = None
        async for page in getattr(resource, tool.method)(*positional, **keywords).iter_pages():
            body = page.to_dict()
            total = body.get("totalSize", total)
            batch = body.get(tool.items_key) or []
            room = limit - len(items)
            items += batch[:room]
            if len(batch) > room:
                more = True
                break
            if len(items) >= limit:
                more = bool(body.get("nextPageToken"))
                break
        out: dict[str, Any] = {tool.items_key: items, "count": len(items), "more": more}
        if total is not None:
            out["totalSize"] = total
        return out

    def _describe(self, exc: BaseException) -> dict[str, Any]:
        """A tool error: the typed error's class, status, Sinch's code/message, request id,
        and for an unknown outcome the reconcile hint as the suggested next tool call."""
        error: dict[str, Any] = {"type": type(exc).__name__, "message": str(exc)}
        if isinstance(exc, APIStatusError):
            error["message"] = exc.message
            error["statusCode"] = exc.status_code
            error["status"] = exc.status
            error["code"] = exc.code
            if exc.details:
                error["details"] = exc.details
        for attr, key in (("status_code", "statusCode"), ("request_id", "requestId")):
            value = getattr(exc, attr, None)
            if value is not None:
                error[key] = value
        if isinstance(exc, InvalidArgumentsError | InvalidPhoneNumberError):
            error["nothingSent"] = True  # checked by the facade before any request
        hint = getattr(exc, "reconcile_hint", None)
        if isinstance(hint, str) and hint:
            error["reconcileHint"] = hint
            call = self.suggest(hint)
            if call is not None:
                error["suggestedNextCall"] = call
        return error

    def suggest(self, hint: str) -> dict[str, Any] | None:
        """``call client.active_numbers.get('+1...')`` -> ``{"tool": "active_numbers_get",
        "arguments": {"phoneNumber": "+1..."}}`` (the facade.yaml hint, as a tool call)."""
        match = _HINT_CALL.search(hint)
        if match is None:
            return None
        tool = self._by_method.get((match[1], match[2]))
        if tool is None:
            return None
        try:
            call = ast.parse(f"f({match[3]})", mode="eval").body
            assert isinstance(call, ast.Call)
            values = [ast.literal_eval(a) for a in call.args]
            named = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg}
        except (SyntaxError, ValueError, AssertionError):
            return None
        path_args = [a for a in tool.arguments if a.kind == "path"]
        arguments = {a.wire: v for a, v in zip(path_args, values, strict=False)}
        by_facade = {a.facade: a.wire for a in tool.arguments}
        arguments.update({by_facade[k]: v for k, v in named.items() if k in by_facade})
        return {"tool": tool.name, "arguments": arguments}

    def _log_write(
        self,
        tool: OperationTool,
        arguments: Mapping[str, Any],
        outcome: str,
        exc: BaseException | None,
        request_id: str | None = None,
    ) -> None:
        request_id = request_id or getattr(exc, "request_id", None)
        logger.info(
            "mcp write %s %s: %s (request id %s)",
            tool.name,
            json.dumps(redact(dict(arguments)), sort_keys=True, ensure_ascii=False),
            outcome,
            request_id or "none",
        )

    # -- money safety ---------------------------------------------------------------------

    async def _confirm(
        self, tool: OperationTool, arguments: dict[str, Any], token: object
    ) -> types.CallToolResult | None:
        """None to go ahead; else the refusal (nothing sent)."""
        if token is not None:
            try:
                self.tokens.redeem(token, tool.name, arguments)
            except TokenRefusedError as exc:
                return self._refused(tool, arguments, str(exc))
            return None
        context = self.get_context()
        session = context.request_context.session
        can_ask = session.check_client_capability(
            types.ClientCapabilities(elicitation=types.ElicitationCapability())
        )
        if not can_ask:
            return self._refused(tool, arguments, self.tokens.missing(tool.name))
        preview = await self._preview(tool, arguments)
        question = "\n".join([f"{tool.name}: {tool.summary}", *preview["willHappen"], "Go ahead?"])
        answer = await context.elicit(message=question, schema=_Confirm)
        if answer.action == "accept" and answer.data.confirm:
            logger.info("mcp %s confirmed by the human (elicitation)", tool.name)
            return None
        return self._refused(tool, arguments, f"the human did not confirm ({answer.action})")

    def _refused(
        self, tool: OperationTool, arguments: Mapping[str, Any], why: str
    ) -> types.CallToolResult:
        logger.info("mcp refused %s: %s (nothing sent)", tool.name, why)
        return _failed(
            {
                "type": "ConfirmationRequired",
                "message": f"{why}; nothing was sent",
                "nothingSent": True,
                "suggestedNextCall": {"tool": tool.preview_name, "arguments": dict(arguments)},
            }
        )

    def _preview_definition(self, tool: OperationTool) -> types.Tool:
        return types.Tool(
            name=tool.preview_name,
            title=f"Preview: {tool.summary}",
            description=(
                f"What {tool.name} would do with these arguments (the number, its setup and "
                "monthly price, what would be released), looked up with read-only calls, and a "
                f"confirmationToken for {tool.name} with exactly these arguments (valid "
                f"{self.tokens.ttl} s, usable once). Show the human the preview before using "
                "the token. Nothing is changed."
            ),
            inputSchema=tool.input_schema(with_token=False),
            annotations=types.ToolAnnotations(
                readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=True
            ),
        )

    def _preview_handler(self, tool: OperationTool) -> Handler:
        async def handle(arguments: dict[str, Any]) -> types.CallToolResult:
            preview = await self._preview(tool, arguments)
            preview["confirmationToken"] = self.tokens.issue(tool.name, arguments)
            preview["expiresInSeconds"] = self.tokens.ttl
            return _ok(preview)

        return handle

    async def _preview(self, tool: OperationTool, arguments: Mapping[str, Any]) -> dict[str, Any]:
        lines: list[str] = []
        details: dict[str, Any] = {}
        look = _PREVIEWS.get(tool.operation_id)
        try:
            if look is not None:
                await look(self.client, arguments, lines, details)
        except SinchNumbersError as exc:
            details["lookupError"] = self._describe(exc)
            lines.append(f"could not look it up ({type(exc).__name__}: {exc}); the call may fail")
        if not lines:
            lines.append(f"{tool.http_method} {tool.path} with these arguments")
        return {"tool": tool.name, "arguments": dict(arguments), "willHappen": lines, **details}

    # -- workflow tools -------------------------------------------------------------------

    def _add_workflow_tools(self) -> None:
        self._add(
            types.Tool(
                name="number_order_guide",
                title="Number order: the next step",
                description=(
                    "Guides a KYC number order (the way to buy numbers outside US LOCAL): "
                    "without numberOrderId, the region's requirements (regionCode, numberType) "
                    "and how to create the order; with it, the order's state, what is missing "
                    "(registration fields, mandatory files) and the next tool call, until "
                    "COMPLETED. Pass requestDetails to check a registration against the "
                    "region's rules before sending it. Read-only."
                ),
                inputSchema={
                    "type": "object",
                    "properties": {
                        "numberOrderId": {"type": "string"},
                        "regionCode": {"type": "string", "description": "ISO 3166-1 alpha-2"},
                        "numberType": {"type": "string", "enum": ["MOBILE", "LOCAL", "TOLL_FREE"]},
                        "requestDetails": {
                            "type": "object",
                            "description": "a registration to check: {'data': [...]}",
                        },
                    },
                    "additionalProperties": False,
                },
                annotations=types.ToolAnnotations(readOnlyHint=True, openWorldHint=True),
            ),
            self._guard(self._order_guide),
        )
        self._add(
            types.Tool(
                name="bulk_preview",
                title="Preview a bulk update or release",
                description=(
                    "What updating or releasing many active numbers would change: each number "
                    "is read (active_numbers_get) and compared with `changes` (update) or listed "
                    "with what stops (release). Nothing is written."
                ),
                inputSchema={
                    "type": "object",
                    "properties": {
                        "action": {"type": "string", "enum": ["update", "release"]},
                        "phoneNumbers": {
                            "type": "array",
                            "items": {"type": "string"},
                            "minItems": 1,
                            "maxItems": 500,
                        },
                        "changes": {
                            "type": "object",
                            "description": "update: the fields to set, as active_numbers_update "
                            "takes them (displayName, smsConfiguration, voiceConfiguration, "
                            "callbackUrl)",
                        },
                    },
                    "required": ["action", "phoneNumbers"],
                    "additionalProperties": False,
                },
                annotations=types.ToolAnnotations(readOnlyHint=True, openWorldHint=True),
            ),
            self._guard(self._bulk_preview),
        )

    def _guard(self, fn: Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]) -> Handler:
        async def handle(arguments: dict[str, Any]) -> types.CallToolResult:
            try:
                return _ok(await fn(arguments))
            except SinchNumbersError as exc:
                return _failed(self._describe(exc))

        return handle

    def _write_note(self, call: dict[str, Any]) -> dict[str, Any]:
        if not self.allow_writes:
            call["note"] = "a write: this server is read-only (start it with --allow-writes)"
        return call

    async def _order_guide(self, arguments: dict[str, Any]) -> dict[str, Any]:
        from sinch_numbers.orders import FINAL_STATES, Requirements, resume_async

        order_id = arguments.get("numberOrderId")
        if order_id is None:
            region, kind = arguments.get("regionCode"), arguments.get("numberType")
            if not region or not kind:
                raise InvalidArgumentsError(
                    "pass numberOrderId, or regionCode and numberType to start an order"
                )
            try:
                found = await self.client.number_orders.lookup_requirements(
                    region_code=region, number_type=kind
                )
                raw: dict[str, Any] | None = found.to_dict()
            except NotFoundError:
                raw = None
            requirements = Requirements.from_api(raw, region_code=region, number_type=kind)
            start: dict[str, Any] = {
                "stage": "requirements",
                "requirements": _requirements(requirements),
                "nextStep": self._write_note(
                    {
                        "tool": "preview_number_orders_create",
                        "arguments": {
                            "regionCode": region,
                            "numberType": kind,
                            "numberOrderOption": {"phoneNumbers": ["<E.164 number>"]},
                        },
                        "why": "create the order: it reserves the numbers (billable once "
                        "completed); or quantityOrderOption: {quantity: N}",
                    }
                ),
            }
            if "requestDetails" in arguments:
                start["registrationProblems"] = [
                    str(v) for v in requirements.validate(arguments["requestDetails"])
                ]
            return start
        order = await resume_async(self.client, order_id)
        state = str(order.state)
        out: dict[str, Any] = {
            "numberOrderId": order.id,
            "state": state,
            "phoneNumbers": order.phone_numbers,
            "logs": order.logs,
        }
        if order.time_left is not None:
            out["reservationSecondsLeft"] = int(order.time_left.total_seconds())
        if "requestDetails" in arguments:
            problems = [str(v) for v in order.requirements.validate(arguments["requestDetails"])]
            out["registrationProblems"] = problems
            if problems:
                out["nextStep"] = {"why": "fix these fields, then ask again", "tool": None}
                return out
            out["nextStep"] = self._write_note(
                {
                    "tool": "number_orders_update_registration",
                    "arguments": {
                        "numberOrderId": order.id,
                        "requestDetails": arguments["requestDetails"],
                    },
                    "why": "the registration passes the region's rules: send it",
                }
            )
            return out
        if state == "COMPLETED":
            out["stage"] = "completed"
            out["nextStep"] = None
            return out
        if state in {str(s) for s in FINAL_STATES}:
            out["stage"] = "final"
            out["nextStep"] = None
            return out
        missing = order.missing()
        out["missing"] = missing
        if state not in ("CREATED", "BLOCKED"):
            out["stage"] = "review"
            out["nextStep"] = {
                "tool": "number_order_guide",
                "arguments": {"numberOrderId": order.id},
                "why": f"the order is {state}: Sinch is working on it; ask again in a while",
            }
            return out
        out["requirements"] = _requirements(order.requirements)
        if any(m.startswith("registration:") for m in missing):
            out["stage"] = "registration"
            out["nextStep"] = self._write_note(
                {
                    "tool": "number_order_guide",
                    "arguments": {"numberOrderId": order.id, "requestDetails": {"data": ["..."]}},
                    "why": "fill in the registration (one group per requirement group under "
                    "'data'); the guide checks it, then says to send it with "
                    "number_orders_update_registration",
                }
            )
            return out
        uploaded = _uploaded(order.registration)
        for wanted in order.requirements.mandatory_attachments:
            if wanted.id not in uploaded:
                out["stage"] = "attachments"
                out["nextStep"] = self._write_note(
                    {
                        "tool": "number_orders_upload_attachment",
                        "arguments": {
                            "numberOrderId": order.id,
                            "attachmentId": wanted.id,
                            "file": "<base64 of the file>",
                        },
                        "why": f"upload {wanted.title or wanted.id}"
                        + (
                            f" ({', '.join(wanted.allowed_mime_types)})"
                            if wanted.allowed_mime_types
                            else ""
                        ),
                    }
                )
                return out
        out["stage"] = "submit"
        out["nextStep"] = self._write_note(
            {
                "tool": "preview_number_orders_submit",
                "arguments": {"numberOrderId": order.id},
                "why": "everything is in: submit the order for review (then ask the guide "
                "again until COMPLETED)",
            }
        )
        return out

    async def _bulk_preview(self, arguments: dict[str, Any]) -> dict[str, Any]:
        action = arguments["action"]
        changes: dict[str, Any] = arguments.get("changes") or {}
        if action == "update" and not changes:
            raise InvalidArgumentsError("an update needs `changes` (nothing would change)")
        rows: list[dict[str, Any]] = []
        monthly: dict[str, float] = {}
        for number in arguments["phoneNumbers"]:
            try:
                current = (await self.client.active_numbers.get(number)).to_dict()
            except SinchNumbersError as exc:
                rows.append({"phoneNumber": number, "error": self._describe(exc)})
                continue
            if action == "release":
                price = current.get("money") or {}
                rows.append(
                    {
                        "phoneNumber": number,
                        "release": True,
                        "monthlyPriceStops": _money(price),
                        "loses": {k: current[k] for k in _CONFIG_KEYS if current.get(k)},
                    }
                )
                if isinstance(price, Mapping) and "amount" in price:
                    code = str(price.get("currencyCode", ""))
                    monthly[code] = monthly.get(code, 0.0) + float(price["amount"])
                continue
            diff = _diff(current, changes)
            rows.append({"phoneNumber": number, "changes": diff, "unchanged": not diff})
        summary: dict[str, Any] = {
            "action": action,
            "numbers": len(rows),
            "errors": sum(1 for r in rows if "error" in r),
            "written": 0,
        }
        if action == "update":
            summary["wouldChange"] = sum(1 for r in rows if r.get("changes"))
        else:
            summary["monthlyPriceStops"] = {k: f"{v:.2f}" for k, v in sorted(monthly.items())}
        return {"summary": summary, "numbers": rows}

    # -- resources ------------------------------------------------------------------------

    def _add_resources(self) -> None:
        @self.resource(
            "sinch-numbers://spec",
            name="spec",
            description="The pinned OpenAPI spec these tools were generated from",
            mime_type="application/yaml",
        )
        def spec() -> str:
            return self._spec_text if self._spec_text is not None else packaged_spec_text()

        @self.resource(
            "sinch-numbers://update-spec/report",
            name="update-spec-report",
            description="The last scripts/update-spec report (what changed upstream, what is left)",
            mime_type="application/json",
        )
        def report() -> str:
            return json.dumps(self.update_spec_report(), indent=2, ensure_ascii=False)

        @self.resource(
            "sinch-numbers://conformance",
            name="conformance",
            description="Departures from the spec seen in the server's responses so far",
            mime_type="application/json",
        )
        def conformance() -> str:
            record = self.client.conformance
            counts = record.counts()
            seen = [
                {
                    "operation": d.key[0],
                    "path": d.key[1],
                    "kind": str(d.key[2]),
                    "count": counts.get(d.key, 1),
                    "detail": d.detail,
                }
                for d in record.deviations()
            ]
            return json.dumps({"deviations": seen, "distinct": len(seen)}, indent=2)

    def update_spec_report(self) -> dict[str, Any]:
        """The report file (``report_path`` or ``$SINCH_NUMBERS_UPDATE_SPEC_REPORT``), else
        what a checkout's ``openapi/`` keeps of the last update (pending.json, spec.lock.json)."""
        given = self._report_path or os.environ.get(REPORT_ENV)
        if given:
            path = Path(given)
            try:
                return {"source": str(path), "report": json.loads(path.read_text("utf-8"))}
            except (OSError, ValueError) as exc:
                return {"source": str(path), "error": f"cannot read it: {exc}"}
        for folder in [Path.cwd(), *Path.cwd().parents]:
            pending, lock = folder / "openapi/pending.json", folder / "openapi/spec.lock.json"
            if pending.is_file() and lock.is_file():
                return {
                    "source": str(folder / "openapi"),
                    "pending": json.loads(pending.read_text("utf-8")),
                    "lock": json.loads(lock.read_text("utf-8")),
                }
        return {
            "source": None,
            "note": "no report: pass --update-spec-report PATH (scripts/update-spec --report "
            f"PATH writes one) or set {REPORT_ENV}, or run inside a checkout",
        }


# -- helpers of the workflow tools and previews -----------------------------------------------

_CONFIG_KEYS = ("smsConfiguration", "voiceConfiguration", "callbackUrl", "displayName")


def _diff(current: Mapping[str, Any], changes: Mapping[str, Any], prefix: str = "") -> list[Any]:
    out: list[Any] = []
    for key, new in changes.items():
        name = f"{prefix}{key}"
        old = current.get(key)
        if isinstance(new, Mapping) and isinstance(old, Mapping):
            out += _diff(old, new, f"{name}.")
        elif old != new:
            out.append({"field": name, "from": old, "to": new})
    return out


def _uploaded(registration: Any) -> set[str]:
    found: set[str] = set()
    for item in getattr(registration, "attachments", None) or []:
        if str(getattr(item, "upload_status", "")) == "COMPLETED":
            found.add(str(item.attachment_id))
    return found


def _requirements(req: Any) -> dict[str, Any]:
    return {
        "fields": [
            {
                k: v
                for k, v in {
                    "path": f.path,
                    "type": f.type,
                    "required": f.required,
                    "maxLength": f.max_length,
                    "pattern": f.pattern,
                    "allowedValues": list(f.allowed_values) or None,
                    "title": f.title,
                }.items()
                if v is not None
            }
            for f in req.fields
        ],
        "groups": len(req.groups),
        "attachments": [
            {
                "attachmentId": a.id,
                "title": a.title,
                "mandatory": a.mandatory,
                "allowedMimeTypes": list(a.allowed_mime_types),
            }
            for a in req.attachments
        ],
        "warnings": list(req.warnings),
    }


def _number_lines(number: Mapping[str, Any], lines: list[str], verb: str) -> None:
    caps = ", ".join(number.get("capability") or [])
    lines.append(
        f"{verb} {number.get('phoneNumber')} ({number.get('regionCode')} {number.get('type')}; "
        f"{caps})"
    )
    lines.append(
        f"setup {_money(number.get('setupPrice'))}, then {_money(number.get('monthlyPrice'))} "
        f"every {number.get('paymentIntervalMonths', '?')} month(s); Sinch bills it until it is "
        "released"
    )


Preview = Callable[
    [AsyncNumbersClient, Mapping[str, Any], list[str], dict[str, Any]], Awaitable[None]
]


async def _preview_rent(
    client: AsyncNumbersClient, a: Mapping[str, Any], lines: list[str], d: dict[str, Any]
) -> None:
    number = (await client.available_numbers.get(a["phoneNumber"])).to_dict()
    d["availableNumber"] = number
    _number_lines(number, lines, "rent")


async def _preview_rent_any(
    client: AsyncNumbersClient, a: Mapping[str, Any], lines: list[str], d: dict[str, Any]
) -> None:
    pattern = a.get("numberPattern") or {}
    found = await client.available_numbers.search(
        region_code=a["regionCode"],
        type=a["type"],
        **({"pattern": pattern["pattern"]} if "pattern" in pattern else {}),
        **({"search_pattern": pattern["searchPattern"]} if "searchPattern" in pattern else {}),
        **({"capabilities": a["capabilities"]} if "capabilities" in a else {}),
        size=1,
    )
    numbers = found.to_dict().get("availableNumbers") or []
    if not numbers:
        lines.append("no number matches now: the rent will fail")
        return
    d["likelyNumber"] = numbers[0]
    _number_lines(numbers[0], lines, "rent one matching number, such as")


async def _preview_release(
    client: AsyncNumbersClient, a: Mapping[str, Any], lines: list[str], d: dict[str, Any]
) -> None:
    number = (await client.active_numbers.get(a["phoneNumber"])).to_dict()
    d["activeNumber"] = number
    lines.append(
        f"release {number.get('phoneNumber')}: it stops being yours; "
        f"{_money(number.get('money'))} per {number.get('paymentIntervalMonths', '?')} month(s) "
        "is no longer billed"
    )
    kept = [k for k in _CONFIG_KEYS if number.get(k)]
    if kept:
        lines.append(f"its {', '.join(kept)} go with it; renting it again may not be possible")


async def _preview_order_create(
    client: AsyncNumbersClient, a: Mapping[str, Any], lines: list[str], d: dict[str, Any]
) -> None:
    option = a.get("numberOrderOption") or {}
    quantity = a.get("quantityOrderOption") or {}
    numbers: list[dict[str, Any]] = []
    for phone in option.get("phoneNumbers") or []:
        numbers.append((await client.available_numbers.get(phone)).to_dict())
    if quantity:
        pattern = quantity.get("numberPattern") or {}
        found = await client.available_numbers.search(
            region_code=a["regionCode"],
            type=a["numberType"],
            **({"pattern": pattern["pattern"]} if "pattern" in pattern else {}),
            **({"search_pattern": pattern["searchPattern"]} if "searchPattern" in pattern else {}),
            size=int(quantity.get("quantity", 1)),
        )
        numbers = found.to_dict().get("availableNumbers") or []
        lines.append(f"order {quantity.get('quantity')} number(s); such as:")
    for number in numbers:
        _number_lines(number, lines, "reserve")
    d["numbers"] = numbers
    lines.append("creating the order reserves the numbers; they are bought once it completes")


async def _preview_order_submit(
    client: AsyncNumbersClient, a: Mapping[str, Any], lines: list[str], d: dict[str, Any]
) -> None:
    order = (await client.number_orders.get(a["numberOrderId"])).to_dict()
    d["numberOrder"] = order
    lines.append(f"submit order {a['numberOrderId']} ({order.get('state')}) for Sinch's review")
    for item in order.get("orderNumbers") or []:
        price = item.get("numberPrice") or {}
        lines.append(
            f"buy {item.get('phoneNumber')}: setup {_money(price.get('setupPrice'))}, then "
            f"{_money(price.get('monthlyPrice'))} every "
            f"{price.get('paymentIntervalMonths', '?')} month(s)"
        )


async def _preview_provision(
    client: AsyncNumbersClient, a: Mapping[str, Any], lines: list[str], d: dict[str, Any]
) -> None:
    checked = await client.emergency_addresses.validate(
        a["phoneNumber"], display_name=a["displayName"], address=a["address"]
    )
    d["validation"] = checked.to_dict()
    lines.append(
        f"provision this address for {a['phoneNumber']}: emergency services will see it "
        f"(validation: {d['validation'].get('validationResult')})"
    )


async def _preview_deprovision(
    client: AsyncNumbersClient, a: Mapping[str, Any], lines: list[str], d: dict[str, Any]
) -> None:
    current = (await client.emergency_addresses.get(a["phoneNumber"])).to_dict()
    d["emergencyAddress"] = current
    lines.append(f"remove the emergency address of {a['phoneNumber']}: emergency services lose it")


_PREVIEWS: dict[str, Preview] = {
    "NumberService_RentNumber": _preview_rent,
    "NumberService_RentAnyNumber": _preview_rent_any,
    "NumberService_ReleaseNumber": _preview_release,
    "CreateNumberOrder": _preview_order_create,
    "SubmitNumberOrder": _preview_order_submit,
    "NumberService_ProvisionEmergencyAddress": _preview_provision,
    "NumberService_DeprovisionEmergencyAddress": _preview_deprovision,
}


def build_server(
    client: AsyncNumbersClient,
    *,
    allow_writes: bool = False,
    spec: Mapping[str, Any] | None = None,
    operations: Mapping[str, tuple[str, str]] | None = None,
    arguments: Mapping[str, tuple[tuple[str, str, str], ...]] | None = None,
    tokens: ConfirmationTokens | None = None,
    report_path: str | os.PathLike[str] | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
) -> NumbersMCP:
    """The server for ``client``: tools generated from ``spec`` (default: the packaged one)
    and the facade's tables (``operations``/``arguments``, default: the installed ones)."""
    catalog = build_catalog(load_packaged_spec() if spec is None else spec, operations, arguments)
    return NumbersMCP(
        client,
        catalog=catalog,
        allow_writes=allow_writes,
        tokens=tokens,
        report_path=report_path,
        spec_text=None if spec is None else json.dumps(spec, indent=2),
        host=host,
        port=port,
    )
