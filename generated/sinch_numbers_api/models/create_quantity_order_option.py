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
    from ..models.number_pattern import NumberPattern


T = TypeVar("T", bound="CreateQuantityOrderOption")


@_attrs_define
class CreateQuantityOrderOption:
    """
    Attributes:
        requested_quantity (int): How many numbers to buy, from 1 to 100. Example: 3.
        number_pattern (NumberPattern | Unset):
        sequential (bool | Unset):
        capabilities (list[NumberCapability] | Unset):
    """

    requested_quantity: int
    number_pattern: NumberPattern | Unset = UNSET
    sequential: bool | Unset = UNSET
    capabilities: list[NumberCapability] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_quantity = self.requested_quantity

        number_pattern: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number_pattern, Unset):
            number_pattern = self.number_pattern.to_dict()

        sequential = self.sequential

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.value
                capabilities.append(capabilities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestedQuantity": requested_quantity,
            }
        )
        if number_pattern is not UNSET:
            field_dict["numberPattern"] = number_pattern
        if sequential is not UNSET:
            field_dict["sequential"] = sequential
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requested_quantity = d.pop("requestedQuantity")

        _number_pattern = d.pop("numberPattern", UNSET)
        number_pattern: NumberPattern | Unset
        if isinstance(_number_pattern, Unset):
            number_pattern = UNSET
        else:
            number_pattern = NumberPattern.from_dict(_number_pattern)

        sequential = d.pop("sequential", UNSET)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[NumberCapability] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for capabilities_item_data in _capabilities:
                capabilities_item = NumberCapability(capabilities_item_data)

                capabilities.append(capabilities_item)

        create_quantity_order_option = cls(
            requested_quantity=requested_quantity,
            number_pattern=number_pattern,
            sequential=sequential,
            capabilities=capabilities,
        )

        create_quantity_order_option.additional_properties = d
        return create_quantity_order_option

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


from ..models.number_pattern import NumberPattern  # noqa: E402
