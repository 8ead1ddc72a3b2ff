# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_application_type import VoiceApplicationType
from ..types import (
    UNSET,
    Unset,
    enum_member,
    odd_discriminator,
    off_spec,
    read_datetime,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.scheduled_voice_provisioning_est import ScheduledVoiceProvisioningEST
    from ..models.scheduled_voice_provisioning_fax import ScheduledVoiceProvisioningFAX
    from ..models.scheduled_voice_provisioning_rtc import ScheduledVoiceProvisioningRTC


T = TypeVar("T", bound="VoiceConfigurationCommon")


@_attrs_define
class VoiceConfigurationCommon:
    """
    Attributes:
        type_ (VoiceApplicationType | None | Unset): Kind of voice application: RTC, EST or FAX.
        last_updated_time (datetime.datetime | None | Unset): When the status last changed.
        scheduled_voice_provisioning (ScheduledVoiceProvisioningEST | ScheduledVoiceProvisioningFAX |
            ScheduledVoiceProvisioningRTC | ScheduledVoiceProvisioningCommon | None | Unset): A scheduled voice provisioning
            job that is still running or has failed. Empty once the number is provisioned for voice.
    """

    type_: VoiceApplicationType | None | Unset = UNSET
    last_updated_time: datetime.datetime | None | Unset = UNSET
    scheduled_voice_provisioning: (
        ScheduledVoiceProvisioningEST
        | ScheduledVoiceProvisioningFAX
        | ScheduledVoiceProvisioningRTC
        | ScheduledVoiceProvisioningCommon
        | None
        | Unset
    ) = UNSET
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

        if not isinstance(self.scheduled_voice_provisioning, Unset):
            field_dict["scheduledVoiceProvisioning"] = (
                None
                if self.scheduled_voice_provisioning is None
                else self.scheduled_voice_provisioning.to_dict()
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

        _scheduled_voice_provisioning = d.get("scheduledVoiceProvisioning", UNSET)
        scheduled_voice_provisioning: (
            ScheduledVoiceProvisioningEST
            | ScheduledVoiceProvisioningFAX
            | ScheduledVoiceProvisioningRTC
            | ScheduledVoiceProvisioningCommon
            | None
            | Unset
        )
        if isinstance(_scheduled_voice_provisioning, dict):
            _scheduled_voice_provisioning_kind = _scheduled_voice_provisioning.get("type")
            if _scheduled_voice_provisioning_kind == "EST":
                scheduled_voice_provisioning = ScheduledVoiceProvisioningEST.from_dict(
                    _scheduled_voice_provisioning, _path + ".scheduledVoiceProvisioning"
                )
            elif _scheduled_voice_provisioning_kind == "FAX":
                scheduled_voice_provisioning = ScheduledVoiceProvisioningFAX.from_dict(
                    _scheduled_voice_provisioning, _path + ".scheduledVoiceProvisioning"
                )
            elif _scheduled_voice_provisioning_kind == "RTC":
                scheduled_voice_provisioning = ScheduledVoiceProvisioningRTC.from_dict(
                    _scheduled_voice_provisioning, _path + ".scheduledVoiceProvisioning"
                )
            elif _scheduled_voice_provisioning_kind is None:
                odd_discriminator(
                    _path + ".scheduledVoiceProvisioning",
                    "type",
                    None,
                    "ScheduledVoiceProvisioningRTC",
                )
                scheduled_voice_provisioning = ScheduledVoiceProvisioningRTC.from_dict(
                    _scheduled_voice_provisioning, _path + ".scheduledVoiceProvisioning"
                )
            else:
                odd_discriminator(
                    _path + ".scheduledVoiceProvisioning",
                    "type",
                    _scheduled_voice_provisioning_kind,
                    "ScheduledVoiceProvisioningCommon",
                )
                scheduled_voice_provisioning = ScheduledVoiceProvisioningCommon.from_dict(
                    _scheduled_voice_provisioning, _path + ".scheduledVoiceProvisioning"
                )
        elif _scheduled_voice_provisioning is UNSET:
            scheduled_voice_provisioning = UNSET
        else:
            scheduled_voice_provisioning = off_spec(
                _scheduled_voice_provisioning, "scheduledVoiceProvisioning", "object", kept, _path
            )

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        voice_configuration_common = cls(
            type_=type_,
            last_updated_time=last_updated_time,
            scheduled_voice_provisioning=scheduled_voice_provisioning,
        )
        voice_configuration_common.additional_properties = kept
        return voice_configuration_common

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


from ..models.scheduled_voice_provisioning_common import (
    ScheduledVoiceProvisioningCommon,  # noqa: E402
)
from ..models.scheduled_voice_provisioning_est import ScheduledVoiceProvisioningEST  # noqa: E402
from ..models.scheduled_voice_provisioning_fax import ScheduledVoiceProvisioningFAX  # noqa: E402
from ..models.scheduled_voice_provisioning_rtc import ScheduledVoiceProvisioningRTC  # noqa: E402

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "type",
        "lastUpdatedTime",
        "scheduledVoiceProvisioning",
    }
)
