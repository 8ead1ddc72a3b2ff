"""Callback events (``CallbackPayload``), written to the outbox in the same
transaction as the state change they report."""

from __future__ import annotations

import json

from .clock import naive_timestamp
from .ids import new_id
from .store import Tx

ACTIVE_NUMBER = "ACTIVE_NUMBER"
NUMBER_ORDER = "NUMBER_ORDER"


def emit(
    tx: Tx,
    *,
    url: str | None,
    project: str,
    resource_type: str,
    resource_id: str,
    event_type: str,
    status: str,
    now: float,
    failure_code: str | None = None,
) -> None:
    """Queue one event for ``url``; nothing happens when no callback URL is set."""
    if not url:
        return
    payload: dict[str, str] = {
        "eventId": new_id(),
        "timestamp": naive_timestamp(now),
        "projectId": project,
        "resourceId": resource_id,
        "resourceType": resource_type,
        "eventType": event_type,
        "status": status,
    }
    if failure_code:
        payload["failureCode"] = failure_code
    tx.enqueue_callback(project, url, json.dumps(payload, separators=(",", ":")).encode(), now)
