"""``sinch-numbers``: the command line tool (the ``cli`` extra: Typer, which vendors Click, and
Rich). Also ``python -m sinch_numbers``. See ``docs/cli.md``.

A thin layer: commands parse options, call :class:`~sinch_numbers.NumbersClient` or another
module of ``sinch_numbers``, and print what they got back; requests, validation and retries
are the library's. Each command group is one module of this package holding a
``typer.Typer`` named ``app``, registered by name in ``_app.GROUPS``. A new group (``bulk``,
``mcp``) is a new module plus one line there.
"""

from __future__ import annotations

import sys

__all__ = ["main"]

_MISSING_EXTRA = (
    "sinch-numbers: the command line tool needs the 'cli' extra: "
    "pip install 'sinch-numbers[cli]' ({name} is not installed)"
)


def main() -> None:
    """Console script entry point: run the app and exit with its status."""
    try:
        from ._app import app
    except ModuleNotFoundError as exc:
        if exc.name not in ("typer", "rich", "click"):
            raise
        print(_MISSING_EXTRA.format(name=exc.name), file=sys.stderr)
        sys.exit(2)
    app(prog_name="sinch-numbers")
