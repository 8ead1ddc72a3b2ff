"""Signed callback events of the spec's shapes, to drive your webhook handler in tests.

``signed_event(...)`` builds the exact bytes Sinch would POST and the headers it would send
(``X-Sinch-Signature``: lowercase hex HMAC-SHA1 of those bytes with your ``hmacSecret``);
``post_signed_event(url, ...)`` sends them. Needs no sandbox, and so no extra.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import httpx

from sinch_numbers.webhooks import SIGNATURE_HEADER, NumbersEvent, parse_event, sign

__all__ = ["SignedEvent", "post_signed_event", "signed_event"]

ACTIVE_NUMBER = "ACTIVE_NUMBER"
NUMBER_ORDER = "NUMBER_ORDER"
#: ``resourceId`` when none is given: a number the sandbox always has for sale.
DEFAULT_PHONE_NUMBER = "+12025550134"
DEFAULT_PROJECT_ID = "sandbox-project"


@dataclass(frozen=True, slots=True)
class SignedEvent:
    """One callback request: what to POST (``body``) with which ``headers``."""

    payload: dict[str, Any]
    """The event as a JSON object (``eventId``, ``timestamp``, ``resourceType``, ...)."""
    body: bytes = field(repr=False)
    """The exact bytes sent; the signature covers these."""
    headers: dict[str, str]
    """``Content-Type``, and ``X-Sinch-Signature`` when a secret was given."""

    @property
    def signature(self) -> str | None:
        return self.headers.get(SIGNATURE_HEADER)

    @property
    def event_id(self) -> str:
        return str(self.payload["eventId"])

    def parsed(self) -> NumbersEvent:
        """The event as your handler should see it (``sinch_numbers.webhooks.parse_event``)."""
        return parse_event(self.body)


def signed_event(
    event_type: str = "PROVISIONING_TO_SMS_PLATFORM",
    *,
    secret: str | bytes | None,
    status: str | None = None,
    resource_id: str | None = None,
    resource_type: str | None = None,
    failure_code: str | None = None,
    project_id: str = DEFAULT_PROJECT_ID,
    event_id: str | None = None,
    timestamp: datetime | str | None = None,
    extra: Mapping[str, Any] | None = None,
    strict: bool = True,
) -> SignedEvent:
    """Build a callback event as Sinch sends it, signed with ``secret`` (``None``: unsigned).

    ``event_type`` decides the kind: ``NUMBER_ORDER_PROCESSING`` is about a number order
    (``status`` defaults to ``COMPLETED``, ``resource_id`` to a fresh order ID); the
    ``PROVISIONING_*`` / ``DEPROVISIONING_*`` types are about an active number (``status``
    defaults to ``SUCCEEDED``, ``resource_id`` to ``+12025550134``). ``timestamp`` defaults
    to now and is written without a zone, like Sinch's; ``event_id`` defaults to a fresh ID.
    ``extra`` adds fields as they are. With ``strict`` (the default), ``resource_type``,
    ``event_type``, ``status`` and ``failure_code`` must be values the pinned spec lists, so
    a typo fails here instead of in your handler; pass ``strict=False`` to send values a
    newer Sinch might.
    """
    from sinch_numbers_api.models import (
        CallbackPayloadActiveNumberEventType,
        CallbackPayloadActiveNumberFailureCode,
        CallbackPayloadActiveNumberStatus,
        CallbackPayloadNumberOrderEventType,
        CallbackPayloadNumberOrderStatus,
        ResourceType,
    )

    if resource_type is None:
        order_types = _known(CallbackPayloadNumberOrderEventType)
        resource_type = NUMBER_ORDER if event_type in order_types else ACTIVE_NUMBER
    if resource_type == NUMBER_ORDER:
        status = status or CallbackPayloadNumberOrderStatus.COMPLETED.value
        resource_id = resource_id or _new_id()
        checks = [
            ("event_type", event_type, CallbackPayloadNumberOrderEventType),
            ("status", status, CallbackPayloadNumberOrderStatus),
        ]
        if failure_code is not None:
            raise ValueError("failure_code belongs to ACTIVE_NUMBER events, not NUMBER_ORDER")
    else:
        status = status or CallbackPayloadActiveNumberStatus.SUCCEEDED.value
        resource_id = resource_id or DEFAULT_PHONE_NUMBER
        checks = [
            ("event_type", event_type, CallbackPayloadActiveNumberEventType),
            ("status", status, CallbackPayloadActiveNumberStatus),
        ]
        if failure_code is not None:
            checks.append(("failure_code", failure_code, CallbackPayloadActiveNumberFailureCode))
    if strict:
        for name, value, enum in [("resource_type", resource_type, ResourceType), *checks]:
            allowed = _known(enum)
            if value not in allowed:
                raise ValueError(
                    f"{name}={value!r} is not in the spec (one of: {', '.join(sorted(allowed))}); "
                    "pass strict=False to send it anyway"
                )
    payload: dict[str, Any] = {
        "eventId": event_id or _new_id(),
        "timestamp": _timestamp(timestamp),
        "projectId": project_id,
        "resourceId": resource_id,
        "resourceType": resource_type,
        "eventType": event_type,
        "status": status,
    }
    if failure_code is not None:
        payload["failureCode"] = failure_code
    payload.update(extra or {})
    body = json.dumps(payload, separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SIGNATURE_HEADER] = sign(body, secret)
    return SignedEvent(payload=payload, body=body, headers=headers)


def post_signed_event(
    url: str,
    event: SignedEvent | None = None,
    *,
    client: httpx.Client | None = None,
    timeout: float = 5.0,
    **fields: Any,
) -> httpx.Response:
    """POST ``event`` (or ``signed_event(**fields)``) to ``url``, as Sinch would; return the
    response.

    ``client`` is any ``httpx.Client`` (its own timeout applies), for example one with
    ``transport=httpx.WSGITransport(app=your_wsgi_app)`` or Starlette's ``TestClient`` to
    call your app in-process; ``url`` may then be a path such as ``"/sinch/events"``.
    Without one, a short-lived client that ignores proxy settings is used.
    """
    if event is None:
        event = signed_event(**fields)
    elif fields:
        raise TypeError("pass either a SignedEvent or signed_event() arguments, not both")
    if client is not None:
        return client.post(url, content=event.body, headers=event.headers)
    with httpx.Client(trust_env=False, timeout=timeout) as own:
        return own.post(url, content=event.body, headers=event.headers)


def _known(enum: type[StrEnum]) -> set[str]:
    return {member.value for member in enum}


def _new_id() -> str:
    return secrets.token_hex(13)  # 26 characters, like Sinch's IDs


def _timestamp(value: datetime | str | None) -> str:
    if isinstance(value, str):
        return value
    moment = datetime.now(UTC) if value is None else value
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds")
