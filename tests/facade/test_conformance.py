"""What Sinch's servers really send, through the facade, for every operation, sync and async.

A loopback server answers each operation with an off-spec body built from the spec's success
schema: every top-level property ``null`` and a field the spec does not list. The call must
return the model, the departures must reach ``client.conformance`` and the
``sinch_numbers.conformance`` logger once per (operation, path, kind) however often they
recur, and ``strict_responses=True`` must refuse them. A 2xx whose body is not a JSON object
is a ``ResponseParseError``; for a billable call it says the call took effect. Mapping
arguments that depart from the spec are refused before anything is sent.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest

from sinch_numbers import (
    AsyncNumbersClient,
    InvalidArgumentsError,
    NumbersClient,
    ResponseParseError,
    ResponseValidationError,
)
from sinch_numbers.resources._operations import OPERATIONS

from .loopback import KEY_ID, KEY_SECRET, PROJECT, LoopbackAPI, Reply
from .operations import SPEC, SPEC_OPERATIONS, call, success_schema

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import tolerance

JSON_OPERATIONS = sorted(op for op, (_, _, o) in SPEC_OPERATIONS.items() if success_schema(o))
NO_BODY_OPERATIONS = sorted(set(SPEC_OPERATIONS) - set(JSON_OPERATIONS))
UNKNOWN = "zzNotInSpec"


def off_spec_body(op_id: str) -> tuple[dict[str, Any], set[tuple[str, str]]]:
    """A 200 body with every top-level property null and one unknown field, and the
    ``(path, kind)`` deviations it must produce."""
    schema = success_schema(SPEC_OPERATIONS[op_id][2])
    builder = tolerance.Builder(SPEC)
    properties, _required = builder._properties(builder.resolve(schema))
    body: dict[str, Any] = dict.fromkeys(properties)
    body[UNKNOWN] = {"any": ["thing"]}
    expected = {(name, "null") for name, sub in properties.items() if not sub.get("nullable")}
    expected.add((UNKNOWN, "unknown-field"))  # a nullable property's null is no departure
    return body, expected


def is_billable(op_id: str) -> bool:
    from .operations import facade_operations

    return not facade_operations()[op_id].idempotent


def _client(api: LoopbackAPI, **options: Any) -> NumbersClient:
    return NumbersClient(
        PROJECT,
        KEY_ID,
        KEY_SECRET,
        base_url=api.base_url,
        auth_url=api.token_url,
        timeout=5,
        **options,
    )


def _seen(client: NumbersClient | AsyncNumbersClient, op_id: str) -> set[tuple[str, str]]:
    return {(d.path, d.kind) for d in client.conformance.deviations() if d.operation_id == op_id}


def _first_page(result: Any) -> Any:
    return result.first_page() if hasattr(result, "first_page") else result


@pytest.mark.parametrize("op_id", JSON_OPERATIONS)
def test_off_spec_body_parses_and_is_reported_once(
    api: LoopbackAPI, op_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    body, expected = off_spec_body(op_id)
    api.responder = lambda _request: Reply(200, body)
    caplog.set_level(logging.WARNING, logger="sinch_numbers.conformance")
    with _client(api) as client:
        first = _first_page(call(client, op_id))
        _first_page(call(client, op_id))  # the same departures again: counted, not re-logged
        assert first is not None
        assert first.to_dict() == body  # nothing lost, nulls kept as null
        assert _seen(client, op_id) == expected
        counts = client.conformance.counts()
        assert {counts[(op_id, path, kind)] for path, kind in expected} == {2}
    logged = [r.getMessage() for r in caplog.records if r.name == "sinch_numbers.conformance"]
    assert sorted(logged) == sorted(
        f"{op_id} {path}: "
        + (
            "null, not nullable in spec 1.0.3"
            if kind == "null"
            else "field not in spec 1.0.3; kept in additional_properties"
        )
        for path, kind in expected
    )
    assert len(api.api_wire) == 2


@pytest.mark.parametrize("op_id", JSON_OPERATIONS)
async def test_off_spec_body_parses_async(api: LoopbackAPI, op_id: str) -> None:
    body, expected = off_spec_body(op_id)
    api.responder = lambda _request: Reply(200, body)
    seen: list[Any] = []
    async with AsyncNumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, base_url=api.base_url, auth_url=api.token_url,
        timeout=5, on_deviation=seen.append,
    ) as client:  # fmt: skip
        outcome = call(client, op_id)
        result = await (outcome.first_page() if hasattr(outcome, "first_page") else outcome)
        assert result.to_dict() == body
        assert _seen(client, op_id) == expected
    assert {(d.path, d.kind) for d in seen} == expected


@pytest.mark.parametrize("op_id", JSON_OPERATIONS)
def test_strict_responses_refuse_departures(api: LoopbackAPI, op_id: str) -> None:
    body, expected = off_spec_body(op_id)
    api.responder = lambda _request: Reply(200, body, headers={"x-request-id": "req-7"})
    with _client(api, strict_responses=True) as client:
        with pytest.raises(ResponseValidationError) as info:
            _first_page(call(client, op_id))
        assert {(d.path, d.kind) for d in info.value.deviations} == expected
        assert info.value.parsed is not None and info.value.parsed.to_dict() == body
        assert info.value.status_code == 200 and info.value.request_id == "req-7"
        assert ("did take effect" in str(info.value)) is is_billable(op_id)
        # tolerant again per use, sharing the record
        assert _first_page(call(client.with_options(strict_responses=False), op_id)) is not None
    assert len(api.api_wire) == 2  # never resent


@pytest.mark.parametrize(
    "body", ["<html>maintenance</html>", b"", b"[1, 2]", b'"text"', b"{truncated"],
    ids=["html", "empty", "array", "string", "truncated"],
)  # fmt: skip
@pytest.mark.parametrize("op_id", JSON_OPERATIONS)
def test_a_2xx_that_is_not_an_object_is_a_parse_error(
    api: LoopbackAPI, op_id: str, body: str | bytes
) -> None:
    api.responder = lambda _request: Reply(200, body)
    with _client(api, max_retries=3) as client, pytest.raises(ResponseParseError) as info:
        _first_page(call(client, op_id))
    error = info.value
    assert error.status_code == 200 and error.operation_id == op_id
    assert error.text == (body.decode() if isinstance(body, bytes) else body)
    assert len(api.api_wire) == 1  # it succeeded: never resent, billable or not
    if is_billable(op_id):
        assert "did take effect" in str(error) and "do not repeat it" in str(error)
        assert error.reconcile_hint and error.reconcile_hint in str(error)
    else:
        assert "did take effect" not in str(error)


@pytest.mark.parametrize("op_id", NO_BODY_OPERATIONS)
def test_operations_without_a_body_ignore_it(api: LoopbackAPI, op_id: str) -> None:
    api.responder = lambda _request: Reply(200, "not json at all")
    with _client(api) as client:
        assert call(client, op_id) is None
        assert client.conformance.deviations() == []


def test_an_undocumented_success_status_is_read_and_reported(api: LoopbackAPI) -> None:
    body, _ = off_spec_body("NumberService_GetActiveNumber")
    api.responder = lambda _request: Reply(203, {"phoneNumber": "+12065550100"})
    with _client(api) as client:
        number = client.active_numbers.get("+12065550100")
        assert number.phone_number == "+12065550100"
        assert _seen(client, "NumberService_GetActiveNumber") == {("", "undocumented-status")}
    assert body  # the helper works for this operation too


@pytest.mark.parametrize(
    ("argument", "value", "problem"),
    [
        ("sms_configuration", {"servicePlanId": 5}, "servicePlanId: integer where"),
        ("sms_configuration", {"servicePlanId": None}, "servicePlanId: null"),
        ("voice_configuration", {"type": "EST", "trunkId": ["t"]}, "trunkId: array where"),
    ],
)
def test_mapping_arguments_that_depart_from_the_spec_are_refused(
    api: LoopbackAPI, argument: str, value: dict[str, Any], problem: str
) -> None:
    with _client(api) as client:
        with pytest.raises(InvalidArgumentsError, match=problem):
            client.active_numbers.update("+12065550100", **{argument: value})
        assert client.conformance.deviations() == []  # the caller's mistake, not the server's
    assert api.api_wire == []


def test_every_operation_is_covered() -> None:
    assert len(JSON_OPERATIONS) + len(NO_BODY_OPERATIONS) == len(OPERATIONS) == 22
    assert NO_BODY_OPERATIONS == [
        "NumberService_DeprovisionEmergencyAddress",
        "UploadNumberOrderAttachment",
    ]
