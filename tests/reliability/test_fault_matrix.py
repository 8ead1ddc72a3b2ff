"""Every operation under every fault a network and a server can produce.

For each of the spec's operations and each fault (429 with ``Retry-After``, 500/502/503/504,
an HTML error page, the connection reset before or during the response, a timeout, a 2xx body
that is not JSON or not an object) the call must raise the documented error class, the server
must have seen exactly as many requests as the money policy allows (a billable call whose
outcome is unknown is never resent), and no secret may appear in the error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from facade.loopback import KEY_ID, KEY_SECRET, PROJECT, LoopbackAPI, Reply
from facade.operations import SPEC_OPERATIONS, call, facade_operations, success_schema

from sinch_numbers import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    NumbersClient,
    OutcomeUnknownError,
    RateLimitError,
    ResponseParseError,
)

RETRIES = 2
TIMEOUT = 0.1
NOW = {"retry-after": "0"}  # so that retries do not sleep


@dataclass(frozen=True)
class Fault:
    name: str
    reply: Reply
    #: error class for an idempotent call, and how many requests the server then sees
    safe: tuple[type[Exception], int]
    #: the same for a billable call (whose outcome a fault may leave unknown)
    billable: tuple[type[Exception], int]
    json_body_only: bool = False  # the fault is in the body of a 2xx: operations without none


FAULTS = [
    Fault("429", Reply(429, {"error": {"code": 429, "status": "RESOURCE_EXHAUSTED"}}, NOW),
          (RateLimitError, RETRIES + 1), (RateLimitError, RETRIES + 1)),
    *(
        Fault(str(status), Reply(status, {"error": {"code": status}}, NOW),
              (InternalServerError, RETRIES + 1), (OutcomeUnknownError, 1))
        for status in (500, 502, 503, 504)
    ),
    Fault("503-html", Reply(503, "<html><body>Service Unavailable</body></html>", NOW),
          (InternalServerError, RETRIES + 1), (OutcomeUnknownError, 1)),
    Fault("reset-before-response", Reply(drop=True),
          (APIConnectionError, RETRIES + 1), (OutcomeUnknownError, 1)),
    Fault("reset-during-response", Reply(200, {"partial": "bo"}, truncate=True),
          (APIConnectionError, RETRIES + 1), (OutcomeUnknownError, 1)),
    Fault("timeout", Reply(200, {}, delay=TIMEOUT * 3),
          (APITimeoutError, RETRIES + 1), (OutcomeUnknownError, 1)),
    Fault("200-not-json", Reply(200, "<html>ok</html>"),
          (ResponseParseError, 1), (ResponseParseError, 1), json_body_only=True),
    Fault("200-not-an-object", Reply(200, [1, 2, 3]),
          (ResponseParseError, 1), (ResponseParseError, 1), json_body_only=True),
]  # fmt: skip

BILLABLE = {op for op, operation in facade_operations().items() if not operation.idempotent}
CASES = [
    pytest.param(op_id, fault, id=f"{op_id}-{fault.name}")
    for op_id in sorted(SPEC_OPERATIONS)
    for fault in FAULTS
    if not (fault.json_body_only and success_schema(SPEC_OPERATIONS[op_id][2]) is None)
]


def _client(api: LoopbackAPI) -> NumbersClient:
    client = NumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, base_url=api.base_url, auth_url=api.token_url,
        timeout=TIMEOUT, max_retries=RETRIES,
    )  # fmt: skip
    # the same policy without its waits (backoff is tested in tests/client/test_retries.py)
    client._policy = dataclasses.replace(client._policy, initial_delay=0.0, max_delay=0.0)
    return client


def _run(make_call: Callable[[], Any]) -> Any:
    result = make_call()
    return result.first_page() if hasattr(result, "first_page") else result


@pytest.mark.parametrize(("op_id", "fault"), CASES)
def test_fault(api: LoopbackAPI, op_id: str, fault: Fault) -> None:
    billable = op_id in BILLABLE
    expected, requests = fault.billable if billable else fault.safe
    api.responder = lambda _request: fault.reply
    with _client(api) as client:
        client.low_level  # noqa: B018
        with pytest.raises(expected) as info:
            _run(lambda: call(client, op_id))
        token = client._auth._token  # type: ignore[attr-defined]
    assert len(api.api_wire) == requests, [w.path for w in api.api_wire]
    error = info.value
    text = f"{error} {error!r} {error.__cause__!r}"
    assert KEY_SECRET not in text
    if token is not None:
        assert token.value not in text
    if isinstance(error, OutcomeUnknownError):
        assert error.reconcile_hint and error.method == SPEC_OPERATIONS[op_id][0]
    if isinstance(error, ResponseParseError) and billable:
        assert "did take effect" in str(error)


def test_the_matrix_covers_every_operation_and_fault() -> None:
    ops = {case.values[0] for case in CASES}
    assert ops == set(SPEC_OPERATIONS) and len(ops) == 22
    assert len(CASES) == 22 * len(FAULTS) - 2 * 2  # two operations answer 200 without a body
    assert {
        "NumberService_RentNumber", "NumberService_RentAnyNumber", "NumberService_ReleaseNumber",
        "NumberService_ProvisionEmergencyAddress", "NumberService_DeprovisionEmergencyAddress",
        "CreateNumberOrder", "UploadNumberOrderAttachment", "SubmitNumberOrder",
    } == BILLABLE  # fmt: skip
