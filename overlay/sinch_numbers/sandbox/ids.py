"""Identifiers shaped like Sinch's: 26 lowercase base32 characters (a ULID)."""

from __future__ import annotations

import secrets
import time

_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"


def new_id() -> str:
    """A time-ordered, unguessable id, e.g. ``01jgkbb8xywmz3hhahd76menqf``."""
    value = (int(time.time() * 1000) << 80) | secrets.randbits(80)
    return "".join(_ALPHABET[(value >> shift) & 31] for shift in range(125, -1, -5))


def new_token() -> str:
    """An opaque bearer token."""
    return "sbx_" + secrets.token_urlsafe(32)
