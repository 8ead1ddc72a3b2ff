# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    missing_required,
    off_spec,
    unknown_fields,
)

T = TypeVar("T", bound="SmsConfigurationBase")


@_attrs_define
class SmsConfigurationBase:
    """
    Attributes:
        service_plan_id (str | None | Unset): SMS service plan that the number is tied to. Find it in the [Sinch
            Customer Dashboard](https://dashboard.sinch.com/sms/api/rest).
        campaign_id (str | None | Unset): US numbers only: the 10DLC campaign ID from the TCR platform, needed to send
            SMS traffic to the US. See [What is 10DLC](https://community.sinch.com/t5/10DLC/What-is-10DLC/ta-p/7845) for A2P
            messaging over 10DLC.
    """

    service_plan_id: str | None | Unset = UNSET
    campaign_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.service_plan_id is not UNSET:
            field_dict["servicePlanId"] = self.service_plan_id

        if self.campaign_id is not UNSET:
            field_dict["campaignId"] = self.campaign_id

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

        if "servicePlanId" not in d:
            missing_required(_path, "servicePlanId")
        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        sms_configuration_base = cls(
            service_plan_id=service_plan_id,
            campaign_id=campaign_id,
        )
        sms_configuration_base.additional_properties = kept
        return sms_configuration_base

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
    }
)
