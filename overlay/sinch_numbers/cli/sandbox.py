"""``sinch-numbers sandbox``: the local sandbox (``serve``), and one signed callback to a
handler of yours (``trigger``)."""

from __future__ import annotations

import os
import secrets
from datetime import UTC, datetime
from typing import Annotated, Any

import typer

from ._errors import EXIT_API_4XX, EXIT_API_5XX, CLIError
from ._options import JsonFlag
from ._state import SANDBOX_EXTRA, state
from .webhooks import SECRET_ENV

app = typer.Typer(
    name="sandbox", help="A local Sinch Numbers API, and test callbacks.", no_args_is_help=True
)

#: What ``trigger`` sends when no ``--status`` is given, per resource type.
DEFAULT_STATUS = {"ACTIVE_NUMBER": "SUCCEEDED", "NUMBER_ORDER": "COMPLETED"}


@app.command(
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    add_help_option=False,
)
def serve(ctx: typer.Context) -> None:
    """Serve the sandbox until Ctrl-C (the flags of `python -m sinch_numbers.sandbox`; see
    `sinch-numbers sandbox serve --help`)."""
    try:
        from sinch_numbers.sandbox.__main__ import main
    except ImportError as exc:
        raise CLIError(
            f"the sandbox needs the 'sandbox' extra: {SANDBOX_EXTRA} ({exc.name} is not installed)"
        ) from None
    try:
        code = main(list(ctx.args), prog="sinch-numbers sandbox serve")
    except SystemExit as exc:  # argparse: --help, or a usage error
        code = exc.code if isinstance(exc.code, int) else 2
    raise typer.Exit(code)


def _event_types() -> dict[str, str]:
    """Every event type the spec lists -> its resource type."""
    from sinch_numbers_api.models.callback_payload_active_number_event_type import (
        CallbackPayloadActiveNumberEventType,
    )
    from sinch_numbers_api.models.callback_payload_number_order_event_type import (
        CallbackPayloadNumberOrderEventType,
    )

    found = {e.value: "ACTIVE_NUMBER" for e in CallbackPayloadActiveNumberEventType}
    found.update({e.value: "NUMBER_ORDER" for e in CallbackPayloadNumberOrderEventType})
    return found


def build_event(
    event_type: str,
    *,
    project_id: str,
    resource_id: str | None = None,
    status: str | None = None,
    failure_code: str | None = None,
) -> dict[str, Any]:
    """A callback body of the spec's shape, built with the generated payload models."""
    from sinch_numbers_api.models.callback_payload_active_number import (
        CallbackPayloadActiveNumber,
    )
    from sinch_numbers_api.models.callback_payload_number_order import CallbackPayloadNumberOrder
    from sinch_numbers_api.models.resource_type import ResourceType

    kinds = _event_types()
    resource = kinds.get(event_type)
    if resource is None:
        raise CLIError(f"unknown event type {event_type!r}; one of: {', '.join(kinds)}")
    common: dict[str, Any] = {
        "resource_type": ResourceType(resource),
        "event_id": secrets.token_hex(13),
        # Sinch's format: UTC without a zone, microseconds (the spec's example).
        "timestamp": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="microseconds"),
        "project_id": project_id,
    }
    payload: Any
    if resource == "ACTIVE_NUMBER":
        from sinch_numbers_api.models.callback_payload_active_number_event_type import (
            CallbackPayloadActiveNumberEventType,
        )
        from sinch_numbers_api.models.callback_payload_active_number_failure_code import (
            CallbackPayloadActiveNumberFailureCode,
        )
        from sinch_numbers_api.models.callback_payload_active_number_status import (
            CallbackPayloadActiveNumberStatus,
        )

        payload = CallbackPayloadActiveNumber(
            **common,
            resource_id=resource_id or "+12025550134",
            event_type=CallbackPayloadActiveNumberEventType(event_type),
            status=_known(CallbackPayloadActiveNumberStatus, status or DEFAULT_STATUS[resource]),
        )
        if failure_code is not None:
            payload.failure_code = _known(CallbackPayloadActiveNumberFailureCode, failure_code)
    else:
        from sinch_numbers_api.models.callback_payload_number_order_event_type import (
            CallbackPayloadNumberOrderEventType,
        )
        from sinch_numbers_api.models.callback_payload_number_order_status import (
            CallbackPayloadNumberOrderStatus,
        )

        if failure_code is not None:
            raise CLIError("--failure-code goes only with ACTIVE_NUMBER events")
        payload = CallbackPayloadNumberOrder(
            **common,
            resource_id=resource_id or secrets.token_hex(13),
            event_type=CallbackPayloadNumberOrderEventType(event_type),
            status=_known(CallbackPayloadNumberOrderStatus, status or DEFAULT_STATUS[resource]),
        )
    body: dict[str, Any] = payload.to_dict()
    return body


def _known(enum: Any, value: str) -> Any:
    member = enum(value.upper())
    if not member.is_known:
        raise CLIError(f"unknown value {value!r}; one of: {', '.join(m.value for m in enum)}")
    return member


def _complete_event_type(incomplete: str) -> list[str]:
    return [name for name in _event_types() if name.startswith(incomplete.upper())]


@app.command()
def trigger(
    ctx: typer.Context,
    event_type: Annotated[
        str,
        typer.Argument(
            metavar="EVENT_TYPE",
            callback=lambda v: v.upper(),
            autocompletion=_complete_event_type,
            help="e.g. PROVISIONING_TO_SMS_PLATFORM or NUMBER_ORDER_PROCESSING",
        ),
    ],
    url: Annotated[str, typer.Option(help="your callback handler, e.g. http://127.0.0.1:8000/")],
    secret: Annotated[
        str | None,
        typer.Option(envvar=SECRET_ENV, help="HMAC secret to sign with \\[default: unsigned]"),
    ] = None,
    resource_id: Annotated[
        str | None, typer.Option(help="the number or order ID \\[default: an example]")
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(help="SUCCEEDED/FAILED (numbers), COMPLETED/REJECTED/... (orders)"),
    ] = None,
    failure_code: Annotated[
        str | None, typer.Option(help="with FAILED numbers, e.g. CAMPAIGN_NOT_AVAILABLE")
    ] = None,
    json_: JsonFlag = False,
) -> None:
    """Send one signed callback event of the spec's shape to URL (exit 3 if it answers 4xx,
    4 for 5xx or no connection)."""
    import httpx

    from sinch_numbers.webhooks import SIGNATURE_HEADER, sign

    g = state(ctx)
    project_id = g.project_id or os.environ.get("SINCH_PROJECT_ID") or "sandbox-project"
    event = build_event(
        event_type,
        project_id=project_id,
        resource_id=resource_id,
        status=status,
        failure_code=failure_code,
    )
    body = _compact(event)
    headers = {"Content-Type": "application/json", "User-Agent": "sinch-numbers-sandbox-trigger"}
    if secret:
        headers[SIGNATURE_HEADER] = sign(body, secret)
    try:
        answer = httpx.post(url, content=body, headers=headers, timeout=g.timeout or 10.0)
    except httpx.HTTPError as exc:
        raise CLIError(f"could not deliver the event to {url}: {exc}", EXIT_API_5XX) from None
    out = g.output(json=json_)
    if out.mode == "table":
        signed = "signed" if secret else "unsigned"
        out.lines(
            f"sent {signed} {event_type} (event {event['eventId']}) to {url}: "
            f"{answer.status_code} {answer.reason_phrase}"
        )
    else:
        out.json({"status": answer.status_code, "url": url, "event": event})
    if answer.status_code >= 400:
        raise typer.Exit(EXIT_API_4XX if answer.status_code < 500 else EXIT_API_5XX)


def _compact(event: dict[str, Any]) -> bytes:
    import json

    return json.dumps(event, separators=(",", ":")).encode()
