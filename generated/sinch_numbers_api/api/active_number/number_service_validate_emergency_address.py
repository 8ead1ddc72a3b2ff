# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

from ... import conformance, errors
from ...models.emergency_address_request import EmergencyAddressRequest
from ...models.validate_address_response import ValidateAddressResponse
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    project_id: str,
    phone_number: str,
    *,
    body: EmergencyAddressRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v1/projects/{path_segment(str(project_id))}/activeNumbers/{path_segment(str(phone_number))}/emergencyAddress:validate",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION_ID = "NumberService_ValidateEmergencyAddress"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ValidateAddressResponse | None:
    if response.status_code == 200:
        return ValidateAddressResponse.from_dict(errors.json_object(response, OPERATION_ID))

    if response.status_code in (400, 404, 500):
        return None  # a documented error: the caller raises it from the status and raw body
    conformance.note(
        "",
        "undocumented-status",
        f"status {response.status_code} is not documented in spec {conformance.SPEC_VERSION}",
    )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    if 200 <= response.status_code <= 299:  # another success code: read it as the documented one
        return ValidateAddressResponse.from_dict(errors.json_object(response, OPERATION_ID))

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ValidateAddressResponse]:
    token = conformance.enter_operation(OPERATION_ID)  # deviations name the operation
    try:
        parsed = _parse_response(client=client, response=response)
    finally:
        conformance.exit_operation(token)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    project_id: str,
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmergencyAddressRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ValidateAddressResponse]:
    """Check an emergency address for a number

     Checks an emergency address for the number and returns the validation result, with corrections or
    candidate addresses where available.

    Args:
        project_id (str):  Example: YOUR_projectId.
        phone_number (str):  Example: +12025550134.
        body (EmergencyAddressRequest | Unset): An emergency address to provision or validate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ValidateAddressResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        phone_number=phone_number,
        body=body,
    )
    if not isinstance(timeout, Unset):
        kwargs["timeout"] = timeout

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmergencyAddressRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ValidateAddressResponse | None:
    """Check an emergency address for a number

     Checks an emergency address for the number and returns the validation result, with corrections or
    candidate addresses where available.

    Args:
        project_id (str):  Example: YOUR_projectId.
        phone_number (str):  Example: +12025550134.
        body (EmergencyAddressRequest | Unset): An emergency address to provision or validate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ValidateAddressResponse
    """

    return sync_detailed(
        project_id=project_id,
        phone_number=phone_number,
        client=client,
        body=body,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmergencyAddressRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ValidateAddressResponse]:
    """Check an emergency address for a number

     Checks an emergency address for the number and returns the validation result, with corrections or
    candidate addresses where available.

    Args:
        project_id (str):  Example: YOUR_projectId.
        phone_number (str):  Example: +12025550134.
        body (EmergencyAddressRequest | Unset): An emergency address to provision or validate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ValidateAddressResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        phone_number=phone_number,
        body=body,
    )
    if not isinstance(timeout, Unset):
        kwargs["timeout"] = timeout

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmergencyAddressRequest | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ValidateAddressResponse | None:
    """Check an emergency address for a number

     Checks an emergency address for the number and returns the validation result, with corrections or
    candidate addresses where available.

    Args:
        project_id (str):  Example: YOUR_projectId.
        phone_number (str):  Example: +12025550134.
        body (EmergencyAddressRequest | Unset): An emergency address to provision or validate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ValidateAddressResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            phone_number=phone_number,
            client=client,
            body=body,
            timeout=timeout,
        )
    ).parsed
