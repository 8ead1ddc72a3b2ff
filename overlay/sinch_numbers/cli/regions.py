"""``sinch-numbers regions``: where numbers are sold (``client.regions``)."""

from __future__ import annotations

from typing import Annotated

import typer

from ._options import JsonFlag, JsonlFlag, unset_if_none, upper
from ._output import Column
from ._state import state

app = typer.Typer(name="regions", help="Regions that sell numbers.", no_args_is_help=True)

COLUMNS = (
    Column("region", "regionCode"),
    Column("name", "regionName"),
    Column("types", "types"),
)


@app.command("list")
def list_(
    ctx: typer.Context,
    type_: Annotated[
        list[str] | None,
        typer.Option("--type", callback=upper, help="only regions selling this type; repeatable"),
    ] = None,
    json_: JsonFlag = False,
    jsonl: JsonlFlag = False,
) -> None:
    """List the regions, optionally only those selling a number type."""
    g = state(ctx)
    body = g.client().regions.list(**unset_if_none(types=type_)).to_dict()
    g.output(json=json_, jsonl=jsonl).show_list(
        body.get("availableRegions", []), COLUMNS, key="availableRegions"
    )
