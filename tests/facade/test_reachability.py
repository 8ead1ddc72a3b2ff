"""Every operation of openapi/numbers.yaml is reachable through the facade, sync and async.

For each operationId of the pinned spec: ``OPERATIONS`` names a resource method, the clients
have it, and calling it with minimal valid arguments (built from its signature) puts exactly
the spec's method and path on the wire of a loopback server, once, and returns the model
the spec documents for the 200 response (parsed from a minimal valid body built from the
response schema).
"""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import pytest
from pinned import OPERATION_IDS, pending

from sinch_numbers import AsyncNumbersClient, NumbersClient
from sinch_numbers.resources._operations import NEEDS_FRIENDLY_NAME, OPERATIONS, RESOURCES

from .loopback import LoopbackAPI
from .operations import (
    SPEC_OPERATIONS,
    call_arguments,
    expected_path,
    facade_operations,
    model_class,
    resolve,
    serve_minimal,
    success_schema,
)


def check_wire(api: LoopbackAPI, op_id: str) -> None:
    method, template, operation = SPEC_OPERATIONS[op_id]
    sent = api.api_wire
    assert [(w.method, w.path) for w in sent] == [(method, expected_path(template))]
    request_body = resolve(operation.get("requestBody") or {})
    media_types = list((request_body.get("content") or {}).keys())
    content_type = sent[0].headers.get("content-type", "")
    if media_types:
        assert sent[0].body, f"{op_id} sent no body"
        assert any(content_type.startswith(m) for m in media_types), content_type
    else:
        assert sent[0].body == b""


def check_result(op_id: str, result: Any, pages: list[Any] | None) -> None:
    schema = success_schema(SPEC_OPERATIONS[op_id][2])
    if pages is not None:  # a pager: one page, since the minimal page has no nextPageToken
        assert len(pages) == 1
        result = pages[0]
    if schema is None:
        assert result is None
    else:
        expected = model_class(schema)
        if expected is None:  # an inline response schema: some generated model
            assert attrs.has(type(result)), result
        else:
            assert isinstance(result, expected)


def test_operations_match_the_spec() -> None:
    assert list(SPEC_OPERATIONS) == OPERATION_IDS
    assert set(OPERATIONS) == set(SPEC_OPERATIONS)
    # Named in facade.yaml or by generator/naming.py's rules; anything else was listed by the
    # last spec update (openapi/pending.json) for someone to name.
    assert set(NEEDS_FRIENDLY_NAME) == set(pending()["operations_without_friendly_name"])
    assert {resource for resource, _ in OPERATIONS.values()} == set(RESOURCES)
    # one operation per method: no two operationIds share a facade method
    assert len(set(OPERATIONS.values())) == len(OPERATIONS)
    # the retry policy's view of each operation agrees with the spec
    for op_id, operation in facade_operations().items():
        method, template, _ = SPEC_OPERATIONS[op_id]
        assert (operation.method, operation.path) == (method, template)
    assert set(facade_operations()) == set(SPEC_OPERATIONS)


@pytest.mark.parametrize("op_id", sorted(SPEC_OPERATIONS))
def test_sync_reachable(api: LoopbackAPI, client: NumbersClient, op_id: str) -> None:
    resource, name = OPERATIONS[op_id]
    method = getattr(getattr(client, resource), name)
    assert not inspect.iscoroutinefunction(method)
    serve_minimal(api, SPEC_OPERATIONS[op_id][2])

    result = method(**call_arguments(resource, name, method))
    pages = list(result.iter_pages()) if hasattr(result, "iter_pages") else None

    check_wire(api, op_id)
    check_result(op_id, result, pages)


@pytest.mark.parametrize("op_id", sorted(SPEC_OPERATIONS))
async def test_async_reachable(api: LoopbackAPI, aclient: AsyncNumbersClient, op_id: str) -> None:
    resource, name = OPERATIONS[op_id]
    method = getattr(getattr(aclient, resource), name)
    serve_minimal(api, SPEC_OPERATIONS[op_id][2])

    outcome = method(**call_arguments(resource, name, method))
    pages = None
    if hasattr(outcome, "iter_pages"):  # list operations return an AsyncPager, not a coroutine
        pages = [page async for page in outcome.iter_pages()]
        result = outcome
    else:
        assert inspect.iscoroutine(outcome), f"{resource}.{name} is not async"
        result = await outcome

    check_wire(api, op_id)
    check_result(op_id, result, pages)
