"""Workflow decisions against a scripted ``number_orders`` (sync and async); no server."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from sinch_numbers.errors import OutcomeUnknownError
from sinch_numbers.orders import (
    OrderEventError,
    OrderExpiredError,
    OrderNotReadyError,
    OrderOutcomeUnknownError,
    OrderStateError,
    OrderWaitTimeoutError,
    RegistrationInvalidError,
)
from sinch_numbers.resources._base import InvalidArgumentsError
from sinch_numbers.webhooks import parse_event

from .data import AU_REQUIREMENTS, LOA_ID, au_data
from .fakes import (
    NOW,
    AsyncFakeNumberOrders,
    FakeClient,
    FakeNumberOrders,
    api_error,
    order,
    registration,
    requirements,
)
from .flavors import ASYNC, Flavor


@pytest.fixture
def api(fl: Flavor) -> FakeNumberOrders:
    return AsyncFakeNumberOrders() if fl.is_async else FakeNumberOrders()


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> Any:
        return self.now


async def started(fl: Flavor, api: FakeNumberOrders, clock: Clock | None = None, **kw: Any) -> Any:
    api.script("lookup_requirements", requirements(AU_REQUIREMENTS))
    api.script("create", order())
    return await fl.start(
        FakeClient(api),
        region_code="AU",
        number_type="MOBILE",
        phone_number="+61411111112",
        clock=clock or Clock(),
        **kw,
    )


# -- start ---------------------------------------------------------------------------------


async def test_start_looks_up_requirements_then_creates(fl: Flavor, api: FakeNumberOrders) -> None:
    wf = await started(
        fl, api, sms_configuration={"servicePlanId": "sp"}, callback_url="https://cb"
    )
    assert api.names == ["lookup_requirements", "create"]
    assert api.calls[1][2] == {
        "region_code": "AU",
        "number_type": "MOBILE",
        "number_order_option": {"phoneNumbers": ["+61411111112"]},
        "sms_configuration": {"servicePlanId": "sp"},
        "callback_url": "https://cb",
    }
    assert wf.id == "order-1" and wf.state == "CREATED"
    assert wf.phone_numbers == ["+61411111112"]
    assert wf.registration is None


async def test_quantity_order_options(fl: Flavor, api: FakeNumberOrders) -> None:
    api.script("lookup_requirements", api_error(404, "Number requirements not found"))
    api.script("create", order())
    wf = await fl.start(
        FakeClient(api),
        region_code="US",
        number_type="LOCAL",
        quantity=3,
        pattern="206",
        search_pattern="START",
        capabilities=["SMS"],
        sequential=True,
        clock=Clock(),
    )
    assert api.calls[1][2]["quantity_order_option"] == {
        "requestedQuantity": 3,
        "numberPattern": {"pattern": "206", "searchPattern": "START"},
        "capabilities": ["SMS"],
        "sequential": True,
    }
    assert wf.requirements.is_empty and wf.missing() == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "exactly one of phone_number= or quantity="),
        ({"phone_number": "+61411111112", "quantity": 1}, "exactly one of"),
        ({"phone_number": "+61411111112", "pattern": "4"}, "pattern only go with quantity="),
        ({"quantity": 0}, "quantity must be an integer from 1 to 100"),
        ({"quantity": 101}, "from 1 to 100"),
        ({"quantity": 2, "search_pattern": "END"}, "search_pattern= needs pattern="),
        ({"quantity": 2, "capabilities": "SMS"}, "must be a list"),
        ({"phone_number": "0411 111 112"}, "E.164"),
    ],
)
async def test_start_arguments_are_checked_before_any_request(
    fl: Flavor, api: FakeNumberOrders, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await fl.start(FakeClient(api), region_code="AU", number_type="MOBILE", **kwargs)
    assert api.calls == []


async def test_create_with_unknown_outcome_is_not_retried_and_explains_how_to_resume(
    fl: Flavor, api: FakeNumberOrders
) -> None:
    api.script("lookup_requirements", requirements(AU_REQUIREMENTS))
    unknown = OutcomeUnknownError(
        "Outcome unknown: the request failed after it was sent (timed out); it may or may not "
        "have taken effect, so it was not resent.",
        reconcile_hint="...",
    )
    api.script("create", unknown)
    with pytest.raises(OrderOutcomeUnknownError) as caught:
        await fl.start(
            FakeClient(api),
            region_code="AU",
            number_type="MOBILE",
            phone_number="+61411111112",
            callback_url="https://example.com/cb",
        )
    assert api.names == ["lookup_requirements", "create"]
    err = caught.value
    assert isinstance(err, OutcomeUnknownError) and err.__cause__ is unknown
    text = str(err)
    assert "was not retried" in text
    assert "client.available_numbers.get('+61411111112')" in text
    assert "https://example.com/cb" in text
    assert "sinch_numbers.orders.resume(client, order_id)" in text
    assert "expires by itself" in text


# -- registration --------------------------------------------------------------------------


async def test_local_violations_send_nothing(fl: Flavor, api: FakeNumberOrders) -> None:
    wf = await started(fl, api)
    data = au_data()
    del data[1]["city"]
    data[2]["lastName"] = "y" * 101
    with pytest.raises(RegistrationInvalidError) as caught:
        await fl.do(wf.set_registration(data))
    assert api.names == ["lookup_requirements", "create"]
    assert not caught.value.sent
    assert caught.value.fields == ["requestDetails.data[1].city", "requestDetails.data[2].lastName"]
    assert "nothing was sent" in str(caught.value)
    assert "requestDetails.data[2].lastName: must be at most 100 characters (got 101)" in str(
        caught.value
    )


async def test_registration_list_is_wrapped_and_stored(fl: Flavor, api: FakeNumberOrders) -> None:
    wf = await started(fl, api)
    stored = registration({"requestDetails": {"data": au_data()}})
    api.script("update_registration", stored)
    assert await fl.do(wf.set_registration(au_data())) is stored
    assert api.calls[-1] == (
        "update_registration",
        ("order-1",),
        {"request_details": {"data": au_data()}},
    )
    assert wf.registration is stored


async def test_server_violations_become_the_same_error(fl: Flavor, api: FakeNumberOrders) -> None:
    wf = await started(fl, api)
    api.script(
        "update_registration",
        api_error(
            400,
            "The registration does not meet the requirements.",
            [("requestDetails.data[1].city", "required field is missing"), ("x", "bad")],
        ),
    )
    api.script("get", order())  # the order is fine: the data was the problem
    with pytest.raises(RegistrationInvalidError) as caught:
        await fl.do(wf.set_registration({"data": ["anything"]}, validate=False))
    err = caught.value
    assert err.sent and err.cause is not None and err.__cause__ is err.cause
    assert [str(v) for v in err.violations] == [
        "requestDetails.data[1].city: required field is missing",
        "x: bad",
    ]


async def test_server_refusal_of_an_expired_order_says_expired(
    fl: Flavor, api: FakeNumberOrders
) -> None:
    wf = await started(fl, api)
    api.script("update_registration", api_error(400, "the order is EXPIRED"))
    api.script("get", order("EXPIRED"))
    with pytest.raises(OrderExpiredError):
        await fl.do(wf.set_registration({"data": au_data()}))
    assert wf.state == "EXPIRED"


# -- attachments ---------------------------------------------------------------------------


async def test_attach_checks_locally_then_uploads_and_reloads(
    fl: Flavor, api: FakeNumberOrders, tmp_path: Any
) -> None:
    wf = await started(fl, api, max_attachment_bytes=10)
    (tmp_path / "loa.txt").write_bytes(b"hello")
    with pytest.raises(RegistrationInvalidError) as caught:  # AttachmentInvalidError
        await fl.do(wf.attach(LOA_ID, tmp_path / "loa.txt"))
    assert "MIME type text/plain is not accepted" in str(caught.value)
    with pytest.raises(RegistrationInvalidError, match="11 bytes is larger than the limit"):
        await fl.do(wf.attach(LOA_ID, b"x" * 11, mime_type="application/pdf"))
    assert api.names == ["lookup_requirements", "create"]

    done = registration({"attachments": [{"attachmentId": LOA_ID, "uploadStatus": "COMPLETED"}]})
    api.script("upload_attachment", None)
    api.script("get_registration", done)
    (tmp_path / "loa.pdf").write_bytes(b"%PDF-")
    assert await fl.do(wf.attach(LOA_ID, str(tmp_path / "loa.pdf"))) is done
    name, args, kwargs = api.calls[-2]
    assert (name, args) == ("upload_attachment", ("order-1", LOA_ID))
    sent = kwargs["file"]
    assert (sent.file_name, sent.mime_type, sent.payload.read()) == (
        "loa.pdf",
        "application/pdf",
        b"%PDF-",
    )
    assert not any("attachment" in m for m in wf.missing())


async def test_server_413_is_an_attachment_error(fl: Flavor, api: FakeNumberOrders) -> None:
    wf = await started(fl, api)
    api.script("upload_attachment", api_error(413, "too large"))
    with pytest.raises(RegistrationInvalidError) as caught:
        await fl.do(wf.attach(LOA_ID, b"%PDF-", mime_type="application/pdf"))
    assert caught.value.sent and "too large for the server" in str(caught.value)


# -- submit --------------------------------------------------------------------------------


async def test_missing_and_submit_refusal(fl: Flavor, api: FakeNumberOrders) -> None:
    wf = await started(fl, api)
    assert wf.missing() == [
        "registration: not set yet; call set_registration({...}) (3 groups under 'data')",
        f"'Letter of authorisation' (attachment {LOA_ID}): mandatory file not uploaded; "
        f"call attach('{LOA_ID}', path)",
    ]
    with pytest.raises(OrderNotReadyError) as caught:
        await fl.do(wf.submit())
    assert caught.value.missing == wf.missing() and not caught.value.sent
    assert api.names == ["lookup_requirements", "create"]

    # validate=False leaves it to the server, whose violations are reported the same way
    api.script("submit", api_error(400, "not complete", [("requestDetails", "set it first")]))
    api.script("get", order())
    with pytest.raises(OrderNotReadyError) as caught:
        await fl.do(wf.submit(validate=False))
    assert caught.value.sent and caught.value.missing == ["requestDetails: set it first"]


async def test_a_failed_upload_is_reported(fl: Flavor, api: FakeNumberOrders) -> None:
    wf = await started(fl, api)
    api.script(
        "update_registration",
        registration(
            {
                "requestDetails": {"data": au_data()},
                "attachments": [{"attachmentId": LOA_ID, "uploadStatus": "FAILED"}],
            }
        ),
    )
    await fl.do(wf.set_registration(au_data()))
    assert wf.missing() == [
        f"'Letter of authorisation' (attachment {LOA_ID}): mandatory file upload failed, "
        f"upload it again; call attach('{LOA_ID}', path)"
    ]


# -- expiry --------------------------------------------------------------------------------


async def test_expiry_by_the_injected_clock(fl: Flavor, api: FakeNumberOrders) -> None:
    clock = Clock()
    wf = await started(fl, api, clock)
    assert wf.expires_at == NOW + timedelta(hours=2)
    assert wf.time_left == timedelta(hours=2)
    clock.now += timedelta(hours=1, minutes=59)
    assert wf.time_left == timedelta(minutes=1) and not wf.is_expired
    clock.now += timedelta(minutes=2)
    assert wf.time_left == timedelta(0) and wf.is_expired
    assert wf.missing() == [
        f"the reservation expired at {wf.expires_at.isoformat()}; start a new order"
    ]
    for action in (
        wf.submit,
        lambda: wf.set_registration(au_data()),
        lambda: wf.attach(LOA_ID, b"x", mime_type="application/pdf"),
    ):
        with pytest.raises(OrderExpiredError, match="expired at 2026-03-05T18:53:00"):
            await fl.do(action())
    assert api.names == ["lookup_requirements", "create"]
    assert "time_left" in repr(wf)


# -- wait ----------------------------------------------------------------------------------


async def test_wait_polls_until_final_and_reports_progress(
    fl: Flavor, api: FakeNumberOrders
) -> None:
    wf = await started(fl, api)
    api.script("get", order("IN_REVIEW"), order("IN_REVIEW"), order("COMPLETED"))
    api.script("get_registration", registration({"logs": [{"message": "Welcome"}]}))
    seen: list[str] = []
    final = await fl.do(wf.wait(poll_interval=0.001, on_progress=lambda w: seen.append(w.state)))
    assert final.state == "COMPLETED" and wf.is_final
    assert seen == ["IN_REVIEW", "COMPLETED"]
    assert wf.logs == ["Welcome"]


async def test_wait_stops_on_blocked(fl: Flavor, api: FakeNumberOrders) -> None:
    wf = await started(fl, api)
    api.script("get", order("BLOCKED"))
    api.script("get_registration", api_error(500, "oops"))  # logs are best effort
    assert (await fl.do(wf.wait(poll_interval=0.001))).state == "BLOCKED"


async def test_wait_on_an_unsubmitted_order_refuses(fl: Flavor, api: FakeNumberOrders) -> None:
    wf = await started(fl, api)
    api.script("get", order("CREATED"))
    with pytest.raises(OrderStateError, match="not submitted"):
        await fl.do(wf.wait(poll_interval=0.001))


async def test_wait_timeout(fl: Flavor, api: FakeNumberOrders) -> None:
    wf = await started(fl, api)
    api.script("get", *[order("IN_REVIEW")] * 50)
    with pytest.raises(OrderWaitTimeoutError, match="still IN_REVIEW after 0.05s"):
        await fl.do(wf.wait(timeout=0.05, poll_interval=0.01))


async def test_async_progress_callback_is_awaited() -> None:
    fl, api = ASYNC, AsyncFakeNumberOrders()
    wf = await started(fl, api)
    api.script("get", order("COMPLETED"))
    api.script("get_registration", registration({}))
    seen: list[str] = []

    async def progress(w: Any) -> None:
        seen.append(w.state)

    await wf.wait(poll_interval=0.001, on_progress=progress)
    assert seen == ["COMPLETED"]


# -- callbacks -----------------------------------------------------------------------------


def event(status: str, *, order_id: str = "order-1", at: str = "2026-03-05T17:00:00") -> Any:
    return parse_event(
        {
            "eventId": "e1",
            "timestamp": at,
            "projectId": "p1",
            "resourceId": order_id,
            "resourceType": "NUMBER_ORDER",
            "eventType": "NUMBER_ORDER_PROCESSING",
            "status": status,
        }
    )


async def test_apply_event(fl: Flavor, api: FakeNumberOrders) -> None:
    wf = await started(fl, api)
    calls = len(api.calls)
    assert wf.apply_event(event("IN_REVIEW", at="2026-03-05T17:00:00"))
    assert wf.state == "IN_REVIEW"
    assert not wf.apply_event(event("CREATED", at="2026-03-05T16:59:00"))  # older: ignored
    assert wf.apply_event(event("COMPLETED", at="2026-03-05T17:10:00"))
    assert not wf.apply_event(event("IN_REVIEW", at="2026-03-05T18:00:00"))  # final: ignored
    assert wf.state == "COMPLETED" and len(api.calls) == calls
    with pytest.raises(OrderEventError, match="about order other"):
        wf.apply_event(event("COMPLETED", order_id="other"))
    active = parse_event({"resourceType": "ACTIVE_NUMBER", "resourceId": "+61411111112"})
    with pytest.raises(OrderEventError, match="not a number order"):
        wf.apply_event(active)


# -- state and resume ----------------------------------------------------------------------


async def test_to_state_round_trips_through_json_and_resume_skips_the_lookup(
    fl: Flavor, api: FakeNumberOrders
) -> None:
    wf = await started(fl, api, max_attachment_bytes=1234)
    state = json.loads(json.dumps(wf.to_state()))
    assert state["order_id"] == "order-1" and state["version"] == 1
    api.calls.clear()
    api.script("get", order())
    api.script("get_registration", registration({"requestDetails": {"data": au_data()}}))
    again = await fl.resume(FakeClient(api), state, clock=Clock())
    assert api.names == ["get", "get_registration"]
    assert again.requirements.groups == wf.requirements.groups
    assert again.requirements.attachments[0].max_size == 1234
    assert again.missing() == [m for m in wf.missing() if "attachment" in m]


async def test_resume_by_id_looks_up_requirements(fl: Flavor, api: FakeNumberOrders) -> None:
    api.script("get", order("IN_REVIEW"))
    api.script("lookup_requirements", requirements(AU_REQUIREMENTS))
    api.script("get_registration", registration({}))
    wf = await fl.resume(FakeClient(api), "order-1", clock=Clock())
    assert api.names == ["get", "lookup_requirements", "get_registration"]
    assert api.calls[1][2] == {"region_code": "AU", "number_type": "MOBILE"}
    assert wf.state == "IN_REVIEW"
    assert wf.missing() == [
        "the order is IN_REVIEW; only CREATED or BLOCKED orders can be submitted"
    ]
    with pytest.raises(OrderStateError, match="cannot change the registration"):
        await fl.do(wf.set_registration(au_data()))


@pytest.mark.parametrize("bad", ["", {"order_id": "x", "version": 99}, {"nope": 1}])
async def test_resume_rejects_bad_state(fl: Flavor, api: FakeNumberOrders, bad: Any) -> None:
    with pytest.raises(InvalidArgumentsError):
        await fl.resume(FakeClient(api), bad)
    assert api.calls == []
