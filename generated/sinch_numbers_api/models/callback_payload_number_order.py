# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_payload_number_order_event_type import CallbackPayloadNumberOrderEventType
from ..models.callback_payload_number_order_status import CallbackPayloadNumberOrderStatus
from ..models.resource_type import ResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackPayloadNumberOrder")


@_attrs_define
class CallbackPayloadNumberOrder:
    """
    Attributes:
        resource_type (ResourceType): Kind of resource an event is about. Example: ACTIVE_NUMBER.
        event_id (str | Unset): Event ID. Example: abcd1234efghijklmnop567890.
        timestamp (str | Unset): When the event was created and queued for delivery. Example:
            2023-06-06T07:45:27.785357.
        project_id (str | Unset): Project the event belongs to. Example: abcd12ef-ab12-ab12-bc34-abcdef123456.
        event_type (CallbackPayloadNumberOrderEventType | Unset): What happened. Example: NUMBER_ORDER_PROCESSING.
        status (CallbackPayloadNumberOrderStatus | Unset): The state the number order moved to. Example: IN_REVIEW.
        resource_id (str | Unset): ID of the resource the event is about; here, the number order ID. Example:
            01jgkbb8xywmz3hhahd76menqf.
    """

    resource_type: ResourceType
    event_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    project_id: str | Unset = UNSET
    event_type: CallbackPayloadNumberOrderEventType | Unset = UNSET
    status: CallbackPayloadNumberOrderStatus | Unset = UNSET
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
        event_type: CallbackPayloadNumberOrderEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = CallbackPayloadNumberOrderEventType(_event_type)

        _status = d.pop("status", UNSET)
        status: CallbackPayloadNumberOrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CallbackPayloadNumberOrderStatus(_status)

        resource_id = d.pop("resourceId", UNSET)

        callback_payload_number_order = cls(
            resource_type=resource_type,
            event_id=event_id,
            timestamp=timestamp,
            project_id=project_id,
            event_type=event_type,
            status=status,
            resource_id=resource_id,
        )

        callback_payload_number_order.additional_properties = d
        return callback_payload_number_order

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
