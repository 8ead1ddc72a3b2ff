# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_secret

T = TypeVar("T", bound="CallbackConfigurationUpdate")


@_attrs_define
class CallbackConfigurationUpdate:
    """New callback settings for the current project.

    Attributes:
        hmac_secret (str | Unset): New HMAC secret for the project: 32 to 64 characters, only letters A-Z and a-z,
            digits 0-9 and hyphens (pattern `^[a-zA-Z0-9-]{32,64}$`).
    """

    hmac_secret: str | Unset = _attrs_field(default=UNSET, repr=mask_secret)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hmac_secret = self.hmac_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hmac_secret is not UNSET:
            field_dict["hmacSecret"] = hmac_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hmac_secret = d.pop("hmacSecret", UNSET)

        callback_configuration_update = cls(
            hmac_secret=hmac_secret,
        )

        callback_configuration_update.additional_properties = d
        return callback_configuration_update

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
