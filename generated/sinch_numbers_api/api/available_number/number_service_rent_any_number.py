# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_number_response import ActiveNumberResponse
from ...models.internal_error import InternalError
from ...models.invalid_argument import InvalidArgument
from ...models.not_found import NotFound
from ...models.rent_any_number_request import RentAnyNumberRequest
from ...types import Response, status_of


def _get_kwargs(
    project_id: str,
    *,
    body: RentAnyNumberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/availableNumbers:rentAny".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActiveNumberResponse | Any | InternalError | InvalidArgument | NotFound | None:
    if response.status_code == 200:
        response_200 = ActiveNumberResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        try:
            response_400 = InvalidArgument.from_dict(response.json())

            return response_400

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 403:
        try:
            response_403 = response.json()
            return response_403

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 404:
        try:
            response_404 = NotFound.from_dict(response.json())

            return response_404

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
) -> Response[ActiveNumberResponse | Any | InternalError | InvalidArgument | NotFound]:
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
    body: RentAnyNumberRequest,
) -> Response[ActiveNumberResponse | Any | InternalError | InvalidArgument | NotFound]:
    """Activate any phone number matching criteria (deprecated)

     **Deprecated:** kept for existing integrations only. New integrations
    should use the
    [Number Order](https://developers.sinch.com/docs/numbers/api-reference/numbers/number-order)
    API, which covers all regions and number types; to buy numbers by
    criteria there, send `quantityOrderOption` to "Place a number order".

    Activates the first available number that matches the criteria in the
    request. You cannot see which number it is before it is activated.

    **Note:** only US `LOCAL` numbers are supported: `regionCode` must be
    `US` and `type` must be `LOCAL`.

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (RentAnyNumberRequest): Search criteria and configuration for finding and renting a
            matching number in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveNumberResponse | Any | InternalError | InvalidArgument | NotFound]
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
    body: RentAnyNumberRequest,
) -> ActiveNumberResponse | Any | InternalError | InvalidArgument | NotFound | None:
    """Activate any phone number matching criteria (deprecated)

     **Deprecated:** kept for existing integrations only. New integrations
    should use the
    [Number Order](https://developers.sinch.com/docs/numbers/api-reference/numbers/number-order)
    API, which covers all regions and number types; to buy numbers by
    criteria there, send `quantityOrderOption` to "Place a number order".

    Activates the first available number that matches the criteria in the
    request. You cannot see which number it is before it is activated.

    **Note:** only US `LOCAL` numbers are supported: `regionCode` must be
    `US` and `type` must be `LOCAL`.

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (RentAnyNumberRequest): Search criteria and configuration for finding and renting a
            matching number in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveNumberResponse | Any | InternalError | InvalidArgument | NotFound
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
    body: RentAnyNumberRequest,
) -> Response[ActiveNumberResponse | Any | InternalError | InvalidArgument | NotFound]:
    """Activate any phone number matching criteria (deprecated)

     **Deprecated:** kept for existing integrations only. New integrations
    should use the
    [Number Order](https://developers.sinch.com/docs/numbers/api-reference/numbers/number-order)
    API, which covers all regions and number types; to buy numbers by
    criteria there, send `quantityOrderOption` to "Place a number order".

    Activates the first available number that matches the criteria in the
    request. You cannot see which number it is before it is activated.

    **Note:** only US `LOCAL` numbers are supported: `regionCode` must be
    `US` and `type` must be `LOCAL`.

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (RentAnyNumberRequest): Search criteria and configuration for finding and renting a
            matching number in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveNumberResponse | Any | InternalError | InvalidArgument | NotFound]
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
    body: RentAnyNumberRequest,
) -> ActiveNumberResponse | Any | InternalError | InvalidArgument | NotFound | None:
    """Activate any phone number matching criteria (deprecated)

     **Deprecated:** kept for existing integrations only. New integrations
    should use the
    [Number Order](https://developers.sinch.com/docs/numbers/api-reference/numbers/number-order)
    API, which covers all regions and number types; to buy numbers by
    criteria there, send `quantityOrderOption` to "Place a number order".

    Activates the first available number that matches the criteria in the
    request. You cannot see which number it is before it is activated.

    **Note:** only US `LOCAL` numbers are supported: `regionCode` must be
    `US` and `type` must be `LOCAL`.

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (RentAnyNumberRequest): Search criteria and configuration for finding and renting a
            matching number in one call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveNumberResponse | Any | InternalError | InvalidArgument | NotFound
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
