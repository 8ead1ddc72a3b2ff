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
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ScheduledVoiceProvisioningFAX")


@_attrs_define
class ScheduledVoiceProvisioningFAX:
    """
    Attributes:
        type_ (VoiceApplicationType): Kind of voice application: RTC, EST or FAX.
        last_updated_time (datetime.datetime | Unset): When the status last changed.
        status (ProvisioningStatus | Unset): State of a provisioning job: `WAITING`, `IN_PROGRESS` or `FAILED`. A failed
            job comes with the reason; see the [provisioning errors](https://developers.sinch.com/docs/numbers/api-
            reference/error-codes/provisioning-errors) for every reason and what to do about it.
        service_id (str | Unset): Fax service ID, for type FAX. Find it in the [Sinch Customer
            Dashboard](https://dashboard.sinch.com/fax/services).
    """

    type_: VoiceApplicationType
    last_updated_time: datetime.datetime | Unset = UNSET
    status: ProvisioningStatus | Unset = UNSET
    service_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        last_updated_time: str | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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
        if status is not UNSET:
            field_dict["status"] = status
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

        _status = d.pop("status", UNSET)
        status: ProvisioningStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProvisioningStatus(_status)

        service_id = d.pop("serviceId", UNSET)

        scheduled_voice_provisioning_fax = cls(
            type_=type_,
            last_updated_time=last_updated_time,
            status=status,
            service_id=service_id,
        )

        scheduled_voice_provisioning_fax.additional_properties = d
        return scheduled_voice_provisioning_fax

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
