"""The facade as users write it; checked with ``mypy --strict`` by test_typing.py, never run.

``assert_type`` pins what users see: if a method's return type degrades (to ``Any``, say),
mypy fails here.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import assert_type

import httpx
from sinch_numbers_api.models.active_number_response import ActiveNumberResponse
from sinch_numbers_api.models.available_number import AvailableNumber
from sinch_numbers_api.models.callback_configuration import CallbackConfiguration
from sinch_numbers_api.models.list_active_numbers_response import ListActiveNumbersResponse
from sinch_numbers_api.models.list_available_numbers_response import (
    ListAvailableNumbersResponse,
)
from sinch_numbers_api.models.number_capability import NumberCapability
from sinch_numbers_api.models.number_order import NumberOrder
from sinch_numbers_api.models.number_type import NumberType
from sinch_numbers_api.models.sms_configuration import SmsConfiguration
from sinch_numbers_api.types import Unset

from sinch_numbers import (
    APIResponse,
    APIStatusError,
    AsyncNumbersClient,
    AsyncPager,
    BadRequestError,
    NumbersClient,
    OutcomeUnknownError,
    RateLimitError,
    SyncPager,
)

PHONE = "+12065550100"


def sync_usage() -> list[str]:
    with NumbersClient(project_id="p", key_id="k", key_secret="s", auth="basic") as client:
        found = client.available_numbers.search(
            region_code="US", type="LOCAL", capabilities=["SMS", NumberCapability.VOICE]
        )
        assert_type(found, ListAvailableNumbersResponse)
        assert_type(client.available_numbers.get(PHONE), AvailableNumber)

        pager = client.active_numbers.list(region_code="US", order_by="phoneNumber")
        assert_type(pager, SyncPager[ListActiveNumbersResponse, ActiveNumberResponse])
        names: list[str] = []
        for number in pager:
            assert_type(number, ActiveNumberResponse)
            # the server may send null where the spec says string: None is typed too
            if isinstance(number.display_name, str):
                names.append(number.display_name)
            assert_type(number.display_name, str | None | Unset)
        for page in pager.iter_pages():
            assert_type(page, ListActiveNumbersResponse)

        updated = client.active_numbers.update(
            PHONE,
            display_name="Support",
            sms_configuration=SmsConfiguration(service_plan_id="plan"),
        )
        assert_type(updated, ActiveNumberResponse)
        client.active_numbers.update(PHONE, voice_configuration={"type": "EST", "trunkId": "t"})

        hasty = client.with_options(timeout=5.0, max_retries=0)
        assert_type(hasty, NumbersClient)
        assert_type(hasty.callback_configuration.get(), CallbackConfiguration)

        try:
            client.available_numbers.rent(PHONE, sms_configuration={"servicePlanId": "plan"})
        except OutcomeUnknownError as exc:
            assert_type(exc.reconcile_hint, str)
        except BadRequestError as exc:
            assert_type(exc.field_violations, list[tuple[str, str]])
        except RateLimitError as exc:
            assert_type(exc.retry_after, float | None)
        except APIStatusError as exc:
            assert_type(exc.status_code, int)

        order = client.number_orders.create(
            region_code="AU", number_type=NumberType.MOBILE, quantity_order_option={"x": 1}
        )
        assert_type(order, NumberOrder)
        client.number_orders.upload_attachment("order", "att", file=Path("passport.pdf"))
        client.number_orders.upload_attachment("order", "att", file=b"bytes")
        with open("id.png", "rb") as handle:
            client.number_orders.upload_attachment("order", "att", file=handle)
        client.emergency_addresses.deprovision(PHONE)

        raw = client.active_numbers.with_raw_response.get(PHONE)
        assert_type(raw, APIResponse[ActiveNumberResponse])
        assert_type(raw.parse(), ActiveNumberResponse)
        assert_type(raw.headers, httpx.Headers)
        assert_type(raw.request_id, str | None)
        assert_type(raw.retries_taken, int)
        one_page = client.active_numbers.with_raw_response.list(region_code="US", page_token="t")
        assert_type(one_page, APIResponse[ListActiveNumbersResponse])
        removed = client.emergency_addresses.with_raw_response.deprovision(PHONE)
        assert_type(removed, APIResponse[None])
        headed = client.with_options(default_headers={"X-Team": "billing"})
        assert_type(headed.regions.with_raw_response.list().status_code, int)
        return names


async def async_usage() -> list[str]:
    async with AsyncNumbersClient() as client:
        pager = client.active_numbers.list(page_size=50)
        assert_type(pager, AsyncPager[ListActiveNumbersResponse, ActiveNumberResponse])
        numbers = [n async for n in pager]
        assert_type(numbers, list[ActiveNumberResponse])
        pages = [p async for p in pager.iter_pages()]
        assert_type(pages, list[ListActiveNumbersResponse])
        assert_type(await client.active_numbers.get(PHONE), ActiveNumberResponse)
        assert_type(await client.available_numbers.rent(PHONE), ActiveNumberResponse)
        assert_type(client.with_options(max_retries=1), AsyncNumbersClient)
        raw = await client.active_numbers.with_raw_response.get(PHONE)
        assert_type(raw, APIResponse[ActiveNumberResponse])
        first = await client.active_numbers.with_raw_response.list(page_size=50)
        assert_type(first.parse(), ListActiveNumbersResponse)
        return [n.phone_number for n in numbers if isinstance(n.phone_number, str)]


if __name__ == "__main__":  # pragma: no cover - a typing fixture, not a program
    sync_usage()
    asyncio.run(async_usage())
