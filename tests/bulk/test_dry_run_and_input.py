"""Dry runs write nothing; input is checked before anything is sent; updates, progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from sinch_numbers import AsyncNumbersClient, EmptyUpdateError, InvalidArgumentsError, NumbersClient
from sinch_numbers.bulk import AsyncBulk, Bulk, JournalMismatchError, Progress, status
from sinch_numbers.sandbox import Sandbox

from .conftest import FAST, GET


@pytest.mark.parametrize(
    ("operation", "kwargs", "change"),
    [
        ("update", {"display_name": "renamed"}, {"display_name": {"from": "", "to": "renamed"}}),
        ("release", {}, {"release": {"from": "active", "to": "released"}}),
        (
            "relink_sms",
            {"service_plan_id": "plan-new"},
            {"sms": {"from": "plan plan-old", "to": "plan plan-new"}},
        ),
        ("relink_voice", {"app_id": "app-new"}, {"voice": {"from": "", "to": "app-new"}}),
    ],
)
async def test_dry_run_only_reads(
    sb: Sandbox,
    aclient: AsyncNumbersClient,
    tmp_path: Path,
    operation: str,
    kwargs: dict[str, str],
    change: dict[str, object],
) -> None:
    numbers = sb.seed_active(12, service_plan_id="plan-old")
    before = sb.state.active_numbers()
    journal = tmp_path / "never.db"
    bulk = AsyncBulk(aclient, journal=journal, dry_run=True, **FAST)
    result = await getattr(bulk, operation)([*numbers, "+12069999999"], **kwargs)
    assert result.dry_run
    assert result.summary.would_change == 12 and result.summary.skipped == 1
    assert result.results[0].detail == {"changes": change}
    assert result.results[-1].error == "not an active number"
    api = [(e.method, e.route) for e in sb.requests.entries() if e.route != "OAuth2Token"]
    assert api == [("GET", GET)] * 13  # one read per number, no write
    assert sb.state.active_numbers() == before
    assert not journal.exists()


async def test_updates_with_progress(sb: Sandbox, aclient: AsyncNumbersClient) -> None:
    numbers = sb.seed_active(25)
    seen: list[Progress] = []
    result = await AsyncBulk(aclient, concurrency=5, progress=seen.append).update(
        numbers, display_name="fleet", callback_url="http://127.0.0.1:9/cb"
    )
    assert result.summary.done == 25 and result.requests == 25
    assert [p.finished for p in seen] == list(range(1, 26))
    assert seen[-1].counts == {"done": 25} and seen[-1].total == 25
    for n in numbers:
        found = sb.state.active_number(n) or {}
        assert (found["displayName"], found["callbackUrl"]) == ("fleet", "http://127.0.0.1:9/cb")


def test_input_from_a_pager_and_a_mixed_iterable(sb: Sandbox, client: NumbersClient) -> None:
    numbers = sb.seed_active(30)
    pager = client.active_numbers.list(region_code="US", page_size=7)
    result = Bulk(client).update(pager, display_name="paged")
    assert sorted(r.phone_number for r in result.results) == sorted(numbers)
    again = Bulk(client).update([numbers[0], f" {numbers[0]} "], display_name="twice")
    assert [r.phone_number for r in again.results] == [numbers[0]]  # de-duplicated


async def test_bad_input_is_refused_before_any_request(
    sb: Sandbox, aclient: AsyncNumbersClient, tmp_path: Path
) -> None:
    bulk = AsyncBulk(aclient, journal=tmp_path / "run.db")
    with pytest.raises(InvalidArgumentsError, match=r"2 input\(s\) are not E.164.*'12065550100'"):
        await bulk.update(["+12065550100", "12065550100", 42], display_name="x")
    with pytest.raises(EmptyUpdateError):
        await bulk.update(["+12065550100"])
    with pytest.raises(InvalidArgumentsError, match="unknown field"):
        await bulk.update(["+12065550100"], name="x")
    with pytest.raises(InvalidArgumentsError, match="service_plan_id and/or campaign_id"):
        await bulk.relink_sms(["+12065550100"])
    with pytest.raises(InvalidArgumentsError, match="concurrency must be at least 1"):
        AsyncBulk(aclient, concurrency=0)
    assert sb.requests.entries() == []
    assert not (tmp_path / "run.db").exists()  # refused input leaves no journal behind
    corrected = await bulk.update(["+12065550100"], display_name="y")  # not blocked by one
    assert corrected.summary.failed == 1  # (not an active number of the project)


async def test_a_journal_belongs_to_one_operation(
    sb: Sandbox, aclient: AsyncNumbersClient, tmp_path: Path
) -> None:
    numbers = sb.seed_active(3)
    journal = tmp_path / "run.db"
    await AsyncBulk(aclient, journal=journal).update(numbers, display_name="a")
    with pytest.raises(JournalMismatchError, match="records update"):
        await AsyncBulk(aclient, journal=journal).update(numbers, display_name="b")
    with pytest.raises(JournalMismatchError):
        await AsyncBulk(aclient, journal=journal).release(numbers)
    recorded = status(journal)
    assert recorded.operation == "update" and recorded.summary.done == 3
    again = await AsyncBulk(aclient, journal=journal).update(numbers, display_name="a")
    assert again.resumed and again.requests == 0  # all done: nothing to send
