# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.
# Do not edit: change generator/ and run scripts/regenerate.
"""``client.emergency_addresses``: ``get``, ``provision``, ``deprovision``, ``validate``.

Sync and async classes, and their ``with_raw_response`` views. Each method checks its arguments,
then calls its generated ``sinch_numbers_api`` function through the client's call policy
(``resources/_base.py``).
"""

# ruff: noqa: E501
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from sinch_numbers_api.api.active_number import (
    number_service_deprovision_emergency_address,
    number_service_get_emergency_address,
    number_service_provision_emergency_address,
    number_service_validate_emergency_address,
)
from sinch_numbers_api.models.emergency_address_request import EmergencyAddressRequest
from sinch_numbers_api.models.emergency_address_request_address import (
    EmergencyAddressRequestAddress,
)

from ._arguments import (
    model_value,
    phone_value,
    scalar,
)
from ._base import (
    AsyncResource,
    Operation,
    SyncResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)

if TYPE_CHECKING:
    from sinch_numbers_api.models.emergency_address import EmergencyAddress
    from sinch_numbers_api.models.validate_address_response import ValidateAddressResponse

__all__ = [
    "AsyncEmergencyAddressesResource",
    "AsyncEmergencyAddressesResourceWithRawResponse",
    "EmergencyAddressesResource",
    "EmergencyAddressesResourceWithRawResponse",
]

_GET = Operation(
    "GET", "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress", idempotent=True
)
_PROVISION = Operation(
    "POST",
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:provision",
    idempotent=False,
)
_DEPROVISION = Operation(
    "POST",
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:deprovision",
    idempotent=False,
)
_VALIDATE = Operation(
    "POST",
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:validate",
    idempotent=True,
)


class EmergencyAddressesResource(SyncResource):
    """``client.emergency_addresses``."""

    @cached_property
    def with_raw_response(self) -> EmergencyAddressesResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return EmergencyAddressesResourceWithRawResponse(self)

    def get(
        self,
        phone_number: str,
    ) -> EmergencyAddress:
        """Read a number's emergency address.

        ``GET /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress`` (operationId ``NumberService_GetEmergencyAddress``).
        """
        phone_number = phone_value(phone_number, "phone_number")
        return self._call(
            _GET,
            lambda client, timeout: number_service_get_emergency_address.sync_detailed(
                self._project_id, phone_number, client=client, timeout=timeout
            ),
            None,
        )

    def provision(
        self,
        phone_number: str,
        *,
        display_name: str,
        address: EmergencyAddressRequestAddress | Mapping[str, Any],
    ) -> EmergencyAddress:
        """Provision an emergency address for a number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:provision`` (operationId ``NumberService_ProvisionEmergencyAddress``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        phone_number = phone_value(phone_number, "phone_number")
        _display_name = scalar(display_name, "display_name", str)
        _address = model_value(
            EmergencyAddressRequestAddress, address, "address", (EmergencyAddressRequestAddress,)
        )
        body = EmergencyAddressRequest(display_name=_display_name, address=_address)
        return self._call(
            _PROVISION,
            lambda client, timeout: number_service_provision_emergency_address.sync_detailed(
                self._project_id, phone_number, client=client, body=body, timeout=timeout
            ),
            f"call client.emergency_addresses.get({phone_number!r}) to see whether it was provisioned",
        )

    def deprovision(
        self,
        phone_number: str,
    ) -> None:
        """Remove a number's emergency address.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:deprovision`` (operationId ``NumberService_DeprovisionEmergencyAddress``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        phone_number = phone_value(phone_number, "phone_number")
        return cast(
            None,
            self._call(
                _DEPROVISION,
                lambda client, timeout: number_service_deprovision_emergency_address.sync_detailed(
                    self._project_id, phone_number, client=client, timeout=timeout
                ),
                f"call client.emergency_addresses.get({phone_number!r}) to see whether it was removed",
            ),
        )

    def validate(
        self,
        phone_number: str,
        *,
        display_name: str,
        address: EmergencyAddressRequestAddress | Mapping[str, Any],
    ) -> ValidateAddressResponse:
        """Check an emergency address for a number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:validate`` (operationId ``NumberService_ValidateEmergencyAddress``).
        """
        phone_number = phone_value(phone_number, "phone_number")
        _display_name = scalar(display_name, "display_name", str)
        _address = model_value(
            EmergencyAddressRequestAddress, address, "address", (EmergencyAddressRequestAddress,)
        )
        body = EmergencyAddressRequest(display_name=_display_name, address=_address)
        return self._call(
            _VALIDATE,
            lambda client, timeout: number_service_validate_emergency_address.sync_detailed(
                self._project_id, phone_number, client=client, body=body, timeout=timeout
            ),
            None,
        )


class AsyncEmergencyAddressesResource(AsyncResource):
    """``async_client.emergency_addresses``."""

    @cached_property
    def with_raw_response(self) -> AsyncEmergencyAddressesResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return AsyncEmergencyAddressesResourceWithRawResponse(self)

    async def get(
        self,
        phone_number: str,
    ) -> EmergencyAddress:
        """Read a number's emergency address.

        ``GET /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress`` (operationId ``NumberService_GetEmergencyAddress``).
        """
        phone_number = phone_value(phone_number, "phone_number")
        return await self._call(
            _GET,
            lambda client, timeout: number_service_get_emergency_address.asyncio_detailed(
                self._project_id, phone_number, client=client, timeout=timeout
            ),
            None,
        )

    async def provision(
        self,
        phone_number: str,
        *,
        display_name: str,
        address: EmergencyAddressRequestAddress | Mapping[str, Any],
    ) -> EmergencyAddress:
        """Provision an emergency address for a number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:provision`` (operationId ``NumberService_ProvisionEmergencyAddress``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        phone_number = phone_value(phone_number, "phone_number")
        _display_name = scalar(display_name, "display_name", str)
        _address = model_value(
            EmergencyAddressRequestAddress, address, "address", (EmergencyAddressRequestAddress,)
        )
        body = EmergencyAddressRequest(display_name=_display_name, address=_address)
        return await self._call(
            _PROVISION,
            lambda client, timeout: number_service_provision_emergency_address.asyncio_detailed(
                self._project_id, phone_number, client=client, body=body, timeout=timeout
            ),
            f"call client.emergency_addresses.get({phone_number!r}) to see whether it was provisioned",
        )

    async def deprovision(
        self,
        phone_number: str,
    ) -> None:
        """Remove a number's emergency address.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:deprovision`` (operationId ``NumberService_DeprovisionEmergencyAddress``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        phone_number = phone_value(phone_number, "phone_number")
        return cast(
            None,
            await self._call(
                _DEPROVISION,
                lambda client,
                timeout: number_service_deprovision_emergency_address.asyncio_detailed(
                    self._project_id, phone_number, client=client, timeout=timeout
                ),
                f"call client.emergency_addresses.get({phone_number!r}) to see whether it was removed",
            ),
        )

    async def validate(
        self,
        phone_number: str,
        *,
        display_name: str,
        address: EmergencyAddressRequestAddress | Mapping[str, Any],
    ) -> ValidateAddressResponse:
        """Check an emergency address for a number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:validate`` (operationId ``NumberService_ValidateEmergencyAddress``).
        """
        phone_number = phone_value(phone_number, "phone_number")
        _display_name = scalar(display_name, "display_name", str)
        _address = model_value(
            EmergencyAddressRequestAddress, address, "address", (EmergencyAddressRequestAddress,)
        )
        body = EmergencyAddressRequest(display_name=_display_name, address=_address)
        return await self._call(
            _VALIDATE,
            lambda client, timeout: number_service_validate_emergency_address.asyncio_detailed(
                self._project_id, phone_number, client=client, body=body, timeout=timeout
            ),
            None,
        )


class EmergencyAddressesResourceWithRawResponse:
    """``client.emergency_addresses.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns.
    """

    def __init__(self, resource: EmergencyAddressesResource) -> None:
        raw = resource._raw_twin()
        self.get = to_raw_response_wrapper(raw.get)
        self.provision = to_raw_response_wrapper(raw.provision)
        self.deprovision = to_raw_response_wrapper(raw.deprovision)
        self.validate = to_raw_response_wrapper(raw.validate)


class AsyncEmergencyAddressesResourceWithRawResponse:
    """``async_client.emergency_addresses.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns.
    """

    def __init__(self, resource: AsyncEmergencyAddressesResource) -> None:
        raw = resource._raw_twin()
        self.get = async_to_raw_response_wrapper(raw.get)
        self.provision = async_to_raw_response_wrapper(raw.provision)
        self.deprovision = async_to_raw_response_wrapper(raw.deprovision)
        self.validate = async_to_raw_response_wrapper(raw.validate)
