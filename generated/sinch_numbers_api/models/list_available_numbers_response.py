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
    from ..models.available_number import AvailableNumber


T = TypeVar("T", bound="ListAvailableNumbersResponse")


@_attrs_define
class ListAvailableNumbersResponse:
    """Phone numbers that can be bought.

    Attributes:
        available_numbers (list[AvailableNumber] | None | Unset): The phone numbers that can be bought.
    """

    available_numbers: list[AvailableNumber] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.available_numbers, Unset):
            field_dict["availableNumbers"] = (
                None
                if self.available_numbers is None
                else [item.to_dict() for item in self.available_numbers]
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
        _available_numbers = d.get("availableNumbers", UNSET)
        available_numbers: list[AvailableNumber] | None | Unset
        if isinstance(_available_numbers, list):
            _available_numbers_items: list[AvailableNumber] = []
            _available_numbers_path = _path + ".availableNumbers[]"
            for _item in _available_numbers:
                if not (isinstance(_item, dict)):
                    available_numbers = off_spec_item(
                        _available_numbers, _item, "availableNumbers", "object", kept, _path
                    )
                    break
                _available_numbers_items.append(
                    AvailableNumber.from_dict(_item, _available_numbers_path)
                )
            else:
                available_numbers = _available_numbers_items
        elif _available_numbers is UNSET:
            available_numbers = UNSET
        else:
            available_numbers = off_spec(
                _available_numbers, "availableNumbers", "array", kept, _path
            )

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        list_available_numbers_response = cls(
            available_numbers=available_numbers,
        )
        list_available_numbers_response.additional_properties = kept
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

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "availableNumbers",
    }
)
