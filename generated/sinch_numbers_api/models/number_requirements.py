# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    off_spec,
    off_spec_item,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.number_requirements_fields import NumberRequirementsFields
    from ..models.required_attachment import RequiredAttachment


T = TypeVar("T", bound="NumberRequirements")


@_attrs_define
class NumberRequirements:
    """
    Attributes:
        fields (NumberRequirementsFields | None | Unset): The required registration data, as a free-form JSON object.
        attachments (list[RequiredAttachment] | None | Unset): Files that must or may be uploaded during the KYC
            process.
    """

    fields: NumberRequirementsFields | None | Unset = UNSET
    attachments: list[RequiredAttachment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.fields, Unset):
            field_dict["fields"] = None if self.fields is None else self.fields.to_dict()

        if not isinstance(self.attachments, Unset):
            field_dict["attachments"] = (
                None if self.attachments is None else [item.to_dict() for item in self.attachments]
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
        _fields = d.get("fields", UNSET)
        fields: NumberRequirementsFields | None | Unset
        if isinstance(_fields, dict):
            fields = NumberRequirementsFields.from_dict(_fields, _path + ".fields")
        elif _fields is UNSET:
            fields = UNSET
        else:
            fields = off_spec(_fields, "fields", "object", kept, _path)

        _attachments = d.get("attachments", UNSET)
        attachments: list[RequiredAttachment] | None | Unset
        if isinstance(_attachments, list):
            _attachments_items: list[RequiredAttachment] = []
            _attachments_path = _path + ".attachments[]"
            for _item in _attachments:
                if not (isinstance(_item, dict)):
                    attachments = off_spec_item(
                        _attachments, _item, "attachments", "object", kept, _path
                    )
                    break
                _attachments_items.append(RequiredAttachment.from_dict(_item, _attachments_path))
            else:
                attachments = _attachments_items
        elif _attachments is UNSET:
            attachments = UNSET
        else:
            attachments = off_spec(_attachments, "attachments", "array", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        number_requirements = cls(
            fields=fields,
            attachments=attachments,
        )
        number_requirements.additional_properties = kept
        return number_requirements

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


from ..models.number_requirements_fields import NumberRequirementsFields  # noqa: E402
from ..models.required_attachment import RequiredAttachment  # noqa: E402

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "fields",
        "attachments",
    }
)
