# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_order_state import NumberOrderState
from ..models.number_type import NumberType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.order_number import OrderNumber
    from ..models.order_voice_configuration_est import OrderVoiceConfigurationEST
    from ..models.order_voice_configuration_fax import OrderVoiceConfigurationFAX
    from ..models.order_voice_configuration_rtc import OrderVoiceConfigurationRTC
    from ..models.sms_configuration_base import SmsConfigurationBase


T = TypeVar("T", bound="NumberOrder")


@_attrs_define
class NumberOrder:
    """
    Attributes:
        project_id (str | Unset):
        id_number_order (str | Unset):
        region_code (str | Unset): Region of the number, as an ISO 3166-1 alpha-2 country code (for example US, GB or
            SE). Example: US.
        state (NumberOrderState | Unset): Where the number order is in its life cycle.
        number_type (NumberType | Unset): Type of the number.
        order_numbers (list[OrderNumber] | Unset):
        sms_configuration (SmsConfigurationBase | Unset):
        voice_configuration (OrderVoiceConfigurationEST | OrderVoiceConfigurationFAX | OrderVoiceConfigurationRTC |
            Unset):
        expire_time (datetime.datetime | None | Unset):  Example: 2025-11-23T08:54:58.115Z.
        create_time (datetime.datetime | Unset):
        update_time (datetime.datetime | Unset):
    """

    project_id: str | Unset = UNSET
    id_number_order: str | Unset = UNSET
    region_code: str | Unset = UNSET
    state: NumberOrderState | Unset = UNSET
    number_type: NumberType | Unset = UNSET
    order_numbers: list[OrderNumber] | Unset = UNSET
    sms_configuration: SmsConfigurationBase | Unset = UNSET
    voice_configuration: (
        OrderVoiceConfigurationEST | OrderVoiceConfigurationFAX | OrderVoiceConfigurationRTC | Unset
    ) = UNSET
    expire_time: datetime.datetime | None | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        id_number_order = self.id_number_order

        region_code = self.region_code

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        number_type: str | Unset = UNSET
        if not isinstance(self.number_type, Unset):
            number_type = self.number_type.value

        order_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_numbers, Unset):
            order_numbers = []
            for order_numbers_item_data in self.order_numbers:
                order_numbers_item = order_numbers_item_data.to_dict()
                order_numbers.append(order_numbers_item)

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

        expire_time: None | str | Unset
        if isinstance(self.expire_time, Unset):
            expire_time = UNSET
        elif isinstance(self.expire_time, datetime.datetime):
            expire_time = self.expire_time.isoformat()
        else:
            expire_time = self.expire_time

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if id_number_order is not UNSET:
            field_dict["idNumberOrder"] = id_number_order
        if region_code is not UNSET:
            field_dict["regionCode"] = region_code
        if state is not UNSET:
            field_dict["state"] = state
        if number_type is not UNSET:
            field_dict["numberType"] = number_type
        if order_numbers is not UNSET:
            field_dict["orderNumbers"] = order_numbers
        if sms_configuration is not UNSET:
            field_dict["smsConfiguration"] = sms_configuration
        if voice_configuration is not UNSET:
            field_dict["voiceConfiguration"] = voice_configuration
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId", UNSET)

        id_number_order = d.pop("idNumberOrder", UNSET)

        region_code = d.pop("regionCode", UNSET)

        _state = d.pop("state", UNSET)
        state: NumberOrderState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = NumberOrderState(_state)

        _number_type = d.pop("numberType", UNSET)
        number_type: NumberType | Unset
        if isinstance(_number_type, Unset):
            number_type = UNSET
        else:
            number_type = NumberType(_number_type)

        _order_numbers = d.pop("orderNumbers", UNSET)
        order_numbers: list[OrderNumber] | Unset = UNSET
        if _order_numbers is not UNSET:
            order_numbers = []
            for order_numbers_item_data in _order_numbers:
                order_numbers_item = OrderNumber.from_dict(order_numbers_item_data)

                order_numbers.append(order_numbers_item)

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

        def _parse_expire_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expire_time_type_0 = parse_datetime(data)

                return expire_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expire_time = _parse_expire_time(d.pop("expireTime", UNSET))

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _update_time = d.pop("updateTime", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = parse_datetime(_update_time)

        number_order = cls(
            project_id=project_id,
            id_number_order=id_number_order,
            region_code=region_code,
            state=state,
            number_type=number_type,
            order_numbers=order_numbers,
            sms_configuration=sms_configuration,
            voice_configuration=voice_configuration,
            expire_time=expire_time,
            create_time=create_time,
            update_time=update_time,
        )

        number_order.additional_properties = d
        return number_order

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


from ..models.order_number import OrderNumber  # noqa: E402
from ..models.order_voice_configuration_est import OrderVoiceConfigurationEST  # noqa: E402
from ..models.order_voice_configuration_fax import OrderVoiceConfigurationFAX  # noqa: E402
from ..models.order_voice_configuration_rtc import OrderVoiceConfigurationRTC  # noqa: E402
from ..models.sms_configuration_base import SmsConfigurationBase  # noqa: E402
