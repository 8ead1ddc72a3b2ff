"""``sinch-numbers mcp``: the MCP server for AI agents (the ``mcp`` extra; docs/mcp.md).

This module imports only Typer: the SDK, the client and the catalog load when the server
starts.
"""

from __future__ import annotations

from typing import Annotated

import typer

from ._errors import CLIError
from ._state import state

app = typer.Typer(
    name="mcp",
    help="Serve the Numbers API as MCP tools for AI agents (stdio, or --http).",
    invoke_without_command=True,
)


@app.callback()
def serve(
    ctx: typer.Context,
    allow_writes: Annotated[
        bool,
        typer.Option(
            "--allow-writes",
            help="add the state-changing and billable tools (billable ones still need a "
            "confirmation token from their preview_ tool)",
        ),
    ] = False,
    sandbox: Annotated[
        bool,
        typer.Option("--sandbox", help="serve an embedded local sandbox (the 'sandbox' extra)"),
    ] = False,
    http: Annotated[
        bool, typer.Option("--http", help="streamable HTTP on 127.0.0.1 instead of stdio")
    ] = False,
    port: Annotated[int, typer.Option("--port", help="--http: the port")] = 8000,
    update_spec_report: Annotated[
        str | None,
        typer.Option(
            "--update-spec-report",
            metavar="PATH",
            help="the scripts/update-spec JSON report to serve as a resource "
            "\\[default: $SINCH_NUMBERS_UPDATE_SPEC_REPORT, else a checkout's openapi/]",
        ),
    ] = None,
) -> None:
    """Serve every operation of the pinned spec as a tool (read-only unless --allow-writes)."""
    if ctx.invoked_subcommand is not None:
        return
    from sinch_numbers.mcp import MCP_INSTALL, require_mcp_extra

    try:
        require_mcp_extra()
    except ImportError as exc:
        raise CLIError(str(exc) or f"the MCP server needs the 'mcp' extra: {MCP_INSTALL}") from None
    g = state(ctx)
    g.sandbox = g.sandbox or sandbox
    options = g.client_options()
    import logging
    import sys

    import anyio

    # The library's logs (writes, refusals, conformance warnings) as plain lines on stderr
    # (stdout is the protocol's), once: not also through the SDK's handler on the root logger.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    library = logging.getLogger("sinch_numbers")
    library.addHandler(handler)
    library.propagate = False
    if library.level == logging.NOTSET or library.level > logging.WARNING:
        library.setLevel(logging.WARNING)
    log = logging.getLogger("sinch_numbers.mcp")
    log.setLevel(logging.INFO)

    async def main() -> None:
        from sinch_numbers import AsyncNumbersClient
        from sinch_numbers.mcp import build_server

        async with AsyncNumbersClient(**options) as client:  # type: ignore[arg-type]
            server = build_server(
                client,
                allow_writes=allow_writes,
                report_path=update_spec_report,
                port=port,
            )
            mode = "read-write" if allow_writes else "read-only"
            where = f"http://127.0.0.1:{port}/mcp" if http else "stdio"
            log.info("serving %d tools (%s) on %s", len(server.tool_names), mode, where)
            if http:
                await server.run_streamable_http_async()
            else:
                await server.run_stdio_async()

    anyio.run(main)
