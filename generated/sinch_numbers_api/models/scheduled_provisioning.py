# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provisioning_status import ProvisioningStatus
from ..models.sms_error_code import SmsErrorCode
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ScheduledProvisioning")


@_attrs_define
class ScheduledProvisioning:
    """A scheduled SMS provisioning job that is still running or has failed. Empty once the number is provisioned to the
    SMS platform and linked to its 10DLC campaign.

        Attributes:
            service_plan_id (str | Unset): SMS service plan the job links to the number.
            campaign_id (str | Unset): TCR campaign ID the job links to the number.
            status (ProvisioningStatus | Unset): State of a provisioning job: `WAITING`, `IN_PROGRESS` or `FAILED`. A failed
                job comes with the reason; see the [provisioning errors](https://developers.sinch.com/docs/numbers/api-
                reference/error-codes/provisioning-errors) for every reason and what to do about it.
            last_updated_time (datetime.datetime | Unset): When the status last changed.
            error_codes (list[SmsErrorCode] | Unset):
    """

    service_plan_id: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    status: ProvisioningStatus | Unset = UNSET
    last_updated_time: datetime.datetime | Unset = UNSET
    error_codes: list[SmsErrorCode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_plan_id = self.service_plan_id

        campaign_id = self.campaign_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        last_updated_time: str | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.isoformat()

        error_codes: list[str] | Unset = UNSET
        if not isinstance(self.error_codes, Unset):
            error_codes = []
            for error_codes_item_data in self.error_codes:
                error_codes_item = error_codes_item_data.value
                error_codes.append(error_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_plan_id is not UNSET:
            field_dict["servicePlanId"] = service_plan_id
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if status is not UNSET:
            field_dict["status"] = status
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if error_codes is not UNSET:
            field_dict["errorCodes"] = error_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_plan_id = d.pop("servicePlanId", UNSET)

        campaign_id = d.pop("campaignId", UNSET)

        _status = d.pop("status", UNSET)
        status: ProvisioningStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProvisioningStatus(_status)

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time: datetime.datetime | Unset
        if isinstance(_last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = parse_datetime(_last_updated_time)

        _error_codes = d.pop("errorCodes", UNSET)
        error_codes: list[SmsErrorCode] | Unset = UNSET
        if _error_codes is not UNSET:
            error_codes = []
            for error_codes_item_data in _error_codes:
                error_codes_item = SmsErrorCode(error_codes_item_data)

                error_codes.append(error_codes_item)

        scheduled_provisioning = cls(
            service_plan_id=service_plan_id,
            campaign_id=campaign_id,
            status=status,
            last_updated_time=last_updated_time,
            error_codes=error_codes,
        )

        scheduled_provisioning.additional_properties = d
        return scheduled_provisioning

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
