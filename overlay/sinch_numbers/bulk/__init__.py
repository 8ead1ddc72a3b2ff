"""One operation on thousands of numbers: fast, rate-limit aware, resumable, never twice.

``AsyncBulk(client)`` (an ``AsyncNumbersClient``) and ``Bulk(client)`` (a ``NumbersClient``;
its calls run on a pool of ``concurrency`` threads) offer the same operations::

    bulk = Bulk(client, journal="move.db", concurrency=32)
    result = bulk.relink_sms(client.active_numbers.list(region_code="US"),
                             service_plan_id="new-plan")
    print(result.summary)     # 4000 done, 0 failed, 12 skipped, 0 unknown

``numbers`` is any iterable (or async iterable) of E.164 strings, or of objects with a
``phone_number`` (what ``active_numbers.list(...)`` yields). Re-running the same operation
with the same journal resumes it; see ``docs/bulk.md`` and ``sinch_numbers.bulk._engine``.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sinch_numbers.errors import EmptyUpdateError, InvalidArgumentsError, NotFoundError

from ._engine import (
    BulkResult,
    Engine,
    NumberResult,
    NumbersInput,
    OperationName,
    Options,
    Progress,
    Summary,
    summarize,
)
from ._journal import Journal, JournalMismatchError, JournalRow
from ._rate import AdaptiveRate

if TYPE_CHECKING:
    from sinch_numbers import AsyncNumbersClient, NumbersClient

__all__ = [
    "AdaptiveRate",
    "AsyncBulk",
    "Bulk",
    "BulkResult",
    "JournalMismatchError",
    "NumberResult",
    "Progress",
    "Summary",
    "status",
]

T = TypeVar("T")
_UPDATE_FIELDS = ("display_name", "sms_configuration", "voice_configuration", "callback_url")


class _AsyncApi:
    """``client.active_numbers`` of an async client, with its own retries off."""

    def __init__(self, client: AsyncNumbersClient) -> None:
        plain = client.with_options(max_retries=0)
        self._numbers = plain.active_numbers
        self._emergency = plain.emergency_addresses

    async def get(self, phone: str) -> dict[str, Any]:
        return (await self._numbers.get(phone)).to_dict()

    async def update(self, phone: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        return (await self._numbers.update(phone, **fields)).to_dict()

    async def release(self, phone: str) -> None:
        await self._numbers.release(phone)

    async def emergency_address(self, phone: str) -> dict[str, Any] | None:
        try:
            return (await self._emergency.get(phone)).to_dict()
        except NotFoundError:
            return None

    async def provision_emergency(
        self, phone: str, display_name: str, address: Mapping[str, Any]
    ) -> dict[str, Any]:
        provisioned = await self._emergency.provision(
            phone, display_name=display_name, address=address
        )
        return provisioned.to_dict()


class _ThreadApi:
    """``client.active_numbers`` of a sync client, each call on a worker thread."""

    def __init__(self, client: NumbersClient, pool: ThreadPoolExecutor) -> None:
        plain = client.with_options(max_retries=0)
        self._numbers = plain.active_numbers
        self._emergency = plain.emergency_addresses
        self._pool = pool

    async def _run(self, call: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, call)

    async def get(self, phone: str) -> dict[str, Any]:
        return (await self._run(functools.partial(self._numbers.get, phone))).to_dict()

    async def update(self, phone: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        call = functools.partial(self._numbers.update, phone, **fields)
        return (await self._run(call)).to_dict()

    async def release(self, phone: str) -> None:
        await self._run(functools.partial(self._numbers.release, phone))

    async def emergency_address(self, phone: str) -> dict[str, Any] | None:
        try:
            return (await self._run(functools.partial(self._emergency.get, phone))).to_dict()
        except NotFoundError:
            return None

    async def provision_emergency(
        self, phone: str, display_name: str, address: Mapping[str, Any]
    ) -> dict[str, Any]:
        call = functools.partial(
            self._emergency.provision, phone, display_name=display_name, address=address
        )
        return (await self._run(call)).to_dict()


class _BulkBase:
    def __init__(
        self,
        *,
        journal: str | Path | None = None,
        concurrency: int = 16,
        max_rate: float | None = None,
        dry_run: bool = False,
        retry_unknown: bool = False,
        progress: Callable[[Progress], None] | None = None,
        poll_interval: float = 1.0,
        provisioning_timeout: float = 600.0,
        reconcile_delay: float = 1.0,
        max_attempts: int = 5,
    ) -> None:
        self._journal = None if journal is None else str(journal)
        self._options = Options(
            concurrency=concurrency,
            max_rate=max_rate,
            dry_run=bool(dry_run),
            retry_unknown=bool(retry_unknown),
            progress=progress,
            poll_interval=poll_interval,
            provisioning_timeout=provisioning_timeout,
            reconcile_delay=reconcile_delay,
            max_attempts=max_attempts,
        )

    @property
    def options(self) -> Options:
        return self._options


class AsyncBulk(_BulkBase):
    """Bulk operations with an ``AsyncNumbersClient``; every method is a coroutine.

    ``journal``: SQLite file recording each number's state (a run killed at any point
    resumes when re-run with it); ``None`` keeps it in memory. ``concurrency``: numbers
    worked on at once. ``max_rate``: a known limit in requests/second to start from (the
    adaptive limit finds it otherwise). ``dry_run``: GET each number and report what would
    change; nothing is written (not even the journal). ``retry_unknown``: check releases
    whose outcome stayed unknown and resend those still active. ``progress``: called with a
    ``Progress`` after each number finishes.
    """

    def __init__(self, client: AsyncNumbersClient, **options: Any) -> None:
        super().__init__(**options)
        self._client = client

    async def _run(
        self, operation: OperationName, params: Mapping[str, Any], numbers: NumbersInput
    ) -> BulkResult:
        engine = Engine(_AsyncApi(self._client), self._journal, self._options)
        return await engine.run(operation, params, numbers)

    async def update(self, numbers: NumbersInput, **fields: Any) -> BulkResult:
        """PATCH every number with ``fields`` (``display_name``, ``sms_configuration``,
        ``voice_configuration``, ``callback_url``, as ``active_numbers.update`` takes)."""
        return await self._run("update", _update_params(fields), numbers)

    async def release(self, numbers: NumbersInput) -> BulkResult:
        """Release every number; a release is never sent twice for one number."""
        return await self._run("release", {}, numbers)

    async def relink_sms(
        self,
        numbers: NumbersInput,
        *,
        service_plan_id: str | None = None,
        campaign_id: str | None = None,
    ) -> BulkResult:
        """Move every number's SMS to ``service_plan_id`` (and/or 10DLC ``campaign_id``):
        unlink, wait for the provisioning, link, wait."""
        return await self._run("relink_sms", _sms_params(service_plan_id, campaign_id), numbers)

    async def relink_voice(self, numbers: NumbersInput, *, app_id: str) -> BulkResult:
        """Point every number's voice at the RTC app ``app_id`` and wait for it."""
        return await self._run("relink_voice", _voice_params(app_id), numbers)

    async def provision_emergency(
        self, numbers: NumbersInput, *, display_name: str, address: Mapping[str, Any]
    ) -> BulkResult:
        """Provision the emergency address ``address`` (named ``display_name``) for every
        number (US numbers with voice); never resent blind, like a release."""
        return await self._run(
            "provision_emergency", _emergency_params(display_name, address), numbers
        )


class Bulk(_BulkBase):
    """Bulk operations with a ``NumbersClient`` (same options as :class:`AsyncBulk`).

    The engine runs on its own event loop (``asyncio.run``), the client's calls on a pool of
    ``concurrency`` threads; do not call it from inside a running event loop.
    """

    def __init__(self, client: NumbersClient, **options: Any) -> None:
        super().__init__(**options)
        self._client = client

    def _run(
        self, operation: OperationName, params: Mapping[str, Any], numbers: NumbersInput
    ) -> BulkResult:
        async def main() -> BulkResult:
            with ThreadPoolExecutor(self._options.concurrency, "sinch-bulk") as pool:
                engine = Engine(_ThreadApi(self._client, pool), self._journal, self._options)
                return await engine.run(operation, params, numbers)

        return asyncio.run(main())

    def update(self, numbers: NumbersInput, **fields: Any) -> BulkResult:
        """See :meth:`AsyncBulk.update`."""
        return self._run("update", _update_params(fields), numbers)

    def release(self, numbers: NumbersInput) -> BulkResult:
        """See :meth:`AsyncBulk.release`."""
        return self._run("release", {}, numbers)

    def relink_sms(
        self,
        numbers: NumbersInput,
        *,
        service_plan_id: str | None = None,
        campaign_id: str | None = None,
    ) -> BulkResult:
        """See :meth:`AsyncBulk.relink_sms`."""
        return self._run("relink_sms", _sms_params(service_plan_id, campaign_id), numbers)

    def relink_voice(self, numbers: NumbersInput, *, app_id: str) -> BulkResult:
        """See :meth:`AsyncBulk.relink_voice`."""
        return self._run("relink_voice", _voice_params(app_id), numbers)

    def provision_emergency(
        self, numbers: NumbersInput, *, display_name: str, address: Mapping[str, Any]
    ) -> BulkResult:
        """See :meth:`AsyncBulk.provision_emergency`."""
        return self._run("provision_emergency", _emergency_params(display_name, address), numbers)


def status(journal: str | Path) -> BulkResult:
    """What a journal records (operation, each number's state), without any request."""
    opened = Journal.open_existing(journal)
    try:
        operation, _ = opened.run_info()
        rows = opened.rows()
        counts = opened.counts()
    finally:
        opened.close()
    return BulkResult(
        operation=operation,
        dry_run=False,
        results=[_result(r) for r in rows],
        summary=summarize(counts),
        requests=0,
        rate_limited=0,
        elapsed=0.0,
        resumed=True,
        final_rate=None,
    )


def _result(row: JournalRow) -> NumberResult:
    return NumberResult(row.phone_number, row.state, row.step, row.error, row.detail)


# -- parameters, checked before any request --------------------------------------------
def _update_params(fields: Mapping[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(fields) - set(_UPDATE_FIELDS))
    if unknown:
        raise InvalidArgumentsError(
            f"update() got unknown field(s) {', '.join(unknown)}; "
            f"it takes {', '.join(_UPDATE_FIELDS)}"
        )
    if not fields:
        raise EmptyUpdateError("update() needs at least one of " + ", ".join(_UPDATE_FIELDS))
    plain: dict[str, Any] = {}
    for name, value in fields.items():
        if hasattr(value, "to_dict"):
            value = value.to_dict()
        if name in ("display_name", "callback_url"):
            if not isinstance(value, str):
                raise InvalidArgumentsError(f"{name} must be a str")
        elif not isinstance(value, Mapping):
            raise InvalidArgumentsError(f"{name} must be a mapping (or the model)")
        else:
            value = dict(value)
        plain[name] = value
    return {"fields": plain}


def _sms_params(service_plan_id: str | None, campaign_id: str | None) -> dict[str, Any]:
    if service_plan_id is None and campaign_id is None:
        raise InvalidArgumentsError("relink_sms() needs service_plan_id and/or campaign_id")
    for name, value in (("service_plan_id", service_plan_id), ("campaign_id", campaign_id)):
        if value is not None and not isinstance(value, str):
            raise InvalidArgumentsError(f"{name} must be a str")
    return {"service_plan_id": service_plan_id, "campaign_id": campaign_id}


def _emergency_params(display_name: str, address: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(display_name, str) or not display_name:
        raise InvalidArgumentsError("provision_emergency() needs a non-empty display_name")
    if hasattr(address, "to_dict"):
        address = address.to_dict()
    if not isinstance(address, Mapping) or not address:
        raise InvalidArgumentsError("address must be a non-empty mapping (or the model)")
    return {"display_name": display_name, "address": dict(address)}


def _voice_params(app_id: str) -> dict[str, Any]:
    if not isinstance(app_id, str) or not app_id:
        raise InvalidArgumentsError("relink_voice() needs a non-empty app_id")
    return {"app_id": app_id}
