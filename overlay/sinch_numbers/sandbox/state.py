"""Read-only views of the sandbox state, for tests that check what the API did."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import numbers, orders

if TYPE_CHECKING:
    from .app import SandboxApp


@dataclass(frozen=True, slots=True)
class CallbackRecord:
    """One queued callback event and how its delivery went."""

    url: str
    state: str  # pending, sending, delivered, failed, or blocked (not loopback; never sent)
    attempts: int
    last_error: str
    payload: dict[str, Any]


class SandboxState:
    """``sb.state``: snapshots of numbers, orders and callbacks of the project."""

    def __init__(self, app: SandboxApp) -> None:
        self._app = app

    @property
    def _project(self) -> str:
        return self._app.config.project_id

    def active_numbers(self) -> list[dict[str, Any]]:
        with self._app.store.transaction() as tx:
            docs = tx.active_numbers(self._project)
        return [numbers.public(d) for d in sorted(docs, key=lambda d: str(d["phoneNumber"]))]

    def active_number(self, phone_number: str) -> dict[str, Any] | None:
        with self._app.store.transaction() as tx:
            doc = tx.active_number(phone_number)
        return None if doc is None else numbers.public(doc)

    def orders(self) -> list[dict[str, Any]]:
        with self._app.store.transaction() as tx:
            return [orders.public(o) for o in tx.orders(self._project)]

    def order(self, order_id: str) -> dict[str, Any] | None:
        with self._app.store.transaction() as tx:
            found = tx.order(order_id)
        return None if found is None else orders.public(found)

    def is_available(self, phone_number: str) -> bool:
        """Whether the number is on sale right now (in the inventory, not taken)."""
        if self._app.backend.inventory.get(phone_number) is None:
            return False
        with self._app.store.transaction() as tx:
            return not tx.is_taken(phone_number)

    def available_count(self, region_code: str, number_type: str) -> int:
        with self._app.store.transaction() as tx:
            taken = tx.taken_numbers()
        segment = self._app.backend.inventory.segment(region_code, number_type)
        return sum(1 for n in segment if n.phone_number not in taken)

    def callbacks(self) -> list[CallbackRecord]:
        with self._app.store.transaction() as tx:
            items = tx.callbacks()
        return [
            CallbackRecord(i.url, i.state, i.attempts, i.last_error, json.loads(i.body))
            for i in items
        ]
