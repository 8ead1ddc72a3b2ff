# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="NumberPrice")


@_attrs_define
class NumberPrice:
    """
    Attributes:
        setup_price (Money | Unset): A price, given as a currency code and an amount.
        monthly_price (Money | Unset): A price, given as a currency code and an amount.
        payment_interval_months (int | Unset):
    """

    setup_price: Money | Unset = UNSET
    monthly_price: Money | Unset = UNSET
    payment_interval_months: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        setup_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setup_price, Unset):
            setup_price = self.setup_price.to_dict()

        monthly_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monthly_price, Unset):
            monthly_price = self.monthly_price.to_dict()

        payment_interval_months = self.payment_interval_months

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if setup_price is not UNSET:
            field_dict["setupPrice"] = setup_price
        if monthly_price is not UNSET:
            field_dict["monthlyPrice"] = monthly_price
        if payment_interval_months is not UNSET:
            field_dict["paymentIntervalMonths"] = payment_interval_months

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _setup_price = d.pop("setupPrice", UNSET)
        setup_price: Money | Unset
        if isinstance(_setup_price, Unset):
            setup_price = UNSET
        else:
            setup_price = Money.from_dict(_setup_price)

        _monthly_price = d.pop("monthlyPrice", UNSET)
        monthly_price: Money | Unset
        if isinstance(_monthly_price, Unset):
            monthly_price = UNSET
        else:
            monthly_price = Money.from_dict(_monthly_price)

        payment_interval_months = d.pop("paymentIntervalMonths", UNSET)

        number_price = cls(
            setup_price=setup_price,
            monthly_price=monthly_price,
            payment_interval_months=payment_interval_months,
        )

        number_price.additional_properties = d
        return number_price

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


from ..models.money import Money  # noqa: E402
