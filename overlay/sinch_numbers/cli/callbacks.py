"""``sinch-numbers callbacks``: the project's callback configuration
(``client.callback_configuration``). The HMAC secret is hidden unless asked for."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

import typer

from ._errors import CLIError
from ._options import JsonFlag
from ._state import state

app = typer.Typer(
    name="callbacks",
    help="The callback configuration: the HMAC secret of callbacks.",
    no_args_is_help=True,
)

HIDDEN = "[hidden: pass --show-secret]"

ShowSecret = Annotated[
    bool, typer.Option("--show-secret", help="print hmacSecret instead of hiding it")
]


def _shown(body: Mapping[str, Any], show_secret: bool) -> dict[str, Any]:
    shown = dict(body)
    if shown.get("hmacSecret") and not show_secret:
        shown["hmacSecret"] = HIDDEN
    return shown


@app.command()
def get(ctx: typer.Context, show_secret: ShowSecret = False, json_: JsonFlag = False) -> None:
    """Show the callback configuration."""
    g = state(ctx)
    body = g.client().callback_configuration.get().to_dict()
    g.output(json=json_).show(_shown(body, show_secret), title="callback configuration")


@app.command()
def update(
    ctx: typer.Context,
    hmac_secret: Annotated[
        str | None,
        typer.Option(
            help="the new secret; '-' reads it from stdin; without it you are asked "
            "(input hidden)"
        ),
    ] = None,
    show_secret: ShowSecret = False,
    json_: JsonFlag = False,
) -> None:
    """Set the HMAC secret that signs callbacks (X-Sinch-Signature)."""
    g = state(ctx)
    if hmac_secret == "-":
        hmac_secret = typer.get_text_stream("stdin").read().strip()
    elif hmac_secret is None:
        if not g.interactive:
            raise CLIError(
                "give the new secret with --hmac-secret S (or --hmac-secret - for stdin)"
            )
        hmac_secret = typer.prompt(
            "New HMAC secret", hide_input=True, confirmation_prompt=True, err=True
        )
    body = g.client().callback_configuration.update(hmac_secret=hmac_secret).to_dict()
    g.output(json=json_).show(_shown(body, show_secret), title="callback configuration")
