"""Request/response logging: useful lines, and no secret in any of them."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator

import httpx
import pytest

from sinch_numbers import _logging
from sinch_numbers._logging import (
    REDACTED,
    async_event_hooks,
    event_hooks,
    redact_body,
    redact_headers,
    setup_from_env,
)
from sinch_numbers.auth import SinchOAuth2

from .fakeapi import KEY_ID, KEY_SECRET, FakeAPI, Reply

LIST = "/v1/projects/p1/activeNumbers"
NUMBER = "/v1/projects/p1/activeNumbers/+12025550123"
HMAC = "hmac-TOPSECRET-value"
SECRETS = (
    KEY_SECRET,
    HMAC,
    "tok-1",
    base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode(),
)
NUMBER_BODY = {
    "phoneNumber": "+12025550123",
    "callbackUrl": "https://example.com/cb",
    "callbackConfiguration": {"hmacSecret": HMAC},
}


# -- helpers ---------------------------------------------------------------------------------------


def test_redact_headers() -> None:
    headers = httpx.Headers(
        {"Authorization": "Bearer abc", "Cookie": "sid=1", "Content-Type": "application/json"}
    )
    assert redact_headers(headers) == {
        "authorization": REDACTED,
        "cookie": REDACTED,
        "content-type": "application/json",
    }
    assert redact_headers({"Proxy-Authorization": "Basic x"}) == {"Proxy-Authorization": REDACTED}


def test_redact_json_at_any_depth() -> None:
    body = {
        "access_token": "a",
        "expires_in": 3599,
        "nested": {"hmacSecret": "b", "ok": "keep"},
        "items": [{"client_secret": "c"}, {"key-secret": "d", "Password": "e"}],
    }
    redacted = json.loads(redact_body(json.dumps(body).encode(), "application/json"))
    assert redacted == {
        "access_token": REDACTED,
        "expires_in": 3599,
        "nested": {"hmacSecret": REDACTED, "ok": "keep"},
        "items": [{"client_secret": REDACTED}, {"key-secret": REDACTED, "Password": REDACTED}],
    }


def test_redact_form_body() -> None:
    body = b"grant_type=client_credentials&client_id=k&client_secret=shh"
    out = redact_body(body, "application/x-www-form-urlencoded")
    assert "shh" not in out
    assert "grant_type=client_credentials" in out and "client_id=k" in out


@pytest.mark.parametrize(
    "text",
    [
        '{"hmacSecret": "shh", "callbackUrl": "https://x',  # truncated JSON
        "error: access_token=shh was rejected",
        "<p>client_secret: shh</p>",
    ],
)
def test_redact_unparseable_text(text: str) -> None:
    assert "shh" not in redact_body(text)


def test_truncates_after_redacting() -> None:
    body = json.dumps({"padding": "x" * 100, "hmacSecret": "shh"})
    out = redact_body(body, "application/json", limit=40)
    assert "shh" not in out
    assert out.startswith('{"padding": "xxx')
    assert out.endswith("more characters)")
    assert redact_body(b"") == ""


# -- hooks on a live server ------------------------------------------------------------------------


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG, logger="sinch_numbers"):
        yield caplog


def assert_no_secrets(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def test_debug_logs_requests_with_secrets_redacted(
    fake_api: FakeAPI, debug_logs: pytest.LogCaptureFixture
) -> None:
    fake_api.script("PATCH", NUMBER, Reply(200, NUMBER_BODY))
    auth = SinchOAuth2(KEY_ID, KEY_SECRET, auth_url=fake_api.token_url)
    with httpx.Client(base_url=fake_api.base_url, auth=auth, event_hooks=event_hooks()) as c:
        c.patch(NUMBER, json=NUMBER_BODY)
    text = debug_logs.text
    assert_no_secrets(text)
    # The token exchange (internal client) and the API call are both logged.
    assert f"POST {fake_api.token_url} -> 200 OK" in text
    assert f"PATCH {fake_api.base_url}{NUMBER} -> 200 OK" in text
    assert "request_id=req-2" in text
    assert "grant_type=client_credentials" in text
    assert '"access_token": "[REDACTED]"' in text
    assert '"hmacSecret": "[REDACTED]"' in text
    assert "'authorization': '[REDACTED]'" in text
    assert '"callbackUrl": "https://example.com/cb"' in text
    assert {r.name for r in debug_logs.records} == {"sinch_numbers"}


def test_info_logs_one_line_per_response(
    fake_api: FakeAPI, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        caplog.at_level(logging.INFO, logger="sinch_numbers"),
        httpx.Client(
            base_url=fake_api.base_url, auth=(KEY_ID, KEY_SECRET), event_hooks=event_hooks()
        ) as c,
    ):
        c.get(LIST)
        with c.stream("GET", LIST) as response:
            assert not response.is_stream_consumed  # info level leaves the body alone
    assert len(caplog.records) == 2
    message = caplog.records[0].getMessage()
    assert message.startswith(f"GET {fake_api.base_url}{LIST} -> 200 OK (")
    assert message.endswith("ms) request_id=req-1")
    assert "headers" not in caplog.text
    assert_no_secrets(caplog.text)


def test_hooks_silent_when_logging_off(fake_api: FakeAPI, caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level(logging.WARNING, logger="sinch_numbers"),
        httpx.Client(
            base_url=fake_api.base_url, auth=(KEY_ID, KEY_SECRET), event_hooks=event_hooks()
        ) as c,
    ):
        c.get(LIST)
    assert caplog.records == []


async def test_async_hooks(fake_api: FakeAPI, debug_logs: pytest.LogCaptureFixture) -> None:
    fake_api.script("GET", NUMBER, Reply(200, NUMBER_BODY))
    auth = SinchOAuth2(KEY_ID, KEY_SECRET, auth_url=fake_api.token_url)
    async with httpx.AsyncClient(
        base_url=fake_api.base_url, auth=auth, event_hooks=async_event_hooks()
    ) as c:
        response = await c.get(NUMBER)
    assert response.json() == NUMBER_BODY  # the hook read the body; the caller still has it
    assert f"GET {fake_api.base_url}{NUMBER} -> 200 OK" in debug_logs.text
    assert '"hmacSecret": "[REDACTED]"' in debug_logs.text
    assert_no_secrets(debug_logs.text)


def test_userinfo_dropped_from_logged_url(
    fake_api: FakeAPI, debug_logs: pytest.LogCaptureFixture
) -> None:
    url = fake_api.base_url.replace("http://", f"http://{KEY_ID}:{KEY_SECRET}@") + LIST
    with httpx.Client(event_hooks=event_hooks()) as c:
        assert c.get(url).status_code == 200
    assert_no_secrets(debug_logs.text)


# -- SINCH_NUMBERS_LOG -----------------------------------------------------------------------------


@pytest.fixture
def clean_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("sinch_numbers")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers
    _logging._handler = None


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO)])
def test_setup_from_env(
    monkeypatch: pytest.MonkeyPatch, clean_logger: logging.Logger, value: str, level: int
) -> None:
    monkeypatch.setenv("SINCH_NUMBERS_LOG", value)
    before = len(clean_logger.handlers)
    setup_from_env()
    setup_from_env()
    assert clean_logger.level == level
    assert len(clean_logger.handlers) == before + 1


@pytest.mark.parametrize("value", [None, "", "verbose"])
def test_setup_from_env_off(
    monkeypatch: pytest.MonkeyPatch, clean_logger: logging.Logger, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv("SINCH_NUMBERS_LOG", raising=False)
    else:
        monkeypatch.setenv("SINCH_NUMBERS_LOG", value)
    before = (clean_logger.level, len(clean_logger.handlers))
    setup_from_env()
    assert (clean_logger.level, len(clean_logger.handlers)) == before
