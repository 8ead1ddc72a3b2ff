# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_status import UploadStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """
    Attributes:
        attachment_id (str | Unset):
        file_name (str | Unset):
        mime_type (str | Unset):
        create_time (datetime.datetime | Unset): Creation time (RFC 3339).
        update_time (datetime.datetime | Unset): Time of the last change (RFC 3339).
        upload_status (UploadStatus | Unset): State of an attachment upload: `COMPLETED`, `WAITING` or `FAILED`.
        document_type (str | Unset):
    """

    attachment_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    upload_status: UploadStatus | Unset = UNSET
    document_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment_id = self.attachment_id

        file_name = self.file_name

        mime_type = self.mime_type

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        upload_status: str | Unset = UNSET
        if not isinstance(self.upload_status, Unset):
            upload_status = self.upload_status.value

        document_type = self.document_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachment_id is not UNSET:
            field_dict["attachmentId"] = attachment_id
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if upload_status is not UNSET:
            field_dict["uploadStatus"] = upload_status
        if document_type is not UNSET:
            field_dict["documentType"] = document_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment_id = d.pop("attachmentId", UNSET)

        file_name = d.pop("fileName", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _update_time = d.pop("updateTime", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = parse_datetime(_update_time)

        _upload_status = d.pop("uploadStatus", UNSET)
        upload_status: UploadStatus | Unset
        if isinstance(_upload_status, Unset):
            upload_status = UNSET
        else:
            upload_status = UploadStatus(_upload_status)

        document_type = d.pop("documentType", UNSET)

        attachment = cls(
            attachment_id=attachment_id,
            file_name=file_name,
            mime_type=mime_type,
            create_time=create_time,
            update_time=update_time,
            upload_status=upload_status,
            document_type=document_type,
        )

        attachment.additional_properties = d
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
