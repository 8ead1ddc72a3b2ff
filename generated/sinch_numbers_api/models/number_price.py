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
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="NumberPrice")


@_attrs_define
class NumberPrice:
    """
    Attributes:
        setup_price (Money | None | Unset): A price, given as a currency code and an amount.
        monthly_price (Money | None | Unset): A price, given as a currency code and an amount.
        payment_interval_months (int | None | Unset):
    """

    setup_price: Money | None | Unset = UNSET
    monthly_price: Money | None | Unset = UNSET
    payment_interval_months: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
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

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        number_price = cls(
            setup_price=setup_price,
            monthly_price=monthly_price,
            payment_interval_months=payment_interval_months,
        )
        number_price.additional_properties = kept
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

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "setupPrice",
        "monthlyPrice",
        "paymentIntervalMonths",
    }
)
