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
from ..types import (
    UNSET,
    Unset,
    enum_member,
    off_spec,
    off_spec_item,
    read_datetime,
    unknown_fields,
)

T = TypeVar("T", bound="ScheduledProvisioning")


@_attrs_define
class ScheduledProvisioning:
    """A scheduled SMS provisioning job that is still running or has failed. Empty once the number is provisioned to the
    SMS platform and linked to its 10DLC campaign.

        Attributes:
            service_plan_id (str | None | Unset): SMS service plan the job links to the number.
            campaign_id (str | None | Unset): TCR campaign ID the job links to the number.
            status (ProvisioningStatus | None | Unset): State of a provisioning job: `WAITING`, `IN_PROGRESS` or `FAILED`. A
                failed job comes with the reason; see the [provisioning errors](https://developers.sinch.com/docs/numbers/api-
                reference/error-codes/provisioning-errors) for every reason and what to do about it.
            last_updated_time (datetime.datetime | None | Unset): When the status last changed.
            error_codes (list[SmsErrorCode] | None | Unset):
    """

    service_plan_id: str | None | Unset = UNSET
    campaign_id: str | None | Unset = UNSET
    status: ProvisioningStatus | None | Unset = UNSET
    last_updated_time: datetime.datetime | None | Unset = UNSET
    error_codes: list[SmsErrorCode] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.service_plan_id is not UNSET:
            field_dict["servicePlanId"] = self.service_plan_id

        if self.campaign_id is not UNSET:
            field_dict["campaignId"] = self.campaign_id

        if not isinstance(self.status, Unset):
            field_dict["status"] = None if self.status is None else self.status.value

        if not isinstance(self.last_updated_time, Unset):
            field_dict["lastUpdatedTime"] = (
                None if self.last_updated_time is None else self.last_updated_time.isoformat()
            )

        if not isinstance(self.error_codes, Unset):
            field_dict["errorCodes"] = (
                None if self.error_codes is None else [item.value for item in self.error_codes]
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
        _service_plan_id = d.get("servicePlanId", UNSET)
        service_plan_id: str | None | Unset
        if isinstance(_service_plan_id, str):
            service_plan_id = _service_plan_id
        elif _service_plan_id is UNSET:
            service_plan_id = UNSET
        else:
            service_plan_id = off_spec(_service_plan_id, "servicePlanId", "string", kept, _path)

        _campaign_id = d.get("campaignId", UNSET)
        campaign_id: str | None | Unset
        if isinstance(_campaign_id, str):
            campaign_id = _campaign_id
        elif _campaign_id is UNSET:
            campaign_id = UNSET
        else:
            campaign_id = off_spec(_campaign_id, "campaignId", "string", kept, _path)

        _status = d.get("status", UNSET)
        status: ProvisioningStatus | None | Unset
        if isinstance(_status, str):
            status = enum_member(ProvisioningStatus, _status, _path + ".status")
        elif _status is UNSET:
            status = UNSET
        else:
            status = off_spec(_status, "status", "string", kept, _path)

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

        _error_codes = d.get("errorCodes", UNSET)
        error_codes: list[SmsErrorCode] | None | Unset
        if isinstance(_error_codes, list):
            _error_codes_items: list[SmsErrorCode] = []
            _error_codes_path = _path + ".errorCodes[]"
            for _item in _error_codes:
                if not (isinstance(_item, str)):
                    error_codes = off_spec_item(
                        _error_codes, _item, "errorCodes", "string", kept, _path
                    )
                    break
                _error_codes_items.append(enum_member(SmsErrorCode, _item, _error_codes_path))
            else:
                error_codes = _error_codes_items
        elif _error_codes is UNSET:
            error_codes = UNSET
        else:
            error_codes = off_spec(_error_codes, "errorCodes", "array", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        scheduled_provisioning = cls(
            service_plan_id=service_plan_id,
            campaign_id=campaign_id,
            status=status,
            last_updated_time=last_updated_time,
            error_codes=error_codes,
        )
        scheduled_provisioning.additional_properties = kept
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


_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "servicePlanId",
        "campaignId",
        "status",
        "lastUpdatedTime",
        "errorCodes",
    }
)
