"""Active numbers: activation, SMS/voice provisioning jobs, listing, release.

SMS and voice changes are not applied at once: like the live API they go
through a scheduled job shown in ``scheduledProvisioning`` /
``scheduledVoiceProvisioning`` (``WAITING``, then ``IN_PROGRESS`` half-way
through ``provisioning_delay``) and then settle into the configuration, sending
``PROVISIONING_TO_*`` / ``DEPROVISIONING_FROM_*`` events to the number's
``callbackUrl``. The value ``SANDBOX_FAIL`` as a service plan, campaign or
voice ID makes the job fail instead.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from . import events, shapes
from .available import has_capabilities, matches, search_digits
from .backend import Backend
from .clock import add_months, rfc3339
from .errors import invalid_argument, invalid_field, not_found
from .ids import new_id
from .inventory import CatalogNumber, money
from .store import Doc, Timer, Tx

FAIL = "SANDBOX_FAIL"
VOICE_ID_FIELD = {"RTC": "appId", "EST": "trunkId", "FAX": "serviceId"}
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


def public(doc: Doc, mode: shapes.Shapes = "spec") -> dict[str, Any]:
    """The API representation: internal ``_`` keys removed, shaped as ``mode`` says."""
    return shapes.active_number({k: v for k, v in doc.items() if not k.startswith("_")}, mode)


def get_active(tx: Tx, project: str, phone_number: str) -> Doc:
    doc = tx.active_number(phone_number)
    if doc is None or doc["projectId"] != project:
        raise not_found(
            "ActiveNumber",
            phone_number,
            f"Phone number {phone_number} is not an active number of project {project}.",
        )
    return doc


# -- activation ---------------------------------------------------------------
def activate(
    backend: Backend,
    tx: Tx,
    project: str,
    number: CatalogNumber,
    *,
    sms: dict[str, Any] | None = None,
    voice: dict[str, Any] | None = None,
    callback_url: str | None = None,
) -> Doc:
    """Make ``number`` an active number of ``project``. Raises 404 if someone
    else got it first (the primary key makes this race-free)."""
    now = backend.clock.now()
    next_charge = add_months(now, number.payment_interval_months)
    doc: Doc = {
        "phoneNumber": number.phone_number,
        "projectId": project,
        "displayName": "",
        "regionCode": number.region_code,
        "type": number.number_type,
        "capability": list(number.capabilities),
        "money": money(number.monthly_price),
        "paymentIntervalMonths": number.payment_interval_months,
        "nextChargeDate": rfc3339(next_charge),
        "expireAt": rfc3339(next_charge),
    }
    if callback_url:
        doc["callbackUrl"] = callback_url
    if sms is not None:
        schedule_sms(backend, tx, doc, sms, now)
    if voice is not None:
        schedule_voice(backend, tx, doc, voice, now)
    if not tx.insert_active_number(doc):
        raise not_found(
            "AvailableNumber",
            number.phone_number,
            f"Phone number {number.phone_number} is no longer available.",
        )
    return doc


def check_rentable(number: CatalogNumber) -> None:
    """The deprecated rent endpoints only handle US LOCAL numbers, as live."""
    if (number.region_code, number.number_type) != ("US", "LOCAL"):
        raise invalid_field(
            "phoneNumber",
            f"only US LOCAL numbers can be activated with this endpoint "
            f"({number.region_code} {number.number_type}); use the Number Order API",
        )


def check_configuration_objects(body: dict[str, Any]) -> None:
    """Empty ``smsConfiguration``/``voiceConfiguration`` objects make the request fail."""
    for key in ("smsConfiguration", "voiceConfiguration"):
        if key in body and body[key] == {}:
            raise invalid_field(key, "must not be empty; leave the object out instead")


# -- update -------------------------------------------------------------------
def update(backend: Backend, tx: Tx, doc: Doc, body: dict[str, Any]) -> Doc:
    known = ("displayName", "smsConfiguration", "voiceConfiguration", "callbackUrl")
    if not any(key in body for key in known):
        raise invalid_argument(
            "The update is empty: send displayName, smsConfiguration, voiceConfiguration "
            "or callbackUrl.",
            [("body", "must change at least one field")],
        )
    check_configuration_objects(body)
    now = backend.clock.now()
    for key in ("displayName", "callbackUrl"):
        if key in body:
            if body[key] is None or (key == "callbackUrl" and body[key] == ""):
                doc.pop(key, None)
            else:
                doc[key] = body[key]
    doc.setdefault("displayName", "")
    if body.get("smsConfiguration") is not None:
        schedule_sms(backend, tx, doc, body["smsConfiguration"], now)
    if body.get("voiceConfiguration") is not None:
        schedule_voice(backend, tx, doc, body["voiceConfiguration"], now)
    tx.save_active_number(doc)
    return doc


# -- SMS provisioning -----------------------------------------------------------
def schedule_sms(backend: Backend, tx: Tx, doc: Doc, request: dict[str, Any], now: float) -> None:
    if "SMS" not in doc["capability"]:
        raise invalid_field("smsConfiguration", "the number has no SMS capability")
    current = doc.get("smsConfiguration") or {}
    settled_plan = current.get("servicePlanId", "")
    settled_campaign = current.get("campaignId", "")
    pending = current.get("scheduledProvisioning")
    target_plan, target_campaign = settled_plan, settled_campaign
    if pending and pending.get("status") != "FAILED":
        target_plan = pending.get("servicePlanId", "")
        target_campaign = pending.get("campaignId", "")
    plan: str = request["servicePlanId"]
    campaign: str = request.get("campaignId", target_campaign) or ""
    if plan and target_plan and plan != target_plan:
        raise invalid_field(
            "smsConfiguration.servicePlanId",
            f"the number is linked to service plan {target_plan}; unlink it first "
            'by sending an empty servicePlanId ("")',
        )
    if campaign and target_campaign and campaign != target_campaign:
        raise invalid_field(
            "smsConfiguration.campaignId",
            f"the number is linked to campaign {target_campaign}; unlink it first "
            'by sending an empty campaignId ("")',
        )
    if campaign and doc["regionCode"] != "US":
        raise invalid_field(
            "smsConfiguration.campaignId", "10DLC campaigns only apply to US numbers"
        )
    if (plan, campaign) == (target_plan, target_campaign) and (
        pending is None or pending.get("status") != "FAILED"
    ):
        return  # nothing changes
    scheduled: dict[str, Any] = {
        "servicePlanId": plan,
        "status": "WAITING",
        "lastUpdatedTime": rfc3339(now),
    }
    if campaign:
        scheduled["campaignId"] = campaign
    settled: dict[str, Any] = {"servicePlanId": settled_plan}
    if settled_campaign:
        settled["campaignId"] = settled_campaign
    doc["smsConfiguration"] = {**settled, "scheduledProvisioning": scheduled}
    doc["_smsJob"] = job = new_id()
    _schedule_job(backend, tx, "sms", doc["phoneNumber"], job, now)


def _schedule_job(backend: Backend, tx: Tx, kind: str, phone: str, job: str, now: float) -> None:
    delay = backend.config.provisioning_delay
    tx.schedule(now + delay / 2, kind, phone, job)  # WAITING -> IN_PROGRESS
    tx.schedule(now + delay, kind, phone, job)  # IN_PROGRESS -> done


def _advance_sms(tx: Tx, doc: Doc, now: float) -> None:
    config = doc["smsConfiguration"]
    job = config["scheduledProvisioning"]
    job["lastUpdatedTime"] = rfc3339(now)
    if job["status"] == "WAITING":
        job["status"] = "IN_PROGRESS"
        return
    del doc["_smsJob"]
    plan, campaign = job["servicePlanId"], job.get("campaignId", "")
    old_plan, old_campaign = config.get("servicePlanId", ""), config.get("campaignId", "")
    emit = _NumberEvents(tx, doc, now)
    if FAIL in (plan, campaign):
        job["status"] = "FAILED"
        if plan == FAIL:
            job["errorCodes"] = ["SMS_PROVISIONING_FAILED"]
            emit("PROVISIONING_TO_SMS_PLATFORM", "FAILED", None)
        else:
            job["errorCodes"] = ["CAMPAIGN_NOT_AVAILABLE"]
            emit("PROVISIONING_TO_CAMPAIGN", "FAILED", "CAMPAIGN_NOT_AVAILABLE")
        return
    doc["smsConfiguration"] = {
        "servicePlanId": plan,
        **({"campaignId": campaign} if campaign else {}),
    }
    if plan != old_plan:
        emit("PROVISIONING_TO_SMS_PLATFORM" if plan else "DEPROVISIONING_FROM_SMS_PLATFORM")
    if campaign != old_campaign:
        emit("PROVISIONING_TO_CAMPAIGN" if campaign else "DEPROVISIONING_FROM_CAMPAIGN")


# -- voice provisioning -----------------------------------------------------------
def schedule_voice(backend: Backend, tx: Tx, doc: Doc, request: dict[str, Any], now: float) -> None:
    if "VOICE" not in doc["capability"]:
        raise invalid_field("voiceConfiguration", "the number has no VOICE capability")
    kind: str = request.get("type") or "RTC"
    id_field = VOICE_ID_FIELD[kind]
    if id_field not in request:
        raise invalid_field(f"voiceConfiguration.{id_field}", f"is required for type {kind}")
    value: str = request[id_field] or ""
    current = doc.get("voiceConfiguration") or {}
    settled_type: str | None = current.get("type")
    settled_value = current.get(VOICE_ID_FIELD[settled_type], "") if settled_type else ""
    pending = current.get("scheduledVoiceProvisioning")
    if pending is None and settled_type == kind and settled_value == value:
        return  # nothing changes
    shown_type = settled_type or kind
    doc["voiceConfiguration"] = {
        "type": shown_type,
        VOICE_ID_FIELD[shown_type]: settled_value,
        "lastUpdatedTime": rfc3339(now),
        "scheduledVoiceProvisioning": {
            "type": kind,
            id_field: value,
            "status": "WAITING",
            "lastUpdatedTime": rfc3339(now),
        },
    }
    doc["_voiceJob"] = job = new_id()
    _schedule_job(backend, tx, "voice", doc["phoneNumber"], job, now)


def _advance_voice(tx: Tx, doc: Doc, now: float) -> None:
    config = doc["voiceConfiguration"]
    job = config["scheduledVoiceProvisioning"]
    job["lastUpdatedTime"] = rfc3339(now)
    if job["status"] == "WAITING":
        job["status"] = "IN_PROGRESS"
        return
    del doc["_voiceJob"]
    kind = job["type"]
    value = job.get(VOICE_ID_FIELD[kind], "")
    emit = _NumberEvents(tx, doc, now)
    if value == FAIL:
        job["status"] = "FAILED"
        emit("PROVISIONING_TO_VOICE_PLATFORM", "FAILED", None)
        return
    doc["voiceConfiguration"] = {
        "type": kind,
        VOICE_ID_FIELD[kind]: value,
        "lastUpdatedTime": rfc3339(now),
    }
    emit("PROVISIONING_TO_VOICE_PLATFORM" if value else "DEPROVISIONING_FROM_VOICE_PLATFORM")


class _NumberEvents:
    """Emits events about one active number to its ``callbackUrl``."""

    def __init__(self, tx: Tx, doc: Doc, now: float) -> None:
        self._tx, self._doc, self._now = tx, doc, now

    def __call__(
        self, event_type: str, status: str = "SUCCEEDED", failure_code: str | None = None
    ) -> None:
        events.emit(
            self._tx,
            url=self._doc.get("callbackUrl"),
            project=self._doc["projectId"],
            resource_type=events.ACTIVE_NUMBER,
            resource_id=self._doc["phoneNumber"],
            event_type=event_type,
            status=status,
            failure_code=failure_code,
            now=self._now,
        )


def on_timer(tx: Tx, timer: Timer, now: float) -> None:
    """Advance the SMS or voice job ``timer.job`` by one step (stale jobs are ignored)."""
    doc = tx.active_number(timer.ref)
    job_key = "_smsJob" if timer.kind == "sms" else "_voiceJob"
    if doc is None or doc.get(job_key) != timer.job:
        return
    if timer.kind == "sms":
        _advance_sms(tx, doc, now)
    else:
        _advance_voice(tx, doc, now)
    tx.save_active_number(doc)


# -- release ------------------------------------------------------------------------
def release(backend: Backend, tx: Tx, doc: Doc) -> Doc:
    """Remove the number from the project; it goes back on sale."""
    now = backend.clock.now()
    tx.delete_active_number(doc["phoneNumber"])
    emit = _NumberEvents(tx, doc, now)
    if (doc.get("smsConfiguration") or {}).get("servicePlanId"):
        emit("DEPROVISIONING_FROM_SMS_PLATFORM")
    if (doc.get("smsConfiguration") or {}).get("campaignId"):
        emit("DEPROVISIONING_FROM_CAMPAIGN")
    voice = doc.get("voiceConfiguration") or {}
    if voice.get(VOICE_ID_FIELD.get(voice.get("type", ""), ""), ""):
        emit("DEPROVISIONING_FROM_VOICE_PLATFORM")
    return doc


# -- listing ------------------------------------------------------------------------
def list_active(
    tx: Tx, project: str, query: dict[str, Any], mode: shapes.Shapes = "spec"
) -> dict[str, Any]:
    page_size = query.get("pageSize") or DEFAULT_PAGE_SIZE
    if page_size < 0:
        raise invalid_field("pageSize", "must not be negative")
    page_size = min(page_size, MAX_PAGE_SIZE)
    order_by = query.get("orderBy") or "phoneNumber"
    digits = search_digits(query.get("numberPattern.pattern"))
    search_pattern = query.get("numberPattern.searchPattern")
    wanted = query.get("capability")
    docs = [
        doc
        for doc in tx.active_numbers(project, query.get("regionCode"), query.get("type"))
        if matches(doc["phoneNumber"], digits, search_pattern)
        and has_capabilities(doc["capability"], wanted)
    ]
    docs.sort(key=lambda d: _sort_key(d, order_by))
    after = _decode_token(query.get("pageToken"), order_by)
    docs_after = docs if after is None else [d for d in docs if _sort_key(d, order_by) > after]
    page = docs_after[:page_size]
    more = len(docs_after) > page_size
    return {
        "activeNumbers": [public(d, mode) for d in page],
        "nextPageToken": _encode_token(_sort_key(page[-1], order_by), order_by) if more else "",
        "totalSize": len(docs),
    }


def _sort_key(doc: Doc, order_by: str) -> tuple[str, str]:
    primary = doc.get("displayName", "") if order_by == "displayName" else doc["phoneNumber"]
    return (primary, doc["phoneNumber"])


def _encode_token(key: tuple[str, str], order_by: str) -> str:
    raw = json.dumps({"o": order_by, "k": list(key)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_token(token: str | None, order_by: str) -> tuple[str, str] | None:
    """Page tokens are keyset cursors: releases between pages shift nothing."""
    if not token:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        key = data["k"]
        same_order = data["o"] == order_by
        valid = isinstance(key, list) and len(key) == 2 and all(isinstance(k, str) for k in key)
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise invalid_field("pageToken", "is not a token returned by this API") from None
    if not valid:
        raise invalid_field("pageToken", "is not a token returned by this API")
    if not same_order:
        raise invalid_field("pageToken", "was issued for a different orderBy")
    return (key[0], key[1])
