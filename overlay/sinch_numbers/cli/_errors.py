"""Exit codes, and the one line on stderr that each error becomes.

The codes are part of the interface (scripts branch on them), so they are fixed here and
printed by ``--help`` and ``docs/cli.md``.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "EXIT_API_4XX",
    "EXIT_API_5XX",
    "EXIT_CODES_HELP",
    "EXIT_INTERRUPTED",
    "EXIT_NO",
    "EXIT_OK",
    "EXIT_OUTCOME_UNKNOWN",
    "EXIT_USAGE",
    "CLIError",
    "classify",
    "one_line",
]

EXIT_OK: Final = 0
#: The command ran and the answer is no: an invalid signature, an order that did not complete,
#: a breaking spec difference, drift.
EXIT_NO: Final = 1
#: Bad usage or input, a refused or cancelled confirmation, missing configuration: nothing sent.
EXIT_USAGE: Final = 2
#: The API answered 4xx.
EXIT_API_4XX: Final = 3
#: The API answered 5xx, or could not be reached (connection error, timeout).
EXIT_API_5XX: Final = 4
#: A billable or state-changing call may or may not have happened: check before retrying.
EXIT_OUTCOME_UNKNOWN: Final = 5
EXIT_INTERRUPTED: Final = 130

EXIT_CODES_HELP: Final = (
    "Exit codes: 0 done; 1 the answer is no (invalid signature, order not completed, "
    "breaking spec change); 2 usage error, bad input or refused confirmation (nothing sent); "
    "3 API error 4xx; 4 API error 5xx or no connection; 5 outcome unknown (check, then retry)."
)


class CLIError(Exception):
    """An error the CLI itself reports: ``message`` is the whole line, ``code`` the exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def one_line(text: str) -> str:
    """Collapse a multi-line message (a list of ``  - item`` lines) into one line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    head, items = lines[0], [line.removeprefix("- ") for line in lines[1:]]
    return " ".join([head, "; ".join(items)]) if items else head


def classify(exc: BaseException) -> tuple[int, str] | None:
    """``(exit code, line)`` for an error the CLI knows how to report; None for a bug."""
    from sinch_numbers import errors
    from sinch_numbers._client import ConfigurationError
    from sinch_numbers.e164 import InvalidPhoneNumberError

    if isinstance(exc, CLIError):
        return exc.code, exc.message
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_INTERRUPTED, "interrupted"
    line = f"{type(exc).__name__}: {one_line(str(exc))}"
    if isinstance(exc, errors.OutcomeUnknownError):
        return EXIT_OUTCOME_UNKNOWN, line
    if isinstance(exc, errors.APIStatusError):
        return (EXIT_API_4XX if 400 <= exc.status_code < 500 else EXIT_API_5XX), line
    if isinstance(exc, errors.APIConnectionError):
        return EXIT_API_5XX, line
    if isinstance(exc, ConfigurationError):
        if str(exc).startswith("missing"):
            line += (
                " (pass --project-id, --key-id and --key-secret, set SINCH_PROJECT_ID, "
                "SINCH_KEY_ID and SINCH_KEY_SECRET, or try --sandbox)"
            )
        return EXIT_USAGE, line
    order = _order_error(exc, line)
    if order is not None:
        return order
    if isinstance(exc, errors.InvalidArgumentsError | InvalidPhoneNumberError):
        return EXIT_USAGE, line
    if isinstance(exc, errors.SinchNumbersError):
        return EXIT_NO, line
    return None


def _order_error(exc: BaseException, line: str) -> tuple[int, str] | None:
    """The workflow's own errors: sent to (and refused by) the server, or stopped locally."""
    import sys

    orders = sys.modules.get("sinch_numbers.orders")
    if orders is None:  # not imported, so none of its errors can be raised
        return None
    if isinstance(exc, orders.RegistrationInvalidError | orders.OrderNotReadyError):
        return (EXIT_API_4XX if exc.sent else EXIT_USAGE), line
    if isinstance(exc, orders.OrderWaitTimeoutError):
        return EXIT_NO, line
    if isinstance(exc, orders.OrderError):  # expired, wrong state, foreign event: nothing sent
        return EXIT_USAGE, line
    return None
