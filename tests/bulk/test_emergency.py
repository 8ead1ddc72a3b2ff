"""provision_emergency: one provisioning per number, reconciled, skipped when already there."""

from __future__ import annotations

from sinch_numbers import AsyncNumbersClient, NumbersClient
from sinch_numbers.bulk import AsyncBulk, Bulk
from sinch_numbers.sandbox import Sandbox

from .conftest import FAST

PROVISION = "NumberService_ProvisionEmergencyAddress"
ADDRESS = {
    "streetNumber": "12345",
    "streetInfo": "Main St",
    "location": "Suite 100",
    "city": "Seattle",
    "state": "WA",
    "postalCode": "98101",
}


async def test_provisions_each_number_once_then_skips(
    sb: Sandbox, aclient: AsyncNumbersClient
) -> None:
    numbers = sb.seed_active(6)
    bulk = AsyncBulk(aclient, **FAST)
    result = await bulk.provision_emergency(numbers, display_name="HQ", address=ADDRESS)
    assert str(result.summary) == "6 done, 0 failed, 0 skipped, 0 unknown"
    assert sb.requests.per_number(PROVISION) == {n: 1 for n in numbers}
    again = await bulk.provision_emergency(numbers, display_name="HQ", address=ADDRESS)
    assert again.summary.skipped == 6
    assert sb.requests.count(route=PROVISION) == 6


async def test_500_is_reconciled_before_it_is_resent(
    sb: Sandbox, aclient: AsyncNumbersClient
) -> None:
    [phone] = sb.seed_active(1)
    sb.faults.inject(500, route=PROVISION, count=1)
    result = await AsyncBulk(aclient, **FAST).provision_emergency(
        [phone], display_name="HQ", address=ADDRESS
    )
    assert result.results[0].status == "done"
    routes = [(e.route, e.status) for e in sb.requests.entries() if e.phone_number == phone]
    assert routes == [
        ("NumberService_GetEmergencyAddress", 404),
        (PROVISION, 500),
        ("NumberService_GetEmergencyAddress", 404),  # not there: it did not take effect
        (PROVISION, 200),
    ]


def test_an_address_that_matches_nothing_fails_and_dry_run_reads(
    sb: Sandbox, client: NumbersClient
) -> None:
    numbers = sb.seed_active(2)
    bad = {**ADDRESS, "postalCode": "00000"}  # NO_MATCH in the sandbox
    failed = Bulk(client, **FAST).provision_emergency(numbers, display_name="HQ", address=bad)
    assert failed.summary.failed == 2
    assert "matches no known address" in failed.results[0].error
    sb.requests.clear()
    preview = Bulk(client, dry_run=True).provision_emergency(
        numbers, display_name="HQ", address=ADDRESS
    )
    assert preview.summary.would_change == 2
    assert {e.method for e in sb.requests.entries() if e.route != "OAuth2Token"} == {"GET"}
