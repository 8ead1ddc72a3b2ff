"""Retry policy and runners against a live loopback server: what is resent, and what is not."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus

import httpx
import pytest

from sinch_numbers.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitError,
)
from sinch_numbers.retries import DEFAULT_RECONCILE_HINT, RetryPolicy, run_async, run_sync

from .conftest import Sleeps
from .fakeapi import KEY_ID, KEY_SECRET, FakeAPI, Reply, closed_port_url, sinch_error

LIST = "/v1/projects/p1/activeNumbers"
RENT = "/v1/projects/p1/availableNumbers:rentAny"
HINT = "List active numbers to see whether a number was rented."
POLICY = RetryPolicy(max_retries=2, initial_delay=0.5, max_delay=8.0, jitter=0)


@pytest.fixture
def client(fake_api: FakeAPI) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake_api.base_url, auth=(KEY_ID, KEY_SECRET), timeout=2) as c:
        yield c


def get(client: httpx.Client, path: str = LIST) -> Callable[[], httpx.Response]:
    return lambda: client.get(path)


def post(client: httpx.Client, path: str = RENT) -> Callable[[], httpx.Response]:
    return lambda: client.post(path, json={"regionCode": "US", "type": "LOCAL"})


# -- idempotent calls: transient failures are resent -----------------------------------------------


def test_idempotent_5xx_retried_with_backoff(
    fake_api: FakeAPI, client: httpx.Client, sleeps: Sleeps
) -> None:
    fake_api.script("GET", LIST, Reply(503), sinch_error(500, "INTERNAL", "oops"))
    response = run_sync(get(client), policy=POLICY, idempotent=True, sleep=sleeps)
    assert response.status_code == 200
    assert fake_api.count("GET", LIST) == 3
    assert sleeps.calls == [0.5, 1.0]


def test_idempotent_5xx_gives_up_after_max_retries(
    fake_api: FakeAPI, client: httpx.Client, sleeps: Sleeps
) -> None:
    fake_api.script("GET", LIST, *[sinch_error(500, "INTERNAL", "down")] * 3)
    with pytest.raises(InternalServerError) as info:
        run_sync(get(client), policy=POLICY, idempotent=True, sleep=sleeps)
    assert str(info.value) == "500 INTERNAL: down [request_id=req-3]"
    assert fake_api.count("GET", LIST) == 3
    assert len(sleeps.calls) == 2


def test_idempotent_408_and_dropped_connection_retried(
    fake_api: FakeAPI, client: httpx.Client, sleeps: Sleeps
) -> None:
    fake_api.script("GET", LIST, Reply(408), Reply(drop=True))
    assert run_sync(get(client), policy=POLICY, idempotent=True, sleep=sleeps).status_code == 200
    assert fake_api.count("GET", LIST) == 3


def test_idempotent_read_timeout_retried_then_mapped(fake_api: FakeAPI, sleeps: Sleeps) -> None:
    fake_api.script("GET", LIST, Reply(delay=0.3), Reply(delay=0.3))
    with (
        httpx.Client(base_url=fake_api.base_url, auth=(KEY_ID, KEY_SECRET), timeout=0.05) as c,
        pytest.raises(APITimeoutError) as info,
    ):
        run_sync(get(c), policy=RetryPolicy(max_retries=1), idempotent=True, sleep=sleeps)
    assert not isinstance(info.value, OutcomeUnknownError)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert fake_api.count("GET", LIST) == 2


def test_client_errors_not_retried(fake_api: FakeAPI, client: httpx.Client, sleeps: Sleeps) -> None:
    fake_api.script("GET", LIST, sinch_error(404, "NOT_FOUND", "gone"))
    fake_api.script("POST", RENT, sinch_error(400, "INVALID_ARGUMENT", "bad"))
    with pytest.raises(NotFoundError):
        run_sync(get(client), policy=POLICY, idempotent=True, sleep=sleeps)
    with pytest.raises(BadRequestError):
        run_sync(post(client), policy=POLICY, idempotent=False, sleep=sleeps)
    assert fake_api.api_requests == 2
    assert sleeps.calls == []


# -- non-idempotent calls: never resent when the outcome is unknown --------------------------------


@pytest.mark.parametrize(
    ("reply", "cause"),
    [
        (sinch_error(500, "INTERNAL", "oops"), InternalServerError),
        (Reply(502, "<html>Bad Gateway</html>"), InternalServerError),
        (Reply(408), Exception),
        (Reply(drop=True), httpx.RemoteProtocolError),
    ],
)
def test_non_idempotent_unknown_outcome_not_resent(
    fake_api: FakeAPI,
    client: httpx.Client,
    sleeps: Sleeps,
    reply: Reply,
    cause: type[Exception],
) -> None:
    fake_api.script("POST", RENT, reply)
    with pytest.raises(OutcomeUnknownError) as info:
        run_sync(post(client), policy=POLICY, idempotent=False, reconcile_hint=HINT, sleep=sleeps)
    assert fake_api.count("POST", RENT) == 1
    assert sleeps.calls == []
    err = info.value
    assert err.reconcile_hint == HINT
    assert str(err).endswith(HINT)
    assert "not resent" in str(err)
    assert isinstance(err.__cause__, cause)


def test_outcome_unknown_names_the_call_and_the_response(
    fake_api: FakeAPI, client: httpx.Client, sleeps: Sleeps
) -> None:
    """A 5xx came back: its status and request id are on the error, not only on __cause__."""
    fake_api.script("POST", RENT, sinch_error(503, "UNAVAILABLE", "busy"))
    with pytest.raises(OutcomeUnknownError) as info:
        run_sync(
            post(client),
            policy=POLICY,
            idempotent=False,
            sleep=sleeps,
            method="POST",
            path="/v1/projects/{projectId}/availableNumbers:rentAny",
        )
    err = info.value
    assert (err.method, err.path) == ("POST", "/v1/projects/{projectId}/availableNumbers:rentAny")
    assert err.status_code == 503
    assert err.request_id == f"req-{len(fake_api.requests)}"
    assert str(err).startswith(
        "Outcome unknown: POST /v1/projects/{projectId}/availableNumbers:rentAny: the server "
        "answered 503 UNAVAILABLE: busy"
    )
    cause = err.__cause__
    assert isinstance(cause, InternalServerError) and cause.response is not None
    assert cause.response.status_code == 503 and cause.headers is cause.response.headers


def test_non_idempotent_read_timeout_is_outcome_unknown(fake_api: FakeAPI, sleeps: Sleeps) -> None:
    fake_api.script("POST", RENT, Reply(delay=0.3))
    with (
        httpx.Client(base_url=fake_api.base_url, auth=(KEY_ID, KEY_SECRET), timeout=0.05) as c,
        pytest.raises(OutcomeUnknownError) as info,
    ):
        run_sync(post(c), policy=POLICY, idempotent=False, sleep=sleeps)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert info.value.reconcile_hint == DEFAULT_RECONCILE_HINT
    assert (info.value.status_code, info.value.request_id) == (None, None)  # nothing came back
    assert fake_api.count("POST", RENT) == 1


def test_non_idempotent_connect_refused_is_retried(fake_api: FakeAPI, sleeps: Sleeps) -> None:
    """Nothing reached a server on the first attempt, so resending cannot buy twice."""
    urls = iter([closed_port_url() + RENT, fake_api.url(RENT)])
    with httpx.Client(auth=(KEY_ID, KEY_SECRET)) as c:
        response = run_sync(
            lambda: c.post(next(urls), json={}), policy=POLICY, idempotent=False, sleep=sleeps
        )
    assert response.status_code == 200
    assert fake_api.count("POST", RENT) == 1
    assert sleeps.calls == [0.5]


@pytest.mark.parametrize("idempotent", [True, False])
def test_connect_refused_gives_up_as_connection_error(idempotent: bool, sleeps: Sleeps) -> None:
    with (
        httpx.Client(base_url=closed_port_url()) as c,
        pytest.raises(APIConnectionError) as info,
    ):
        run_sync(post(c), policy=POLICY, idempotent=idempotent, sleep=sleeps)
    assert type(info.value) is APIConnectionError  # not OutcomeUnknownError: nothing was sent
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert sleeps.calls == [0.5, 1.0]


def test_non_idempotent_429_retried_honouring_retry_after(
    fake_api: FakeAPI, client: httpx.Client, sleeps: Sleeps
) -> None:
    fake_api.script("POST", RENT, Reply(429, headers={"Retry-After": "3"}))
    response = run_sync(post(client), policy=POLICY, idempotent=False, sleep=sleeps)
    assert response.status_code == 200
    assert sleeps.calls == [3.0]
    assert fake_api.count("POST", RENT) == 2


def test_retry_after_http_date_honoured(
    fake_api: FakeAPI, client: httpx.Client, sleeps: Sleeps
) -> None:
    import time

    when = formatdate(time.time() + 20, usegmt=True)
    fake_api.script("GET", LIST, Reply(503, headers={"Retry-After": when}))
    run_sync(get(client), policy=POLICY, idempotent=True, sleep=sleeps)
    assert len(sleeps.calls) == 1 and 18 <= sleeps.calls[0] <= 20


def test_429_exhausted_raises_rate_limit_error(
    fake_api: FakeAPI, client: httpx.Client, sleeps: Sleeps
) -> None:
    fake_api.script("GET", LIST, *[Reply(429, headers={"Retry-After": "1"})] * 3)
    with pytest.raises(RateLimitError) as info:
        run_sync(get(client), policy=POLICY, idempotent=True, sleep=sleeps)
    assert info.value.retry_after == 1.0
    assert sleeps.calls == [1.0, 1.0]


def test_retry_after_beyond_cap_is_not_waited_for(
    fake_api: FakeAPI, client: httpx.Client, sleeps: Sleeps
) -> None:
    fake_api.script("POST", RENT, Reply(429, headers={"Retry-After": "3600"}))
    with pytest.raises(RateLimitError) as info:
        run_sync(post(client), policy=POLICY, idempotent=False, sleep=sleeps)
    assert info.value.retry_after == 3600.0
    assert sleeps.calls == []
    assert fake_api.count("POST", RENT) == 1


def test_retries_are_logged(
    fake_api: FakeAPI, client: httpx.Client, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    fake_api.script("GET", LIST, Reply(503))
    with caplog.at_level(logging.INFO, logger="sinch_numbers"):
        run_sync(get(client), policy=POLICY, idempotent=True, sleep=sleeps)
    assert "Retrying in 0.50s (retry 1 of 2) after HTTP 503 [request_id=req-1]" in caplog.text
    caplog.clear()
    fake_api.script("GET", LIST, Reply(503))
    with caplog.at_level(logging.INFO, logger="sinch_numbers"):
        run_sync(get(client), policy=POLICY, idempotent=True, sleep=sleeps, method="GET", path=LIST)
    assert f"GET {LIST}: Retrying in 0.50s (retry 1 of 2) after HTTP 503" in caplog.text


# -- exception classification, without a server ----------------------------------------------------


@dataclass
class GeneratedLikeResponse:
    """Shape of sinch_numbers_api.types.Response: the runners must accept it."""

    status_code: HTTPStatus
    content: bytes
    headers: dict[str, str]
    parsed: object = None


@dataclass
class Scripted:
    """A ``send`` that raises or returns the scripted outcomes in order."""

    outcomes: list[BaseException | GeneratedLikeResponse]
    calls: int = 0
    request: httpx.Request = field(default_factory=lambda: httpx.Request("POST", "http://x"))

    def __call__(self) -> GeneratedLikeResponse:
        outcome = self.outcomes[self.calls]
        self.calls += 1
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


OK = GeneratedLikeResponse(HTTPStatus.OK, b"{}", {}, parsed={"ok": True})


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("full")]
)
def test_not_sent_errors_retried_even_when_not_idempotent(exc: Exception, sleeps: Sleeps) -> None:
    send = Scripted([exc, OK])
    assert run_sync(send, policy=POLICY, idempotent=False, sleep=sleeps) is OK
    assert send.calls == 2


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ReadTimeout("read"),
        httpx.WriteTimeout("write"),
        httpx.ReadError("reset"),
        httpx.WriteError("broken pipe"),
        httpx.RemoteProtocolError("dropped"),
    ],
)
def test_sent_errors_retried_only_when_idempotent(exc: Exception, sleeps: Sleeps) -> None:
    send = Scripted([exc, OK])
    assert run_sync(send, policy=POLICY, idempotent=True, sleep=sleeps) is OK
    send = Scripted([exc, OK])
    with pytest.raises(OutcomeUnknownError):
        run_sync(send, policy=POLICY, idempotent=False, sleep=sleeps)
    assert send.calls == 1


def test_timeouts_map_to_api_timeout_error(sleeps: Sleeps) -> None:
    send = Scripted([httpx.PoolTimeout("pool")] * 3)
    with pytest.raises(APITimeoutError):
        run_sync(send, policy=POLICY, idempotent=True, sleep=sleeps)


def test_misconfiguration_not_retried(sleeps: Sleeps) -> None:
    send = Scripted([httpx.UnsupportedProtocol("ftp://"), OK])
    with pytest.raises(APIConnectionError):
        run_sync(send, policy=POLICY, idempotent=True, sleep=sleeps)
    assert send.calls == 1


def test_own_errors_pass_through_untouched(sleeps: Sleeps) -> None:
    """A failed token request means the API call was never sent: no OutcomeUnknownError."""
    token_error = AuthenticationError(401, message="Token request rejected: bad key")
    send = Scripted([token_error])
    with pytest.raises(AuthenticationError) as info:
        run_sync(send, policy=POLICY, idempotent=False, sleep=sleeps)
    assert info.value is token_error


def test_generated_response_shape_accepted(sleeps: Sleeps) -> None:
    busy = GeneratedLikeResponse(HTTPStatus.SERVICE_UNAVAILABLE, b"", {"Retry-After": "2"})
    result = run_sync(Scripted([busy, OK]), policy=POLICY, idempotent=True, sleep=sleeps)
    assert result.parsed == {"ok": True}
    assert sleeps.calls == [2.0]


def test_zero_retries_policy(sleeps: Sleeps) -> None:
    send = Scripted([httpx.ConnectError("refused"), OK])
    with pytest.raises(APIConnectionError):
        run_sync(send, policy=RetryPolicy(max_retries=0), idempotent=True, sleep=sleeps)
    assert send.calls == 1


# -- RetryPolicy -----------------------------------------------------------------------------------


def test_backoff_doubles_and_caps() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=3.0, jitter=0)
    assert [policy.delay_for(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_jitter_only_shortens() -> None:
    policy = RetryPolicy(initial_delay=1.0, jitter=0.5)
    delays = [policy.delay_for(1) for _ in range(200)]
    assert all(0.5 <= d <= 1.0 for d in delays)
    assert len(set(delays)) > 1


def test_retry_after_overrides_backoff_and_is_capped() -> None:
    policy = RetryPolicy(jitter=0.5, max_retry_after=60)
    assert policy.delay_for(1, "4") == 4.0
    assert policy.delay_for(1, "0") == 0.0
    assert policy.delay_for(3, "3600") == 60.0
    assert policy.delay_for(1, "garbage") <= 0.5
    assert policy.wants_retry_after("60") and not policy.wants_retry_after("61")


@pytest.mark.parametrize(
    "kwargs", [{"max_retries": -1}, {"initial_delay": -1}, {"jitter": 2}, {"max_retry_after": -1}]
)
def test_policy_validates(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


# -- async runner ----------------------------------------------------------------------------------


async def test_async_idempotent_retry_and_non_idempotent_drop(
    fake_api: FakeAPI, sleeps: Sleeps
) -> None:
    fake_api.script("GET", LIST, Reply(503, headers={"Retry-After": "2"}))
    fake_api.script("POST", RENT, Reply(drop=True))
    async with httpx.AsyncClient(base_url=fake_api.base_url, auth=(KEY_ID, KEY_SECRET)) as c:
        response = await run_async(
            lambda: c.get(LIST), policy=POLICY, idempotent=True, sleep=sleeps.async_
        )
        assert response.status_code == 200
        with pytest.raises(OutcomeUnknownError) as info:
            await run_async(
                lambda: c.post(RENT, json={}),
                policy=POLICY,
                idempotent=False,
                reconcile_hint=HINT,
                sleep=sleeps.async_,
            )
    assert info.value.reconcile_hint == HINT
    assert sleeps.calls == [2.0]
    assert fake_api.count("GET", LIST) == 2
    assert fake_api.count("POST", RENT) == 1


async def test_async_non_idempotent_429_then_connect_refused(
    fake_api: FakeAPI, sleeps: Sleeps
) -> None:
    fake_api.script("POST", RENT, Reply(429, headers={"Retry-After": "1"}))
    urls = iter([fake_api.url(RENT), closed_port_url() + RENT, fake_api.url(RENT)])
    async with httpx.AsyncClient(auth=(KEY_ID, KEY_SECRET)) as c:
        response = await run_async(
            lambda: c.post(next(urls), json={}),
            policy=POLICY,
            idempotent=False,
            sleep=sleeps.async_,
        )
    assert response.status_code == 200
    assert sleeps.calls == [1.0, 1.0]  # Retry-After, then backoff for retry 2
    assert fake_api.count("POST", RENT) == 2


async def test_async_default_sleep_is_asyncio(fake_api: FakeAPI) -> None:
    fake_api.script("GET", LIST, Reply(503, headers={"Retry-After": "0"}))
    async with httpx.AsyncClient(base_url=fake_api.base_url, auth=(KEY_ID, KEY_SECRET)) as c:
        response = await run_async(lambda: c.get(LIST), policy=POLICY, idempotent=True)
    assert response.status_code == 200
