"""``start`` and ``resume``: build a workflow from a new order or an existing one.

``start`` looks up the requirements first (safe to repeat) and creates the order once: a
create whose outcome is unknown is never retried, because a retry could reserve a second
set of numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sinch_numbers_api.models.number_order import NumberOrder
from sinch_numbers_api.models.registration import Registration
from sinch_numbers_api.types import Unset

from sinch_numbers.e164 import require_e164
from sinch_numbers.errors import InvalidArgumentsError, NotFoundError, OutcomeUnknownError

from ._errors import OrderOutcomeUnknownError
from ._flow import Call, Flow, run_async, run_sync
from ._inputs import Clock, SmsConfig, VoiceConfig, utcnow
from ._requirements import DEFAULT_MAX_ATTACHMENT_BYTES, Requirements
from ._workflow import STATE_VERSION, AsyncOrderWorkflow, OrderWorkflow

if TYPE_CHECKING:
    from sinch_numbers._client import AsyncNumbersClient, NumbersClient

__all__ = ["lookup_requirements", "resume", "resume_async", "start", "start_async"]


@dataclass(frozen=True, slots=True)
class _Started:
    order: NumberOrder
    requirements: Requirements
    registration: Registration | None


def _start(
    *,
    region_code: str,
    number_type: str,
    phone_number: str | None,
    quantity: int | None,
    pattern: str | None,
    search_pattern: str | None,
    capabilities: Sequence[str] | None,
    sequential: bool | None,
    sms_configuration: SmsConfig | None,
    voice_configuration: VoiceConfig | None,
    callback_url: str | None,
    max_attachment_bytes: int,
) -> Flow[_Started]:
    option = _order_option(
        phone_number, quantity, pattern, search_pattern, capabilities, sequential
    )
    requirements = yield from _lookup(region_code, number_type, max_attachment_bytes)
    arguments: dict[str, Any] = {"region_code": region_code, "number_type": number_type, **option}
    for name, value in (
        ("sms_configuration", sms_configuration),
        ("voice_configuration", voice_configuration),
        ("callback_url", callback_url),
    ):
        if value is not None:
            arguments[name] = value
    try:
        order = yield Call("create", (), arguments)
    except OutcomeUnknownError as exc:
        raise _outcome_unknown(exc, region_code, number_type, phone_number, callback_url) from exc
    return _Started(order, requirements, None)


def _lookup(region_code: str, number_type: str, max_attachment_bytes: int) -> Flow[Requirements]:
    try:
        found = yield Call(
            "lookup_requirements", (), {"region_code": region_code, "number_type": number_type}
        )
    except NotFoundError:  # "Number requirements not found": nothing to fill in
        raw = None
    else:
        raw = found.to_dict()
    return Requirements.from_api(
        raw,
        region_code=region_code,
        number_type=number_type,
        max_attachment_bytes=max_attachment_bytes,
    )


def _resume(
    state_or_id: str | Mapping[str, Any], max_attachment_bytes: int | None
) -> Flow[_Started]:
    state = _read_state(state_or_id)
    order: NumberOrder = yield Call("get", (state.order_id,))
    region = order.region_code if isinstance(order.region_code, str) else state.region_code
    kind = str(order.number_type) if not isinstance(order.number_type, Unset) else state.number_type
    if region is None or kind is None:
        raise ValueError(f"number order {state.order_id} has no regionCode/numberType")
    limit = max_attachment_bytes or state.max_attachment_bytes
    if state.has_requirements and (state.region_code, state.number_type) == (region, kind):
        requirements = Requirements.from_api(
            state.requirements, region_code=region, number_type=kind, max_attachment_bytes=limit
        )
    else:
        requirements = yield from _lookup(region, kind, limit)
    registration = yield Call("get_registration", (state.order_id,))
    return _Started(order, requirements, registration)


@dataclass(frozen=True, slots=True)
class _SavedState:
    order_id: str
    region_code: str | None = None
    number_type: str | None = None
    requirements: Mapping[str, Any] | None = None
    has_requirements: bool = False
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES


def _read_state(state_or_id: str | Mapping[str, Any]) -> _SavedState:
    if isinstance(state_or_id, str):
        if not state_or_id:
            raise InvalidArgumentsError("resume() needs an order id or a to_state() dict")
        return _SavedState(state_or_id)
    if not isinstance(state_or_id, Mapping) or not isinstance(state_or_id.get("order_id"), str):
        raise InvalidArgumentsError("resume() needs an order id or a dict from to_state()")
    version = state_or_id.get("version")
    if version != STATE_VERSION:
        raise InvalidArgumentsError(f"unknown to_state() version {version!r}")
    raw = state_or_id.get("requirements")
    limit = state_or_id.get("max_attachment_bytes")
    return _SavedState(
        order_id=state_or_id["order_id"],
        region_code=state_or_id.get("region_code"),
        number_type=state_or_id.get("number_type"),
        requirements=raw if isinstance(raw, Mapping) else None,
        has_requirements="requirements" in state_or_id,
        max_attachment_bytes=limit if isinstance(limit, int) else DEFAULT_MAX_ATTACHMENT_BYTES,
    )


def _order_option(
    phone_number: str | None,
    quantity: int | None,
    pattern: str | None,
    search_pattern: str | None,
    capabilities: Sequence[str] | None,
    sequential: bool | None,
) -> dict[str, Any]:
    """``number_order_option`` or ``quantity_order_option``, checked as the API would."""
    if (phone_number is None) == (quantity is None):
        raise InvalidArgumentsError("start() takes exactly one of phone_number= or quantity=")
    if phone_number is not None:
        extras = [
            n
            for n, v in (
                ("pattern", pattern),
                ("search_pattern", search_pattern),
                ("capabilities", capabilities),
                ("sequential", sequential),
            )
            if v is not None
        ]
        if extras:
            raise InvalidArgumentsError(
                f"{', '.join(extras)} only go with quantity=, not phone_number="
            )
        return {"number_order_option": {"phoneNumbers": [require_e164(phone_number)]}}
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= 100:
        raise InvalidArgumentsError(f"quantity must be an integer from 1 to 100, not {quantity!r}")
    if search_pattern is not None and pattern is None:
        raise InvalidArgumentsError("search_pattern= needs pattern=")
    if isinstance(capabilities, str):
        raise InvalidArgumentsError("capabilities must be a list like ['SMS'], not a string")
    option: dict[str, Any] = {"requestedQuantity": quantity}
    if pattern is not None:
        option["numberPattern"] = {"pattern": pattern}
        if search_pattern is not None:
            option["numberPattern"]["searchPattern"] = search_pattern
    if capabilities is not None:
        option["capabilities"] = [str(c) for c in capabilities]
    if sequential is not None:
        option["sequential"] = sequential
    return {"quantity_order_option": option}


def _outcome_unknown(
    error: OutcomeUnknownError,
    region_code: str,
    number_type: str,
    phone_number: str | None,
    callback_url: str | None,
) -> OrderOutcomeUnknownError:
    checks = [
        f"the Sinch Customer Dashboard for a new {region_code} {number_type} number order "
        "created just now (the API has no call that lists orders)",
    ]
    if phone_number is not None:
        checks.append(
            f"client.available_numbers.get({phone_number!r}): if the number is no longer "
            "available, an order most likely reserved it"
        )
    if callback_url is not None:
        checks.append(
            f"{callback_url}: NUMBER_ORDER_PROCESSING events carry the order id (an order left "
            "alone sends one when it expires)"
        )
    hint = (
        "Before starting again, check:\n"
        + "\n".join(f"  - {c}" for c in checks)
        + "\nIf you find it, continue with sinch_numbers.orders.resume(client, order_id). "
        "An order that is never submitted buys nothing: it expires by itself at its "
        "expireTime (30 minutes to 48 hours) and its numbers go back on sale."
    )
    cause = error.message.removeprefix("Outcome unknown: ").split("; it may or may not")[0]
    return OrderOutcomeUnknownError(
        f"Creating the {region_code} {number_type} number order may or may not have succeeded "
        f"({cause.rstrip('.')}), so it was not retried: a retry could reserve a second set of "
        "numbers.",
        reconcile_hint=hint,
        method=error.method,
        path=error.path,
        status_code=error.status_code,
        request_id=error.request_id,
    )


def lookup_requirements(
    client: NumbersClient,
    *,
    region_code: str,
    number_type: str,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
) -> Requirements:
    """What a region asks for a number type, without ordering (what ``start`` looks up first).

    Safe to repeat; a region with no requirements (the API's 404) gives empty requirements.
    """
    return run_sync(client, _lookup(region_code, number_type, max_attachment_bytes))


def start(
    client: NumbersClient,
    *,
    region_code: str,
    number_type: str,
    phone_number: str | None = None,
    quantity: int | None = None,
    pattern: str | None = None,
    search_pattern: str | None = None,
    capabilities: Sequence[str] | None = None,
    sequential: bool | None = None,
    sms_configuration: SmsConfig | None = None,
    voice_configuration: VoiceConfig | None = None,
    callback_url: str | None = None,
    clock: Clock = utcnow,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
) -> OrderWorkflow:
    """Look up the requirements, then create the order (never retried: see the docs).

    Pass exactly one of ``phone_number`` (one specific E.164 number) and ``quantity``
    (1 to 100 numbers, optionally matching ``pattern``/``search_pattern``, ``capabilities``,
    ``sequential``). Raises ``OrderOutcomeUnknownError`` when the order may or may not exist.
    """
    flow = _start(
        region_code=region_code,
        number_type=number_type,
        phone_number=phone_number,
        quantity=quantity,
        pattern=pattern,
        search_pattern=search_pattern,
        capabilities=capabilities,
        sequential=sequential,
        sms_configuration=sms_configuration,
        voice_configuration=voice_configuration,
        callback_url=callback_url,
        max_attachment_bytes=max_attachment_bytes,
    )
    done = run_sync(client, flow)
    return OrderWorkflow(client, done.order, done.requirements, done.registration, clock=clock)


async def start_async(
    client: AsyncNumbersClient,
    *,
    region_code: str,
    number_type: str,
    phone_number: str | None = None,
    quantity: int | None = None,
    pattern: str | None = None,
    search_pattern: str | None = None,
    capabilities: Sequence[str] | None = None,
    sequential: bool | None = None,
    sms_configuration: SmsConfig | None = None,
    voice_configuration: VoiceConfig | None = None,
    callback_url: str | None = None,
    clock: Clock = utcnow,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
) -> AsyncOrderWorkflow:
    """The async twin of :func:`start`."""
    flow = _start(
        region_code=region_code,
        number_type=number_type,
        phone_number=phone_number,
        quantity=quantity,
        pattern=pattern,
        search_pattern=search_pattern,
        capabilities=capabilities,
        sequential=sequential,
        sms_configuration=sms_configuration,
        voice_configuration=voice_configuration,
        callback_url=callback_url,
        max_attachment_bytes=max_attachment_bytes,
    )
    done = await run_async(client, flow)
    return AsyncOrderWorkflow(client, done.order, done.requirements, done.registration, clock=clock)


def resume(
    client: NumbersClient,
    state_or_id: str | Mapping[str, Any],
    *,
    clock: Clock = utcnow,
    max_attachment_bytes: int | None = None,
) -> OrderWorkflow:
    """Rebuild the workflow from the server, by order id or from ``to_state()``.

    With a saved state the requirements are not looked up again; the order and its
    registration always are (the server is the source of truth).
    """
    done = run_sync(client, _resume(state_or_id, max_attachment_bytes))
    return OrderWorkflow(client, done.order, done.requirements, done.registration, clock=clock)


async def resume_async(
    client: AsyncNumbersClient,
    state_or_id: str | Mapping[str, Any],
    *,
    clock: Clock = utcnow,
    max_attachment_bytes: int | None = None,
) -> AsyncOrderWorkflow:
    """The async twin of :func:`resume`."""
    done = await run_async(client, _resume(state_or_id, max_attachment_bytes))
    return AsyncOrderWorkflow(client, done.order, done.requirements, done.registration, clock=clock)
