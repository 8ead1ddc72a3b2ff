# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.
# Do not edit: change generator/ and run scripts/regenerate.
"""``client.number_orders``: ``lookup_requirements``, ``create``, ``get``, ``get_registration``, ``update_registration``, ``upload_attachment``, ``submit``.

Sync and async classes, and their ``with_raw_response`` views. Each method checks its arguments,
then calls its generated ``sinch_numbers_api`` function through the client's call policy
(``resources/_base.py``).
"""

# ruff: noqa: E501
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from sinch_numbers_api.api.number_order import (
    create_number_order,
    get_number_order,
    get_number_order_registration,
    lookup_number_requirements,
    submit_number_order,
    update_number_order_registration,
    upload_number_order_attachment,
)
from sinch_numbers_api.models.create_number_order_option import CreateNumberOrderOption
from sinch_numbers_api.models.create_number_order_request import CreateNumberOrderRequest
from sinch_numbers_api.models.create_quantity_order_option import CreateQuantityOrderOption
from sinch_numbers_api.models.lookup_number_requirements_request import (
    LookupNumberRequirementsRequest,
)
from sinch_numbers_api.models.number_type import NumberType
from sinch_numbers_api.models.order_voice_configuration import parse_order_voice_configuration
from sinch_numbers_api.models.order_voice_configuration_est import OrderVoiceConfigurationEST
from sinch_numbers_api.models.order_voice_configuration_fax import OrderVoiceConfigurationFAX
from sinch_numbers_api.models.order_voice_configuration_rtc import OrderVoiceConfigurationRTC
from sinch_numbers_api.models.sms_configuration_base import SmsConfigurationBase
from sinch_numbers_api.models.update_number_order_registration_request import (
    UpdateNumberOrderRegistrationRequest,
)
from sinch_numbers_api.models.update_number_order_registration_request_request_details import (
    UpdateNumberOrderRegistrationRequestRequestDetails,
)
from sinch_numbers_api.models.upload_number_order_attachment_body import (
    UploadNumberOrderAttachmentBody,
)
from sinch_numbers_api.types import UNSET, Unset

from ._arguments import (
    enum_value,
    file_value,
    model_value,
    path_value,
    scalar,
)
from ._base import (
    AsyncResource,
    FileInput,
    Operation,
    SyncResource,
    async_to_raw_response_wrapper,
    require_exactly_one,
    to_raw_response_wrapper,
)

if TYPE_CHECKING:
    from sinch_numbers_api.models.number_order import NumberOrder
    from sinch_numbers_api.models.number_requirements import NumberRequirements
    from sinch_numbers_api.models.registration import Registration

__all__ = [
    "AsyncNumberOrdersResource",
    "AsyncNumberOrdersResourceWithRawResponse",
    "NumberOrdersResource",
    "NumberOrdersResourceWithRawResponse",
]

_LOOKUP_REQUIREMENTS = Operation(
    "POST", "/v1/projects/{projectId}/numberOrders:lookupNumberRequirements", idempotent=True
)
_CREATE = Operation(
    "POST", "/v1/projects/{projectId}/numberOrders:createNumberOrder", idempotent=False
)
_GET = Operation("GET", "/v1/projects/{projectId}/numberOrders/{numberOrderId}", idempotent=True)
_GET_REGISTRATION = Operation(
    "GET", "/v1/projects/{projectId}/numberOrders/{numberOrderId}/registration", idempotent=True
)
_UPDATE_REGISTRATION = Operation(
    "PUT", "/v1/projects/{projectId}/numberOrders/{numberOrderId}/registration", idempotent=True
)
_UPLOAD_ATTACHMENT = Operation(
    "POST",
    "/v1/projects/{projectId}/numberOrders/{numberOrderId}/attachments/{attachmentId}",
    idempotent=False,
)
_SUBMIT = Operation(
    "POST", "/v1/projects/{projectId}/numberOrders/{numberOrderId}/submit", idempotent=False
)


class NumberOrdersResource(SyncResource):
    """``client.number_orders``."""

    @cached_property
    def with_raw_response(self) -> NumberOrdersResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return NumberOrdersResourceWithRawResponse(self)

    def lookup_requirements(
        self,
        *,
        region_code: str,
        number_type: NumberType | str,
    ) -> NumberRequirements:
        """Get the requirements for a number.

        ``POST /v1/projects/{projectId}/numberOrders:lookupNumberRequirements`` (operationId ``LookupNumberRequirements``).
        """
        _region_code = scalar(region_code, "region_code", str)
        _number_type = enum_value(NumberType, number_type, "number_type")
        body = LookupNumberRequirementsRequest(region_code=_region_code, number_type=_number_type)
        return self._call(
            _LOOKUP_REQUIREMENTS,
            lambda client, timeout: lookup_number_requirements.sync_detailed(
                self._project_id, client=client, body=body, timeout=timeout
            ),
            None,
        )

    def create(
        self,
        *,
        region_code: str,
        number_type: NumberType | str,
        sms_configuration: SmsConfigurationBase | Mapping[str, Any] | Unset = UNSET,
        voice_configuration: OrderVoiceConfigurationEST
        | OrderVoiceConfigurationFAX
        | OrderVoiceConfigurationRTC
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        number_order_option: CreateNumberOrderOption | Mapping[str, Any] | Unset = UNSET,
        quantity_order_option: CreateQuantityOrderOption | Mapping[str, Any] | Unset = UNSET,
    ) -> NumberOrder:
        """Place a number order.

        ``POST /v1/projects/{projectId}/numberOrders:createNumberOrder`` (operationId ``CreateNumberOrder``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        require_exactly_one(
            "create",
            {
                "number_order_option": number_order_option,
                "quantity_order_option": quantity_order_option,
            },
        )
        _region_code = scalar(region_code, "region_code", str)
        _number_type = enum_value(NumberType, number_type, "number_type")
        _sms_configuration = model_value(
            SmsConfigurationBase, sms_configuration, "sms_configuration", (SmsConfigurationBase,)
        )
        _voice_configuration = model_value(
            parse_order_voice_configuration,
            voice_configuration,
            "voice_configuration",
            (
                OrderVoiceConfigurationEST,
                OrderVoiceConfigurationFAX,
                OrderVoiceConfigurationRTC,
            ),
        )
        _callback_url = scalar(callback_url, "callback_url", str)
        _number_order_option = model_value(
            CreateNumberOrderOption,
            number_order_option,
            "number_order_option",
            (CreateNumberOrderOption,),
        )
        _quantity_order_option = model_value(
            CreateQuantityOrderOption,
            quantity_order_option,
            "quantity_order_option",
            (CreateQuantityOrderOption,),
            bounds={"requestedQuantity": (1, 100)},
        )
        body = CreateNumberOrderRequest(
            region_code=_region_code,
            number_type=_number_type,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=_callback_url,
            number_order_option=_number_order_option,
            quantity_order_option=_quantity_order_option,
        )
        return self._call(
            _CREATE,
            lambda client, timeout: create_number_order.sync_detailed(
                self._project_id, client=client, body=body, timeout=timeout
            ),
            "the order may exist: look for it in your number orders (client.number_orders.get(order_id)) or wait for its callback before creating another",
        )

    def get(
        self,
        number_order_id: str,
    ) -> NumberOrder:
        """Retrieve a number order.

        ``GET /v1/projects/{projectId}/numberOrders/{numberOrderId}`` (operationId ``GetNumberOrder``).
        """
        number_order_id = path_value(number_order_id, "number_order_id")
        return self._call(
            _GET,
            lambda client, timeout: get_number_order.sync_detailed(
                self._project_id, number_order_id, client=client, timeout=timeout
            ),
            None,
        )

    def get_registration(
        self,
        number_order_id: str,
    ) -> Registration:
        """Retrieve a number order's registration.

        ``GET /v1/projects/{projectId}/numberOrders/{numberOrderId}/registration`` (operationId ``GetNumberOrderRegistration``).
        """
        number_order_id = path_value(number_order_id, "number_order_id")
        return self._call(
            _GET_REGISTRATION,
            lambda client, timeout: get_number_order_registration.sync_detailed(
                self._project_id, number_order_id, client=client, timeout=timeout
            ),
            None,
        )

    def update_registration(
        self,
        number_order_id: str,
        *,
        request_details: UpdateNumberOrderRegistrationRequestRequestDetails
        | Mapping[str, Any]
        | Unset = UNSET,
    ) -> Registration:
        """Set a number order's registration.

        ``PUT /v1/projects/{projectId}/numberOrders/{numberOrderId}/registration`` (operationId ``UpdateNumberOrderRegistration``).
        """
        number_order_id = path_value(number_order_id, "number_order_id")
        _request_details = model_value(
            UpdateNumberOrderRegistrationRequestRequestDetails,
            request_details,
            "request_details",
            (UpdateNumberOrderRegistrationRequestRequestDetails,),
        )
        body = UpdateNumberOrderRegistrationRequest(request_details=_request_details)
        return self._call(
            _UPDATE_REGISTRATION,
            lambda client, timeout: update_number_order_registration.sync_detailed(
                self._project_id, number_order_id, client=client, body=body, timeout=timeout
            ),
            None,
        )

    def upload_attachment(
        self,
        number_order_id: str,
        attachment_id: str,
        *,
        file: FileInput,
        document_type: str | Unset = UNSET,
    ) -> None:
        """Upload a file for a number order.

        ``POST /v1/projects/{projectId}/numberOrders/{numberOrderId}/attachments/{attachmentId}`` (operationId ``UploadNumberOrderAttachment``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        number_order_id = path_value(number_order_id, "number_order_id")
        attachment_id = path_value(attachment_id, "attachment_id")
        _file = file_value(file, "file", self._client.max_upload_bytes)
        _document_type = scalar(document_type, "document_type", str)
        body = UploadNumberOrderAttachmentBody(file=_file, document_type=_document_type)
        return cast(
            None,
            self._call(
                _UPLOAD_ATTACHMENT,
                lambda client, timeout: upload_number_order_attachment.sync_detailed(
                    self._project_id,
                    number_order_id,
                    attachment_id,
                    client=client,
                    body=body,
                    timeout=timeout,
                ),
                f"call client.number_orders.get_registration({number_order_id!r}) to see whether the file arrived",
            ),
        )

    def submit(
        self,
        number_order_id: str,
    ) -> NumberOrder:
        """Submit a number order for review.

        ``POST /v1/projects/{projectId}/numberOrders/{numberOrderId}/submit`` (operationId ``SubmitNumberOrder``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        number_order_id = path_value(number_order_id, "number_order_id")
        return self._call(
            _SUBMIT,
            lambda client, timeout: submit_number_order.sync_detailed(
                self._project_id, number_order_id, client=client, timeout=timeout
            ),
            f"call client.number_orders.get({number_order_id!r}) to see whether the order was submitted",
        )


class AsyncNumberOrdersResource(AsyncResource):
    """``async_client.number_orders``."""

    @cached_property
    def with_raw_response(self) -> AsyncNumberOrdersResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return AsyncNumberOrdersResourceWithRawResponse(self)

    async def lookup_requirements(
        self,
        *,
        region_code: str,
        number_type: NumberType | str,
    ) -> NumberRequirements:
        """Get the requirements for a number.

        ``POST /v1/projects/{projectId}/numberOrders:lookupNumberRequirements`` (operationId ``LookupNumberRequirements``).
        """
        _region_code = scalar(region_code, "region_code", str)
        _number_type = enum_value(NumberType, number_type, "number_type")
        body = LookupNumberRequirementsRequest(region_code=_region_code, number_type=_number_type)
        return await self._call(
            _LOOKUP_REQUIREMENTS,
            lambda client, timeout: lookup_number_requirements.asyncio_detailed(
                self._project_id, client=client, body=body, timeout=timeout
            ),
            None,
        )

    async def create(
        self,
        *,
        region_code: str,
        number_type: NumberType | str,
        sms_configuration: SmsConfigurationBase | Mapping[str, Any] | Unset = UNSET,
        voice_configuration: OrderVoiceConfigurationEST
        | OrderVoiceConfigurationFAX
        | OrderVoiceConfigurationRTC
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        number_order_option: CreateNumberOrderOption | Mapping[str, Any] | Unset = UNSET,
        quantity_order_option: CreateQuantityOrderOption | Mapping[str, Any] | Unset = UNSET,
    ) -> NumberOrder:
        """Place a number order.

        ``POST /v1/projects/{projectId}/numberOrders:createNumberOrder`` (operationId ``CreateNumberOrder``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        require_exactly_one(
            "create",
            {
                "number_order_option": number_order_option,
                "quantity_order_option": quantity_order_option,
            },
        )
        _region_code = scalar(region_code, "region_code", str)
        _number_type = enum_value(NumberType, number_type, "number_type")
        _sms_configuration = model_value(
            SmsConfigurationBase, sms_configuration, "sms_configuration", (SmsConfigurationBase,)
        )
        _voice_configuration = model_value(
            parse_order_voice_configuration,
            voice_configuration,
            "voice_configuration",
            (
                OrderVoiceConfigurationEST,
                OrderVoiceConfigurationFAX,
                OrderVoiceConfigurationRTC,
            ),
        )
        _callback_url = scalar(callback_url, "callback_url", str)
        _number_order_option = model_value(
            CreateNumberOrderOption,
            number_order_option,
            "number_order_option",
            (CreateNumberOrderOption,),
        )
        _quantity_order_option = model_value(
            CreateQuantityOrderOption,
            quantity_order_option,
            "quantity_order_option",
            (CreateQuantityOrderOption,),
            bounds={"requestedQuantity": (1, 100)},
        )
        body = CreateNumberOrderRequest(
            region_code=_region_code,
            number_type=_number_type,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=_callback_url,
            number_order_option=_number_order_option,
            quantity_order_option=_quantity_order_option,
        )
        return await self._call(
            _CREATE,
            lambda client, timeout: create_number_order.asyncio_detailed(
                self._project_id, client=client, body=body, timeout=timeout
            ),
            "the order may exist: look for it in your number orders (client.number_orders.get(order_id)) or wait for its callback before creating another",
        )

    async def get(
        self,
        number_order_id: str,
    ) -> NumberOrder:
        """Retrieve a number order.

        ``GET /v1/projects/{projectId}/numberOrders/{numberOrderId}`` (operationId ``GetNumberOrder``).
        """
        number_order_id = path_value(number_order_id, "number_order_id")
        return await self._call(
            _GET,
            lambda client, timeout: get_number_order.asyncio_detailed(
                self._project_id, number_order_id, client=client, timeout=timeout
            ),
            None,
        )

    async def get_registration(
        self,
        number_order_id: str,
    ) -> Registration:
        """Retrieve a number order's registration.

        ``GET /v1/projects/{projectId}/numberOrders/{numberOrderId}/registration`` (operationId ``GetNumberOrderRegistration``).
        """
        number_order_id = path_value(number_order_id, "number_order_id")
        return await self._call(
            _GET_REGISTRATION,
            lambda client, timeout: get_number_order_registration.asyncio_detailed(
                self._project_id, number_order_id, client=client, timeout=timeout
            ),
            None,
        )

    async def update_registration(
        self,
        number_order_id: str,
        *,
        request_details: UpdateNumberOrderRegistrationRequestRequestDetails
        | Mapping[str, Any]
        | Unset = UNSET,
    ) -> Registration:
        """Set a number order's registration.

        ``PUT /v1/projects/{projectId}/numberOrders/{numberOrderId}/registration`` (operationId ``UpdateNumberOrderRegistration``).
        """
        number_order_id = path_value(number_order_id, "number_order_id")
        _request_details = model_value(
            UpdateNumberOrderRegistrationRequestRequestDetails,
            request_details,
            "request_details",
            (UpdateNumberOrderRegistrationRequestRequestDetails,),
        )
        body = UpdateNumberOrderRegistrationRequest(request_details=_request_details)
        return await self._call(
            _UPDATE_REGISTRATION,
            lambda client, timeout: update_number_order_registration.asyncio_detailed(
                self._project_id, number_order_id, client=client, body=body, timeout=timeout
            ),
            None,
        )

    async def upload_attachment(
        self,
        number_order_id: str,
        attachment_id: str,
        *,
        file: FileInput,
        document_type: str | Unset = UNSET,
    ) -> None:
        """Upload a file for a number order.

        ``POST /v1/projects/{projectId}/numberOrders/{numberOrderId}/attachments/{attachmentId}`` (operationId ``UploadNumberOrderAttachment``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        number_order_id = path_value(number_order_id, "number_order_id")
        attachment_id = path_value(attachment_id, "attachment_id")
        _file = file_value(file, "file", self._client.max_upload_bytes)
        _document_type = scalar(document_type, "document_type", str)
        body = UploadNumberOrderAttachmentBody(file=_file, document_type=_document_type)
        return cast(
            None,
            await self._call(
                _UPLOAD_ATTACHMENT,
                lambda client, timeout: upload_number_order_attachment.asyncio_detailed(
                    self._project_id,
                    number_order_id,
                    attachment_id,
                    client=client,
                    body=body,
                    timeout=timeout,
                ),
                f"call client.number_orders.get_registration({number_order_id!r}) to see whether the file arrived",
            ),
        )

    async def submit(
        self,
        number_order_id: str,
    ) -> NumberOrder:
        """Submit a number order for review.

        ``POST /v1/projects/{projectId}/numberOrders/{numberOrderId}/submit`` (operationId ``SubmitNumberOrder``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        number_order_id = path_value(number_order_id, "number_order_id")
        return await self._call(
            _SUBMIT,
            lambda client, timeout: submit_number_order.asyncio_detailed(
                self._project_id, number_order_id, client=client, timeout=timeout
            ),
            f"call client.number_orders.get({number_order_id!r}) to see whether the order was submitted",
        )


class NumberOrdersResourceWithRawResponse:
    """``client.number_orders.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns.
    """

    def __init__(self, resource: NumberOrdersResource) -> None:
        raw = resource._raw_twin()
        self.lookup_requirements = to_raw_response_wrapper(raw.lookup_requirements)
        self.create = to_raw_response_wrapper(raw.create)
        self.get = to_raw_response_wrapper(raw.get)
        self.get_registration = to_raw_response_wrapper(raw.get_registration)
        self.update_registration = to_raw_response_wrapper(raw.update_registration)
        self.upload_attachment = to_raw_response_wrapper(raw.upload_attachment)
        self.submit = to_raw_response_wrapper(raw.submit)


class AsyncNumberOrdersResourceWithRawResponse:
    """``async_client.number_orders.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns.
    """

    def __init__(self, resource: AsyncNumberOrdersResource) -> None:
        raw = resource._raw_twin()
        self.lookup_requirements = async_to_raw_response_wrapper(raw.lookup_requirements)
        self.create = async_to_raw_response_wrapper(raw.create)
        self.get = async_to_raw_response_wrapper(raw.get)
        self.get_registration = async_to_raw_response_wrapper(raw.get_registration)
        self.update_registration = async_to_raw_response_wrapper(raw.update_registration)
        self.upload_attachment = async_to_raw_response_wrapper(raw.upload_attachment)
        self.submit = async_to_raw_response_wrapper(raw.submit)
