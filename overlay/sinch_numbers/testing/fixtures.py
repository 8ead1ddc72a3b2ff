"""What the pytest fixtures do, as plain context managers (usable without pytest too).

``sandbox()`` starts a sandbox with test-friendly delays; ``client(sb)`` and
``async_client(sb)`` are clients pointed at it. The pytest plugin (``_sinch_numbers_pytest``)
only decides the scope and wraps these.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from sinch_numbers._project import require_sandbox_extra

if TYPE_CHECKING:
    from sinch_numbers import AsyncNumbersClient, NumbersClient
    from sinch_numbers.sandbox import Sandbox

__all__ = ["TEST_SETTINGS", "async_client", "client", "sandbox"]

#: ``Sandbox()`` settings of the fixtures: reviews, provisioning jobs and callback retries in
#: tens of milliseconds instead of seconds. A ``sinch_sandbox`` marker overrides any of them.
TEST_SETTINGS: dict[str, Any] = {
    "review_delay": 0.1,
    "provisioning_delay": 0.05,
    "callback_backoff": 0.02,
    "tick": 0.01,
}


@contextmanager
def sandbox(**settings: Any) -> Iterator[Sandbox]:
    """A running sandbox with :data:`TEST_SETTINGS` (overridden by ``settings``)."""
    require_sandbox_extra("sinch_numbers.testing")
    from sinch_numbers.sandbox import Sandbox

    with Sandbox(**{**TEST_SETTINGS, **settings}) as sb:
        yield sb


@contextmanager
def client(sb: Sandbox, **options: Any) -> Iterator[NumbersClient]:
    """A ``NumbersClient`` for ``sb`` (OAuth2 against its token endpoint), closed on exit.

    ``options`` go to ``NumbersClient`` (``max_retries``, ``auth="basic"``, your own
    ``http_client``, ...). Without an ``http_client``, proxy settings from the environment
    are ignored: the sandbox is on loopback.
    """
    from sinch_numbers import NumbersClient

    with ExitStack() as stack:
        if options.get("http_client") is None:
            http = httpx.Client(trust_env=False, timeout=options.pop("timeout", 10.0))
            options["http_client"] = stack.enter_context(http)
        yield stack.enter_context(NumbersClient(**_connection(sb), **options))


@asynccontextmanager
async def async_client(sb: Sandbox, **options: Any) -> AsyncIterator[AsyncNumbersClient]:
    """The ``AsyncNumbersClient`` twin of :func:`client`."""
    from sinch_numbers import AsyncNumbersClient

    async with AsyncExitStack() as stack:
        if options.get("http_client") is None:
            http = httpx.AsyncClient(trust_env=False, timeout=options.pop("timeout", 10.0))
            options["http_client"] = await stack.enter_async_context(http)
        yield await stack.enter_async_context(AsyncNumbersClient(**_connection(sb), **options))


class _Connection(TypedDict):
    project_id: str
    key_id: str
    key_secret: str
    base_url: str
    auth_url: str


def _connection(sb: Sandbox) -> _Connection:
    return _Connection(
        project_id=sb.project_id,
        key_id=sb.key_id,
        key_secret=sb.key_secret,
        base_url=sb.base_url,
        auth_url=sb.auth_url,
    )
