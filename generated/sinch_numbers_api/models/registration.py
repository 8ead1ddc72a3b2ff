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
    from ..models.attachment import Attachment
    from ..models.registration_log import RegistrationLog
    from ..models.registration_request_details import RegistrationRequestDetails


T = TypeVar("T", bound="Registration")


@_attrs_define
class Registration:
    """
    Attributes:
        request_details (RegistrationRequestDetails | None | Unset): The registration data, as a free-form JSON object.
        attachments (list[Attachment] | None | Unset): Files uploaded for this registration with the attachment
            endpoint.
        logs (list[RegistrationLog] | None | Unset): Feedback messages from the Sinch team about this registration,
            oldest first.
    """

    request_details: RegistrationRequestDetails | None | Unset = UNSET
    attachments: list[Attachment] | None | Unset = UNSET
    logs: list[RegistrationLog] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.request_details, Unset):
            field_dict["requestDetails"] = (
                None if self.request_details is None else self.request_details.to_dict()
            )

        if not isinstance(self.attachments, Unset):
            field_dict["attachments"] = (
                None if self.attachments is None else [item.to_dict() for item in self.attachments]
            )

        if not isinstance(self.logs, Unset):
            field_dict["logs"] = (
                None if self.logs is None else [item.to_dict() for item in self.logs]
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
        _request_details = d.get("requestDetails", UNSET)
        request_details: RegistrationRequestDetails | None | Unset
        if isinstance(_request_details, dict):
            request_details = RegistrationRequestDetails.from_dict(
                _request_details, _path + ".requestDetails"
            )
        elif _request_details is UNSET:
            request_details = UNSET
        else:
            request_details = off_spec(_request_details, "requestDetails", "object", kept, _path)

        _attachments = d.get("attachments", UNSET)
        attachments: list[Attachment] | None | Unset
        if isinstance(_attachments, list):
            _attachments_items: list[Attachment] = []
            _attachments_path = _path + ".attachments[]"
            for _item in _attachments:
                if not (isinstance(_item, dict)):
                    attachments = off_spec_item(
                        _attachments, _item, "attachments", "object", kept, _path
                    )
                    break
                _attachments_items.append(Attachment.from_dict(_item, _attachments_path))
            else:
                attachments = _attachments_items
        elif _attachments is UNSET:
            attachments = UNSET
        else:
            attachments = off_spec(_attachments, "attachments", "array", kept, _path)

        _logs = d.get("logs", UNSET)
        logs: list[RegistrationLog] | None | Unset
        if isinstance(_logs, list):
            _logs_items: list[RegistrationLog] = []
            _logs_path = _path + ".logs[]"
            for _item in _logs:
                if not (isinstance(_item, dict)):
                    logs = off_spec_item(_logs, _item, "logs", "object", kept, _path)
                    break
                _logs_items.append(RegistrationLog.from_dict(_item, _logs_path))
            else:
                logs = _logs_items
        elif _logs is UNSET:
            logs = UNSET
        else:
            logs = off_spec(_logs, "logs", "array", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        registration = cls(
            request_details=request_details,
            attachments=attachments,
            logs=logs,
        )
        registration.additional_properties = kept
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

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "requestDetails",
        "attachments",
        "logs",
    }
)
