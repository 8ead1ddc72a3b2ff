"""One implementation of each workflow step, run by a sync or an async driver.

A step is a generator: it yields *effects* (an API call, a sleep, a progress callback) and
receives their results, or has their exception thrown in at the ``yield``. It never does
I/O itself, so ``OrderWorkflow`` and ``AsyncOrderWorkflow`` share every decision and differ
only in the two small drivers below.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

if TYPE_CHECKING:
    from sinch_numbers._client import AsyncNumbersClient, NumbersClient

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Call:
    """``client.number_orders.<method>(*args, **kwargs)``."""

    method: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Notify:
    """Call a user callback; the async driver awaits it when it returns an awaitable."""

    callback: Callable[[Any], Any]
    argument: Any


Effect: TypeAlias = Call | Sleep | Notify
Flow: TypeAlias = Generator[Effect, Any, T]


def run_sync(
    client: NumbersClient, flow: Flow[T], *, sleep: Callable[[float], None] = time.sleep
) -> T:
    """Drive ``flow`` with blocking calls."""
    result: Any = None
    error: Exception | None = None
    while True:
        try:
            effect = flow.send(result) if error is None else flow.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        result, error = None, None
        try:
            if isinstance(effect, Call):
                method = getattr(client.number_orders, effect.method)
                result = method(*effect.args, **effect.kwargs)
            elif isinstance(effect, Sleep):
                sleep(effect.seconds)
            else:
                effect.callback(effect.argument)
        except Exception as exc:
            error = exc


async def run_async(client: AsyncNumbersClient, flow: Flow[T]) -> T:
    """Drive ``flow`` with awaited calls."""
    result: Any = None
    error: Exception | None = None
    while True:
        try:
            effect = flow.send(result) if error is None else flow.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        result, error = None, None
        try:
            if isinstance(effect, Call):
                method = getattr(client.number_orders, effect.method)
                result = await method(*effect.args, **effect.kwargs)
            elif isinstance(effect, Sleep):
                await asyncio.sleep(effect.seconds)
            else:
                outcome = effect.callback(effect.argument)
                if inspect.isawaitable(outcome):
                    await outcome
        except Exception as exc:
            error = exc
