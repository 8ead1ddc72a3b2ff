"""Buy numbers with a number order: a guided, checked and resumable KYC workflow.

::

    from sinch_numbers import NumbersClient
    from sinch_numbers.orders import start

    with NumbersClient() as client:
        order = start(client, region_code="AU", number_type="MOBILE", phone_number="+61...")
        print(order.requirements.fields, order.missing())
        order.set_registration({"data": [...]})       # checked locally, then PUT
        order.attach(attachment_id, "letter.pdf")      # MIME type and size checked first
        order.submit()                                 # refused while missing() is not empty
        final = order.wait(timeout=3600, poll_interval=60)

``lookup_requirements(client, region_code=..., number_type=...)`` tells what a region asks
for without ordering. ``resume(client, order_id)`` (or ``resume(client, order.to_state())``)
picks an order up again after a crash; ``start_async`` / ``resume_async`` give the
``AsyncOrderWorkflow`` twin. See ``docs/orders.md``.
"""

from __future__ import annotations

from ._errors import (
    AttachmentInvalidError,
    OrderError,
    OrderEventError,
    OrderExpiredError,
    OrderNotReadyError,
    OrderOutcomeUnknownError,
    OrderStateError,
    OrderWaitTimeoutError,
    RegistrationInvalidError,
    Violation,
)
from ._inputs import Clock, SmsConfig, UploadInput, VoiceConfig
from ._requirements import (
    DEFAULT_MAX_ATTACHMENT_BYTES,
    POLICY_SCHEMAS,
    AttachmentRequirement,
    AttachmentTemplate,
    FieldRequirement,
    GroupRequirement,
    Requirements,
)
from ._resource import (
    AsyncNumberOrdersWorkflowResource,
    NumberOrdersWorkflowResource,
    ResumeOptions,
    StartOptions,
)
from ._start import lookup_requirements, resume, resume_async, start, start_async
from ._workflow import DEFAULT_POLL_INTERVAL, FINAL_STATES, AsyncOrderWorkflow, OrderWorkflow

__all__ = [
    "DEFAULT_MAX_ATTACHMENT_BYTES",
    "DEFAULT_POLL_INTERVAL",
    "FINAL_STATES",
    "POLICY_SCHEMAS",
    "AsyncNumberOrdersWorkflowResource",
    "AsyncOrderWorkflow",
    "AttachmentInvalidError",
    "AttachmentRequirement",
    "AttachmentTemplate",
    "Clock",
    "FieldRequirement",
    "GroupRequirement",
    "NumberOrdersWorkflowResource",
    "OrderError",
    "OrderEventError",
    "OrderExpiredError",
    "OrderNotReadyError",
    "OrderOutcomeUnknownError",
    "OrderStateError",
    "OrderWaitTimeoutError",
    "OrderWorkflow",
    "RegistrationInvalidError",
    "Requirements",
    "ResumeOptions",
    "SmsConfig",
    "StartOptions",
    "UploadInput",
    "Violation",
    "VoiceConfig",
    "lookup_requirements",
    "resume",
    "resume_async",
    "start",
    "start_async",
]
