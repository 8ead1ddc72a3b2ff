# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

from ... import conformance, errors
from ...models.list_available_numbers_response import ListAvailableNumbersResponse
from ...models.number_capability import NumberCapability
from ...models.number_pattern_search_pattern import NumberPatternSearchPattern
from ...models.number_type import NumberType
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    project_id: str,
    *,
    number_pattern_pattern: str | Unset = UNSET,
    number_pattern_search_pattern: NumberPatternSearchPattern | Unset = UNSET,
    region_code: str,
    type_: NumberType,
    capabilities: list[NumberCapability] | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["numberPattern.pattern"] = number_pattern_pattern

    json_number_pattern_search_pattern: str | Unset = UNSET
    if not isinstance(number_pattern_search_pattern, Unset):
        json_number_pattern_search_pattern = number_pattern_search_pattern.value

    params["numberPattern.searchPattern"] = json_number_pattern_search_pattern

    params["regionCode"] = region_code

    json_type_ = type_.value
    params["type"] = json_type_

    json_capabilities: list[str] | Unset = UNSET
    if not isinstance(capabilities, Unset):
        json_capabilities = []
        for capabilities_item_data in capabilities:
            capabilities_item = capabilities_item_data.value
            json_capabilities.append(capabilities_item)

    params["capabilities"] = json_capabilities

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/projects/{path_segment(str(project_id))}/availableNumbers",
        "params": params,
    }

    return _kwargs


OPERATION_ID = "NumberService_ListAvailableNumbers"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAvailableNumbersResponse | None:
    if response.status_code == 200:
        return ListAvailableNumbersResponse.from_dict(errors.json_object(response, OPERATION_ID))

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
        return ListAvailableNumbersResponse.from_dict(errors.json_object(response, OPERATION_ID))

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAvailableNumbersResponse]:
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
    number_pattern_pattern: str | Unset = UNSET,
    number_pattern_search_pattern: NumberPatternSearchPattern | Unset = UNSET,
    region_code: str,
    type_: NumberType,
    capabilities: list[NumberCapability] | Unset = UNSET,
    size: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ListAvailableNumbersResponse]:
    """Find phone numbers for sale

     Lists phone numbers that you can buy, filtered by any property of the
    available-number resource.

    Filter on capabilities by listing `SMS` and/or `VOICE`; list both to find
    numbers that support both.

    Works for every region and number type. To buy a number from the results,
    use the
    [Number Order](https://developers.sinch.com/docs/numbers/api-reference/numbers/number-order)
    API.

    Args:
        project_id (str):  Example: YOUR_projectId.
        number_pattern_pattern (str | Unset):  Example: %2B120.
        number_pattern_search_pattern (NumberPatternSearchPattern | Unset): Where in the number
            the digit sequence must appear.
        region_code (str):  Example: US.
        type_ (NumberType): Type of the number.
        capabilities (list[NumberCapability] | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAvailableNumbersResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        number_pattern_pattern=number_pattern_pattern,
        number_pattern_search_pattern=number_pattern_search_pattern,
        region_code=region_code,
        type_=type_,
        capabilities=capabilities,
        size=size,
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
    number_pattern_pattern: str | Unset = UNSET,
    number_pattern_search_pattern: NumberPatternSearchPattern | Unset = UNSET,
    region_code: str,
    type_: NumberType,
    capabilities: list[NumberCapability] | Unset = UNSET,
    size: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ListAvailableNumbersResponse | None:
    """Find phone numbers for sale

     Lists phone numbers that you can buy, filtered by any property of the
    available-number resource.

    Filter on capabilities by listing `SMS` and/or `VOICE`; list both to find
    numbers that support both.

    Works for every region and number type. To buy a number from the results,
    use the
    [Number Order](https://developers.sinch.com/docs/numbers/api-reference/numbers/number-order)
    API.

    Args:
        project_id (str):  Example: YOUR_projectId.
        number_pattern_pattern (str | Unset):  Example: %2B120.
        number_pattern_search_pattern (NumberPatternSearchPattern | Unset): Where in the number
            the digit sequence must appear.
        region_code (str):  Example: US.
        type_ (NumberType): Type of the number.
        capabilities (list[NumberCapability] | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAvailableNumbersResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        number_pattern_pattern=number_pattern_pattern,
        number_pattern_search_pattern=number_pattern_search_pattern,
        region_code=region_code,
        type_=type_,
        capabilities=capabilities,
        size=size,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    number_pattern_pattern: str | Unset = UNSET,
    number_pattern_search_pattern: NumberPatternSearchPattern | Unset = UNSET,
    region_code: str,
    type_: NumberType,
    capabilities: list[NumberCapability] | Unset = UNSET,
    size: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Response[ListAvailableNumbersResponse]:
    """Find phone numbers for sale

     Lists phone numbers that you can buy, filtered by any property of the
    available-number resource.

    Filter on capabilities by listing `SMS` and/or `VOICE`; list both to find
    numbers that support both.

    Works for every region and number type. To buy a number from the results,
    use the
    [Number Order](https://developers.sinch.com/docs/numbers/api-reference/numbers/number-order)
    API.

    Args:
        project_id (str):  Example: YOUR_projectId.
        number_pattern_pattern (str | Unset):  Example: %2B120.
        number_pattern_search_pattern (NumberPatternSearchPattern | Unset): Where in the number
            the digit sequence must appear.
        region_code (str):  Example: US.
        type_ (NumberType): Type of the number.
        capabilities (list[NumberCapability] | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAvailableNumbersResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        number_pattern_pattern=number_pattern_pattern,
        number_pattern_search_pattern=number_pattern_search_pattern,
        region_code=region_code,
        type_=type_,
        capabilities=capabilities,
        size=size,
    )
    if not isinstance(timeout, Unset):
        kwargs["timeout"] = timeout

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    number_pattern_pattern: str | Unset = UNSET,
    number_pattern_search_pattern: NumberPatternSearchPattern | Unset = UNSET,
    region_code: str,
    type_: NumberType,
    capabilities: list[NumberCapability] | Unset = UNSET,
    size: int | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ListAvailableNumbersResponse | None:
    """Find phone numbers for sale

     Lists phone numbers that you can buy, filtered by any property of the
    available-number resource.

    Filter on capabilities by listing `SMS` and/or `VOICE`; list both to find
    numbers that support both.

    Works for every region and number type. To buy a number from the results,
    use the
    [Number Order](https://developers.sinch.com/docs/numbers/api-reference/numbers/number-order)
    API.

    Args:
        project_id (str):  Example: YOUR_projectId.
        number_pattern_pattern (str | Unset):  Example: %2B120.
        number_pattern_search_pattern (NumberPatternSearchPattern | Unset): Where in the number
            the digit sequence must appear.
        region_code (str):  Example: US.
        type_ (NumberType): Type of the number.
        capabilities (list[NumberCapability] | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAvailableNumbersResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            number_pattern_pattern=number_pattern_pattern,
            number_pattern_search_pattern=number_pattern_search_pattern,
            region_code=region_code,
            type_=type_,
            capabilities=capabilities,
            size=size,
            timeout=timeout,
        )
    ).parsed
