# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_capability import NumberCapability
from ..models.number_type import NumberType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.sms_configuration import SmsConfiguration
    from ..models.voice_configuration_est import VoiceConfigurationEST
    from ..models.voice_configuration_fax import VoiceConfigurationFAX
    from ..models.voice_configuration_rtc import VoiceConfigurationRTC


T = TypeVar("T", bound="ActiveNumberResponse")


@_attrs_define
class ActiveNumberResponse:
    """A phone number that a customer has bought and assigned to a project.

    Attributes:
        phone_number (str | Unset): Phone number in [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537)
            format with the leading `+`, for example `+12025550134`. Example: +12025550134.
        project_id (str | Unset): ID of the project, shown in the [Sinch Customer
            Dashboard](https://dashboard.sinch.com/settings/project-management). Example:
            51bc3f40-f266-4ca8-8938-a1ed0ff32b9a.
        display_name (str | Unset): Your own name for the phone number.
        region_code (str | Unset): Region of the number, as an ISO 3166-1 alpha-2 country code (for example US, GB or
            SE). Example: US.
        type_ (NumberType | Unset): Type of the number.
        capability (list[NumberCapability] | Unset): What the number can be used for. Example: ['SMS'].
        money (Money | Unset): A price, given as a currency code and an amount.
        payment_interval_months (int | Unset): Billing period of the recurring price, in months.
        next_charge_date (datetime.datetime | Unset): When the number is charged next.
        expire_at (datetime.datetime | Unset): When the subscription ends, if an end date is set.
        sms_configuration (SmsConfiguration | Unset): SMS configuration of the number.

            A `servicePlanId` you send is first applied by a scheduled provisioning
            job. While that job runs, its state is shown in `scheduledProvisioning`;
            once it succeeds, the `servicePlanId` appears directly in
            `smsConfiguration`.
        voice_configuration (Unset | VoiceConfigurationEST | VoiceConfigurationFAX | VoiceConfigurationRTC): Voice
            configuration of the number, selected by `type`. While a scheduled provisioning job runs or after it fails,
            `appId`, `serviceId` or `trunkId` can be empty in responses and the job is shown in
            `scheduledVoiceProvisioning`; once it succeeds, the ID appears directly in `voiceConfiguration`.
        callback_url (str | Unset): URL that receives the provisioning and deprovisioning events of the number. Example:
            https://www.your-callback-server.com/callback.
    """

    phone_number: str | Unset = UNSET
    project_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    region_code: str | Unset = UNSET
    type_: NumberType | Unset = UNSET
    capability: list[NumberCapability] | Unset = UNSET
    money: Money | Unset = UNSET
    payment_interval_months: int | Unset = UNSET
    next_charge_date: datetime.datetime | Unset = UNSET
    expire_at: datetime.datetime | Unset = UNSET
    sms_configuration: SmsConfiguration | Unset = UNSET
    voice_configuration: (
        Unset | VoiceConfigurationEST | VoiceConfigurationFAX | VoiceConfigurationRTC
    ) = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        project_id = self.project_id

        display_name = self.display_name

        region_code = self.region_code

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        capability: list[str] | Unset = UNSET
        if not isinstance(self.capability, Unset):
            capability = []
            for capability_item_data in self.capability:
                capability_item = capability_item_data.value
                capability.append(capability_item)

        money: dict[str, Any] | Unset = UNSET
        if not isinstance(self.money, Unset):
            money = self.money.to_dict()

        payment_interval_months = self.payment_interval_months

        next_charge_date: str | Unset = UNSET
        if not isinstance(self.next_charge_date, Unset):
            next_charge_date = self.next_charge_date.isoformat()

        expire_at: str | Unset = UNSET
        if not isinstance(self.expire_at, Unset):
            expire_at = self.expire_at.isoformat()

        sms_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms_configuration, Unset):
            sms_configuration = self.sms_configuration.to_dict()

        voice_configuration: dict[str, Any] | Unset
        if isinstance(self.voice_configuration, Unset):
            voice_configuration = UNSET
        elif isinstance(self.voice_configuration, VoiceConfigurationRTC):
            voice_configuration = self.voice_configuration.to_dict()
        elif isinstance(self.voice_configuration, VoiceConfigurationEST):
            voice_configuration = self.voice_configuration.to_dict()
        else:
            voice_configuration = self.voice_configuration.to_dict()

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if region_code is not UNSET:
            field_dict["regionCode"] = region_code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if capability is not UNSET:
            field_dict["capability"] = capability
        if money is not UNSET:
            field_dict["money"] = money
        if payment_interval_months is not UNSET:
            field_dict["paymentIntervalMonths"] = payment_interval_months
        if next_charge_date is not UNSET:
            field_dict["nextChargeDate"] = next_charge_date
        if expire_at is not UNSET:
            field_dict["expireAt"] = expire_at
        if sms_configuration is not UNSET:
            field_dict["smsConfiguration"] = sms_configuration
        if voice_configuration is not UNSET:
            field_dict["voiceConfiguration"] = voice_configuration
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber", UNSET)

        project_id = d.pop("projectId", UNSET)

        display_name = d.pop("displayName", UNSET)

        region_code = d.pop("regionCode", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: NumberType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NumberType(_type_)

        _capability = d.pop("capability", UNSET)
        capability: list[NumberCapability] | Unset = UNSET
        if _capability is not UNSET:
            capability = []
            for capability_item_data in _capability:
                capability_item = NumberCapability(capability_item_data)

                capability.append(capability_item)

        _money = d.pop("money", UNSET)
        money: Money | Unset
        if isinstance(_money, Unset):
            money = UNSET
        else:
            money = Money.from_dict(_money)

        payment_interval_months = d.pop("paymentIntervalMonths", UNSET)

        _next_charge_date = d.pop("nextChargeDate", UNSET)
        next_charge_date: datetime.datetime | Unset
        if isinstance(_next_charge_date, Unset):
            next_charge_date = UNSET
        else:
            next_charge_date = parse_datetime(_next_charge_date)

        _expire_at = d.pop("expireAt", UNSET)
        expire_at: datetime.datetime | Unset
        if isinstance(_expire_at, Unset):
            expire_at = UNSET
        else:
            expire_at = parse_datetime(_expire_at)

        _sms_configuration = d.pop("smsConfiguration", UNSET)
        sms_configuration: SmsConfiguration | Unset
        if isinstance(_sms_configuration, Unset):
            sms_configuration = UNSET
        else:
            sms_configuration = SmsConfiguration.from_dict(_sms_configuration)

        def _parse_voice_configuration(
            data: object,
        ) -> Unset | VoiceConfigurationEST | VoiceConfigurationFAX | VoiceConfigurationRTC:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                _discriminator = data.get("type")
                if _discriminator == "RTC":
                    componentsschemas_voice_configuration_type_0 = VoiceConfigurationRTC.from_dict(
                        data
                    )

                    return componentsschemas_voice_configuration_type_0
                if _discriminator == "EST":
                    componentsschemas_voice_configuration_type_1 = VoiceConfigurationEST.from_dict(
                        data
                    )

                    return componentsschemas_voice_configuration_type_1
                if _discriminator == "FAX":
                    componentsschemas_voice_configuration_type_2 = VoiceConfigurationFAX.from_dict(
                        data
                    )

                    return componentsschemas_voice_configuration_type_2
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_voice_configuration_type_0 = VoiceConfigurationRTC.from_dict(data)

                return componentsschemas_voice_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_voice_configuration_type_1 = VoiceConfigurationEST.from_dict(data)

                return componentsschemas_voice_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_voice_configuration_type_2 = VoiceConfigurationFAX.from_dict(data)

            return componentsschemas_voice_configuration_type_2

        voice_configuration = _parse_voice_configuration(d.pop("voiceConfiguration", UNSET))

        callback_url = d.pop("callbackUrl", UNSET)

        active_number_response = cls(
            phone_number=phone_number,
            project_id=project_id,
            display_name=display_name,
            region_code=region_code,
            type_=type_,
            capability=capability,
            money=money,
            payment_interval_months=payment_interval_months,
            next_charge_date=next_charge_date,
            expire_at=expire_at,
            sms_configuration=sms_configuration,
            voice_configuration=voice_configuration,
            callback_url=callback_url,
        )

        active_number_response.additional_properties = d
        return active_number_response

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


from ..models.money import Money  # noqa: E402
from ..models.sms_configuration import SmsConfiguration  # noqa: E402
from ..models.voice_configuration_est import VoiceConfigurationEST  # noqa: E402
from ..models.voice_configuration_fax import VoiceConfigurationFAX  # noqa: E402
from ..models.voice_configuration_rtc import VoiceConfigurationRTC  # noqa: E402
