"""The root ``sinch-numbers`` command: global options, error reporting, the command groups.

Startup stays light: this module and the group modules import only Typer; each command
imports what it needs (the client, the generated models, the sandbox) when it runs.
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from enum import Enum
from typing import Annotated, Any, Final

import typer
import typer.main
from typer.core import TyperGroup

from ._errors import EXIT_CODES_HELP, EXIT_NO, classify
from ._state import Globals

__all__ = ["GROUPS", "app"]

#: The command groups, in ``--help`` order: module ``sinch_numbers.cli.<name>`` holds ``app``,
#: a ``typer.Typer(name=<name>, ...)``. Adding a group is adding its module and its name here.
GROUPS: Final = (
    "available",
    "active",
    "emergency",
    "regions",
    "callbacks",
    "orders",
    "bulk",
    "webhooks",
    "sandbox",
    "spec",
    "mcp",
)

#: What a shell reports for a process ended by SIGPIPE (128 + 13).
EXIT_BROKEN_PIPE: Final = 141
_CREDENTIALS = "Credentials and endpoint"
_OUTPUT = "Output and safety"


class AuthMode(str, Enum):
    oauth = "oauth"
    basic = "basic"


class _RootGroup(TyperGroup):
    """Loads a command group's module only when it is used (``--help`` loads all of them),
    and turns every error into one line on stderr and its exit code (``--debug``: traceback).
    """

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), *GROUPS]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in GROUPS:
            return super().get_command(ctx, cmd_name)
        group = importlib.import_module(f"{__package__}.{cmd_name}").app
        return typer.main.get_group(group)  # a group even with one command (regions list)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:  # `sinch-numbers ... | head`: the reader is gone, stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(EXIT_BROKEN_PIPE) from None
        except (Exception, KeyboardInterrupt) as exc:
            if type(exc).__module__.partition(".")[0] in ("typer", "click"):
                raise  # usage errors, Exit and Abort: the framework reports them
            known = classify(exc)
            debug = isinstance(ctx.obj, Globals) and ctx.obj.debug
            if debug or known is None:
                traceback.print_exception(exc)
            if known is None:
                code, line = EXIT_NO, f"internal error: {type(exc).__name__}: {exc}"
                if not debug:
                    line += " (run with --debug for the traceback, and please report it)"
            else:
                code, line = known
            typer.echo(f"error: {line}", err=True)
            raise typer.Exit(code) from None


app = typer.Typer(
    name="sinch-numbers",
    cls=_RootGroup,
    help=(
        "The Sinch Numbers API from the command line: find, rent and manage numbers, KYC "
        "number orders, callbacks and webhooks, a local sandbox, and the spec pipeline."
    ),
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _version(value: bool) -> None:
    if value:
        from sinch_numbers import __version__

        typer.echo(f"sinch-numbers {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    project_id: Annotated[
        str | None,
        typer.Option(
            help="Sinch project ID \\[default: $SINCH_PROJECT_ID]", rich_help_panel=_CREDENTIALS
        ),
    ] = None,
    key_id: Annotated[
        str | None,
        typer.Option(help="access key ID \\[default: $SINCH_KEY_ID]", rich_help_panel=_CREDENTIALS),
    ] = None,
    key_secret: Annotated[
        str | None,
        typer.Option(
            help="access key secret \\[default: $SINCH_KEY_SECRET, which keeps it out of your "
            "shell history]",
            rich_help_panel=_CREDENTIALS,
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            help="API base URL \\[default: $SINCH_NUMBERS_BASE_URL, else "
            "https://numbers.api.sinch.com]",
            rich_help_panel=_CREDENTIALS,
        ),
    ] = None,
    auth_url: Annotated[
        str | None,
        typer.Option(
            help="OAuth2 token URL \\[default: $SINCH_NUMBERS_AUTH_URL, else "
            "https://auth.sinch.com/oauth2/token]",
            rich_help_panel=_CREDENTIALS,
        ),
    ] = None,
    auth: Annotated[
        AuthMode | None,
        typer.Option(
            case_sensitive=False,
            help="authentication \\[default: $SINCH_NUMBERS_AUTH, else oauth]",
            rich_help_panel=_CREDENTIALS,
        ),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(help="seconds per request \\[default: 30]", rich_help_panel=_CREDENTIALS),
    ] = None,
    max_retries: Annotated[
        int | None,
        typer.Option(
            help="resends of a failed call that is safe to repeat \\[default: 2]",
            rich_help_panel=_CREDENTIALS,
        ),
    ] = None,
    sandbox: Annotated[
        bool,
        typer.Option(
            "--sandbox",
            help="run against an embedded local sandbox started for this command (needs "
            "the 'sandbox' extra)",
            rich_help_panel=_CREDENTIALS,
        ),
    ] = False,
    json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="print the API's JSON (the default when stdout is not a terminal)",
            rich_help_panel=_OUTPUT,
        ),
    ] = False,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl", help="lists: one JSON object per line, streamed", rich_help_panel=_OUTPUT
        ),
    ] = False,
    table: Annotated[
        bool,
        typer.Option(
            "--table",
            help="print a table even when stdout is not a terminal",
            rich_help_panel=_OUTPUT,
        ),
    ] = False,
    yes: Annotated[
        bool,
        typer.Option(
            "--yes",
            "-y",
            help="do billable and risky calls without asking (needed without a terminal)",
            rich_help_panel=_OUTPUT,
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            help="tracebacks, and request/response logs on stderr (secrets redacted)",
            rich_help_panel=_OUTPUT,
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="print the version and exit"
        ),
    ] = False,
) -> None:
    ctx.obj = Globals(
        ctx,
        project_id=project_id,
        key_id=key_id,
        key_secret=key_secret,
        base_url=base_url,
        auth_url=auth_url,
        auth=None if auth is None else auth.value,
        timeout=timeout,
        max_retries=max_retries,
        sandbox=sandbox,
        json=json,
        jsonl=jsonl,
        table=table,
        yes=yes,
        debug=debug,
    )
