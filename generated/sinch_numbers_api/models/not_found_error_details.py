# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotFoundErrorDetails")


@_attrs_define
class NotFoundErrorDetails:
    """
    Attributes:
        type_ (str | Unset):
        resource_type (str | Unset): Type of the missing resource.
        resource_name (str | Unset): Name of the missing resource.
        owner (str | Unset): Owner of the missing resource.
        description (str | Unset): Explanation of the error.
    """

    type_: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    resource_name: str | Unset = UNSET
    owner: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        resource_type = self.resource_type

        resource_name = self.resource_name

        owner = self.owner

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if resource_name is not UNSET:
            field_dict["resourceName"] = resource_name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        resource_type = d.pop("resourceType", UNSET)

        resource_name = d.pop("resourceName", UNSET)

        owner = d.pop("owner", UNSET)

        description = d.pop("description", UNSET)

        not_found_error_details = cls(
            type_=type_,
            resource_type=resource_type,
            resource_name=resource_name,
            owner=owner,
            description=description,
        )

        not_found_error_details.additional_properties = d
        return not_found_error_details

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
