# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mask_secret,
    off_spec,
    unknown_fields,
)

T = TypeVar("T", bound="CallbackConfiguration")


@_attrs_define
class CallbackConfiguration:
    """The callback settings of a project.

    Attributes:
        project_id (str | None | Unset): The project these settings belong to.
        hmac_secret (str | None | Unset): Secret used to sign callback bodies with HMAC-SHA1; the signature is sent in
            the `X-Sinch-Signature` header.
    """

    project_id: str | None | Unset = UNSET
    hmac_secret: str | None | Unset = _attrs_field(default=UNSET, repr=mask_secret)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every field that was read, ``None`` as ``null``, unknown data kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.project_id is not UNSET:
            field_dict["projectId"] = self.project_id

        if self.hmac_secret is not UNSET:
            field_dict["hmacSecret"] = self.hmac_secret

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

        _hmac_secret = d.get("hmacSecret", UNSET)
        hmac_secret: str | None | Unset
        if isinstance(_hmac_secret, str):
            hmac_secret = _hmac_secret
        elif _hmac_secret is UNSET:
            hmac_secret = UNSET
        else:
            hmac_secret = off_spec(_hmac_secret, "hmacSecret", "string", kept, _path)

        if not d.keys() <= _KNOWN_FIELDS:
            unknown_fields(d, _KNOWN_FIELDS, kept, _path, report=True)
        callback_configuration = cls(
            project_id=project_id,
            hmac_secret=hmac_secret,
        )
        callback_configuration.additional_properties = kept
        return callback_configuration

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
        "projectId",
        "hmacSecret",
    }
)
