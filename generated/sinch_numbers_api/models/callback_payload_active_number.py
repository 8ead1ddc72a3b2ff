# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_payload_active_number_event_type import CallbackPayloadActiveNumberEventType
from ..models.callback_payload_active_number_failure_code import (
    CallbackPayloadActiveNumberFailureCode,
)
from ..models.callback_payload_active_number_status import CallbackPayloadActiveNumberStatus
from ..models.resource_type import ResourceType
from ..types import (
    UNSET,
    Unset,
    enum_member,
    missing_required,
    off_spec,
    unknown_fields,
)

T = TypeVar("T", bound="CallbackPayloadActiveNumber")


@_attrs_define
class CallbackPayloadActiveNumber:
    """
    Attributes:
        resource_type (ResourceType | None | Unset): Kind of resource an event is about.
        event_id (str | None | Unset): Event ID.
        timestamp (str | None | Unset): When the event was created and queued for delivery.
        project_id (str | None | Unset): Project the event belongs to.
        event_type (CallbackPayloadActiveNumberEventType | None | Unset): What happened.
        status (CallbackPayloadActiveNumberStatus | None | Unset): Outcome of the event.
        failure_code (CallbackPayloadActiveNumberFailureCode | None | Unset): Reason of a `FAILED` event. SMS platform
            provisioning has no extra code because its result is simply success or failure; campaign provisioning failures
            use one of the listed values.
        internal_failure_code (str | None | Unset): Extra code sent with some `FAILED` events (for example when linking
            a number to a campaign). The codes are explained under [provisioning
            errors](https://developers.sinch.com/docs/numbers/api-reference/error-codes/provisioning-errors).
        resource_id (str | None | Unset): ID of the resource the event is about; here, the phone number.
    """

    resource_type: ResourceType | None | Unset = UNSET
    event_id: str | None | Unset = UNSET
    timestamp: str | None | Unset = UNSET
    project_id: str | None | Unset = UNSET
    event_type: CallbackPayloadActiveNumberEventType | None | Unset = UNSET
    status: CallbackPayloadActiveNumberStatus | None | Unset = UNSET
    failure_code: CallbackPayloadActiveNumberFailureCode | None | Unset = UNSET
    internal_failure_code: str | None | Unset = UNSET
    resource_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.resource_type, Unset):
            field_dict["resourceType"] = (
                None if self.resource_type is None else self.resource_type.value
            )

        if self.event_id is not UNSET:
            field_dict["eventId"] = self.event_id

        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp

        if self.project_id is not UNSET:
            field_dict["projectId"] = self.project_id

        if not isinstance(self.event_type, Unset):
            field_dict["eventType"] = None if self.event_type is None else self.event_type.value

        if not isinstance(self.status, Unset):
            field_dict["status"] = None if self.status is None else self.status.value

        if not isinstance(self.failure_code, Unset):
            field_dict["failureCode"] = (
                None if self.failure_code is None else self.failure_code.value
            )

        if self.internal_failure_code is not UNSET:
            field_dict["internalFailureCode"] = self.internal_failure_code

        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _resource_type = d.get("resourceType", UNSET)
        resource_type: ResourceType | None | Unset
        if isinstance(_resource_type, str):
            resource_type = enum_member(ResourceType, _resource_type, _path + ".resourceType")
        elif _resource_type is UNSET:
            resource_type = UNSET
        else:
            resource_type = off_spec(_resource_type, "resourceType", "string", kept, _path)

        _event_id = d.get("eventId", UNSET)
        event_id: str | None | Unset
        if isinstance(_event_id, str):
            event_id = _event_id
        elif _event_id is UNSET:
            event_id = UNSET
        else:
            event_id = off_spec(_event_id, "eventId", "string", kept, _path)

        _timestamp = d.get("timestamp", UNSET)
        timestamp: str | None | Unset
        if isinstance(_timestamp, str):
            timestamp = _timestamp
        elif _timestamp is UNSET:
            timestamp = UNSET
        else:
            timestamp = off_spec(_timestamp, "timestamp", "string", kept, _path)

        _project_id = d.get("projectId", UNSET)
        project_id: str | None | Unset
        if isinstance(_project_id, str):
            project_id = _project_id
        elif _project_id is UNSET:
            project_id = UNSET
        else:
            project_id = off_spec(_project_id, "projectId", "string", kept, _path)

        _event_type = d.get("eventType", UNSET)
        event_type: CallbackPayloadActiveNumberEventType | None | Unset
        if isinstance(_event_type, str):
            event_type = enum_member(
                CallbackPayloadActiveNumberEventType, _event_type, _path + ".eventType"
            )
        elif _event_type is UNSET:
            event_type = UNSET
        else:
            event_type = off_spec(_event_type, "eventType", "string", kept, _path)

        _status = d.get("status", UNSET)
        status: CallbackPayloadActiveNumberStatus | None | Unset
        if isinstance(_status, str):
            status = enum_member(CallbackPayloadActiveNumberStatus, _status, _path + ".status")
        elif _status is UNSET:
            status = UNSET
        else:
            status = off_spec(_status, "status", "string", kept, _path)

        _failure_code = d.get("failureCode", UNSET)
        failure_code: CallbackPayloadActiveNumberFailureCode | None | Unset
        if isinstance(_failure_code, str):
            failure_code = enum_member(
                CallbackPayloadActiveNumberFailureCode, _failure_code, _path + ".failureCode"
            )
        elif _failure_code is UNSET:
            failure_code = UNSET
        else:
            failure_code = off_spec(_failure_code, "failureCode", "string", kept, _path)

        _internal_failure_code = d.get("internalFailureCode", UNSET)
        internal_failure_code: str | None | Unset
        if isinstance(_internal_failure_code, str):
            internal_failure_code = _internal_failure_code
        elif _internal_failure_code is UNSET:
            internal_failure_code = UNSET
        else:
            internal_failure_code = off_spec(
                _internal_failure_code, "internalFailureCode", "string", kept, _path
            )

        _resource_id = d.get("resourceId", UNSET)
        resource_id: str | None | Unset
        if isinstance(_resource_id, str):
            resource_id = _resource_id
        elif _resource_id is UNSET:
            resource_id = UNSET
        else:
            resource_id = off_spec(_resource_id, "resourceId", "string", kept, _path)

        if "resourceType" not in d:
            missing_required(_path, "resourceType")
        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        callback_payload_active_number = cls(
            resource_type=resource_type,
            event_id=event_id,
            timestamp=timestamp,
            project_id=project_id,
            event_type=event_type,
            status=status,
            failure_code=failure_code,
            internal_failure_code=internal_failure_code,
            resource_id=resource_id,
        )
        callback_payload_active_number.additional_properties = kept
        return callback_payload_active_number

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
        "resourceType",
        "eventId",
        "timestamp",
        "projectId",
        "eventType",
        "status",
        "failureCode",
        "internalFailureCode",
        "resourceId",
    }
)
