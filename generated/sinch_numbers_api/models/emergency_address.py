# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyAddress")


@_attrs_define
class EmergencyAddress:
    """An emergency address.

    Attributes:
        street_number (str | Unset): House number. Example: 12345.
        street_info (str | Unset): Street name. Example: Main St.
        location (str | Unset): Additional location details, such as an apartment. Example: Apt 5.
        city (str | Unset): City. Example: Springfield.
        state (str | Unset): State or province. Example: IL.
        postal_code (str | Unset): Postal code. Example: 62701.
        postal_code_plus_four (str | Unset): Four-digit postal code extension (ZIP+4). Example: 1234.
    """

    street_number: str | Unset = UNSET
    street_info: str | Unset = UNSET
    location: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    postal_code_plus_four: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street_number = self.street_number

        street_info = self.street_info

        location = self.location

        city = self.city

        state = self.state

        postal_code = self.postal_code

        postal_code_plus_four = self.postal_code_plus_four

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street_number is not UNSET:
            field_dict["streetNumber"] = street_number
        if street_info is not UNSET:
            field_dict["streetInfo"] = street_info
        if location is not UNSET:
            field_dict["location"] = location
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if postal_code_plus_four is not UNSET:
            field_dict["postalCodePlusFour"] = postal_code_plus_four

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street_number = d.pop("streetNumber", UNSET)

        street_info = d.pop("streetInfo", UNSET)

        location = d.pop("location", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        postal_code_plus_four = d.pop("postalCodePlusFour", UNSET)

        emergency_address = cls(
            street_number=street_number,
            street_info=street_info,
            location=location,
            city=city,
            state=state,
            postal_code=postal_code,
            postal_code_plus_four=postal_code_plus_four,
        )

        emergency_address.additional_properties = d
        return emergency_address

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
