"""A scripted stand-in for ``client.number_orders`` (sync and async), for tests without a
server: each method pops its next answer (an exception is raised) and records the call."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from sinch_numbers_api.models.number_order import NumberOrder
from sinch_numbers_api.models.number_requirements import NumberRequirements
from sinch_numbers_api.models.registration import Registration

from sinch_numbers.errors import make_status_error

NOW = datetime(2026, 3, 5, 16, 53, tzinfo=UTC)
METHODS = (
    "lookup_requirements",
    "create",
    "get",
    "get_registration",
    "update_registration",
    "upload_attachment",
    "submit",
)


def order(
    state: str = "CREATED", *, expires_in: timedelta = timedelta(hours=2), **extra: Any
) -> NumberOrder:
    return NumberOrder.from_dict(
        {
            "projectId": "p1",
            "idNumberOrder": "order-1",
            "regionCode": "AU",
            "numberType": "MOBILE",
            "state": state,
            "orderNumbers": [{"phoneNumber": "+61411111112", "capabilities": ["SMS"]}],
            "expireTime": (NOW + expires_in).isoformat(),
            "createTime": NOW.isoformat(),
            "updateTime": NOW.isoformat(),
            **extra,
        }
    )


def requirements(raw: dict[str, Any]) -> NumberRequirements:
    return NumberRequirements.from_dict(raw)


def registration(raw: dict[str, Any]) -> Registration:
    return Registration.from_dict(raw)


def api_error(status: int, message: str, violations: Iterable[tuple[str, str]] = ()) -> Exception:
    found = [{"field": f, "description": d} for f, d in violations]
    details = [{"type": "BadRequest", "fieldViolations": found}] if found else []
    body = {"error": {"code": status, "message": message, "status": "X", "details": details}}
    import json

    return make_status_error(status, {}, json.dumps(body).encode())


class FakeNumberOrders:
    def __init__(self) -> None:
        self.answers: dict[str, list[Any]] = {name: [] for name in METHODS}
        self.calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def script(self, method: str, *answers: Any) -> None:
        self.answers[method].extend(answers)

    @property
    def names(self) -> list[str]:
        return [name for name, _, _ in self.calls]

    def answer(self, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        self.calls.append((method, args, kwargs))
        if not self.answers[method]:
            raise AssertionError(f"unexpected call: {method}{args} {kwargs}")
        value = self.answers[method].pop(0)
        if isinstance(value, BaseException):
            raise value
        return value

    def __getattr__(self, method: str) -> Any:
        if method not in METHODS:
            raise AttributeError(method)
        return lambda *args, **kwargs: self.answer(method, args, kwargs)


class AsyncFakeNumberOrders(FakeNumberOrders):
    def __getattr__(self, method: str) -> Any:
        if method not in METHODS:
            raise AttributeError(method)

        async def call(*args: Any, **kwargs: Any) -> Any:
            return self.answer(method, args, kwargs)

        return call


class FakeClient:
    def __init__(self, number_orders: FakeNumberOrders) -> None:
        self.number_orders = number_orders
