"""End to end: the facade against the stateful sandbox, and examples/quickstart.py as a script."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from sinch_numbers import (
    AsyncNumbersClient,
    InternalServerError,
    NotFoundError,
    NumbersClient,
    OutcomeUnknownError,
)
from sinch_numbers.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def running() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def sb(running: Sandbox) -> Sandbox:
    running.reset()
    return running


@pytest.fixture
def client(sb: Sandbox) -> Iterator[NumbersClient]:
    with NumbersClient(
        sb.project_id, sb.key_id, sb.key_secret, base_url=sb.base_url, auth_url=sb.auth_url
    ) as c:
        yield c


@pytest.fixture
async def aclient(sb: Sandbox) -> AsyncIterator[AsyncNumbersClient]:
    async with AsyncNumbersClient(
        sb.project_id, sb.key_id, sb.key_secret, base_url=sb.base_url, auth_url=sb.auth_url
    ) as c:
        yield c


def search(client: NumbersClient, size: int) -> list[str]:
    found = client.available_numbers.search(
        region_code="US", type="LOCAL", capabilities=["SMS"], size=size
    )
    numbers = [n.phone_number or "" for n in found.available_numbers or []]
    assert len(numbers) == size
    return numbers


def test_rent_name_page_release(client: NumbersClient) -> None:
    numbers = search(client, 5)
    for number in numbers:
        rented = client.available_numbers.rent(number, sms_configuration={"servicePlanId": "p"})
        assert rented.phone_number == number

    client.active_numbers.update(numbers[0], display_name="Support line")
    assert client.active_numbers.get(numbers[0]).display_name == "Support line"

    pager = client.active_numbers.list(region_code="US", page_size=2)
    pages = list(pager.iter_pages())
    assert [len(p.active_numbers or []) for p in pages] == [2, 2, 1]
    assert sorted(n.phone_number or "" for n in pager) == sorted(numbers)

    client.active_numbers.release(numbers[-1])
    with pytest.raises(NotFoundError):
        client.active_numbers.get(numbers[-1])
    assert len(list(client.active_numbers.list())) == 4


async def test_async_rent_and_list(aclient: AsyncNumbersClient) -> None:
    found = await aclient.available_numbers.search(region_code="US", type="LOCAL", size=3)
    numbers = [n.phone_number or "" for n in found.available_numbers or []]
    for number in numbers:
        await aclient.available_numbers.rent(number)
    listed = [n.phone_number async for n in aclient.active_numbers.list(page_size=2)]
    assert sorted(listed) == sorted(numbers)


def test_failed_rent_is_not_resent_and_can_be_reconciled(
    sb: Sandbox, client: NumbersClient
) -> None:
    (number,) = search(client, 1)
    sb.faults.inject(500, route="NumberService_RentNumber", count=1)
    with pytest.raises(OutcomeUnknownError) as info:
        client.available_numbers.rent(number)
    assert f"client.active_numbers.get({number!r})" in info.value.reconcile_hint
    with pytest.raises(NotFoundError):  # following the hint: it was not rented
        client.active_numbers.get(number)
    assert client.available_numbers.rent(number).phone_number == number


def test_dropped_rent_is_outcome_unknown(sb: Sandbox, client: NumbersClient) -> None:
    (number,) = search(client, 1)
    sb.faults.drop(route="NumberService_RentNumber", count=1)
    with pytest.raises(OutcomeUnknownError):
        client.available_numbers.rent(number)


def test_reads_retried_and_tokens_refreshed(sb: Sandbox, client: NumbersClient) -> None:
    route = "NumberService_ListAvailableRegions"
    twice = sb.faults.inject(503, route=route, count=2, retry_after=0)
    assert client.regions.list().available_regions
    assert twice.hits == 2
    thrice = sb.faults.inject(503, route=route, count=3, retry_after=0)
    with pytest.raises(InternalServerError):
        client.regions.list()  # three attempts, all refused
    assert thrice.hits == 3
    expired = sb.faults.token_expired(count=1)
    assert client.regions.list().available_regions  # 401, new token, resent
    assert expired.hits == 1


def test_quickstart_example_runs() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SINCH_")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("available: +1")
    assert any(line.endswith("is now 'Support line'") for line in lines)
    assert "raw: 200 application/json retries_taken=0 name='Support line'" in lines
    assert sum(line.startswith("active: +1") for line in lines) == 3
    assert any("get() now raises NotFoundError" in line for line in lines)
    assert sum(line.startswith("async active: +1") for line in lines) == 2
    assert lines[-1] == "done"
