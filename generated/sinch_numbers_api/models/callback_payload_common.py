# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackPayloadCommon")


@_attrs_define
class CallbackPayloadCommon:
    """
    Attributes:
        resource_type (ResourceType): Kind of resource an event is about. Example: ACTIVE_NUMBER.
        event_id (str | Unset): Event ID. Example: abcd1234efghijklmnop567890.
        timestamp (str | Unset): When the event was created and queued for delivery. Example:
            2023-06-06T07:45:27.785357.
        project_id (str | Unset): Project the event belongs to. Example: abcd12ef-ab12-ab12-bc34-abcdef123456.
    """

    resource_type: ResourceType
    event_id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type.value

        event_id = self.event_id

        timestamp = self.timestamp

        project_id = self.project_id

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_type = ResourceType(d.pop("resourceType"))

        event_id = d.pop("eventId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        project_id = d.pop("projectId", UNSET)

        callback_payload_common = cls(
            resource_type=resource_type,
            event_id=event_id,
            timestamp=timestamp,
            project_id=project_id,
        )

        callback_payload_common.additional_properties = d
        return callback_payload_common

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
