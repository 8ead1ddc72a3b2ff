# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""Where the server's responses depart from the spec this package was generated from.

Parsing never fails on what a server sends. A ``null`` the spec does not allow, a missing
required field, a field it does not list, an unknown enum value, a missing or unknown
discriminator, a value of the wrong JSON type, an unparseable date or an undocumented status
code is kept (see each model's ``additional_properties``) and reported as a :class:`Deviation`.

Deviations go to every sink installed with :func:`collecting` in the current context (the
``sinch_numbers`` client installs one per call). With no sink, each distinct
``(operation, path, kind)`` is logged once per process as a WARNING on the
``sinch_numbers.conformance`` logger::

    from sinch_numbers_api import conformance

    with conformance.collect() as seen:
        response = get_active_number.sync_detailed(project_id, number, client=client)
    for deviation in seen:
        print(deviation.message)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass
from typing import Final, Literal

SPEC_VERSION: Final = "1.0.3"
"""``info.version`` of the spec this package was generated from."""

LOGGER_NAME: Final = "sinch_numbers.conformance"

Kind = Literal[
    "null",
    "missing-required",
    "unknown-field",
    "unknown-enum",
    "missing-discriminator",
    "unknown-discriminator",
    "wrong-type",
    "bad-format",
    "undocumented-status",
]
KINDS: Final[tuple[Kind, ...]] = (
    "null",
    "missing-required",
    "unknown-field",
    "unknown-enum",
    "missing-discriminator",
    "unknown-discriminator",
    "wrong-type",
    "bad-format",
    "undocumented-status",
)

#: Distinct keys remembered for log-once; past it, nothing more is logged (memory stays flat).
_LOG_ONCE_LIMIT = 10_000

logger = logging.getLogger(LOGGER_NAME)


@dataclass(frozen=True, slots=True)
class Deviation:
    """One place where a response did not match the spec.

    ``path`` is a JSON path from the response body's root with ``[]`` for any list item
    (``activeNumbers[].smsConfiguration.scheduledProvisioning``); ``""`` is the body itself.
    """

    operation_id: str | None
    path: str
    kind: Kind
    detail: str

    @property
    def key(self) -> tuple[str | None, str, Kind]:
        """What makes two deviations the same for reporting: operation, path and kind."""
        return (self.operation_id, self.path, self.kind)

    @property
    def message(self) -> str:
        where = self.path or "<body>"
        return f"{self.operation_id or '<no operation>'} {where}: {self.detail}"


Sink = Callable[[Deviation], None]

_sinks: ContextVar[tuple[Sink, ...]] = ContextVar("sinch_numbers_api_sinks", default=())
_operation: ContextVar[str | None] = ContextVar("sinch_numbers_api_operation", default=None)
_logged: set[tuple[str | None, str, Kind]] = set()
_logged_lock = threading.Lock()


def note(path: str, kind: Kind, detail: str) -> None:
    """Report a deviation at ``path`` (generated code passes paths with a leading ``.``)."""
    deviation = Deviation(_operation.get(), path[1:] if path[:1] == "." else path, kind, detail)
    sinks = _sinks.get()
    if sinks:
        for sink in sinks:
            sink(deviation)
    else:
        log_once(deviation)


def log_once(deviation: Deviation) -> None:
    """Log ``deviation`` as a WARNING unless its key was logged before in this process."""
    key = deviation.key
    with _logged_lock:
        if key in _logged or len(_logged) >= _LOG_ONCE_LIMIT:
            return
        _logged.add(key)
    logger.warning("%s", deviation.message)


class collecting:  # noqa: N801 (a context manager used like a function)
    """Send the deviations reported in this context (thread or task) to ``sink`` too.

    While a sink is installed, the sinks own the reporting: nothing is logged by this module.
    (A class, not ``@contextmanager``: it wraps every parsed response, and costs a third.)
    """

    __slots__ = ("_sink", "_token")

    def __init__(self, sink: Sink) -> None:
        self._sink = sink

    def __enter__(self) -> None:
        self._token = _sinks.set((*_sinks.get(), self._sink))

    def __exit__(self, *exc_info: object) -> None:
        _sinks.reset(self._token)


@contextmanager
def collect() -> Iterator[list[Deviation]]:
    """Collect the deviations reported in this context into a list."""
    seen: list[Deviation] = []
    with collecting(seen.append):
        yield seen


def enter_operation(operation_id: str) -> Token[str | None]:
    """Name the operation whose response is being parsed; undo with :func:`exit_operation`."""
    return _operation.set(operation_id)


def exit_operation(token: Token[str | None]) -> None:
    _operation.reset(token)


__all__ = [
    "KINDS",
    "LOGGER_NAME",
    "SPEC_VERSION",
    "Deviation",
    "Kind",
    "Sink",
    "collect",
    "collecting",
    "enter_operation",
    "exit_operation",
    "log_once",
    "note",
]
