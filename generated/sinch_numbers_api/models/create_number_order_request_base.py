# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_type import NumberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_voice_configuration_est import OrderVoiceConfigurationEST
    from ..models.order_voice_configuration_fax import OrderVoiceConfigurationFAX
    from ..models.order_voice_configuration_rtc import OrderVoiceConfigurationRTC
    from ..models.sms_configuration_base import SmsConfigurationBase


T = TypeVar("T", bound="CreateNumberOrderRequestBase")


@_attrs_define
class CreateNumberOrderRequestBase:
    """Fields common to every number order request.

    Attributes:
        region_code (str): Region of the number, as an ISO 3166-1 alpha-2 country code (for example US, GB or SE).
            Example: US.
        number_type (NumberType): Type of the number.
        sms_configuration (SmsConfigurationBase | Unset):
        voice_configuration (OrderVoiceConfigurationEST | OrderVoiceConfigurationFAX | OrderVoiceConfigurationRTC |
            Unset):
        callback_url (str | Unset):
    """

    region_code: str
    number_type: NumberType
    sms_configuration: SmsConfigurationBase | Unset = UNSET
    voice_configuration: (
        OrderVoiceConfigurationEST | OrderVoiceConfigurationFAX | OrderVoiceConfigurationRTC | Unset
    ) = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_code = self.region_code

        number_type = self.number_type.value

        sms_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms_configuration, Unset):
            sms_configuration = self.sms_configuration.to_dict()

        voice_configuration: dict[str, Any] | Unset
        if isinstance(self.voice_configuration, Unset):
            voice_configuration = UNSET
        elif isinstance(self.voice_configuration, OrderVoiceConfigurationRTC):
            voice_configuration = self.voice_configuration.to_dict()
        elif isinstance(self.voice_configuration, OrderVoiceConfigurationEST):
            voice_configuration = self.voice_configuration.to_dict()
        else:
            voice_configuration = self.voice_configuration.to_dict()

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "regionCode": region_code,
                "numberType": number_type,
            }
        )
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
        region_code = d.pop("regionCode")

        number_type = NumberType(d.pop("numberType"))

        _sms_configuration = d.pop("smsConfiguration", UNSET)
        sms_configuration: SmsConfigurationBase | Unset
        if isinstance(_sms_configuration, Unset):
            sms_configuration = UNSET
        else:
            sms_configuration = SmsConfigurationBase.from_dict(_sms_configuration)

        def _parse_voice_configuration(
            data: object,
        ) -> (
            OrderVoiceConfigurationEST
            | OrderVoiceConfigurationFAX
            | OrderVoiceConfigurationRTC
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                _discriminator = data.get("type")
                if _discriminator == "RTC":
                    componentsschemas_order_voice_configuration_type_0 = (
                        OrderVoiceConfigurationRTC.from_dict(data)
                    )

                    return componentsschemas_order_voice_configuration_type_0
                if _discriminator == "EST":
                    componentsschemas_order_voice_configuration_type_1 = (
                        OrderVoiceConfigurationEST.from_dict(data)
                    )

                    return componentsschemas_order_voice_configuration_type_1
                if _discriminator == "FAX":
                    componentsschemas_order_voice_configuration_type_2 = (
                        OrderVoiceConfigurationFAX.from_dict(data)
                    )

                    return componentsschemas_order_voice_configuration_type_2
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_voice_configuration_type_0 = (
                    OrderVoiceConfigurationRTC.from_dict(data)
                )

                return componentsschemas_order_voice_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_voice_configuration_type_1 = (
                    OrderVoiceConfigurationEST.from_dict(data)
                )

                return componentsschemas_order_voice_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_order_voice_configuration_type_2 = (
                OrderVoiceConfigurationFAX.from_dict(data)
            )

            return componentsschemas_order_voice_configuration_type_2

        voice_configuration = _parse_voice_configuration(d.pop("voiceConfiguration", UNSET))

        callback_url = d.pop("callbackUrl", UNSET)

        create_number_order_request_base = cls(
            region_code=region_code,
            number_type=number_type,
            sms_configuration=sms_configuration,
            voice_configuration=voice_configuration,
            callback_url=callback_url,
        )

        create_number_order_request_base.additional_properties = d
        return create_number_order_request_base

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


from ..models.order_voice_configuration_est import OrderVoiceConfigurationEST  # noqa: E402
from ..models.order_voice_configuration_fax import OrderVoiceConfigurationFAX  # noqa: E402
from ..models.order_voice_configuration_rtc import OrderVoiceConfigurationRTC  # noqa: E402
from ..models.sms_configuration_base import SmsConfigurationBase  # noqa: E402
