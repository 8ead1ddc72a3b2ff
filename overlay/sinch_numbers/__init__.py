"""sinch_numbers: a typed sync + async client for the Sinch Numbers API.

The friendly layer over ``sinch_numbers_api`` (generated from Sinch's ``numbers.yaml``):
OAuth2, typed errors, money-safe retries, pagination, E.164 checks and webhook verification.

``e164`` and ``webhooks`` (and the names taken from them) load on first use: a process that
only calls the API does not pay for them.
"""

from typing import TYPE_CHECKING, Any

from sinch_numbers import conformance
from sinch_numbers._client import (
    DEFAULT_BASE_URL,
    AsyncNumbersClient,
    ConfigurationError,
    NumbersClient,
)
from sinch_numbers._response import APIResponse
from sinch_numbers._version import __version__
from sinch_numbers.auth import DEFAULT_AUTH_URL
from sinch_numbers.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EmptyUpdateError,
    InternalServerError,
    InvalidArgumentsError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    ResponseParseError,
    ResponseValidationError,
    SinchNumbersError,
    UnprocessableEntityError,
)
from sinch_numbers.pagination import AsyncPager, SyncPager

if TYPE_CHECKING:
    from sinch_numbers import e164, webhooks
    from sinch_numbers.e164 import InvalidPhoneNumberError
    from sinch_numbers.webhooks import (
        NumbersEvent,
        WebhookError,
        WebhookReceiver,
        WebhookReplayError,
        WebhookSignatureError,
        is_valid_signature,
        parse_event,
        sign,
        verify_signature,
    )

#: Submodules loaded on first use (PEP 562), with the names of ``__all__`` they provide.
_LAZY_MODULES = ("e164", "webhooks")


def __getattr__(name: str) -> Any:
    import importlib

    if name in _LAZY_MODULES:
        value: Any = importlib.import_module(f"{__name__}.{name}")
    elif name in __all__:
        modules = (importlib.import_module(f"{__name__}.{sub}") for sub in _LAZY_MODULES)
        value = next(getattr(m, name) for m in modules if name in m.__all__)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "DEFAULT_AUTH_URL",
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncNumbersClient",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "EmptyUpdateError",
    "InternalServerError",
    "InvalidArgumentsError",
    "InvalidPhoneNumberError",
    "NotFoundError",
    "NumbersClient",
    "NumbersEvent",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "ResponseParseError",
    "ResponseValidationError",
    "SinchNumbersError",
    "SyncPager",
    "UnprocessableEntityError",
    "WebhookError",
    "WebhookReceiver",
    "WebhookReplayError",
    "WebhookSignatureError",
    "__version__",
    "conformance",
    "e164",
    "is_valid_signature",
    "parse_event",
    "sign",
    "verify_signature",
    "webhooks",
]
