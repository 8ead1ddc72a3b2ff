# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.internal_error import InternalError
from ...models.invalid_argument import InvalidArgument
from ...models.lookup_number_requirements_request import LookupNumberRequirementsRequest
from ...models.number_requirements import NumberRequirements
from ...types import Response, status_of


def _get_kwargs(
    project_id: str,
    *,
    body: LookupNumberRequirementsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/numberOrders:lookupNumberRequirements".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InternalError | InvalidArgument | NumberRequirements | None:
    if response.status_code == 200:
        response_200 = NumberRequirements.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        try:
            response_400 = InvalidArgument.from_dict(response.json())

            return response_400

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 500:
        try:
            response_500 = InternalError.from_dict(response.json())

            return response_500

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InternalError | InvalidArgument | NumberRequirements]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LookupNumberRequirementsRequest,
) -> Response[InternalError | InvalidArgument | NumberRequirements]:
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
        Response[InternalError | InvalidArgument | NumberRequirements]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LookupNumberRequirementsRequest,
) -> InternalError | InvalidArgument | NumberRequirements | None:
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
        InternalError | InvalidArgument | NumberRequirements
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LookupNumberRequirementsRequest,
) -> Response[InternalError | InvalidArgument | NumberRequirements]:
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
        Response[InternalError | InvalidArgument | NumberRequirements]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LookupNumberRequirementsRequest,
) -> InternalError | InvalidArgument | NumberRequirements | None:
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
        InternalError | InvalidArgument | NumberRequirements
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
