"""What the sandbox needs at fleet scale: a request log and bulk seeding.

- ``RequestLog``: every API request the sandbox answered (method, operationId, phone number
  in the path, status), so tests can count what a client really sent: exactly one release
  per number, no write during a dry run.
- ``seed_active``: ``count`` active numbers in one transaction, without orders: synthetic,
  deterministic US ``LOCAL`` numbers with SMS and voice, optionally already linked to a
  service plan / campaign / voice app.
"""

from __future__ import annotations

import re
import threading
import urllib.parse
from collections import Counter, deque
from dataclasses import dataclass
from typing import Any

from . import numbers
from .backend import Backend
from .clock import rfc3339
from .inventory import CatalogNumber

#: Area codes of the seeded numbers (real US area codes, so the numbers look like US numbers).
_AREAS = ("206", "212", "303", "312", "415", "512", "617", "702", "808", "917")
#: The exchange of the first 10,000 numbers of each area; then the next one, and so on.
_FIRST_EXCHANGE = 730
MAX_SEED = 1_000_000
_PHONE_IN_PATH = re.compile(r"/activeNumbers/([^/:]+)")


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    method: str
    route: str  # operationId, "OAuth2Token", or "" for an unknown path
    phone_number: str | None  # of an /activeNumbers/{phoneNumber} path
    status: int  # 0: the connection was dropped without an answer


class RequestLog:
    """Thread-safe, bounded log of answered requests (the newest ``capacity`` are kept)."""

    def __init__(self, capacity: int = 2_000_000) -> None:
        self._lock = threading.Lock()
        self._entries: deque[LoggedRequest] = deque(maxlen=capacity)

    def record(self, method: str, route: str, path: str, status: int) -> None:
        match = _PHONE_IN_PATH.search(path)
        phone = urllib.parse.unquote(match.group(1)) if match else None
        entry = LoggedRequest(method, route, phone, status)
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._entries)

    def count(
        self,
        *,
        route: str | None = None,
        method: str | None = None,
        phone_number: str | None = None,
        status: int | None = None,
    ) -> int:
        return sum(1 for e in self.entries() if _selected(e, route, method, phone_number, status))

    def per_number(self, route: str, *, status: int | None = None) -> Counter[str]:
        """How many ``route`` requests each phone number got (optionally of one status)."""
        return Counter(
            e.phone_number
            for e in self.entries()
            if e.route == route and e.phone_number and (status is None or e.status == status)
        )

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def to_dict(self) -> dict[str, Any]:
        return {
            "requests": [
                {
                    "method": e.method,
                    "route": e.route,
                    "phoneNumber": e.phone_number,
                    "status": e.status,
                }
                for e in self.entries()
            ]
        }


def _selected(
    e: LoggedRequest, route: str | None, method: str | None, phone: str | None, status: int | None
) -> bool:
    return (
        (route is None or e.route == route)
        and (method is None or e.method == method)
        and (phone is None or e.phone_number == phone)
        and (status is None or e.status == status)
    )


def seeded_number(index: int) -> str:
    """The ``index``-th seeded number: deterministic, distinct for every index < MAX_SEED."""
    area = _AREAS[index % len(_AREAS)]
    rest = index // len(_AREAS)
    exchange = _FIRST_EXCHANGE + rest // 10_000
    return f"+1{area}{exchange}{rest % 10_000:04d}"


def seed_active(
    backend: Backend,
    project: str,
    count: int,
    *,
    service_plan_id: str | None = None,
    campaign_id: str | None = None,
    app_id: str | None = None,
    display_name: str | None = None,
) -> list[str]:
    """Make the first ``count`` seeded numbers active numbers of ``project``; returns them.

    Idempotent: numbers that are already active are left as they are (and returned)."""
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_SEED:
        raise ValueError(f"count must be an integer from 0 to {MAX_SEED}")
    if campaign_id and not service_plan_id:
        raise ValueError("a campaign needs a service plan")
    seeded: list[str] = []
    now = backend.clock.now()
    with backend.store.transaction() as tx:
        for index in range(count):
            phone = seeded_number(index)
            seeded.append(phone)
            if backend.inventory.get(phone) is not None or tx.is_taken(phone):
                continue
            number = CatalogNumber(phone, "US", "LOCAL", ("SMS", "VOICE"), "1.00", "1.00", 1, False)
            doc = numbers.activate(backend, tx, project, number)
            changed = False
            if service_plan_id:
                doc["smsConfiguration"] = {
                    "servicePlanId": service_plan_id,
                    **({"campaignId": campaign_id} if campaign_id else {}),
                }
                changed = True
            if app_id:
                doc["voiceConfiguration"] = {
                    "type": "RTC",
                    "appId": app_id,
                    "lastUpdatedTime": rfc3339(now),
                }
                changed = True
            if display_name:
                doc["displayName"] = display_name
                changed = True
            if changed:
                tx.save_active_number(doc)
    return seeded
