"""The bulk engine: one operation over many numbers, each driven by a small state machine.

Every request goes through the facade (``client.active_numbers.get/update/release``, with the
client's own retries off: the engine retries, paced by the shared ``AdaptiveRate``). The
per-number steps:

- ``update``: PATCH (idempotent: resent after a 5xx or a timeout). A number found
  ``in_flight`` when a journal resumes is read first, and not sent again when it already
  shows the change (so a fleet is updated exactly once even across crashes).
- ``release``: POST ``:release``, never resent blind. An unknown outcome (a timeout or 5xx
  after sending) is reconciled with a GET, ``reconcile_delay`` later: 404 means it was
  released (``done``, nothing resent); still active means it did not take effect, and it is
  sent again. After ``_MAX_UNKNOWN`` such rounds the number is left ``unknown`` (a later run
  with ``retry_unknown=True`` checks again). A number found ``in_flight`` when a journal
  resumes (the process died with the request out) is reconciled the same way first.
- ``relink_sms``: read the number; if it is linked elsewhere, unlink (empty ``servicePlanId``
  / ``campaignId``) and wait for the scheduled provisioning to settle; then link the target
  and wait again. Each round starts from a GET, so a resumed number continues from what the
  server says, not from a guess. A provisioning that ends ``FAILED`` fails the number, with
  its error codes.
- ``relink_voice``: PATCH the voice app, wait for the provisioning.
- ``provision_emergency``: GET the number's emergency address (skipped when it is already the
  one asked for), then POST ``:provision``, reconciled like a release: after an unknown
  outcome, or on resume, an address that is there means it took effect.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

from sinch_numbers.e164 import require_e164
from sinch_numbers.errors import (
    APIConnectionError,
    APIStatusError,
    InvalidArgumentsError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitError,
    SinchNumbersError,
)

from ._journal import Journal, JournalRow, State
from ._rate import AdaptiveRate

__all__ = ["BulkResult", "Engine", "NumberResult", "Options", "Progress", "Summary"]

T = TypeVar("T")
OperationName = Literal["update", "release", "relink_sms", "relink_voice", "provision_emergency"]
NumbersInput = Iterable[Any] | AsyncIterable[Any]
_SETTLED = ("", None)
_WAITING = frozenset({"WAITING", "IN_PROGRESS"})
#: Writes one number may need in one run (unlink, link, and retries of a stale job).
_MAX_WRITES = 8
#: Releases with an unknown outcome (each followed by a GET showing the number still active)
#: before a number is left ``unknown``.
_MAX_UNKNOWN = 3


class Api(Protocol):
    """What the engine needs of ``client.active_numbers``, sync or async, as coroutines."""

    async def get(self, phone: str) -> dict[str, Any]: ...
    async def update(self, phone: str, fields: Mapping[str, Any]) -> dict[str, Any]: ...
    async def release(self, phone: str) -> None: ...
    async def emergency_address(self, phone: str) -> dict[str, Any] | None: ...
    async def provision_emergency(
        self, phone: str, display_name: str, address: Mapping[str, Any]
    ) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class Options:
    concurrency: int = 16
    max_rate: float | None = None
    dry_run: bool = False
    retry_unknown: bool = False
    poll_interval: float = 1.0
    provisioning_timeout: float = 600.0
    reconcile_delay: float = 1.0
    max_attempts: int = 5  # per request, for 5xx / connection errors (429s do not count)
    max_rate_limited: int = 100  # 429s one request may get before its number fails
    progress: Callable[[Progress], None] | None = None

    def __post_init__(self) -> None:
        if isinstance(self.concurrency, bool) or not isinstance(self.concurrency, int):
            raise InvalidArgumentsError("concurrency must be an int")
        if self.concurrency < 1:
            raise InvalidArgumentsError("concurrency must be at least 1")
        if self.max_rate is not None and not self.max_rate > 0:
            raise InvalidArgumentsError("max_rate must be positive")
        for name in ("poll_interval", "provisioning_timeout", "reconcile_delay"):
            if not getattr(self, name) >= 0:
                raise InvalidArgumentsError(f"{name} must not be negative")
        if self.max_attempts < 1 or self.max_rate_limited < 0:
            raise InvalidArgumentsError("max_attempts must be >= 1, max_rate_limited >= 0")


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a run stands; passed to ``progress`` after each number finishes."""

    total: int
    finished: int
    counts: Mapping[str, int]
    requests: int
    rate_limited: int
    rate: float | None  # the adaptive limit now (requests/second); None while unpaced
    elapsed: float


@dataclass(frozen=True, slots=True)
class NumberResult:
    phone_number: str
    status: str  # done, failed, skipped, unknown, pending; would_change in a dry run
    step: str
    error: str = ""
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Summary:
    done: int = 0
    failed: int = 0
    skipped: int = 0
    unknown: int = 0
    pending: int = 0  # not finished (interrupted, or in flight when the run stopped)
    would_change: int = 0  # dry run only

    @property
    def total(self) -> int:
        return sum((self.done, self.failed, self.skipped, self.unknown, self.pending))

    def __str__(self) -> str:
        parts = [f"{self.done} done", f"{self.failed} failed", f"{self.skipped} skipped"]
        parts.append(f"{self.unknown} unknown")
        if self.pending:
            parts.append(f"{self.pending} pending")
        if self.would_change:
            parts = [f"{self.would_change} would change", f"{self.skipped} unchanged"]
            parts.append(f"{self.failed} failed")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class BulkResult:
    operation: str
    dry_run: bool
    results: list[NumberResult]
    summary: Summary
    requests: int  # sent by this run (429s included)
    rate_limited: int  # 429s this run received
    elapsed: float
    resumed: bool
    final_rate: float | None

    @property
    def failed(self) -> list[NumberResult]:
        return [r for r in self.results if r.status in ("failed", "unknown")]


class _Failed(Exception):
    """A number cannot be done: recorded as ``failed`` with this message."""


def summarize(counts: Mapping[str, int], *, dry_run: bool = False) -> Summary:
    pending = counts.get("pending", 0) + counts.get("in_flight", 0)
    if dry_run:
        return Summary(
            failed=counts.get("failed", 0),
            skipped=counts.get("skipped", 0),
            would_change=counts.get("would_change", 0),
            pending=pending,
        )
    return Summary(
        done=counts.get("done", 0),
        failed=counts.get("failed", 0),
        skipped=counts.get("skipped", 0),
        unknown=counts.get("unknown", 0),
        pending=pending,
    )


class Engine:
    """One run of one operation (``run``); sync and async fronts build it with their ``Api``."""

    def __init__(self, api: Api, journal_path: str | None, options: Options) -> None:
        self._api = api
        self._options = options
        self._journal_path = journal_path
        self._rate = AdaptiveRate(options.max_rate)
        self._dry: dict[str, NumberResult] = {}
        self._started = 0.0
        self._total = 0
        self._finished = 0
        self._counts: Counter[str] = Counter()

    # -- the run ---------------------------------------------------------------------
    async def run(
        self, operation: OperationName, params: Mapping[str, Any], numbers: NumbersInput
    ) -> BulkResult:
        dry = self._options.dry_run
        # The input is read and checked first: refused input leaves no journal behind (a
        # journal names its operation, so a stray one would block the corrected command).
        phones = await _phones(numbers)
        # A dry run writes nothing, its journal included: it works in memory.
        journal = Journal(None if dry else self._journal_path)
        try:
            resumed = journal.bind(operation, params)
            journal.add(phones)
            todo_states = ["pending", "in_flight"]
            if self._options.retry_unknown:
                todo_states.append("unknown")
            todo = journal.rows(todo_states)
            self._counts = Counter(journal.counts())
            self._total = sum(self._counts.values())
            self._finished = self._total - len(todo)
            self._started = time.monotonic()
            handler = self._handler(operation, params, journal)
            await self._workers(todo, handler)
            return self._result(operation, journal, resumed)
        finally:
            journal.close()

    def _handler(
        self, operation: OperationName, params: Mapping[str, Any], journal: Journal
    ) -> Callable[[JournalRow], Awaitable[None]]:
        step = _Steps(self, journal, params)
        if self._options.dry_run:
            return {
                "update": step.dry_update,
                "release": step.dry_release,
                "relink_sms": step.dry_relink_sms,
                "relink_voice": step.dry_relink_voice,
                "provision_emergency": step.dry_provision_emergency,
            }[operation]
        return {
            "update": step.update,
            "release": step.release,
            "relink_sms": step.relink_sms,
            "relink_voice": step.relink_voice,
            "provision_emergency": step.provision_emergency,
        }[operation]

    async def _workers(
        self, todo: list[JournalRow], handler: Callable[[JournalRow], Awaitable[None]]
    ) -> None:
        rows = iter(todo)

        async def worker() -> None:
            for row in rows:  # one shared iterator: each row goes to one worker
                await handler(row)
                self._finished += 1  # its machine ended (a final state, or pending if stopped)
                if self._options.progress is not None:
                    self._options.progress(self.progress())

        count = min(self._options.concurrency, max(len(todo), 1))
        await asyncio.gather(*(worker() for _ in range(count)))

    def moved(self, before: str, after: str) -> None:
        """A number went from state ``before`` to ``after`` (for ``Progress.counts``)."""
        self._counts[before] -= 1
        self._counts[after] += 1

    def progress(self) -> Progress:
        return Progress(
            total=self._total,
            finished=self._finished,
            counts=dict(+self._counts),
            requests=self._rate.sent,
            rate_limited=self._rate.limited,
            rate=None if self._rate.rate == float("inf") else self._rate.rate,
            elapsed=time.monotonic() - self._started,
        )

    def _result(self, operation: str, journal: Journal, resumed: bool) -> BulkResult:
        results = [
            self._dry.get(r.phone_number)
            or NumberResult(r.phone_number, r.state, r.step, r.error, r.detail)
            for r in journal.rows()
        ]
        counts = Counter(r.status for r in results)
        rate = self._rate.rate
        return BulkResult(
            operation=operation,
            dry_run=self._options.dry_run,
            results=results,
            summary=summarize(counts, dry_run=self._options.dry_run),
            requests=self._rate.sent,
            rate_limited=self._rate.limited,
            elapsed=time.monotonic() - self._started,
            resumed=resumed,
            final_rate=None if rate == float("inf") else rate,
        )

    # -- requests ------------------------------------------------------------------------
    async def call(self, send: Callable[[], Awaitable[T]]) -> T:
        """One request, paced; resent after a 429 (after its ``Retry-After``), and after a
        5xx or connection failure for which the client did not raise ``OutcomeUnknownError``
        (for a release it raises that instead, so those never come back here)."""
        attempts = limited = 0
        while True:
            sent_at = await self._rate.acquire()
            try:
                result = await send()
            except RateLimitError as exc:
                self._rate.on_limited(sent_at)
                limited += 1
                if limited > self._options.max_rate_limited:
                    raise
                await asyncio.sleep(exc.retry_after if exc.retry_after is not None else 1.0)
                continue
            except OutcomeUnknownError:
                raise
            except (APIConnectionError, APIStatusError) as exc:
                retryable = isinstance(exc, APIConnectionError) or (
                    exc.status_code >= 500 or exc.status_code == 408
                )
                attempts += 1
                if not retryable or attempts >= self._options.max_attempts:
                    raise
                await asyncio.sleep(min(8.0, 0.1 * 2**attempts) * random.uniform(0.5, 1.0))
                continue
            self._rate.on_success(sent_at)
            return result

    def record_dry(self, result: NumberResult) -> None:
        self._dry[result.phone_number] = result
        self.moved("pending", result.status)


class _Steps:
    """The per-number state machines of each operation."""

    def __init__(self, engine: Engine, journal: Journal, params: Mapping[str, Any]) -> None:
        self._engine = engine
        self._journal = journal
        self._params = params
        self._api = engine._api
        self._options = engine._options
        self._current: dict[str, str] = {}  # each number's state, as last recorded
        self._step: dict[str, str] = {}  # and its step

    def _set(
        self,
        row: JournalRow,
        state: State,
        step: str,
        *,
        error: str = "",
        detail: Mapping[str, Any] | None = None,
        wrote: bool = False,
    ) -> None:
        self._journal.set(row.phone_number, state, step, error=error, detail=detail, wrote=wrote)
        before = self._current.get(row.phone_number, row.state)
        self._current[row.phone_number] = state
        self._step[row.phone_number] = step
        self._engine.moved(before, state)

    async def _guard(self, row: JournalRow, step: str, work: Awaitable[None]) -> None:
        """Run one number's machine; a typed failure marks it ``failed``."""
        try:
            await work
        except _Failed as exc:
            self._set(row, "failed", step, error=str(exc))
        except SinchNumbersError as exc:
            self._set(row, "failed", step, error=_describe(exc))

    # -- update -----------------------------------------------------------------------
    def update(self, row: JournalRow) -> Awaitable[None]:
        return self._guard(row, "update", self._update(row))

    async def _update(self, row: JournalRow) -> None:
        fields = self._params["fields"]
        if row.state == "in_flight":
            # Resumed with the PATCH out: if the number already shows it, it arrived.
            doc = await self._get_or_fail(row.phone_number)
            if not _field_changes(doc, fields):
                self._set(row, "done", "update", detail={"reconciled": True})
                return
        self._set(row, "in_flight", "update", wrote=True)
        try:
            await self._engine.call(lambda: self._api.update(row.phone_number, fields))
        except NotFoundError:
            raise _Failed("not an active number of the project") from None
        self._set(row, "done", "update")

    async def dry_update(self, row: JournalRow) -> None:
        doc = await self._dry_get(row)
        if doc is not None:
            changes = _field_changes(doc, self._params["fields"])
            self._dry_result(row, "update", changes)

    # -- release ----------------------------------------------------------------------
    def release(self, row: JournalRow) -> Awaitable[None]:
        return self._guard(row, "release", self._release(row))

    async def _release(self, row: JournalRow) -> None:
        phone = row.phone_number
        # A release may have been sent already: look before sending anything.
        if row.state in ("in_flight", "unknown") and not await self._is_active(phone):
            self._set(row, "done", "release", detail={"reconciled": True})
            return
        try:
            await self._send_reconciled(
                row,
                "release",
                lambda: self._api.release(phone),
                lambda: self._is_gone(phone),
                "the release",
            )
        except NotFoundError:
            self._set(row, "skipped", "release", error="not an active number of the project")

    async def _send_reconciled(
        self,
        row: JournalRow,
        step: str,
        send: Callable[[], Awaitable[object]],
        took_effect: Callable[[], Awaitable[bool]],
        what: str,
    ) -> None:
        """Send a write that must not happen twice: after an unknown outcome, look
        (``took_effect``, ``reconcile_delay`` later) before sending it again."""
        unknowns = 0
        while True:
            self._set(row, "in_flight", step, wrote=True)
            try:
                await self._engine.call(send)
            except OutcomeUnknownError as exc:
                unknowns += 1
                self._set(row, "unknown", step, error=_describe(exc))
                await asyncio.sleep(self._options.reconcile_delay)
                if await took_effect():
                    self._set(row, "done", step, detail={"reconciled": True})
                    return
                if unknowns >= _MAX_UNKNOWN:
                    error = (
                        f"{unknowns} attempts of {what} ended with an unknown outcome and it had "
                        "not taken effect after each; not resent again (re-run with "
                        "retry_unknown to check and resend)"
                    )
                    self._set(row, "unknown", step, error=error)
                    return
                continue  # it did not take effect: send it again
            self._set(row, "done", step)
            return

    async def _is_gone(self, phone: str) -> bool:
        return not await self._is_active(phone)

    async def _is_active(self, phone: str) -> bool:
        try:
            await self._engine.call(lambda: self._api.get(phone))
        except NotFoundError:
            return False
        return True

    async def dry_release(self, row: JournalRow) -> None:
        doc = await self._dry_get(row)
        if doc is not None:
            self._dry_result(row, "release", {"release": {"from": "active", "to": "released"}})

    # -- relink SMS -----------------------------------------------------------------
    def _sms_target(self, doc: Mapping[str, Any]) -> tuple[str, str]:
        plan = self._params.get("service_plan_id")
        campaign = self._params.get("campaign_id")
        current_plan, _ = _sms_settled(doc)
        return (plan if plan is not None else current_plan, campaign or "")

    def relink_sms(self, row: JournalRow) -> Awaitable[None]:
        return self._guard(row, "relink", self._relink_sms(row))

    async def _relink_sms(self, row: JournalRow) -> None:
        phone = row.phone_number
        deadline = time.monotonic() + self._options.provisioning_timeout
        requested: tuple[str, str] | None = _requested(row)
        wrote = row.writes > 0
        if row.state == "pending":
            self._set(row, "in_flight", "check")
        for _ in range(_MAX_WRITES):
            doc = await self._get_or_fail(phone)
            target = self._sms_target(doc)
            job = _sms_job(doc)
            status = str(job.get("status") or "")
            if job and status in _WAITING:
                step = "wait_link" if requested == target else "wait_unlink"
                await self._wait(row, step, deadline)
                continue
            if job and status == "FAILED" and requested is not None:
                job_target = (str(job.get("servicePlanId") or ""), str(job.get("campaignId") or ""))
                if job_target == requested:
                    codes = ", ".join(str(c) for c in job.get("errorCodes") or []) or "no code"
                    raise _Failed(f"SMS provisioning to {_pair(requested)} failed ({codes})")
            current = _sms_settled(doc)
            if current == target:
                state: State = "done" if wrote else "skipped"
                self._set(row, state, "linked", detail={"to": _pair(target)})
                return
            step, requested, body = _sms_move(current, target)
            detail = {"from": _pair(current), "requested": list(requested)}
            self._set(row, "in_flight", step, detail=detail, wrote=True)
            wrote = True
            await self._patch(phone, {"sms_configuration": body})
        raise _Failed(f"the number did not reach {_pair(target)} after {_MAX_WRITES} rounds")

    async def dry_relink_sms(self, row: JournalRow) -> None:
        doc = await self._dry_get(row)
        if doc is None:
            return
        current, target = _sms_settled(doc), self._sms_target(doc)
        changes = (
            {} if current == target else {"sms": {"from": _pair(current), "to": _pair(target)}}
        )
        self._dry_result(row, "relink", changes)

    # -- relink voice ---------------------------------------------------------------
    def relink_voice(self, row: JournalRow) -> Awaitable[None]:
        return self._guard(row, "relink", self._relink_voice(row))

    async def _relink_voice(self, row: JournalRow) -> None:
        phone = row.phone_number
        app_id: str = self._params["app_id"]
        deadline = time.monotonic() + self._options.provisioning_timeout
        wrote = row.writes > 0
        if row.state == "pending":
            self._set(row, "in_flight", "check")
        for _ in range(_MAX_WRITES):
            doc = await self._get_or_fail(phone)
            voice = doc.get("voiceConfiguration") or {}
            job = voice.get("scheduledVoiceProvisioning") or {}
            status = str(job.get("status") or "")
            if job and status in _WAITING:
                await self._wait(row, "wait_link", deadline)
                continue
            if job and status == "FAILED" and wrote and job.get("appId") == app_id:
                raise _Failed(f"voice provisioning to app {app_id} failed")
            if _voice_app(voice) == app_id:
                state: State = "done" if wrote else "skipped"
                self._set(row, state, "linked", detail={"to": app_id})
                return
            self._set(row, "in_flight", "link", detail={"from": _voice_app(voice)}, wrote=True)
            wrote = True
            body = {"type": "RTC", "appId": app_id}
            await self._patch(phone, {"voice_configuration": body})
        raise _Failed(f"the number did not reach voice app {app_id} after {_MAX_WRITES} rounds")

    async def dry_relink_voice(self, row: JournalRow) -> None:
        doc = await self._dry_get(row)
        if doc is None:
            return
        current = _voice_app(doc.get("voiceConfiguration") or {})
        app_id = self._params["app_id"]
        changes = {} if current == app_id else {"voice": {"from": current, "to": app_id}}
        self._dry_result(row, "relink", changes)

    # -- emergency addresses ---------------------------------------------------------
    def provision_emergency(self, row: JournalRow) -> Awaitable[None]:
        return self._guard(row, "provision", self._provision_emergency(row))

    async def _provision_emergency(self, row: JournalRow) -> None:
        phone = row.phone_number
        name: str = self._params["display_name"]
        address: Mapping[str, Any] = self._params["address"]
        current = await self._engine.call(lambda: self._api.emergency_address(phone))
        if current is not None and (row.state in ("in_flight", "unknown") or row.writes):
            # Sent before (a resumed or retried run) and there now: it took effect.
            self._set(row, "done", "provision", detail={"reconciled": True})
            return
        if current is not None and _same_address(current, address):
            self._set(row, "skipped", "provision", error="already has this address")
            return
        try:
            await self._send_reconciled(
                row,
                "provision",
                lambda: self._api.provision_emergency(phone, name, address),
                lambda: self._has_emergency_address(phone),
                "the provisioning",
            )
        except NotFoundError:
            raise _Failed("not an active number of the project") from None

    async def _has_emergency_address(self, phone: str) -> bool:
        return await self._engine.call(lambda: self._api.emergency_address(phone)) is not None

    async def dry_provision_emergency(self, row: JournalRow) -> None:
        phone = row.phone_number
        try:
            current = await self._engine.call(lambda: self._api.emergency_address(phone))
        except SinchNumbersError as exc:
            self._engine.record_dry(NumberResult(phone, "failed", "check", _describe(exc)))
            return
        address = dict(self._params["address"])
        unchanged = current is not None and _same_address(current, address)
        changes = {} if unchanged else {"emergency_address": {"from": current, "to": address}}
        self._dry_result(row, "provision", changes)

    # -- shared ---------------------------------------------------------------------
    async def _patch(self, phone: str, fields: Mapping[str, Any]) -> None:
        try:
            await self._engine.call(lambda: self._api.update(phone, fields))
        except NotFoundError:
            raise _Failed("not an active number of the project") from None

    async def _get_or_fail(self, phone: str) -> dict[str, Any]:
        try:
            return await self._engine.call(lambda: self._api.get(phone))
        except NotFoundError:
            raise _Failed("not an active number of the project") from None

    async def _wait(self, row: JournalRow, step: str, deadline: float) -> None:
        if time.monotonic() > deadline:
            raise _Failed(
                f"provisioning did not finish within {self._options.provisioning_timeout:g}s"
            )
        if self._step.get(row.phone_number, row.step) != step:
            self._set(row, "in_flight", step)
        await asyncio.sleep(self._options.poll_interval)

    async def _dry_get(self, row: JournalRow) -> dict[str, Any] | None:
        try:
            return await self._engine.call(lambda: self._api.get(row.phone_number))
        except NotFoundError:
            result = NumberResult(row.phone_number, "skipped", "check", "not an active number")
        except SinchNumbersError as exc:
            result = NumberResult(row.phone_number, "failed", "check", _describe(exc))
        self._engine.record_dry(result)
        return None

    def _dry_result(self, row: JournalRow, step: str, changes: Mapping[str, Any]) -> None:
        status = "would_change" if changes else "skipped"
        error = "" if changes else "already as requested"
        self._engine.record_dry(
            NumberResult(row.phone_number, status, step, error, {"changes": dict(changes)})
        )


# -- helpers -----------------------------------------------------------------------
async def _phones(numbers: NumbersInput) -> list[str]:
    """The numbers of the input, checked (E.164) before anything is written."""
    items: list[Any] = []
    if isinstance(numbers, AsyncIterable):
        items = [item async for item in numbers]
    elif isinstance(numbers, str | bytes):
        raise InvalidArgumentsError("numbers must be an iterable of phone numbers, not a str")
    else:
        items = list(numbers)
    phones: list[str] = []
    bad: list[str] = []
    seen: set[str] = set()
    for item in items:
        value = item if isinstance(item, str) else getattr(item, "phone_number", None)
        if not isinstance(value, str):
            bad.append(repr(item))
            continue
        try:
            phone = require_e164(value.strip())
        except ValueError:
            bad.append(repr(value))
            continue
        if phone not in seen:
            seen.add(phone)
            phones.append(phone)
    if bad:
        shown = ", ".join(bad[:5]) + (f" (+{len(bad) - 5} more)" if len(bad) > 5 else "")
        raise InvalidArgumentsError(f"{len(bad)} input(s) are not E.164 phone numbers: {shown}")
    return phones


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _sms_settled(doc: Mapping[str, Any]) -> tuple[str, str]:
    sms = doc.get("smsConfiguration") or {}
    return (str(sms.get("servicePlanId") or ""), str(sms.get("campaignId") or ""))


def _sms_job(doc: Mapping[str, Any]) -> dict[str, Any]:
    sms = doc.get("smsConfiguration") or {}
    job = sms.get("scheduledProvisioning") or {}
    return dict(job)


def _sms_move(
    current: tuple[str, str], target: tuple[str, str]
) -> tuple[str, tuple[str, str], dict[str, str]]:
    """The next SMS write (step, the (plan, campaign) it asks for, the body) from ``current``
    to ``target``: an unlink when the number is linked elsewhere, else the link."""
    (plan, campaign), (target_plan, target_campaign) = current, target
    if plan and plan != target_plan:  # the plan moves: unlink plan and campaign
        body = {"servicePlanId": ""} | ({"campaignId": ""} if campaign else {})
        return "unlink", ("", ""), body
    if campaign and campaign != target_campaign:  # same plan, the campaign moves
        return "unlink", (plan, ""), {"servicePlanId": plan, "campaignId": ""}
    body = {"servicePlanId": target_plan} | (
        {"campaignId": target_campaign} if target_campaign else {}
    )
    return "link", target, body


def _requested(row: JournalRow) -> tuple[str, str] | None:
    value = row.detail.get("requested")
    if isinstance(value, list) and len(value) == 2:
        return (str(value[0]), str(value[1]))
    return None


def _pair(value: tuple[str, str]) -> str:
    plan, campaign = value
    if not plan and not campaign:
        return "nothing"
    return f"plan {plan or '-'}" + (f" / campaign {campaign}" if campaign else "")


def _same_address(current: Mapping[str, Any], wanted: Mapping[str, Any]) -> bool:
    return all(str(current.get(k) or "") == str(v or "") for k, v in wanted.items())


def _voice_app(voice: Mapping[str, Any]) -> str:
    if (voice.get("type") or "RTC") != "RTC":
        return ""
    return str(voice.get("appId") or "")


_FIELD_KEYS = {
    "display_name": "displayName",
    "callback_url": "callbackUrl",
    "sms_configuration": "smsConfiguration",
    "voice_configuration": "voiceConfiguration",
}


def _field_changes(doc: Mapping[str, Any], fields: Mapping[str, Any]) -> dict[str, Any]:
    """What a PATCH with ``fields`` would change on ``doc`` (configurations: their ids)."""
    changes: dict[str, Any] = {}
    for name, wanted in fields.items():
        current = doc.get(_FIELD_KEYS[name])
        if isinstance(wanted, Mapping):
            now = {k: (current or {}).get(k) for k in wanted}
            if any((now[k] or "") != (v or "") for k, v in wanted.items()):
                changes[name] = {"from": now, "to": dict(wanted)}
        elif (current or "") != (wanted or ""):
            changes[name] = {"from": current, "to": wanted}
    return changes
