# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_application_type import VoiceApplicationType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.scheduled_voice_provisioning_est import ScheduledVoiceProvisioningEST
    from ..models.scheduled_voice_provisioning_fax import ScheduledVoiceProvisioningFAX
    from ..models.scheduled_voice_provisioning_rtc import ScheduledVoiceProvisioningRTC


T = TypeVar("T", bound="VoiceConfigurationFAX")


@_attrs_define
class VoiceConfigurationFAX:
    """
    Attributes:
        type_ (VoiceApplicationType): Kind of voice application: RTC, EST or FAX.
        last_updated_time (datetime.datetime | Unset): When the status last changed.
        scheduled_voice_provisioning (ScheduledVoiceProvisioningEST | ScheduledVoiceProvisioningFAX |
            ScheduledVoiceProvisioningRTC | Unset): A scheduled voice provisioning job that is still running or has failed.
            Empty once the number is provisioned for voice.
        service_id (str | Unset): Fax service ID, for type FAX. Find it in the [Sinch Customer
            Dashboard](https://dashboard.sinch.com/fax/services).
    """

    type_: VoiceApplicationType
    last_updated_time: datetime.datetime | Unset = UNSET
    scheduled_voice_provisioning: (
        ScheduledVoiceProvisioningEST
        | ScheduledVoiceProvisioningFAX
        | ScheduledVoiceProvisioningRTC
        | Unset
    ) = UNSET
    service_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        last_updated_time: str | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.isoformat()

        scheduled_voice_provisioning: dict[str, Any] | Unset
        if isinstance(self.scheduled_voice_provisioning, Unset):
            scheduled_voice_provisioning = UNSET
        elif isinstance(self.scheduled_voice_provisioning, ScheduledVoiceProvisioningEST):
            scheduled_voice_provisioning = self.scheduled_voice_provisioning.to_dict()
        elif isinstance(self.scheduled_voice_provisioning, ScheduledVoiceProvisioningFAX):
            scheduled_voice_provisioning = self.scheduled_voice_provisioning.to_dict()
        else:
            scheduled_voice_provisioning = self.scheduled_voice_provisioning.to_dict()

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if scheduled_voice_provisioning is not UNSET:
            field_dict["scheduledVoiceProvisioning"] = scheduled_voice_provisioning
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = VoiceApplicationType(d.pop("type"))

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time: datetime.datetime | Unset
        if isinstance(_last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = parse_datetime(_last_updated_time)

        def _parse_scheduled_voice_provisioning(
            data: object,
        ) -> (
            ScheduledVoiceProvisioningEST
            | ScheduledVoiceProvisioningFAX
            | ScheduledVoiceProvisioningRTC
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                _discriminator = data.get("type")
                if _discriminator == "EST":
                    componentsschemas_scheduled_voice_provisioning_type_0 = (
                        ScheduledVoiceProvisioningEST.from_dict(data)
                    )

                    return componentsschemas_scheduled_voice_provisioning_type_0
                if _discriminator == "FAX":
                    componentsschemas_scheduled_voice_provisioning_type_1 = (
                        ScheduledVoiceProvisioningFAX.from_dict(data)
                    )

                    return componentsschemas_scheduled_voice_provisioning_type_1
                if _discriminator == "RTC":
                    componentsschemas_scheduled_voice_provisioning_type_2 = (
                        ScheduledVoiceProvisioningRTC.from_dict(data)
                    )

                    return componentsschemas_scheduled_voice_provisioning_type_2
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_scheduled_voice_provisioning_type_0 = (
                    ScheduledVoiceProvisioningEST.from_dict(data)
                )

                return componentsschemas_scheduled_voice_provisioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_scheduled_voice_provisioning_type_1 = (
                    ScheduledVoiceProvisioningFAX.from_dict(data)
                )

                return componentsschemas_scheduled_voice_provisioning_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_scheduled_voice_provisioning_type_2 = (
                ScheduledVoiceProvisioningRTC.from_dict(data)
            )

            return componentsschemas_scheduled_voice_provisioning_type_2

        scheduled_voice_provisioning = _parse_scheduled_voice_provisioning(
            d.pop("scheduledVoiceProvisioning", UNSET)
        )

        service_id = d.pop("serviceId", UNSET)

        voice_configuration_fax = cls(
            type_=type_,
            last_updated_time=last_updated_time,
            scheduled_voice_provisioning=scheduled_voice_provisioning,
            service_id=service_id,
        )

        voice_configuration_fax.additional_properties = d
        return voice_configuration_fax

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


from ..models.scheduled_voice_provisioning_est import ScheduledVoiceProvisioningEST  # noqa: E402
from ..models.scheduled_voice_provisioning_fax import ScheduledVoiceProvisioningFAX  # noqa: E402
from ..models.scheduled_voice_provisioning_rtc import ScheduledVoiceProvisioningRTC  # noqa: E402
