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

T = TypeVar("T", bound="EmergencyAddress")


@_attrs_define
class EmergencyAddress:
    """An emergency address.

    Attributes:
        street_number (str | None | Unset): House number.
        street_info (str | None | Unset): Street name.
        location (str | None | Unset): Additional location details, such as an apartment.
        city (str | None | Unset): City.
        state (str | None | Unset): State or province.
        postal_code (str | None | Unset): Postal code.
        postal_code_plus_four (str | None | Unset): Four-digit postal code extension (ZIP+4).
    """

    street_number: str | None | Unset = UNSET
    street_info: str | None | Unset = UNSET
    location: str | None | Unset = UNSET
    city: str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    postal_code: str | None | Unset = UNSET
    postal_code_plus_four: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.street_number is not UNSET:
            field_dict["streetNumber"] = self.street_number

        if self.street_info is not UNSET:
            field_dict["streetInfo"] = self.street_info

        if self.location is not UNSET:
            field_dict["location"] = self.location

        if self.city is not UNSET:
            field_dict["city"] = self.city

        if self.state is not UNSET:
            field_dict["state"] = self.state

        if self.postal_code is not UNSET:
            field_dict["postalCode"] = self.postal_code

        if self.postal_code_plus_four is not UNSET:
            field_dict["postalCodePlusFour"] = self.postal_code_plus_four

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _street_number = d.get("streetNumber", UNSET)
        street_number: str | None | Unset
        if isinstance(_street_number, str):
            street_number = _street_number
        elif _street_number is UNSET:
            street_number = UNSET
        else:
            street_number = off_spec(_street_number, "streetNumber", "string", kept, _path)

        _street_info = d.get("streetInfo", UNSET)
        street_info: str | None | Unset
        if isinstance(_street_info, str):
            street_info = _street_info
        elif _street_info is UNSET:
            street_info = UNSET
        else:
            street_info = off_spec(_street_info, "streetInfo", "string", kept, _path)

        _location = d.get("location", UNSET)
        location: str | None | Unset
        if isinstance(_location, str):
            location = _location
        elif _location is UNSET:
            location = UNSET
        else:
            location = off_spec(_location, "location", "string", kept, _path)

        _city = d.get("city", UNSET)
        city: str | None | Unset
        if isinstance(_city, str):
            city = _city
        elif _city is UNSET:
            city = UNSET
        else:
            city = off_spec(_city, "city", "string", kept, _path)

        _state = d.get("state", UNSET)
        state: str | None | Unset
        if isinstance(_state, str):
            state = _state
        elif _state is UNSET:
            state = UNSET
        else:
            state = off_spec(_state, "state", "string", kept, _path)

        _postal_code = d.get("postalCode", UNSET)
        postal_code: str | None | Unset
        if isinstance(_postal_code, str):
            postal_code = _postal_code
        elif _postal_code is UNSET:
            postal_code = UNSET
        else:
            postal_code = off_spec(_postal_code, "postalCode", "string", kept, _path)

        _postal_code_plus_four = d.get("postalCodePlusFour", UNSET)
        postal_code_plus_four: str | None | Unset
        if isinstance(_postal_code_plus_four, str):
            postal_code_plus_four = _postal_code_plus_four
        elif _postal_code_plus_four is UNSET:
            postal_code_plus_four = UNSET
        else:
            postal_code_plus_four = off_spec(
                _postal_code_plus_four, "postalCodePlusFour", "string", kept, _path
            )

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        emergency_address = cls(
            street_number=street_number,
            street_info=street_info,
            location=location,
            city=city,
            state=state,
            postal_code=postal_code,
            postal_code_plus_four=postal_code_plus_four,
        )
        emergency_address.additional_properties = kept
        return emergency_address

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
        "streetNumber",
        "streetInfo",
        "location",
        "city",
        "state",
        "postalCode",
        "postalCodePlusFour",
    }
)
