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
    from ..models.attachment_template import AttachmentTemplate


T = TypeVar("T", bound="RequiredAttachment")


@_attrs_define
class RequiredAttachment:
    """
    Attributes:
        id (str | None | Unset): Attachment ID to use in the URL of "Upload a file for a number order".
        description (str | None | Unset): What the file must contain.
        mandatory (bool | None | Unset): Whether the file must be uploaded to buy the number.
        template (list[AttachmentTemplate] | None | Unset): Templates for the file.
        title (str | None | Unset): Name of the requested file.
        allowed_mime_types (list[str] | None | Unset): Accepted MIME types. An empty list means any type is accepted.
        allowed_document_types (list[str] | None | Unset): Accepted document types. When the list is given, the
            `documentType` sent with the upload must be one of them.
    """

    id: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    mandatory: bool | None | Unset = UNSET
    template: list[AttachmentTemplate] | None | Unset = UNSET
    title: str | None | Unset = UNSET
    allowed_mime_types: list[str] | None | Unset = UNSET
    allowed_document_types: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.mandatory is not UNSET:
            field_dict["mandatory"] = self.mandatory

        if not isinstance(self.template, Unset):
            field_dict["template"] = (
                None if self.template is None else [item.to_dict() for item in self.template]
            )

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if not isinstance(self.allowed_mime_types, Unset):
            field_dict["allowedMimeTypes"] = self.allowed_mime_types

        if not isinstance(self.allowed_document_types, Unset):
            field_dict["allowedDocumentTypes"] = self.allowed_document_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _id = d.get("id", UNSET)
        id: str | None | Unset
        if isinstance(_id, str):
            id = _id
        elif _id is UNSET:
            id = UNSET
        else:
            id = off_spec(_id, "id", "string", kept, _path)

        _description = d.get("description", UNSET)
        description: str | None | Unset
        if isinstance(_description, str):
            description = _description
        elif _description is UNSET:
            description = UNSET
        else:
            description = off_spec(_description, "description", "string", kept, _path)

        _mandatory = d.get("mandatory", UNSET)
        mandatory: bool | None | Unset
        if _mandatory.__class__ is bool:
            mandatory = _mandatory
        elif _mandatory is UNSET:
            mandatory = UNSET
        else:
            mandatory = off_spec(_mandatory, "mandatory", "boolean", kept, _path)

        _template = d.get("template", UNSET)
        template: list[AttachmentTemplate] | None | Unset
        if isinstance(_template, list):
            _template_items: list[AttachmentTemplate] = []
            _template_path = _path + ".template[]"
            for _item in _template:
                if not (isinstance(_item, dict)):
                    template = off_spec_item(_template, _item, "template", "object", kept, _path)
                    break
                _template_items.append(AttachmentTemplate.from_dict(_item, _template_path))
            else:
                template = _template_items
        elif _template is UNSET:
            template = UNSET
        else:
            template = off_spec(_template, "template", "array", kept, _path)

        _title = d.get("title", UNSET)
        title: str | None | Unset
        if isinstance(_title, str):
            title = _title
        elif _title is UNSET:
            title = UNSET
        else:
            title = off_spec(_title, "title", "string", kept, _path)

        _allowed_mime_types = d.get("allowedMimeTypes", UNSET)
        allowed_mime_types: list[str] | None | Unset
        if isinstance(_allowed_mime_types, list):
            _allowed_mime_types_items: list[str] = []
            for _item in _allowed_mime_types:
                if not (isinstance(_item, str)):
                    allowed_mime_types = off_spec_item(
                        _allowed_mime_types, _item, "allowedMimeTypes", "string", kept, _path
                    )
                    break
                _allowed_mime_types_items.append(_item)
            else:
                allowed_mime_types = _allowed_mime_types_items
        elif _allowed_mime_types is UNSET:
            allowed_mime_types = UNSET
        else:
            allowed_mime_types = off_spec(
                _allowed_mime_types, "allowedMimeTypes", "array", kept, _path
            )

        _allowed_document_types = d.get("allowedDocumentTypes", UNSET)
        allowed_document_types: list[str] | None | Unset
        if isinstance(_allowed_document_types, list):
            _allowed_document_types_items: list[str] = []
            for _item in _allowed_document_types:
                if not (isinstance(_item, str)):
                    allowed_document_types = off_spec_item(
                        _allowed_document_types,
                        _item,
                        "allowedDocumentTypes",
                        "string",
                        kept,
                        _path,
                    )
                    break
                _allowed_document_types_items.append(_item)
            else:
                allowed_document_types = _allowed_document_types_items
        elif _allowed_document_types is UNSET:
            allowed_document_types = UNSET
        else:
            allowed_document_types = off_spec(
                _allowed_document_types, "allowedDocumentTypes", "array", kept, _path
            )

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        required_attachment = cls(
            id=id,
            description=description,
            mandatory=mandatory,
            template=template,
            title=title,
            allowed_mime_types=allowed_mime_types,
            allowed_document_types=allowed_document_types,
        )
        required_attachment.additional_properties = kept
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

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "description",
        "mandatory",
        "template",
        "title",
        "allowedMimeTypes",
        "allowedDocumentTypes",
    }
)
