# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_region import AvailableRegion


T = TypeVar("T", bound="ListAvailableRegionsResponse")


@_attrs_define
class ListAvailableRegionsResponse:
    """The regions in which numbers are offered.

    Attributes:
        available_regions (list[AvailableRegion] | Unset):
    """

    available_regions: list[AvailableRegion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_regions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_regions, Unset):
            available_regions = []
            for available_regions_item_data in self.available_regions:
                available_regions_item = available_regions_item_data.to_dict()
                available_regions.append(available_regions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_regions is not UNSET:
            field_dict["availableRegions"] = available_regions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _available_regions = d.pop("availableRegions", UNSET)
        available_regions: list[AvailableRegion] | Unset = UNSET
        if _available_regions is not UNSET:
            available_regions = []
            for available_regions_item_data in _available_regions:
                available_regions_item = AvailableRegion.from_dict(available_regions_item_data)

                available_regions.append(available_regions_item)

        list_available_regions_response = cls(
            available_regions=available_regions,
        )

        list_available_regions_response.additional_properties = d
        return list_available_regions_response

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


from ..models.available_region import AvailableRegion  # noqa: E402
