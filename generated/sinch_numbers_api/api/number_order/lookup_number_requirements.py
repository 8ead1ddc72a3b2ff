# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

from ... import conformance, errors
from ...models.lookup_number_requirements_request import LookupNumberRequirementsRequest
from ...models.number_requirements import NumberRequirements
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    project_id: str,
    *,
    body: LookupNumberRequirementsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v1/projects/{path_segment(str(project_id))}/numberOrders:lookupNumberRequirements",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION_ID = "LookupNumberRequirements"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NumberRequirements | None:
    if response.status_code == 200:
        return NumberRequirements.from_dict(errors.json_object(response, OPERATION_ID))

    if response.status_code in (400, 500):
        return None  # a documented error: the caller raises it from the status and raw body
    conformance.note(
        "",
        "undocumented-status",
        f"status {response.status_code} is not documented in spec {conformance.SPEC_VERSION}",
    )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    if 200 <= response.status_code <= 299:  # another success code: read it as the documented one
        return NumberRequirements.from_dict(errors.json_object(response, OPERATION_ID))

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NumberRequirements]:
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
    *,
    client: AuthenticatedClient | Client,
    body: LookupNumberRequirementsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[NumberRequirements]:
    """Get the requirements for a number

     Returns the KYC information (fields and attachment files) that the
    region's legislation requires for the given number type.

    Full tutorial: [ordering numbers](https://developers.sinch.com/docs/numbers/kyc-numbers-order).

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (LookupNumberRequirementsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NumberRequirements]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
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
    *,
    client: AuthenticatedClient | Client,
    body: LookupNumberRequirementsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> NumberRequirements | None:
    """Get the requirements for a number

     Returns the KYC information (fields and attachment files) that the
    region's legislation requires for the given number type.

    Full tutorial: [ordering numbers](https://developers.sinch.com/docs/numbers/kyc-numbers-order).

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (LookupNumberRequirementsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NumberRequirements
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LookupNumberRequirementsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[NumberRequirements]:
    """Get the requirements for a number

     Returns the KYC information (fields and attachment files) that the
    region's legislation requires for the given number type.

    Full tutorial: [ordering numbers](https://developers.sinch.com/docs/numbers/kyc-numbers-order).

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (LookupNumberRequirementsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NumberRequirements]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )
    if not isinstance(timeout, Unset):
        kwargs["timeout"] = timeout

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LookupNumberRequirementsRequest,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> NumberRequirements | None:
    """Get the requirements for a number

     Returns the KYC information (fields and attachment files) that the
    region's legislation requires for the given number type.

    Full tutorial: [ordering numbers](https://developers.sinch.com/docs/numbers/kyc-numbers-order).

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (LookupNumberRequirementsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NumberRequirements
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            timeout=timeout,
        )
    ).parsed
