# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestEntityTooLargeErrorDetails")


@_attrs_define
class RequestEntityTooLargeErrorDetails:
    """
    Attributes:
        type_ (str | Unset):
        resource_name (str | Unset): Name of the resource that is over the size limit.
        description (str | Unset): Explanation of the error.
    """

    type_: str | Unset = UNSET
    resource_name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        resource_name = self.resource_name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if resource_name is not UNSET:
            field_dict["resourceName"] = resource_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        resource_name = d.pop("resourceName", UNSET)

        description = d.pop("description", UNSET)

        request_entity_too_large_error_details = cls(
            type_=type_,
            resource_name=resource_name,
            description=description,
        )

        request_entity_too_large_error_details.additional_properties = d
        return request_entity_too_large_error_details

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
