"""``sinch-numbers mcp``: the Numbers API as tools for AI agents (the ``mcp`` extra).

One tool per operation of the pinned spec, generated when the server starts (see
``docs/mcp.md``); read-only unless ``allow_writes``; billable tools need a confirmation token
from their ``preview_`` tool, or the human's answer to an elicitation. Importing this package
imports nothing of the MCP SDK: :func:`build_server` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sinch_numbers._project import MissingExtraError, _importable

if TYPE_CHECKING:
    from ._server import NumbersMCP

__all__ = ["MCP_INSTALL", "build_server", "require_mcp_extra"]

MCP_INSTALL = "pip install 'sinch-numbers[mcp]'"


def require_mcp_extra() -> None:
    """Raise :class:`~sinch_numbers._project.MissingExtraError` when the SDK is missing."""
    missing = [
        dist for dist, module in (("mcp", "mcp"), ("pyyaml", "yaml")) if not _importable(module)
    ]
    if missing:
        raise MissingExtraError(
            f"the MCP server needs the 'mcp' extra ({', '.join(missing)} not installed): "
            f"{MCP_INSTALL}",
            name="mcp",
        )


def build_server(*args: Any, **kwargs: Any) -> NumbersMCP:
    """See :func:`sinch_numbers.mcp._server.build_server`."""
    require_mcp_extra()
    from ._server import build_server as build

    return build(*args, **kwargs)
