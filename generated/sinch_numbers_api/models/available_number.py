# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_capability import NumberCapability
from ..models.number_type import NumberType
from ..types import (
    UNSET,
    Unset,
    enum_member,
    off_spec,
    off_spec_item,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="AvailableNumber")


@_attrs_define
class AvailableNumber:
    """A phone number that can be bought, in [dashboard.sinch.com](https://dashboard.sinch.com/numbers/buy-numbers) or
    through this API.

        Attributes:
            phone_number (str | None | Unset): Phone number in
                [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537) format with the leading `+`, for example
                `+12025550134`.
            region_code (str | None | Unset): Region of the number, as an ISO 3166-1 alpha-2 country code (for example US,
                GB or SE).
            type_ (NumberType | None | Unset): Type of the number.
            capability (list[NumberCapability] | None | Unset): What the number can be used for.
            setup_price (Money | None | Unset): A price, given as a currency code and an amount.
            monthly_price (Money | None | Unset): A price, given as a currency code and an amount.
            payment_interval_months (int | None | Unset): Billing period of the recurring price, in months.
            supporting_documentation_required (bool | None | Unset): Whether the rules of the number's region require extra
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

    phone_number: str | None | Unset = UNSET
    region_code: str | None | Unset = UNSET
    type_: NumberType | None | Unset = UNSET
    capability: list[NumberCapability] | None | Unset = UNSET
    setup_price: Money | None | Unset = UNSET
    monthly_price: Money | None | Unset = UNSET
    payment_interval_months: int | None | Unset = UNSET
    supporting_documentation_required: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.phone_number is not UNSET:
            field_dict["phoneNumber"] = self.phone_number

        if self.region_code is not UNSET:
            field_dict["regionCode"] = self.region_code

        if not isinstance(self.type_, Unset):
            field_dict["type"] = None if self.type_ is None else self.type_.value

        if not isinstance(self.capability, Unset):
            field_dict["capability"] = (
                None if self.capability is None else [item.value for item in self.capability]
            )

        if not isinstance(self.setup_price, Unset):
            field_dict["setupPrice"] = (
                None if self.setup_price is None else self.setup_price.to_dict()
            )

        if not isinstance(self.monthly_price, Unset):
            field_dict["monthlyPrice"] = (
                None if self.monthly_price is None else self.monthly_price.to_dict()
            )

        if self.payment_interval_months is not UNSET:
            field_dict["paymentIntervalMonths"] = self.payment_interval_months

        if self.supporting_documentation_required is not UNSET:
            field_dict["supportingDocumentationRequired"] = self.supporting_documentation_required

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

        _region_code = d.get("regionCode", UNSET)
        region_code: str | None | Unset
        if isinstance(_region_code, str):
            region_code = _region_code
        elif _region_code is UNSET:
            region_code = UNSET
        else:
            region_code = off_spec(_region_code, "regionCode", "string", kept, _path)

        _type_ = d.get("type", UNSET)
        type_: NumberType | None | Unset
        if isinstance(_type_, str):
            type_ = enum_member(NumberType, _type_, _path + ".type")
        elif _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = off_spec(_type_, "type", "string", kept, _path)

        _capability = d.get("capability", UNSET)
        capability: list[NumberCapability] | None | Unset
        if isinstance(_capability, list):
            _capability_items: list[NumberCapability] = []
            _capability_path = _path + ".capability[]"
            for _item in _capability:
                if not (isinstance(_item, str)):
                    capability = off_spec_item(
                        _capability, _item, "capability", "string", kept, _path
                    )
                    break
                _capability_items.append(enum_member(NumberCapability, _item, _capability_path))
            else:
                capability = _capability_items
        elif _capability is UNSET:
            capability = UNSET
        else:
            capability = off_spec(_capability, "capability", "array", kept, _path)

        _setup_price = d.get("setupPrice", UNSET)
        setup_price: Money | None | Unset
        if isinstance(_setup_price, dict):
            setup_price = Money.from_dict(_setup_price, _path + ".setupPrice")
        elif _setup_price is UNSET:
            setup_price = UNSET
        else:
            setup_price = off_spec(_setup_price, "setupPrice", "object", kept, _path)

        _monthly_price = d.get("monthlyPrice", UNSET)
        monthly_price: Money | None | Unset
        if isinstance(_monthly_price, dict):
            monthly_price = Money.from_dict(_monthly_price, _path + ".monthlyPrice")
        elif _monthly_price is UNSET:
            monthly_price = UNSET
        else:
            monthly_price = off_spec(_monthly_price, "monthlyPrice", "object", kept, _path)

        _payment_interval_months = d.get("paymentIntervalMonths", UNSET)
        payment_interval_months: int | None | Unset
        if (
            isinstance(_payment_interval_months, int)
            and _payment_interval_months.__class__ is not bool
        ):
            payment_interval_months = _payment_interval_months
        elif _payment_interval_months is UNSET:
            payment_interval_months = UNSET
        else:
            payment_interval_months = off_spec(
                _payment_interval_months, "paymentIntervalMonths", "integer", kept, _path
            )

        _supporting_documentation_required = d.get("supportingDocumentationRequired", UNSET)
        supporting_documentation_required: bool | None | Unset
        if _supporting_documentation_required.__class__ is bool:
            supporting_documentation_required = _supporting_documentation_required
        elif _supporting_documentation_required is UNSET:
            supporting_documentation_required = UNSET
        else:
            supporting_documentation_required = off_spec(
                _supporting_documentation_required,
                "supportingDocumentationRequired",
                "boolean",
                kept,
                _path,
            )

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
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
        available_number.additional_properties = kept
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

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "phoneNumber",
        "regionCode",
        "type",
        "capability",
        "setupPrice",
        "monthlyPrice",
        "paymentIntervalMonths",
        "supportingDocumentationRequired",
    }
)
