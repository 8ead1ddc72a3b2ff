# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_status import UploadStatus
from ..types import (
    UNSET,
    Unset,
    enum_member,
    off_spec,
    read_datetime,
    unknown_fields,
)

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """
    Attributes:
        attachment_id (str | None | Unset):
        file_name (str | None | Unset):
        mime_type (str | None | Unset):
        create_time (datetime.datetime | None | Unset): Creation time (RFC 3339).
        update_time (datetime.datetime | None | Unset): Time of the last change (RFC 3339).
        upload_status (UploadStatus | None | Unset): State of an attachment upload: `COMPLETED`, `WAITING` or `FAILED`.
        document_type (str | None | Unset):
    """

    attachment_id: str | None | Unset = UNSET
    file_name: str | None | Unset = UNSET
    mime_type: str | None | Unset = UNSET
    create_time: datetime.datetime | None | Unset = UNSET
    update_time: datetime.datetime | None | Unset = UNSET
    upload_status: UploadStatus | None | Unset = UNSET
    document_type: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.attachment_id is not UNSET:
            field_dict["attachmentId"] = self.attachment_id

        if self.file_name is not UNSET:
            field_dict["fileName"] = self.file_name

        if self.mime_type is not UNSET:
            field_dict["mimeType"] = self.mime_type

        if not isinstance(self.create_time, Unset):
            field_dict["createTime"] = (
                None if self.create_time is None else self.create_time.isoformat()
            )

        if not isinstance(self.update_time, Unset):
            field_dict["updateTime"] = (
                None if self.update_time is None else self.update_time.isoformat()
            )

        if not isinstance(self.upload_status, Unset):
            field_dict["uploadStatus"] = (
                None if self.upload_status is None else self.upload_status.value
            )

        if self.document_type is not UNSET:
            field_dict["documentType"] = self.document_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _attachment_id = d.get("attachmentId", UNSET)
        attachment_id: str | None | Unset
        if isinstance(_attachment_id, str):
            attachment_id = _attachment_id
        elif _attachment_id is UNSET:
            attachment_id = UNSET
        else:
            attachment_id = off_spec(_attachment_id, "attachmentId", "string", kept, _path)

        _file_name = d.get("fileName", UNSET)
        file_name: str | None | Unset
        if isinstance(_file_name, str):
            file_name = _file_name
        elif _file_name is UNSET:
            file_name = UNSET
        else:
            file_name = off_spec(_file_name, "fileName", "string", kept, _path)

        _mime_type = d.get("mimeType", UNSET)
        mime_type: str | None | Unset
        if isinstance(_mime_type, str):
            mime_type = _mime_type
        elif _mime_type is UNSET:
            mime_type = UNSET
        else:
            mime_type = off_spec(_mime_type, "mimeType", "string", kept, _path)

        _create_time = d.get("createTime", UNSET)
        create_time: datetime.datetime | None | Unset
        if isinstance(_create_time, str):
            create_time = read_datetime(_create_time, "createTime", kept, _path)
        elif _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = off_spec(_create_time, "createTime", "a date-time string", kept, _path)

        _update_time = d.get("updateTime", UNSET)
        update_time: datetime.datetime | None | Unset
        if isinstance(_update_time, str):
            update_time = read_datetime(_update_time, "updateTime", kept, _path)
        elif _update_time is UNSET:
            update_time = UNSET
        else:
            update_time = off_spec(_update_time, "updateTime", "a date-time string", kept, _path)

        _upload_status = d.get("uploadStatus", UNSET)
        upload_status: UploadStatus | None | Unset
        if isinstance(_upload_status, str):
            upload_status = enum_member(UploadStatus, _upload_status, _path + ".uploadStatus")
        elif _upload_status is UNSET:
            upload_status = UNSET
        else:
            upload_status = off_spec(_upload_status, "uploadStatus", "string", kept, _path)

        _document_type = d.get("documentType", UNSET)
        document_type: str | None | Unset
        if isinstance(_document_type, str):
            document_type = _document_type
        elif _document_type is UNSET:
            document_type = UNSET
        else:
            document_type = off_spec(_document_type, "documentType", "string", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        attachment = cls(
            attachment_id=attachment_id,
            file_name=file_name,
            mime_type=mime_type,
            create_time=create_time,
            update_time=update_time,
            upload_status=upload_status,
            document_type=document_type,
        )
        attachment.additional_properties = kept
        return attachment

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
        "attachmentId",
        "fileName",
        "mimeType",
        "createTime",
        "updateTime",
        "uploadStatus",
        "documentType",
    }
)
