"""The sinch-numbers pytest plugin: sandbox fixtures for testing code that uses the client.

Registered through the ``pytest11`` entry point of the ``sinch-numbers`` distribution, so
pytest loads it in every run wherever the package is installed. It therefore lives outside
the ``sinch_numbers`` package and imports only pytest: nothing of sinch_numbers, httpx or
the sandbox is loaded until a test asks for one of its fixtures. Without the ``sandbox``
extra those fixtures fail with one line saying how to install it; nothing else changes.

Fixtures (see ``docs/testing.md``):

- ``sinch_sandbox``: a running ``sinch_numbers.sandbox.Sandbox``. By default one per session
  (per xdist worker), reset before each test; a fresh one per test with the ini option
  ``sinch_sandbox_scope = function`` or with ``@pytest.mark.sinch_sandbox(**settings)``.
- ``sinch_client`` / ``async_sinch_client``: a ``NumbersClient`` / ``AsyncNumbersClient``
  pointed at it.
- ``sinch_faults``: ``sinch_numbers.testing.SinchFaults`` for it (429/5xx/latency/drops for
  the next N calls).
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from sinch_numbers import AsyncNumbersClient, NumbersClient
    from sinch_numbers.sandbox import Sandbox
    from sinch_numbers.testing import SinchFaults

SCOPE_INI = "sinch_sandbox_scope"
MARKER = "sinch_sandbox"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        SCOPE_INI,
        "sinch_sandbox: 'session' (one sandbox, reset before each test; the default) "
        "or 'function' (a new sandbox for every test)",
        default="session",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**settings): run the test against a fresh sinch_sandbox started with "
        "these Sandbox() settings, e.g. review_delay=0.5",
    )


def _fixtures() -> Any:
    """``sinch_numbers.testing.fixtures``, or a one-line failure without the extra."""
    try:
        from sinch_numbers._project import MissingExtraError, require_sandbox_extra
    except ImportError as exc:  # pragma: no cover - a broken installation
        pytest.fail(f"sinch-numbers cannot be imported: {exc}", pytrace=False)
    try:
        require_sandbox_extra("the sinch_sandbox fixture")
    except MissingExtraError as exc:
        missing = str(exc)
    else:
        from sinch_numbers.testing import fixtures

        return fixtures
    pytest.fail(missing, pytrace=False)  # outside ``except``: one line, no chained context


@pytest.fixture(scope="session")
def _sinch_sandbox_session() -> Iterator[Sandbox]:
    with _fixtures().sandbox() as sb:
        yield sb


@pytest.fixture
def sinch_sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A running sandbox: ``base_url``, ``auth_url``, credentials, ``faults``, ``state``,
    ``advance_time()``."""
    fixtures = _fixtures()
    marker = request.node.get_closest_marker(MARKER)
    settings = dict(marker.kwargs) if marker is not None else {}
    scope = str(request.config.getini(SCOPE_INI)).strip().lower()
    if scope not in ("session", "function"):
        raise pytest.UsageError(f"{SCOPE_INI} must be 'session' or 'function', not {scope!r}")
    if settings or scope == "function":
        with fixtures.sandbox(**settings) as fresh:
            yield fresh
        return
    shared: Sandbox = request.getfixturevalue("_sinch_sandbox_session")
    shared.reset()
    yield shared
    shared.faults.clear()


@pytest.fixture
def sinch_client(sinch_sandbox: Sandbox) -> Iterator[NumbersClient]:
    """A ``NumbersClient`` for ``sinch_sandbox`` (OAuth2), closed after the test."""
    with _fixtures().client(sinch_sandbox) as client:
        yield client


@pytest.fixture
def sinch_faults(sinch_sandbox: Sandbox) -> SinchFaults:
    """Faults for the next calls to ``sinch_sandbox`` (see ``SinchFaults``)."""
    from sinch_numbers.testing import SinchFaults

    return SinchFaults(sinch_sandbox)


async def _async_sinch_client(sinch_sandbox: Sandbox) -> AsyncIterator[AsyncNumbersClient]:
    """An ``AsyncNumbersClient`` for ``sinch_sandbox``, closed after the test."""
    async with _fixtures().async_client(sinch_sandbox) as client:
        yield client


# An async fixture needs an async plugin: pytest-asyncio's decorator works in its strict and
# auto modes; without pytest-asyncio, a plain fixture serves anyio and other plugins.
if importlib.util.find_spec("pytest_asyncio") is not None:
    import pytest_asyncio

    async_sinch_client = pytest_asyncio.fixture(_async_sinch_client, name="async_sinch_client")
else:  # pragma: no cover - exercised by the fresh-venv check without pytest-asyncio
    async_sinch_client = pytest.fixture(_async_sinch_client, name="async_sinch_client")
