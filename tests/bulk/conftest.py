"""Fixtures for the bulk tests: the plugin's sandbox and clients, route names, fast options."""

from __future__ import annotations

import logging

import pytest

from sinch_numbers import AsyncNumbersClient, NumbersClient
from sinch_numbers.sandbox import Sandbox

RELEASE = "NumberService_ReleaseNumber"
UPDATE = "NumberService_UpdateActiveNumber"
GET = "NumberService_GetActiveNumber"

#: Bulk options that keep polling and reconciling in milliseconds.
FAST = {"poll_interval": 0.02, "reconcile_delay": 0.05}


@pytest.fixture(autouse=True)
def _quiet_conformance() -> None:
    # server-shaped answers (explicit nulls) are logged once per kind; not what these test
    logging.getLogger("sinch_numbers.conformance").setLevel(logging.ERROR)


# The sandbox and clients are the pytest plugin's (sinch_sandbox, sinch_client,
# async_sinch_client: one shared sandbox, reset before each test), under short names.
@pytest.fixture
def sb(sinch_sandbox: Sandbox) -> Sandbox:
    return sinch_sandbox


@pytest.fixture
def aclient(async_sinch_client: AsyncNumbersClient) -> AsyncNumbersClient:
    return async_sinch_client


@pytest.fixture
def client(sinch_client: NumbersClient) -> NumbersClient:
    return sinch_client
