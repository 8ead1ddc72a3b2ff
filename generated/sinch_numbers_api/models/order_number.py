# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_capability import NumberCapability
from ..types import (
    UNSET,
    Unset,
    enum_member,
    off_spec,
    off_spec_item,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.number_price import NumberPrice


T = TypeVar("T", bound="OrderNumber")


@_attrs_define
class OrderNumber:
    """
    Attributes:
        phone_number (str | None | Unset): Phone number in
            [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537) format with the leading `+`, for example
            `+12025550134`.
        number_price (NumberPrice | None | Unset):
        capabilities (list[NumberCapability] | None | Unset):
    """

    phone_number: str | None | Unset = UNSET
    number_price: NumberPrice | None | Unset = UNSET
    capabilities: list[NumberCapability] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.phone_number is not UNSET:
            field_dict["phoneNumber"] = self.phone_number

        if not isinstance(self.number_price, Unset):
            field_dict["numberPrice"] = (
                None if self.number_price is None else self.number_price.to_dict()
            )

        if not isinstance(self.capabilities, Unset):
            field_dict["capabilities"] = (
                None if self.capabilities is None else [item.value for item in self.capabilities]
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
        _phone_number = d.get("phoneNumber", UNSET)
        phone_number: str | None | Unset
        if isinstance(_phone_number, str):
            phone_number = _phone_number
        elif _phone_number is UNSET:
            phone_number = UNSET
        else:
            phone_number = off_spec(_phone_number, "phoneNumber", "string", kept, _path)

        _number_price = d.get("numberPrice", UNSET)
        number_price: NumberPrice | None | Unset
        if isinstance(_number_price, dict):
            number_price = NumberPrice.from_dict(_number_price, _path + ".numberPrice")
        elif _number_price is UNSET:
            number_price = UNSET
        else:
            number_price = off_spec(_number_price, "numberPrice", "object", kept, _path)

        _capabilities = d.get("capabilities", UNSET)
        capabilities: list[NumberCapability] | None | Unset
        if isinstance(_capabilities, list):
            _capabilities_items: list[NumberCapability] = []
            _capabilities_path = _path + ".capabilities[]"
            for _item in _capabilities:
                if not (isinstance(_item, str)):
                    capabilities = off_spec_item(
                        _capabilities, _item, "capabilities", "string", kept, _path
                    )
                    break
                _capabilities_items.append(enum_member(NumberCapability, _item, _capabilities_path))
            else:
                capabilities = _capabilities_items
        elif _capabilities is UNSET:
            capabilities = UNSET
        else:
            capabilities = off_spec(_capabilities, "capabilities", "array", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        order_number = cls(
            phone_number=phone_number,
            number_price=number_price,
            capabilities=capabilities,
        )
        order_number.additional_properties = kept
        return order_number

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


from ..models.number_price import NumberPrice  # noqa: E402

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "phoneNumber",
        "numberPrice",
        "capabilities",
    }
)
