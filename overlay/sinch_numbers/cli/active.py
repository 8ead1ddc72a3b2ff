"""``sinch-numbers active``: the project's numbers (``client.active_numbers``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from contextlib import ExitStack
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
    SearchPattern,
    ServicePlanId,
    YesFlag,
    number_setup,
    unset_if_none,
    upper,
)
from ._output import Column, cell
from ._state import state

app = typer.Typer(
    name="active", help="Your numbers: list, inspect, change, release.", no_args_is_help=True
)

COLUMNS = (
    Column("number", "phoneNumber", no_wrap=True),
    Column("region", "regionCode"),
    Column("type", "type"),
    Column("capabilities", "capability", no_wrap=True),
    Column("name", "displayName"),
    Column("price", "money", no_wrap=True),
    Column("next charge", lambda n: str(n.get("nextChargeDate") or "")[:10], no_wrap=True),
    Column("SMS plan", "smsConfiguration.servicePlanId"),
    Column("voice", lambda n: cell(n.get("voiceConfiguration"))),
)


@app.command("list")
def list_(
    ctx: typer.Context,
    region: Annotated[
        str | None,
        typer.Option(callback=upper, help="only this region, e.g. US"),
    ] = None,
    type_: Annotated[
        str | None,
        typer.Option("--type", callback=upper, help="LOCAL, MOBILE, ..."),
    ] = None,
    capability: Capabilities = None,
    pattern: Pattern = None,
    search_pattern: SearchPattern = None,
    order_by: Annotated[str | None, typer.Option(help="phoneNumber or displayName")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="stop after this many numbers")] = None,
    page_size: Annotated[int | None, typer.Option(min=1, help="numbers per request")] = None,
    json_: JsonFlag = False,
    jsonl: JsonlFlag = False,
) -> None:
    """List your numbers, every page (fetched as needed; --jsonl streams them)."""
    g = state(ctx)
    pager = g.client().active_numbers.list(
        **unset_if_none(
            region_code=region,
            type=type_,
            capabilities=capability,
            pattern=pattern,
            search_pattern=search_pattern,
            order_by=order_by,
            page_size=page_size,
        )
    )
    out = g.output(json=json_, jsonl=jsonl)
    seen: dict[str, Any] = {}
    with ExitStack() as stack:
        progress = _progress(stack) if out.mode != "jsonl" and sys.stderr.isatty() else None
        items = _items(pager.iter_pages(), limit, seen, progress)
        out.show_list(
            items,
            COLUMNS,
            key="activeNumbers",
            extra=lambda: {} if seen.get("totalSize") is None else {"totalSize": seen["totalSize"]},
        )


def _items(
    pages: Iterator[Any], limit: int | None, seen: dict[str, Any], progress: Any
) -> Iterator[Mapping[str, Any]]:
    """Every number's JSON across pages, fetching the next page only when needed."""
    count = 0
    task = None
    for page in pages:
        body = page.to_dict()
        seen.setdefault("totalSize", body.get("totalSize"))
        if progress is not None and task is None:
            total = body.get("totalSize")
            total = min(total, limit) if isinstance(total, int) and limit else total
            task = progress.add_task("fetching numbers", total=total)
        for number in body.get("activeNumbers", []):
            if limit is not None and count >= limit:
                return
            count += 1
            if task is not None:
                progress.advance(task)
            yield number
        if limit is not None and count >= limit:
            return


def _progress(stack: ExitStack) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ._output import stderr_console

    return stack.enter_context(
        Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=stderr_console(),
            transient=True,
        )
    )


@app.command()
def get(ctx: typer.Context, number: PhoneNumber, json_: JsonFlag = False) -> None:
    """Show one of your numbers."""
    g = state(ctx)
    g.output(json=json_).show(g.client().active_numbers.get(number).to_dict())


@app.command()
def update(
    ctx: typer.Context,
    number: PhoneNumber,
    display_name: Annotated[str | None, typer.Option(help="a name for the number")] = None,
    service_plan_id: ServicePlanId = None,
    campaign_id: CampaignId = None,
    app_id: AppId = None,
    callback_url: CallbackUrl = None,
    json_: JsonFlag = False,
) -> None:
    """Change a number's display name, SMS or voice set-up, or callback URL."""
    g = state(ctx)
    updated = g.client().active_numbers.update(
        number,
        **unset_if_none(
            display_name=display_name,
        ),
        **number_setup(service_plan_id, campaign_id, app_id, callback_url),
    )
    g.output(json=json_).show(updated.to_dict(), title=f"updated {number}")


@app.command()
def release(
    ctx: typer.Context, number: PhoneNumber, yes: YesFlag = False, json_: JsonFlag = False
) -> None:
    """Give a number back to Sinch (you cannot undo it)."""
    g = state(ctx)

    def details() -> Iterator[str]:
        current = g.client().active_numbers.get(number).to_dict()
        name = f" '{current['displayName']}'" if current.get("displayName") else ""
        yield f"{number}{name} ({cell(current.get('regionCode'))} {cell(current.get('type'))})"
        yield "billing stops; you lose the number, and someone else may rent it"

    g.confirm(f"Release {number}", details, yes=yes)
    released = g.client().active_numbers.release(number)
    g.output(json=json_).show(released.to_dict(), title=f"released {number}")
