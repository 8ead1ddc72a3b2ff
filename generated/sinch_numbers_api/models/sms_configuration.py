# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduled_provisioning import ScheduledProvisioning


T = TypeVar("T", bound="SmsConfiguration")


@_attrs_define
class SmsConfiguration:
    """SMS configuration of the number.

    A `servicePlanId` you send is first applied by a scheduled provisioning
    job. While that job runs, its state is shown in `scheduledProvisioning`;
    once it succeeds, the `servicePlanId` appears directly in
    `smsConfiguration`.

        Attributes:
            service_plan_id (str): SMS service plan that the number is tied to. Find it in the [Sinch Customer
                Dashboard](https://dashboard.sinch.com/sms/api/rest).
            campaign_id (str | Unset): US numbers only: the 10DLC campaign ID from the TCR platform, needed to send SMS
                traffic to the US. See [What is 10DLC](https://community.sinch.com/t5/10DLC/What-is-10DLC/ta-p/7845) for A2P
                messaging over 10DLC.
            scheduled_provisioning (ScheduledProvisioning | Unset): A scheduled SMS provisioning job that is still running
                or has failed. Empty once the number is provisioned to the SMS platform and linked to its 10DLC campaign.
    """

    service_plan_id: str
    campaign_id: str | Unset = UNSET
    scheduled_provisioning: ScheduledProvisioning | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_plan_id = self.service_plan_id

        campaign_id = self.campaign_id

        scheduled_provisioning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_provisioning, Unset):
            scheduled_provisioning = self.scheduled_provisioning.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "servicePlanId": service_plan_id,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if scheduled_provisioning is not UNSET:
            field_dict["scheduledProvisioning"] = scheduled_provisioning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_plan_id = d.pop("servicePlanId")

        campaign_id = d.pop("campaignId", UNSET)

        _scheduled_provisioning = d.pop("scheduledProvisioning", UNSET)
        scheduled_provisioning: ScheduledProvisioning | Unset
        if isinstance(_scheduled_provisioning, Unset):
            scheduled_provisioning = UNSET
        else:
            scheduled_provisioning = ScheduledProvisioning.from_dict(_scheduled_provisioning)

        sms_configuration = cls(
            service_plan_id=service_plan_id,
            campaign_id=campaign_id,
            scheduled_provisioning=scheduled_provisioning,
        )

        sms_configuration.additional_properties = d
        return sms_configuration

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


from ..models.scheduled_provisioning import ScheduledProvisioning  # noqa: E402
