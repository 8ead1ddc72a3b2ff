"""``sinch-numbers available``: numbers for sale (``client.available_numbers``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Annotated, Any

import typer

from ._options import (
    AppId,
    CallbackUrl,
    CampaignId,
    Capabilities,
    JsonFlag,
    JsonlFlag,
    Pattern,
    PhoneNumber,
    Region,
    SearchPattern,
    ServicePlanId,
    TypeOption,
    YesFlag,
    number_setup,
    unset_if_none,
)
from ._output import Column, cell
from ._state import state

app = typer.Typer(
    name="available", help="Numbers for sale: search, check, rent.", no_args_is_help=True
)

COLUMNS = (
    Column("number", "phoneNumber", no_wrap=True),
    Column("region", "regionCode"),
    Column("type", "type"),
    Column("capabilities", "capability", no_wrap=True),
    Column("setup", "setupPrice", no_wrap=True),
    Column("monthly", "monthlyPrice", no_wrap=True),
    Column("docs", "supportingDocumentationRequired"),
)


def price_lines(number: Mapping[str, Any]) -> Iterator[str]:
    """What renting costs, from an ``AvailableNumber``'s JSON."""
    kind = " ".join(cell(number.get(k)) for k in ("regionCode", "type") if number.get(k))
    yield f"{number.get('phoneNumber')} ({kind}; {cell(number.get('capability')) or '-'})"
    months = number.get("paymentIntervalMonths")
    every = f" every {months} month(s)" if months else ""
    yield (
        f"setup {cell(number.get('setupPrice')) or 'unknown'}, "
        f"then {cell(number.get('monthlyPrice')) or 'unknown'}{every}"
    )
    if number.get("supportingDocumentationRequired"):
        yield "this region needs documents: buy it with `sinch-numbers orders start` instead"


@app.command()
def search(
    ctx: typer.Context,
    region: Region,
    type_: TypeOption,
    capability: Capabilities = None,
    pattern: Pattern = None,
    search_pattern: SearchPattern = None,
    size: Annotated[int | None, typer.Option(help="at most this many numbers")] = None,
    json_: JsonFlag = False,
    jsonl: JsonlFlag = False,
) -> None:
    """Find numbers for sale."""
    g = state(ctx)
    found = g.client().available_numbers.search(
        region_code=region,
        type=type_,
        **unset_if_none(
            capabilities=capability, pattern=pattern, search_pattern=search_pattern, size=size
        ),
    )
    body = found.to_dict()
    g.output(json=json_, jsonl=jsonl).show_list(
        body.get("availableNumbers", []),
        COLUMNS,
        key="availableNumbers",
        extra=lambda: {k: v for k, v in body.items() if k != "availableNumbers"},
    )


@app.command()
def get(ctx: typer.Context, number: PhoneNumber, json_: JsonFlag = False) -> None:
    """Check one number: is it for sale, and at what price."""
    g = state(ctx)
    g.output(json=json_).show(g.client().available_numbers.get(number).to_dict())


@app.command()
def rent(
    ctx: typer.Context,
    number: PhoneNumber,
    service_plan_id: ServicePlanId = None,
    campaign_id: CampaignId = None,
    app_id: AppId = None,
    callback_url: CallbackUrl = None,
    yes: YesFlag = False,
    json_: JsonFlag = False,
) -> None:
    """Rent one number (billable; deprecated upstream, US LOCAL only: prefer orders)."""
    g = state(ctx)

    def details() -> Iterator[str]:
        yield from price_lines(g.client().available_numbers.get(number).to_dict())
        yield "Sinch bills your account for it until you release it"

    g.confirm(f"Rent {number}", details, yes=yes)
    rented = g.client().available_numbers.rent(
        number,
        **number_setup(service_plan_id, campaign_id, app_id, callback_url),
    )
    g.output(json=json_).show(rented.to_dict(), title=f"rented {number}")


@app.command("rent-any")
def rent_any(
    ctx: typer.Context,
    region: Region,
    type_: TypeOption,
    capability: Capabilities = None,
    pattern: Pattern = None,
    search_pattern: SearchPattern = None,
    service_plan_id: ServicePlanId = None,
    campaign_id: CampaignId = None,
    app_id: AppId = None,
    callback_url: CallbackUrl = None,
    yes: YesFlag = False,
    json_: JsonFlag = False,
) -> None:
    """Rent any number matching the criteria (billable; deprecated upstream, US LOCAL only)."""
    g = state(ctx)
    number_pattern = unset_if_none(pattern=pattern, searchPattern=search_pattern)

    def details() -> Iterator[str]:
        match = f" matching {cell(number_pattern)}" if number_pattern else ""
        yield f"one {region} {type_} number{match} ({cell(capability) or 'any capability'})"
        yield "the price is the number's (see `available search`); Sinch bills your account"

    g.confirm(f"Rent any {region} {type_} number", details, yes=yes)
    rented = g.client().available_numbers.rent_any(
        region_code=region,
        type=type_,
        **unset_if_none(
            number_pattern=number_pattern,
            capabilities=capability,
        ),
        **number_setup(service_plan_id, campaign_id, app_id, callback_url),
    )
    g.output(json=json_).show(rented.to_dict(), title="rented")
