"""Receive Sinch Numbers callbacks in a Starlette app.

Run it::

    SINCH_CALLBACK_SECRET=... uvicorn --factory webhook_starlette:create_app --app-dir examples

Answers 200 for a valid event (and for a duplicate, so Sinch stops sending it),
401 for a bad signature, 400 for a stale or malformed event, and 500 if
``on_event`` fails, so that Sinch delivers the event again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import timedelta

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from sinch_numbers.webhooks import (
    MemorySeenStore,
    NumbersEvent,
    WebhookError,
    WebhookReceiver,
    WebhookSignatureError,
)


def log_event(event: NumbersEvent) -> None:
    print(f"{event.resource_type} {event.resource_id}: {event.raw}")


def create_app(
    secrets: str | Iterable[str] | None = None,
    *,
    max_age: timedelta | None = timedelta(hours=6),
    on_event: Callable[[NumbersEvent], None] = log_event,
) -> Starlette:
    """``secrets`` defaults to ``$SINCH_CALLBACK_SECRET``; ``on_event`` should only enqueue."""
    receiver = WebhookReceiver(
        secrets if secrets is not None else os.environ["SINCH_CALLBACK_SECRET"],
        max_age=max_age,
        seen=MemorySeenStore(),
    )

    async def sinch_events(request: Request) -> Response:
        body = await request.body()  # the raw bytes: the signature covers exactly these
        try:
            event = receiver.verify_and_parse(body, request.headers)
        except WebhookSignatureError as exc:
            return PlainTextResponse(f"bad signature ({exc.reason})", status_code=401)
        except WebhookError as exc:  # stale or malformed
            return PlainTextResponse(str(exc), status_code=400)
        if event is not None:  # None: a duplicate, already handled
            try:
                on_event(event)
            except Exception:
                receiver.forget(event)  # let Sinch's retry through
                raise
        return Response(status_code=200)

    return Starlette(routes=[Route("/sinch/events", sinch_events, methods=["POST"])])


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(create_app(), host="127.0.0.1", port=8000)
