# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_number_response import ActiveNumberResponse


T = TypeVar("T", bound="ListActiveNumbersResponse")


@_attrs_define
class ListActiveNumbersResponse:
    """One page of the project's active phone numbers.

    Attributes:
        active_numbers (list[ActiveNumberResponse] | Unset): The project's numbers matching the `ListActiveNumbers`
            request.
        next_page_token (str | Unset):
        total_size (int | Unset):
    """

    active_numbers: list[ActiveNumberResponse] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    total_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.active_numbers, Unset):
            active_numbers = []
            for active_numbers_item_data in self.active_numbers:
                active_numbers_item = active_numbers_item_data.to_dict()
                active_numbers.append(active_numbers_item)

        next_page_token = self.next_page_token

        total_size = self.total_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_numbers is not UNSET:
            field_dict["activeNumbers"] = active_numbers
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if total_size is not UNSET:
            field_dict["totalSize"] = total_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _active_numbers = d.pop("activeNumbers", UNSET)
        active_numbers: list[ActiveNumberResponse] | Unset = UNSET
        if _active_numbers is not UNSET:
            active_numbers = []
            for active_numbers_item_data in _active_numbers:
                active_numbers_item = ActiveNumberResponse.from_dict(active_numbers_item_data)

                active_numbers.append(active_numbers_item)

        next_page_token = d.pop("nextPageToken", UNSET)

        total_size = d.pop("totalSize", UNSET)

        list_active_numbers_response = cls(
            active_numbers=active_numbers,
            next_page_token=next_page_token,
            total_size=total_size,
        )

        list_active_numbers_response.additional_properties = d
        return list_active_numbers_response

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


from ..models.active_number_response import ActiveNumberResponse  # noqa: E402
