# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.
# Do not edit: change generator/ and run scripts/regenerate.
"""Resource attributes of the clients: each class loads on first use (import speed)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from sinch_numbers._client import AsyncNumbersClient, NumbersClient
    from sinch_numbers.orders import AsyncNumberOrdersWorkflowResource, NumberOrdersWorkflowResource

    from ._generated import (
        ActiveNumbersResource,
        AsyncActiveNumbersResource,
        AsyncAvailableNumbersResource,
        AsyncCallbackConfigurationResource,
        AsyncEmergencyAddressesResource,
        AsyncRegionsResource,
        AvailableNumbersResource,
        CallbackConfigurationResource,
        EmergencyAddressesResource,
        RegionsResource,
    )


class SyncResources:
    """The resource attributes of ``NumbersClient``."""

    @functools.cached_property
    def available_numbers(self) -> AvailableNumbersResource:
        from ._generated import AvailableNumbersResource

        return AvailableNumbersResource(cast("NumbersClient", self))

    @functools.cached_property
    def active_numbers(self) -> ActiveNumbersResource:
        from ._generated import ActiveNumbersResource

        return ActiveNumbersResource(cast("NumbersClient", self))

    @functools.cached_property
    def emergency_addresses(self) -> EmergencyAddressesResource:
        from ._generated import EmergencyAddressesResource

        return EmergencyAddressesResource(cast("NumbersClient", self))

    @functools.cached_property
    def regions(self) -> RegionsResource:
        from ._generated import RegionsResource

        return RegionsResource(cast("NumbersClient", self))

    @functools.cached_property
    def callback_configuration(self) -> CallbackConfigurationResource:
        from ._generated import CallbackConfigurationResource

        return CallbackConfigurationResource(cast("NumbersClient", self))

    @functools.cached_property
    def number_orders(self) -> NumberOrdersWorkflowResource:
        from sinch_numbers.orders import NumberOrdersWorkflowResource

        return NumberOrdersWorkflowResource(cast("NumbersClient", self))


class AsyncResources:
    """The resource attributes of ``AsyncNumbersClient``."""

    @functools.cached_property
    def available_numbers(self) -> AsyncAvailableNumbersResource:
        from ._generated import AsyncAvailableNumbersResource

        return AsyncAvailableNumbersResource(cast("AsyncNumbersClient", self))

    @functools.cached_property
    def active_numbers(self) -> AsyncActiveNumbersResource:
        from ._generated import AsyncActiveNumbersResource

        return AsyncActiveNumbersResource(cast("AsyncNumbersClient", self))

    @functools.cached_property
    def emergency_addresses(self) -> AsyncEmergencyAddressesResource:
        from ._generated import AsyncEmergencyAddressesResource

        return AsyncEmergencyAddressesResource(cast("AsyncNumbersClient", self))

    @functools.cached_property
    def regions(self) -> AsyncRegionsResource:
        from ._generated import AsyncRegionsResource

        return AsyncRegionsResource(cast("AsyncNumbersClient", self))

    @functools.cached_property
    def callback_configuration(self) -> AsyncCallbackConfigurationResource:
        from ._generated import AsyncCallbackConfigurationResource

        return AsyncCallbackConfigurationResource(cast("AsyncNumbersClient", self))

    @functools.cached_property
    def number_orders(self) -> AsyncNumberOrdersWorkflowResource:
        from sinch_numbers.orders import AsyncNumberOrdersWorkflowResource

        return AsyncNumberOrdersWorkflowResource(cast("AsyncNumbersClient", self))
