"""One handler per operationId of the spec: thin glue from HTTP to the domain."""

from __future__ import annotations

import json
import mimetypes
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response

from . import available, emergency, numbers, orders
from .backend import Backend
from .errors import invalid_argument, invalid_field, not_found, too_large, unsupported_media_type
from .inventory import CatalogNumber
from .store import Doc, Tx
from .validation import read_body, strip_nulls

MULTIPART_OVERHEAD = 64 * 1024


@dataclass(frozen=True, slots=True)
class Call:
    """Everything a handler needs about one authenticated, validated request."""

    backend: Backend
    request: Request
    project: str
    path: dict[str, str]
    query: dict[str, Any]
    raw_body: dict[str, Any] | None

    @property
    def body(self) -> dict[str, Any]:
        """The JSON body with ``null`` members removed (``{}`` when absent)."""
        cleaned: dict[str, Any] = strip_nulls(self.raw_body or {})
        return cleaned

    def required_body(self) -> dict[str, Any]:
        """``body`` of an operation whose spec leaves the body optional, though the operation
        cannot work without one (an emergency address to check or link): 400 when absent."""
        if self.raw_body is None:
            raise invalid_field("body", "a JSON request body is required")
        return self.body


Handler = Callable[[Call], Awaitable[Response]]
HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def json_response(data: Any, status: int = 200) -> Response:
    return Response(
        _ENCODER.encode(data).encode(),
        status_code=status,
        media_type="application/json",
    )


# -- Available Number -------------------------------------------------------------
@operation("NumberService_ListAvailableNumbers")
async def list_available_numbers(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        return json_response(available.search(call.backend, tx, call.query))


@operation("NumberService_GetAvailableNumber")
async def get_available_number(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        number = available.get_available(call.backend, tx, call.path["phoneNumber"])
    return json_response(number.available_number())


@operation("NumberService_RentNumber")
async def rent_number(call: Call) -> Response:
    body = call.body
    numbers.check_configuration_objects(body)
    with call.backend.store.transaction() as tx:
        number = available.get_available(call.backend, tx, call.path["phoneNumber"])
        numbers.check_rentable(number)
        doc = _activate_from_body(call, tx, number)
    return json_response(numbers.public(doc, call.backend.config.shapes))


def _activate_from_body(call: Call, tx: Tx, number: CatalogNumber) -> Doc:
    """Rent ``number`` with the configuration the rent / rentAny body asks for."""
    body = call.body
    return numbers.activate(
        call.backend,
        tx,
        call.project,
        number,
        sms=body.get("smsConfiguration"),
        voice=body.get("voiceConfiguration"),
        callback_url=body.get("callbackUrl"),
    )


@operation("NumberService_RentAnyNumber")
async def rent_any_number(call: Call) -> Response:
    body = call.body
    problems = []
    if body["regionCode"] != "US":
        problems.append(("regionCode", "only US is supported by this endpoint"))
    if body["type"] != "LOCAL":
        problems.append(("type", "only LOCAL is supported by this endpoint"))
    if problems:
        raise invalid_argument(
            "Only US LOCAL numbers can be activated; use Number Order.", problems
        )
    numbers.check_configuration_objects(body)
    pattern = body.get("numberPattern") or {}
    with call.backend.store.transaction() as tx:
        found = available.candidates(
            call.backend,
            tx,
            "US",
            "LOCAL",
            digits=available.search_digits(pattern.get("pattern")),
            search_pattern=pattern.get("searchPattern"),
            capabilities=body.get("capabilities"),
        )
        number = next(found, None)
        if number is None:
            raise not_found(
                "AvailableNumber", "US/LOCAL", "No available number matches the criteria."
            )
        doc = _activate_from_body(call, tx, number)
    return json_response(numbers.public(doc, call.backend.config.shapes))


# -- Active Number ----------------------------------------------------------------
@operation("NumberService_ListActiveNumbers")
async def list_active_numbers(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        return json_response(
            numbers.list_active(tx, call.project, call.query, call.backend.config.shapes)
        )


@operation("NumberService_GetActiveNumber")
async def get_active_number(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        doc = numbers.get_active(tx, call.project, call.path["phoneNumber"])
    return json_response(numbers.public(doc, call.backend.config.shapes))


@operation("NumberService_UpdateActiveNumber")
async def update_active_number(call: Call) -> Response:
    raw = call.raw_body or {}
    with call.backend.store.transaction() as tx:
        doc = numbers.get_active(tx, call.project, call.path["phoneNumber"])
        # Explicit nulls clear displayName/callbackUrl; elsewhere they mean "absent".
        cleared: dict[str, Any] = {
            k: None for k in ("displayName", "callbackUrl") if k in raw and raw[k] is None
        }
        changes = {**call.body, **cleared}
        doc = numbers.update(call.backend, tx, doc, changes)
    return json_response(numbers.public(doc, call.backend.config.shapes))


@operation("NumberService_ReleaseNumber")
async def release_number(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        doc = numbers.get_active(tx, call.project, call.path["phoneNumber"])
        doc = numbers.release(call.backend, tx, doc)
    return json_response(numbers.public(doc, call.backend.config.shapes))


@operation("NumberService_GetEmergencyAddress")
async def get_emergency_address(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        doc = numbers.get_active(tx, call.project, call.path["phoneNumber"])
    return json_response(emergency.current(doc))


@operation("NumberService_ProvisionEmergencyAddress")
async def provision_emergency_address(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        doc = numbers.get_active(tx, call.project, call.path["phoneNumber"])
        return json_response(emergency.provision(tx, doc, call.required_body()))


@operation("NumberService_DeprovisionEmergencyAddress")
async def deprovision_emergency_address(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        doc = numbers.get_active(tx, call.project, call.path["phoneNumber"])
        emergency.deprovision(tx, doc)
    return Response(b"", status_code=200)


@operation("NumberService_ValidateEmergencyAddress")
async def validate_emergency_address(call: Call) -> Response:
    body = call.required_body()
    with call.backend.store.transaction() as tx:
        doc = numbers.get_active(tx, call.project, call.path["phoneNumber"])
    emergency.check_number(doc)
    return json_response(
        emergency.validate(doc["phoneNumber"], body["displayName"], body["address"])
    )


# -- Available Regions ------------------------------------------------------------
@operation("NumberService_ListAvailableRegions")
async def list_available_regions(call: Call) -> Response:
    return json_response(available.regions(call.backend, call.query.get("types")))


# -- Numbers Callbacks ------------------------------------------------------------
def _callback_configuration(call: Call) -> dict[str, Any]:
    with call.backend.store.transaction() as tx:
        secret = tx.hmac_secret(call.project)
    return {"projectId": call.project, **({"hmacSecret": secret} if secret else {})}


@operation("GetCallbackConfiguration")
async def get_callback_configuration(call: Call) -> Response:
    return json_response(_callback_configuration(call))


@operation("UpdateCallbackConfiguration")
async def update_callback_configuration(call: Call) -> Response:
    raw = call.raw_body or {}
    if "hmacSecret" in raw:
        secret = raw["hmacSecret"]
        if secret is not None and not _valid_secret(secret):
            raise invalid_field(
                "hmacSecret", "must be 32 to 64 characters: letters, digits and hyphens"
            )
        with call.backend.store.transaction() as tx:
            tx.set_hmac_secret(call.project, secret or None)
    return json_response(_callback_configuration(call))


def _valid_secret(secret: str) -> bool:
    return re.fullmatch(r"[a-zA-Z0-9-]{32,64}", secret) is not None


# -- Number Order -----------------------------------------------------------------
@operation("LookupNumberRequirements")
async def lookup_number_requirements(call: Call) -> Response:
    body = call.body
    requirements = orders.lookup_requirements(call.backend, body["regionCode"], body["numberType"])
    return json_response(requirements)


@operation("CreateNumberOrder")
async def create_number_order(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        order = orders.create(call.backend, tx, call.project, call.body)
    return json_response(orders.public(order))


@operation("GetNumberOrder")
async def get_number_order(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        order = orders.get_order(tx, call.project, call.path["numberOrderId"])
    return json_response(orders.public(order))


@operation("UpdateNumberOrderRegistration")
async def update_number_order_registration(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        order = orders.get_order(tx, call.project, call.path["numberOrderId"])
        order = orders.set_registration(call.backend, tx, order, call.body)
    return json_response(orders.registration(order))


@operation("GetNumberOrderRegistration")
async def get_number_order_registration(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        order = orders.get_order(tx, call.project, call.path["numberOrderId"])
    return json_response(orders.registration(order))


@operation("SubmitNumberOrder")
async def submit_number_order(call: Call) -> Response:
    with call.backend.store.transaction() as tx:
        order = orders.get_order(tx, call.project, call.path["numberOrderId"])
        order = orders.submit(call.backend, tx, order)
    return json_response(orders.public(order))


@operation("UploadNumberOrderAttachment")
async def upload_number_order_attachment(call: Call) -> Response:
    backend, request = call.backend, call.request
    order_id, attachment_id = call.path["numberOrderId"], call.path["attachmentId"]
    with backend.store.transaction() as tx:
        orders.get_order(tx, call.project, order_id)  # 404 before reading a large body
    limit = backend.config.max_attachment_bytes
    content_type = request.headers.get("content-type", "")
    if content_type.split(";", 1)[0].strip().lower() != "multipart/form-data":
        raise unsupported_media_type(content_type, "multipart/form-data with a file field")
    body = await read_body(request, limit + MULTIPART_OVERHEAD)
    form = await _replayed(request, body).form(max_files=1, max_fields=10)
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise invalid_field("file", "required file part is missing")
        size = len(await upload.read())
        if size > limit:
            raise too_large("file", limit)
        if size == 0:
            raise invalid_field("file", "the file is empty")
        file_name = upload.filename or "upload"
        mime_type = (upload.content_type or "").split(";")[0].strip()
        if not mime_type or mime_type == "application/octet-stream":
            mime_type = (
                mimetypes.guess_type(file_name)[0] or mime_type or "application/octet-stream"
            )
        document_type = form.get("documentType")
        with backend.store.transaction() as tx:
            order = orders.get_order(tx, call.project, order_id)
            orders.attach(
                backend,
                tx,
                order,
                attachment_id,
                file_name=file_name,
                mime_type=mime_type,
                document_type=document_type if isinstance(document_type, str) else None,
            )
    finally:
        await form.close()
    return Response(b"", status_code=200)


def _replayed(request: Request, body: bytes) -> Request:
    """A request whose body stream yields ``body`` (already read, size-checked)."""
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return Request(request.scope, receive)
