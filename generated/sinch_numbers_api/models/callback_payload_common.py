# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_type import ResourceType
from ..types import (
    UNSET,
    Unset,
    enum_member,
    missing_required,
    off_spec,
    unknown_fields,
)

T = TypeVar("T", bound="CallbackPayloadCommon")


@_attrs_define
class CallbackPayloadCommon:
    """
    Attributes:
        resource_type (ResourceType | None | Unset): Kind of resource an event is about.
        event_id (str | None | Unset): Event ID.
        timestamp (str | None | Unset): When the event was created and queued for delivery.
        project_id (str | None | Unset): Project the event belongs to.
    """

    resource_type: ResourceType | None | Unset = UNSET
    event_id: str | None | Unset = UNSET
    timestamp: str | None | Unset = UNSET
    project_id: str | None | Unset = UNSET
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

        if "resourceType" not in d:
            missing_required(_path, "resourceType")
        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        callback_payload_common = cls(
            resource_type=resource_type,
            event_id=event_id,
            timestamp=timestamp,
            project_id=project_id,
        )
        callback_payload_common.additional_properties = kept
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


_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "resourceType",
        "eventId",
        "timestamp",
        "projectId",
    }
)
