"""Number orders and their state machine.

``CREATED`` (numbers reserved until ``expireTime``) -> submit -> ``IN_REVIEW``
-> after ``review_delay``: ``COMPLETED`` (numbers become active), or
``REJECTED`` / ``BLOCKED`` when the registration holds the string value
``SANDBOX_REJECT`` / ``SANDBOX_BLOCK``. ``BLOCKED`` orders can be corrected and
submitted again. ``CREATED``/``BLOCKED`` orders past ``expireTime`` become
``EXPIRED`` and their numbers go back on sale. Every transition sends a
``NUMBER_ORDER_PROCESSING`` event to the order's ``callbackUrl``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from . import events, numbers
from .available import candidates, search_digits
from .backend import Backend
from .clock import rfc3339
from .errors import ApiError, FieldViolation, invalid_argument, invalid_field, not_found
from .ids import new_id
from .inventory import CatalogNumber
from .requirements import Requirements, requirements_for
from .store import Doc, Timer, Tx

REJECT = "SANDBOX_REJECT"
BLOCK = "SANDBOX_BLOCK"
EDITABLE_STATES = ("CREATED", "BLOCKED")

BLOCKED_LOG = (
    "Dear Customer, we need more information to complete this order: the registration "
    f"contains {BLOCK}. Please update the registration and submit the order again. "
    "Regards, Sinch Service Implementation Team"
)
REJECTED_LOG = (
    f"Dear Customer, your order was rejected because the registration contains {REJECT}. "
    "Regards, Sinch Service Implementation Team"
)


def lookup_requirements(backend: Backend, region_code: str, number_type: str) -> dict[str, Any]:
    """The requirements of a segment. Where nothing is required, Sinch's servers answer 404
    "Number requirements not found" ("server" shapes); the spec documents no 404 here, so in
    "spec" shapes that is a 200 with nothing required, and a segment without numbers for sale
    a 400."""
    found = requirements_for(region_code, number_type)
    if found is not None:
        return found.to_json()
    if backend.config.shapes == "server":
        raise not_found(
            "NumberRequirements",
            f"{region_code}/{number_type}",
            "Number requirements not found",
        )
    if not backend.inventory.offers(region_code, number_type):
        description = f"no {number_type} numbers are offered in region {region_code}"
        raise invalid_argument(
            "Number requirements not found",
            [("regionCode", description), ("numberType", description)],
        )
    return {"fields": {}, "attachments": []}


def public(order: Doc) -> dict[str, Any]:
    return {k: v for k, v in order.items() if not k.startswith("_")}


def get_order(tx: Tx, project: str, order_id: str) -> Doc:
    order = tx.order(order_id)
    if order is None or order["projectId"] != project:
        raise not_found("NumberOrder", order_id, f"Number order {order_id} not found.")
    return order


# -- create -----------------------------------------------------------------------
def create(backend: Backend, tx: Tx, project: str, body: dict[str, Any]) -> Doc:
    has_numbers = body.get("numberOrderOption") is not None
    has_quantity = body.get("quantityOrderOption") is not None
    if has_numbers == has_quantity:
        raise invalid_argument(
            "Send exactly one of numberOrderOption and quantityOrderOption.",
            [
                ("numberOrderOption", "exactly one of the two options is required"),
                ("quantityOrderOption", "exactly one of the two options is required"),
            ],
        )
    region, kind = body["regionCode"], body["numberType"]
    if not backend.inventory.offers(region, kind):
        raise invalid_field("numberType", f"no {kind} numbers are offered in region {region}")
    if has_numbers:
        chosen = _pick_numbers(backend, tx, region, kind, body["numberOrderOption"])
    else:
        chosen = _pick_quantity(backend, tx, region, kind, body["quantityOrderOption"])
    now = backend.clock.now()
    order_id = new_id()
    for number in chosen:
        if not tx.reserve(number.phone_number, order_id):
            raise invalid_field("numberOrderOption.phoneNumbers", "the number is not available")
    required = requirements_for(region, kind)
    order: Doc = {
        "projectId": project,
        "idNumberOrder": order_id,
        "regionCode": region,
        "state": "CREATED",
        "numberType": kind,
        "orderNumbers": [
            {
                "phoneNumber": n.phone_number,
                "numberPrice": n.number_price(),
                "capabilities": list(n.capabilities),
            }
            for n in chosen
        ],
        "expireTime": rfc3339(now + backend.config.reservation_seconds),
        "createTime": rfc3339(now),
        "updateTime": rfc3339(now),
        "_expiresAt": now + backend.config.reservation_seconds,
        "_registration": {
            "attachments": [
                {
                    "attachmentId": a.id,
                    "uploadStatus": "WAITING",
                    "createTime": rfc3339(now),
                    "updateTime": rfc3339(now),
                }
                for a in (required.attachments if required else ())
            ],
            "logs": [],
        },
    }
    for key in ("smsConfiguration", "voiceConfiguration"):
        if body.get(key) is not None:
            order[key] = body[key]
    if body.get("callbackUrl"):
        order["_callbackUrl"] = body["callbackUrl"]
    tx.save_order(order)
    tx.schedule(order["_expiresAt"], "order_expire", order_id)
    return order


def _pick_numbers(
    backend: Backend, tx: Tx, region: str, kind: str, option: dict[str, Any]
) -> list[CatalogNumber]:
    phones = option.get("phoneNumbers")
    if not phones:  # not required by the schema, but there is nothing to order without it
        raise invalid_field("numberOrderOption.phoneNumbers", "required: the number to order")
    phone = phones[0]
    field = "numberOrderOption.phoneNumbers[0]"
    number = backend.inventory.get(phone)
    if number is None or tx.is_taken(phone):
        raise invalid_field(field, f"{phone} is not available")
    if (number.region_code, number.number_type) != (region, kind):
        raise invalid_field(
            field,
            f"{phone} is a {number.region_code} {number.number_type} number, not {region} {kind}",
        )
    return [number]


def _pick_quantity(
    backend: Backend, tx: Tx, region: str, kind: str, option: dict[str, Any]
) -> list[CatalogNumber]:
    wanted: int = option["requestedQuantity"]
    pattern = option.get("numberPattern") or {}
    found = candidates(
        backend,
        tx,
        region,
        kind,
        digits=search_digits(pattern.get("pattern")),
        search_pattern=pattern.get("searchPattern"),
        capabilities=option.get("capabilities"),
    )
    chosen = _sequential(found, wanted) if option.get("sequential") else _first(found, wanted)
    if len(chosen) < wanted:
        what = "consecutive numbers" if option.get("sequential") else "numbers"
        raise invalid_field(
            "quantityOrderOption.requestedQuantity",
            f"only {len(chosen)} available {what} match the criteria",
        )
    return chosen


def _first(found: Iterator[CatalogNumber], wanted: int) -> list[CatalogNumber]:
    chosen: list[CatalogNumber] = []
    for number in found:
        chosen.append(number)
        if len(chosen) == wanted:
            break
    return chosen


def _sequential(found: Iterator[CatalogNumber], wanted: int) -> list[CatalogNumber]:
    best: list[CatalogNumber] = []
    run: list[CatalogNumber] = []
    for number in found:
        if run and int(number.digits) == int(run[-1].digits) + 1:
            run.append(number)
        else:
            run = [number]
        if len(run) > len(best):
            best = list(run)
        if len(best) == wanted:
            break
    return best


# -- registration -----------------------------------------------------------------
def _requirements(order: Doc) -> Requirements | None:
    return requirements_for(order["regionCode"], order["numberType"])


def _check_editable(order: Doc, action: str) -> None:
    if order["state"] not in EDITABLE_STATES:
        raise invalid_field(
            "numberOrderId",
            f"the order is {order['state']}; {action} is only possible "
            "while it is CREATED or BLOCKED",
        )


def registration(order: Doc) -> dict[str, Any]:
    stored = order["_registration"]
    out: dict[str, Any] = {}
    if "requestDetails" in stored:
        out["requestDetails"] = stored["requestDetails"]
    out["attachments"] = stored["attachments"]
    out["logs"] = stored["logs"]
    return out


def set_registration(backend: Backend, tx: Tx, order: Doc, body: dict[str, Any]) -> Doc:
    _check_editable(order, "changing the registration")
    details = body.get("requestDetails")
    if details is None:
        raise invalid_field("requestDetails", "required field is missing")
    required = _requirements(order)
    if required is not None:
        found = required.check(details)
        if found:
            raise invalid_argument("The registration does not meet the requirements.", found)
    order["_registration"]["requestDetails"] = details
    _touch(backend, order)
    tx.save_order(order)
    return order


def attach(
    backend: Backend,
    tx: Tx,
    order: Doc,
    attachment_id: str,
    *,
    file_name: str,
    mime_type: str,
    document_type: str | None,
) -> None:
    """Record an uploaded file (the bytes were checked, not kept)."""
    required = _requirements(order)
    spec = required.attachment(attachment_id) if required else None
    if spec is None:
        raise not_found(
            "Attachment",
            attachment_id,
            f"Attachment {attachment_id} is not requested for this order.",
        )
    _check_editable(order, "uploading files")
    problems: list[FieldViolation] = []
    if spec.allowed_mime_types and mime_type not in spec.allowed_mime_types:
        allowed = ", ".join(spec.allowed_mime_types)
        problems.append(("file", f"MIME type {mime_type} is not accepted (accepted: {allowed})"))
    if spec.allowed_document_types and document_type not in spec.allowed_document_types:
        allowed = ", ".join(spec.allowed_document_types)
        problems.append(("documentType", f"must be one of: {allowed}"))
    if problems:
        raise invalid_argument("The file was not accepted.", problems)
    now = rfc3339(backend.clock.now())
    for entry in order["_registration"]["attachments"]:
        if entry["attachmentId"] == attachment_id:
            entry.update(fileName=file_name, mimeType=mime_type, uploadStatus="COMPLETED")
            entry["updateTime"] = now
            if document_type:
                entry["documentType"] = document_type
    _touch(backend, order)
    tx.save_order(order)


# -- submit and review ------------------------------------------------------------
def submit(backend: Backend, tx: Tx, order: Doc) -> Doc:
    _check_editable(order, "submitting")
    stored = order["_registration"]
    problems: list[FieldViolation] = []
    required = _requirements(order)
    if required is not None and "requestDetails" not in stored:
        problems.append(("requestDetails", "set the registration before submitting"))
    for entry in stored["attachments"]:
        spec = required.attachment(entry["attachmentId"]) if required else None
        if spec and spec.mandatory and entry["uploadStatus"] != "COMPLETED":
            problems.append((f"attachments[{spec.id}]", f"upload the mandatory file: {spec.title}"))
    if problems:
        raise invalid_argument("The order is not complete.", problems)
    values = set(_strings(stored.get("requestDetails")))
    order["_outcome"] = (
        "REJECTED" if REJECT in values else "BLOCKED" if BLOCK in values else "COMPLETED"
    )
    order["_reviewJob"] = job = new_id()
    now = backend.clock.now()
    tx.schedule(now + backend.config.review_delay, "order_review", order["idNumberOrder"], job)
    _transition(backend, tx, order, "IN_REVIEW", now)
    return order


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value.strip()
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def on_timer(backend: Backend, tx: Tx, timer: Timer, now: float) -> None:
    order = tx.order(timer.ref)
    if order is None:
        return
    if timer.kind == "order_expire":
        if order["state"] in EDITABLE_STATES and now >= order["_expiresAt"]:
            tx.release_reservations(order["idNumberOrder"])
            _transition(backend, tx, order, "EXPIRED", now)
        return
    if order["state"] != "IN_REVIEW" or order.get("_reviewJob") != timer.job:
        return
    outcome = order.pop("_outcome")
    del order["_reviewJob"]
    if outcome == "COMPLETED":
        _complete(backend, tx, order)
    elif outcome == "REJECTED":
        tx.release_reservations(order["idNumberOrder"])
        _log(order, REJECTED_LOG, now)
    else:
        _log(order, BLOCKED_LOG, now)
        expires = max(order["_expiresAt"], now + backend.config.reservation_seconds)
        order["_expiresAt"] = expires
        order["expireTime"] = rfc3339(expires)
        tx.schedule(expires, "order_expire", order["idNumberOrder"])
    _transition(backend, tx, order, outcome, now)


def _complete(backend: Backend, tx: Tx, order: Doc) -> None:
    tx.release_reservations(order["idNumberOrder"])
    for line in order["orderNumbers"]:
        number = backend.inventory.get(line["phoneNumber"])
        if number is None:
            continue
        sms = order.get("smsConfiguration") if "SMS" in number.capabilities else None
        voice = order.get("voiceConfiguration") if "VOICE" in number.capabilities else None
        try:
            numbers.activate(
                backend,
                tx,
                order["projectId"],
                number,
                sms=sms,
                voice=voice,
                callback_url=order.get("_callbackUrl"),
            )
        except ApiError:
            # The number could not be configured as ordered; activate it bare.
            numbers.activate(
                backend, tx, order["projectId"], number, callback_url=order.get("_callbackUrl")
            )


def _log(order: Doc, message: str, now: float) -> None:
    order["_registration"]["logs"].append({"message": message, "createTime": rfc3339(now)})


def _touch(backend: Backend, order: Doc) -> None:
    order["updateTime"] = rfc3339(backend.clock.now())


def _transition(backend: Backend, tx: Tx, order: Doc, state: str, now: float) -> None:
    order["state"] = state
    order["updateTime"] = rfc3339(now)
    tx.save_order(order)
    events.emit(
        tx,
        url=order.get("_callbackUrl"),
        project=order["projectId"],
        resource_type=events.NUMBER_ORDER,
        resource_id=order["idNumberOrder"],
        event_type="NUMBER_ORDER_PROCESSING",
        status=state,
        now=now,
    )
