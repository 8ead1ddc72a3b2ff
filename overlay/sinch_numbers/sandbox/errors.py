"""Errors in the exact JSON shape the Numbers API uses (``{"error": {...}}``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from starlette.responses import Response

#: The ``status`` string Sinch sends for each HTTP status code.
STATUS_NAMES: Mapping[int, str] = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    413: "CONTENT_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    503: "UNAVAILABLE",
}

FieldViolation = tuple[str, str]


class ApiError(Exception):
    """An error response; raised anywhere in a handler, rendered by the app."""

    def __init__(
        self,
        code: int,
        message: str,
        details: Sequence[Mapping[str, Any]] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = [dict(d) for d in details]
        self.headers = dict(headers or {})

    @property
    def status(self) -> str:
        return STATUS_NAMES.get(self.code, "UNKNOWN")

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "code": self.code,
                "message": self.message,
                "status": self.status,
                "details": self.details,
            }
        }

    def response(self) -> Response:
        return Response(
            json.dumps(self.body(), separators=(",", ":")).encode(),
            status_code=self.code,
            headers=self.headers,
            media_type="application/json",
        )

    @property
    def violations(self) -> list[FieldViolation]:
        """The (field, description) pairs of a 400, for tests and logs."""
        return [
            (v["field"], v["description"])
            for d in self.details
            for v in d.get("fieldViolations", ())
        ]


def invalid_argument(message: str, violations: Iterable[FieldViolation] = ()) -> ApiError:
    found = [{"field": f, "description": d} for f, d in violations]
    details = [{"type": "BadRequest", "fieldViolations": found}] if found else []
    return ApiError(400, message, details)


def invalid_field(field: str, description: str) -> ApiError:
    return invalid_argument(f"Invalid argument: {field}: {description}", [(field, description)])


def not_found(resource_type: str, resource_name: str, description: str = "") -> ApiError:
    message = description or f"{resource_type} not found: {resource_name}"
    details = [
        {
            "type": "ResourceInfo",
            "resourceType": resource_type,
            "resourceName": resource_name,
            "owner": "",
            "description": description or message,
        }
    ]
    return ApiError(404, message, details)


def too_large(resource_name: str, limit: int) -> ApiError:
    description = f"{resource_name} is larger than the limit of {limit} bytes"
    details = [
        {
            "type": "RequestEntityTooLargeErrorDetails",
            "resourceName": resource_name,
            "description": description,
        }
    ]
    return ApiError(413, description, details)


def unsupported_media_type(content_type: str, expected: str) -> ApiError:
    shown = content_type or "none"
    return ApiError(415, f"Content-Type {shown} is not supported here; send {expected}.")


def permission_denied(message: str = "") -> ApiError:
    return ApiError(403, message)


def unauthenticated(message: str, challenge: str) -> ApiError:
    return ApiError(401, message, headers={"WWW-Authenticate": challenge})


def internal(message: str = "Internal error") -> ApiError:
    return ApiError(500, message)


def not_implemented(operation_id: str) -> ApiError:
    """An operation of the pinned spec the sandbox has no handler for (yet)."""
    return ApiError(
        501,
        f"The sandbox does not implement {operation_id} yet; GET /_sandbox/health lists "
        "the operations it cannot serve.",
    )
