# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provisioning_status import ProvisioningStatus
from ..models.voice_application_type import VoiceApplicationType
from ..types import (
    UNSET,
    Unset,
    enum_member,
    missing_required,
    off_spec,
    read_datetime,
    unknown_fields,
)

T = TypeVar("T", bound="ScheduledVoiceProvisioningRTC")


@_attrs_define
class ScheduledVoiceProvisioningRTC:
    """
    Attributes:
        type_ (VoiceApplicationType | None | Unset): Kind of voice application: RTC, EST or FAX.
        last_updated_time (datetime.datetime | None | Unset): When the status last changed.
        status (ProvisioningStatus | None | Unset): State of a provisioning job: `WAITING`, `IN_PROGRESS` or `FAILED`. A
            failed job comes with the reason; see the [provisioning errors](https://developers.sinch.com/docs/numbers/api-
            reference/error-codes/provisioning-errors) for every reason and what to do about it.
        app_id (str | None | Unset): Voice API application ID, for type RTC. Find it in the [Sinch Customer
            Dashboard](https://dashboard.sinch.com/voice/apps).
    """

    type_: VoiceApplicationType | None | Unset = UNSET
    last_updated_time: datetime.datetime | None | Unset = UNSET
    status: ProvisioningStatus | None | Unset = UNSET
    app_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = None if self.type_ is None else self.type_.value

        if not isinstance(self.last_updated_time, Unset):
            field_dict["lastUpdatedTime"] = (
                None if self.last_updated_time is None else self.last_updated_time.isoformat()
            )

        if not isinstance(self.status, Unset):
            field_dict["status"] = None if self.status is None else self.status.value

        if self.app_id is not UNSET:
            field_dict["appId"] = self.app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _type_ = d.get("type", UNSET)
        type_: VoiceApplicationType | None | Unset
        if isinstance(_type_, str):
            type_ = enum_member(VoiceApplicationType, _type_, _path + ".type")
        elif _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = off_spec(_type_, "type", "string", kept, _path)

        _last_updated_time = d.get("lastUpdatedTime", UNSET)
        last_updated_time: datetime.datetime | None | Unset
        if isinstance(_last_updated_time, str):
            last_updated_time = read_datetime(_last_updated_time, "lastUpdatedTime", kept, _path)
        elif _last_updated_time is UNSET:
            last_updated_time = UNSET
        else:
            last_updated_time = off_spec(
                _last_updated_time, "lastUpdatedTime", "a date-time string", kept, _path
            )

        _status = d.get("status", UNSET)
        status: ProvisioningStatus | None | Unset
        if isinstance(_status, str):
            status = enum_member(ProvisioningStatus, _status, _path + ".status")
        elif _status is UNSET:
            status = UNSET
        else:
            status = off_spec(_status, "status", "string", kept, _path)

        _app_id = d.get("appId", UNSET)
        app_id: str | None | Unset
        if isinstance(_app_id, str):
            app_id = _app_id
        elif _app_id is UNSET:
            app_id = UNSET
        else:
            app_id = off_spec(_app_id, "appId", "string", kept, _path)

        if "type" not in d:
            missing_required(_path, "type")
        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        scheduled_voice_provisioning_rtc = cls(
            type_=type_,
            last_updated_time=last_updated_time,
            status=status,
            app_id=app_id,
        )
        scheduled_voice_provisioning_rtc.additional_properties = kept
        return scheduled_voice_provisioning_rtc

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
        "type",
        "lastUpdatedTime",
        "status",
        "appId",
    }
)
