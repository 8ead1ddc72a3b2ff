# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.
# Do not edit: change generator/ and run scripts/regenerate.
"""Resource attributes of the clients: each resource module loads on first use (import speed).

A resource served by a handwritten subclass (``resource_overrides`` in generator/facade.yaml,
such as the number-order workflow) is looked up by name when first used, so the clients'
modules import none of that code.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sinch_numbers._client import AsyncNumbersClient, NumbersClient
    from sinch_numbers.orders import AsyncNumberOrdersWorkflowResource, NumberOrdersWorkflowResource

    from .active_numbers import ActiveNumbersResource, AsyncActiveNumbersResource
    from .available_numbers import AsyncAvailableNumbersResource, AvailableNumbersResource
    from .callback_configuration import (
        AsyncCallbackConfigurationResource,
        CallbackConfigurationResource,
    )
    from .emergency_addresses import AsyncEmergencyAddressesResource, EmergencyAddressesResource
    from .regions import AsyncRegionsResource, RegionsResource

#: resource attribute -> {"sync"/"async": (module, class)}, from generator/facade.yaml
OVERRIDES: dict[str, dict[str, tuple[str, str]]] = {
    "number_orders": {
        "async": ("sinch_numbers.orders", "AsyncNumberOrdersWorkflowResource"),
        "sync": ("sinch_numbers.orders", "NumberOrdersWorkflowResource"),
    },
}


def _override(resource: str, flavour: str) -> Any:
    import importlib

    module, name = OVERRIDES[resource][flavour]
    return getattr(importlib.import_module(module), name)


class SyncResources:
    """The resource attributes of ``NumbersClient``."""

    @functools.cached_property
    def available_numbers(self) -> AvailableNumbersResource:
        from .available_numbers import AvailableNumbersResource

        return AvailableNumbersResource(cast("NumbersClient", self))

    @functools.cached_property
    def active_numbers(self) -> ActiveNumbersResource:
        from .active_numbers import ActiveNumbersResource

        return ActiveNumbersResource(cast("NumbersClient", self))

    @functools.cached_property
    def emergency_addresses(self) -> EmergencyAddressesResource:
        from .emergency_addresses import EmergencyAddressesResource

        return EmergencyAddressesResource(cast("NumbersClient", self))

    @functools.cached_property
    def regions(self) -> RegionsResource:
        from .regions import RegionsResource

        return RegionsResource(cast("NumbersClient", self))

    @functools.cached_property
    def callback_configuration(self) -> CallbackConfigurationResource:
        from .callback_configuration import CallbackConfigurationResource

        return CallbackConfigurationResource(cast("NumbersClient", self))

    @functools.cached_property
    def number_orders(self) -> NumberOrdersWorkflowResource:
        return cast("NumberOrdersWorkflowResource", _override("number_orders", "sync")(self))


class AsyncResources:
    """The resource attributes of ``AsyncNumbersClient``."""

    @functools.cached_property
    def available_numbers(self) -> AsyncAvailableNumbersResource:
        from .available_numbers import AsyncAvailableNumbersResource

        return AsyncAvailableNumbersResource(cast("AsyncNumbersClient", self))

    @functools.cached_property
    def active_numbers(self) -> AsyncActiveNumbersResource:
        from .active_numbers import AsyncActiveNumbersResource

        return AsyncActiveNumbersResource(cast("AsyncNumbersClient", self))

    @functools.cached_property
    def emergency_addresses(self) -> AsyncEmergencyAddressesResource:
        from .emergency_addresses import AsyncEmergencyAddressesResource

        return AsyncEmergencyAddressesResource(cast("AsyncNumbersClient", self))

    @functools.cached_property
    def regions(self) -> AsyncRegionsResource:
        from .regions import AsyncRegionsResource

        return AsyncRegionsResource(cast("AsyncNumbersClient", self))

    @functools.cached_property
    def callback_configuration(self) -> AsyncCallbackConfigurationResource:
        from .callback_configuration import AsyncCallbackConfigurationResource

        return AsyncCallbackConfigurationResource(cast("AsyncNumbersClient", self))

    @functools.cached_property
    def number_orders(self) -> AsyncNumberOrdersWorkflowResource:
        return cast("AsyncNumberOrdersWorkflowResource", _override("number_orders", "async")(self))
