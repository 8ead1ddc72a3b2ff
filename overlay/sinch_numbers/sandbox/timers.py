"""Runs due timers: provisioning steps, order reviews and order expiry."""

from __future__ import annotations

import logging

from . import numbers, orders
from .backend import Backend

logger = logging.getLogger("sinch_numbers.sandbox")


def advance(backend: Backend) -> int:
    """Apply every state change that is due by now; returns how many ran.

    Called before each API operation (so reads are never stale) and by the
    background loop (so callbacks go out without anyone asking).
    """
    store = backend.store
    now = backend.clock.now()
    if now < store.next_timer_due:
        return 0
    ran = 0
    while True:
        with store.transaction() as tx:
            timer = tx.pop_due_timer(now)
            if timer is None:
                return ran
            try:
                with tx.savepoint():
                    if timer.kind in ("sms", "voice"):
                        numbers.on_timer(tx, timer, now)
                    else:
                        orders.on_timer(backend, tx, timer, now)
            except Exception:
                logger.exception("sandbox timer %s for %s failed; dropped", timer.kind, timer.ref)
        ran += 1
