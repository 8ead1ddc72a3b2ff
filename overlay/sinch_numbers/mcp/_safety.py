"""Confirmation tokens of the billable tools, and redaction of what the write log shows.

A token is ``<nonce>.<expiry>.<mac>``: the MAC is HMAC-SHA256, under a secret made for this
process, of the nonce, the expiry, the tool and the canonical JSON of its arguments. So it is
valid only for exactly those arguments of that tool, only until it expires (a few minutes),
and only once (its nonce is spent on first use). Nothing about a token is ever logged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

__all__ = [
    "DEFAULT_TTL",
    "ConfirmationTokens",
    "TokenRefusedError",
    "canonical_json",
    "redact",
]

#: Seconds a confirmation token stays valid.
DEFAULT_TTL = 300

_SECRET_WORDS = ("secret", "password", "token", "apikey", "authorization")


class TokenRefusedError(Exception):
    """The confirmation token is missing, expired, spent, or for other arguments."""


def canonical_json(arguments: Mapping[str, Any]) -> str:
    """The arguments as one canonical JSON text (sorted keys, no spaces)."""
    return json.dumps(arguments, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class ConfirmationTokens:
    """Issues and redeems the tokens of one server process (thread-safe)."""

    def __init__(
        self,
        ttl: int = DEFAULT_TTL,
        *,
        clock: Callable[[], float] = time.monotonic,
        secret: bytes | None = None,
    ) -> None:
        self.ttl = ttl
        self._clock = clock
        self._secret = secret or secrets.token_bytes(32)
        self._spent: dict[str, float] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ConfirmationTokens(ttl={self.ttl}, spent={len(self._spent)})"

    def _mac(self, nonce: str, expiry: str, tool: str, arguments: Mapping[str, Any]) -> str:
        message = "\n".join([nonce, expiry, tool, canonical_json(arguments)]).encode()
        digest = hmac.new(self._secret, message, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")

    def issue(self, tool: str, arguments: Mapping[str, Any]) -> str:
        """A token for ``tool`` with exactly ``arguments``."""
        nonce = secrets.token_urlsafe(12)
        expiry = f"{self._clock() + self.ttl:.3f}"
        return f"{nonce}.{expiry}.{self._mac(nonce, expiry, tool, arguments)}"

    @staticmethod
    def missing(tool: str) -> str:
        """Why a call without a token is refused."""
        return (
            f"{tool} is billable: call preview_{tool} with the same arguments first and pass "
            "its confirmationToken"
        )

    def redeem(self, token: object, tool: str, arguments: Mapping[str, Any]) -> None:
        """Spend ``token`` for this call, or raise :class:`TokenRefusedError` saying why."""
        preview = f"preview_{tool}"
        if not isinstance(token, str) or not token:
            raise TokenRefusedError(self.missing(tool))
        parts = token.split(".")
        if len(parts) != 4:  # nonce, expiry (with its decimal point), mac
            raise TokenRefusedError(f"not a confirmation token of this server: call {preview}")
        nonce, expiry = parts[0], f"{parts[1]}.{parts[2]}"
        expected = self._mac(nonce, expiry, tool, arguments)
        if not hmac.compare_digest(expected, parts[3]):
            raise TokenRefusedError(
                f"the confirmationToken is not for {tool} with these arguments (a token is "
                f"bound to exactly the arguments {preview} was called with): call {preview} "
                "again with these arguments"
            )
        now = self._clock()
        with self._lock:
            for spent, until in list(self._spent.items()):  # forget what expired anyway
                if until < now:
                    del self._spent[spent]
            if nonce in self._spent:
                raise TokenRefusedError(
                    f"the confirmationToken was already used; call {preview} again"
                )
            if float(expiry) < now:
                raise TokenRefusedError(f"the confirmationToken expired; call {preview} again")
            self._spent[nonce] = float(expiry)


def redact(value: Any) -> Any:
    """``value`` with every secret-looking member replaced by ``'***'`` (for the write log)."""
    if isinstance(value, Mapping):
        return {
            k: "***" if any(w in str(k).lower() for w in _SECRET_WORDS) else redact(v)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [redact(v) for v in value]
    if isinstance(value, str) and len(value) > 200:
        return value[:200] + "…"
    return value
