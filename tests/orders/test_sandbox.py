"""The workflow end to end against the sandbox, in both flavours (``fl``)."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from sinch_numbers.errors import NotFoundError, OutcomeUnknownError
from sinch_numbers.orders import (
    AsyncNumberOrdersWorkflowResource,
    AttachmentInvalidError,
    NumberOrdersWorkflowResource,
    OrderExpiredError,
    OrderNotReadyError,
    OrderOutcomeUnknownError,
    OrderStateError,
    RegistrationInvalidError,
)
from sinch_numbers.webhooks import SIGNATURE_HEADER, parse_event, sign, verify_signature

from .conftest import CallbackReceiver, Connection
from .flavors import Flavor

LOA = "01jxn2251d0shhamtbykft2xzx"  # the sandbox's AU letter of authorisation


def au_data(**business: Any) -> list[Any]:
    """A registration the sandbox's AU MOBILE requirements accept."""
    return [
        [
            {
                "senderId": "+61411111112",
                "purposeOfTheTraffic": "One Time Password",
                "intendedUseOfMobileNumbers": "Transactional",
                "iConfirmThatMyBusinessHasAValidUseCaseForThisLn": True,
            }
        ],
        {
            "endBusinessName": "Example Pty Ltd",
            "endBusinessAddress": "1 Collins St",
            "city": "Melbourne",
            "state": "VIC",
            "country": "AU",
            "postalCode": "3000",
            **business,
        },
        {"firstName": "Jane", "lastName": "Doe", "phoneNumber": "+61411111113"},
    ]


async def au_number(fl: Flavor, client: Any) -> str:
    found = await fl.do(client.available_numbers.search(region_code="AU", type="MOBILE"))
    number: str = found.available_numbers[0].phone_number
    return number


async def start_au(fl: Flavor, conn: Connection, client: Any | None = None, **kw: Any) -> Any:
    client = client or conn.client()
    number = await au_number(fl, client)
    return await fl.start(client, region_code="AU", number_type="MOBILE", phone_number=number, **kw)


@pytest.fixture
def loa(tmp_path: Path) -> Path:
    path = tmp_path / "letter-of-authorisation.pdf"
    path.write_bytes(b"%PDF-1.4\n% signed letter\n")
    return path


async def test_au_mobile_single_number_to_completed(
    fl: Flavor, sandbox: Any, connect: Any, loa: Path
) -> None:
    conn = connect(sandbox)
    client = conn.client()
    order = await start_au(fl, conn, client)
    number = order.phone_numbers[0]

    assert order.state == "CREATED" and order.requirements.warnings == ()
    assert timedelta(minutes=29) < order.time_left <= timedelta(minutes=30)
    paths = {f.path for f in order.requirements.fields}
    assert "requestDetails.data[1].endBusinessName" in paths
    assert [a.id for a in order.requirements.mandatory_attachments] == [LOA]
    assert len(order.missing()) == 2

    await fl.do(order.set_registration(au_data()))
    assert order.missing() == [
        f"'Letter of authorisation' (attachment {LOA}): mandatory file not uploaded; "
        f"call attach('{LOA}', path)"
    ]
    await fl.do(order.attach(LOA, loa))
    assert order.missing() == []

    submitted = await fl.do(order.submit())
    assert submitted.state == "IN_REVIEW" and order.state == "IN_REVIEW"

    seen: list[str] = []
    final = await fl.do(
        order.wait(timeout=10, poll_interval=0.02, on_progress=lambda o: seen.append(o.state))
    )
    assert final.state == "COMPLETED" and order.is_final
    assert seen[-1] == "COMPLETED"
    active = await fl.do(client.active_numbers.get(number))
    assert active.phone_number == number


async def test_quantity_order_without_requirements(fl: Flavor, sandbox: Any, connect: Any) -> None:
    conn = connect(sandbox)
    client = conn.client()
    order = await fl.start(client, region_code="US", number_type="LOCAL", quantity=3)
    assert order.requirements.is_empty  # 404 "Number requirements not found"
    assert len(order.phone_numbers) == 3 and order.missing() == []
    await fl.do(order.submit())
    final = await fl.do(order.wait(timeout=10, poll_interval=0.02))
    assert final.state == "COMPLETED"
    for number in order.phone_numbers:
        assert (await fl.do(client.active_numbers.get(number))).phone_number == number


async def test_local_validation_sends_no_request(
    fl: Flavor, sandbox: Any, connect: Any, tmp_path: Path
) -> None:
    conn = connect(sandbox)
    order = await start_au(fl, conn, max_attachment_bytes=1000)
    before = list(conn.requests.sent)

    missing_field = au_data()
    del missing_field[1]["city"]
    with pytest.raises(RegistrationInvalidError) as caught:
        await fl.do(order.set_registration(missing_field))
    assert caught.value.fields == ["requestDetails.data[1].city"]

    too_long = au_data(endBusinessName="x" * 101)
    with pytest.raises(RegistrationInvalidError, match="at most 100 characters"):
        await fl.do(order.set_registration(too_long))

    gif = tmp_path / "loa.gif"
    gif.write_bytes(b"GIF89a")
    with pytest.raises(AttachmentInvalidError, match="MIME type image/gif is not accepted"):
        await fl.do(order.attach(LOA, gif))

    with pytest.raises(AttachmentInvalidError, match="1001 bytes is larger than the limit"):
        await fl.do(order.attach(LOA, b"%" * 1001, mime_type="application/pdf"))

    with pytest.raises(OrderNotReadyError):
        await fl.do(order.submit())

    assert conn.requests.sent == before


async def test_server_violations_are_reported_per_field(
    fl: Flavor, make_sandbox: Any, connect: Any
) -> None:
    sandbox = make_sandbox(max_attachment_bytes=100)
    conn = connect(sandbox)
    order = await start_au(fl, conn)
    bad = au_data(state="XX", postalCode="30000")
    del bad[2]["lastName"]
    with pytest.raises(RegistrationInvalidError) as caught:
        await fl.do(order.set_registration(bad, validate=False))
    err = caught.value
    assert err.sent
    assert sorted(err.fields) == [
        "requestDetails.data[1].postalCode",
        "requestDetails.data[1].state",
        "requestDetails.data[2].lastName",
    ]
    assert "rejected by the server" in str(err)
    for violation in err.violations:
        assert f"  - {violation.field}: " in str(err)

    # the server's own size limit (smaller than the workflow's) is reported as the same error
    with pytest.raises(AttachmentInvalidError) as too_large:
        await fl.do(order.attach(LOA, b"%" * 101, mime_type="application/pdf"))
    assert too_large.value.sent and too_large.value.fields == ["file"]

    # and submitting what the server considers incomplete
    with pytest.raises(OrderNotReadyError) as not_ready:
        await fl.do(order.submit(validate=False))
    assert not_ready.value.sent and any("requestDetails" in m for m in not_ready.value.missing)


async def test_blocked_then_fixed_then_completed(
    fl: Flavor, sandbox: Any, connect: Any, loa: Path
) -> None:
    conn = connect(sandbox)
    order = await start_au(fl, conn)
    await fl.do(order.set_registration(au_data(endBusinessName="SANDBOX_BLOCK")))
    await fl.do(order.attach(LOA, loa))
    await fl.do(order.submit())
    blocked = await fl.do(order.wait(timeout=10, poll_interval=0.02))
    assert blocked.state == "BLOCKED" and not order.is_final
    assert any("SANDBOX_BLOCK" in log for log in order.logs)

    await fl.do(order.set_registration(au_data()))  # allowed while BLOCKED
    assert order.missing() == []
    await fl.do(order.submit())
    assert (await fl.do(order.wait(timeout=10, poll_interval=0.02))).state == "COMPLETED"


async def test_rejected(fl: Flavor, sandbox: Any, connect: Any, loa: Path) -> None:
    conn = connect(sandbox)
    order = await start_au(fl, conn)
    await fl.do(order.set_registration(au_data(endBusinessName="SANDBOX_REJECT")))
    await fl.do(order.attach(LOA, loa))
    await fl.do(order.submit())
    final = await fl.do(order.wait(timeout=10, poll_interval=0.02))
    assert final.state == "REJECTED" and order.is_final
    assert any("rejected" in log for log in order.logs)
    sent = len(conn.requests)
    with pytest.raises(OrderStateError, match="is REJECTED"):
        await fl.do(order.set_registration(au_data()))
    assert len(conn.requests) == sent


async def test_expired_reservation(fl: Flavor, make_sandbox: Any, connect: Any) -> None:
    reservation = 0.3
    sandbox = make_sandbox(reservation_seconds=reservation)
    conn = connect(sandbox)
    order = await start_au(fl, conn)
    # A client whose clock runs an hour late cannot tell locally.
    late_clock = lambda: datetime.now(UTC) - timedelta(hours=1)  # noqa: E731
    late = await start_au(fl, conn, clock=late_clock)
    assert order.time_left <= timedelta(seconds=reservation)
    time.sleep(reservation + 0.05)

    assert order.is_expired and order.time_left == timedelta(0)
    assert order.missing()[0].startswith("the reservation expired at")
    sent = len(conn.requests)
    with pytest.raises(OrderExpiredError, match="expired at"):
        await fl.do(order.submit())
    with pytest.raises(OrderExpiredError):
        await fl.do(order.set_registration(au_data()))
    assert len(conn.requests) == sent  # known locally: nothing sent

    # The server refuses; the workflow looks up why and says so.
    assert not late.is_expired
    with pytest.raises(OrderExpiredError) as caught:
        await fl.do(late.set_registration(au_data()))
    assert late.state == "EXPIRED" and late.is_expired
    assert caught.value.__cause__ is not None  # the server's 400


async def test_resume_after_crash_by_id_and_by_state(
    fl: Flavor, sandbox: Any, connect: Any, loa: Path
) -> None:
    conn = connect(sandbox)
    order = await start_au(fl, conn)
    await fl.do(order.set_registration(au_data()))
    saved = json.dumps(order.to_state())
    order_id = order.id
    del order  # the process "crashes"

    by_id = await fl.resume(conn.client(), order_id)
    assert by_id.state == "CREATED"
    assert by_id.registration.request_details.to_dict() == {"data": au_data()}
    assert [a.id for a in by_id.requirements.mandatory_attachments] == [LOA]

    sent = len(conn.requests)
    by_state = await fl.resume(conn.client(), json.loads(saved))
    assert conn.requests.sent[sent:] == ["GET " + order_id, "GET registration"]  # no lookup
    assert by_state.requirements.groups == by_id.requirements.groups
    assert by_state.missing() == by_id.missing() and len(by_state.missing()) == 1

    await fl.do(by_state.attach(LOA, loa))
    await fl.do(by_state.submit())
    assert (await fl.do(by_state.wait(timeout=10, poll_interval=0.02))).state == "COMPLETED"

    with pytest.raises(NotFoundError):
        await fl.resume(conn.client(), "no-such-order")


async def test_progress_from_signed_callbacks(
    fl: Flavor, sandbox: Any, connect: Any, loa: Path, callbacks: CallbackReceiver
) -> None:
    secret = "orders-test-secret-0123456789abcdef"
    conn = connect(sandbox)
    client = conn.client()
    await fl.do(client.callback_configuration.update(hmac_secret=secret))
    order = await start_au(fl, conn, client, callback_url=callbacks.url)
    await fl.do(order.set_registration(au_data()))
    await fl.do(order.attach(LOA, loa))
    await fl.do(order.submit())
    sent = len(conn.requests)

    for status in ("IN_REVIEW", "COMPLETED"):
        delivered = callbacks.wait_for(status)
        verify_signature(delivered.body, delivered.headers, secret)
        assert delivered.headers[SIGNATURE_HEADER] == sign(delivered.body, secret)
        event = parse_event(delivered.body)
        order.apply_event(event)
        assert order.state == status
    assert not order.apply_event(event)  # delivered twice: no change
    assert order.is_final and len(conn.requests) == sent  # no polling

    await fl.do(order.refresh())
    assert order.state == "COMPLETED"


async def test_ambiguous_create_is_not_retried(fl: Flavor, sandbox: Any, connect: Any) -> None:
    conn = connect(sandbox)
    client = conn.client()
    number = await au_number(fl, client)
    sandbox.faults.add({"status": 500, "route": "CreateNumberOrder", "count": 1})
    with pytest.raises(OrderOutcomeUnknownError) as caught:
        await fl.start(client, region_code="AU", number_type="MOBILE", phone_number=number)
    assert isinstance(caught.value, OutcomeUnknownError)
    assert conn.requests.sent.count("POST numberOrders:createNumberOrder") == 1
    assert f"client.available_numbers.get('{number}')" in str(caught.value)


async def test_method_form(fl: Flavor, sandbox: Any, connect: Any) -> None:
    """``client.number_orders.start/resume``: the resource class the client serves."""
    conn = connect(sandbox)
    client = conn.client()
    resource = client.number_orders
    if not hasattr(resource, "start"):  # until the client serves it (see docs/orders.md)
        cls = AsyncNumberOrdersWorkflowResource if fl.is_async else NumberOrdersWorkflowResource
        resource = cls(client)
    order = await fl.do(resource.start(region_code="US", number_type="LOCAL", quantity=1))
    again = await fl.do(resource.resume(order.id))
    assert again.id == order.id and again.state == "CREATED"
    assert (await fl.do(resource.get(order.id))).id_number_order == order.id


async def test_client_serves_the_workflow_resource() -> None:
    from sinch_numbers import AsyncNumbersClient, NumbersClient

    with NumbersClient("p", "k", "s") as sync:
        assert isinstance(sync.number_orders, NumberOrdersWorkflowResource)
        assert callable(sync.number_orders.start) and callable(sync.number_orders.resume)
    async with AsyncNumbersClient("p", "k", "s") as async_client:
        assert isinstance(async_client.number_orders, AsyncNumberOrdersWorkflowResource)
