# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_entity_too_large_error_code import RequestEntityTooLargeErrorCode
from ..models.request_entity_too_large_error_status import RequestEntityTooLargeErrorStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_entity_too_large_error_details import RequestEntityTooLargeErrorDetails


T = TypeVar("T", bound="RequestEntityTooLargeError")


@_attrs_define
class RequestEntityTooLargeError:
    """
    Attributes:
        code (RequestEntityTooLargeErrorCode | Unset):
        message (str | Unset):
        status (RequestEntityTooLargeErrorStatus | Unset):
        details (list[RequestEntityTooLargeErrorDetails] | Unset):
    """

    code: RequestEntityTooLargeErrorCode | Unset = UNSET
    message: str | Unset = UNSET
    status: RequestEntityTooLargeErrorStatus | Unset = UNSET
    details: list[RequestEntityTooLargeErrorDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        message = self.message

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: RequestEntityTooLargeErrorCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = RequestEntityTooLargeErrorCode(_code)

        message = d.pop("message", UNSET)

        _status = d.pop("status", UNSET)
        status: RequestEntityTooLargeErrorStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RequestEntityTooLargeErrorStatus(_status)

        _details = d.pop("details", UNSET)
        details: list[RequestEntityTooLargeErrorDetails] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = RequestEntityTooLargeErrorDetails.from_dict(details_item_data)

                details.append(details_item)

        request_entity_too_large_error = cls(
            code=code,
            message=message,
            status=status,
            details=details,
        )

        request_entity_too_large_error.additional_properties = d
        return request_entity_too_large_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.request_entity_too_large_error_details import (
    RequestEntityTooLargeErrorDetails,  # noqa: E402
)
