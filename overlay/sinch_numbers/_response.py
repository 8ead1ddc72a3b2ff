"""``APIResponse``: what the ``with_raw_response`` methods return.

``client.active_numbers.with_raw_response.get(number)`` makes the same call as
``client.active_numbers.get(number)`` (argument checks, retries, typed errors) and returns the
HTTP response with its parsed body, for the headers a plain method does not show: the request
id of a success, rate-limit headers, ``Retry-After``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from sinch_numbers.errors import request_id_from

if TYPE_CHECKING:
    import httpx

__all__ = ["APIResponse"]

T = TypeVar("T")


class APIResponse(Generic[T]):
    """The successful (2xx) HTTP response of one call, and its body parsed as the method's model.

    A non-2xx answer raises the typed error as usual (after the usual retries), so holding an
    ``APIResponse`` means the call succeeded. ``parse()`` returns what the plain method returns;
    the body is already read, so it does not block (in the async client either).
    """

    __slots__ = ("_parsed", "http_response", "retries_taken")

    http_response: httpx.Response
    """The ``httpx.Response`` itself (its ``request``, ``elapsed``, ``content`` ...)."""
    retries_taken: int
    """How many times the call was resent before this response (0: the first attempt)."""

    def __init__(self, http_response: httpx.Response, parsed: T, *, retries_taken: int) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id (``x-request-id`` or a sibling header), for Sinch support."""
        return request_id_from(self.http_response.headers)

    def parse(self) -> T:
        """The body as the plain method returns it (a generated model, or ``None``)."""
        return self._parsed

    def __repr__(self) -> str:
        response = self.http_response
        return (
            f"<APIResponse [{response.status_code} {response.reason_phrase}] "
            f"retries_taken={self.retries_taken}>"
        )
