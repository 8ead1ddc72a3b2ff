"""Errors of the number order workflow: each says what went wrong and what to do next.

::

    SinchNumbersError
    ├── OrderError
    │   ├── RegistrationInvalidError     field violations, found locally or by the server
    │   │   └── AttachmentInvalidError       a file the order does not accept
    │   ├── OrderNotReadyError           submit() while something mandatory is missing
    │   ├── OrderExpiredError            the reservation ran out
    │   ├── OrderStateError              the order's state does not allow the action
    │   ├── OrderEventError              apply_event() got an event for something else
    │   └── OrderWaitTimeoutError        wait() gave up before a final state
    └── APIError > APIConnectionError > OutcomeUnknownError
        └── OrderOutcomeUnknownError     create may have happened: find the order, resume it
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sinch_numbers.errors import BadRequestError, OutcomeUnknownError, SinchNumbersError

__all__ = [
    "AttachmentInvalidError",
    "OrderError",
    "OrderEventError",
    "OrderExpiredError",
    "OrderNotReadyError",
    "OrderOutcomeUnknownError",
    "OrderStateError",
    "OrderWaitTimeoutError",
    "RegistrationInvalidError",
    "Violation",
]


@dataclass(frozen=True, slots=True)
class Violation:
    """One problem with one field: ``requestDetails.data[1].city``, ``file``, ``documentType``."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class OrderError(SinchNumbersError):
    """Base class of the workflow's own errors."""


class RegistrationInvalidError(OrderError, ValueError):
    """The registration (or a file) does not meet the requirements.

    ``sent`` is False when the check was local and no request was made, True when the
    server answered 400 (then ``cause`` is the ``BadRequestError``).
    """

    def __init__(
        self,
        violations: Iterable[Violation],
        *,
        sent: bool = False,
        what: str = "registration",
        cause: BadRequestError | None = None,
    ) -> None:
        self.violations: list[Violation] = list(violations)
        self.sent = sent
        self.cause = cause
        where = "rejected by the server" if sent else "checked locally, nothing was sent"
        lines = [f"{what} is invalid ({where}):"]
        lines += [f"  - {v}" for v in self.violations]
        super().__init__("\n".join(lines))

    @classmethod
    def from_server(
        cls, error: BadRequestError, *, what: str = "registration"
    ) -> RegistrationInvalidError:
        """The same error type from a 400's field violations (or its message, without any)."""
        found = [Violation(f, d) for f, d in error.field_violations]
        return cls(found or [Violation("", error.message)], sent=True, what=what, cause=error)

    @property
    def fields(self) -> list[str]:
        return [v.field for v in self.violations]


class AttachmentInvalidError(RegistrationInvalidError):
    """A file was refused: unknown attachment id, MIME type, size or document type."""

    def __init__(
        self,
        violations: Iterable[Violation],
        *,
        sent: bool = False,
        what: str = "attachment",
        cause: BadRequestError | None = None,
    ) -> None:
        super().__init__(violations, sent=sent, what=what, cause=cause)


class OrderNotReadyError(OrderError):
    """``submit()`` refused: ``missing`` lists, in plain words, what still blocks it."""

    def __init__(self, order_id: str, missing: Sequence[str], *, sent: bool = False) -> None:
        self.order_id = order_id
        self.missing = list(missing)
        self.sent = sent
        where = "the server refused it" if sent else "nothing was sent"
        lines = [f"number order {order_id} cannot be submitted yet ({where}):"]
        lines += [f"  - {item}" for item in self.missing]
        super().__init__("\n".join(lines))


class OrderExpiredError(OrderError):
    """The order's reservation ran out: its numbers are released; start a new order."""

    def __init__(self, order_id: str, expired_at: datetime | None) -> None:
        self.order_id = order_id
        self.expired_at = expired_at
        when = f" at {expired_at.isoformat()}" if expired_at else ""
        super().__init__(
            f"number order {order_id} expired{when}: its numbers are no longer reserved and it "
            "cannot be changed or submitted; start a new order"
        )


class OrderStateError(OrderError):
    """The action does not fit the order's state (for example changing a submitted order)."""

    def __init__(self, order_id: str, state: str, message: str) -> None:
        self.order_id = order_id
        self.state = state
        super().__init__(f"number order {order_id} is {state}: {message}")


class OrderEventError(OrderError, ValueError):
    """``apply_event()`` got an event that is not a state change of this order."""


class OrderWaitTimeoutError(OrderError, TimeoutError):
    """``wait()`` reached its timeout; the order goes on: wait again or ``resume`` it later."""

    def __init__(self, order_id: str, state: str, timeout: float) -> None:
        self.order_id = order_id
        self.state = state
        self.timeout = timeout
        super().__init__(
            f"number order {order_id} is still {state} after {timeout:g}s; call wait() again "
            f"later, or resume(client, {order_id!r}) from another process"
        )


class OrderOutcomeUnknownError(OutcomeUnknownError, OrderError):
    """Creating the order failed in a way that leaves open whether it exists.

    It was not retried: a second create could reserve a second set of numbers. The message
    lists how to find the order; then ``resume(client, order_id)`` continues it.
    """
