# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_application_type import VoiceApplicationType
from ..types import (
    UNSET,
    Unset,
    enum_member,
    missing_required,
    off_spec,
    unknown_fields,
)

T = TypeVar("T", bound="OrderVoiceConfigurationRTC")


@_attrs_define
class OrderVoiceConfigurationRTC:
    """
    Attributes:
        type_ (VoiceApplicationType | None | Unset): Kind of voice application: RTC, EST or FAX.
        app_id (str | None | Unset): Voice API application ID, for type RTC. Find it in the [Sinch Customer
            Dashboard](https://dashboard.sinch.com/voice/apps).
    """

    type_: VoiceApplicationType | None | Unset = UNSET
    app_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = None if self.type_ is None else self.type_.value

        if self.app_id is not UNSET:
            field_dict["appId"] = self.app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _type_ = d.get("type", UNSET)
        type_: VoiceApplicationType | None | Unset
        if isinstance(_type_, str):
            type_ = enum_member(VoiceApplicationType, _type_, _path + ".type")
        elif _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = off_spec(_type_, "type", "string", kept, _path)

        _app_id = d.get("appId", UNSET)
        app_id: str | None | Unset
        if isinstance(_app_id, str):
            app_id = _app_id
        elif _app_id is UNSET:
            app_id = UNSET
        else:
            app_id = off_spec(_app_id, "appId", "string", kept, _path)

        if "type" not in d:
            missing_required(_path, "type")
        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        order_voice_configuration_rtc = cls(
            type_=type_,
            app_id=app_id,
        )
        order_voice_configuration_rtc.additional_properties = kept
        return order_voice_configuration_rtc

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
        "type",
        "appId",
    }
)
