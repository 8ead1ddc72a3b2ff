# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.internal_error_error_code import InternalErrorErrorCode
from ..models.internal_error_error_status import InternalErrorErrorStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.internal_error_error_details_item import InternalErrorErrorDetailsItem


T = TypeVar("T", bound="InternalErrorError")


@_attrs_define
class InternalErrorError:
    """
    Attributes:
        code (InternalErrorErrorCode | Unset):
        message (str | Unset):
        status (InternalErrorErrorStatus | Unset):
        details (list[InternalErrorErrorDetailsItem] | Unset):
    """

    code: InternalErrorErrorCode | Unset = UNSET
    message: str | Unset = UNSET
    status: InternalErrorErrorStatus | Unset = UNSET
    details: list[InternalErrorErrorDetailsItem] | Unset = UNSET
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
        code: InternalErrorErrorCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = InternalErrorErrorCode(_code)

        message = d.pop("message", UNSET)

        _status = d.pop("status", UNSET)
        status: InternalErrorErrorStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InternalErrorErrorStatus(_status)

        _details = d.pop("details", UNSET)
        details: list[InternalErrorErrorDetailsItem] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = InternalErrorErrorDetailsItem.from_dict(details_item_data)

                details.append(details_item)

        internal_error_error = cls(
            code=code,
            message=message,
            status=status,
            details=details,
        )

        internal_error_error.additional_properties = d
        return internal_error_error

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


from ..models.internal_error_error_details_item import InternalErrorErrorDetailsItem  # noqa: E402
