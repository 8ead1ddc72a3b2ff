# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_order_state import NumberOrderState
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
        project_id (str | None | Unset):
        id_number_order (str | None | Unset):
        region_code (str | None | Unset): Region of the number, as an ISO 3166-1 alpha-2 country code (for example US,
            GB or SE).
        state (NumberOrderState | None | Unset): Where the number order is in its life cycle.
        number_type (NumberType | None | Unset): Type of the number.
        order_numbers (list[OrderNumber] | None | Unset):
        sms_configuration (SmsConfigurationBase | None | Unset):
        voice_configuration (OrderVoiceConfigurationEST | OrderVoiceConfigurationFAX | OrderVoiceConfigurationRTC |
            OrderVoiceConfigurationBase | None | Unset):
        expire_time (datetime.datetime | None | Unset):
        create_time (datetime.datetime | None | Unset):
        update_time (datetime.datetime | None | Unset):
    """

    project_id: str | None | Unset = UNSET
    id_number_order: str | None | Unset = UNSET
    region_code: str | None | Unset = UNSET
    state: NumberOrderState | None | Unset = UNSET
    number_type: NumberType | None | Unset = UNSET
    order_numbers: list[OrderNumber] | None | Unset = UNSET
    sms_configuration: SmsConfigurationBase | None | Unset = UNSET
    voice_configuration: (
        OrderVoiceConfigurationEST
        | OrderVoiceConfigurationFAX
        | OrderVoiceConfigurationRTC
        | OrderVoiceConfigurationBase
        | None
        | Unset
    ) = UNSET
    expire_time: datetime.datetime | None | Unset = UNSET
    create_time: datetime.datetime | None | Unset = UNSET
    update_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.project_id is not UNSET:
            field_dict["projectId"] = self.project_id

        if self.id_number_order is not UNSET:
            field_dict["idNumberOrder"] = self.id_number_order

        if self.region_code is not UNSET:
            field_dict["regionCode"] = self.region_code

        if not isinstance(self.state, Unset):
            field_dict["state"] = None if self.state is None else self.state.value

        if not isinstance(self.number_type, Unset):
            field_dict["numberType"] = None if self.number_type is None else self.number_type.value

        if not isinstance(self.order_numbers, Unset):
            field_dict["orderNumbers"] = (
                None
                if self.order_numbers is None
                else [item.to_dict() for item in self.order_numbers]
            )

        if not isinstance(self.sms_configuration, Unset):
            field_dict["smsConfiguration"] = (
                None if self.sms_configuration is None else self.sms_configuration.to_dict()
            )

        if not isinstance(self.voice_configuration, Unset):
            field_dict["voiceConfiguration"] = (
                None if self.voice_configuration is None else self.voice_configuration.to_dict()
            )

        if not isinstance(self.expire_time, Unset):
            field_dict["expireTime"] = (
                None if self.expire_time is None else self.expire_time.isoformat()
            )

        if not isinstance(self.create_time, Unset):
            field_dict["createTime"] = (
                None if self.create_time is None else self.create_time.isoformat()
            )

        if not isinstance(self.update_time, Unset):
            field_dict["updateTime"] = (
                None if self.update_time is None else self.update_time.isoformat()
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
        _project_id = d.get("projectId", UNSET)
        project_id: str | None | Unset
        if isinstance(_project_id, str):
            project_id = _project_id
        elif _project_id is UNSET:
            project_id = UNSET
        else:
            project_id = off_spec(_project_id, "projectId", "string", kept, _path)

        _id_number_order = d.get("idNumberOrder", UNSET)
        id_number_order: str | None | Unset
        if isinstance(_id_number_order, str):
            id_number_order = _id_number_order
        elif _id_number_order is UNSET:
            id_number_order = UNSET
        else:
            id_number_order = off_spec(_id_number_order, "idNumberOrder", "string", kept, _path)

        _region_code = d.get("regionCode", UNSET)
        region_code: str | None | Unset
        if isinstance(_region_code, str):
            region_code = _region_code
        elif _region_code is UNSET:
            region_code = UNSET
        else:
            region_code = off_spec(_region_code, "regionCode", "string", kept, _path)

        _state = d.get("state", UNSET)
        state: NumberOrderState | None | Unset
        if isinstance(_state, str):
            state = enum_member(NumberOrderState, _state, _path + ".state")
        elif _state is UNSET:
            state = UNSET
        else:
            state = off_spec(_state, "state", "string", kept, _path)

        _number_type = d.get("numberType", UNSET)
        number_type: NumberType | None | Unset
        if isinstance(_number_type, str):
            number_type = enum_member(NumberType, _number_type, _path + ".numberType")
        elif _number_type is UNSET:
            number_type = UNSET
        else:
            number_type = off_spec(_number_type, "numberType", "string", kept, _path)

        _order_numbers = d.get("orderNumbers", UNSET)
        order_numbers: list[OrderNumber] | None | Unset
        if isinstance(_order_numbers, list):
            _order_numbers_items: list[OrderNumber] = []
            _order_numbers_path = _path + ".orderNumbers[]"
            for _item in _order_numbers:
                if not (isinstance(_item, dict)):
                    order_numbers = off_spec_item(
                        _order_numbers, _item, "orderNumbers", "object", kept, _path
                    )
                    break
                _order_numbers_items.append(OrderNumber.from_dict(_item, _order_numbers_path))
            else:
                order_numbers = _order_numbers_items
        elif _order_numbers is UNSET:
            order_numbers = UNSET
        else:
            order_numbers = off_spec(_order_numbers, "orderNumbers", "array", kept, _path)

        _sms_configuration = d.get("smsConfiguration", UNSET)
        sms_configuration: SmsConfigurationBase | None | Unset
        if isinstance(_sms_configuration, dict):
            sms_configuration = SmsConfigurationBase.from_dict(
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
            OrderVoiceConfigurationEST
            | OrderVoiceConfigurationFAX
            | OrderVoiceConfigurationRTC
            | OrderVoiceConfigurationBase
            | None
            | Unset
        )
        if isinstance(_voice_configuration, dict):
            _voice_configuration_kind = _voice_configuration.get("type")
            if _voice_configuration_kind == "RTC":
                voice_configuration = OrderVoiceConfigurationRTC.from_dict(
                    _voice_configuration, _path + ".voiceConfiguration"
                )
            elif _voice_configuration_kind == "EST":
                voice_configuration = OrderVoiceConfigurationEST.from_dict(
                    _voice_configuration, _path + ".voiceConfiguration"
                )
            elif _voice_configuration_kind == "FAX":
                voice_configuration = OrderVoiceConfigurationFAX.from_dict(
                    _voice_configuration, _path + ".voiceConfiguration"
                )
            elif _voice_configuration_kind is None:
                odd_discriminator(
                    _path + ".voiceConfiguration", "type", None, "OrderVoiceConfigurationRTC"
                )
                voice_configuration = OrderVoiceConfigurationRTC.from_dict(
                    _voice_configuration, _path + ".voiceConfiguration"
                )
            else:
                odd_discriminator(
                    _path + ".voiceConfiguration",
                    "type",
                    _voice_configuration_kind,
                    "OrderVoiceConfigurationBase",
                )
                voice_configuration = OrderVoiceConfigurationBase.from_dict(
                    _voice_configuration, _path + ".voiceConfiguration"
                )
        elif _voice_configuration is UNSET:
            voice_configuration = UNSET
        else:
            voice_configuration = off_spec(
                _voice_configuration, "voiceConfiguration", "object", kept, _path
            )

        _expire_time = d.get("expireTime", UNSET)
        expire_time: datetime.datetime | None | Unset
        if isinstance(_expire_time, str):
            expire_time = read_datetime(_expire_time, "expireTime", kept, _path)
        elif _expire_time is UNSET:
            expire_time = UNSET
        elif _expire_time is None:
            expire_time = None
        else:
            expire_time = off_spec(_expire_time, "expireTime", "a date-time string", kept, _path)

        _create_time = d.get("createTime", UNSET)
        create_time: datetime.datetime | None | Unset
        if isinstance(_create_time, str):
            create_time = read_datetime(_create_time, "createTime", kept, _path)
        elif _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = off_spec(_create_time, "createTime", "a date-time string", kept, _path)

        _update_time = d.get("updateTime", UNSET)
        update_time: datetime.datetime | None | Unset
        if isinstance(_update_time, str):
            update_time = read_datetime(_update_time, "updateTime", kept, _path)
        elif _update_time is UNSET:
            update_time = UNSET
        else:
            update_time = off_spec(_update_time, "updateTime", "a date-time string", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
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
        number_order.additional_properties = kept
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
from ..models.order_voice_configuration_base import OrderVoiceConfigurationBase  # noqa: E402
from ..models.order_voice_configuration_est import OrderVoiceConfigurationEST  # noqa: E402
from ..models.order_voice_configuration_fax import OrderVoiceConfigurationFAX  # noqa: E402
from ..models.order_voice_configuration_rtc import OrderVoiceConfigurationRTC  # noqa: E402
from ..models.sms_configuration_base import SmsConfigurationBase  # noqa: E402

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "projectId",
        "idNumberOrder",
        "regionCode",
        "state",
        "numberType",
        "orderNumbers",
        "smsConfiguration",
        "voiceConfiguration",
        "expireTime",
        "createTime",
        "updateTime",
    }
)
