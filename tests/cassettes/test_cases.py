"""The recorded cases: one cassette per test (``recorded/<name without test_>.yaml``).

Each operation of the pinned spec has a happy-path case, plus the key errors (400 with field
violations, 404, 429 with ``Retry-After``). Cases use the client (``NumbersClient`` /
``AsyncNumbersClient``, ``max_retries=0``) and find the numbers they need through the API, so
the same code records against the sandbox, records against the live API, and replays.

By default these replay: no server, and the cassette must hold exactly the requests the case
makes (see conftest.py). ``--record-mode=rewrite`` re-records (docs/cassettes.md). The
cross-version matrix (test_matrix.py) replays the same cassettes with the low-level generated
functions of every pinned spec.
"""

from __future__ import annotations

import copy
import io
from typing import Any

import pytest

from sinch_numbers import errors

from .conftest import Api
from .wire import REDACTED

pytestmark = pytest.mark.vcr

SERVICE_PLAN_ID = "1dez6a8300774283a4256aa756a11111"
CALLBACK_URL = "https://example.com/sinch/numbers"
#: Not a secret anyone uses; the cassette must still only ever show REDACTED.
HMAC_SECRET = "cassette-hmac-secret-0123456789abcdef"

ADDRESS = {
    "streetNumber": "1600",
    "streetInfo": "Main Street",  # the sandbox answers NEAR_MATCH, corrected to "Main St"
    "city": "Springfield",
    "state": "IL",
    "postalCode": "62701",
}

# The spec's own AU MOBILE registration example (three groups: use case, business, contact).
AU_REQUEST_DETAILS: dict[str, Any] = {
    "data": [
        [
            {
                "senderId": "+61XXXXXXXXX",
                "purposeOfTheTraffic": "One Time Password",
                "intendedUseOfMobileNumbers": "Transactional",
                "iConfirmThatMyBusinessHasAValidUseCaseForThisLn": True,
            }
        ],
        {
            "endBusinessName": "ExampleExample",
            "endBusinessAddress": "ExampleExample",
            "city": "Victoria",
            "state": "VIC",
            "country": "AU",
            "postalCode": "3000",
        },
        {"firstName": "Example", "lastName": "Example", "phoneNumber": "+61XXXXXXXXX"},
    ]
}


def _rent_us_local(client: Any, capabilities: list[str] | None = None) -> str:
    rented = client.available_numbers.rent_any(
        region_code="US", type="LOCAL", capabilities=capabilities or ["SMS", "VOICE"]
    )
    return str(rented.phone_number)


def _au_order(client: Any) -> Any:
    found = client.available_numbers.search(region_code="AU", type="MOBILE", size=1)
    number = found.available_numbers[0].phone_number
    order = client.number_orders.create(
        region_code="AU",
        number_type="MOBILE",
        sms_configuration={"servicePlanId": SERVICE_PLAN_ID},
        number_order_option={"phoneNumbers": [number]},
    )
    assert order.state == "CREATED"
    assert [n.phone_number for n in order.order_numbers] == [number]
    return order


def _letter() -> io.BytesIO:
    letter = io.BytesIO(b"%PDF-1.4\n% letter of authorisation (cassette fixture)\n%%EOF\n")
    letter.name = "letter.pdf"
    return letter


# -- available numbers -------------------------------------------------------------------------


@pytest.mark.under_test("NumberService_ListAvailableNumbers")
def test_available_numbers_search(api: Api) -> None:
    with api.client() as client:
        found = client.available_numbers.search(
            region_code="US",
            type="LOCAL",
            capabilities=["SMS", "VOICE"],
            pattern="+1201",
            search_pattern="START",
            size=3,
        )
    assert 0 < len(found.available_numbers) <= 3
    for number in found.available_numbers:
        assert number.phone_number.startswith("+1201")
        assert number.region_code == "US" and number.type_ == "LOCAL"
        assert {"SMS", "VOICE"} <= {c.value for c in number.capability}


@pytest.mark.under_test("NumberService_GetAvailableNumber")
def test_available_numbers_get(api: Api) -> None:
    with api.client() as client:
        first = client.available_numbers.search(region_code="US", type="LOCAL", size=1)
        number = first.available_numbers[0].phone_number
        got = client.available_numbers.get(number)
    assert got.phone_number == number
    assert got.monthly_price.currency_code


@pytest.mark.billable
@pytest.mark.under_test("NumberService_RentNumber")
def test_available_numbers_rent(api: Api) -> None:
    with api.client() as client:
        found = client.available_numbers.search(
            region_code="US", type="LOCAL", capabilities=["SMS"], size=1
        )
        number = found.available_numbers[0].phone_number
        rented = client.available_numbers.rent(
            number,
            sms_configuration={"servicePlanId": SERVICE_PLAN_ID},
            callback_url=CALLBACK_URL,
        )
    assert rented.phone_number == number
    assert rented.callback_url == CALLBACK_URL


@pytest.mark.billable
@pytest.mark.under_test("NumberService_RentAnyNumber")
def test_available_numbers_rent_any(api: Api) -> None:
    with api.client() as client:
        rented = client.available_numbers.rent_any(
            region_code="US",
            type="LOCAL",
            capabilities=["SMS"],
            number_pattern={"pattern": "+1201", "searchPattern": "START"},
            sms_configuration={"servicePlanId": SERVICE_PLAN_ID},
        )
    assert rented.phone_number.startswith("+1201")
    assert rented.region_code == "US"


# -- active numbers ----------------------------------------------------------------------------


@pytest.mark.billable
@pytest.mark.under_test("NumberService_ListActiveNumbers")
def test_active_numbers_list(api: Api) -> None:
    with api.client() as client:
        number = _rent_us_local(client)
        listed = list(client.active_numbers.list(region_code="US", type="LOCAL"))
    assert number in [n.phone_number for n in listed]


@pytest.mark.billable
@pytest.mark.under_test("NumberService_ListActiveNumbers")
async def test_active_numbers_list_all_pages(api: Api) -> None:
    """Async, no filters, one number per page: the pager follows ``nextPageToken``."""
    async with api.async_client() as client:
        rented = []
        for _ in range(2):
            number = await client.available_numbers.rent_any(
                region_code="US", type="LOCAL", capabilities=["SMS"]
            )
            rented.append(number.phone_number)
        pages = [page async for page in client.active_numbers.list(page_size=1).iter_pages()]
    listed = [n.phone_number for page in pages for n in page.active_numbers]
    assert set(rented) <= set(listed)
    assert len(pages) >= 2


@pytest.mark.billable
@pytest.mark.under_test("NumberService_GetActiveNumber")
def test_active_numbers_get(api: Api) -> None:
    with api.client() as client:
        number = _rent_us_local(client)
        got = client.active_numbers.get(number)
    assert got.phone_number == number
    assert got.project_id


@pytest.mark.billable
@pytest.mark.under_test("NumberService_UpdateActiveNumber")
def test_active_numbers_update(api: Api) -> None:
    with api.client() as client:
        number = _rent_us_local(client)
        updated = client.active_numbers.update(number, display_name="Support line")
    assert updated.display_name == "Support line"


@pytest.mark.billable
@pytest.mark.under_test("NumberService_ReleaseNumber")
def test_active_numbers_release(api: Api) -> None:
    with api.client() as client:
        number = _rent_us_local(client)
        released = client.active_numbers.release(number)
    assert released.phone_number == number


# -- emergency addresses -----------------------------------------------------------------------


@pytest.mark.billable
@pytest.mark.under_test("NumberService_ValidateEmergencyAddress")
def test_emergency_addresses_validate(api: Api) -> None:
    with api.client() as client:
        number = _rent_us_local(client)
        result = client.emergency_addresses.validate(
            number, display_name="Example Inc", address=ADDRESS
        )
    assert result.phone_number == number
    assert result.validation_result in ("EXACT_MATCH", "NEAR_MATCH")


@pytest.mark.billable
@pytest.mark.under_test("NumberService_ProvisionEmergencyAddress")
def test_emergency_addresses_provision(api: Api) -> None:
    with api.client() as client:
        number = _rent_us_local(client)
        address = client.emergency_addresses.provision(
            number, display_name="Example Inc", address=ADDRESS
        )
    assert address.city == "Springfield"


@pytest.mark.billable
@pytest.mark.under_test("NumberService_GetEmergencyAddress")
def test_emergency_addresses_get(api: Api) -> None:
    with api.client() as client:
        number = _rent_us_local(client)
        client.emergency_addresses.provision(number, display_name="Example Inc", address=ADDRESS)
        address = client.emergency_addresses.get(number)
    assert address.street_number == "1600"


@pytest.mark.billable
@pytest.mark.under_test("NumberService_DeprovisionEmergencyAddress")
def test_emergency_addresses_deprovision(api: Api) -> None:
    with api.client() as client:
        number = _rent_us_local(client)
        client.emergency_addresses.provision(number, display_name="Example Inc", address=ADDRESS)
        assert client.emergency_addresses.deprovision(number) is None
        with pytest.raises(errors.NotFoundError):
            client.emergency_addresses.get(number)


# -- regions, callback configuration -----------------------------------------------------------


@pytest.mark.under_test("NumberService_ListAvailableRegions")
def test_regions_list(api: Api) -> None:
    with api.client() as client:
        regions = client.regions.list(types=["LOCAL", "MOBILE"])
    codes = [r.region_code for r in regions.available_regions]
    assert "US" in codes


@pytest.mark.under_test("GetCallbackConfiguration")
def test_callback_configuration_get(api: Api) -> None:
    with api.client() as client:
        config = client.callback_configuration.get()
    assert config.project_id


@pytest.mark.under_test("UpdateCallbackConfiguration")
def test_callback_configuration_update(api: Api) -> None:
    with api.client() as client:
        config = client.callback_configuration.update(hmac_secret=HMAC_SECRET)
    # Recorded as REDACTED in both directions: a replay gets REDACTED back.
    assert config.hmac_secret == (HMAC_SECRET if api.recording else REDACTED)


# -- number orders -----------------------------------------------------------------------------


@pytest.mark.under_test("LookupNumberRequirements")
def test_number_orders_lookup_requirements(api: Api) -> None:
    with api.client() as client:
        requirements = client.number_orders.lookup_requirements(
            region_code="AU", number_type="MOBILE"
        )
    assert requirements.attachments
    assert requirements.attachments[0].mandatory is True


@pytest.mark.billable
@pytest.mark.under_test("CreateNumberOrder")
def test_number_orders_create(api: Api) -> None:
    with api.client() as client:
        order = _au_order(client)
    assert order.region_code == "AU"


@pytest.mark.billable
@pytest.mark.under_test("GetNumberOrder")
def test_number_orders_get(api: Api) -> None:
    with api.client() as client:
        order = _au_order(client)
        got = client.number_orders.get(order.id_number_order)
    assert got.id_number_order == order.id_number_order
    assert got.state == "CREATED"


@pytest.mark.billable
@pytest.mark.under_test("UpdateNumberOrderRegistration")
def test_number_orders_update_registration(api: Api) -> None:
    with api.client() as client:
        order = _au_order(client)
        registration = client.number_orders.update_registration(
            order.id_number_order, request_details=copy.deepcopy(AU_REQUEST_DETAILS)
        )
    assert registration.request_details is not None


@pytest.mark.billable
@pytest.mark.under_test("GetNumberOrderRegistration")
def test_number_orders_get_registration(api: Api) -> None:
    with api.client() as client:
        order = _au_order(client)
        client.number_orders.update_registration(
            order.id_number_order, request_details=copy.deepcopy(AU_REQUEST_DETAILS)
        )
        registration = client.number_orders.get_registration(order.id_number_order)
    assert registration.attachments


@pytest.mark.billable
@pytest.mark.under_test("UploadNumberOrderAttachment")
def test_number_orders_upload_attachment(api: Api) -> None:
    with api.client() as client:
        requirements = client.number_orders.lookup_requirements(
            region_code="AU", number_type="MOBILE"
        )
        attachment_id = requirements.attachments[0].id
        order = _au_order(client)
        result = client.number_orders.upload_attachment(
            order.id_number_order, attachment_id, file=_letter()
        )
        registration = client.number_orders.get_registration(order.id_number_order)
    assert result is None
    uploaded = [a for a in registration.attachments if a.attachment_id == attachment_id]
    assert uploaded and uploaded[0].upload_status != "WAITING"


@pytest.mark.billable
@pytest.mark.sandbox_only
@pytest.mark.under_test("SubmitNumberOrder")
def test_number_orders_submit(api: Api) -> None:
    """The whole flow; the sandbox's clock is advanced past its review between submit and get."""
    with api.client() as client:
        requirements = client.number_orders.lookup_requirements(
            region_code="AU", number_type="MOBILE"
        )
        order = _au_order(client)
        order_id = order.id_number_order
        client.number_orders.update_registration(
            order_id, request_details=copy.deepcopy(AU_REQUEST_DETAILS)
        )
        client.number_orders.upload_attachment(
            order_id, requirements.attachments[0].id, file=_letter()
        )
        submitted = client.number_orders.submit(order_id)
        assert submitted.state == "IN_REVIEW"
        api.advance_time(120)
        done = client.number_orders.get(order_id)
    assert done.state == "COMPLETED"


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.under_test("NumberService_ListAvailableNumbers")
def test_error_400_field_violations(api: Api) -> None:
    with api.client() as client, pytest.raises(errors.BadRequestError) as caught:
        client.available_numbers.search(region_code="US", type="LOCAL", size=-1)
    error = caught.value
    assert error.status_code == 400
    assert error.status == "INVALID_ARGUMENT"
    assert "size" in [f for f, _ in error.field_violations]


@pytest.mark.under_test("NumberService_GetActiveNumber")
def test_error_404_not_found(api: Api) -> None:
    with api.client() as client, pytest.raises(errors.NotFoundError) as caught:
        client.active_numbers.get("+12025550100")
    assert caught.value.status_code == 404
    assert caught.value.status == "NOT_FOUND"


@pytest.mark.sandbox_only
@pytest.mark.under_test("NumberService_ListAvailableRegions")
def test_error_429_rate_limited(api: Api) -> None:
    """The sandbox answers 429 with ``Retry-After: 7``; ``max_retries=0`` so it is recorded."""
    api.inject(429, route="NumberService_ListAvailableRegions", retry_after=7)
    with api.client() as client, pytest.raises(errors.RateLimitError) as caught:
        client.regions.list()
    assert caught.value.status_code == 429
    assert caught.value.retry_after == 7
