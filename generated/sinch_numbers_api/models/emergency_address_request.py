# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.emergency_address_request_address import EmergencyAddressRequestAddress


T = TypeVar("T", bound="EmergencyAddressRequest")


@_attrs_define
class EmergencyAddressRequest:
    """An emergency address to provision or validate.

    Attributes:
        display_name (str): Name of the emergency address. Example: New emergency address.
        address (EmergencyAddressRequestAddress):
    """

    display_name: str
    address: EmergencyAddressRequestAddress
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("displayName")

        address = EmergencyAddressRequestAddress.from_dict(d.pop("address"))

        emergency_address_request = cls(
            display_name=display_name,
            address=address,
        )

        emergency_address_request.additional_properties = d
        return emergency_address_request

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


from ..models.emergency_address_request_address import EmergencyAddressRequestAddress  # noqa: E402
