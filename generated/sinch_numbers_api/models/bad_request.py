# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bad_request_type import BadRequestType
from ..types import (
    UNSET,
    Unset,
    enum_member,
    off_spec,
    off_spec_item,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.field_violation import FieldViolation


T = TypeVar("T", bound="BadRequest")


@_attrs_define
class BadRequest:
    """
    Attributes:
        type_ (BadRequestType | None | Unset):
        field_violations (list[FieldViolation] | None | Unset):
    """

    type_: BadRequestType | None | Unset = UNSET
    field_violations: list[FieldViolation] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = None if self.type_ is None else self.type_.value

        if not isinstance(self.field_violations, Unset):
            field_dict["fieldViolations"] = (
                None
                if self.field_violations is None
                else [item.to_dict() for item in self.field_violations]
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
        _type_ = d.get("type", UNSET)
        type_: BadRequestType | None | Unset
        if isinstance(_type_, str):
            type_ = enum_member(BadRequestType, _type_, _path + ".type")
        elif _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = off_spec(_type_, "type", "string", kept, _path)

        _field_violations = d.get("fieldViolations", UNSET)
        field_violations: list[FieldViolation] | None | Unset
        if isinstance(_field_violations, list):
            _field_violations_items: list[FieldViolation] = []
            _field_violations_path = _path + ".fieldViolations[]"
            for _item in _field_violations:
                if not (isinstance(_item, dict)):
                    field_violations = off_spec_item(
                        _field_violations, _item, "fieldViolations", "object", kept, _path
                    )
                    break
                _field_violations_items.append(
                    FieldViolation.from_dict(_item, _field_violations_path)
                )
            else:
                field_violations = _field_violations_items
        elif _field_violations is UNSET:
            field_violations = UNSET
        else:
            field_violations = off_spec(_field_violations, "fieldViolations", "array", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        bad_request = cls(
            type_=type_,
            field_violations=field_violations,
        )
        bad_request.additional_properties = kept
        return bad_request

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


from ..models.field_violation import FieldViolation  # noqa: E402

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "fieldViolations",
    }
)
