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


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        data = json.loads(raw or b"{}")
    except ValueError:
        raise ValueError("the body must be JSON") from None
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    return data
