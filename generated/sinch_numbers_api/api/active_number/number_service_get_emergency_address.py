# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

from ... import conformance, errors
from ...models.emergency_address import EmergencyAddress
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    project_id: str,
    phone_number: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/projects/{path_segment(str(project_id))}/activeNumbers/{path_segment(str(phone_number))}/emergencyAddress",
    }

    return _kwargs


OPERATION_ID = "NumberService_GetEmergencyAddress"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmergencyAddress | None:
    if response.status_code == 200:
        return EmergencyAddress.from_dict(errors.json_object(response, OPERATION_ID))

    if response.status_code in (400, 403, 404, 500):
        return None  # a documented error: the caller raises it from the status and raw body
    conformance.note(
        "",
        "undocumented-status",
        f"status {response.status_code} is not documented in spec {conformance.SPEC_VERSION}",
    )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    if 200 <= response.status_code <= 299:  # another success code: read it as the documented one
        return EmergencyAddress.from_dict(errors.json_object(response, OPERATION_ID))

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmergencyAddress]:
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[EmergencyAddress]:
    """Read a number's emergency address

     Returns the emergency address linked to the number.

    Args:
        project_id (str):  Example: YOUR_projectId.
        phone_number (str):  Example: +12025550134.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyAddress]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        phone_number=phone_number,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> EmergencyAddress | None:
    """Read a number's emergency address

     Returns the emergency address linked to the number.

    Args:
        project_id (str):  Example: YOUR_projectId.
        phone_number (str):  Example: +12025550134.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyAddress
    """

    return sync_detailed(
        project_id=project_id,
        phone_number=phone_number,
        client=client,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[EmergencyAddress]:
    """Read a number's emergency address

     Returns the emergency address linked to the number.

    Args:
        project_id (str):  Example: YOUR_projectId.
        phone_number (str):  Example: +12025550134.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyAddress]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        phone_number=phone_number,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> EmergencyAddress | None:
    """Read a number's emergency address

     Returns the emergency address linked to the number.

    Args:
        project_id (str):  Example: YOUR_projectId.
        phone_number (str):  Example: +12025550134.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyAddress
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            phone_number=phone_number,
            client=client,
            timeout=timeout,
        )
    ).parsed
