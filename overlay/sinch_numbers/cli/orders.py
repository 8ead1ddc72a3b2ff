"""``sinch-numbers orders``: KYC number orders, over the workflow of ``sinch_numbers.orders``
(requirements, registration, attachments, submit, review)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._errors import EXIT_NO, CLIError
from ._options import (
    AppId,
    CallbackUrl,
    CampaignId,
    Capabilities,
    JsonFlag,
    Pattern,
    Region,
    SearchPattern,
    ServicePlanId,
    TypeOption,
    YesFlag,
    number_setup,
    unset_if_none,
)
from ._output import Column, Output, cell
from ._state import Globals, note, state

if TYPE_CHECKING:
    from sinch_numbers.orders import OrderWorkflow, Requirements

app = typer.Typer(
    name="orders",
    help="KYC number orders: requirements, start, registration, files, submit, wait.",
    no_args_is_help=True,
)

OrderId = Annotated[str, typer.Argument(metavar="ID", help="the number order ID")]
RegistrationFile = Annotated[
    Path | None,
    typer.Option(
        "--registration",
        exists=True,
        dir_okay=False,
        help="the registration as JSON ({'requestDetails': {'data': [...]}}, {'data': [...]} "
        "or the list); without it you are asked field by field on a terminal",
    ),
]

FIELD_COLUMNS = (
    Column("field", "path"),
    Column("what it takes", "what"),
)


# -- requirements -------------------------------------------------------------------------


@app.command()
def requirements(
    ctx: typer.Context, region: Region, type_: TypeOption, json_: JsonFlag = False
) -> None:
    """What a region asks for a number type: registration fields and files (orders nothing)."""
    from sinch_numbers.orders import lookup_requirements

    g = state(ctx)
    found = lookup_requirements(g.client(), region_code=region, number_type=type_)
    out = g.output(json=json_)
    if out.mode != "table":
        out.json(dict(found.raw) if found.raw is not None else {})
        return
    if found.is_empty:
        out.lines(f"{region} {type_} numbers need no registration and no files")
        return
    out.show_list(
        (_field_row(f) for f in found.fields),
        FIELD_COLUMNS,
        key="fields",
        title="registration fields (paths within requestDetails.data)",
    )
    for wanted in found.attachments:
        kind = "mandatory" if wanted.mandatory else "optional"
        types = ", ".join(wanted.allowed_mime_types) or "any type"
        documents = ", ".join(wanted.allowed_document_types)
        out.lines(
            f"file {wanted.id} ({kind}): {wanted.title or ''} [{types}]"
            + (f"; document type one of: {documents}" if documents else "")
        )
    for warning in found.warnings:
        note(f"not checked locally: {warning}")


def _json_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _field_row(field: Any) -> dict[str, Any]:
    """A registration field in one line: path (within the data list), title, constraints."""
    needs = [
        ("required" if field.required else "optional") + (f" {field.type}" if field.type else "")
    ]
    if field.allowed_values:
        needs.append("one of: " + " | ".join(map(_json_text, field.allowed_values)))
    needs += [
        f"{label} {value}"
        for label, value in (("characters: at most", field.max_length), ("format", field.pattern))
        if value is not None
    ]
    title = f"{field.title}: " if field.title else ""
    return {
        "path": field.path.removeprefix("requestDetails.data"),
        "what": title + "; ".join(needs),
    }


# -- start and resume ---------------------------------------------------------------------


@app.command()
def start(
    ctx: typer.Context,
    region: Region,
    type_: TypeOption,
    number: Annotated[
        str | None,
        typer.Argument(metavar="[NUMBER]", help="the E.164 number to order (or --quantity)"),
    ] = None,
    quantity: Annotated[int | None, typer.Option(help="order this many numbers (1-100)")] = None,
    pattern: Pattern = None,
    search_pattern: SearchPattern = None,
    capability: Capabilities = None,
    sequential: Annotated[
        bool | None, typer.Option("--sequential", help="with --quantity: consecutive numbers")
    ] = None,
    service_plan_id: ServicePlanId = None,
    campaign_id: CampaignId = None,
    app_id: AppId = None,
    callback_url: CallbackUrl = None,
    registration: RegistrationFile = None,
    yes: YesFlag = False,
    json_: JsonFlag = False,
) -> None:
    """Start an order: reserves the numbers; asks for the registration the region needs.

    Nothing is bought until `orders submit` and Sinch's approval; an order never submitted
    expires by itself and its numbers go back on sale.
    """
    from sinch_numbers.orders import lookup_requirements
    from sinch_numbers.orders import start as start_order

    g = state(ctx)
    client = g.client()
    needs = lookup_requirements(client, region_code=region, number_type=type_)
    details = _registration(g, needs, registration)

    def what() -> Iterator[str]:
        if number is not None:
            from .available import price_lines

            yield from price_lines(client.available_numbers.get(number).to_dict())
        else:
            match = f" matching {pattern}" + (f" ({search_pattern})" if search_pattern else "")
            yield f"{quantity} {region} {type_} number(s){match if pattern else ''}"
        if details is not None:
            yield f"registration: {len(details.get('data', []))} part(s), checked locally"
        yield "reserves the number(s); they are bought only if you submit and Sinch approves"

    g.confirm(f"Start a {region} {type_} number order", what, yes=yes)
    order = start_order(
        client,
        region_code=region,
        number_type=type_,
        **unset_if_none(
            phone_number=number,
            quantity=quantity,
            pattern=pattern,
            search_pattern=search_pattern,
            capabilities=capability,
            sequential=sequential,
        ),
        **number_setup(service_plan_id, campaign_id, app_id, callback_url),
    )
    if details is not None:
        order.set_registration(details)
    show_order(g.output(json=json_), order)


@app.command()
def resume(
    ctx: typer.Context,
    order_id: OrderId,
    registration: RegistrationFile = None,
    json_: JsonFlag = False,
) -> None:
    """Continue an order: set its registration if it has none yet, then show what is left."""
    from sinch_numbers.orders import resume as resume_order

    g = state(ctx)
    order = resume_order(g.client(), order_id)
    stored = order.registration is not None and bool(
        order.registration.to_dict().get("requestDetails")
    )
    if registration is not None or (not stored and order.requirements.needs_registration):
        details = _registration(g, order.requirements, registration, optional=True)
        if details is not None:
            order.set_registration(details)
    show_order(g.output(json=json_), order)


def _registration(
    g: Globals, needs: Requirements, path: Path | None, *, optional: bool = False
) -> dict[str, Any] | None:
    """The registration to send: from ``--registration``, else asked for on a terminal."""
    from sinch_numbers.orders import RegistrationInvalidError

    from . import _registration as reg

    if path is not None:
        details = reg.load(path)
        if g.interactive:
            return reg.complete(needs, details)
        violations = needs.validate(details)
        if violations:
            raise RegistrationInvalidError(violations)
        return details
    if not needs.needs_registration:
        return None
    if g.interactive:
        return reg.ask(needs)
    if optional:
        return None
    raise CLIError(
        f"{needs.region_code} {needs.number_type} numbers need a registration: pass "
        "--registration FILE.json (`orders requirements` lists the fields), or run on a "
        "terminal to be asked (nothing was sent)"
    )


# -- one order ----------------------------------------------------------------------------


@app.command()
def status(ctx: typer.Context, order_id: OrderId, json_: JsonFlag = False) -> None:
    """Show an order: state, numbers, expiry, what is still missing, review messages."""
    from sinch_numbers.orders import resume as resume_order

    g = state(ctx)
    show_order(g.output(json=json_), resume_order(g.client(), order_id))


@app.command()
def attach(
    ctx: typer.Context,
    order_id: OrderId,
    attachment_id: Annotated[str, typer.Argument(help="the requested file's ID (see status)")],
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="the file to upload")],
    document_type: Annotated[
        str | None, typer.Option(help="what the document is, when the order asks")
    ] = None,
    mime_type: Annotated[
        str | None, typer.Option(help="its MIME type (default: from the file name)")
    ] = None,
    json_: JsonFlag = False,
) -> None:
    """Upload a file the order asks for (type and size are checked first)."""
    from sinch_numbers.orders import resume as resume_order

    g = state(ctx)
    order = resume_order(g.client(), order_id)
    order.attach(
        attachment_id, file, **unset_if_none(document_type=document_type, mime_type=mime_type)
    )
    show_order(g.output(json=json_), order)


@app.command()
def submit(
    ctx: typer.Context, order_id: OrderId, yes: YesFlag = False, json_: JsonFlag = False
) -> None:
    """Send the order for review: once Sinch approves it, the numbers are bought."""
    from sinch_numbers.orders import resume as resume_order

    g = state(ctx)
    order = resume_order(g.client(), order_id)
    if not order.missing():  # else submit() refuses locally, nothing to confirm

        def what() -> Iterator[str]:
            for item in order.order.to_dict().get("orderNumbers", []):
                price = item.get("numberPrice") or {}
                yield (
                    f"{item.get('phoneNumber')}: setup {cell(price.get('setupPrice')) or '?'}, "
                    f"monthly {cell(price.get('monthlyPrice')) or '?'}"
                )
            yield "when Sinch approves the order, the numbers are bought and billed"

        g.confirm(f"Submit number order {order.id}", what, yes=yes)
    order.submit()
    show_order(g.output(json=json_), order)


@app.command()
def wait(
    ctx: typer.Context,
    order_id: OrderId,
    timeout: Annotated[
        float | None, typer.Option(help="give up after this many seconds \\[default: never]")
    ] = None,
    poll_interval: Annotated[float, typer.Option(min=0.01, help="seconds between checks")] = 30.0,
    json_: JsonFlag = False,
) -> None:
    """Wait until the order is COMPLETED, REJECTED, EXPIRED or BLOCKED (exit 0 only for
    COMPLETED)."""
    from sinch_numbers.orders import resume as resume_order

    g = state(ctx)
    order = resume_order(g.client(), order_id)
    out = g.output(json=json_)
    spinner = None
    if sys.stderr.isatty():
        from ._output import stderr_console

        spinner = stderr_console().status(f"order {order.id} is {order.state}")
        spinner.start()
    try:
        order.wait(
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=lambda o: spinner.update(f"order {o.id} is {o.state}")
            if spinner is not None
            else note(f"order {o.id} is {o.state}"),
        )
    finally:
        if spinner is not None:
            spinner.stop()
    show_order(out, order)
    if str(order.state) != "COMPLETED":
        raise typer.Exit(EXIT_NO)


def show_order(out: Output, order: OrderWorkflow) -> None:
    """The order (API JSON), its registration and what still blocks submitting it."""
    registration = None if order.registration is None else order.registration.to_dict()
    editable = str(order.state) in ("CREATED", "BLOCKED")
    missing = order.missing() if editable else []
    if out.mode != "table":
        out.json(
            {"numberOrder": order.order.to_dict(), "registration": registration, "missing": missing}
        )
        return
    out.show(order.order.to_dict(), title=f"number order {order.id}")
    for item in (registration or {}).get("attachments", []):
        name = item.get("fileName") or "no file yet"
        out.lines(f"file {item.get('attachmentId')}: {name} ({item.get('uploadStatus')})")
    if order.time_left is not None and not order.is_final:
        out.lines(f"reserved for another {str(order.time_left).split('.')[0]}")
    for message in order.logs:
        out.lines(f"review: {message}")
    if missing:
        out.lines("missing before it can be submitted:")
        for item in missing:
            out.lines(f"  - {item}")
        out.lines(
            f"(files: sinch-numbers orders attach {order.id} ATTACHMENT_ID FILE; registration: "
            f"sinch-numbers orders resume {order.id} [--registration FILE])"
        )
    elif editable:
        out.lines(f"ready: sinch-numbers orders submit {order.id}")
    elif not order.is_final:
        out.lines(f"{order.state}: sinch-numbers orders wait {order.id}")
