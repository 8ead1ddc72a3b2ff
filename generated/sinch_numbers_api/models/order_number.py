# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_capability import NumberCapability
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_price import NumberPrice


T = TypeVar("T", bound="OrderNumber")


@_attrs_define
class OrderNumber:
    """
    Attributes:
        phone_number (str | Unset): Phone number in [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537)
            format with the leading `+`, for example `+12025550134`. Example: +12025550134.
        number_price (NumberPrice | Unset):
        capabilities (list[NumberCapability] | Unset):
    """

    phone_number: str | Unset = UNSET
    number_price: NumberPrice | Unset = UNSET
    capabilities: list[NumberCapability] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        number_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number_price, Unset):
            number_price = self.number_price.to_dict()

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.value
                capabilities.append(capabilities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if number_price is not UNSET:
            field_dict["numberPrice"] = number_price
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber", UNSET)

        _number_price = d.pop("numberPrice", UNSET)
        number_price: NumberPrice | Unset
        if isinstance(_number_price, Unset):
            number_price = UNSET
        else:
            number_price = NumberPrice.from_dict(_number_price)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[NumberCapability] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for capabilities_item_data in _capabilities:
                capabilities_item = NumberCapability(capabilities_item_data)

                capabilities.append(capabilities_item)

        order_number = cls(
            phone_number=phone_number,
            number_price=number_price,
            capabilities=capabilities,
        )

        order_number.additional_properties = d
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
