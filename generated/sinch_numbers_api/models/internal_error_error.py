# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.internal_error_error_code import InternalErrorErrorCode
from ..models.internal_error_error_status import InternalErrorErrorStatus
from ..types import (
    UNSET,
    Unset,
    enum_member,
    off_spec,
    off_spec_item,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.internal_error_error_details_item import InternalErrorErrorDetailsItem


T = TypeVar("T", bound="InternalErrorError")


@_attrs_define
class InternalErrorError:
    """
    Attributes:
        code (InternalErrorErrorCode | None | Unset):
        message (str | None | Unset):
        status (InternalErrorErrorStatus | None | Unset):
        details (list[InternalErrorErrorDetailsItem] | None | Unset):
    """

    code: InternalErrorErrorCode | None | Unset = UNSET
    message: str | None | Unset = UNSET
    status: InternalErrorErrorStatus | None | Unset = UNSET
    details: list[InternalErrorErrorDetailsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.code, Unset):
            field_dict["code"] = None if self.code is None else self.code.value

        if self.message is not UNSET:
            field_dict["message"] = self.message

        if not isinstance(self.status, Unset):
            field_dict["status"] = None if self.status is None else self.status.value

        if not isinstance(self.details, Unset):
            field_dict["details"] = (
                None if self.details is None else [item.to_dict() for item in self.details]
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
        _code = d.get("code", UNSET)
        code: InternalErrorErrorCode | None | Unset
        if isinstance(_code, int) and _code.__class__ is not bool:
            code = enum_member(InternalErrorErrorCode, _code, _path + ".code")
        elif _code is UNSET:
            code = UNSET
        else:
            code = off_spec(_code, "code", "integer", kept, _path)

        _message = d.get("message", UNSET)
        message: str | None | Unset
        if isinstance(_message, str):
            message = _message
        elif _message is UNSET:
            message = UNSET
        else:
            message = off_spec(_message, "message", "string", kept, _path)

        _status = d.get("status", UNSET)
        status: InternalErrorErrorStatus | None | Unset
        if isinstance(_status, str):
            status = enum_member(InternalErrorErrorStatus, _status, _path + ".status")
        elif _status is UNSET:
            status = UNSET
        else:
            status = off_spec(_status, "status", "string", kept, _path)

        _details = d.get("details", UNSET)
        details: list[InternalErrorErrorDetailsItem] | None | Unset
        if isinstance(_details, list):
            _details_items: list[InternalErrorErrorDetailsItem] = []
            _details_path = _path + ".details[]"
            for _item in _details:
                if not (isinstance(_item, dict)):
                    details = off_spec_item(_details, _item, "details", "object", kept, _path)
                    break
                _details_items.append(InternalErrorErrorDetailsItem.from_dict(_item, _details_path))
            else:
                details = _details_items
        elif _details is UNSET:
            details = UNSET
        else:
            details = off_spec(_details, "details", "array", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        internal_error_error = cls(
            code=code,
            message=message,
            status=status,
            details=details,
        )
        internal_error_error.additional_properties = kept
        return internal_error_error

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


from ..models.internal_error_error_details_item import InternalErrorErrorDetailsItem  # noqa: E402

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "code",
        "message",
        "status",
        "details",
    }
)
