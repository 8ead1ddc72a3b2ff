# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_capability import NumberCapability
from ..models.number_type import NumberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="AvailableNumber")


@_attrs_define
class AvailableNumber:
    """A phone number that can be bought, in [dashboard.sinch.com](https://dashboard.sinch.com/numbers/buy-numbers) or
    through this API.

        Attributes:
            phone_number (str | Unset): Phone number in [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537)
                format with the leading `+`, for example `+12025550134`. Example: +12025550134.
            region_code (str | Unset): Region of the number, as an ISO 3166-1 alpha-2 country code (for example US, GB or
                SE). Example: US.
            type_ (NumberType | Unset): Type of the number.
            capability (list[NumberCapability] | Unset): What the number can be used for. Example: ['SMS', 'VOICE'].
            setup_price (Money | Unset): A price, given as a currency code and an amount.
            monthly_price (Money | Unset): A price, given as a currency code and an amount.
            payment_interval_months (int | Unset): Billing period of the recurring price, in months.
            supporting_documentation_required (bool | Unset): Whether the rules of the number's region require extra
                documents
                (for example business or identity documents) to buy numbers of this
                type. It depends only on region and number type, so every number of
                that type in that region has the same value.

                If `true`, buy the number with the
                [Number Order](https://developers.sinch.com/docs/numbers/api-reference/numbers/number-order)
                API: "Get the requirements for a number" tells you which data and documents
                are needed; supply them with the order's registration and attachment
                endpoints, then submit the order.
    """

    phone_number: str | Unset = UNSET
    region_code: str | Unset = UNSET
    type_: NumberType | Unset = UNSET
    capability: list[NumberCapability] | Unset = UNSET
    setup_price: Money | Unset = UNSET
    monthly_price: Money | Unset = UNSET
    payment_interval_months: int | Unset = UNSET
    supporting_documentation_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        region_code = self.region_code

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        capability: list[str] | Unset = UNSET
        if not isinstance(self.capability, Unset):
            capability = []
            for capability_item_data in self.capability:
                capability_item = capability_item_data.value
                capability.append(capability_item)

        setup_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setup_price, Unset):
            setup_price = self.setup_price.to_dict()

        monthly_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monthly_price, Unset):
            monthly_price = self.monthly_price.to_dict()

        payment_interval_months = self.payment_interval_months

        supporting_documentation_required = self.supporting_documentation_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if region_code is not UNSET:
            field_dict["regionCode"] = region_code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if capability is not UNSET:
            field_dict["capability"] = capability
        if setup_price is not UNSET:
            field_dict["setupPrice"] = setup_price
        if monthly_price is not UNSET:
            field_dict["monthlyPrice"] = monthly_price
        if payment_interval_months is not UNSET:
            field_dict["paymentIntervalMonths"] = payment_interval_months
        if supporting_documentation_required is not UNSET:
            field_dict["supportingDocumentationRequired"] = supporting_documentation_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber", UNSET)

        region_code = d.pop("regionCode", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: NumberType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NumberType(_type_)

        _capability = d.pop("capability", UNSET)
        capability: list[NumberCapability] | Unset = UNSET
        if _capability is not UNSET:
            capability = []
            for capability_item_data in _capability:
                capability_item = NumberCapability(capability_item_data)

                capability.append(capability_item)

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

        supporting_documentation_required = d.pop("supportingDocumentationRequired", UNSET)

        available_number = cls(
            phone_number=phone_number,
            region_code=region_code,
            type_=type_,
            capability=capability,
            setup_price=setup_price,
            monthly_price=monthly_price,
            payment_interval_months=payment_interval_months,
            supporting_documentation_required=supporting_documentation_required,
        )

        available_number.additional_properties = d
        return available_number

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
