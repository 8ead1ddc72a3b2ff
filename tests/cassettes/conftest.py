"""Cassette fixtures: where traffic goes (replay, sandbox or live), how it is recorded.

Default (CI): ``record_mode="none"``; the client talks to the real hosts' URLs and vcrpy answers
from ``recorded/*.yaml``; a request that is not in the cassette fails the test, and so does a
recorded interaction the test did not replay. ``--record-mode=rewrite`` re-records against a
fresh local sandbox, or against the live API with ``SINCH_NUMBERS_LIVE=1`` (see
``docs/cassettes.md``).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any

import pytest

from .wire import (
    API_BASE,
    CASSETTE_DIR,
    PROJECT_ID,
    RECORDING,
    TOKEN_URL,
    Redactor,
    make_persister,
    vcr_options,
)

#: ``SINCH_NUMBERS_LIVE=1`` + ``--record-mode=rewrite``: record against the real API.
LIVE = os.environ.get("SINCH_NUMBERS_LIVE") == "1"
#: Live recording of cases that rent or order numbers (they cost money) needs this as well.
LIVE_BILLABLE = os.environ.get("SINCH_NUMBERS_LIVE_BILLABLE") == "1"

#: Credentials of the recording sandbox: a dummy, never a real key. It is distinctive so the
#: secret scan (test_cassette_files.py) would find it if filtering ever let it through; at record
#: time Authorization headers and token values become REDACTED.
RECORD_KEY_ID = "sandbox-key-id"
RECORD_KEY_SECRET = "cassette-recording-key-secret-4c1f9e"
#: What a replaying client is configured with (nothing checks credentials on replay).
REPLAY_KEY_ID = "replay-key-id"
REPLAY_KEY_SECRET = "replay-key-secret"

#: Sandbox timings used for recording: orders are reviewed by advancing its clock, not waiting.
SANDBOX_SETTINGS: dict[str, Any] = {"review_delay": 60.0, "provisioning_delay": 30.0}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sandbox_only: needs the sandbox to record (fault injection); skipped live"
    )
    config.addinivalue_line(
        "markers", "billable: rents or orders numbers; recorded live only with opt-in"
    )
    config.addinivalue_line(
        "markers",
        "under_test(operation_id): the operation the case's cassette exists to test; its other "
        "calls are setup (replay reports their failures as 'setup needs <operation>')",
    )


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Every cassette is written with ``recorded_with`` (spec sha256/version, time, target)."""
    vcr.register_persister(make_persister("live" if LIVE else "sandbox"))


def _recording(config: pytest.Config) -> bool:
    return (config.getoption("--record-mode") or "none") != "none"


def pytest_runtest_setup(item: pytest.Item) -> None:
    # Before any fixture runs: in rewrite mode pytest-recording deletes the cassette as soon as
    # its fixture starts, so a case that cannot be recorded live must be skipped first.
    if not (LIVE and _recording(item.config)):
        return
    if item.get_closest_marker("sandbox_only"):
        pytest.skip("needs the sandbox's fault injection; kept from the sandbox recording")
    if item.get_closest_marker("billable") and not LIVE_BILLABLE:
        pytest.skip("rents or orders numbers; set SINCH_NUMBERS_LIVE_BILLABLE=1 to record live")


@dataclass(frozen=True)
class Target:
    mode: str  # "replay", "sandbox" or "live"
    base_url: str
    auth_url: str
    project_id: str
    key_id: str
    key_secret: str
    sandbox: Any = None  # sinch_numbers.sandbox.Sandbox when recording against it

    @property
    def recording(self) -> bool:
        return self.mode != "replay"


@pytest.fixture(scope="session")
def target(pytestconfig: pytest.Config) -> Iterator[Target]:
    if not _recording(pytestconfig):
        yield Target("replay", API_BASE, TOKEN_URL, PROJECT_ID, REPLAY_KEY_ID, REPLAY_KEY_SECRET)
    elif LIVE:
        missing = [
            name
            for name in ("SINCH_PROJECT_ID", "SINCH_KEY_ID", "SINCH_KEY_SECRET")
            if not os.environ.get(name)
        ]
        if missing:
            pytest.exit(f"SINCH_NUMBERS_LIVE=1 needs {', '.join(missing)}", returncode=2)
        yield Target(
            "live",
            os.environ.get("SINCH_NUMBERS_BASE_URL", API_BASE),
            os.environ.get("SINCH_NUMBERS_AUTH_URL", TOKEN_URL),
            os.environ["SINCH_PROJECT_ID"],
            os.environ["SINCH_KEY_ID"],
            os.environ["SINCH_KEY_SECRET"],
        )
    else:
        from sinch_numbers.sandbox import Sandbox

        with Sandbox(
            project_id=PROJECT_ID,
            key_id=RECORD_KEY_ID,
            key_secret=RECORD_KEY_SECRET,
            **SANDBOX_SETTINGS,
        ) as sb:
            yield Target(
                "sandbox", sb.base_url, sb.auth_url, sb.project_id, sb.key_id, sb.key_secret, sb
            )


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTE_DIR)


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    """``test_regions_list`` records ``recorded/regions_list.yaml``."""
    return request.node.name.removeprefix("test_")


@pytest.fixture
def vcr_config(target: Target) -> dict[str, Any]:
    return vcr_options(Redactor(secrets=[target.key_secret], project_id=target.project_id))


class Api:
    """What a case needs: clients for the target, and sandbox handles when recording."""

    def __init__(self, target: Target) -> None:
        self.target = target

    @property
    def recording(self) -> bool:
        return self.target.recording

    def _options(self, **overrides: Any) -> dict[str, Any]:
        t = self.target
        options: dict[str, Any] = {
            "project_id": t.project_id,
            "key_id": t.key_id,
            "key_secret": t.key_secret,
            "base_url": t.base_url,
            "auth_url": t.auth_url,
            # Never retried: what the server answered first is what gets recorded.
            "max_retries": 0,
        }
        options.update(overrides)
        return options

    @contextmanager
    def client(self, **overrides: Any) -> Iterator[Any]:
        from sinch_numbers import NumbersClient

        with NumbersClient(**self._options(**overrides)) as client:
            yield client

    @asynccontextmanager
    async def async_client(self, **overrides: Any) -> AsyncIterator[Any]:
        from sinch_numbers import AsyncNumbersClient

        async with AsyncNumbersClient(**self._options(**overrides)) as client:
            yield client

    # Sandbox handles: in-process calls, never HTTP, so they are not recorded; on replay they
    # do nothing (the cassette already holds what they caused).
    def inject(self, status: int, *, route: str, retry_after: int = 1, count: int = 1) -> None:
        if self.target.sandbox is not None:
            self.target.sandbox.faults.inject(
                status, route=route, count=count, retry_after=retry_after
            )

    def advance_time(self, seconds: float) -> None:
        if self.target.sandbox is not None:
            self.target.sandbox.advance_time(seconds)


@pytest.fixture
def api(target: Target, vcr: Any, request: pytest.FixtureRequest) -> Iterator[Api]:
    marker = request.node.get_closest_marker("under_test")
    assert marker is not None, "every case names its operation: @pytest.mark.under_test(...)"
    RECORDING["operation_under_test"] = str(marker.args[0])
    if target.sandbox is not None:
        target.sandbox.reset()  # every cassette starts from the same sandbox state
    yield Api(target)
    if not target.recording and vcr is not None:
        unplayed = [
            f"{r.method} {r.path}" for i, r in enumerate(vcr.requests) if vcr.play_counts[i] == 0
        ]
        assert not unplayed, f"recorded but not replayed by this test: {unplayed}"
