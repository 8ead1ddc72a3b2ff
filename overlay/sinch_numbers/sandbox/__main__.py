"""``python -m sinch_numbers.sandbox``: serve the sandbox until interrupted.

Prints exactly one line, ``sandbox listening on http://HOST:PORT``, once the
socket accepts connections (``--port 0`` picks a free port).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from sinch_numbers._project import DOCS_URL

from .app import SandboxApp
from .config import DEFAULT_KEY_ID, DEFAULT_PROJECT_ID, SandboxConfig
from .faults import FaultRule
from .server import base_url, bind_socket, uvicorn_server

SECRET_ENV = "SINCH_SANDBOX_KEY_SECRET"


PROG = "python -m sinch_numbers.sandbox"


def _parser(prog: str = PROG) -> argparse.ArgumentParser:
    defaults = SandboxConfig()
    p = argparse.ArgumentParser(
        prog=prog,
        description="A stateful local Sinch Numbers API for tests and offline development.",
        epilog=f"Documentation: {DOCS_URL}sandbox/",
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8089, help="port; 0 picks a free one (default 8089)")
    p.add_argument("--project-id", default=DEFAULT_PROJECT_ID)
    p.add_argument("--key-id", default=DEFAULT_KEY_ID)
    p.add_argument(
        "--key-secret",
        default=None,
        help=f"key secret (default: ${SECRET_ENV}, else the documented default)",
    )
    p.add_argument("--seed", type=int, default=defaults.seed, help="inventory seed")
    p.add_argument("--db", default=None, metavar="PATH", help="SQLite file to keep state in")
    p.add_argument("--token-lifetime", type=float, default=defaults.token_lifetime, metavar="S")
    p.add_argument("--review-delay", type=float, default=defaults.review_delay, metavar="S")
    p.add_argument(
        "--provisioning-delay", type=float, default=defaults.provisioning_delay, metavar="S"
    )
    p.add_argument(
        "--reservation-seconds", type=float, default=defaults.reservation_seconds, metavar="S"
    )
    p.add_argument(
        "--max-attachment-bytes", type=int, default=defaults.max_attachment_bytes, metavar="N"
    )
    p.add_argument("--callback-retries", type=int, default=defaults.callback_retries)
    p.add_argument("--callback-backoff", type=float, default=defaults.callback_backoff, metavar="S")
    p.add_argument(
        "--allow-external-callbacks",
        action="store_true",
        help="also deliver callbacks to non-loopback URLs (default: only localhost, "
        "127.0.0.0/8 and ::1; others are recorded as blocked)",
    )
    p.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="fault rule, repeatable: e.g. status=503,rate=0.1 or drop,count=1,"
        "route=NumberService_ListActiveNumbers or latency=0.2",
    )
    p.add_argument(
        "--rate-limit",
        type=float,
        default=None,
        metavar="PER_SECOND",
        help="API requests per second; the surplus gets 429 with Retry-After",
    )
    p.add_argument("--rate-limit-burst", type=int, default=None, metavar="N")
    p.add_argument(
        "--seed-active",
        type=int,
        default=0,
        metavar="N",
        help="start with N active numbers (synthetic US numbers, the same every time)",
    )
    p.add_argument(
        "--shapes",
        default=defaults.shapes,
        choices=["server", "spec"],
        help="answer like Sinch's servers (explicit nulls, voice configurations without type; "
        "the default) or exactly as the spec describes",
    )
    p.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    return p


def main(argv: Sequence[str] | None = None, *, prog: str = PROG) -> int:
    """Serve until interrupted; ``prog`` names the command in ``--help`` and errors."""
    args = _parser(prog).parse_args(argv)
    try:
        faults = tuple(FaultRule.parse(spec) for spec in args.fault)
        config = SandboxConfig(
            project_id=args.project_id,
            key_id=args.key_id,
            key_secret=args.key_secret or os.environ.get(SECRET_ENV) or SandboxConfig().key_secret,
            seed=args.seed,
            db=args.db,
            token_lifetime=args.token_lifetime,
            review_delay=args.review_delay,
            provisioning_delay=args.provisioning_delay,
            reservation_seconds=args.reservation_seconds,
            max_attachment_bytes=args.max_attachment_bytes,
            callback_retries=args.callback_retries,
            callback_backoff=args.callback_backoff,
            allow_external_callbacks=args.allow_external_callbacks,
            faults=faults,
            shapes=args.shapes,
            rate_limit=args.rate_limit,
            rate_limit_burst=args.rate_limit_burst,
            seed_active=args.seed_active,
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    app = SandboxApp(config)
    print(f"sandbox listening on {base_url(sock)}", flush=True)
    server = uvicorn_server(app, log_level=args.log_level, own_logging=True)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        app.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
