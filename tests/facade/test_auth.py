"""Authentication as users get it from the clients: OAuth2 token reuse and refresh, Basic, env."""

from __future__ import annotations

import asyncio
import base64
from concurrent.futures import ThreadPoolExecutor

import pytest

from sinch_numbers import (
    AsyncNumbersClient,
    AuthenticationError,
    ConfigurationError,
    NumbersClient,
)

from .conftest import PHONE
from .loopback import KEY_ID, KEY_SECRET, PROJECT, TOKEN_PATH, LoopbackAPI, Reply, sinch_error

ACTIVE = f"/v1/projects/{PROJECT}/activeNumbers/{PHONE}"
BASIC = "Basic " + base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()


def test_oauth_token_fetched_once_and_reused(api: LoopbackAPI, client: NumbersClient) -> None:
    client.active_numbers.get(PHONE)
    client.regions.list()
    list(client.active_numbers.list())
    client.with_options(max_retries=0).callback_configuration.get()  # shares the token cache
    with client.with_options(timeout=3) as other:  # own connections, same token cache
        other.callback_configuration.get()

    assert api.token_requests == 1
    (token,) = api.issued_tokens
    calls = api.api_wire
    assert len(calls) == 5
    assert {w.headers["authorization"] for w in calls} == {f"Bearer {token}"}
    # the key secret goes to the token endpoint only, as Basic credentials
    (token_request,) = [w for w in api.wire if w.raw_path == TOKEN_PATH]
    assert token_request.headers["authorization"] == BASIC
    assert token_request.body == b"grant_type=client_credentials"


async def test_async_oauth_token_fetched_once_and_reused(
    api: LoopbackAPI, aclient: AsyncNumbersClient
) -> None:
    await aclient.active_numbers.get(PHONE)
    await aclient.regions.list()
    await aclient.with_options(max_retries=1).callback_configuration.get()
    assert api.token_requests == 1
    (token,) = api.issued_tokens
    assert {w.headers["authorization"] for w in api.api_wire} == {f"Bearer {token}"}


def test_basic_auth_sends_key_with_every_call(api: LoopbackAPI) -> None:
    with NumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, auth="basic", base_url=api.base_url, auth_url=api.token_url
    ) as client:
        client.active_numbers.get(PHONE)
        client.regions.list()
    assert api.token_requests == 0
    assert [w.headers["authorization"] for w in api.api_wire] == [BASIC, BASIC]


async def test_async_basic_auth(api: LoopbackAPI) -> None:
    async with AsyncNumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, auth="basic", base_url=api.base_url, auth_url=api.token_url
    ) as client:
        await client.active_numbers.get(PHONE)
    assert api.token_requests == 0
    assert [w.headers["authorization"] for w in api.api_wire] == [BASIC]


def test_credentials_from_environment(api: LoopbackAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINCH_PROJECT_ID", "env-project")
    monkeypatch.setenv("SINCH_KEY_ID", KEY_ID)
    monkeypatch.setenv("SINCH_KEY_SECRET", KEY_SECRET)
    with NumbersClient(base_url=api.base_url, auth_url=api.token_url) as client:
        assert client.project_id == "env-project"
        client.active_numbers.get(PHONE)
    assert api.token_requests == 1  # the env key and secret were accepted by the token endpoint
    assert [w.path for w in api.api_wire] == [f"/v1/projects/env-project/activeNumbers/{PHONE}"]


def test_arguments_win_over_environment(api: LoopbackAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINCH_PROJECT_ID", "env-project")
    monkeypatch.setenv("SINCH_KEY_ID", "env-key")
    monkeypatch.setenv("SINCH_KEY_SECRET", "env-secret")
    with NumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, auth="basic", base_url=api.base_url, auth_url=api.token_url
    ) as client:
        client.active_numbers.get(PHONE)
    (call,) = api.api_wire
    assert call.path == ACTIVE
    assert call.headers["authorization"] == BASIC


@pytest.mark.parametrize(
    ("args", "env", "missing"),
    [
        ((), {}, ["project_id", "key_id", "key_secret"]),
        ((PROJECT, KEY_ID), {}, ["key_secret"]),
        ((), {"SINCH_PROJECT_ID": PROJECT, "SINCH_KEY_SECRET": KEY_SECRET}, ["key_id"]),
        ((PROJECT, KEY_ID, ""), {}, ["key_secret"]),
    ],
    ids=["nothing", "no-secret", "env-without-key-id", "empty-secret"],
)
@pytest.mark.parametrize("cls", [NumbersClient, AsyncNumbersClient])
def test_missing_credentials_refused_before_any_request(
    api: LoopbackAPI,
    monkeypatch: pytest.MonkeyPatch,
    cls: type[NumbersClient] | type[AsyncNumbersClient],
    args: tuple[str, ...],
    env: dict[str, str],
    missing: list[str],
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError) as info:
        cls(*args, base_url=api.base_url, auth_url=api.token_url)
    assert isinstance(info.value, ValueError)
    message = str(info.value)
    for name in missing:
        assert name in message
    assert KEY_SECRET not in message
    assert api.wire == []


def test_invalid_options_are_configuration_errors(api: LoopbackAPI) -> None:
    with pytest.raises(ConfigurationError):
        NumbersClient(PROJECT, KEY_ID, KEY_SECRET, auth="digest", base_url=api.base_url)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        NumbersClient(PROJECT, KEY_ID, KEY_SECRET, max_retries=-1, base_url=api.base_url)
    with (
        NumbersClient(PROJECT, KEY_ID, KEY_SECRET, base_url=api.base_url) as client,
        pytest.raises(ConfigurationError),
    ):
        client.with_options(max_retries=-1)
    assert api.wire == []


def test_expired_token_refreshed_once_on_401(api: LoopbackAPI, client: NumbersClient) -> None:
    client.active_numbers.get(PHONE)
    api.expire_tokens()  # the server forgets the token before the client's refresh time
    client.active_numbers.get(PHONE)
    client.active_numbers.get(PHONE)

    assert api.token_requests == 2
    first, second = api.issued_tokens
    sent = [w.headers["authorization"].removeprefix("Bearer ") for w in api.api_wire]
    # call 1 with token 1; call 2 with token 1 (401), resent once with token 2; call 3 token 2
    assert sent == [first, first, second, second]


async def test_async_expired_token_refreshed_once_on_401(
    api: LoopbackAPI, aclient: AsyncNumbersClient
) -> None:
    await aclient.active_numbers.get(PHONE)
    api.expire_tokens()
    await aclient.active_numbers.get(PHONE)
    assert api.token_requests == 2
    assert api.count("GET", f"/v1/projects/{PROJECT}/activeNumbers/%2B12065550100") == 3


def test_401_after_refresh_is_raised_not_looped(api: LoopbackAPI, client: NumbersClient) -> None:
    unauthenticated = sinch_error(401, "UNAUTHENTICATED", "Key revoked.")
    api.script(
        "GET",
        f"/v1/projects/{PROJECT}/activeNumbers/%2B12065550100",
        unauthenticated,
        unauthenticated,
        unauthenticated,
    )
    with pytest.raises(AuthenticationError) as info:
        client.active_numbers.get(PHONE)
    assert info.value.status_code == 401
    assert "Key revoked." in str(info.value)
    assert api.token_requests == 2  # the first token, then one refresh
    assert len(api.api_wire) == 2  # the call, then one resend with the new token


def test_rejected_key_is_an_authentication_error(api: LoopbackAPI) -> None:
    with (
        NumbersClient(
            PROJECT, KEY_ID, "wrong-secret", base_url=api.base_url, auth_url=api.token_url
        ) as client,
        pytest.raises(AuthenticationError) as info,
    ):
        client.active_numbers.get(PHONE)
    assert "Bad key." in str(info.value)
    assert api.token_requests == 1  # 401 from the token endpoint is not retried
    assert api.api_wire == []  # and the API call was never sent


def test_token_endpoint_outage_is_retried(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script_token(Reply(503, headers={"Retry-After": "0"}))
    client.active_numbers.get(PHONE)
    assert api.token_requests == 2
    assert len(api.api_wire) == 1


def test_low_level_client_is_configured(api: LoopbackAPI, client: NumbersClient) -> None:
    """``client.low_level`` calls any generated function with the same auth and base URL."""
    from sinch_numbers_api.api.available_regions import number_service_list_available_regions

    response = number_service_list_available_regions.sync_detailed(
        client.project_id, client=client.low_level
    )
    assert response.status_code == 200
    (call,) = api.api_wire
    assert call.path == f"/v1/projects/{PROJECT}/availableRegions"
    assert call.headers["authorization"] == f"Bearer {api.issued_tokens[0]}"


def test_one_client_shared_by_threads(api: LoopbackAPI, client: NumbersClient) -> None:
    api.token_delay = 0.05  # a slow token endpoint: every thread asks while the first waits
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: client.active_numbers.get(PHONE), range(40)))
    assert len(results) == 40
    assert api.token_requests == 1
    assert len(api.api_wire) == 40


async def test_one_async_client_shared_by_tasks(
    api: LoopbackAPI, aclient: AsyncNumbersClient
) -> None:
    api.token_delay = 0.05
    results = await asyncio.gather(*(aclient.active_numbers.get(PHONE) for _ in range(20)))
    assert len(results) == 20
    assert api.token_requests == 1
