"""Credentials: the OAuth2 client-credentials token endpoint and request checks.

Tokens are opaque random strings stored with their expiry (so they survive a
restart with ``--db``). API routes accept ``Bearer`` tokens and HTTP Basic.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Mapping

from .clock import Clock
from .config import SandboxConfig
from .errors import ApiError, invalid_field, permission_denied, unauthenticated
from .ids import new_token
from .store import Store

CHALLENGE = 'Basic realm="sinch-numbers-sandbox", Bearer realm="sinch-numbers-sandbox"'
INVALID_TOKEN = 'Bearer error="invalid_token"'
EXPIRED_TOKEN = 'Bearer error="invalid_token", error_description="expired"'


def expired_token_error() -> ApiError:
    return unauthenticated("The access token expired.", EXPIRED_TOKEN)


class Authenticator:
    """Issues tokens and decides whether a request may act on a project."""

    def __init__(self, config: SandboxConfig, store: Store, clock: Clock) -> None:
        self._project = config.project_id
        self._key_id = config.key_id.encode()
        self._key_secret = config.key_secret.encode()
        self._lifetime = config.token_lifetime
        self._store = store
        self._clock = clock

    def __repr__(self) -> str:
        return f"Authenticator(project_id={self._project!r})"

    def _valid_key(self, key_id: str, key_secret: str) -> bool:
        same_id = hmac.compare_digest(key_id.encode(), self._key_id)
        same_secret = hmac.compare_digest(key_secret.encode(), self._key_secret)
        return same_id and same_secret

    # -- token endpoint ----------------------------------------------------
    def issue_token(self, authorization: str | None, form: Mapping[str, str]) -> dict[str, object]:
        """Handle ``POST /oauth2/token``; raises 400/401 ``ApiError``s."""
        grant_type = form.get("grant_type")
        if grant_type != "client_credentials":
            raise invalid_field("grant_type", "must be client_credentials")
        basic = _basic_credentials(authorization)
        if basic is not None:
            key_id, key_secret = basic
        else:
            key_id, key_secret = form.get("client_id", ""), form.get("client_secret", "")
        if not key_id:
            raise unauthenticated("Client authentication is required.", CHALLENGE)
        if not self._valid_key(key_id, key_secret):
            raise unauthenticated("Invalid client credentials.", CHALLENGE)
        now = self._clock.now()
        token = new_token()
        with self._store.transaction() as tx:
            tx.prune_tokens(before=now - 86400)
            tx.add_token(token, self._project, now + self._lifetime)
        return {
            "access_token": token,
            "token_type": "bearer",
            "expires_in": int(self._lifetime),
            "scope": "",
        }

    # -- API requests ------------------------------------------------------
    def authenticate(self, authorization: str | None, project_id: str) -> str | None:
        """Check the credentials for ``project_id``; returns the bearer token used
        (``None`` for Basic). Raises 401 for bad credentials, 403 for a project
        these credentials do not own."""
        scheme, _, value = (authorization or "").partition(" ")
        scheme = scheme.lower()
        if scheme == "bearer" and value.strip():
            token = value.strip()
            with self._store.transaction() as tx:
                found = tx.token(token)
            if found is None:
                raise unauthenticated("The access token is not valid.", INVALID_TOKEN)
            owner, expires_at = found
            if expires_at <= self._clock.now():
                raise expired_token_error()
            if owner != project_id:
                raise permission_denied(f"The token has no access to project {project_id}.")
            return token
        basic = _basic_credentials(authorization)
        if basic is None:
            raise unauthenticated("Authentication is required (Basic or Bearer).", CHALLENGE)
        if not self._valid_key(*basic):
            raise unauthenticated("Invalid key ID or key secret.", CHALLENGE)
        if project_id != self._project:
            raise permission_denied(f"The key has no access to project {project_id}.")
        return None

    def expire(self, token: str | None = None) -> None:
        """Expire one token, or every token when ``token`` is ``None``."""
        with self._store.transaction() as tx:
            tx.expire_tokens(self._clock.now(), token)


def _basic_credentials(authorization: str | None) -> tuple[str, str] | None:
    scheme, _, value = (authorization or "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    key_id, sep, key_secret = decoded.partition(":")
    return (key_id, key_secret) if sep else None
