# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""Errors the generated API functions raise."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnexpectedBody(Exception):
    """A success status whose body is not the JSON object the spec promises.

    The server answered 2xx, so the operation took effect; only its result could not be read.
    ``content`` and ``headers`` are the raw response.
    """

    def __init__(
        self, operation_id: str, status_code: int, content: bytes, headers: Any, reason: str
    ):
        self.operation_id = operation_id
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.reason = reason
        super().__init__(f"{operation_id}: {status_code} response body {reason}")


def json_object(response: httpx.Response, operation_id: str) -> dict[str, Any]:
    """The decoded body of a 2xx response, which must be a JSON object."""
    try:
        data = json.loads(response.content)
    except ValueError:  # also UnicodeDecodeError
        reason = "is empty" if not response.content.strip() else "is not JSON"
        raise UnexpectedBody(
            operation_id, response.status_code, response.content, response.headers, reason
        ) from None
    if not isinstance(data, dict):
        kind = "an array" if isinstance(data, list) else f"a JSON {type(data).__name__}"
        raise UnexpectedBody(
            operation_id,
            response.status_code,
            response.content,
            response.headers,
            f"is {kind}, not an object",
        )
    return data


__all__ = ["UnexpectedBody", "UnexpectedStatus", "json_object"]
