"""sinch_numbers.webhooks: signatures, typed events, replay defences."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sinch_numbers_api.models import (
    CallbackPayloadActiveNumber,
    CallbackPayloadActiveNumberEventType,
    CallbackPayloadActiveNumberFailureCode,
    CallbackPayloadActiveNumberStatus,
    CallbackPayloadCommon,
    CallbackPayloadNumberOrder,
    CallbackPayloadNumberOrderStatus,
    ResourceType,
)
from starlette.datastructures import Headers as StarletteHeaders
from werkzeug.datastructures import Headers as WerkzeugHeaders

from sinch_numbers.errors import SinchNumbersError
from sinch_numbers.webhooks import (
    SIGNATURE_HEADER,
    MemorySeenStore,
    NumbersEvent,
    WebhookPayloadError,
    WebhookReceiver,
    WebhookReplayError,
    WebhookSignatureError,
    is_valid_signature,
    parse_event,
    sign,
    verify_signature,
)

SECRET = "s3cr3t-callback-key"


def reference_signature(body: bytes, secret: str | bytes) -> str:
    """Independent of the code under test: straight from hmac."""
    key = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(key, body, hashlib.sha1).hexdigest()


def event_body(**fields: Any) -> bytes:
    data: dict[str, Any] = {
        "eventId": "01hq6x6v9y5cq2k7c8j2f4t3ab",
        "timestamp": datetime.now(UTC).replace(tzinfo=None).isoformat(),
        "projectId": "abcd12ef-ab12-ab12-bc34-abcdef123456",
        "resourceType": "ACTIVE_NUMBER",
        "resourceId": "+12345612345",
        "eventType": "PROVISIONING_TO_CAMPAIGN",
        "status": "FAILED",
        "failureCode": "CAMPAIGN_NOT_AVAILABLE",
    }
    data.update(fields)
    return json.dumps({k: v for k, v in data.items() if v is not None}).encode()


# -- known answers ----------------------------------------------------------------------

KNOWN_BODIES = [
    b"",
    b'{"eventId":"abc","resourceType":"NUMBER_ORDER"}',
    '{"resourceId":"+46 8 123 456 78","note":"åäö €  ✓ 🚀"}'.encode(),
    b"\x00\xff\xfe binary, not even UTF-8",
    bytes(range(256)) * 4096,  # 1 MiB
]


@pytest.mark.parametrize("body", KNOWN_BODIES, ids=["empty", "ascii", "utf8", "binary", "1MiB"])
@pytest.mark.parametrize("secret", [SECRET, b"\x01raw\xffbytes", "clé-ünïcode"])
def test_sign_matches_hmac_sha1(body: bytes, secret: str | bytes) -> None:
    expected = reference_signature(body, secret)
    assert sign(body, secret) == expected
    assert expected == expected.lower() and len(expected) == 40
    verify_signature(body, expected, secret)


def test_rfc2202_vector() -> None:
    # RFC 2202, HMAC-SHA1 test case 2.
    signature = sign(b"what do ya want for nothing?", "Jefe")
    assert signature == "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"


def test_hashes_the_exact_bytes_not_reencoded_json() -> None:
    # Same JSON value, different bytes: only the bytes that were signed pass.
    sent = b'{"resourceType": "ACTIVE_NUMBER", "note": "caf\\u00e9"}'
    reencoded = json.dumps(json.loads(sent), ensure_ascii=False).encode()
    assert json.loads(sent) == json.loads(reencoded) and sent != reencoded
    signature = reference_signature(sent, SECRET)
    verify_signature(sent, signature, SECRET)
    with pytest.raises(WebhookSignatureError) as info:
        verify_signature(reencoded, signature, SECRET)
    assert info.value.reason == "mismatch"


# -- properties -------------------------------------------------------------------------

bodies = st.binary(max_size=2048)
secrets = st.one_of(st.text(min_size=1, max_size=64), st.binary(min_size=1, max_size=64))


@settings(max_examples=60, deadline=None)
@given(body=bodies, secret=secrets)
def test_signed_body_verifies(body: bytes, secret: str | bytes) -> None:
    verify_signature(body, sign(body, secret), secret)
    assert is_valid_signature(body, {SIGNATURE_HEADER: sign(body, secret)}, secret)


@settings(max_examples=60, deadline=None)
@given(body=bodies.filter(bool), secret=secrets, data=st.data())
def test_any_changed_body_byte_fails(body: bytes, secret: str | bytes, data: st.DataObject) -> None:
    signature = sign(body, secret)
    index = data.draw(st.integers(0, len(body) - 1))
    flip = data.draw(st.integers(1, 255))
    tampered = body[:index] + bytes([body[index] ^ flip]) + body[index + 1 :]
    with pytest.raises(WebhookSignatureError) as info:
        verify_signature(tampered, signature, secret)
    assert info.value.reason == "mismatch"


@settings(max_examples=60, deadline=None)
@given(body=bodies, secret=secrets, data=st.data())
def test_any_changed_signature_char_fails(
    body: bytes, secret: str | bytes, data: st.DataObject
) -> None:
    signature = sign(body, secret)
    index = data.draw(st.integers(0, len(signature) - 1))
    # Any other hex digit value (upper case of the same digit would be equal).
    other = data.draw(st.sampled_from([c for c in "0123456789abcdef" if c != signature[index]]))
    tampered = signature[:index] + other + signature[index + 1 :]
    assert not is_valid_signature(body, tampered, secret)
    with pytest.raises(WebhookSignatureError) as info:
        verify_signature(body, tampered, secret)
    assert info.value.reason == "mismatch"


# -- signature input shapes -------------------------------------------------------------

BODY = event_body()
SIG = reference_signature(BODY, SECRET)

HEADER_SHAPES: dict[str, Callable[[str], Any]] = {
    "bare string": lambda sig: sig,
    "bare bytes": lambda sig: sig.encode(),
    "dict canonical": lambda sig: {"Content-Type": "application/json", "X-Sinch-Signature": sig},
    "dict lower": lambda sig: {"x-sinch-signature": sig},
    "dict upper": lambda sig: {"X-SINCH-SIGNATURE": sig},
    "dict mixed": lambda sig: {"x-SiNcH-sIgNaTuRe": sig},
    "pairs": lambda sig: [("Host", "example.com"), ("X-Sinch-Signature", sig)],
    "asgi raw pairs": lambda sig: [(b"host", b"example.com"), (b"x-sinch-signature", sig.encode())],
    "httpx": lambda sig: httpx.Headers({"X-Sinch-Signature": sig, "Accept": "*/*"}),
    "starlette": lambda sig: StarletteHeaders(raw=[(b"x-sinch-signature", sig.encode())]),
    "werkzeug": lambda sig: WerkzeugHeaders([("X-Sinch-Signature", sig)]),
    "wsgi environ": lambda sig: {"REQUEST_METHOD": "POST", "HTTP_X_SINCH_SIGNATURE": sig},
}


@pytest.mark.parametrize("shape", HEADER_SHAPES)
def test_header_shapes(shape: str) -> None:
    make = HEADER_SHAPES[shape]
    verify_signature(BODY, make(SIG), SECRET)
    assert is_valid_signature(BODY, make(SIG), SECRET)
    wrong = reference_signature(BODY, "another secret")
    with pytest.raises(WebhookSignatureError) as info:
        verify_signature(BODY, make(wrong), SECRET)
    assert info.value.reason == "mismatch"


@pytest.mark.parametrize(
    "variant", [SIG.upper(), f"  {SIG}\t", f"\n{SIG.upper()} "], ids=["upper", "spaces", "both"]
)
def test_tolerates_case_and_surrounding_whitespace(variant: str) -> None:
    verify_signature(BODY, variant, SECRET)
    verify_signature(BODY, {"X-Sinch-Signature": variant}, SECRET)


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "missing"),
        ({"X-Sinch-Sig": SIG}, "missing"),
        ({"X-Sinch-Signature": ""}, "missing"),
        ({"X-Sinch-Signature": "   "}, "missing"),
        (None, "missing"),
        ([], "missing"),
        (SIG[:-1], "malformed"),
        (SIG + "0", "malformed"),
        ("zz" + SIG[2:], "malformed"),
        (SIG[:20] + " " + SIG[21:], "malformed"),
        ("sha1=" + SIG, "malformed"),
        ([("x-sinch-signature", SIG), ("X-Sinch-Signature", "0" * 40)], "malformed"),
    ],
    ids=[
        "no headers",
        "other header",
        "empty",
        "blank",
        "None",
        "empty list",
        "short",
        "long",
        "not hex",
        "inner space",
        "prefixed",
        "two different",
    ],
)
def test_missing_and_malformed(headers: Any, reason: str) -> None:
    with pytest.raises(WebhookSignatureError) as info:
        verify_signature(BODY, headers, SECRET)
    assert info.value.reason == reason
    assert isinstance(info.value, SinchNumbersError)
    assert not is_valid_signature(BODY, headers, SECRET)


def test_repeated_identical_header_is_fine() -> None:
    verify_signature(BODY, [("X-Sinch-Signature", SIG), ("x-sinch-signature", SIG.upper())], SECRET)


def test_rotation_accepts_any_listed_secret() -> None:
    old, new = "old-secret", "new-secret"
    for secret in (old, new):
        signature = reference_signature(BODY, secret)
        verify_signature(BODY, signature, [old, new])
        verify_signature(BODY, signature, (new.encode(), old))
    assert not is_valid_signature(BODY, reference_signature(BODY, "retired"), [old, new])
    assert not is_valid_signature(BODY, reference_signature(BODY, old), [new])


def test_str_body_is_refused_with_a_hint() -> None:
    with pytest.raises(TypeError, match="raw request body as bytes"):
        verify_signature(BODY.decode(), SIG, SECRET)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="raw request body as bytes"):
        is_valid_signature(BODY.decode(), SIG, SECRET)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="raw request body as bytes"):
        sign(BODY.decode(), SECRET)  # type: ignore[arg-type]


def test_bytes_like_bodies() -> None:
    verify_signature(bytearray(BODY), SIG, SECRET)  # type: ignore[arg-type]
    verify_signature(memoryview(BODY), SIG, SECRET)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "secrets_arg", ["", b"", [], ["ok", ""]], ids=["str", "bytes", "none", "one"]
)
def test_empty_secrets_are_configuration_errors(secrets_arg: Any) -> None:
    with pytest.raises(ValueError):
        verify_signature(BODY, SIG, secrets_arg)
    with pytest.raises(ValueError):
        WebhookReceiver(secrets_arg)


def test_unusable_headers_object() -> None:
    with pytest.raises(TypeError, match="iterable of \\(name, value\\) pairs"):
        verify_signature(BODY, ["X-Sinch-Signature"], SECRET)  # type: ignore[list-item]
    with pytest.raises(TypeError, match="iterable of \\(name, value\\) pairs"):
        verify_signature(BODY, 42, SECRET)  # type: ignore[arg-type]


def test_secrets_never_appear_in_errors_or_reprs() -> None:
    secret = "TOP-SECRET-VALUE-123"
    receiver = WebhookReceiver([secret, b"OTHER-SECRET-BYTES"], max_age=60, seen=MemorySeenStore())
    assert "SECRET" not in repr(receiver) and "SECRET" not in str(receiver)
    stale = event_body(timestamp="2020-01-01T00:00:00")
    attempts: list[tuple[bytes, Any]] = [
        (BODY, SIG),  # mismatch
        (BODY, {}),  # missing
        (BODY, "xyz"),  # malformed
        (stale, sign(stale, secret)),  # replay
        (b"[]", sign(b"[]", secret)),  # payload
    ]
    for body, headers in attempts:
        with pytest.raises(SinchNumbersError) as info:
            receiver.verify_and_parse(body, headers)
        for text in (str(info.value), repr(info.value), repr(info.value.args)):
            assert "SECRET" not in text


# -- events -----------------------------------------------------------------------------


def test_active_number_event_uses_generated_model() -> None:
    event = parse_event(BODY)
    assert isinstance(event, NumbersEvent)
    payload = event.payload
    assert isinstance(payload, CallbackPayloadActiveNumber)
    assert payload.event_type is CallbackPayloadActiveNumberEventType.PROVISIONING_TO_CAMPAIGN
    assert payload.status is CallbackPayloadActiveNumberStatus.FAILED
    assert payload.failure_code is CallbackPayloadActiveNumberFailureCode.CAMPAIGN_NOT_AVAILABLE
    assert event.resource_type is ResourceType.ACTIVE_NUMBER and event.is_known
    assert event.event_id == "01hq6x6v9y5cq2k7c8j2f4t3ab"
    assert event.resource_id == "+12345612345"
    assert event.project_id == "abcd12ef-ab12-ab12-bc34-abcdef123456"
    assert event.raw == json.loads(BODY)


def test_number_order_event() -> None:
    body = event_body(
        resourceType="NUMBER_ORDER",
        resourceId="01jgkbb8xywmz3hhahd76menqf",
        eventType="NUMBER_ORDER_PROCESSING",
        status="COMPLETED",
        failureCode=None,
    )
    event = parse_event(body)
    assert isinstance(event.payload, CallbackPayloadNumberOrder)
    assert event.payload.status is CallbackPayloadNumberOrderStatus.COMPLETED
    assert event.resource_id == "01jgkbb8xywmz3hhahd76menqf"


def test_timestamp_without_zone_is_utc() -> None:
    event = parse_event(event_body(timestamp="2023-06-06T07:45:27.785357"))
    assert event.timestamp == datetime(2023, 6, 6, 7, 45, 27, 785357, tzinfo=UTC)
    assert event.timestamp.utcoffset() == timedelta(0)


def test_timestamp_with_zone_is_kept() -> None:
    event = parse_event(event_body(timestamp="2023-06-06T09:45:27+02:00"))
    assert event.timestamp is not None
    assert event.timestamp.utcoffset() == timedelta(hours=2)
    assert event.timestamp == datetime(2023, 6, 6, 7, 45, 27, tzinfo=UTC)


@pytest.mark.parametrize("value", [None, "not a date", 12345])
def test_missing_or_unreadable_timestamp_is_none(value: Any) -> None:
    data = json.loads(event_body())
    if value is None:
        del data["timestamp"]
    else:
        data["timestamp"] = value
    assert parse_event(data).timestamp is None


def test_unknown_values_are_kept_not_fatal() -> None:
    event = parse_event(event_body(eventType="BRAND_NEW_EVENT", failureCode="NEW_CODE"))
    assert isinstance(event.payload, CallbackPayloadActiveNumber)
    assert event.payload.event_type == "BRAND_NEW_EVENT"
    assert event.payload.failure_code == "NEW_CODE"


def test_unknown_resource_type_keeps_everything() -> None:
    body = event_body(resourceType="PORTING_ORDER", resourceId="po_1", extra={"a": [1, 2]})
    event = parse_event(body)
    assert isinstance(event.payload, CallbackPayloadCommon)
    assert not event.is_known
    assert event.resource_type == "PORTING_ORDER"
    assert event.resource_id == "po_1"
    assert event.event_id == "01hq6x6v9y5cq2k7c8j2f4t3ab"
    assert event.timestamp is not None and event.timestamp.tzinfo is not None
    assert event.raw == json.loads(body)


@pytest.mark.parametrize("form", ["bytes", "str", "dict"])
def test_parse_event_accepts_bytes_str_and_dict(form: str) -> None:
    source: Any = {"bytes": BODY, "str": BODY.decode(), "dict": json.loads(BODY)}[form]
    assert parse_event(source).payload == parse_event(BODY).payload


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"\xff\xfe\xfa", b"[1, 2]", b'"text"', b"{}", b'{"resourceType": 7}'],
    ids=["empty", "garbage", "bad utf8", "list", "string", "no type", "type not str"],
)
def test_bad_payloads(body: bytes) -> None:
    with pytest.raises(WebhookPayloadError):
        parse_event(body)


def test_payload_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_event(b"nope")


# -- receiver ---------------------------------------------------------------------------


def signed(**fields: Any) -> tuple[bytes, dict[str, str]]:
    body = event_body(**fields)
    return body, {"X-Sinch-Signature": reference_signature(body, SECRET)}


def ago(**delta: float) -> str:
    return (datetime.now(UTC) - timedelta(**delta)).replace(tzinfo=None).isoformat()


def test_receiver_without_defences_accepts_old_and_repeated_events() -> None:
    receiver = WebhookReceiver(SECRET)
    body, headers = signed(timestamp="2001-01-01T00:00:00")
    assert receiver.verify_and_parse(body, headers) is not None
    assert receiver.verify_and_parse(body, headers) is not None


def test_receiver_checks_signature_first() -> None:
    receiver = WebhookReceiver(SECRET, max_age=60, seen=MemorySeenStore())
    body, _ = signed(timestamp="2001-01-01T00:00:00")
    with pytest.raises(WebhookSignatureError):
        receiver.verify_and_parse(body, {"X-Sinch-Signature": "0" * 40})
    with pytest.raises(WebhookSignatureError):
        receiver.verify(body, {})
    receiver.verify(*signed())


@pytest.mark.parametrize("max_age", [300, 300.0, timedelta(minutes=5)])
def test_max_age(max_age: float | timedelta) -> None:
    receiver = WebhookReceiver(SECRET, max_age=max_age)
    assert receiver.max_age == timedelta(minutes=5)
    assert receiver.verify_and_parse(*signed(timestamp=ago(seconds=10))) is not None
    assert receiver.verify_and_parse(*signed(timestamp=ago(seconds=-120))) is not None  # skew
    with pytest.raises(WebhookReplayError) as info:
        receiver.verify_and_parse(*signed(timestamp=ago(minutes=6)))
    assert info.value.age is not None
    assert timedelta(minutes=6) <= info.value.age < timedelta(minutes=7)
    assert info.value.event_id == "01hq6x6v9y5cq2k7c8j2f4t3ab"


def test_max_age_refuses_events_from_the_future() -> None:
    """A far-future timestamp would never grow old: only clock skew is allowed."""
    receiver = WebhookReceiver(SECRET, max_age=60)
    assert receiver.max_clock_skew == timedelta(minutes=5)
    assert receiver.verify_and_parse(*signed(timestamp=ago(minutes=-4))) is not None
    with pytest.raises(WebhookReplayError, match="in the future") as info:
        receiver.verify_and_parse(*signed(timestamp=ago(days=-3650)))
    assert info.value.age is not None and info.value.age < -timedelta(days=3649)
    with pytest.raises(WebhookReplayError, match="in the future"):
        receiver.verify_and_parse(*signed(timestamp=ago(minutes=-6)))
    lenient = WebhookReceiver(SECRET, max_age=60, max_clock_skew=timedelta(minutes=10))
    assert lenient.verify_and_parse(*signed(timestamp=ago(minutes=-6))) is not None


@pytest.mark.parametrize("bad", [0, -1, timedelta(0)])
def test_max_clock_skew_must_be_positive(bad: float | timedelta) -> None:
    with pytest.raises(ValueError, match="max_clock_skew"):
        WebhookReceiver(SECRET, max_age=60, max_clock_skew=bad)


def test_max_age_treats_zoneless_timestamp_as_utc() -> None:
    receiver = WebhookReceiver(SECRET, max_age=300)
    fresh_in_utc = datetime.now(UTC).replace(tzinfo=None).isoformat()
    assert receiver.verify_and_parse(*signed(timestamp=fresh_in_utc)) is not None
    fresh_with_zone = (
        (datetime.now(UTC) + timedelta(hours=3)).isoformat().replace("+00:00", "+03:00")
    )
    assert receiver.verify_and_parse(*signed(timestamp=fresh_with_zone)) is not None


def test_max_age_refuses_events_without_timestamp() -> None:
    receiver = WebhookReceiver(SECRET, max_age=300)
    with pytest.raises(WebhookReplayError) as info:
        receiver.verify_and_parse(*signed(timestamp=None))
    assert info.value.age is None


@pytest.mark.parametrize("bad", [0, -1, timedelta(0)])
def test_max_age_must_be_positive(bad: float | timedelta) -> None:
    with pytest.raises(ValueError):
        WebhookReceiver(SECRET, max_age=bad)


def test_max_age_refuses_bool() -> None:
    with pytest.raises(TypeError):
        WebhookReceiver(SECRET, max_age=True)


def test_duplicates_are_skipped() -> None:
    receiver = WebhookReceiver(SECRET, seen=MemorySeenStore())
    body, headers = signed(eventId="evt-1")
    first = receiver.verify_and_parse(body, headers)
    assert first is not None and first.event_id == "evt-1"
    assert receiver.verify_and_parse(body, headers) is None
    # A different event still goes through.
    assert receiver.verify_and_parse(*signed(eventId="evt-2")) is not None


def test_forget_lets_a_redelivery_through() -> None:
    receiver = WebhookReceiver(SECRET, seen=MemorySeenStore())
    body, headers = signed(eventId="evt-1")
    event = receiver.verify_and_parse(body, headers)
    assert event is not None
    receiver.forget(event)
    assert receiver.verify_and_parse(body, headers) is not None
    receiver.forget("evt-1")
    assert receiver.verify_and_parse(body, headers) is not None


def test_events_without_id_are_never_deduplicated() -> None:
    receiver = WebhookReceiver(SECRET, seen=MemorySeenStore())
    body, headers = signed(eventId=None)
    assert receiver.verify_and_parse(body, headers) is not None
    assert receiver.verify_and_parse(body, headers) is not None


def test_rejected_requests_are_not_remembered() -> None:
    store = MemorySeenStore()
    receiver = WebhookReceiver(SECRET, max_age=300, seen=store)
    body, _ = signed(eventId="forged")
    with pytest.raises(WebhookSignatureError):
        receiver.verify_and_parse(body, {"X-Sinch-Signature": "1" * 40})
    with pytest.raises(WebhookReplayError):
        receiver.verify_and_parse(*signed(eventId="stale", timestamp=ago(hours=1)))
    assert len(store) == 0
    assert receiver.verify_and_parse(*signed(eventId="forged")) is not None
    assert "forged" in store


def test_custom_seen_store() -> None:
    class SetStore:
        def __init__(self) -> None:
            self.ids: set[str] = set()

        def add(self, event_id: str) -> bool:
            if event_id in self.ids:
                return False
            self.ids.add(event_id)
            return True

        def discard(self, event_id: str) -> None:
            self.ids.discard(event_id)

    store = SetStore()
    receiver = WebhookReceiver(SECRET, seen=store)
    body, headers = signed(eventId="evt-9")
    assert receiver.verify_and_parse(body, headers) is not None
    assert store.ids == {"evt-9"}
    assert receiver.verify_and_parse(body, headers) is None


def test_memory_store_is_a_bounded_lru() -> None:
    store = MemorySeenStore(maxsize=3)
    assert [store.add(x) for x in "abc"] == [True, True, True]
    assert store.add("a") is False  # "a" is now the most recent
    assert store.add("d") is True  # evicts "b", the least recent
    assert len(store) == 3
    assert "b" not in store and {"a", "c", "d"} <= {x for x in "abcd" if x in store}
    assert store.add("b") is True
    store.discard("b")
    store.discard("never-added")
    assert "b" not in store
    with pytest.raises(ValueError):
        MemorySeenStore(maxsize=0)


def test_memory_store_is_thread_safe() -> None:
    store = MemorySeenStore(maxsize=100_000)
    ids = [f"evt-{i}" for i in range(2000)]
    wins: list[int] = []
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        wins.append(sum(store.add(event_id) for event_id in ids))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(wins) == len(ids)  # each ID accepted exactly once across threads
    assert len(store) == len(ids)


def _outcome(check: Callable[[], None]) -> str:
    try:
        check()
    except WebhookSignatureError as exc:
        return exc.reason
    except (TypeError, ValueError) as exc:
        return type(exc).__name__
    return "ok"


_SIG_BODY = b'{"eventId": "e1"}'
_SIG_SECRET = "fast-path-secret"
_SIG_GOOD = hmac.new(_SIG_SECRET.encode(), _SIG_BODY, hashlib.sha1).hexdigest()


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    signature=st.one_of(
        st.just(_SIG_GOOD),
        st.just(_SIG_GOOD.upper()),
        st.text(alphabet="0123456789abcdefABCDEF g\t", min_size=36, max_size=44),
        st.builds(
            lambda i, c: _SIG_GOOD[:i] + c + _SIG_GOOD[i + 1 :],
            st.integers(0, 39),
            st.sampled_from(" g0fF"),
        ),
    ),
    secret=st.sampled_from([_SIG_SECRET, "", "other-secret"]),
)
def test_the_bare_signature_fast_path_decides_as_the_general_path(
    signature: str, secret: str
) -> None:
    """verify_signature(bytes, str, str) has a fast path; a headers mapping always takes the
    general one. Both must reach the same outcome for every signature text and secret."""
    fast = _outcome(lambda: verify_signature(_SIG_BODY, signature, secret))
    general = _outcome(
        lambda: verify_signature(_SIG_BODY, {"X-Sinch-Signature": signature}, [secret])
    )
    assert fast == general
    if signature.lower() == _SIG_GOOD and secret == _SIG_SECRET:
        assert fast == "ok"
