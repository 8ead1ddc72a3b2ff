# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_template import AttachmentTemplate


T = TypeVar("T", bound="RequiredAttachment")


@_attrs_define
class RequiredAttachment:
    """
    Attributes:
        id (str | Unset): Attachment ID to use in the URL of "Upload a file for a number order".
        description (str | Unset): What the file must contain.
        mandatory (bool | Unset): Whether the file must be uploaded to buy the number.
        template (list[AttachmentTemplate] | Unset): Templates for the file.
        title (str | Unset): Name of the requested file.
        allowed_mime_types (list[str] | Unset): Accepted MIME types. An empty list means any type is accepted. Example:
            ['application/pdf', 'application/pdf'].
        allowed_document_types (list[str] | Unset): Accepted document types. When the list is given, the `documentType`
            sent with the upload must be one of them. Example: ['Passport', "Driver's License"].
    """

    id: str | Unset = UNSET
    description: str | Unset = UNSET
    mandatory: bool | Unset = UNSET
    template: list[AttachmentTemplate] | Unset = UNSET
    title: str | Unset = UNSET
    allowed_mime_types: list[str] | Unset = UNSET
    allowed_document_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        mandatory = self.mandatory

        template: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = []
            for template_item_data in self.template:
                template_item = template_item_data.to_dict()
                template.append(template_item)

        title = self.title

        allowed_mime_types: list[str] | Unset = UNSET
        if not isinstance(self.allowed_mime_types, Unset):
            allowed_mime_types = self.allowed_mime_types

        allowed_document_types: list[str] | Unset = UNSET
        if not isinstance(self.allowed_document_types, Unset):
            allowed_document_types = self.allowed_document_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if template is not UNSET:
            field_dict["template"] = template
        if title is not UNSET:
            field_dict["title"] = title
        if allowed_mime_types is not UNSET:
            field_dict["allowedMimeTypes"] = allowed_mime_types
        if allowed_document_types is not UNSET:
            field_dict["allowedDocumentTypes"] = allowed_document_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        mandatory = d.pop("mandatory", UNSET)

        _template = d.pop("template", UNSET)
        template: list[AttachmentTemplate] | Unset = UNSET
        if _template is not UNSET:
            template = []
            for template_item_data in _template:
                template_item = AttachmentTemplate.from_dict(template_item_data)

                template.append(template_item)

        title = d.pop("title", UNSET)

        allowed_mime_types = cast(list[str], d.pop("allowedMimeTypes", UNSET))

        allowed_document_types = cast(list[str], d.pop("allowedDocumentTypes", UNSET))

        required_attachment = cls(
            id=id,
            description=description,
            mandatory=mandatory,
            template=template,
            title=title,
            allowed_mime_types=allowed_mime_types,
            allowed_document_types=allowed_document_types,
        )

        required_attachment.additional_properties = d
        return required_attachment

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


from ..models.attachment_template import AttachmentTemplate  # noqa: E402
