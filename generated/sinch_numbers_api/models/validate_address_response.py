# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address_validation_result_code import AddressValidationResultCode
from ..types import (
    UNSET,
    Unset,
    enum_member,
    off_spec,
    off_spec_item,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.emergency_address import EmergencyAddress


T = TypeVar("T", bound="ValidateAddressResponse")


@_attrs_define
class ValidateAddressResponse:
    """Result of an emergency address validation.

    Attributes:
        phone_number (str | None | Unset): Phone number in
            [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537) format with the leading `+`, for example
            `+12025550134`.
        display_name (str | None | Unset): Your own name for the phone number.
        validated_address (EmergencyAddress | None | Unset): An emergency address.
        validation_result (AddressValidationResultCode | None | Unset): Outcome of an address validation.
        validation_message (str | None | Unset): Message explaining the result.
        corrected_address (EmergencyAddress | None | Unset): An emergency address.
        candidate_addresses (list[EmergencyAddress] | None | Unset): Possible addresses; only given when
            `validationResult` is `NO_MATCH`.
    """

    phone_number: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    validated_address: EmergencyAddress | None | Unset = UNSET
    validation_result: AddressValidationResultCode | None | Unset = UNSET
    validation_message: str | None | Unset = UNSET
    corrected_address: EmergencyAddress | None | Unset = UNSET
    candidate_addresses: list[EmergencyAddress] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.phone_number is not UNSET:
            field_dict["phoneNumber"] = self.phone_number

        if self.display_name is not UNSET:
            field_dict["displayName"] = self.display_name

        if not isinstance(self.validated_address, Unset):
            field_dict["validatedAddress"] = (
                None if self.validated_address is None else self.validated_address.to_dict()
            )

        if not isinstance(self.validation_result, Unset):
            field_dict["validationResult"] = (
                None if self.validation_result is None else self.validation_result.value
            )

        if self.validation_message is not UNSET:
            field_dict["validationMessage"] = self.validation_message

        if not isinstance(self.corrected_address, Unset):
            field_dict["correctedAddress"] = (
                None if self.corrected_address is None else self.corrected_address.to_dict()
            )

        if not isinstance(self.candidate_addresses, Unset):
            field_dict["candidateAddresses"] = (
                None
                if self.candidate_addresses is None
                else [item.to_dict() for item in self.candidate_addresses]
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

        _display_name = d.get("displayName", UNSET)
        display_name: str | None | Unset
        if isinstance(_display_name, str):
            display_name = _display_name
        elif _display_name is UNSET:
            display_name = UNSET
        else:
            display_name = off_spec(_display_name, "displayName", "string", kept, _path)

        _validated_address = d.get("validatedAddress", UNSET)
        validated_address: EmergencyAddress | None | Unset
        if isinstance(_validated_address, dict):
            validated_address = EmergencyAddress.from_dict(
                _validated_address, _path + ".validatedAddress"
            )
        elif _validated_address is UNSET:
            validated_address = UNSET
        else:
            validated_address = off_spec(
                _validated_address, "validatedAddress", "object", kept, _path
            )

        _validation_result = d.get("validationResult", UNSET)
        validation_result: AddressValidationResultCode | None | Unset
        if isinstance(_validation_result, str):
            validation_result = enum_member(
                AddressValidationResultCode, _validation_result, _path + ".validationResult"
            )
        elif _validation_result is UNSET:
            validation_result = UNSET
        else:
            validation_result = off_spec(
                _validation_result, "validationResult", "string", kept, _path
            )

        _validation_message = d.get("validationMessage", UNSET)
        validation_message: str | None | Unset
        if isinstance(_validation_message, str):
            validation_message = _validation_message
        elif _validation_message is UNSET:
            validation_message = UNSET
        else:
            validation_message = off_spec(
                _validation_message, "validationMessage", "string", kept, _path
            )

        _corrected_address = d.get("correctedAddress", UNSET)
        corrected_address: EmergencyAddress | None | Unset
        if isinstance(_corrected_address, dict):
            corrected_address = EmergencyAddress.from_dict(
                _corrected_address, _path + ".correctedAddress"
            )
        elif _corrected_address is UNSET:
            corrected_address = UNSET
        else:
            corrected_address = off_spec(
                _corrected_address, "correctedAddress", "object", kept, _path
            )

        _candidate_addresses = d.get("candidateAddresses", UNSET)
        candidate_addresses: list[EmergencyAddress] | None | Unset
        if isinstance(_candidate_addresses, list):
            _candidate_addresses_items: list[EmergencyAddress] = []
            _candidate_addresses_path = _path + ".candidateAddresses[]"
            for _item in _candidate_addresses:
                if not (isinstance(_item, dict)):
                    candidate_addresses = off_spec_item(
                        _candidate_addresses, _item, "candidateAddresses", "object", kept, _path
                    )
                    break
                _candidate_addresses_items.append(
                    EmergencyAddress.from_dict(_item, _candidate_addresses_path)
                )
            else:
                candidate_addresses = _candidate_addresses_items
        elif _candidate_addresses is UNSET:
            candidate_addresses = UNSET
        else:
            candidate_addresses = off_spec(
                _candidate_addresses, "candidateAddresses", "array", kept, _path
            )

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        validate_address_response = cls(
            phone_number=phone_number,
            display_name=display_name,
            validated_address=validated_address,
            validation_result=validation_result,
            validation_message=validation_message,
            corrected_address=corrected_address,
            candidate_addresses=candidate_addresses,
        )
        validate_address_response.additional_properties = kept
        return validate_address_response

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


from ..models.emergency_address import EmergencyAddress  # noqa: E402

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "phoneNumber",
        "displayName",
        "validatedAddress",
        "validationResult",
        "validationMessage",
        "correctedAddress",
        "candidateAddresses",
    }
)
