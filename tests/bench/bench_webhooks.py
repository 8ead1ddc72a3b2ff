"""How much does verify_signature cost over bare hmac? Run: python tests/bench/bench_webhooks.py

Verifications per second of a 1 KiB body, measured in the same run, for:

* baseline: ``hmac.new(key, body, sha1).hexdigest()`` + ``hmac.compare_digest``,
* ``verify_signature`` given the bare header value,
* ``verify_signature`` given a realistic dict of request headers,
* ``WebhookReceiver.verify`` (secret encoded once) given the same headers.

Not a test: numbers depend on the machine. Each figure is the best of several
repeats, which is the least noisy estimate of the achievable rate.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sys
import timeit
from collections.abc import Callable

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


def rate(func: Callable[[], None], number: int = 20_000, repeat: int = 7) -> float:
    """Calls per second, best of ``repeat`` runs of ``number`` calls."""
    func()  # warm up, and fail loudly if the signature does not verify
    best = min(timeit.repeat(func, number=number, repeat=repeat))
    return number / best


def main() -> None:
    base = rate(baseline)
    print(f"Python {sys.version.split()[0]}, body {len(BODY)} bytes, HMAC-SHA1")
    print(f"{'hmac.new().hexdigest() + compare_digest':44} {base:>12,.0f} /s   1.00x")
    for label, func in [
        ("verify_signature(body, signature, secret)", ours_bare),
        ("verify_signature(body, headers, secret)", ours_headers),
        ("WebhookReceiver.verify(body, headers)", receiver_headers),
    ]:
        ours = rate(func)
        print(f"{label:44} {ours:>12,.0f} /s   {ours / base:.2f}x")


if __name__ == "__main__":
    main()
