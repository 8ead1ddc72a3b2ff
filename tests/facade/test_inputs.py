"""Arguments through the facade: what is refused before sending, and what is sent for the rest."""

from __future__ import annotations

import inspect
import json
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any

import pytest
from sinch_numbers_api.models.number_capability import NumberCapability
from sinch_numbers_api.models.number_pattern_search_pattern import NumberPatternSearchPattern
from sinch_numbers_api.models.number_type import NumberType
from sinch_numbers_api.models.sms_configuration import SmsConfiguration
from sinch_numbers_api.models.voice_application_type import VoiceApplicationType
from sinch_numbers_api.models.voice_configuration_est import VoiceConfigurationEST

import sinch_numbers
from sinch_numbers import (
    AsyncNumbersClient,
    EmptyUpdateError,
    InvalidArgumentsError,
    InvalidPhoneNumberError,
    NumbersClient,
    SinchNumbersError,
)
from sinch_numbers.resources._operations import OPERATIONS

from .conftest import PHONE
from .loopback import PROJECT, LoopbackAPI, Reply, WireRequest

BAD_NUMBERS = ["12345", "+1 206 555", ""]
ACTIVE = f"/v1/projects/{PROJECT}/activeNumbers/{PHONE}"
ORDER_ATTACHMENT = f"/v1/projects/{PROJECT}/numberOrders/order-1/attachments/att-1"
REQUIRED = {  # other required keyword arguments of the methods taking a phone number
    "display_name": "Front desk",
    "address": {
        "streetNumber": "1",
        "streetInfo": "Main St",
        "city": "Seattle",
        "state": "WA",
        "postalCode": "98101",
    },
}


def _phone_methods() -> list[tuple[str, str]]:
    """Every facade method whose first argument is a phone number."""
    with NumbersClient("p", "k", "s", auth="basic") as probe:
        return sorted(
            (resource, name)
            for resource, name in OPERATIONS.values()
            if "phone_number"
            in inspect.signature(getattr(getattr(probe, resource), name)).parameters
        )


PHONE_METHODS = _phone_methods()


def _phone_call_kwargs(client: Any, resource: str, name: str) -> dict[str, Any]:
    method = getattr(getattr(client, resource), name)
    kwargs: dict[str, Any] = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.name != "phone_number" and parameter.default is inspect.Parameter.empty:
            kwargs[parameter.name] = REQUIRED[parameter.name]
    if (resource, name) == ("active_numbers", "update"):
        kwargs["display_name"] = "Front desk"  # so only the number can be wrong
    return kwargs


def only_request(api: LoopbackAPI) -> WireRequest:
    sent = api.api_wire
    assert len(sent) == 1, [w.target for w in sent]
    return sent[0]


def multipart_parts(request: WireRequest) -> dict[str, EmailMessage]:
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.body
    )
    assert isinstance(message, EmailMessage)
    parts: dict[str, EmailMessage] = {}
    for part in message.iter_parts():
        assert isinstance(part, EmailMessage)
        name = part.get_param("name", header="content-disposition")
        assert isinstance(name, str)
        parts[name] = part
    return parts


# -- phone numbers ------------------------------------------------------------------------


def test_invalid_phone_number_error_is_a_value_error() -> None:
    assert issubclass(InvalidPhoneNumberError, ValueError)
    assert issubclass(InvalidPhoneNumberError, SinchNumbersError)
    assert sinch_numbers.InvalidPhoneNumberError is InvalidPhoneNumberError


def test_every_phone_number_method_is_covered() -> None:
    # the API's phone-number operations: rent, two gets, update, release, four emergency ones
    assert len(PHONE_METHODS) == 9, PHONE_METHODS


@pytest.mark.parametrize(("resource", "name"), PHONE_METHODS)
def test_bad_phone_numbers_refused_before_sending_sync(
    api: LoopbackAPI, client: NumbersClient, resource: str, name: str
) -> None:
    method = getattr(getattr(client, resource), name)
    for bad in BAD_NUMBERS:
        with pytest.raises(InvalidPhoneNumberError) as info:
            method(bad, **_phone_call_kwargs(client, resource, name))
        assert repr(bad) in str(info.value)
    assert api.wire == []  # not even a token request


@pytest.mark.parametrize(("resource", "name"), PHONE_METHODS)
async def test_bad_phone_numbers_refused_before_sending_async(
    api: LoopbackAPI, aclient: AsyncNumbersClient, resource: str, name: str
) -> None:
    method = getattr(getattr(aclient, resource), name)
    for bad in BAD_NUMBERS:
        with pytest.raises(InvalidPhoneNumberError):
            await method(bad, **_phone_call_kwargs(aclient, resource, name))
    assert api.wire == []


def test_valid_number_passes_the_same_checks(api: LoopbackAPI, client: NumbersClient) -> None:
    """The refusals above are about the numbers, not about the other arguments."""
    for resource, name in PHONE_METHODS:
        method = getattr(getattr(client, resource), name)
        method(PHONE, **_phone_call_kwargs(client, resource, name))
    assert len(api.api_wire) == 9


# -- updates and one-of options -------------------------------------------------------------


def test_empty_updates_refused_before_sending(api: LoopbackAPI, client: NumbersClient) -> None:
    with pytest.raises(EmptyUpdateError) as info:
        client.active_numbers.update(PHONE)
    assert isinstance(info.value, InvalidArgumentsError)
    assert isinstance(info.value, ValueError)
    assert "display_name" in str(info.value)
    with pytest.raises(EmptyUpdateError):
        client.callback_configuration.update()
    assert api.wire == []


async def test_empty_updates_refused_before_sending_async(
    api: LoopbackAPI, aclient: AsyncNumbersClient
) -> None:
    with pytest.raises(EmptyUpdateError):
        await aclient.active_numbers.update(PHONE)
    with pytest.raises(EmptyUpdateError):
        await aclient.callback_configuration.update()
    assert api.wire == []


@pytest.mark.parametrize(
    "options",
    [
        {},
        {
            "number_order_option": {"phoneNumbers": [PHONE]},
            "quantity_order_option": {"requestedQuantity": 1},
        },
    ],
    ids=["neither", "both"],
)
async def test_order_needs_exactly_one_option(
    api: LoopbackAPI, client: NumbersClient, aclient: AsyncNumbersClient, options: dict[str, Any]
) -> None:
    with pytest.raises(InvalidArgumentsError) as info:
        client.number_orders.create(region_code="AU", number_type="MOBILE", **options)
    assert "number_order_option" in str(info.value)
    assert "quantity_order_option" in str(info.value)
    with pytest.raises(InvalidArgumentsError):
        await aclient.number_orders.create(region_code="AU", number_type="MOBILE", **options)
    assert api.wire == []


def test_order_with_one_option_is_sent(api: LoopbackAPI, client: NumbersClient) -> None:
    client.number_orders.create(
        region_code="AU", number_type="MOBILE", number_order_option={"phoneNumbers": [PHONE]}
    )
    body = json.loads(only_request(api).body)
    assert body == {
        "regionCode": "AU",
        "numberType": "MOBILE",
        "numberOrderOption": {"phoneNumbers": [PHONE]},
    }


# -- enums -----------------------------------------------------------------------------------


def test_enum_arguments_accept_strings_and_enums(api: LoopbackAPI, client: NumbersClient) -> None:
    client.available_numbers.search(
        region_code="US",
        type="LOCAL",
        capabilities=["SMS", NumberCapability.VOICE],
        pattern="206",
        search_pattern="START",
    )
    client.available_numbers.search(
        region_code="US",
        type=NumberType.LOCAL,
        capabilities=[NumberCapability.SMS, "VOICE"],
        pattern="206",
        search_pattern=NumberPatternSearchPattern.START,
    )
    first, second = api.api_wire
    assert first.query == second.query
    assert sorted(first.query) == sorted(
        [
            ("regionCode", "US"),
            ("type", "LOCAL"),
            ("capabilities", "SMS"),
            ("capabilities", "VOICE"),
            ("numberPattern.pattern", "206"),
            ("numberPattern.searchPattern", "START"),
        ]
    )


def test_unknown_enum_strings_go_through_unchanged(api: LoopbackAPI, client: NumbersClient) -> None:
    client.available_numbers.search(region_code="US", type="SATELLITE", capabilities=["HOLOGRAM"])
    client.number_orders.lookup_requirements(region_code="AU", number_type="QUANTUM")
    search, lookup = api.api_wire
    assert search.query_values("type") == ["SATELLITE"]
    assert search.query_values("capabilities") == ["HOLOGRAM"]
    assert json.loads(lookup.body) == {"regionCode": "AU", "numberType": "QUANTUM"}


def test_enum_lists_refuse_a_bare_string(api: LoopbackAPI, client: NumbersClient) -> None:
    with pytest.raises(InvalidArgumentsError):
        client.available_numbers.search(region_code="US", type="LOCAL", capabilities="SMS")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentsError):
        client.regions.list(types="LOCAL")  # type: ignore[arg-type]
    assert api.wire == []


# -- nested objects ------------------------------------------------------------------------


def test_dicts_become_models(api: LoopbackAPI, client: NumbersClient) -> None:
    client.active_numbers.update(
        PHONE,
        sms_configuration={"servicePlanId": "x"},
        voice_configuration={"type": "EST", "trunkId": "t"},
    )
    request = only_request(api)
    assert (request.method, request.path) == ("PATCH", ACTIVE)
    assert json.loads(request.body) == {
        "smsConfiguration": {"servicePlanId": "x"},
        "voiceConfiguration": {"type": "EST", "trunkId": "t"},
    }


@pytest.mark.parametrize(
    "voice",
    [
        {"type": "EST", "trunkId": "t"},
        {"type": "FAX", "serviceId": "s"},
        {"type": "RTC", "appId": "a"},
    ],
    ids=lambda v: v["type"],
)
async def test_voice_configuration_dicts_keep_their_variant(
    api: LoopbackAPI, aclient: AsyncNumbersClient, voice: dict[str, str]
) -> None:
    await aclient.available_numbers.rent(PHONE, voice_configuration=voice)
    assert json.loads(only_request(api).body) == {"voiceConfiguration": voice}


def test_models_and_dicts_send_the_same(api: LoopbackAPI, client: NumbersClient) -> None:
    client.active_numbers.update(
        PHONE,
        sms_configuration=SmsConfiguration(service_plan_id="x"),
        voice_configuration=VoiceConfigurationEST(type_=VoiceApplicationType.EST, trunk_id="t"),
    )
    client.active_numbers.update(
        PHONE,
        sms_configuration={"servicePlanId": "x"},
        voice_configuration={"type": "EST", "trunkId": "t"},
    )
    first, second = api.api_wire
    assert json.loads(first.body) == json.loads(second.body)


def test_dict_missing_a_required_field_is_an_argument_error(
    api: LoopbackAPI, client: NumbersClient
) -> None:
    with pytest.raises(InvalidArgumentsError):
        client.number_orders.create(
            region_code="AU", number_type="MOBILE", quantity_order_option={"quantity": 1}
        )
    assert api.wire == []


# -- uploads -----------------------------------------------------------------------------------


def test_upload_from_bytes_path_and_open_file(
    api: LoopbackAPI, client: NumbersClient, tmp_path: Path
) -> None:
    pdf = tmp_path / "passport.pdf"
    pdf.write_bytes(b"%PDF-1.4 passport")
    png = tmp_path / "id-card.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n id card")

    client.number_orders.upload_attachment("order-1", "att-1", file=b"raw bytes")
    client.number_orders.upload_attachment("order-1", "att-1", file=pdf, document_type="PASSPORT")
    with png.open("rb") as handle:
        client.number_orders.upload_attachment("order-1", "att-1", file=handle)

    sent = api.api_wire
    assert [(w.method, w.path) for w in sent] == [("POST", ORDER_ATTACHMENT)] * 3
    expected = [
        ("upload", "application/octet-stream", b"raw bytes"),
        ("passport.pdf", "application/pdf", b"%PDF-1.4 passport"),
        ("id-card.png", "image/png", b"\x89PNG\r\n\x1a\n id card"),
    ]
    for request, (filename, content_type, content) in zip(sent, expected, strict=True):
        parts = multipart_parts(request)
        file_part = parts["file"]
        assert file_part.get_filename() == filename
        assert file_part.get_content_type() == content_type
        assert file_part.get_payload(decode=True) == content
    document_type = multipart_parts(sent[1])["documentType"]
    assert document_type.get_payload(decode=True) == b"PASSPORT"
    assert "documentType" not in multipart_parts(sent[0])


async def test_upload_async_from_path(
    api: LoopbackAPI, aclient: AsyncNumbersClient, tmp_path: Path
) -> None:
    doc = tmp_path / "utility-bill.pdf"
    doc.write_bytes(b"%PDF-1.4 bill")
    await aclient.number_orders.upload_attachment("order-1", "att-1", file=doc)
    part = multipart_parts(only_request(api))["file"]
    assert (part.get_filename(), part.get_content_type()) == ("utility-bill.pdf", "application/pdf")
    assert part.get_payload(decode=True) == b"%PDF-1.4 bill"


def test_upload_resent_after_429_carries_the_whole_file(
    api: LoopbackAPI, client: NumbersClient, tmp_path: Path
) -> None:
    """A refused (429) upload is resent; the file stream must be rewound, not sent empty."""
    api.script("POST", ORDER_ATTACHMENT, Reply(429, headers={"Retry-After": "0"}))
    doc = tmp_path / "scan.pdf"
    doc.write_bytes(b"%PDF-1.4 " + b"x" * 5000)
    with doc.open("rb") as handle:
        client.number_orders.upload_attachment("order-1", "att-1", file=handle)
    first, second = api.api_wire
    for request in (first, second):
        assert multipart_parts(request)["file"].get_payload(decode=True) == doc.read_bytes()
