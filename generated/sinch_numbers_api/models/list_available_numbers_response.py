# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_number import AvailableNumber


T = TypeVar("T", bound="ListAvailableNumbersResponse")


@_attrs_define
class ListAvailableNumbersResponse:
    """Phone numbers that can be bought.

    Attributes:
        available_numbers (list[AvailableNumber] | Unset): The phone numbers that can be bought.
    """

    available_numbers: list[AvailableNumber] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_numbers, Unset):
            available_numbers = []
            for available_numbers_item_data in self.available_numbers:
                available_numbers_item = available_numbers_item_data.to_dict()
                available_numbers.append(available_numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_numbers is not UNSET:
            field_dict["availableNumbers"] = available_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _available_numbers = d.pop("availableNumbers", UNSET)
        available_numbers: list[AvailableNumber] | Unset = UNSET
        if _available_numbers is not UNSET:
            available_numbers = []
            for available_numbers_item_data in _available_numbers:
                available_numbers_item = AvailableNumber.from_dict(available_numbers_item_data)

                available_numbers.append(available_numbers_item)

        list_available_numbers_response = cls(
            available_numbers=available_numbers,
        )

        list_available_numbers_response.additional_properties = d
        return list_available_numbers_response

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


from ..models.available_number import AvailableNumber  # noqa: E402
