# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_number_order_request import CreateNumberOrderRequest
from ...models.internal_error import InternalError
from ...models.invalid_argument import InvalidArgument
from ...models.number_order import NumberOrder
from ...types import Response, status_of


def _get_kwargs(
    project_id: str,
    *,
    body: CreateNumberOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/numberOrders:createNumberOrder".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InternalError | InvalidArgument | NumberOrder | None:
    if response.status_code == 200:
        response_200 = NumberOrder.from_dict(response.json())

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
) -> Response[InternalError | InvalidArgument | NumberOrder]:
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
    body: CreateNumberOrderRequest,
) -> Response[InternalError | InvalidArgument | NumberOrder]:
    """Place a number order

     Creates an order either for one specific number or for a quantity of
    numbers matching criteria (pattern, capabilities, ...). The numbers are
    reserved for somewhere between 30 minutes and 48 hours (see
    `expireTime`), and the order gets the containers that collect its KYC
    information.

    Send exactly one of:

    - `numberOrderOption`: specific numbers. `phoneNumbers` must hold exactly
      one number; several numbers per order are not supported yet.
    - `quantityOrderOption`: 1 to 100 numbers (`requestedQuantity`) matching
      the criteria.

    Full tutorial: [ordering numbers](https://developers.sinch.com/docs/numbers/kyc-numbers-order).

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (CreateNumberOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalError | InvalidArgument | NumberOrder]
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
    body: CreateNumberOrderRequest,
) -> InternalError | InvalidArgument | NumberOrder | None:
    """Place a number order

     Creates an order either for one specific number or for a quantity of
    numbers matching criteria (pattern, capabilities, ...). The numbers are
    reserved for somewhere between 30 minutes and 48 hours (see
    `expireTime`), and the order gets the containers that collect its KYC
    information.

    Send exactly one of:

    - `numberOrderOption`: specific numbers. `phoneNumbers` must hold exactly
      one number; several numbers per order are not supported yet.
    - `quantityOrderOption`: 1 to 100 numbers (`requestedQuantity`) matching
      the criteria.

    Full tutorial: [ordering numbers](https://developers.sinch.com/docs/numbers/kyc-numbers-order).

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (CreateNumberOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalError | InvalidArgument | NumberOrder
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
    body: CreateNumberOrderRequest,
) -> Response[InternalError | InvalidArgument | NumberOrder]:
    """Place a number order

     Creates an order either for one specific number or for a quantity of
    numbers matching criteria (pattern, capabilities, ...). The numbers are
    reserved for somewhere between 30 minutes and 48 hours (see
    `expireTime`), and the order gets the containers that collect its KYC
    information.

    Send exactly one of:

    - `numberOrderOption`: specific numbers. `phoneNumbers` must hold exactly
      one number; several numbers per order are not supported yet.
    - `quantityOrderOption`: 1 to 100 numbers (`requestedQuantity`) matching
      the criteria.

    Full tutorial: [ordering numbers](https://developers.sinch.com/docs/numbers/kyc-numbers-order).

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (CreateNumberOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalError | InvalidArgument | NumberOrder]
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
    body: CreateNumberOrderRequest,
) -> InternalError | InvalidArgument | NumberOrder | None:
    """Place a number order

     Creates an order either for one specific number or for a quantity of
    numbers matching criteria (pattern, capabilities, ...). The numbers are
    reserved for somewhere between 30 minutes and 48 hours (see
    `expireTime`), and the order gets the containers that collect its KYC
    information.

    Send exactly one of:

    - `numberOrderOption`: specific numbers. `phoneNumbers` must hold exactly
      one number; several numbers per order are not supported yet.
    - `quantityOrderOption`: 1 to 100 numbers (`requestedQuantity`) matching
      the criteria.

    Full tutorial: [ordering numbers](https://developers.sinch.com/docs/numbers/kyc-numbers-order).

    Args:
        project_id (str):  Example: YOUR_projectId.
        body (CreateNumberOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalError | InvalidArgument | NumberOrder
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
