"""Quickstart: find, rent, name, list and release numbers, then the same calls async.

Runs as is, offline: it starts a local sandbox of the Numbers API (``pip install
'sinch-numbers[sandbox]'``) and points the client at it. Against the real API, drop the
sandbox and the ``base_url`` / ``auth_url`` arguments, and pass your own project and key
(or set ``SINCH_PROJECT_ID``, ``SINCH_KEY_ID`` and ``SINCH_KEY_SECRET``)::

    python examples/quickstart.py
"""

from __future__ import annotations

import asyncio

from sinch_numbers import (
    AsyncNumbersClient,
    NotFoundError,
    NumbersClient,
    OutcomeUnknownError,
    SinchNumbersError,
)
from sinch_numbers.sandbox import Sandbox


def sync_tour(sb: Sandbox) -> list[str]:
    with NumbersClient(
        project_id=sb.project_id,
        key_id=sb.key_id,
        key_secret=sb.key_secret,
        base_url=sb.base_url,  # omit both URLs to use the real API
        auth_url=sb.auth_url,
    ) as client:
        # 1. Find numbers for sale: US local numbers that can send SMS.
        found = client.available_numbers.search(
            region_code="US", type="LOCAL", capabilities=["SMS"], size=3
        )
        # Fields the API may leave out are UNSET, which is falsy: "or" gives a default.
        candidates = [n.phone_number or "" for n in found.available_numbers or []]
        print(f"available: {', '.join(candidates)}")

        # 2. Rent them. Renting is billable: if the outcome is unknown (a 5xx or a dropped
        #    connection), the client does not resend; it tells you what to check instead.
        rented: list[str] = []
        for phone_number in candidates:
            try:
                number = client.available_numbers.rent(
                    phone_number, sms_configuration={"servicePlanId": "my-service-plan"}
                )
            except OutcomeUnknownError as exc:
                print(f"unknown outcome for {phone_number}: {exc.reconcile_hint}")
                continue
            rented.append(number.phone_number or phone_number)
        print(f"rented: {', '.join(rented)}")

        # 3. Name one. Phone numbers must be E.164; anything else fails before sending.
        updated = client.active_numbers.update(rented[0], display_name="Support line")
        print(f"{updated.phone_number} is now {updated.display_name!r}")

        # 4. List every active number; pages (here 2 numbers each) are fetched as needed.
        for number in client.active_numbers.list(region_code="US", page_size=2):
            print(f"active: {number.phone_number} {number.display_name or ''}".rstrip())

        # 5. The HTTP response too, when you need a header (request id, rate limits): the
        #    same call, checks, retries and typed errors; .parse() gives the usual model.
        raw = client.active_numbers.with_raw_response.get(rented[0])
        print(
            f"raw: {raw.status_code} {raw.headers.get('content-type')} "
            f"retries_taken={raw.retries_taken} name={raw.parse().display_name!r}"
        )

        # 6. Release one, and see the typed error for a number that is not ours any more.
        client.active_numbers.release(rented[-1])
        try:
            client.active_numbers.get(rented[-1])
        except NotFoundError as exc:
            print(f"released {rented[-1]}: get() now raises {type(exc).__name__}")
        return rented


async def async_tour(sb: Sandbox) -> None:
    async with AsyncNumbersClient(
        sb.project_id, sb.key_id, sb.key_secret, base_url=sb.base_url, auth_url=sb.auth_url
    ) as client:
        regions = await client.regions.list(types=["MOBILE"])
        codes = [r.region_code for r in regions.available_regions or []]
        print(f"regions with mobile numbers: {codes}")
        async for number in client.active_numbers.list():
            print(f"async active: {number.phone_number}")


def main() -> None:
    with Sandbox() as sb:
        try:
            sync_tour(sb)
            asyncio.run(async_tour(sb))
        except SinchNumbersError as exc:  # everything the client raises derives from it
            raise SystemExit(f"failed: {exc}") from exc
    print("done")


if __name__ == "__main__":
    main()
