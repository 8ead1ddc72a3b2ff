"""What the generated endpoint functions put on the wire, checked on a real loopback socket.

No HTTP mocking: ``Client(base_url=...)`` talks to ``tests/wireserver.py``, which records the
request line exactly as sent. Paths are compared raw, so ``+`` must arrive as ``%2B`` (a bare
``+`` is read as a space by some servers) while the custom-method suffixes ``:rent``,
``:rentAny``, ``:release``, ``:provision`` ... stay literal.

Also here: the discriminated unions (EST/FAX voice configurations) in both directions, and the
shapes of the create-order and emergency-address requests.
"""

from __future__ import annotations

import email.parser
import email.policy
import importlib
import io
from typing import Any

import pytest
from generated_operations import operation
from openapi_python_client.strings import snake_case
from sinch_numbers_api import Client, errors, models
from sinch_numbers_api.types import File
from wireserver import RecordedRequest, ScriptedResponse, WireServer

from .conftest import load_spec, resolve, spec_operations

# Imported when a test runs (a removed operation fails its tests, not collection).
number_service_get_active_number = operation("NumberService_GetActiveNumber")
number_service_list_active_numbers = operation("NumberService_ListActiveNumbers")
number_service_provision_emergency_address = operation("NumberService_ProvisionEmergencyAddress")
number_service_update_active_number = operation("NumberService_UpdateActiveNumber")
number_service_list_available_numbers = operation("NumberService_ListAvailableNumbers")
number_service_rent_any_number = operation("NumberService_RentAnyNumber")
number_service_rent_number = operation("NumberService_RentNumber")
create_number_order = operation("CreateNumberOrder")
get_number_order = operation("GetNumberOrder")
upload_number_order_attachment = operation("UploadNumberOrderAttachment")
update_callback_configuration = operation("UpdateCallbackConfiguration")

SPEC = load_spec()
PROJECT = "proj-1"
PHONE = "+12025550134"
ORDER = "01jgkbb8xywmz3hhahd76menqf"
ATTACHMENT = "d1c7ccbf-919d-462f-8587-dec95a1b11zz"
#: Path parameter values as they must appear in the raw path.
ENCODED = {
    "projectId": PROJECT,
    "phoneNumber": "%2B12025550134",
    "numberOrderId": ORDER,
    "attachmentId": ATTACHMENT,
}
HMAC_SECRET = "Abcdefghijklmnopqrstuvwxyz-0123456789"


def _address() -> models.EmergencyAddressRequest:
    return models.EmergencyAddressRequest(
        display_name="HQ",
        address=models.EmergencyAddressRequestAddress(
            street_number="12345",
            street_info="Main St",
            city="Springfield",
            state="IL",
            postal_code="62701",
        ),
    )


def _upload_body(payload: bytes = b"%PDF-1.7\n\x00\xff\r\nbinary") -> Any:
    return models.UploadNumberOrderAttachmentBody(
        file=File(
            payload=io.BytesIO(payload), file_name="passport.pdf", mime_type="application/pdf"
        ),
        document_type="Passport",
    )


#: A sample call for every operation: the path parameters and the other keyword arguments.
CALLS: dict[str, dict[str, Any]] = {
    "NumberService_RentNumber": {
        "phone_number": PHONE,
        "body": models.RentNumberRequest(
            sms_configuration=models.SmsConfiguration(service_plan_id="sp1")
        ),
    },
    "NumberService_RentAnyNumber": {
        "body": models.RentAnyNumberRequest(region_code="US", type_=models.NumberType.LOCAL)
    },
    "NumberService_ListActiveNumbers": {},
    "NumberService_UpdateActiveNumber": {
        "phone_number": PHONE,
        "body": models.ActiveNumberRequest(display_name="Support line"),
    },
    "NumberService_GetActiveNumber": {"phone_number": PHONE},
    "NumberService_ReleaseNumber": {"phone_number": PHONE},
    "NumberService_ListAvailableNumbers": {"region_code": "US", "type_": models.NumberType.LOCAL},
    "NumberService_GetAvailableNumber": {"phone_number": PHONE},
    "LookupNumberRequirements": {
        "body": models.LookupNumberRequirementsRequest(
            region_code="AU", number_type=models.NumberType.MOBILE
        )
    },
    "CreateNumberOrder": {
        "body": models.CreateNumberOrderRequest(
            region_code="AU",
            number_type=models.NumberType.MOBILE,
            number_order_option=models.CreateNumberOrderOption(phone_numbers=["+61411111112"]),
        )
    },
    "GetNumberOrder": {"number_order_id": ORDER},
    "UpdateNumberOrderRegistration": {
        "number_order_id": ORDER,
        "body": models.UpdateNumberOrderRegistrationRequest.from_dict(
            {"requestDetails": {"data": [{"firstName": "Ada"}]}}
        ),
    },
    "GetNumberOrderRegistration": {"number_order_id": ORDER},
    "UploadNumberOrderAttachment": {
        "number_order_id": ORDER,
        "attachment_id": ATTACHMENT,
        "body": _upload_body(),
    },
    "SubmitNumberOrder": {"number_order_id": ORDER},
    "NumberService_ListAvailableRegions": {},
    "GetCallbackConfiguration": {},
    "UpdateCallbackConfiguration": {
        "body": models.CallbackConfigurationUpdate(hmac_secret=HMAC_SECRET)
    },
    "NumberService_GetEmergencyAddress": {"phone_number": PHONE},
    "NumberService_ProvisionEmergencyAddress": {"phone_number": PHONE, "body": _address()},
    "NumberService_DeprovisionEmergencyAddress": {"phone_number": PHONE},
    "NumberService_ValidateEmergencyAddress": {"phone_number": PHONE, "body": _address()},
}


def _expected_path(template: str) -> str:
    for name, value in ENCODED.items():
        template = template.replace("{" + name + "}", value)
    assert "{" not in template, template
    return template


def _module(operation: dict[str, Any]) -> Any:
    return importlib.import_module(
        f"sinch_numbers_api.api.{snake_case(operation['tags'][0])}"
        f".{snake_case(operation['operationId'])}"
    )


def _multipart(request: RecordedRequest) -> list[Any]:
    content_type = request.header("Content-Type")
    assert content_type is not None and content_type.startswith("multipart/form-data;")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    assert message.is_multipart()
    return list(message.iter_parts())


# --- every operation: method and raw path -------------------------------------------------------


def test_every_operation_has_a_sample_call() -> None:
    assert sorted(CALLS) == sorted(op["operationId"] for _, _, op in spec_operations(SPEC))


@pytest.mark.parametrize(
    ("path", "method", "operation"),
    [pytest.param(*entry, id=entry[2]["operationId"]) for entry in spec_operations(SPEC)],
)
def test_method_path_and_body_kind(
    wire: WireServer, client: Client, path: str, method: str, operation: dict[str, Any]
) -> None:
    kwargs = dict(CALLS[operation["operationId"]])
    response = _module(operation).sync_detailed(project_id=PROJECT, client=client, **kwargs)
    assert response.status_code == 200
    request = wire.only()
    assert request.method == method.upper()
    assert request.raw_path == _expected_path(path)
    body = resolve(SPEC, operation.get("requestBody")) or {}
    media_types = list(body.get("content") or {})
    if media_types == ["application/json"]:
        assert request.header("Content-Type") == "application/json"
        assert request.json() == kwargs["body"].to_dict()
    elif media_types == ["multipart/form-data"]:
        assert [
            part.get_param("name", header="content-disposition") for part in _multipart(request)
        ] == [
            "file",
            "documentType",
        ]
    else:
        assert media_types == []
        assert request.body == b""
        assert request.header("Content-Type") is None


# --- specific requests ---------------------------------------------------------------------------


def test_rent_number_colon_path_and_body(wire: WireServer, client: Client) -> None:
    wire.reply_json({"phoneNumber": PHONE, "projectId": PROJECT})
    body = models.RentNumberRequest(
        sms_configuration=models.SmsConfiguration(service_plan_id="sp1", campaign_id="c1"),
        voice_configuration=models.VoiceConfigurationRTC(
            type_=models.VoiceApplicationType.RTC, app_id="app1"
        ),
        callback_url="https://example.com/cb",
    )
    parsed = number_service_rent_number.sync(PROJECT, PHONE, client=client, body=body)
    request = wire.only()
    assert request.target == "/v1/projects/proj-1/availableNumbers/%2B12025550134:rent"
    assert request.method == "POST"
    assert request.json() == {
        "smsConfiguration": {"servicePlanId": "sp1", "campaignId": "c1"},
        "voiceConfiguration": {"type": "RTC", "appId": "app1"},
        "callbackUrl": "https://example.com/cb",
    }
    assert isinstance(parsed, models.ActiveNumberResponse) and parsed.phone_number == PHONE


def test_rent_any_number(wire: WireServer, client: Client) -> None:
    body = models.RentAnyNumberRequest(
        region_code="US",
        type_=models.NumberType.LOCAL,
        number_pattern=models.NumberPattern(
            pattern="+1208", search_pattern=models.NumberPatternSearchPattern.START
        ),
        capabilities=[models.NumberCapability.SMS, models.NumberCapability.VOICE],
        sms_configuration=models.SmsConfiguration(service_plan_id="sp1"),
    )
    number_service_rent_any_number.sync_detailed(PROJECT, client=client, body=body)
    request = wire.only()
    assert request.target == "/v1/projects/proj-1/availableNumbers:rentAny"
    assert request.json() == {
        "regionCode": "US",
        "type": "LOCAL",
        "numberPattern": {"pattern": "+1208", "searchPattern": "START"},
        "capabilities": ["SMS", "VOICE"],
        "smsConfiguration": {"servicePlanId": "sp1"},
    }


def test_list_available_numbers_query(wire: WireServer, client: Client) -> None:
    wire.reply_json({"availableNumbers": [{"phoneNumber": "+12085550100", "capability": ["SMS"]}]})
    found = number_service_list_available_numbers.sync(
        PROJECT,
        client=client,
        number_pattern_pattern="+1208",
        number_pattern_search_pattern=models.NumberPatternSearchPattern.START,
        region_code="US",
        type_=models.NumberType.LOCAL,
        capabilities=[models.NumberCapability.SMS, models.NumberCapability.VOICE],
        size=3,
    )
    request = wire.only()
    assert request.raw_path == "/v1/projects/proj-1/availableNumbers"
    assert request.query == [
        ("numberPattern.pattern", "+1208"),
        ("numberPattern.searchPattern", "START"),
        ("regionCode", "US"),
        ("type", "LOCAL"),
        ("capabilities", "SMS"),
        ("capabilities", "VOICE"),
        ("size", "3"),
    ]
    # "+" is percent-encoded in the query too; a bare "+" would be decoded as a space.
    assert "numberPattern.pattern=%2B1208" in request.raw_query.split("&")
    assert found.available_numbers[0].phone_number == "+12085550100"


def test_list_active_numbers_paging_and_sorting(wire: WireServer, client: Client) -> None:
    wire.reply_json({"activeNumbers": [], "nextPageToken": "page-3", "totalSize": 120})
    page = number_service_list_active_numbers.sync(
        PROJECT,
        client=client,
        region_code="US",
        type_=models.NumberType.MOBILE,
        capability=[models.NumberCapability.SMS, models.NumberCapability.VOICE],
        page_size=50,
        page_token="page-2",
        order_by=models.NumberServiceListActiveNumbersOrderBy.DISPLAYNAME,
    )
    request = wire.only()
    assert request.method == "GET"
    assert request.raw_path == "/v1/projects/proj-1/activeNumbers"
    assert request.query == [
        ("regionCode", "US"),
        ("type", "MOBILE"),
        ("capability", "SMS"),
        ("capability", "VOICE"),
        ("pageSize", "50"),
        ("pageToken", "page-2"),
        ("orderBy", "displayName"),
    ]
    assert request.body == b""
    assert (page.next_page_token, page.total_size) == ("page-3", 120)


async def test_async_request_equals_sync_request(wire: WireServer, client: Client) -> None:
    kwargs: dict[str, Any] = {
        "capability": [models.NumberCapability.VOICE, models.NumberCapability.SMS],
        "page_size": 2,
        "number_pattern_pattern": "+1",
    }
    number_service_list_active_numbers.sync_detailed(PROJECT, client=client, **kwargs)
    async with client:
        await number_service_list_active_numbers.asyncio_detailed(PROJECT, client=client, **kwargs)
    sync_request, async_request = wire.requests
    assert (sync_request.method, sync_request.target, sync_request.body) == (
        async_request.method,
        async_request.target,
        async_request.body,
    )


def test_update_active_number_patch_body(wire: WireServer, client: Client) -> None:
    body = models.ActiveNumberRequest(
        display_name="Support line",
        sms_configuration=models.SmsConfiguration(service_plan_id=""),
        voice_configuration=models.VoiceConfigurationEST(
            type_=models.VoiceApplicationType.EST, trunk_id="trunk-1"
        ),
        callback_url="https://example.com/cb",
    )
    number_service_update_active_number.sync_detailed(PROJECT, PHONE, client=client, body=body)
    request = wire.only()
    assert request.method == "PATCH"
    assert request.target == "/v1/projects/proj-1/activeNumbers/%2B12025550134"
    assert request.header("Content-Type") == "application/json"
    assert request.json() == {
        "displayName": "Support line",
        "smsConfiguration": {"servicePlanId": ""},  # "" unlinks the service plan: must be sent
        "voiceConfiguration": {"type": "EST", "trunkId": "trunk-1"},
        "callbackUrl": "https://example.com/cb",
    }


def test_upload_attachment_multipart(wire: WireServer, client: Client) -> None:
    payload = b"%PDF-1.7\n\x00\x01\xfe\xff\r\n--not-a-boundary\r\nend"
    response = upload_number_order_attachment.sync_detailed(
        PROJECT, ORDER, ATTACHMENT, client=client, body=_upload_body(payload)
    )
    assert response.status_code == 200
    request = wire.only()
    assert request.method == "POST"
    assert request.target == f"/v1/projects/proj-1/numberOrders/{ORDER}/attachments/{ATTACHMENT}"
    file_part, type_part = _multipart(request)
    assert file_part.get_param("name", header="content-disposition") == "file"
    assert file_part.get_filename() == "passport.pdf"
    assert file_part.get_content_type() == "application/pdf"
    assert file_part.get_payload(decode=True) == payload
    assert type_part.get_param("name", header="content-disposition") == "documentType"
    assert type_part.get_filename() is None
    assert type_part.get_payload(decode=True) == b"Passport"


def test_upload_attachment_without_document_type(wire: WireServer, client: Client) -> None:
    body = models.UploadNumberOrderAttachmentBody(
        file=File(payload=io.BytesIO(b"a,b\n1,2\n"), file_name="ids.csv", mime_type="text/csv")
    )
    upload_number_order_attachment.sync_detailed(
        PROJECT, ORDER, ATTACHMENT, client=client, body=body
    )
    (part,) = _multipart(wire.only())
    assert (part.get_filename(), part.get_payload(decode=True)) == ("ids.csv", b"a,b\n1,2\n")


def test_upload_attachment_content_cannot_collide_with_boundary(
    wire: WireServer, client: Client
) -> None:
    payload = b"line one\r\n--+++\r\nline two"
    upload_number_order_attachment.sync_detailed(
        PROJECT, ORDER, ATTACHMENT, client=client, body=_upload_body(payload)
    )
    parts = _multipart(wire.only())
    assert [part.get_param("name", header="content-disposition") for part in parts] == [
        "file",
        "documentType",
    ]
    assert parts[0].get_payload(decode=True) == payload


def test_update_callback_configuration(wire: WireServer, client: Client) -> None:
    wire.reply_json({"projectId": PROJECT, "hmacSecret": HMAC_SECRET})
    configuration = update_callback_configuration.sync(
        PROJECT, client=client, body=models.CallbackConfigurationUpdate(hmac_secret=HMAC_SECRET)
    )
    request = wire.only()
    assert request.method == "PATCH"
    assert request.target == "/v1/projects/proj-1/callbackConfiguration"
    assert request.json() == {"hmacSecret": HMAC_SECRET}
    assert isinstance(configuration, models.CallbackConfiguration)
    assert (configuration.project_id, configuration.hmac_secret) == (PROJECT, HMAC_SECRET)


def test_provision_emergency_address(wire: WireServer, client: Client) -> None:
    wire.reply_json({"streetNumber": "12345", "city": "Springfield"})
    address = number_service_provision_emergency_address.sync(
        PROJECT, PHONE, client=client, body=_address()
    )
    request = wire.only()
    assert request.method == "POST"
    assert (
        request.target
        == "/v1/projects/proj-1/activeNumbers/%2B12025550134/emergencyAddress:provision"
    )
    assert request.json() == {
        "displayName": "HQ",
        "address": {
            "streetNumber": "12345",
            "streetInfo": "Main St",
            "city": "Springfield",
            "state": "IL",
            "postalCode": "62701",
        },
    }
    assert isinstance(address, models.EmergencyAddress) and address.city == "Springfield"


def test_error_statuses_are_left_unparsed_for_the_caller(wire: WireServer, client: Client) -> None:
    """Only 2xx bodies are parsed: a documented error keeps its status and bytes, unparsed, so
    the overlay maps it to its typed error parsing the body once; an undocumented status still
    raises ``UnexpectedStatus`` when the client asks for that."""
    not_found = b'{"error": {"code": 404, "status": "NOT_FOUND", "details": []}}'
    wire.reply(ScriptedResponse(status=404, body=not_found))
    wire.reply(ScriptedResponse(status=500, body=b"<html>down</html>"))
    wire.reply(ScriptedResponse(status=418, body=b"teapot"))
    response = get_number_order.sync_detailed(PROJECT, ORDER, client=client)
    assert (response.status_code, response.parsed, response.content) == (404, None, not_found)
    assert get_number_order.sync(PROJECT, ORDER, client=client) is None
    with pytest.raises(errors.UnexpectedStatus) as info:
        get_number_order.sync(PROJECT, ORDER, client=client)
    assert (info.value.status_code, info.value.content) == (418, b"teapot")


# --- discriminators ------------------------------------------------------------------------------


def _active_number(voice: dict[str, Any]) -> dict[str, Any]:
    return {"phoneNumber": PHONE, "voiceConfiguration": voice}


@pytest.mark.parametrize(
    ("voice", "variant", "scheduled_variant", "id_attribute"),
    [
        pytest.param(
            {
                "type": "EST",
                "trunkId": "trunk-1",
                "scheduledVoiceProvisioning": {
                    "type": "FAX",
                    "status": "WAITING",
                    "serviceId": "s",
                },
            },
            models.VoiceConfigurationEST,
            models.ScheduledVoiceProvisioningFAX,
            ("trunk_id", "trunk-1"),
            id="EST",
        ),
        pytest.param(
            {
                "type": "FAX",
                "serviceId": "fax-1",
                "scheduledVoiceProvisioning": {"type": "EST", "status": "FAILED", "trunkId": "t"},
            },
            models.VoiceConfigurationFAX,
            models.ScheduledVoiceProvisioningEST,
            ("service_id", "fax-1"),
            id="FAX",
        ),
    ],
)
def test_active_number_voice_configuration_variants(
    wire: WireServer,
    client: Client,
    voice: dict[str, Any],
    variant: type,
    scheduled_variant: type,
    id_attribute: tuple[str, str],
) -> None:
    wire.reply_json(_active_number(voice))
    parsed = number_service_get_active_number.sync(PROJECT, PHONE, client=client)
    configuration = parsed.voice_configuration
    assert type(configuration) is variant
    assert getattr(configuration, id_attribute[0]) == id_attribute[1]
    assert configuration.additional_properties == {}
    assert type(configuration.scheduled_voice_provisioning) is scheduled_variant
    assert parsed.to_dict() == _active_number(voice)
    # The same JSON as a request body (ActiveNumberRequest) picks the same variant.
    request = models.ActiveNumberRequest.from_dict({"voiceConfiguration": voice})
    assert type(request.voice_configuration) is variant
    assert type(models.parse_voice_configuration(voice)) is variant


@pytest.mark.parametrize(
    ("voice", "variant"),
    [
        ({"type": "EST", "trunkId": "trunk-1"}, models.OrderVoiceConfigurationEST),
        ({"type": "FAX", "serviceId": "fax-1"}, models.OrderVoiceConfigurationFAX),
        ({"type": "RTC", "appId": "app-1"}, models.OrderVoiceConfigurationRTC),
    ],
    ids=["EST", "FAX", "RTC"],
)
def test_number_order_voice_configuration_variants(
    wire: WireServer, client: Client, voice: dict[str, Any], variant: type
) -> None:
    wire.reply_json({"idNumberOrder": ORDER, "state": "CREATED", "voiceConfiguration": voice})
    order = get_number_order.sync(PROJECT, ORDER, client=client)
    assert type(order.voice_configuration) is variant
    assert order.voice_configuration.additional_properties == {}
    assert order.to_dict()["voiceConfiguration"] == voice


def test_voice_configuration_variants_serialize_their_own_id(
    wire: WireServer, client: Client
) -> None:
    body = models.ActiveNumberRequest(
        voice_configuration=models.VoiceConfigurationFAX(
            type_=models.VoiceApplicationType.FAX, service_id="fax-1"
        )
    )
    number_service_update_active_number.sync_detailed(PROJECT, PHONE, client=client, body=body)
    assert wire.only().json() == {"voiceConfiguration": {"type": "FAX", "serviceId": "fax-1"}}


def test_create_order_for_specific_numbers(wire: WireServer, client: Client) -> None:
    body = models.CreateNumberOrderRequest(
        region_code="AU",
        number_type=models.NumberType.MOBILE,
        sms_configuration=models.SmsConfigurationBase(service_plan_id="sp1"),
        voice_configuration=models.OrderVoiceConfigurationEST(
            type_=models.VoiceApplicationType.EST, trunk_id="trunk-1"
        ),
        callback_url="https://example.com/cb",
        number_order_option=models.CreateNumberOrderOption(phone_numbers=["+61411111112"]),
    )
    create_number_order.sync_detailed(PROJECT, client=client, body=body)
    request = wire.only()
    assert request.target == "/v1/projects/proj-1/numberOrders:createNumberOrder"
    assert request.json() == {
        "regionCode": "AU",
        "numberType": "MOBILE",
        "smsConfiguration": {"servicePlanId": "sp1"},
        "voiceConfiguration": {"type": "EST", "trunkId": "trunk-1"},
        "callbackUrl": "https://example.com/cb",
        "numberOrderOption": {"phoneNumbers": ["+61411111112"]},
    }


def test_create_order_by_quantity(wire: WireServer, client: Client) -> None:
    body = models.CreateNumberOrderRequest(
        region_code="US",
        number_type=models.NumberType.LOCAL,
        quantity_order_option=models.CreateQuantityOrderOption(
            requested_quantity=3,
            number_pattern=models.NumberPattern(
                pattern="206", search_pattern=models.NumberPatternSearchPattern.CONTAINS
            ),
            capabilities=[models.NumberCapability.SMS, models.NumberCapability.VOICE],
            sequential=False,
        ),
    )
    create_number_order.sync_detailed(PROJECT, client=client, body=body)
    assert wire.only().json() == {
        "regionCode": "US",
        "numberType": "LOCAL",
        "quantityOrderOption": {
            "requestedQuantity": 3,
            "numberPattern": {"pattern": "206", "searchPattern": "CONTAINS"},
            "sequential": False,
            "capabilities": ["SMS", "VOICE"],
        },
    }
    with pytest.raises(TypeError):
        models.CreateQuantityOrderOption()  # type: ignore[call-arg]  # requestedQuantity


#: The address fields EmergencyAddressRequest.address lists as required (attribute -> JSON).
REQUIRED_ADDRESS_FIELDS = {
    "street_number": "streetNumber",
    "street_info": "streetInfo",
    "city": "city",
    "state": "state",
    "postal_code": "postalCode",
}


def test_required_address_fields_match_the_spec() -> None:
    address = SPEC["components"]["schemas"]["EmergencyAddressRequest"]["properties"]["address"]
    assert sorted(address["required"]) == sorted(REQUIRED_ADDRESS_FIELDS.values())


@pytest.mark.parametrize("missing", REQUIRED_ADDRESS_FIELDS)
def test_emergency_address_request_requires_address_fields(missing: str) -> None:
    present = {name: json for name, json in REQUIRED_ADDRESS_FIELDS.items() if name != missing}
    with pytest.raises(TypeError, match=missing):
        models.EmergencyAddressRequestAddress(**dict.fromkeys(present, "x"))
    with pytest.raises(KeyError, match=REQUIRED_ADDRESS_FIELDS[missing]):
        models.EmergencyAddressRequestAddress.from_dict(dict.fromkeys(present.values(), "x"))


def test_emergency_address_request_requires_display_name_and_address() -> None:
    with pytest.raises(TypeError):
        models.EmergencyAddressRequest(display_name="HQ")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        models.EmergencyAddressRequest(address=_address().address)  # type: ignore[call-arg]
    assert "location" not in _address().to_dict()["address"]  # optional fields stay optional


# --- the wire server itself ----------------------------------------------------------------------


def test_wire_server_records_raw_request() -> None:
    import httpx

    with WireServer() as server:
        server.reply(ScriptedResponse(status=201, body=b"made", headers=(("X-Id", "7"),)))
        response = httpx.post(
            server.url + "/a/%2B1:rent?k=1&k=2&e=&plus=%2B",
            content=b"\x00raw",
            headers={"X-Test": "yes"},
        )
        assert (response.status_code, response.content, response.headers["X-Id"]) == (
            201,
            b"made",
            "7",
        )
        assert httpx.get(server.url + "/default").json() == {}
        first, second = server.requests
        url = server.url
    assert first.method == "POST"
    assert first.raw_path == "/a/%2B1:rent"
    assert first.query == [("k", "1"), ("k", "2"), ("e", ""), ("plus", "+")]
    assert first.query_values("k") == ["1", "2"]
    assert first.header("x-test") == "yes"
    assert first.body == b"\x00raw"
    assert (second.method, second.target, second.body) == ("GET", "/default", b"")
    with pytest.raises(httpx.TransportError):  # stopped means the port is closed
        httpx.get(url + "/after-stop", timeout=1)
