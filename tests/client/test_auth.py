"""SinchOAuth2 and basic_auth against the live fake token endpoint and API."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from sinch_numbers.auth import SinchBasicAuth, SinchOAuth2, basic_auth
from sinch_numbers.errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    InternalServerError,
    OutcomeUnknownError,
)
from sinch_numbers.retries import RetryPolicy, run_sync

from .conftest import FakeClock, Sleeps
from .fakeapi import KEY_ID, KEY_SECRET, TOKEN_PATH, FakeAPI, Reply, closed_port_url

LIST = "/v1/projects/p1/activeNumbers"
RENT = "/v1/projects/p1/availableNumbers:rentAny"
POLICY = RetryPolicy(max_retries=2, jitter=0)


def make_auth(
    api: FakeAPI,
    clock: FakeClock | None = None,
    sleeps: Sleeps | None = None,
    secret: str = KEY_SECRET,
    auth_url: str | None = None,
) -> SinchOAuth2:
    sleeps = sleeps or Sleeps()
    return SinchOAuth2(
        KEY_ID,
        secret,
        auth_url=auth_url or api.token_url,
        retry_policy=POLICY,
        clock=clock or FakeClock(),
        sleep=sleeps,
        async_sleep=sleeps.async_,
    )


def client_for(api: FakeAPI, auth: httpx.Auth) -> httpx.Client:
    return httpx.Client(base_url=api.base_url, auth=auth, timeout=5)


# -- token request, caching and refresh ------------------------------------------------------------


def test_token_requested_once_and_reused(fake_api: FakeAPI) -> None:
    auth = make_auth(fake_api)
    with client_for(fake_api, auth) as client:
        for _ in range(3):
            assert client.get(LIST).status_code == 200
    assert fake_api.token_requests == 1
    token_request, *api_requests = fake_api.requests
    assert token_request.path == TOKEN_PATH
    assert token_request.headers["authorization"].startswith("Basic ")
    assert token_request.body == b"grant_type=client_credentials"
    assert {r.headers["authorization"] for r in api_requests} == {"Bearer tok-1"}


def test_token_refreshed_before_it_expires(fake_api: FakeAPI, clock: FakeClock) -> None:
    auth = SinchOAuth2(KEY_ID, KEY_SECRET, auth_url=fake_api.token_url, clock=clock)
    with client_for(fake_api, auth) as client:
        client.get(LIST)
        clock.advance(3600 - 60 - 1)  # still inside the 60 s refresh margin
        client.get(LIST)
        assert fake_api.token_requests == 1
        clock.advance(2)
        client.get(LIST)
        assert fake_api.token_requests == 2
    assert fake_api.requests[-1].headers["authorization"] == "Bearer tok-2"


def test_short_lived_token_refreshed_at_half_life(fake_api: FakeAPI, clock: FakeClock) -> None:
    fake_api.token_ttl = 60
    auth = SinchOAuth2(KEY_ID, KEY_SECRET, auth_url=fake_api.token_url, clock=clock)
    with client_for(fake_api, auth) as client:
        client.get(LIST)
        clock.advance(29)
        client.get(LIST)
        assert fake_api.token_requests == 1
        clock.advance(2)
        client.get(LIST)
    assert fake_api.token_requests == 2


def test_401_refreshes_token_and_resends_once(fake_api: FakeAPI) -> None:
    auth = make_auth(fake_api)
    with client_for(fake_api, auth) as client:
        client.get(LIST)
        fake_api.expire_tokens()  # revoked or expired early, server-side
        response = client.post(RENT, json={"regionCode": "US"})
    assert response.status_code == 200
    assert fake_api.token_requests == 2
    assert fake_api.count("POST", RENT) == 2
    first, second = [r for r in fake_api.requests if r.path == RENT]
    assert first.headers["authorization"] == "Bearer tok-1"
    assert second.headers["authorization"] == "Bearer tok-2"
    assert second.body == first.body == b'{"regionCode":"US"}'


def test_persistent_401_is_not_a_loop(fake_api: FakeAPI) -> None:
    fake_api.script("GET", LIST, Reply(401), Reply(401), Reply(401))
    auth = make_auth(fake_api)
    with client_for(fake_api, auth) as client, pytest.raises(AuthenticationError):
        run_sync(lambda: client.get(LIST), policy=POLICY, idempotent=True)
    assert fake_api.count("GET", LIST) == 2
    assert fake_api.token_requests == 2


def test_invalidate_forces_new_token(fake_api: FakeAPI) -> None:
    auth = make_auth(fake_api)
    with client_for(fake_api, auth) as client:
        client.get(LIST)
        auth.invalidate()
        client.get(LIST)
    assert fake_api.token_requests == 2


# -- single flight ---------------------------------------------------------------------------------


def test_single_flight_100_threads(fake_api: FakeAPI) -> None:
    fake_api.token_delay = 0.2  # every thread arrives while the token request is in flight
    auth = make_auth(fake_api)
    barrier = threading.Barrier(100)
    with client_for(fake_api, auth) as client:

        def call(_: int) -> int:
            barrier.wait()
            return client.get(LIST).status_code

        with ThreadPoolExecutor(max_workers=100) as pool:
            statuses = list(pool.map(call, range(100)))
    assert statuses == [200] * 100
    assert fake_api.token_requests == 1
    assert fake_api.count("GET", LIST) == 100


async def test_single_flight_100_tasks(fake_api: FakeAPI) -> None:
    fake_api.token_delay = 0.2
    auth = make_auth(fake_api)
    async with httpx.AsyncClient(base_url=fake_api.base_url, auth=auth, timeout=5) as client:
        responses = await asyncio.gather(*(client.get(LIST) for _ in range(100)))
    assert [r.status_code for r in responses] == [200] * 100
    assert fake_api.token_requests == 1


def test_single_flight_refresh_after_401(fake_api: FakeAPI) -> None:
    auth = make_auth(fake_api)
    barrier = threading.Barrier(50)
    with client_for(fake_api, auth) as client:
        client.get(LIST)
        fake_api.expire_tokens()
        fake_api.token_delay = 0.1

        def call(_: int) -> int:
            barrier.wait()
            return client.get(LIST).status_code

        with ThreadPoolExecutor(max_workers=50) as pool:
            assert set(pool.map(call, range(50))) == {200}
    assert fake_api.token_requests == 2


def test_waiters_share_a_failed_token_request(fake_api: FakeAPI) -> None:
    """One rejection is the answer for everyone waiting, not one more request each."""
    fake_api.script_token(
        Reply(401, {"error": "invalid_client", "error_description": "Bad key."}, delay=0.2)
    )
    auth = make_auth(fake_api)
    barrier = threading.Barrier(20)
    with client_for(fake_api, auth) as client:

        def call(_: int) -> BaseException | None:
            barrier.wait()
            try:
                client.get(LIST)
            except AuthenticationError as exc:
                return exc
            return None

        with ThreadPoolExecutor(max_workers=20) as pool:
            outcomes = list(pool.map(call, range(20)))
        assert all(isinstance(o, AuthenticationError) for o in outcomes)
        assert fake_api.token_requests == 1
        assert client.get(LIST).status_code == 200  # a later call tries again
    assert fake_api.token_requests == 2


def test_async_locks_do_not_cross_event_loops(fake_api: FakeAPI) -> None:
    fake_api.token_delay = 0.05
    auth = make_auth(fake_api)

    async def burst() -> None:
        auth.invalidate()
        async with httpx.AsyncClient(base_url=fake_api.base_url, auth=auth) as client:
            await asyncio.gather(*(client.get(LIST) for _ in range(10)))

    asyncio.run(burst())
    asyncio.run(burst())  # a lock bound to the first loop would raise here
    assert fake_api.token_requests == 2


# -- token endpoint errors -------------------------------------------------------------------------


def test_token_401_is_authentication_error_without_retry(fake_api: FakeAPI) -> None:
    sleeps = Sleeps()
    auth = make_auth(fake_api, sleeps=sleeps, secret="wrong-secret")
    with client_for(fake_api, auth) as client, pytest.raises(AuthenticationError) as info:
        client.get(LIST)
    assert fake_api.token_requests == 1
    assert fake_api.api_requests == 0
    assert sleeps.calls == []
    assert (
        str(info.value) == "401 invalid_client: Token request rejected: Bad key. [request_id=req-1]"
    )


def test_token_400_is_authentication_error(fake_api: FakeAPI) -> None:
    fake_api.script_token(Reply(400, {"error": "invalid_grant", "error_description": "Nope"}))
    auth = make_auth(fake_api)
    with client_for(fake_api, auth) as client, pytest.raises(AuthenticationError) as info:
        client.get(LIST)
    assert info.value.status_code == 400
    assert fake_api.token_requests == 1


def test_token_503_then_200_honours_retry_after(fake_api: FakeAPI) -> None:
    sleeps = Sleeps()
    fake_api.script_token(Reply(503, "<html>busy</html>", headers={"Retry-After": "2"}))
    auth = make_auth(fake_api, sleeps=sleeps)
    with client_for(fake_api, auth) as client:
        assert client.get(LIST).status_code == 200
    assert sleeps.calls == [2.0]
    assert fake_api.token_requests == 2


def test_token_5xx_exhausted(fake_api: FakeAPI) -> None:
    sleeps = Sleeps()
    fake_api.script_token(Reply(500), Reply(502), Reply(429))
    auth = make_auth(fake_api, sleeps=sleeps)
    with client_for(fake_api, auth) as client, pytest.raises(APIError) as info:
        client.get(LIST)
    assert info.value.status_code == 429  # type: ignore[attr-defined]
    assert fake_api.token_requests == 3
    assert sleeps.calls == [0.5, 1.0]


def test_token_endpoint_unreachable(fake_api: FakeAPI) -> None:
    """The API call is never sent, so even a purchase reports a plain connection error."""
    sleeps = Sleeps()
    auth = make_auth(fake_api, sleeps=sleeps, auth_url=closed_port_url() + TOKEN_PATH)
    with client_for(fake_api, auth) as client, pytest.raises(APIConnectionError) as info:
        run_sync(lambda: client.post(RENT, json={}), policy=POLICY, idempotent=False)
    assert not isinstance(info.value, OutcomeUnknownError)
    assert sleeps.calls == [0.5, 1.0]
    assert fake_api.api_requests == 0


@pytest.mark.parametrize(
    "reply",
    [Reply(200, {"token_type": "bearer"}), Reply(200, "<html>login</html>"), Reply(200)],
)
def test_token_response_without_token(fake_api: FakeAPI, reply: Reply) -> None:
    fake_api.script_token(reply)
    with client_for(fake_api, make_auth(fake_api)) as client, pytest.raises(APIError) as info:
        client.get(LIST)
    assert "without an access_token" in str(info.value)


def test_missing_expires_in_uses_conservative_default(fake_api: FakeAPI, clock: FakeClock) -> None:
    fake_api.script_token(Reply(200, {"access_token": "tok-x"}))
    fake_api.accept_token("tok-x")
    auth = make_auth(fake_api, clock=clock)
    with client_for(fake_api, auth) as client:
        client.get(LIST)
        clock.advance(239)
        client.get(LIST)
        assert fake_api.token_requests == 1
        clock.advance(2)
        client.get(LIST)
    assert fake_api.token_requests == 2


# -- async flow ------------------------------------------------------------------------------------


async def test_async_refresh_on_401_and_token_retry(fake_api: FakeAPI) -> None:
    sleeps = Sleeps()
    auth = make_auth(fake_api, sleeps=sleeps)
    async with httpx.AsyncClient(base_url=fake_api.base_url, auth=auth) as client:
        assert (await client.get(LIST)).status_code == 200
        fake_api.expire_tokens()
        fake_api.script_token(Reply(503, headers={"Retry-After": "1"}))
        assert (await client.post(RENT, json={})).status_code == 200
    assert sleeps.calls == [1.0]
    assert fake_api.token_requests == 3
    assert fake_api.count("POST", RENT) == 2


async def test_async_token_rejected(fake_api: FakeAPI) -> None:
    auth = make_auth(fake_api, secret="wrong")
    async with httpx.AsyncClient(base_url=fake_api.base_url, auth=auth) as client:
        with pytest.raises(AuthenticationError):
            await client.get(LIST)
    assert fake_api.token_requests == 1


async def test_async_token_5xx_exhausted(fake_api: FakeAPI) -> None:
    sleeps = Sleeps()
    fake_api.script_token(Reply(503), Reply(503), Reply(503))
    auth = make_auth(fake_api, sleeps=sleeps)
    async with httpx.AsyncClient(base_url=fake_api.base_url, auth=auth) as client:
        with pytest.raises(InternalServerError):
            await client.get(LIST)
    assert len(sleeps.calls) == 2


# -- basic auth and secrecy ------------------------------------------------------------------------


def test_basic_auth(fake_api: FakeAPI) -> None:
    auth = basic_auth(KEY_ID, KEY_SECRET)
    assert isinstance(auth, SinchBasicAuth)
    with client_for(fake_api, auth) as client:
        assert client.get(LIST).status_code == 200
        bad = client.get(LIST, auth=basic_auth(KEY_ID, "wrong"))
    assert bad.status_code == 401
    assert fake_api.token_requests == 0
    assert repr(auth) == f"SinchBasicAuth(key_id={KEY_ID!r})"


def test_no_secret_in_reprs(fake_api: FakeAPI) -> None:
    auth = make_auth(fake_api)
    with client_for(fake_api, auth) as client:
        client.get(LIST)
    assert repr(auth) == f"SinchOAuth2(key_id={KEY_ID!r}, auth_url={fake_api.token_url!r})"
    for text in (repr(auth), str(auth), repr(vars(auth))):
        assert KEY_SECRET not in text
        assert "tok-1" not in text


def test_credentials_required() -> None:
    with pytest.raises(ValueError):
        SinchOAuth2(KEY_ID, "")
    with pytest.raises(ValueError):
        basic_auth("", KEY_SECRET)


def test_httpx_args_configure_the_token_client(fake_api: FakeAPI) -> None:
    auth = SinchOAuth2(
        KEY_ID,
        KEY_SECRET,
        auth_url=fake_api.token_url,
        httpx_args={"headers": {"x-proxy-tag": "t1"}, "timeout": 1.0},
    )
    with client_for(fake_api, auth) as client:
        client.get(LIST)
    assert fake_api.requests[0].headers["x-proxy-tag"] == "t1"
    assert "x-proxy-tag" not in fake_api.requests[1].headers
