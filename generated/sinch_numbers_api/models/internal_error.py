# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    off_spec,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.internal_error_error import InternalErrorError


T = TypeVar("T", bound="InternalError")


@_attrs_define
class InternalError:
    """
    Attributes:
        error (InternalErrorError | None | Unset):
    """

    error: InternalErrorError | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.error, Unset):
            field_dict["error"] = None if self.error is None else self.error.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object from the server; never raises on what the server sends.

        Departures from the spec are kept (see ``additional_properties``) and reported to
        ``sinch_numbers_api.conformance``; ``_path`` is where this object sits in the response.
        """
        d = src_dict
        kept: dict[str, Any] = {}
        _error = d.get("error", UNSET)
        error: InternalErrorError | None | Unset
        if isinstance(_error, dict):
            error = InternalErrorError.from_dict(_error, _path + ".error")
        elif _error is UNSET:
            error = UNSET
        else:
            error = off_spec(_error, "error", "object", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        internal_error = cls(
            error=error,
        )
        internal_error.additional_properties = kept
        return internal_error

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


from ..models.internal_error_error import InternalErrorError  # noqa: E402

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "error",
    }
)
