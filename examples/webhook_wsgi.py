"""Receive Sinch Numbers callbacks in plain WSGI, or in Flask.

Run the plain WSGI app with the standard library only::

    SINCH_CALLBACK_SECRET=... python examples/webhook_wsgi.py

Or serve the Flask one: ``flask --app 'webhook_wsgi:create_flask_app()' run``
from ``examples/``. Both answer 200 for a valid event (and for a duplicate),
401 for a bad signature, 400 for a stale or malformed event, 413 for a body
too large to be an event.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

from sinch_numbers.webhooks import (
    MemorySeenStore,
    NumbersEvent,
    WebhookError,
    WebhookReceiver,
    WebhookSignatureError,
)

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

    from flask import Flask

MAX_BODY = 64 * 1024  # events are a few hundred bytes; don't buffer arbitrary uploads


def log_event(event: NumbersEvent) -> None:
    print(f"{event.resource_type} {event.resource_id}: {event.raw}")


def _receiver(secrets: str | Iterable[str] | None, max_age: timedelta | None) -> WebhookReceiver:
    return WebhookReceiver(
        secrets if secrets is not None else os.environ["SINCH_CALLBACK_SECRET"],
        max_age=max_age,
        seen=MemorySeenStore(),
    )


def create_app(
    secrets: str | Iterable[str] | None = None,
    *,
    max_age: timedelta | None = timedelta(hours=6),
    on_event: Callable[[NumbersEvent], None] = log_event,
) -> WSGIApplication:
    """A bare WSGI app; ``secrets`` defaults to ``$SINCH_CALLBACK_SECRET``."""
    receiver = _receiver(secrets, max_age)

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        def reply(status: str, text: str = "") -> list[bytes]:
            start_response(status, [("Content-Type", "text/plain; charset=utf-8")])
            return [text.encode()]

        if environ["REQUEST_METHOD"] != "POST":
            return reply("405 Method Not Allowed")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return reply("400 Bad Request", "bad Content-Length")
        if length > MAX_BODY:
            return reply("413 Content Too Large")
        body = environ["wsgi.input"].read(length)
        try:
            # The environ works as headers: HTTP_X_SINCH_SIGNATURE is found.
            event = receiver.verify_and_parse(body, environ)
        except WebhookSignatureError as exc:
            return reply("401 Unauthorized", f"bad signature ({exc.reason})")
        except WebhookError as exc:
            return reply("400 Bad Request", str(exc))
        if event is not None:
            try:
                on_event(event)
            except Exception:
                receiver.forget(event)  # answer 500 below; Sinch retries
                raise
        return reply("200 OK")

    return app


def create_flask_app(
    secrets: str | Iterable[str] | None = None,
    *,
    max_age: timedelta | None = timedelta(hours=6),
    on_event: Callable[[NumbersEvent], None] = log_event,
) -> Flask:
    """The same endpoint in Flask."""
    from flask import Flask, request

    receiver = _receiver(secrets, max_age)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY

    @app.post("/sinch/events")
    def sinch_events() -> tuple[str, int]:
        body = request.get_data()  # the raw bytes the signature covers, not request.json
        try:
            event = receiver.verify_and_parse(body, request.headers)
        except WebhookSignatureError as exc:
            return f"bad signature ({exc.reason})", 401
        except WebhookError as exc:
            return str(exc), 400
        if event is not None:
            try:
                on_event(event)
            except Exception:
                receiver.forget(event)
                raise
        return "", 200

    return app


if __name__ == "__main__":
    from wsgiref.simple_server import make_server

    with make_server("127.0.0.1", 8000, create_app()) as server:
        print("listening on http://127.0.0.1:8000/")
        server.serve_forever()
