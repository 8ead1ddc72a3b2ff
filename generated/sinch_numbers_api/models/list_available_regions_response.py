# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    off_spec,
    off_spec_item,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.available_region import AvailableRegion


T = TypeVar("T", bound="ListAvailableRegionsResponse")


@_attrs_define
class ListAvailableRegionsResponse:
    """The regions in which numbers are offered.

    Attributes:
        available_regions (list[AvailableRegion] | None | Unset):
    """

    available_regions: list[AvailableRegion] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.available_regions, Unset):
            field_dict["availableRegions"] = (
                None
                if self.available_regions is None
                else [item.to_dict() for item in self.available_regions]
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _available_regions = d.get("availableRegions", UNSET)
        available_regions: list[AvailableRegion] | None | Unset
        if isinstance(_available_regions, list):
            _available_regions_items: list[AvailableRegion] = []
            _available_regions_path = _path + ".availableRegions[]"
            for _item in _available_regions:
                if not (isinstance(_item, dict)):
                    available_regions = off_spec_item(
                        _available_regions, _item, "availableRegions", "object", kept, _path
                    )
                    break
                _available_regions_items.append(
                    AvailableRegion.from_dict(_item, _available_regions_path)
                )
            else:
                available_regions = _available_regions_items
        elif _available_regions is UNSET:
            available_regions = UNSET
        else:
            available_regions = off_spec(
                _available_regions, "availableRegions", "array", kept, _path
            )

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        list_available_regions_response = cls(
            available_regions=available_regions,
        )
        list_available_regions_response.additional_properties = kept
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

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "availableRegions",
    }
)
