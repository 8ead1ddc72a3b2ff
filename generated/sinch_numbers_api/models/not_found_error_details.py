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

T = TypeVar("T", bound="NotFoundErrorDetails")


@_attrs_define
class NotFoundErrorDetails:
    """
    Attributes:
        type_ (str | None | Unset):
        resource_type (str | None | Unset): Type of the missing resource.
        resource_name (str | None | Unset): Name of the missing resource.
        owner (str | None | Unset): Owner of the missing resource.
        description (str | None | Unset): Explanation of the error.
    """

    type_: str | None | Unset = UNSET
    resource_type: str | None | Unset = UNSET
    resource_name: str | None | Unset = UNSET
    owner: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.resource_type is not UNSET:
            field_dict["resourceType"] = self.resource_type

        if self.resource_name is not UNSET:
            field_dict["resourceName"] = self.resource_name

        if self.owner is not UNSET:
            field_dict["owner"] = self.owner

        if self.description is not UNSET:
            field_dict["description"] = self.description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _type_ = d.get("type", UNSET)
        type_: str | None | Unset
        if isinstance(_type_, str):
            type_ = _type_
        elif _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = off_spec(_type_, "type", "string", kept, _path)

        _resource_type = d.get("resourceType", UNSET)
        resource_type: str | None | Unset
        if isinstance(_resource_type, str):
            resource_type = _resource_type
        elif _resource_type is UNSET:
            resource_type = UNSET
        else:
            resource_type = off_spec(_resource_type, "resourceType", "string", kept, _path)

        _resource_name = d.get("resourceName", UNSET)
        resource_name: str | None | Unset
        if isinstance(_resource_name, str):
            resource_name = _resource_name
        elif _resource_name is UNSET:
            resource_name = UNSET
        else:
            resource_name = off_spec(_resource_name, "resourceName", "string", kept, _path)

        _owner = d.get("owner", UNSET)
        owner: str | None | Unset
        if isinstance(_owner, str):
            owner = _owner
        elif _owner is UNSET:
            owner = UNSET
        else:
            owner = off_spec(_owner, "owner", "string", kept, _path)

        _description = d.get("description", UNSET)
        description: str | None | Unset
        if isinstance(_description, str):
            description = _description
        elif _description is UNSET:
            description = UNSET
        else:
            description = off_spec(_description, "description", "string", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        not_found_error_details = cls(
            type_=type_,
            resource_type=resource_type,
            resource_name=resource_name,
            owner=owner,
            description=description,
        )
        not_found_error_details.additional_properties = kept
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


_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "resourceType",
        "resourceName",
        "owner",
        "description",
    }
)
