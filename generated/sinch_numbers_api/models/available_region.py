# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_type import NumberType
from ..types import (
    UNSET,
    Unset,
    enum_member,
    off_spec,
    off_spec_item,
    unknown_fields,
)

T = TypeVar("T", bound="AvailableRegion")


@_attrs_define
class AvailableRegion:
    """A region in which numbers are offered.

    Attributes:
        region_code (str | None | Unset): Region of the number, as an ISO 3166-1 alpha-2 country code (for example US,
            GB or SE).
        region_name (str | None | Unset): Name of the region for display, for example United States, United Kingdom or
            Sweden.
        types (list[NumberType] | None | Unset): Number types offered in the region, for example `MOBILE` or `LOCAL`.
    """

    region_code: str | None | Unset = UNSET
    region_name: str | None | Unset = UNSET
    types: list[NumberType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.region_code is not UNSET:
            field_dict["regionCode"] = self.region_code

        if self.region_name is not UNSET:
            field_dict["regionName"] = self.region_name

        if not isinstance(self.types, Unset):
            field_dict["types"] = (
                None if self.types is None else [item.value for item in self.types]
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
        _region_code = d.get("regionCode", UNSET)
        region_code: str | None | Unset
        if isinstance(_region_code, str):
            region_code = _region_code
        elif _region_code is UNSET:
            region_code = UNSET
        else:
            region_code = off_spec(_region_code, "regionCode", "string", kept, _path)

        _region_name = d.get("regionName", UNSET)
        region_name: str | None | Unset
        if isinstance(_region_name, str):
            region_name = _region_name
        elif _region_name is UNSET:
            region_name = UNSET
        else:
            region_name = off_spec(_region_name, "regionName", "string", kept, _path)

        _types = d.get("types", UNSET)
        types: list[NumberType] | None | Unset
        if isinstance(_types, list):
            _types_items: list[NumberType] = []
            _types_path = _path + ".types[]"
            for _item in _types:
                if not (isinstance(_item, str)):
                    types = off_spec_item(_types, _item, "types", "string", kept, _path)
                    break
                _types_items.append(enum_member(NumberType, _item, _types_path))
            else:
                types = _types_items
        elif _types is UNSET:
            types = UNSET
        else:
            types = off_spec(_types, "types", "array", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        available_region = cls(
            region_code=region_code,
            region_name=region_name,
            types=types,
        )
        available_region.additional_properties = kept
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


_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "regionCode",
        "regionName",
        "types",
    }
)
