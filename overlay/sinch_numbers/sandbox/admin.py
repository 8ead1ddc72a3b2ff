"""``/_sandbox/...``: control endpoints for tools that are not Python.

Unauthenticated on purpose (the sandbox is a local test double); never part of
the Numbers API and never subject to fault injection.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from .errors import ApiError, invalid_argument, not_found
from .scale import seed_active
from .spec import load_spec

if TYPE_CHECKING:
    from .app import SandboxApp

Endpoint = Callable[[Request], Awaitable[Any]]


class Admin:
    def __init__(self, app: SandboxApp) -> None:
        self._app = app
        self._routes: dict[tuple[str, str], Endpoint] = {
            ("GET", "/_sandbox/health"): self._health,
            ("GET", "/_sandbox/faults"): self._faults,
            ("POST", "/_sandbox/faults"): self._add_fault,
            ("DELETE", "/_sandbox/faults"): self._clear_faults,
            ("POST", "/_sandbox/faults:sequence"): self._sequence,
            ("POST", "/_sandbox/tokens:expire"): self._expire_tokens,
            ("POST", "/_sandbox/clock:advance"): self._advance_clock,
            ("POST", "/_sandbox/reset"): self._reset,
            ("GET", "/_sandbox/callbacks"): self._callbacks,
            ("POST", "/_sandbox/rate-limit"): self._rate_limit,
            ("POST", "/_sandbox/activeNumbers:seed"): self._seed_active,
            ("GET", "/_sandbox/requests"): self._requests,
            ("DELETE", "/_sandbox/requests"): self._clear_requests,
        }

    async def handle(self, request: Request) -> Response:
        endpoint = self._routes.get((request.method, request.url.path))
        try:
            if endpoint is None:
                raise not_found("Route", request.url.path, f"No such path: {request.url.path}")
            result = await endpoint(request)
        except ApiError as exc:
            return exc.response()
        except (ValueError, TypeError) as exc:
            return invalid_argument(str(exc), [("body", str(exc))]).response()
        return Response(
            json.dumps(result, separators=(",", ":")).encode(),
            media_type="application/json",
        )

    async def _health(self, request: Request) -> Any:
        config = self._app.config
        return {
            "status": "ok",
            "projectId": config.project_id,
            "seed": self._app.backend.inventory.seed,
            "specVersion": load_spec().get("info", {}).get("version"),
            "unhandledOperations": list(self._app.unhandled),
        }

    async def _faults(self, request: Request) -> Any:
        return self._app.faults.snapshot()

    async def _add_fault(self, request: Request) -> Any:
        data = await _json(request)
        return self._app.faults.add(data).to_dict()

    async def _clear_faults(self, request: Request) -> Any:
        self._app.faults.clear()
        return self._app.faults.snapshot()

    async def _sequence(self, request: Request) -> Any:
        data = await _json(request)
        outcomes = data.get("outcomes")
        if not isinstance(outcomes, list):
            raise ValueError(
                "outcomes must be a list of status codes, 'drop', 'token_expired' or null"
            )
        self._app.faults.sequence(outcomes, route=data.get("route"))
        return self._app.faults.snapshot()

    async def _expire_tokens(self, request: Request) -> Any:
        self._app.faults.expire_tokens()
        return {}

    async def _advance_clock(self, request: Request) -> Any:
        data = await _json(request)
        seconds = data.get("seconds")
        if not isinstance(seconds, int | float) or isinstance(seconds, bool):
            raise ValueError("seconds must be a number")
        self._app.advance_time(float(seconds))
        return {}

    async def _reset(self, request: Request) -> Any:
        self._app.reset()
        return {}

    async def _callbacks(self, request: Request) -> Any:
        with self._app.store.transaction() as tx:
            items = tx.callbacks()
        return {
            "callbacks": [
                {
                    "url": item.url,
                    "state": item.state,
                    "attempts": item.attempts,
                    "lastError": item.last_error,
                    "payload": json.loads(item.body),
                }
                for item in items
            ]
        }

    async def _rate_limit(self, request: Request) -> Any:
        data = await _json(request)
        per_second = data.get("perSecond")
        burst = data.get("burst")
        if per_second is not None and (
            isinstance(per_second, bool) or not isinstance(per_second, int | float)
        ):
            raise ValueError("perSecond must be a number, or null to lift the limit")
        if burst is not None and (isinstance(burst, bool) or not isinstance(burst, int)):
            raise ValueError("burst must be an integer")
        limit = self._app.faults.rate_limit(per_second, burst=burst)
        return {"rateLimit": None if limit is None else limit.to_dict()}

    async def _seed_active(self, request: Request) -> Any:
        data = await _json(request)
        options = {
            key: data.get(name)
            for key, name in (
                ("service_plan_id", "servicePlanId"),
                ("campaign_id", "campaignId"),
                ("app_id", "appId"),
                ("display_name", "displayName"),
            )
        }
        for name, value in options.items():
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{name} must be a string")
        project = data.get("projectId", self._app.config.project_id)
        if not isinstance(project, str) or not project:
            raise ValueError("projectId must be a non-empty string")
        seeded = seed_active(self._app.backend, project, data.get("count"), **options)  # type: ignore[arg-type]
        return {"count": len(seeded), "first": seeded[:1], "last": seeded[-1:]}

    async def _requests(self, request: Request) -> Any:
        return self._app.requests.to_dict()

    async def _clear_requests(self, request: Request) -> Any:
        self._app.requests.clear()
        return {}


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        data = json.loads(raw or b"{}")
    except ValueError:
        raise ValueError("the body must be JSON") from None
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    return data
