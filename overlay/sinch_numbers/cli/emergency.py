"""``sinch-numbers emergency``: a number's emergency (E911) address
(``client.emergency_addresses``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import typer

from ._options import JsonFlag, PhoneNumber, YesFlag, unset_if_none
from ._state import state

app = typer.Typer(
    name="emergency",
    help="A number's emergency address: get, validate, provision, deprovision.",
    no_args_is_help=True,
)

_ADDRESS = "Address"
DisplayName = Annotated[
    str, typer.Option(help="name shown to emergency services", rich_help_panel=_ADDRESS)
]
StreetNumber = Annotated[str, typer.Option(help="e.g. 1600", rich_help_panel=_ADDRESS)]
StreetInfo = Annotated[
    str, typer.Option(help="e.g. 'Pennsylvania Ave NW'", rich_help_panel=_ADDRESS)
]
City = Annotated[str, typer.Option(rich_help_panel=_ADDRESS)]
StateOption = Annotated[str, typer.Option("--state", help="e.g. DC", rich_help_panel=_ADDRESS)]
PostalCode = Annotated[str, typer.Option(rich_help_panel=_ADDRESS)]
Location = Annotated[str | None, typer.Option(help="e.g. 'Suite 100'", rich_help_panel=_ADDRESS)]
PlusFour = Annotated[str | None, typer.Option(help="ZIP+4 extension", rich_help_panel=_ADDRESS)]


def _address(
    street_number: str,
    street_info: str,
    city: str,
    state_: str,
    postal_code: str,
    location: str | None,
    postal_code_plus_four: str | None,
) -> dict[str, Any]:
    return {
        "streetNumber": street_number,
        "streetInfo": street_info,
        "city": city,
        "state": state_,
        "postalCode": postal_code,
        **unset_if_none(location=location, postalCodePlusFour=postal_code_plus_four),
    }


@app.command()
def get(ctx: typer.Context, number: PhoneNumber, json_: JsonFlag = False) -> None:
    """Show a number's emergency address."""
    g = state(ctx)
    g.output(json=json_).show(g.client().emergency_addresses.get(number).to_dict())


@app.command()
def validate(
    ctx: typer.Context,
    number: PhoneNumber,
    display_name: DisplayName,
    street_number: StreetNumber,
    street_info: StreetInfo,
    city: City,
    state_: StateOption,
    postal_code: PostalCode,
    location: Location = None,
    postal_code_plus_four: PlusFour = None,
    json_: JsonFlag = False,
) -> None:
    """Check an address (nothing is changed)."""
    g = state(ctx)
    address = _address(
        street_number, street_info, city, state_, postal_code, location, postal_code_plus_four
    )
    checked = g.client().emergency_addresses.validate(
        number, display_name=display_name, address=address
    )
    g.output(json=json_).show(checked.to_dict())


@app.command()
def provision(
    ctx: typer.Context,
    number: PhoneNumber,
    display_name: DisplayName,
    street_number: StreetNumber,
    street_info: StreetInfo,
    city: City,
    state_: StateOption,
    postal_code: PostalCode,
    location: Location = None,
    postal_code_plus_four: PlusFour = None,
    yes: YesFlag = False,
    json_: JsonFlag = False,
) -> None:
    """Set a number's emergency address (may be billable)."""
    g = state(ctx)
    address = _address(
        street_number, street_info, city, state_, postal_code, location, postal_code_plus_four
    )

    def details() -> Iterator[str]:
        yield f"{display_name}: " + ", ".join(str(v) for v in address.values())
        yield "emergency services will be sent here; the service may be billed"

    g.confirm(f"Provision the emergency address of {number}", details, yes=yes)
    done = g.client().emergency_addresses.provision(
        number, display_name=display_name, address=address
    )
    g.output(json=json_).show(done.to_dict(), title=f"emergency address of {number}")


@app.command()
def deprovision(ctx: typer.Context, number: PhoneNumber, yes: YesFlag = False) -> None:
    """Remove a number's emergency address (asks first: emergency calls lose it)."""
    g = state(ctx)
    g.confirm(
        f"Deprovision the emergency address of {number}",
        lambda: ["emergency calls from this number will no longer carry an address"],
        yes=yes,
    )
    g.client().emergency_addresses.deprovision(number)  # the API answers with no body
    out = g.output()
    if out.mode == "table":
        out.lines(f"removed the emergency address of {number}")
