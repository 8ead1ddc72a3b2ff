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
    from ..models.active_number_response import ActiveNumberResponse


T = TypeVar("T", bound="ListActiveNumbersResponse")


@_attrs_define
class ListActiveNumbersResponse:
    """One page of the project's active phone numbers.

    Attributes:
        active_numbers (list[ActiveNumberResponse] | None | Unset): The project's numbers matching the
            `ListActiveNumbers` request.
        next_page_token (str | None | Unset):
        total_size (int | None | Unset):
    """

    active_numbers: list[ActiveNumberResponse] | None | Unset = UNSET
    next_page_token: str | None | Unset = UNSET
    total_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.active_numbers, Unset):
            field_dict["activeNumbers"] = (
                None
                if self.active_numbers is None
                else [item.to_dict() for item in self.active_numbers]
            )

        if self.next_page_token is not UNSET:
            field_dict["nextPageToken"] = self.next_page_token

        if self.total_size is not UNSET:
            field_dict["totalSize"] = self.total_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _active_numbers = d.get("activeNumbers", UNSET)
        active_numbers: list[ActiveNumberResponse] | None | Unset
        if isinstance(_active_numbers, list):
            _active_numbers_items: list[ActiveNumberResponse] = []
            _active_numbers_path = _path + ".activeNumbers[]"
            for _item in _active_numbers:
                if not (isinstance(_item, dict)):
                    active_numbers = off_spec_item(
                        _active_numbers, _item, "activeNumbers", "object", kept, _path
                    )
                    break
                _active_numbers_items.append(
                    ActiveNumberResponse.from_dict(_item, _active_numbers_path)
                )
            else:
                active_numbers = _active_numbers_items
        elif _active_numbers is UNSET:
            active_numbers = UNSET
        else:
            active_numbers = off_spec(_active_numbers, "activeNumbers", "array", kept, _path)

        _next_page_token = d.get("nextPageToken", UNSET)
        next_page_token: str | None | Unset
        if isinstance(_next_page_token, str):
            next_page_token = _next_page_token
        elif _next_page_token is UNSET:
            next_page_token = UNSET
        else:
            next_page_token = off_spec(_next_page_token, "nextPageToken", "string", kept, _path)

        _total_size = d.get("totalSize", UNSET)
        total_size: int | None | Unset
        if isinstance(_total_size, int) and _total_size.__class__ is not bool:
            total_size = _total_size
        elif _total_size is UNSET:
            total_size = UNSET
        else:
            total_size = off_spec(_total_size, "totalSize", "integer", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        list_active_numbers_response = cls(
            active_numbers=active_numbers,
            next_page_token=next_page_token,
            total_size=total_size,
        )
        list_active_numbers_response.additional_properties = kept
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

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "activeNumbers",
        "nextPageToken",
        "totalSize",
    }
)
