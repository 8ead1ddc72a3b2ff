"""What every command shares: the global options, the client (made on first use), the
embedded sandbox of ``--sandbox``, and the money-safety confirmation."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

import typer

from ._errors import EXIT_USAGE, CLIError

if TYPE_CHECKING:
    from sinch_numbers import NumbersClient
    from sinch_numbers.sandbox import Sandbox

    from ._output import Output

__all__ = ["Globals", "state"]

SANDBOX_EXTRA = "pip install 'sinch-numbers[cli,sandbox]'"


@dataclass
class Globals:
    """The root command's options, kept on ``ctx.obj`` for the subcommands."""

    ctx: typer.Context
    project_id: str | None = None
    key_id: str | None = None
    key_secret: str | None = field(default=None, repr=False)
    base_url: str | None = None
    auth_url: str | None = None
    auth: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    sandbox: bool = False
    json: bool = False
    jsonl: bool = False
    table: bool = False
    yes: bool = False
    debug: bool = False
    _client: NumbersClient | None = field(default=None, repr=False)

    # -- the client -----------------------------------------------------------------------

    def client(self) -> NumbersClient:
        """The ``NumbersClient`` of this command, closed (with the sandbox) when it ends."""
        if self._client is not None:
            return self._client
        from sinch_numbers import NumbersClient

        client = NumbersClient(**self.client_options())  # type: ignore[arg-type]
        self._client = self.ctx.with_resource(client)
        return client

    def client_options(self) -> dict[str, object]:
        """The client's keyword arguments from the options (``--sandbox``: the embedded
        sandbox, started here; ``--debug``: request logs on stderr)."""
        options: dict[str, object] = {
            "project_id": self.project_id,
            "key_id": self.key_id,
            "key_secret": self.key_secret,
            "base_url": self.base_url,
            "auth_url": self.auth_url,
            "auth": self.auth,
        }
        if self.sandbox:
            sb = self.start_sandbox()
            options.update(
                project_id=sb.project_id,
                key_id=sb.key_id,
                key_secret=sb.key_secret,
                base_url=sb.base_url,
                auth_url=sb.auth_url,
            )
        if self.timeout is not None:
            options["timeout"] = self.timeout
        if self.max_retries is not None:
            options["max_retries"] = self.max_retries
        if self.debug:
            self._log_requests()
        return options

    def _log_requests(self) -> None:
        """``--debug``: the library's request and response logs (secrets redacted) on stderr,
        for this command only."""
        import logging

        logger = logging.getLogger("sinch_numbers")
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        level = logger.level
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)

        def restore() -> None:
            logger.removeHandler(handler)
            logger.setLevel(level)

        self.ctx.call_on_close(restore)

    def start_sandbox(self, **config: object) -> Sandbox:
        """An embedded sandbox on a free loopback port, stopped when the command ends."""
        try:
            from sinch_numbers.sandbox import Sandbox
        except ImportError as exc:
            raise CLIError(
                f"the sandbox needs the 'sandbox' extra: {SANDBOX_EXTRA} ({exc.name} "
                "is not installed)"
            ) from None
        sb = self.ctx.with_resource(Sandbox(**config))  # type: ignore[arg-type]
        if sys.stderr.isatty():
            note(f"embedded sandbox at {sb.base_url}: its state ends with this command")
        return sb

    # -- terminal -------------------------------------------------------------------------

    @property
    def interactive(self) -> bool:
        """True when there is someone to ask: standard input is a terminal."""
        return sys.stdin.isatty()

    def output(self, *, json: bool = False, jsonl: bool = False) -> Output:
        """How to print this command's result: its own flags, else the global ones."""
        from ._output import Output

        return Output.choose(json=json or self.json, jsonl=jsonl or self.jsonl, table=self.table)

    def confirm(
        self, action: str, details: Callable[[], Iterable[str]] = lambda: (), *, yes: bool
    ) -> None:
        """Ask before a billable or risky call; refuse without a terminal unless ``--yes``.

        ``details`` runs only when someone will be asked (it may look the price up).
        """
        if yes or self.yes:
            return
        if not self.interactive:
            raise CLIError(
                f"refused: {action} needs confirmation and there is no terminal to ask on; "
                "pass --yes to go ahead (nothing was sent)",
                EXIT_USAGE,
            )
        from ._output import stderr_console

        console = stderr_console()
        console.print(f"[bold]{action}[/bold]", highlight=False)
        for line in details():
            console.print(f"  {line}", highlight=False)
        if not typer.confirm("Go ahead?", default=False, err=True):
            raise CLIError("cancelled: nothing was sent", EXIT_USAGE)


def state(ctx: typer.Context) -> Globals:
    """The ``Globals`` of the running command (set by the root callback)."""
    found = ctx.find_object(Globals)
    if found is None:  # a group's app invoked on its own, without the root callback
        root = cast("typer.Context", ctx.find_root())
        found = root.obj = Globals(root)
    return found


def note(message: str) -> None:
    """A line for the person at the terminal, on stderr (stdout stays the command's output)."""
    from ._output import stderr_console

    stderr_console().print(message, style="dim", markup=False, highlight=False, soft_wrap=True)
