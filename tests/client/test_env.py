"""``SINCH_NUMBERS_BASE_URL``, ``SINCH_NUMBERS_AUTH_URL`` and ``SINCH_NUMBERS_AUTH``: the
client's fallbacks when ``base_url``, ``auth_url`` and ``auth`` are not passed, against a real
sandbox on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sinch_numbers import APIConnectionError, ConfigurationError, NumbersClient
from sinch_numbers.sandbox import Sandbox

#: Nothing listens here (port 9 is "discard", closed on CI machines): connecting fails fast.
UNREACHABLE = "http://127.0.0.1:9"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox) -> pytest.MonkeyPatch:
    monkeypatch.setenv("SINCH_PROJECT_ID", sandbox.project_id)
    monkeypatch.setenv("SINCH_KEY_ID", sandbox.key_id)
    monkeypatch.setenv("SINCH_KEY_SECRET", sandbox.key_secret)
    for name in ("SINCH_NUMBERS_BASE_URL", "SINCH_NUMBERS_AUTH_URL", "SINCH_NUMBERS_AUTH"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def _regions(client: NumbersClient) -> list[str]:
    with client:
        found = client.regions.list(types=["LOCAL"]).available_regions
        return [str(region.region_code) for region in found]


def test_base_and_auth_url_from_the_environment(env: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    env.setenv("SINCH_NUMBERS_BASE_URL", sandbox.base_url + "/")  # a trailing slash is fine
    env.setenv("SINCH_NUMBERS_AUTH_URL", sandbox.auth_url)
    client = NumbersClient()
    assert "US" in _regions(client)


def test_oauth_is_the_default_and_uses_the_auth_url(
    env: pytest.MonkeyPatch, sandbox: Sandbox
) -> None:
    env.setenv("SINCH_NUMBERS_BASE_URL", sandbox.base_url)
    env.setenv("SINCH_NUMBERS_AUTH_URL", UNREACHABLE + "/oauth2/token")
    with pytest.raises(APIConnectionError):
        _regions(NumbersClient(max_retries=0))


def test_basic_auth_from_the_environment_needs_no_token(
    env: pytest.MonkeyPatch, sandbox: Sandbox
) -> None:
    env.setenv("SINCH_NUMBERS_BASE_URL", sandbox.base_url)
    env.setenv("SINCH_NUMBERS_AUTH_URL", UNREACHABLE + "/oauth2/token")
    env.setenv("SINCH_NUMBERS_AUTH", " Basic ")
    assert "US" in _regions(NumbersClient(max_retries=0))


def test_arguments_win_over_the_environment(env: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    env.setenv("SINCH_NUMBERS_BASE_URL", UNREACHABLE)
    env.setenv("SINCH_NUMBERS_AUTH_URL", UNREACHABLE + "/oauth2/token")
    env.setenv("SINCH_NUMBERS_AUTH", "basic")
    client = NumbersClient(base_url=sandbox.base_url, auth_url=sandbox.auth_url, auth="oauth")
    assert "US" in _regions(client)


def test_bad_auth_mode_in_the_environment_is_named(env: pytest.MonkeyPatch) -> None:
    env.setenv("SINCH_NUMBERS_AUTH", "token")
    with pytest.raises(ConfigurationError, match="SINCH_NUMBERS_AUTH must be 'oauth' or 'basic'"):
        NumbersClient()
    with pytest.raises(ConfigurationError, match="^auth must be"):
        NumbersClient(auth="token")  # type: ignore[arg-type]
