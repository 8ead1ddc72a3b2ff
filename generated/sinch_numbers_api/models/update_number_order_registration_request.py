# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_number_order_registration_request_request_details import (
        UpdateNumberOrderRegistrationRequestRequestDetails,
    )


T = TypeVar("T", bound="UpdateNumberOrderRegistrationRequest")


@_attrs_define
class UpdateNumberOrderRegistrationRequest:
    """
    Attributes:
        request_details (UpdateNumberOrderRegistrationRequestRequestDetails | Unset): The registration data, as a free-
            form JSON object.
    """

    request_details: UpdateNumberOrderRegistrationRequestRequestDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_details, Unset):
            request_details = self.request_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_details is not UNSET:
            field_dict["requestDetails"] = request_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _request_details = d.pop("requestDetails", UNSET)
        request_details: UpdateNumberOrderRegistrationRequestRequestDetails | Unset
        if isinstance(_request_details, Unset):
            request_details = UNSET
        else:
            request_details = UpdateNumberOrderRegistrationRequestRequestDetails.from_dict(
                _request_details
            )

        update_number_order_registration_request = cls(
            request_details=request_details,
        )

        update_number_order_registration_request.additional_properties = d
        return update_number_order_registration_request

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


from ..models.update_number_order_registration_request_request_details import (
    UpdateNumberOrderRegistrationRequestRequestDetails,  # noqa: E402
)
