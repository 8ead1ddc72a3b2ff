# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_configuration import SmsConfiguration
    from ..models.voice_configuration_est import VoiceConfigurationEST
    from ..models.voice_configuration_fax import VoiceConfigurationFAX
    from ..models.voice_configuration_rtc import VoiceConfigurationRTC


T = TypeVar("T", bound="ActiveNumberRequest")


@_attrs_define
class ActiveNumberRequest:
    """Changes to an active number that a customer rents for a project.

    Attributes:
        display_name (str | Unset): Your own name for the phone number.
        sms_configuration (SmsConfiguration | Unset): SMS configuration of the number.

            A `servicePlanId` you send is first applied by a scheduled provisioning
            job. While that job runs, its state is shown in `scheduledProvisioning`;
            once it succeeds, the `servicePlanId` appears directly in
            `smsConfiguration`.
        voice_configuration (Unset | VoiceConfigurationEST | VoiceConfigurationFAX | VoiceConfigurationRTC): Voice
            configuration of the number, selected by `type`. While a scheduled provisioning job runs or after it fails,
            `appId`, `serviceId` or `trunkId` can be empty in responses and the job is shown in
            `scheduledVoiceProvisioning`; once it succeeds, the ID appears directly in `voiceConfiguration`.
        callback_url (str | Unset): URL that receives the provisioning and deprovisioning events of the number.
    """

    display_name: str | Unset = UNSET
    sms_configuration: SmsConfiguration | Unset = UNSET
    voice_configuration: (
        Unset | VoiceConfigurationEST | VoiceConfigurationFAX | VoiceConfigurationRTC
    ) = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

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
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
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
        display_name = d.pop("displayName", UNSET)

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

        active_number_request = cls(
            display_name=display_name,
            sms_configuration=sms_configuration,
            voice_configuration=voice_configuration,
            callback_url=callback_url,
        )

        active_number_request.additional_properties = d
        return active_number_request

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


from ..models.sms_configuration import SmsConfiguration  # noqa: E402
from ..models.voice_configuration_est import VoiceConfigurationEST  # noqa: E402
from ..models.voice_configuration_fax import VoiceConfigurationFAX  # noqa: E402
from ..models.voice_configuration_rtc import VoiceConfigurationRTC  # noqa: E402
