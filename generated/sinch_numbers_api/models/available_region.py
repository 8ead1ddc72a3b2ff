# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_type import NumberType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableRegion")


@_attrs_define
class AvailableRegion:
    """A region in which numbers are offered.

    Attributes:
        region_code (str | Unset): Region of the number, as an ISO 3166-1 alpha-2 country code (for example US, GB or
            SE). Example: US.
        region_name (str | Unset): Name of the region for display, for example United States, United Kingdom or Sweden.
            Example: United States.
        types (list[NumberType] | Unset): Number types offered in the region, for example `MOBILE` or `LOCAL`. Example:
            ['MOBILE'].
    """

    region_code: str | Unset = UNSET
    region_name: str | Unset = UNSET
    types: list[NumberType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_code = self.region_code

        region_name = self.region_name

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region_code is not UNSET:
            field_dict["regionCode"] = region_code
        if region_name is not UNSET:
            field_dict["regionName"] = region_name
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region_code = d.pop("regionCode", UNSET)

        region_name = d.pop("regionName", UNSET)

        _types = d.pop("types", UNSET)
        types: list[NumberType] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = NumberType(types_item_data)

                types.append(types_item)

        available_region = cls(
            region_code=region_code,
            region_name=region_name,
            types=types,
        )

        available_region.additional_properties = d
        return available_region

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
