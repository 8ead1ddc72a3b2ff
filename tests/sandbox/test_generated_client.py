"""The generated low-level client (``sinch_numbers_api``) against the sandbox."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import httpx
import pytest
from generated_operations import operation
from sinch_numbers_api import AuthenticatedClient, Client
from sinch_numbers_api.models import (
    ActiveNumberRequest,
    CreateNumberOrderRequest,
    InvalidArgument,
    LookupNumberRequirementsRequest,
    NotFound,
    NumberType,
    RentNumberRequest,
    UpdateNumberOrderRegistrationRequest,
    UploadNumberOrderAttachmentBody,
)
from sinch_numbers_api.types import File

from sinch_numbers.sandbox import Sandbox

from .conftest import eventually
from .test_orders import AU_ATTACHMENT, AU_NUMBER, AU_REGISTRATION

# Imported when a test runs (a removed operation fails its tests, not collection).
number_service_get_active_number = operation("NumberService_GetActiveNumber")
number_service_list_active_numbers = operation("NumberService_ListActiveNumbers")
number_service_update_active_number = operation("NumberService_UpdateActiveNumber")
number_service_list_available_numbers = operation("NumberService_ListAvailableNumbers")
number_service_rent_number = operation("NumberService_RentNumber")
create_number_order = operation("CreateNumberOrder")
get_number_order = operation("GetNumberOrder")
lookup_number_requirements = operation("LookupNumberRequirements")
submit_number_order = operation("SubmitNumberOrder")
update_number_order_registration = operation("UpdateNumberOrderRegistration")
upload_number_order_attachment = operation("UploadNumberOrderAttachment")


@pytest.fixture
def client(sb: Sandbox) -> Iterator[AuthenticatedClient]:
    with httpx.Client(trust_env=False) as plain:
        token = plain.post(
            sb.auth_url,
            data={"grant_type": "client_credentials"},
            auth=(sb.key_id, sb.key_secret),
        ).json()["access_token"]
    with AuthenticatedClient(base_url=sb.base_url, token=token) as authenticated:
        yield authenticated


def test_search_rent_update_list(client: AuthenticatedClient, sb: Sandbox) -> None:
    found = number_service_list_available_numbers.sync_detailed(
        sb.project_id, client=client, region_code="US", type_=NumberType.LOCAL, size=2
    )
    assert found.status_code == 200
    assert found.parsed is not None and not isinstance(found.parsed, InvalidArgument | NotFound)
    number = found.parsed.available_numbers[0].phone_number  # type: ignore[union-attr, index]
    rented = number_service_rent_number.sync_detailed(
        sb.project_id, number, client=client, body=RentNumberRequest.from_dict({})
    )
    assert rented.status_code == 200
    updated = number_service_update_active_number.sync_detailed(
        sb.project_id,
        number,
        client=client,
        body=ActiveNumberRequest.from_dict({"displayName": "from generated"}),
    )
    assert updated.status_code == 200
    got = number_service_get_active_number.sync_detailed(sb.project_id, number, client=client)
    assert got.parsed.display_name == "from generated"  # type: ignore[union-attr]
    listed = number_service_list_active_numbers.sync_detailed(sb.project_id, client=client)
    assert listed.parsed.total_size == 1  # type: ignore[union-attr]
    assert listed.parsed.next_page_token == ""  # type: ignore[union-attr]


def test_errors_parse_into_models(client: AuthenticatedClient, sb: Sandbox) -> None:
    """The sandbox's error bodies are the spec's error models. The endpoint leaves them
    unparsed (only 2xx bodies are; the overlay maps errors), so parse the bytes here."""
    missing = number_service_get_active_number.sync_detailed(
        sb.project_id, "+12025550199", client=client
    )
    assert missing.status_code == 404
    assert missing.parsed is None
    error = NotFound.from_dict(json.loads(missing.content))
    assert error.error.status == "NOT_FOUND"


def test_order_flow(client: AuthenticatedClient, sb: Sandbox) -> None:
    requirements = lookup_number_requirements.sync_detailed(
        sb.project_id,
        client=client,
        body=LookupNumberRequirementsRequest.from_dict(
            {"regionCode": "AU", "numberType": "MOBILE"}
        ),
    )
    assert requirements.status_code == 200
    assert requirements.parsed.attachments[0].id == AU_ATTACHMENT  # type: ignore[union-attr, index]
    created = create_number_order.sync_detailed(
        sb.project_id,
        client=client,
        body=CreateNumberOrderRequest.from_dict(
            {
                "regionCode": "AU",
                "numberType": "MOBILE",
                "numberOrderOption": {"phoneNumbers": [AU_NUMBER]},
            }
        ),
    )
    assert created.status_code == 200, created.content
    order_id = created.parsed.id_number_order  # type: ignore[union-attr]
    registered = update_number_order_registration.sync_detailed(
        sb.project_id,
        order_id,  # type: ignore[arg-type]
        client=client,
        body=UpdateNumberOrderRegistrationRequest.from_dict(AU_REGISTRATION),
    )
    assert registered.status_code == 200, registered.content
    uploaded = upload_number_order_attachment.sync_detailed(
        sb.project_id,
        order_id,  # type: ignore[arg-type]
        AU_ATTACHMENT,
        client=client,
        body=UploadNumberOrderAttachmentBody(
            file=File(
                payload=io.BytesIO(b"%PDF-1.4"), file_name="loa.pdf", mime_type="application/pdf"
            )
        ),
    )
    assert uploaded.status_code == 200, uploaded.content
    submitted = submit_number_order.sync_detailed(sb.project_id, order_id, client=client)  # type: ignore[arg-type]
    assert submitted.status_code == 200

    def completed() -> bool:
        order = get_number_order.sync_detailed(sb.project_id, order_id, client=client)  # type: ignore[arg-type]
        return str(order.parsed.state) == "COMPLETED"  # type: ignore[union-attr]

    eventually(completed)


def test_basic_auth_client(sb: Sandbox) -> None:
    with Client(base_url=sb.base_url, httpx_args={"auth": (sb.key_id, sb.key_secret)}) as plain:
        listed = number_service_list_active_numbers.sync_detailed(sb.project_id, client=plain)
    assert listed.status_code == 200
