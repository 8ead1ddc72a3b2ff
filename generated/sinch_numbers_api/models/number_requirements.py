# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_requirements_fields import NumberRequirementsFields
    from ..models.required_attachment import RequiredAttachment


T = TypeVar("T", bound="NumberRequirements")


@_attrs_define
class NumberRequirements:
    """
    Attributes:
        fields (NumberRequirementsFields | Unset): The required registration data, as a free-form JSON object.
        attachments (list[RequiredAttachment] | Unset): Files that must or may be uploaded during the KYC process.
    """

    fields: NumberRequirementsFields | Unset = UNSET
    attachments: list[RequiredAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _fields = d.pop("fields", UNSET)
        fields: NumberRequirementsFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = NumberRequirementsFields.from_dict(_fields)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[RequiredAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = RequiredAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        number_requirements = cls(
            fields=fields,
            attachments=attachments,
        )

        number_requirements.additional_properties = d
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
