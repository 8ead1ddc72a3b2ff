"""``sinch-numbers webhooks``: check ``X-Sinch-Signature`` and watch callbacks arrive, with
``sinch_numbers.webhooks`` (the verifier your own endpoint uses)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._errors import EXIT_NO, CLIError
from ._options import JsonFlag
from ._state import state

if TYPE_CHECKING:
    from sinch_numbers.webhooks import WebhookReceiver

    from ._output import Output

app = typer.Typer(
    name="webhooks",
    help="Verify callback signatures; receive and print callbacks.",
    no_args_is_help=True,
)

SECRET_ENV = "SINCH_NUMBERS_HMAC_SECRET"
Secrets = Annotated[
    list[str],
    typer.Option(
        "--secret",
        envvar=SECRET_ENV,
        help="the callback HMAC secret; repeat while rotating (any may match)",
    ),
]


def read_headers(path: Path) -> Mapping[str, Any] | list[tuple[str, str]]:
    """Request headers from a file: a JSON object, or ``Name: value`` lines (``curl -D``)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        found = json.loads(text)
    except ValueError:
        found = None
    if isinstance(found, Mapping):
        return found
    pairs = []
    for line in text.splitlines():
        name, colon, value = line.partition(":")
        if colon and name.strip() and " " not in name.strip():
            pairs.append((name.strip(), value.strip()))
    return pairs


def _summary(raw: Mapping[str, Any]) -> str:
    parts = (raw.get(k) for k in ("resourceType", "eventType", "status", "failureCode"))
    head = " ".join(str(p) for p in parts if p)
    return f"{head} {raw.get('resourceId') or ''} (event {raw.get('eventId') or '?'})".strip()


@app.command()
def verify(
    ctx: typer.Context,
    secret: Secrets,
    signature: Annotated[str | None, typer.Option(help="the X-Sinch-Signature value")] = None,
    headers: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            help="a file with the request headers (JSON object, or 'Name: value' lines)",
        ),
    ] = None,
    json_: JsonFlag = False,
) -> None:
    """Check that the body on stdin was signed with the secret (exit 0 valid, 1 invalid)."""
    from sinch_numbers.webhooks import WebhookError, parse_event, verify_signature

    if (signature is None) == (headers is None):
        raise CLIError("pass exactly one of --signature SIG and --headers FILE")
    body = typer.get_binary_stream("stdin").read()
    source = signature if signature is not None else read_headers(headers)  # type: ignore[arg-type]
    out = state(ctx).output(json=json_)
    try:
        verify_signature(body, source, secret)
    except WebhookError as exc:
        reason = getattr(exc, "reason", "invalid")
        if out.mode == "table":
            typer.echo(f"invalid: {exc}", err=True)
        else:
            out.json({"valid": False, "reason": reason, "error": str(exc)})
        raise typer.Exit(EXIT_NO) from None
    try:
        raw: Mapping[str, Any] | None = parse_event(body).raw
    except WebhookError:
        raw = None  # signed, but not an event: still valid
    if out.mode != "table":
        out.json({"valid": True, "event": None if raw is None else dict(raw)})
    else:
        out.lines("valid" + (f": {_summary(raw)}" if raw is not None else ""))


@app.command()
def listen(
    ctx: typer.Context,
    secret: Secrets,
    port: Annotated[int, typer.Option(min=0, max=65535, help="port; 0 picks a free one")] = 8000,
    host: Annotated[str, typer.Option(help="interface to bind")] = "127.0.0.1",
    max_age: Annotated[
        float | None,
        typer.Option(help="refuse events whose timestamp is older than this (seconds)"),
    ] = None,
    count: Annotated[
        int | None, typer.Option(min=1, help="stop after this many requests \\[default: never]")
    ] = None,
    json_: JsonFlag = False,
) -> None:
    """Receive callbacks on a local port: verify each one, answer like a real endpoint (200,
    401 bad signature, 400 bad event; duplicates are acknowledged), and print it."""
    from http.server import HTTPServer

    from sinch_numbers.webhooks import MemorySeenStore, WebhookReceiver

    receiver = WebhookReceiver(secret, max_age=max_age, seen=MemorySeenStore())
    out = state(ctx).output(json=json_)
    server = HTTPServer((host, port), _handler(receiver, out))
    server.request_queue_size = 64
    bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
    typer.echo(
        f"listening on http://{bound_host}:{bound_port} (verifying X-Sinch-Signature with "
        f"{len(secret)} secret(s); Ctrl-C to stop)",
        err=True,
    )
    handled = 0
    try:
        with server:
            while count is None or handled < count:
                server.handle_request()
                handled += 1
    except KeyboardInterrupt:
        typer.echo("stopped", err=True)


def _handler(receiver: WebhookReceiver, out: Output) -> Any:
    from http.server import BaseHTTPRequestHandler

    from sinch_numbers.webhooks import WebhookError, WebhookSignatureError

    class Handler(BaseHTTPRequestHandler):
        server_version = "sinch-numbers-webhooks-listen"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen: dict[str, Any] = {"path": self.path, "received": datetime.now().isoformat()}
            try:
                event = receiver.verify_and_parse(body, self.headers.items())
            except WebhookError as exc:
                status = 401 if isinstance(exc, WebhookSignatureError) else 400
                seen.update(valid=False, status=status, error=f"{type(exc).__name__}: {exc}")
            else:
                status = 200
                seen.update(valid=True, status=status, duplicate=event is None)
                if event is not None:
                    seen["event"] = dict(event.raw)
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()
            _print(out, seen, body)

        def do_GET(self) -> None:
            text = b"sinch-numbers webhooks listen: POST signed Sinch Numbers callbacks here\n"
            self.send_response(405)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # each request is printed by _print

    return Handler


def _print(out: Output, seen: Mapping[str, Any], body: bytes) -> None:
    if out.mode != "table":
        out.json_line(seen)  # a stream: one object per line, also for --json
        return
    from ._output import stdout_console

    console = stdout_console()
    when = str(seen["received"])[11:19]
    if not seen["valid"]:
        console.print(
            f"✗ {when} {seen['path']}: {seen['error']} -> {seen['status']}",
            style="red",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        return
    if seen["duplicate"]:
        console.print(
            f"= {when} {seen['path']}: duplicate eventId, acknowledged",
            style="yellow",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        return
    raw = seen["event"]
    console.print(
        f"✓ {when} {seen['path']}: {_summary(raw)}",
        style="green",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    console.print_json(body.decode("utf-8", "replace"))
