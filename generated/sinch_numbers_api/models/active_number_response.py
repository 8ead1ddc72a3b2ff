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
from ..types import (
    UNSET,
    Unset,
    enum_member,
    odd_discriminator,
    off_spec,
    off_spec_item,
    read_datetime,
    unknown_fields,
)

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
        phone_number (str | None | Unset): Phone number in
            [E.164](https://community.sinch.com/t5/Glossary/E-164/ta-p/7537) format with the leading `+`, for example
            `+12025550134`.
        project_id (str | None | Unset): ID of the project, shown in the [Sinch Customer
            Dashboard](https://dashboard.sinch.com/settings/project-management).
        display_name (str | None | Unset): Your own name for the phone number.
        region_code (str | None | Unset): Region of the number, as an ISO 3166-1 alpha-2 country code (for example US,
            GB or SE).
        type_ (NumberType | None | Unset): Type of the number.
        capability (list[NumberCapability] | None | Unset): What the number can be used for.
        money (Money | None | Unset): A price, given as a currency code and an amount.
        payment_interval_months (int | None | Unset): Billing period of the recurring price, in months.
        next_charge_date (datetime.datetime | None | Unset): When the number is charged next.
        expire_at (datetime.datetime | None | Unset): When the subscription ends, if an end date is set.
        sms_configuration (SmsConfiguration | None | Unset): SMS configuration of the number.

            A `servicePlanId` you send is first applied by a scheduled provisioning
            job. While that job runs, its state is shown in `scheduledProvisioning`;
            once it succeeds, the `servicePlanId` appears directly in
            `smsConfiguration`.
        voice_configuration (VoiceConfigurationEST | VoiceConfigurationFAX | VoiceConfigurationRTC |
            VoiceConfigurationCommon | None | Unset): Voice configuration of the number, selected by `type`. While a
            scheduled provisioning job runs or after it fails, `appId`, `serviceId` or `trunkId` can be empty in responses
            and the job is shown in `scheduledVoiceProvisioning`; once it succeeds, the ID appears directly in
            `voiceConfiguration`.
        callback_url (str | None | Unset): URL that receives the provisioning and deprovisioning events of the number.
    """

    phone_number: str | None | Unset = UNSET
    project_id: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    region_code: str | None | Unset = UNSET
    type_: NumberType | None | Unset = UNSET
    capability: list[NumberCapability] | None | Unset = UNSET
    money: Money | None | Unset = UNSET
    payment_interval_months: int | None | Unset = UNSET
    next_charge_date: datetime.datetime | None | Unset = UNSET
    expire_at: datetime.datetime | None | Unset = UNSET
    sms_configuration: SmsConfiguration | None | Unset = UNSET
    voice_configuration: (
        VoiceConfigurationEST
        | VoiceConfigurationFAX
        | VoiceConfigurationRTC
        | VoiceConfigurationCommon
        | None
        | Unset
    ) = UNSET
    callback_url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.phone_number is not UNSET:
            field_dict["phoneNumber"] = self.phone_number

        if self.project_id is not UNSET:
            field_dict["projectId"] = self.project_id

        if self.display_name is not UNSET:
            field_dict["displayName"] = self.display_name

        if self.region_code is not UNSET:
            field_dict["regionCode"] = self.region_code

        if not isinstance(self.type_, Unset):
            field_dict["type"] = None if self.type_ is None else self.type_.value

        if not isinstance(self.capability, Unset):
            field_dict["capability"] = (
                None if self.capability is None else [item.value for item in self.capability]
            )

        if not isinstance(self.money, Unset):
            field_dict["money"] = None if self.money is None else self.money.to_dict()

        if self.payment_interval_months is not UNSET:
            field_dict["paymentIntervalMonths"] = self.payment_interval_months

        if not isinstance(self.next_charge_date, Unset):
            field_dict["nextChargeDate"] = (
                None if self.next_charge_date is None else self.next_charge_date.isoformat()
            )

        if not isinstance(self.expire_at, Unset):
            field_dict["expireAt"] = None if self.expire_at is None else self.expire_at.isoformat()

        if not isinstance(self.sms_configuration, Unset):
            field_dict["smsConfiguration"] = (
                None if self.sms_configuration is None else self.sms_configuration.to_dict()
            )

        if not isinstance(self.voice_configuration, Unset):
            field_dict["voiceConfiguration"] = (
                None if self.voice_configuration is None else self.voice_configuration.to_dict()
            )

        if self.callback_url is not UNSET:
            field_dict["callbackUrl"] = self.callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _phone_number = d.get("phoneNumber", UNSET)
        phone_number: str | None | Unset
        if isinstance(_phone_number, str):
            phone_number = _phone_number
        elif _phone_number is UNSET:
            phone_number = UNSET
        else:
            phone_number = off_spec(_phone_number, "phoneNumber", "string", kept, _path)

        _project_id = d.get("projectId", UNSET)
        project_id: str | None | Unset
        if isinstance(_project_id, str):
            project_id = _project_id
        elif _project_id is UNSET:
            project_id = UNSET
        else:
            project_id = off_spec(_project_id, "projectId", "string", kept, _path)

        _display_name = d.get("displayName", UNSET)
        display_name: str | None | Unset
        if isinstance(_display_name, str):
            display_name = _display_name
        elif _display_name is UNSET:
            display_name = UNSET
        else:
            display_name = off_spec(_display_name, "displayName", "string", kept, _path)

        _region_code = d.get("regionCode", UNSET)
        region_code: str | None | Unset
        if isinstance(_region_code, str):
            region_code = _region_code
        elif _region_code is UNSET:
            region_code = UNSET
        else:
            region_code = off_spec(_region_code, "regionCode", "string", kept, _path)

        _type_ = d.get("type", UNSET)
        type_: NumberType | None | Unset
        if isinstance(_type_, str):
            type_ = enum_member(NumberType, _type_, _path + ".type")
        elif _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = off_spec(_type_, "type", "string", kept, _path)

        _capability = d.get("capability", UNSET)
        capability: list[NumberCapability] | None | Unset
        if isinstance(_capability, list):
            _capability_items: list[NumberCapability] = []
            _capability_path = _path + ".capability[]"
            for _item in _capability:
                if not (isinstance(_item, str)):
                    capability = off_spec_item(
                        _capability, _item, "capability", "string", kept, _path
                    )
                    break
                _capability_items.append(enum_member(NumberCapability, _item, _capability_path))
            else:
                capability = _capability_items
        elif _capability is UNSET:
            capability = UNSET
        else:
            capability = off_spec(_capability, "capability", "array", kept, _path)

        _money = d.get("money", UNSET)
        money: Money | None | Unset
        if isinstance(_money, dict):
            money = Money.from_dict(_money, _path + ".money")
        elif _money is UNSET:
            money = UNSET
        else:
            money = off_spec(_money, "money", "object", kept, _path)

        _payment_interval_months = d.get("paymentIntervalMonths", UNSET)
        payment_interval_months: int | None | Unset
        if (
            isinstance(_payment_interval_months, int)
            and _payment_interval_months.__class__ is not bool
        ):
            payment_interval_months = _payment_interval_months
        elif _payment_interval_months is UNSET:
            payment_interval_months = UNSET
        else:
            payment_interval_months = off_spec(
                _payment_interval_months, "paymentIntervalMonths", "integer", kept, _path
            )

        _next_charge_date = d.get("nextChargeDate", UNSET)
        next_charge_date: datetime.datetime | None | Unset
        if isinstance(_next_charge_date, str):
            next_charge_date = read_datetime(_next_charge_date, "nextChargeDate", kept, _path)
        elif _next_charge_date is UNSET:
            next_charge_date = UNSET
        else:
            next_charge_date = off_spec(
                _next_charge_date, "nextChargeDate", "a date-time string", kept, _path
            )

        _expire_at = d.get("expireAt", UNSET)
        expire_at: datetime.datetime | None | Unset
        if isinstance(_expire_at, str):
            expire_at = read_datetime(_expire_at, "expireAt", kept, _path)
        elif _expire_at is UNSET:
            expire_at = UNSET
        else:
            expire_at = off_spec(_expire_at, "expireAt", "a date-time string", kept, _path)

        _sms_configuration = d.get("smsConfiguration", UNSET)
        sms_configuration: SmsConfiguration | None | Unset
        if isinstance(_sms_configuration, dict):
            sms_configuration = SmsConfiguration.from_dict(
                _sms_configuration, _path + ".smsConfiguration"
            )
        elif _sms_configuration is UNSET:
            sms_configuration = UNSET
        else:
            sms_configuration = off_spec(
                _sms_configuration, "smsConfiguration", "object", kept, _path
            )

        _voice_configuration = d.get("voiceConfiguration", UNSET)
        voice_configuration: (
            VoiceConfigurationEST
            | VoiceConfigurationFAX
            | VoiceConfigurationRTC
            | VoiceConfigurationCommon
            | None
            | Unset
        )
        if isinstance(_voice_configuration, dict):
            _voice_configuration_kind = _voice_configuration.get("type")
            if _voice_configuration_kind == "RTC":
                voice_configuration = VoiceConfigurationRTC.from_dict(
                    _voice_configuration, _path + ".voiceConfiguration"
                )
            elif _voice_configuration_kind == "EST":
                voice_configuration = VoiceConfigurationEST.from_dict(
                    _voice_configuration, _path + ".voiceConfiguration"
                )
            elif _voice_configuration_kind == "FAX":
                voice_configuration = VoiceConfigurationFAX.from_dict(
                    _voice_configuration, _path + ".voiceConfiguration"
                )
            elif _voice_configuration_kind is None:
                odd_discriminator(
                    _path + ".voiceConfiguration", "type", None, "VoiceConfigurationRTC"
                )
                voice_configuration = VoiceConfigurationRTC.from_dict(
                    _voice_configuration, _path + ".voiceConfiguration"
                )
            else:
                odd_discriminator(
                    _path + ".voiceConfiguration",
                    "type",
                    _voice_configuration_kind,
                    "VoiceConfigurationCommon",
                )
                voice_configuration = VoiceConfigurationCommon.from_dict(
                    _voice_configuration, _path + ".voiceConfiguration"
                )
        elif _voice_configuration is UNSET:
            voice_configuration = UNSET
        else:
            voice_configuration = off_spec(
                _voice_configuration, "voiceConfiguration", "object", kept, _path
            )

        _callback_url = d.get("callbackUrl", UNSET)
        callback_url: str | None | Unset
        if isinstance(_callback_url, str):
            callback_url = _callback_url
        elif _callback_url is UNSET:
            callback_url = UNSET
        else:
            callback_url = off_spec(_callback_url, "callbackUrl", "string", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
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
        active_number_response.additional_properties = kept
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
from ..models.voice_configuration_common import VoiceConfigurationCommon  # noqa: E402
from ..models.voice_configuration_est import VoiceConfigurationEST  # noqa: E402
from ..models.voice_configuration_fax import VoiceConfigurationFAX  # noqa: E402
from ..models.voice_configuration_rtc import VoiceConfigurationRTC  # noqa: E402

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "phoneNumber",
        "projectId",
        "displayName",
        "regionCode",
        "type",
        "capability",
        "money",
        "paymentIntervalMonths",
        "nextChargeDate",
        "expireAt",
        "smsConfiguration",
        "voiceConfiguration",
        "callbackUrl",
    }
)
