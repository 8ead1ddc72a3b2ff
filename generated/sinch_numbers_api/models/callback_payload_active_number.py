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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackPayloadActiveNumber")


@_attrs_define
class CallbackPayloadActiveNumber:
    """
    Attributes:
        resource_type (ResourceType): Kind of resource an event is about. Example: ACTIVE_NUMBER.
        event_id (str | Unset): Event ID. Example: abcd1234efghijklmnop567890.
        timestamp (str | Unset): When the event was created and queued for delivery. Example:
            2023-06-06T07:45:27.785357.
        project_id (str | Unset): Project the event belongs to. Example: abcd12ef-ab12-ab12-bc34-abcdef123456.
        event_type (CallbackPayloadActiveNumberEventType | Unset): What happened. Example: PROVISIONING_TO_CAMPAIGN.
        status (CallbackPayloadActiveNumberStatus | Unset): Outcome of the event. Example: FAILED.
        failure_code (CallbackPayloadActiveNumberFailureCode | Unset): Reason of a `FAILED` event. SMS platform
            provisioning has no extra code because its result is simply success or failure; campaign provisioning failures
            use one of the listed values. Example: CAMPAIGN_NOT_AVAILABLE.
        internal_failure_code (str | Unset): Extra code sent with some `FAILED` events (for example when linking a
            number to a campaign). The codes are explained under [provisioning
            errors](https://developers.sinch.com/docs/numbers/api-reference/error-codes/provisioning-errors). Example:
            CRS0018.
        resource_id (str | Unset): ID of the resource the event is about; here, the phone number. Example: +12345612345.
    """

    resource_type: ResourceType
    event_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    project_id: str | Unset = UNSET
    event_type: CallbackPayloadActiveNumberEventType | Unset = UNSET
    status: CallbackPayloadActiveNumberStatus | Unset = UNSET
    failure_code: CallbackPayloadActiveNumberFailureCode | Unset = UNSET
    internal_failure_code: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type.value

        event_id = self.event_id

        timestamp = self.timestamp

        project_id = self.project_id

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        failure_code: str | Unset = UNSET
        if not isinstance(self.failure_code, Unset):
            failure_code = self.failure_code.value

        internal_failure_code = self.internal_failure_code

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceType": resource_type,
            }
        )
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if status is not UNSET:
            field_dict["status"] = status
        if failure_code is not UNSET:
            field_dict["failureCode"] = failure_code
        if internal_failure_code is not UNSET:
            field_dict["internalFailureCode"] = internal_failure_code
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type = ResourceType(d.pop("resourceType"))

        event_id = d.pop("eventId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        project_id = d.pop("projectId", UNSET)

        _event_type = d.pop("eventType", UNSET)
        event_type: CallbackPayloadActiveNumberEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = CallbackPayloadActiveNumberEventType(_event_type)

        _status = d.pop("status", UNSET)
        status: CallbackPayloadActiveNumberStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CallbackPayloadActiveNumberStatus(_status)

        _failure_code = d.pop("failureCode", UNSET)
        failure_code: CallbackPayloadActiveNumberFailureCode | Unset
        if isinstance(_failure_code, Unset):
            failure_code = UNSET
        else:
            failure_code = CallbackPayloadActiveNumberFailureCode(_failure_code)

        internal_failure_code = d.pop("internalFailureCode", UNSET)

        resource_id = d.pop("resourceId", UNSET)

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

        callback_payload_active_number.additional_properties = d
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
