"""What Sinch may send tomorrow parses today, and nothing received is lost.

Checked on the models directly and through the generated endpoint functions (the loopback
wire server returns the JSON; ``sync_detailed(...).parsed`` / ``asyncio_detailed`` parse it):
unknown enum values (top level, nested, in lists, and sent as query parameters), unknown fields
(kept in ``additional_properties`` and re-emitted), ``null`` where the spec allows it, naive
timestamps (read as UTC), and unknown discriminator values.
"""

from __future__ import annotations

import copy
import datetime
from typing import Any

from generated_operations import operation
from sinch_numbers_api import Client, models
from wireserver import WireServer

# Imported when a test runs (a removed operation fails its tests, not collection).
number_service_get_active_number = operation("NumberService_GetActiveNumber")
number_service_list_active_numbers = operation("NumberService_ListActiveNumbers")
number_service_list_available_regions = operation("NumberService_ListAvailableRegions")
get_number_order = operation("GetNumberOrder")
get_callback_configuration = operation("GetCallbackConfiguration")

UTC = datetime.UTC


def active_number_from_the_future() -> dict[str, Any]:
    """An ActiveNumber with a new number type, capability, provisioning state, error code,
    voice application type and fields this spec does not know, at every depth."""
    return {
        "phoneNumber": "+12025550134",
        "projectId": "p1",
        "regionCode": "US",
        "type": "SHORT_CODE",
        "capability": ["SMS", "RCS"],
        "money": {"currencyCode": "USD", "amount": "2.00", "taxIncluded": True},
        "nextChargeDate": "2024-08-24T14:15:22Z",
        "smsConfiguration": {
            "servicePlanId": "sp",
            "scheduledProvisioning": {
                "status": "PAUSED",
                "errorCodes": ["CAMPAIGN_EXPIRED", "BRAND_SUSPENDED"],
                "lastUpdatedTime": "2024-08-04T14:15:22",
                "retryAt": "2024-08-05T00:00:00Z",
            },
        },
        "voiceConfiguration": {
            "type": "SIP",
            "sipUri": "sip:+12025550134@trunk.example.com",
            "lastUpdatedTime": "2024-09-24T14:15:22Z",
        },
        "portingStatus": {"state": "PENDING", "steps": [1, 2]},
    }


def _assert_future_active_number(parsed: Any, source: dict[str, Any]) -> None:
    assert isinstance(parsed, models.ActiveNumberResponse)
    # top-level enum
    assert parsed.type_ == "SHORT_CODE" and not parsed.type_.is_known
    assert isinstance(parsed.type_, models.NumberType)
    # enum in a list: known member stays the member, unknown one is kept in place
    assert parsed.capability[0] is models.NumberCapability.SMS
    assert parsed.capability[1].value == "RCS" and not parsed.capability[1].is_known
    # nested enum and enum list
    scheduled = parsed.sms_configuration.scheduled_provisioning
    assert scheduled.status.value == "PAUSED" and not scheduled.status.is_known
    assert scheduled.error_codes[0] is models.SmsErrorCode.CAMPAIGN_EXPIRED
    assert scheduled.error_codes[1].value == "BRAND_SUSPENDED"
    # naive timestamp -> UTC
    assert scheduled.last_updated_time == datetime.datetime(2024, 8, 4, 14, 15, 22, tzinfo=UTC)
    # unknown fields at every depth
    assert parsed.additional_properties == {"portingStatus": {"state": "PENDING", "steps": [1, 2]}}
    assert parsed.money.additional_properties == {"taxIncluded": True}
    assert scheduled.additional_properties == {"retryAt": "2024-08-05T00:00:00Z"}
    # unknown discriminator value: no exception, nothing lost
    voice = parsed.voice_configuration
    assert voice.type_.value == "SIP" and not voice.type_.is_known
    assert voice.additional_properties == {"sipUri": "sip:+12025550134@trunk.example.com"}
    # and everything is written back
    emitted = parsed.to_dict()
    assert emitted["type"] == "SHORT_CODE"
    assert emitted["capability"] == ["SMS", "RCS"]
    assert emitted["portingStatus"] == source["portingStatus"]
    assert emitted["money"] == source["money"]
    assert emitted["smsConfiguration"]["scheduledProvisioning"] == {
        **source["smsConfiguration"]["scheduledProvisioning"],
        "lastUpdatedTime": "2024-08-04T14:15:22+00:00",
    }
    assert emitted["voiceConfiguration"] == {
        **source["voiceConfiguration"],
        "lastUpdatedTime": "2024-09-24T14:15:22+00:00",
    }


# --- models --------------------------------------------------------------------------------------


def test_model_keeps_unknown_values_and_fields() -> None:
    source = active_number_from_the_future()
    pristine = copy.deepcopy(source)
    _assert_future_active_number(models.ActiveNumberResponse.from_dict(source), source)
    assert source == pristine, "from_dict must not modify its input"


def test_unknown_enum_value_is_a_pseudo_member() -> None:
    new = models.NumberOrderState("ON_HOLD")
    assert new == "ON_HOLD" and str(new) == "ON_HOLD" and new.value == "ON_HOLD"
    assert new.is_known is False
    assert models.NumberOrderState("CREATED") is models.NumberOrderState.CREATED
    assert models.NumberOrderState.CREATED.is_known is True
    assert "ON_HOLD" not in models.NumberOrderState.__members__  # the class is not polluted


def test_nullable_expire_time() -> None:
    order = models.NumberOrder.from_dict({"idNumberOrder": "o1", "expireTime": None})
    assert order.expire_time is None
    assert order.to_dict() == {"idNumberOrder": "o1", "expireTime": None}


def test_naive_timestamps_are_utc() -> None:
    order = models.NumberOrder.from_dict(
        {
            "createTime": "2026-03-05T16:53:00",
            "updateTime": "2026-03-05T16:53:00.123456",
            "expireTime": "2026-03-07T16:53:00+02:00",
        }
    )
    assert order.create_time == datetime.datetime(2026, 3, 5, 16, 53, tzinfo=UTC)
    assert order.create_time.tzinfo is not None
    assert order.update_time.utcoffset() == datetime.timedelta(0)
    # an explicit offset is kept, not overwritten with UTC
    assert order.expire_time.utcoffset() == datetime.timedelta(hours=2)
    assert order.expire_time == datetime.datetime(2026, 3, 7, 14, 53, tzinfo=UTC)


def test_unknown_discriminator_values_do_not_raise() -> None:
    sip = {"type": "SIP", "sipUri": "sip:x@example.com"}
    for parsed in (
        models.parse_voice_configuration(sip),
        models.ActiveNumberRequest.from_dict({"voiceConfiguration": sip}).voice_configuration,
        models.NumberOrder.from_dict({"voiceConfiguration": sip}).voice_configuration,
        models.parse_order_voice_configuration(sip),
    ):
        assert parsed.type_.value == "SIP"
        assert parsed.additional_properties == {"sipUri": "sip:x@example.com"}
        assert parsed.to_dict() == sip

    porting = {"resourceType": "PORTING", "eventType": "PORT_IN_COMPLETED", "resourceId": "x"}
    event = models.parse_callback_payload(porting)
    assert type(event) is models.CallbackPayloadCommon
    assert not event.resource_type.is_known
    assert event.to_dict() == porting


def test_callback_payload_with_new_event_type_and_fields() -> None:
    data = {
        "eventId": "e1",
        "timestamp": "2023-06-06T07:45:27.785357",
        "resourceType": "ACTIVE_NUMBER",
        "eventType": "PROVISIONING_TO_RCS",
        "status": "PARTIALLY_SUCCEEDED",
        "failureCode": "RCS_AGENT_MISSING",
        "newField": {"a": 1},
    }
    event = models.parse_callback_payload(data)
    assert type(event) is models.CallbackPayloadActiveNumber
    assert not event.event_type.is_known and not event.status.is_known
    assert not event.failure_code.is_known
    assert event.additional_properties == {"newField": {"a": 1}}
    assert event.to_dict() == data


def test_error_body_with_unknown_values() -> None:
    body = {
        "error": {
            "code": 429,
            "status": "RESOURCE_EXHAUSTED",
            "message": "slow down",
            "details": [{"type": "QuotaFailure", "violations": []}],
        }
    }
    parsed = models.InvalidArgument.from_dict(body)
    assert parsed.error.code == 429 and not parsed.error.code.is_known
    assert parsed.error.status == "RESOURCE_EXHAUSTED"
    assert parsed.to_dict() == body


# --- through the endpoint functions ---------------------------------------------------------


def test_get_active_number_parses_future_response(wire: WireServer, client: Client) -> None:
    source = active_number_from_the_future()
    wire.reply_json(source)
    response = number_service_get_active_number.sync_detailed("p1", "+12025550134", client=client)
    assert response.status_code == 200
    _assert_future_active_number(response.parsed, source)


async def test_async_list_parses_future_response(wire: WireServer, client: Client) -> None:
    source = active_number_from_the_future()
    wire.reply_json({"activeNumbers": [source], "nextPageToken": "t2", "totalSize": 9, "x": 1})
    async with client:
        response = await number_service_list_active_numbers.asyncio_detailed("p1", client=client)
    page = response.parsed
    assert isinstance(page, models.ListActiveNumbersResponse)
    assert page.additional_properties == {"x": 1}
    _assert_future_active_number(page.active_numbers[0], source)


def test_get_number_order_with_null_naive_and_unknown(wire: WireServer, client: Client) -> None:
    wire.reply_json(
        {
            "idNumberOrder": "o1",
            "state": "ON_HOLD",
            "numberType": "MOBILE",
            "expireTime": None,
            "createTime": "2026-03-05T16:53:00",
            "voiceConfiguration": {"type": "EST", "trunkId": "t1", "trunkRegion": "eu"},
            "orderNumbers": [{"phoneNumber": "+61411111112", "capabilities": ["SMS", "MMS"]}],
        }
    )
    order = get_number_order.sync("p1", "o1", client=client)
    assert isinstance(order, models.NumberOrder)
    assert order.state.value == "ON_HOLD" and not order.state.is_known
    assert order.expire_time is None
    assert order.create_time == datetime.datetime(2026, 3, 5, 16, 53, tzinfo=UTC)
    assert type(order.voice_configuration) is models.OrderVoiceConfigurationEST
    assert order.voice_configuration.additional_properties == {"trunkRegion": "eu"}
    assert [c.value for c in order.order_numbers[0].capabilities] == ["SMS", "MMS"]
    assert order.to_dict()["expireTime"] is None


def test_unknown_enum_values_as_query_parameters(wire: WireServer, client: Client) -> None:
    wire.reply_json({"activeNumbers": []})
    wire.reply_json({"availableRegions": [{"regionCode": "XK", "types": ["SHORT_CODE"]}]})
    number_service_list_active_numbers.sync_detailed(
        "p1",
        client=client,
        type_=models.NumberType("SHORT_CODE"),
        capability=[models.NumberCapability.SMS, models.NumberCapability("RCS")],
        number_pattern_search_pattern=models.NumberPatternSearchPattern("REGEX"),
        order_by=models.NumberServiceListActiveNumbersOrderBy("createTime"),
    )
    regions = number_service_list_available_regions.sync(
        "p1", client=client, types=[models.NumberType("SHORT_CODE")]
    )
    first, second = wire.requests
    assert first.query == [
        ("numberPattern.searchPattern", "REGEX"),
        ("type", "SHORT_CODE"),
        ("capability", "SMS"),
        ("capability", "RCS"),
        ("orderBy", "createTime"),
    ]
    assert second.query == [("types", "SHORT_CODE")]
    assert regions.available_regions[0].types[0].value == "SHORT_CODE"


def test_unknown_field_in_callback_configuration(wire: WireServer, client: Client) -> None:
    wire.reply_json({"projectId": "p1", "hmacSecret": "s", "callbackUrl": "https://x"})
    configuration = get_callback_configuration.sync("p1", client=client)
    assert configuration.hmac_secret == "s"
    assert configuration.additional_properties == {"callbackUrl": "https://x"}
