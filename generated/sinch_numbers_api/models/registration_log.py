# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    off_spec,
    read_datetime,
    unknown_fields,
)

T = TypeVar("T", bound="RegistrationLog")


@_attrs_define
class RegistrationLog:
    """
    Attributes:
        message (str | None | Unset): Feedback from the Sinch team.
        create_time (datetime.datetime | None | Unset): When the message was written (RFC 3339).
    """

    message: str | None | Unset = UNSET
    create_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.message is not UNSET:
            field_dict["message"] = self.message

        if not isinstance(self.create_time, Unset):
            field_dict["createTime"] = (
                None if self.create_time is None else self.create_time.isoformat()
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
        _message = d.get("message", UNSET)
        message: str | None | Unset
        if isinstance(_message, str):
            message = _message
        elif _message is UNSET:
            message = UNSET
        else:
            message = off_spec(_message, "message", "string", kept, _path)

        _create_time = d.get("createTime", UNSET)
        create_time: datetime.datetime | None | Unset
        if isinstance(_create_time, str):
            create_time = read_datetime(_create_time, "createTime", kept, _path)
        elif _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = off_spec(_create_time, "createTime", "a date-time string", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        registration_log = cls(
            message=message,
            create_time=create_time,
        )
        registration_log.additional_properties = kept
        return registration_log

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
        "message",
        "createTime",
    }
)
