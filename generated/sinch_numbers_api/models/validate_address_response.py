# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address_validation_result_code import AddressValidationResultCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emergency_address import EmergencyAddress


T = TypeVar("T", bound="ValidateAddressResponse")


@_attrs_define
class ValidateAddressResponse:
    """Result of an emergency address validation.

    Attributes:
        phone_number (str | Unset): Phone number in [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537)
            format with the leading `+`, for example `+12025550134`. Example: +12025550134.
        display_name (str | Unset): Your own name for the phone number. Example: User Name.
        validated_address (EmergencyAddress | Unset): An emergency address.
        validation_result (AddressValidationResultCode | Unset): Outcome of an address validation.
        validation_message (str | Unset): Message explaining the result. Example: Corrected to valid address.
        corrected_address (EmergencyAddress | Unset): An emergency address.
        candidate_addresses (list[EmergencyAddress] | Unset): Possible addresses; only given when `validationResult` is
            `NO_MATCH`.
    """

    phone_number: str | Unset = UNSET
    display_name: str | Unset = UNSET
    validated_address: EmergencyAddress | Unset = UNSET
    validation_result: AddressValidationResultCode | Unset = UNSET
    validation_message: str | Unset = UNSET
    corrected_address: EmergencyAddress | Unset = UNSET
    candidate_addresses: list[EmergencyAddress] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        display_name = self.display_name

        validated_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validated_address, Unset):
            validated_address = self.validated_address.to_dict()

        validation_result: str | Unset = UNSET
        if not isinstance(self.validation_result, Unset):
            validation_result = self.validation_result.value

        validation_message = self.validation_message

        corrected_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.corrected_address, Unset):
            corrected_address = self.corrected_address.to_dict()

        candidate_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.candidate_addresses, Unset):
            candidate_addresses = []
            for candidate_addresses_item_data in self.candidate_addresses:
                candidate_addresses_item = candidate_addresses_item_data.to_dict()
                candidate_addresses.append(candidate_addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if validated_address is not UNSET:
            field_dict["validatedAddress"] = validated_address
        if validation_result is not UNSET:
            field_dict["validationResult"] = validation_result
        if validation_message is not UNSET:
            field_dict["validationMessage"] = validation_message
        if corrected_address is not UNSET:
            field_dict["correctedAddress"] = corrected_address
        if candidate_addresses is not UNSET:
            field_dict["candidateAddresses"] = candidate_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber", UNSET)

        display_name = d.pop("displayName", UNSET)

        _validated_address = d.pop("validatedAddress", UNSET)
        validated_address: EmergencyAddress | Unset
        if isinstance(_validated_address, Unset):
            validated_address = UNSET
        else:
            validated_address = EmergencyAddress.from_dict(_validated_address)

        _validation_result = d.pop("validationResult", UNSET)
        validation_result: AddressValidationResultCode | Unset
        if isinstance(_validation_result, Unset):
            validation_result = UNSET
        else:
            validation_result = AddressValidationResultCode(_validation_result)

        validation_message = d.pop("validationMessage", UNSET)

        _corrected_address = d.pop("correctedAddress", UNSET)
        corrected_address: EmergencyAddress | Unset
        if isinstance(_corrected_address, Unset):
            corrected_address = UNSET
        else:
            corrected_address = EmergencyAddress.from_dict(_corrected_address)

        _candidate_addresses = d.pop("candidateAddresses", UNSET)
        candidate_addresses: list[EmergencyAddress] | Unset = UNSET
        if _candidate_addresses is not UNSET:
            candidate_addresses = []
            for candidate_addresses_item_data in _candidate_addresses:
                candidate_addresses_item = EmergencyAddress.from_dict(candidate_addresses_item_data)

                candidate_addresses.append(candidate_addresses_item)

        validate_address_response = cls(
            phone_number=phone_number,
            display_name=display_name,
            validated_address=validated_address,
            validation_result=validation_result,
            validation_message=validation_message,
            corrected_address=corrected_address,
            candidate_addresses=candidate_addresses,
        )

        validate_address_response.additional_properties = d
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
