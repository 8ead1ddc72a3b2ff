# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_pattern_search_pattern import NumberPatternSearchPattern
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberPattern")


@_attrs_define
class NumberPattern:
    """
    Attributes:
        pattern (str | Unset): Digits to look for.
        search_pattern (NumberPatternSearchPattern | Unset): Where in the number the digit sequence must appear.
    """

    pattern: str | Unset = UNSET
    search_pattern: NumberPatternSearchPattern | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern

        search_pattern: str | Unset = UNSET
        if not isinstance(self.search_pattern, Unset):
            search_pattern = self.search_pattern.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if search_pattern is not UNSET:
            field_dict["searchPattern"] = search_pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pattern = d.pop("pattern", UNSET)

        _search_pattern = d.pop("searchPattern", UNSET)
        search_pattern: NumberPatternSearchPattern | Unset
        if isinstance(_search_pattern, Unset):
            search_pattern = UNSET
        else:
            search_pattern = NumberPatternSearchPattern(_search_pattern)

        number_pattern = cls(
            pattern=pattern,
            search_pattern=search_pattern,
        )

        number_pattern.additional_properties = d
        return number_pattern

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
