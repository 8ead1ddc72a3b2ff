"""The SMS move is unlink -> wait -> link -> wait per number; voice is link -> wait."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from sinch_numbers import AsyncNumbersClient, NumbersClient
from sinch_numbers.bulk import AsyncBulk, Bulk, BulkResult, Progress, status
from sinch_numbers.sandbox import Sandbox

from .conftest import FAST, UPDATE


def _sms(sb: Sandbox, phone: str) -> dict[str, object]:
    found = sb.state.active_number(phone)
    assert found is not None
    return dict(found["smsConfiguration"])


async def test_fleet_moves_to_a_new_service_plan(sb: Sandbox, aclient: AsyncNumbersClient) -> None:
    numbers = sb.seed_active(40, service_plan_id="plan-old")
    result = await AsyncBulk(aclient, concurrency=10, **FAST).relink_sms(
        numbers, service_plan_id="plan-new"
    )
    assert str(result.summary) == "40 done, 0 failed, 0 skipped, 0 unknown"
    assert all(_sms(sb, n) == {"servicePlanId": "plan-new"} for n in numbers)
    assert sb.requests.per_number(UPDATE, status=200) == {n: 2 for n in numbers}  # unlink, link
    assert {r.step for r in result.results} == {"linked"}
    assert result.results[0].detail == {"to": "plan plan-new"}


async def test_campaign_moves_within_its_plan(sb: Sandbox, aclient: AsyncNumbersClient) -> None:
    numbers = sb.seed_active(5, service_plan_id="plan-a", campaign_id="CAMP1")
    result = await AsyncBulk(aclient, **FAST).relink_sms(numbers, campaign_id="CAMP2")
    assert result.summary.done == 5
    assert all(_sms(sb, n) == {"servicePlanId": "plan-a", "campaignId": "CAMP2"} for n in numbers)


async def test_unlinked_number_is_linked_in_one_step_and_linked_one_skipped(
    sb: Sandbox, aclient: AsyncNumbersClient
) -> None:
    bare = sb.seed_active(3)
    result = await AsyncBulk(aclient, **FAST).relink_sms(bare, service_plan_id="plan-a")
    assert result.summary.done == 3
    assert sb.requests.per_number(UPDATE) == {n: 1 for n in bare}
    sb.requests.clear()
    again = await AsyncBulk(aclient, **FAST).relink_sms(bare, service_plan_id="plan-a")
    assert str(again.summary) == "0 done, 0 failed, 3 skipped, 0 unknown"
    assert sb.requests.count(route=UPDATE) == 0


async def test_a_provisioning_that_fails_fails_its_number(
    sb: Sandbox, aclient: AsyncNumbersClient
) -> None:
    numbers = sb.seed_active(4, service_plan_id="plan-old")
    # SANDBOX_FAIL as the target makes the sandbox's provisioning job end FAILED
    result = await AsyncBulk(aclient, **FAST).relink_sms(numbers, service_plan_id="SANDBOX_FAIL")
    assert str(result.summary) == "0 done, 4 failed, 0 skipped, 0 unknown"
    for item in result.results:
        assert (
            item.error == "SMS provisioning to plan SANDBOX_FAIL failed (SMS_PROVISIONING_FAILED)"
        )
        assert item.detail["from"] == "nothing"  # the unlink went through first
    assert sb.requests.per_number(UPDATE, status=200) == {n: 2 for n in numbers}


async def test_provisioning_timeout_fails_the_number(
    sb: Sandbox, aclient: AsyncNumbersClient
) -> None:
    [phone] = sb.seed_active(1, service_plan_id="plan-old")
    bulk = AsyncBulk(aclient, provisioning_timeout=0.0, **FAST)
    result = await bulk.relink_sms([phone], service_plan_id="plan-new")
    assert result.results[0].status == "failed"
    assert "provisioning did not finish within 0s" in result.results[0].error


def test_voice_relink_with_the_sync_front(sb: Sandbox, client: NumbersClient) -> None:
    numbers = sb.seed_active(6, app_id="app-old")
    failing = sb.seed_active(8)[6:]
    result = Bulk(client, concurrency=4, **FAST).relink_voice(numbers, app_id="app-new")
    assert result.summary.done == 6
    for n in numbers:
        voice = (sb.state.active_number(n) or {})["voiceConfiguration"]
        assert (voice["type"], voice["appId"]) == ("RTC", "app-new")
    failed = Bulk(client, **FAST).relink_voice(failing, app_id="SANDBOX_FAIL")
    assert failed.summary.failed == 2
    assert failed.results[0].error == "voice provisioning to app SANDBOX_FAIL failed"


async def test_an_interrupted_fleet_move_resumes_from_what_the_server_shows(
    sb: Sandbox, aclient: AsyncNumbersClient, tmp_path: Path
) -> None:
    numbers = sb.seed_active(20, service_plan_id="plan-old")
    journal = tmp_path / "move.db"
    holder: list[asyncio.Task[BulkResult]] = []

    def stop_at_first(progress: Progress) -> None:  # the others are mid-way through their moves
        holder[0].cancel()

    bulk = AsyncBulk(aclient, journal=journal, concurrency=20, progress=stop_at_first, **FAST)
    holder.append(asyncio.create_task(bulk.relink_sms(numbers, service_plan_id="plan-new")))
    with pytest.raises(asyncio.CancelledError):
        await holder[0]
    left = status(journal)
    assert left.summary.done >= 1 and left.summary.pending >= 10

    resumed = await AsyncBulk(aclient, journal=journal, **FAST).relink_sms(
        numbers, service_plan_id="plan-new"
    )
    assert resumed.resumed
    assert str(resumed.summary) == "20 done, 0 failed, 0 skipped, 0 unknown"
    assert all(_sms(sb, n) == {"servicePlanId": "plan-new"} for n in numbers)
    assert sb.requests.per_number(UPDATE, status=200) == {n: 2 for n in numbers}  # none twice
