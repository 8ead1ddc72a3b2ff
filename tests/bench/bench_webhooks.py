"""How much does verify_signature cost over bare hmac? Run: python tests/bench/bench_webhooks.py

Verifications per second of a 1 KiB body, measured in the same run, for:

* baseline: ``hmac.new(key, body, sha1).hexdigest()`` + ``hmac.compare_digest``,
* ``verify_signature`` given the bare header value,
* ``verify_signature`` given a realistic dict of request headers,
* ``WebhookReceiver.verify`` (secret encoded once) given the same headers.

Not a test: numbers depend on the machine; the ratios much less.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import statistics
import sys
import timeit
from collections.abc import Callable

from _goals import goal

from sinch_numbers.webhooks import WebhookReceiver, sign, verify_signature

SECRET = "bench-secret-0123456789"
BODY = os.urandom(1024)
SIGNATURE = sign(BODY, SECRET)
HEADERS = {
    "Host": "hooks.example.com",
    "User-Agent": "Sinch-Callbacks/1.0",
    "Content-Type": "application/json",
    "Content-Length": "1024",
    "Accept-Encoding": "gzip",
    "X-Forwarded-For": "54.76.19.159",
    "X-Forwarded-Proto": "https",
    "X-Sinch-Signature": SIGNATURE,
}
RECEIVER = WebhookReceiver(SECRET)


def baseline() -> None:
    expected = hmac.new(SECRET.encode(), BODY, hashlib.sha1).hexdigest()
    if not hmac.compare_digest(expected, SIGNATURE):
        raise AssertionError


def ours_bare() -> None:
    verify_signature(BODY, SIGNATURE, SECRET)


def ours_headers() -> None:
    verify_signature(BODY, HEADERS, SECRET)


def receiver_headers() -> None:
    RECEIVER.verify(BODY, HEADERS)


CASES: dict[str, Callable[[], None]] = {
    "hmac.new().hexdigest() + compare_digest": baseline,
    "verify_signature(body, signature, secret)": ours_bare,
    "verify_signature(body, headers, secret)": ours_headers,
    "WebhookReceiver.verify(body, headers)": receiver_headers,
}


def main() -> None:
    """Rounds of ``NUMBER`` calls per case, interleaved (the order rotates each round) so that
    machine drift hits every case alike; each ratio is the median of its per-round ratios."""
    number, rounds = 5_000, 21
    names = list(CASES)
    for func in CASES.values():
        func()  # warm up, and fail loudly if the signature does not verify
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(rounds):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            seconds[name].append(timeit.timeit(CASES[name], number=number))
    base = names[0]
    print(f"Python {sys.version.split()[0]}, body {len(BODY)} bytes, HMAC-SHA1, {rounds} rounds")
    for name in names:
        rate = number / statistics.median(seconds[name])
        ratio = statistics.median(b / s for b, s in zip(seconds[base], seconds[name], strict=True))
        print(f"{name:44} {rate:>12,.0f} /s   {ratio:.2f}x")
        if name == "verify_signature(body, signature, secret)":
            figure = "verify_signature (bytes + signature) vs raw hmac, 1 KiB"
            goal(figure, ratio, 0.90, higher=True)


if __name__ == "__main__":
    main()
