# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_type import NumberType

T = TypeVar("T", bound="LookupNumberRequirementsRequest")


@_attrs_define
class LookupNumberRequirementsRequest:
    """
    Attributes:
        region_code (str): Region of the number, as an ISO 3166-1 alpha-2 country code (for example US, GB or SE).
            Example: US.
        number_type (NumberType): Type of the number.
    """

    region_code: str
    number_type: NumberType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_code = self.region_code

        number_type = self.number_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "regionCode": region_code,
                "numberType": number_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region_code = d.pop("regionCode")

        number_type = NumberType(d.pop("numberType"))

        lookup_number_requirements_request = cls(
            region_code=region_code,
            number_type=number_type,
        )

        lookup_number_requirements_request.additional_properties = d
        return lookup_number_requirements_request

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
