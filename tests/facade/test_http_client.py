"""The httpx client underneath: never changed, shareable, and the headers the client sends."""

from __future__ import annotations

import platform
from importlib.metadata import version

import httpx
import pytest
from generated_operations import operation

from sinch_numbers import APITimeoutError, AsyncNumbersClient, NumbersClient

from .conftest import PHONE
from .loopback import KEY_ID, KEY_SECRET, PROJECT, LoopbackAPI, Reply

number_service_list_available_regions = operation("NumberService_ListAvailableRegions")

ACTIVE_RAW = f"/v1/projects/{PROJECT}/activeNumbers/%2B12065550100"
USER_AGENT = (
    f"sinch-numbers/{version('sinch-numbers')} python-httpx/{httpx.__version__} "
    f"Python/{platform.python_version()}"
)


def _state(http: httpx.Client | httpx.AsyncClient) -> tuple[object, ...]:
    """What a client could have changed on an httpx client it was given."""
    return (
        str(http.base_url),
        http.auth,
        dict(http.headers),
        {event: list(hooks) for event, hooks in http.event_hooks.items()},
        http.timeout,
        dict(http.params),
    )


def test_a_user_http_client_is_never_changed(api: LoopbackAPI) -> None:
    seen: list[str] = []
    user = httpx.Client(
        headers={"x-team": "billing"},
        event_hooks={"request": [lambda request: seen.append(request.url.path)]},
        timeout=7,
    )
    before = _state(user)
    with NumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, base_url=api.base_url, auth_url=api.token_url, http_client=user
    ) as client:
        client.active_numbers.get(PHONE)
        client.with_options(timeout=2, default_headers={"x-call": "1"}).regions.list()
        client.low_level  # noqa: B018 - building it must not touch the httpx client either
    assert _state(user) == before
    assert seen == [  # the token request too goes through the user's client (proxy, certs)
        "/oauth2/token",
        f"/v1/projects/{PROJECT}/activeNumbers/{PHONE}",
        f"/v1/projects/{PROJECT}/availableRegions",
    ]
    assert all(w.headers.get("x-team") == "billing" for w in api.api_wire)  # still its own
    assert not user.is_closed  # and not closed: it is the user's
    user.close()


async def test_a_user_async_http_client_is_never_changed(api: LoopbackAPI) -> None:
    user = httpx.AsyncClient(headers={"x-team": "billing"})
    before = _state(user)
    async with AsyncNumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, auth="basic", base_url=api.base_url, http_client=user
    ) as client:
        await client.active_numbers.get(PHONE)
    assert _state(user) == before
    assert not user.is_closed
    await user.aclose()


def test_one_http_client_serves_two_api_clients(api: LoopbackAPI) -> None:
    """Different base URLs and credentials over one pool: each request gets its own."""
    other = LoopbackAPI()
    with (
        other,
        httpx.Client() as shared,
        NumbersClient(
            "p-a", KEY_ID, KEY_SECRET, auth="basic", base_url=api.base_url, http_client=shared
        ) as a,
        NumbersClient(
            "p-b",
            KEY_ID,
            KEY_SECRET,
            base_url=other.base_url,
            auth_url=other.token_url,
            http_client=shared,
        ) as b,
    ):
        a.regions.list()
        b.regions.list()
    assert [w.path for w in api.api_wire] == ["/v1/projects/p-a/availableRegions"]
    assert api.api_wire[0].headers["authorization"].startswith("Basic ")
    assert [w.path for w in other.api_wire] == ["/v1/projects/p-b/availableRegions"]
    assert other.api_wire[0].headers["authorization"] == f"Bearer {other.issued_tokens[0]}"


def test_user_agent_names_the_sdk_httpx_and_python(api: LoopbackAPI, client: NumbersClient) -> None:
    client.active_numbers.get(PHONE)
    token, call = api.wire  # the token request says who is asking too
    assert call.headers["user-agent"] == USER_AGENT
    assert token.headers["user-agent"] == USER_AGENT


def test_default_headers(api: LoopbackAPI) -> None:
    with NumbersClient(
        PROJECT,
        KEY_ID,
        KEY_SECRET,
        auth="basic",
        base_url=api.base_url,
        default_headers={"X-Team": "billing", "user-agent": "my-app/2"},
    ) as client:
        client.active_numbers.get(PHONE)
        copy = client.with_options(default_headers={"X-Team": "support", "X-Trace": "t1"})
        copy.active_numbers.update(PHONE, display_name="Front desk")  # a JSON body of its own
        client.active_numbers.get(PHONE)
    first, second, third = (w.headers for w in api.api_wire)
    assert (first["x-team"], first["user-agent"]) == ("billing", "my-app/2")  # any case wins
    assert (second["x-team"], second["x-trace"], second["user-agent"]) == (
        "support",
        "t1",
        "my-app/2",
    )
    assert second["content-type"] == "application/json"
    assert third["x-team"] == "billing" and "x-trace" not in third  # the original is unchanged


def test_with_options_timeout_goes_to_the_generated_call(api: LoopbackAPI) -> None:
    """The copy's timeout is a parameter of each request; the shared pool keeps its own.

    The 0.6 s answer times out only under the copy's 0.1 s (the client's own is 5 s): the
    raised error is the proof, no clock needed."""
    api.script("GET", ACTIVE_RAW, Reply(200, {}, delay=0.6), Reply(200, {}, delay=0.3))
    with NumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, auth="basic", base_url=api.base_url, timeout=5, max_retries=0
    ) as client:
        with pytest.raises(APITimeoutError):
            client.with_options(timeout=0.1).active_numbers.get(PHONE)
        client.active_numbers.get(PHONE)  # 0.3 s: within the client's own 5 s
    assert api.count("GET", ACTIVE_RAW) == 2


def test_low_level_calls_take_a_timeout(api: LoopbackAPI) -> None:
    api.script("GET", f"/v1/projects/{PROJECT}/availableRegions", Reply(200, {}, delay=0.5))
    with (
        NumbersClient(PROJECT, KEY_ID, KEY_SECRET, auth="basic", base_url=api.base_url) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        number_service_list_available_regions.sync_detailed(
            PROJECT, client=client.low_level, timeout=0.1
        )


@pytest.mark.parametrize("own_http_client", [False, True])
def test_token_requests_use_the_clients_timeout(api: LoopbackAPI, own_http_client: bool) -> None:
    """A slow token endpoint times out after the client's timeout, not a fixed 10 s."""
    api.token_delay = 1.0  # > the 0.2 s timeout, far under the old fixed 10 s
    user = httpx.Client() if own_http_client else None
    with NumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, base_url=api.base_url, auth_url=api.token_url,
        timeout=0.2, max_retries=0, http_client=user,
    ) as client, pytest.raises(APITimeoutError):  # fmt: skip
        client.active_numbers.get(PHONE)
    assert api.api_wire == []  # the API call was never sent
    if user is not None:
        user.close()


async def test_async_token_requests_use_the_clients_timeout(api: LoopbackAPI) -> None:
    api.token_delay = 1.0  # > the 0.2 s timeout, far under the old fixed 10 s
    async with AsyncNumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, base_url=api.base_url, auth_url=api.token_url,
        timeout=0.2, max_retries=0,
    ) as client:  # fmt: skip
        with pytest.raises(APITimeoutError):
            await client.active_numbers.get(PHONE)
