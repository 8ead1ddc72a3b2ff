# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    off_spec,
    unknown_fields,
)

T = TypeVar("T", bound="Money")


@_attrs_define
class Money:
    """A price, given as a currency code and an amount.

    Attributes:
        currency_code (str | None | Unset): Three-letter [ISO 4217](https://www.iso.org/iso-4217-currency-codes.html)
            currency code.
        amount (str | None | Unset): Amount as a decimal string, for example `2.00`. Precision is not guaranteed unless
            the source states it. Read-only; it cannot be changed.
    """

    currency_code: str | None | Unset = UNSET
    amount: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.currency_code is not UNSET:
            field_dict["currencyCode"] = self.currency_code

        if self.amount is not UNSET:
            field_dict["amount"] = self.amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _currency_code = d.get("currencyCode", UNSET)
        currency_code: str | None | Unset
        if isinstance(_currency_code, str):
            currency_code = _currency_code
        elif _currency_code is UNSET:
            currency_code = UNSET
        else:
            currency_code = off_spec(_currency_code, "currencyCode", "string", kept, _path)

        _amount = d.get("amount", UNSET)
        amount: str | None | Unset
        if isinstance(_amount, str):
            amount = _amount
        elif _amount is UNSET:
            amount = UNSET
        else:
            amount = off_spec(_amount, "amount", "string", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        money = cls(
            currency_code=currency_code,
            amount=amount,
        )
        money.additional_properties = kept
        return money

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


_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "currencyCode",
        "amount",
    }
)
