# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.registration_log import RegistrationLog
    from ..models.registration_request_details import RegistrationRequestDetails


T = TypeVar("T", bound="Registration")


@_attrs_define
class Registration:
    """
    Attributes:
        request_details (RegistrationRequestDetails | Unset): The registration data, as a free-form JSON object.
        attachments (list[Attachment] | Unset): Files uploaded for this registration with the attachment endpoint.
        logs (list[RegistrationLog] | Unset): Feedback messages from the Sinch team about this registration, oldest
            first.
    """

    request_details: RegistrationRequestDetails | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    logs: list[RegistrationLog] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_details, Unset):
            request_details = self.request_details.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_details is not UNSET:
            field_dict["requestDetails"] = request_details
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _request_details = d.pop("requestDetails", UNSET)
        request_details: RegistrationRequestDetails | Unset
        if isinstance(_request_details, Unset):
            request_details = UNSET
        else:
            request_details = RegistrationRequestDetails.from_dict(_request_details)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _logs = d.pop("logs", UNSET)
        logs: list[RegistrationLog] | Unset = UNSET
        if _logs is not UNSET:
            logs = []
            for logs_item_data in _logs:
                logs_item = RegistrationLog.from_dict(logs_item_data)

                logs.append(logs_item)

        registration = cls(
            request_details=request_details,
            attachments=attachments,
            logs=logs,
        )

        registration.additional_properties = d
        return registration

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


from ..models.attachment import Attachment  # noqa: E402
from ..models.registration_log import RegistrationLog  # noqa: E402
from ..models.registration_request_details import RegistrationRequestDetails  # noqa: E402
