"""The key secret and access tokens never show in reprs, raised errors or debug logs."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from sinch_numbers import (
    AsyncNumbersClient,
    ConfigurationError,
    NumbersClient,
    SinchNumbersError,
)

from .conftest import PHONE
from .loopback import KEY_ID, KEY_SECRET, PROJECT, LoopbackAPI, Reply, sinch_error

ROOT = Path(__file__).resolve().parents[2]
BASIC_VALUE = base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode()
ACTIVE_RAW = f"/v1/projects/{PROJECT}/activeNumbers/%2B12065550100"
RENT_RAW = f"/v1/projects/{PROJECT}/availableNumbers/%2B12065550100:rent"


def forbidden(api: LoopbackAPI, *extra: str) -> list[str]:
    return [KEY_SECRET, BASIC_VALUE, *api.issued_tokens, *extra]


def assert_clean(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        assert secret not in text, f"secret {secret[:6]}... leaked in: {text[:300]}"


def chain(error: BaseException) -> Iterator[BaseException]:
    seen: BaseException | None = error
    while seen is not None:
        yield seen
        seen = seen.__cause__ or seen.__context__


def describe(error: BaseException) -> str:
    """Everything a user or an error reporter would print about ``error`` and its causes."""
    parts = ["".join(traceback.format_exception(error))]
    for link in chain(error):
        parts += [str(link), repr(link), repr(link.args), repr(vars(link))]
    return "\n".join(parts)


@pytest.mark.parametrize("auth", ["oauth", "basic"])
def test_client_reprs(api: LoopbackAPI, auth: str) -> None:
    with NumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, auth=auth, base_url=api.base_url, auth_url=api.token_url
    ) as client:
        client.active_numbers.get(PHONE)  # a token is now cached
        clone = client.with_options(max_retries=1)
        texts = [
            repr(client),
            str(client),
            repr(clone),
            repr(vars(client)),
            repr(client.low_level),
            repr(client.active_numbers),
        ]
        with client.with_options(timeout=1, max_retries=0) as other:
            texts += [repr(other), repr(vars(other))]
    if auth == "oauth":
        assert len(api.issued_tokens) == 1
    assert KEY_ID in texts[0]  # the repr is useful: it names the key id, not the secret
    assert_clean("\n".join(texts), forbidden(api))


async def test_async_client_reprs(api: LoopbackAPI, aclient: AsyncNumbersClient) -> None:
    await aclient.active_numbers.get(PHONE)
    texts = [repr(aclient), repr(vars(aclient)), repr(aclient.with_options(max_retries=0))]
    assert_clean("\n".join(texts), forbidden(api))


def test_raised_errors(api: LoopbackAPI, client: NumbersClient) -> None:
    errors: list[BaseException] = []

    def capture(call: object) -> None:
        assert callable(call)
        with pytest.raises(SinchNumbersError) as info:
            call()
        errors.append(info.value)

    client.active_numbers.get(PHONE)  # cache a token first
    api.script("POST", RENT_RAW, Reply(drop=True), sinch_error(500, "INTERNAL", "boom"))
    capture(lambda: client.available_numbers.rent(PHONE))  # OutcomeUnknownError (dropped)
    capture(lambda: client.available_numbers.rent(PHONE))  # OutcomeUnknownError (500)
    api.script("GET", ACTIVE_RAW, Reply(200, {}, delay=0.5))
    with client.with_options(timeout=0.05, max_retries=0) as hasty:
        capture(lambda: hasty.active_numbers.get(PHONE))  # APITimeoutError
    api.script(
        "PATCH",
        ACTIVE_RAW,
        sinch_error(400, "INVALID_ARGUMENT", "bad", [{"fieldViolations": [{"field": "x"}]}]),
    )
    capture(lambda: client.active_numbers.update(PHONE, display_name="x"))
    unauthenticated = sinch_error(401, "UNAUTHENTICATED", "no")
    api.script("GET", ACTIVE_RAW, unauthenticated, unauthenticated)
    capture(lambda: client.active_numbers.get(PHONE))  # 401 after a refresh
    api.script("GET", ACTIVE_RAW, Reply(429, headers={"Retry-After": "600"}))
    capture(lambda: client.active_numbers.get(PHONE))
    capture(lambda: client.active_numbers.update(PHONE))  # EmptyUpdateError
    capture(lambda: client.active_numbers.get("+1 206 555"))  # InvalidPhoneNumberError
    api.script_token(Reply(401, {"error": "invalid_client", "error_description": "Bad key."}))
    api.expire_tokens()
    capture(lambda: client.active_numbers.get(PHONE))  # token request rejected

    assert len(errors) == 9
    assert len({type(e) for e in errors}) >= 7
    assert len(api.issued_tokens) == 2
    for error in errors:
        assert_clean(describe(error), forbidden(api))


def test_wrong_secret_not_echoed(api: LoopbackAPI) -> None:
    wrong = "wrong-S3CRET-0123456789"
    with (
        NumbersClient(PROJECT, KEY_ID, wrong, base_url=api.base_url, auth_url=api.token_url) as c,
        pytest.raises(SinchNumbersError) as info,
    ):
        c.active_numbers.get(PHONE)
    assert_clean(
        describe(info.value), [wrong, base64.b64encode(f"{KEY_ID}:{wrong}".encode()).decode()]
    )


def test_configuration_error(api: LoopbackAPI) -> None:
    with pytest.raises(ConfigurationError) as info:
        NumbersClient(None, KEY_ID, KEY_SECRET, base_url=api.base_url)
    assert_clean(describe(info.value), [KEY_SECRET, BASIC_VALUE])


def test_debug_logs_redact_secrets_and_tokens() -> None:
    env = {**os.environ, "SINCH_NUMBERS_LOG": "debug"}
    for name in ("SINCH_PROJECT_ID", "SINCH_KEY_ID", "SINCH_KEY_SECRET"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("log_scenario.py"))],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    logs = done.stderr
    assert report["tokens"] == 3  # first token, the refresh after a 401, the async client's
    # the logs are really there, at debug level, and name what they hid
    assert "DEBUG sinch_numbers: Request POST" in logs
    assert "/oauth2/token -> 200" in logs
    assert "-> 401 Unauthorized" in logs
    assert "Retrying in" in logs
    assert "'authorization': '[REDACTED]'" in logs
    assert '"access_token": "[REDACTED]"' in logs
    assert '"hmacSecret": "[REDACTED]"' in logs
    assert_clean(logs, report["secrets"])
