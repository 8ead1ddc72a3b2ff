# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

from ... import conformance, errors
from ...models.list_active_numbers_response import ListActiveNumbersResponse
from ...models.number_capability import NumberCapability
from ...models.number_pattern_search_pattern import NumberPatternSearchPattern
from ...models.number_service_list_active_numbers_order_by import (
    NumberServiceListActiveNumbersOrderBy,
)
from ...models.number_type import NumberType
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    project_id: str,
    *,
    region_code: str | Unset = UNSET,
    number_pattern_pattern: str | Unset = UNSET,
    number_pattern_search_pattern: NumberPatternSearchPattern | Unset = UNSET,
    type_: NumberType | Unset = UNSET,
    capability: list[NumberCapability] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order_by: NumberServiceListActiveNumbersOrderBy | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["regionCode"] = region_code

    params["numberPattern.pattern"] = number_pattern_pattern

    json_number_pattern_search_pattern: str | Unset = UNSET
    if not isinstance(number_pattern_search_pattern, Unset):
        json_number_pattern_search_pattern = number_pattern_search_pattern.value

    params["numberPattern.searchPattern"] = json_number_pattern_search_pattern

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_capability: list[str] | Unset = UNSET
    if not isinstance(capability, Unset):
        json_capability = []
        for capability_item_data in capability:
            capability_item = capability_item_data.value
            json_capability.append(capability_item)

    params["capability"] = json_capability

    params["pageSize"] = page_size

    params["pageToken"] = page_token

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["orderBy"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/projects/{path_segment(str(project_id))}/activeNumbers",
        "params": params,
    }

    return _kwargs


OPERATION_ID = "NumberService_ListActiveNumbers"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListActiveNumbersResponse | None:
    if response.status_code == 200:
        return ListActiveNumbersResponse.from_dict(errors.json_object(response, OPERATION_ID))

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
        return ListActiveNumbersResponse.from_dict(errors.json_object(response, OPERATION_ID))

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListActiveNumbersResponse]:
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
    region_code: str | Unset = UNSET,
    number_pattern_pattern: str | Unset = UNSET,
    number_pattern_search_pattern: NumberPatternSearchPattern | Unset = UNSET,
    type_: NumberType | Unset = UNSET,
    capability: list[NumberCapability] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order_by: NumberServiceListActiveNumbersOrderBy | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ListActiveNumbersResponse]:
    """List a project's active numbers

     Returns the active numbers of the project, one page at a time. All filters are optional.

    Args:
        project_id (str):  Example: YOUR_projectId.
        region_code (str | Unset):  Example: US.
        number_pattern_pattern (str | Unset):  Example: %2B120.
        number_pattern_search_pattern (NumberPatternSearchPattern | Unset): Where in the number
            the digit sequence must appear.
        type_ (NumberType | Unset): Type of the number.
        capability (list[NumberCapability] | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        order_by (NumberServiceListActiveNumbersOrderBy | Unset): Field used for sorting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListActiveNumbersResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        region_code=region_code,
        number_pattern_pattern=number_pattern_pattern,
        number_pattern_search_pattern=number_pattern_search_pattern,
        type_=type_,
        capability=capability,
        page_size=page_size,
        page_token=page_token,
        order_by=order_by,
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
    region_code: str | Unset = UNSET,
    number_pattern_pattern: str | Unset = UNSET,
    number_pattern_search_pattern: NumberPatternSearchPattern | Unset = UNSET,
    type_: NumberType | Unset = UNSET,
    capability: list[NumberCapability] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order_by: NumberServiceListActiveNumbersOrderBy | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ListActiveNumbersResponse | None:
    """List a project's active numbers

     Returns the active numbers of the project, one page at a time. All filters are optional.

    Args:
        project_id (str):  Example: YOUR_projectId.
        region_code (str | Unset):  Example: US.
        number_pattern_pattern (str | Unset):  Example: %2B120.
        number_pattern_search_pattern (NumberPatternSearchPattern | Unset): Where in the number
            the digit sequence must appear.
        type_ (NumberType | Unset): Type of the number.
        capability (list[NumberCapability] | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        order_by (NumberServiceListActiveNumbersOrderBy | Unset): Field used for sorting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListActiveNumbersResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        region_code=region_code,
        number_pattern_pattern=number_pattern_pattern,
        number_pattern_search_pattern=number_pattern_search_pattern,
        type_=type_,
        capability=capability,
        page_size=page_size,
        page_token=page_token,
        order_by=order_by,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    region_code: str | Unset = UNSET,
    number_pattern_pattern: str | Unset = UNSET,
    number_pattern_search_pattern: NumberPatternSearchPattern | Unset = UNSET,
    type_: NumberType | Unset = UNSET,
    capability: list[NumberCapability] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order_by: NumberServiceListActiveNumbersOrderBy | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ListActiveNumbersResponse]:
    """List a project's active numbers

     Returns the active numbers of the project, one page at a time. All filters are optional.

    Args:
        project_id (str):  Example: YOUR_projectId.
        region_code (str | Unset):  Example: US.
        number_pattern_pattern (str | Unset):  Example: %2B120.
        number_pattern_search_pattern (NumberPatternSearchPattern | Unset): Where in the number
            the digit sequence must appear.
        type_ (NumberType | Unset): Type of the number.
        capability (list[NumberCapability] | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        order_by (NumberServiceListActiveNumbersOrderBy | Unset): Field used for sorting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListActiveNumbersResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        region_code=region_code,
        number_pattern_pattern=number_pattern_pattern,
        number_pattern_search_pattern=number_pattern_search_pattern,
        type_=type_,
        capability=capability,
        page_size=page_size,
        page_token=page_token,
        order_by=order_by,
    )
    if not isinstance(timeout, Unset):
        kwargs["timeout"] = timeout

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    region_code: str | Unset = UNSET,
    number_pattern_pattern: str | Unset = UNSET,
    number_pattern_search_pattern: NumberPatternSearchPattern | Unset = UNSET,
    type_: NumberType | Unset = UNSET,
    capability: list[NumberCapability] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order_by: NumberServiceListActiveNumbersOrderBy | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ListActiveNumbersResponse | None:
    """List a project's active numbers

     Returns the active numbers of the project, one page at a time. All filters are optional.

    Args:
        project_id (str):  Example: YOUR_projectId.
        region_code (str | Unset):  Example: US.
        number_pattern_pattern (str | Unset):  Example: %2B120.
        number_pattern_search_pattern (NumberPatternSearchPattern | Unset): Where in the number
            the digit sequence must appear.
        type_ (NumberType | Unset): Type of the number.
        capability (list[NumberCapability] | Unset):
        page_size (int | Unset):
        page_token (str | Unset):
        order_by (NumberServiceListActiveNumbersOrderBy | Unset): Field used for sorting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListActiveNumbersResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            region_code=region_code,
            number_pattern_pattern=number_pattern_pattern,
            number_pattern_search_pattern=number_pattern_search_pattern,
            type_=type_,
            capability=capability,
            page_size=page_size,
            page_token=page_token,
            order_by=order_by,
            timeout=timeout,
        )
    ).parsed
