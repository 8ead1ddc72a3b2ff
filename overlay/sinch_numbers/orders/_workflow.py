"""The number order workflow: one set of steps (``_Core``), driven sync or async.

The server is the source of truth: every step stores what the server answered (the
``NumberOrder`` and the ``Registration``), and the local checks only refuse what the
server would refuse too, before spending a request on it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

import attrs
from sinch_numbers_api.models.number_order import NumberOrder
from sinch_numbers_api.models.number_order_state import NumberOrderState
from sinch_numbers_api.models.registration import Registration
from sinch_numbers_api.models.upload_status import UploadStatus
from sinch_numbers_api.types import UNSET, Unset

from sinch_numbers.errors import (
    APIError,
    BadRequestError,
    ConflictError,
    RequestTooLargeError,
    SinchNumbersError,
)

from ._errors import (
    AttachmentInvalidError,
    OrderEventError,
    OrderExpiredError,
    OrderNotReadyError,
    OrderStateError,
    OrderWaitTimeoutError,
    RegistrationInvalidError,
    Violation,
)
from ._flow import Call, Flow, Notify, Sleep, run_async, run_sync
from ._inputs import Clock, Upload, UploadInput, request_details, utcnow
from ._requirements import DEFAULT_MAX_ATTACHMENT_BYTES, Requirements

if TYPE_CHECKING:
    from sinch_numbers._client import AsyncNumbersClient, NumbersClient
    from sinch_numbers.webhooks import NumbersEvent

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "FINAL_STATES",
    "STATE_VERSION",
    "AsyncOrderWorkflow",
    "OrderWorkflow",
]

logger = logging.getLogger("sinch_numbers.orders")

S = NumberOrderState
#: The order will not change any more.
FINAL_STATES: Final = frozenset({S.COMPLETED, S.REJECTED, S.EXPIRED})
#: ``wait()`` returns on these: the final states, and BLOCKED (it needs you).
_STOP_STATES: Final = FINAL_STATES | {S.BLOCKED}
#: The registration can change, and the order be submitted, only in these.
_EDITABLE_STATES: Final = frozenset({S.CREATED, S.BLOCKED})
#: Version of the ``to_state()`` dict.
STATE_VERSION: Final = 1
DEFAULT_POLL_INTERVAL: Final = 30.0


# -- the shared core ----------------------------------------------------------------------


class _Core:
    """State and steps shared by ``OrderWorkflow`` and ``AsyncOrderWorkflow``."""

    def __init__(
        self,
        order: NumberOrder,
        requirements: Requirements,
        registration: Registration | None,
        clock: Clock,
    ) -> None:
        if not isinstance(order.id_number_order, str) or not order.id_number_order:
            raise ValueError("the server returned a number order without idNumberOrder")
        self._order = order
        self._requirements = requirements
        self._registration = registration
        self._clock = clock

    # -- what the server last said --------------------------------------------------------

    @property
    def id(self) -> str:
        return str(self._order.id_number_order)

    @property
    def order(self) -> NumberOrder:
        """The ``NumberOrder`` as last seen (from a response or an applied event)."""
        return self._order

    @property
    def state(self) -> NumberOrderState:
        state = self._order.state
        return state if isinstance(state, NumberOrderState) else S.NUMBER_ORDER_STATE_UNSPECIFIED

    @property
    def requirements(self) -> Requirements:
        return self._requirements

    @property
    def registration(self) -> Registration | None:
        """The ``Registration`` as last seen; None until set or fetched."""
        return self._registration

    @property
    def phone_numbers(self) -> list[str]:
        numbers = self._order.order_numbers
        if not isinstance(numbers, list):
            return []
        return [n.phone_number for n in numbers if isinstance(n.phone_number, str)]

    @property
    def logs(self) -> list[str]:
        """Messages from Sinch's review team (why an order is BLOCKED or REJECTED)."""
        if self._registration is None or not isinstance(self._registration.logs, list):
            return []
        return [m.message for m in self._registration.logs if isinstance(m.message, str)]

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES

    # -- expiry ---------------------------------------------------------------------------

    @property
    def expires_at(self) -> datetime | None:
        """When the reservation ends (``expireTime``); None if the server gave none."""
        value = self._order.expire_time
        return value if isinstance(value, datetime) else None

    @property
    def time_left(self) -> timedelta | None:
        """Until ``expires_at`` by the injected clock, never negative; None without expiry."""
        if self.expires_at is None:
            return None
        return max(self.expires_at - self._clock(), timedelta(0))

    @property
    def is_expired(self) -> bool:
        """EXPIRED on the server, or past ``expires_at`` while it still could expire."""
        if self.state == S.EXPIRED:
            return True
        left = self.time_left
        return self.state in _EDITABLE_STATES and left is not None and left <= timedelta(0)

    # -- what blocks submission -----------------------------------------------------------

    def missing(self) -> list[str]:
        """What still blocks ``submit()``, in plain words; empty when it may be submitted."""
        if self.is_expired:
            when = f" at {self.expires_at.isoformat()}" if self.expires_at else ""
            return [f"the reservation expired{when}; start a new order"]
        if self.state not in _EDITABLE_STATES:
            return [f"the order is {self.state}; only CREATED or BLOCKED orders can be submitted"]
        return self._missing_items()

    def _missing_items(self) -> list[str]:
        items: list[str] = []
        req = self._requirements
        details = self._stored_details()
        if req.needs_registration and details is None:
            groups = len(req.groups)
            shape = f" ({groups} group{'s' if groups != 1 else ''} under 'data')" if groups else ""
            items.append(f"registration: not set yet; call set_registration({{...}}){shape}")
        elif details is not None:
            items += [f"registration: {v}" for v in req.validate(details)]
        for wanted in req.mandatory_attachments:
            status = self._upload_status(wanted.id)
            if status == UploadStatus.COMPLETED:
                continue
            what = (
                "upload failed, upload it again"
                if status == UploadStatus.FAILED
                else "not uploaded"
            )
            items.append(f"{wanted.label}: mandatory file {what}; call attach({wanted.id!r}, path)")
        return items

    def _stored_details(self) -> dict[str, Any] | None:
        reg = self._registration
        if reg is None or reg.request_details is None or isinstance(reg.request_details, Unset):
            return None
        return reg.request_details.to_dict()

    def _upload_status(self, attachment_id: str) -> UploadStatus | None:
        reg = self._registration
        if reg is None or not isinstance(reg.attachments, list):
            return None
        for item in reg.attachments:
            if item.attachment_id == attachment_id and isinstance(item.upload_status, UploadStatus):
                return item.upload_status
        return None

    def _blocker(self, action: str) -> OrderExpiredError | OrderStateError | None:
        """Why the order's state or expiry rules ``action`` out, as the error to raise."""
        if self.is_expired:
            return OrderExpiredError(self.id, self.expires_at)
        if self.state not in _EDITABLE_STATES:
            return OrderStateError(
                self.id,
                str(self.state),
                f"cannot {action}; only CREATED or BLOCKED orders can be changed or submitted",
            )
        return None

    def _require_editable(self, action: str) -> None:
        blocker = self._blocker(action)
        if blocker is not None:
            raise blocker

    # -- steps ----------------------------------------------------------------------------

    def _set_registration(
        self, details: Mapping[str, Any] | Sequence[Any], validate: bool
    ) -> Flow[Registration]:
        body = request_details(details)
        self._require_editable("change the registration")
        if validate:
            found = self._requirements.validate(body)
            if found:
                raise RegistrationInvalidError(found)
        try:
            registration: Registration = yield Call(
                "update_registration", (self.id,), {"request_details": body}
            )
        except (BadRequestError, ConflictError) as exc:
            yield from self._explain_refusal(exc, "change the registration")
            if isinstance(exc, BadRequestError):
                raise RegistrationInvalidError.from_server(exc) from exc
            raise
        self._keep_registration(registration)
        return registration

    def _attach(
        self,
        attachment_id: str,
        file: UploadInput,
        document_type: str | None,
        mime_type: str | None,
        file_name: str | None,
    ) -> Flow[Registration]:
        upload = Upload.read(file, mime_type=mime_type, file_name=file_name)
        self._require_editable("upload files")
        found = self._requirements.check_attachment(
            attachment_id, mime_type=upload.mime_type, size=upload.size, document_type=document_type
        )
        if found:
            raise AttachmentInvalidError(found)
        try:
            yield Call(
                "upload_attachment",
                (self.id, attachment_id),
                {"file": upload.as_file(), "document_type": document_type or UNSET},
            )
        except RequestTooLargeError as exc:
            message = f"{upload.size} bytes is too large for the server ({exc.message})"
            raise AttachmentInvalidError([Violation("file", message)], sent=True) from exc
        except (BadRequestError, ConflictError) as exc:
            yield from self._explain_refusal(exc, "upload files")
            if isinstance(exc, BadRequestError):
                raise AttachmentInvalidError.from_server(exc, what="attachment") from exc
            raise
        registration: Registration = yield Call("get_registration", (self.id,))
        self._keep_registration(registration)
        return registration

    def _submit(self, validate: bool) -> Flow[NumberOrder]:
        self._require_editable("submit")
        if validate:
            missing = self._missing_items()
            if missing:
                raise OrderNotReadyError(self.id, missing)
        try:
            order: NumberOrder = yield Call("submit", (self.id,))
        except (BadRequestError, ConflictError) as exc:
            yield from self._explain_refusal(exc, "submit")
            if isinstance(exc, BadRequestError):
                items = [str(Violation(f, d)) for f, d in exc.field_violations] or [exc.message]
                raise OrderNotReadyError(self.id, items, sent=True) from exc
            raise
        self._order = order
        return order

    def _refresh(self) -> Flow[NumberOrder]:
        self._order = yield Call("get", (self.id,))
        self._keep_registration((yield Call("get_registration", (self.id,))))
        return self._order

    def _wait(
        self,
        timeout: float | None,
        poll_interval: float,
        on_progress: Callable[[Any], Any] | None,
        monotonic: Callable[[], float],
    ) -> Flow[NumberOrder]:
        if poll_interval <= 0:
            raise ValueError("poll_interval must be > 0")
        deadline = None if timeout is None else monotonic() + timeout
        seen: NumberOrderState | None = None
        while True:
            self._order = yield Call("get", (self.id,))
            if self.state != seen:
                seen = self.state
                if on_progress is not None:
                    yield Notify(on_progress, self)
            if self.state in _STOP_STATES:
                yield from self._fetch_logs()
                return self._order
            if self.state == S.CREATED:
                raise OrderStateError(
                    self.id, "CREATED", "it was not submitted, so it will not progress; submit() it"
                )
            if deadline is not None:
                remaining = deadline - monotonic()
                if remaining <= 0:
                    raise OrderWaitTimeoutError(self.id, str(self.state), float(timeout or 0))
                yield Sleep(min(poll_interval, remaining))
            else:
                yield Sleep(poll_interval)

    def _fetch_logs(self) -> Flow[None]:
        """Load the registration (its logs say why BLOCKED/REJECTED); best effort."""
        try:
            self._keep_registration((yield Call("get_registration", (self.id,))))
        except APIError as exc:
            logger.warning("could not load the registration of order %s: %s", self.id, exc)

    def _explain_refusal(self, error: APIError, action: str) -> Flow[None]:
        """Raise ``OrderExpiredError``/``OrderStateError`` when that is why ``error`` happened."""
        if self.is_expired:
            raise OrderExpiredError(self.id, self.expires_at) from error
        try:
            self._order = yield Call("get", (self.id,))
        except SinchNumbersError:
            return
        blocker = self._blocker(action)
        if blocker is not None:
            raise blocker from error

    def _keep_registration(self, registration: Registration) -> None:
        """Store a registration; keep the known attachments if the answer left them out."""
        previous = self._registration
        if (
            previous is not None
            and isinstance(registration.attachments, Unset)
            and not isinstance(previous.attachments, Unset)
        ):
            registration.attachments = previous.attachments
        self._registration = registration

    # -- callbacks ------------------------------------------------------------------------

    def apply_event(self, event: NumbersEvent) -> bool:
        """Move to the state a verified ``NUMBER_ORDER_PROCESSING`` event reports.

        Returns False (and changes nothing) for an event older than what is known, or once
        the order is final: Sinch may deliver late or twice. No request is sent; call
        ``refresh()`` for the rest of the order (``logs`` of a BLOCKED one, for example).
        """
        if str(event.resource_type) != "NUMBER_ORDER":
            raise OrderEventError(
                f"event {event.event_id} is about {event.resource_type}, not a number order"
            )
        if event.resource_id != self.id:
            raise OrderEventError(
                f"event {event.event_id} is about order {event.resource_id}, not {self.id}"
            )
        event_type = getattr(event.payload, "event_type", None)
        status = getattr(event.payload, "status", None)
        if str(event_type) != "NUMBER_ORDER_PROCESSING" or not isinstance(status, str):
            logger.info(
                "ignoring event %s of type %s for order %s", event.event_id, event_type, self.id
            )
            return False
        if self.is_final:
            return False
        known = self._order.update_time
        if event.timestamp is not None and isinstance(known, datetime) and event.timestamp < known:
            return False
        changed = attrs.evolve(
            self._order,
            state=NumberOrderState(str(status)),
            update_time=event.timestamp or self._order.update_time,
        )
        changed.additional_properties = dict(self._order.additional_properties)
        self._order = changed
        return True

    # -- persistence ----------------------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        """JSON-serialisable: what ``resume(client, state)`` needs without a lookup."""
        first = next(iter(self._requirements.attachments), None)
        return {
            "version": STATE_VERSION,
            "order_id": self.id,
            "region_code": self._requirements.region_code,
            "number_type": self._requirements.number_type,
            "requirements": None
            if self._requirements.raw is None
            else dict(self._requirements.raw),
            "max_attachment_bytes": first.max_size if first else DEFAULT_MAX_ATTACHMENT_BYTES,
        }

    def __repr__(self) -> str:
        left = self.time_left
        tail = (
            f", time_left={str(left).split('.')[0]}"
            if left is not None and not self.is_final
            else ""
        )
        return f"{type(self).__name__}(id={self.id!r}, state={self.state}{tail})"


# -- the two faces ------------------------------------------------------------------------


class OrderWorkflow(_Core):
    """A number order being filled in, submitted and reviewed; from ``start`` or ``resume``."""

    def __init__(
        self,
        client: NumbersClient,
        order: NumberOrder,
        requirements: Requirements,
        registration: Registration | None = None,
        *,
        clock: Clock = utcnow,
    ) -> None:
        super().__init__(order, requirements, registration, clock)
        self._client = client

    def set_registration(
        self, details: Mapping[str, Any] | Sequence[Any], *, validate: bool = True
    ) -> Registration:
        """Check ``details`` against the requirements, then store them on the order.

        ``details`` is the ``requestDetails`` object, or just its ``data`` list (one entry
        per requirement group). ``validate=False`` leaves every check to the server.
        """
        return run_sync(self._client, self._set_registration(details, validate))

    def attach(
        self,
        attachment_id: str,
        file: UploadInput,
        *,
        document_type: str | None = None,
        mime_type: str | None = None,
        file_name: str | None = None,
    ) -> Registration:
        """Check a file's type and size against the requested attachment, then upload it."""
        return run_sync(
            self._client, self._attach(attachment_id, file, document_type, mime_type, file_name)
        )

    def submit(self, *, validate: bool = True) -> NumberOrder:
        """Send the order for review; refused locally while ``missing()`` is not empty."""
        return run_sync(self._client, self._submit(validate))

    def refresh(self) -> NumberOrder:
        """Reload the order and its registration from the server."""
        return run_sync(self._client, self._refresh())

    def wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[OrderWorkflow], object] | None = None,
    ) -> NumberOrder:
        """Poll until COMPLETED, REJECTED, EXPIRED or BLOCKED; return that order.

        ``on_progress(workflow)`` runs whenever the state changes. Raises
        ``OrderWaitTimeoutError`` after ``timeout`` seconds (None: no limit).
        """
        return run_sync(
            self._client, self._wait(timeout, poll_interval, on_progress, time.monotonic)
        )


class AsyncOrderWorkflow(_Core):
    """The async twin of :class:`OrderWorkflow`; from ``start_async`` or ``resume_async``."""

    def __init__(
        self,
        client: AsyncNumbersClient,
        order: NumberOrder,
        requirements: Requirements,
        registration: Registration | None = None,
        *,
        clock: Clock = utcnow,
    ) -> None:
        super().__init__(order, requirements, registration, clock)
        self._client = client

    async def set_registration(
        self, details: Mapping[str, Any] | Sequence[Any], *, validate: bool = True
    ) -> Registration:
        """See :meth:`OrderWorkflow.set_registration`."""
        return await run_async(self._client, self._set_registration(details, validate))

    async def attach(
        self,
        attachment_id: str,
        file: UploadInput,
        *,
        document_type: str | None = None,
        mime_type: str | None = None,
        file_name: str | None = None,
    ) -> Registration:
        """See :meth:`OrderWorkflow.attach`."""
        return await run_async(
            self._client, self._attach(attachment_id, file, document_type, mime_type, file_name)
        )

    async def submit(self, *, validate: bool = True) -> NumberOrder:
        """See :meth:`OrderWorkflow.submit`."""
        return await run_async(self._client, self._submit(validate))

    async def refresh(self) -> NumberOrder:
        """See :meth:`OrderWorkflow.refresh`."""
        return await run_async(self._client, self._refresh())

    async def wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: Callable[[AsyncOrderWorkflow], object] | None = None,
    ) -> NumberOrder:
        """See :meth:`OrderWorkflow.wait`; ``on_progress`` may be a coroutine function."""
        return await run_async(
            self._client, self._wait(timeout, poll_interval, on_progress, time.monotonic)
        )
