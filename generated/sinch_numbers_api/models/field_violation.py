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

T = TypeVar("T", bound="FieldViolation")


@_attrs_define
class FieldViolation:
    """
    Attributes:
        field (str | None | Unset):
        description (str | None | Unset):
    """

    field: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.field is not UNSET:
            field_dict["field"] = self.field

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
        _field = d.get("field", UNSET)
        field: str | None | Unset
        if isinstance(_field, str):
            field = _field
        elif _field is UNSET:
            field = UNSET
        else:
            field = off_spec(_field, "field", "string", kept, _path)

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
        field_violation = cls(
            field=field,
            description=description,
        )
        field_violation.additional_properties = kept
        return field_violation

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
        "field",
        "description",
    }
)
