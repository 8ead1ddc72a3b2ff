# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyAddressRequestAddress")


@_attrs_define
class EmergencyAddressRequestAddress:
    """
    Attributes:
        street_number (str): House number. Example: 12345.
        street_info (str): Street name. Example: Main St.
        city (str): City. Example: Springfield.
        state (str): State or province. Example: IL.
        postal_code (str): Postal code. Example: 62701.
        location (str | Unset): Additional location details, such as an apartment. Example: Apt 5.
        postal_code_plus_four (str | Unset): Four-digit postal code extension (ZIP+4). Example: 1234.
    """

    street_number: str
    street_info: str
    city: str
    state: str
    postal_code: str
    location: str | Unset = UNSET
    postal_code_plus_four: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street_number = self.street_number

        street_info = self.street_info

        city = self.city

        state = self.state

        postal_code = self.postal_code

        location = self.location

        postal_code_plus_four = self.postal_code_plus_four

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "streetNumber": street_number,
                "streetInfo": street_info,
                "city": city,
                "state": state,
                "postalCode": postal_code,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location
        if postal_code_plus_four is not UNSET:
            field_dict["postalCodePlusFour"] = postal_code_plus_four

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street_number = d.pop("streetNumber")

        street_info = d.pop("streetInfo")

        city = d.pop("city")

        state = d.pop("state")

        postal_code = d.pop("postalCode")

        location = d.pop("location", UNSET)

        postal_code_plus_four = d.pop("postalCodePlusFour", UNSET)

        emergency_address_request_address = cls(
            street_number=street_number,
            street_info=street_info,
            city=city,
            state=state,
            postal_code=postal_code,
            location=location,
            postal_code_plus_four=postal_code_plus_four,
        )

        emergency_address_request_address.additional_properties = d
        return emergency_address_request_address

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
