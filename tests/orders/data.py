"""Requirement documents for the tests: the spec's own AU examples, and the same AU shape
with its templates filled in (Sinch's example leaves them empty)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from spec_examples import au_registration

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "numbers.yaml"
LOA_ID = "01jxn2251d0shhamtbykft2xzx"  # the attachment id of the spec's AU registration


@cache
def _examples() -> dict[str, Any]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    examples: dict[str, Any] = spec["components"]["examples"]
    return examples


def spec_au_requirements() -> dict[str, Any]:
    """``lookupAuKycRequirementsRes``: two rules with empty templates."""
    value: dict[str, Any] = _examples()["lookupAuKycRequirementsRes"]["value"]
    return value


def spec_au_registration() -> dict[str, Any]:
    """``australianRegistration``: ``requestDetails.data`` holds three groups."""
    value: dict[str, Any] = _examples()["australianRegistration"]["value"]
    return value


def _text(max_length: int = 100) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": max_length}


#: The spec's AU policy document with a template per group of the spec's registration.
AU_REQUIREMENTS: dict[str, Any] = {
    "fields": {
        "schema": "/schema/policySchema-v1.json",
        "rules": [
            {
                "template": {
                    "type": "array",
                    "title": "Use case",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "required": [
                            "senderId",
                            "purposeOfTheTraffic",
                            "intendedUseOfMobileNumbers",
                            "iConfirmThatMyBusinessHasAValidUseCaseForThisLn",
                        ],
                        "properties": {
                            "senderId": {**_text(16), "title": "Sender ID"},
                            "purposeOfTheTraffic": {
                                "type": "string",
                                "enum": ["One Time Password", "Notifications", "Marketing"],
                            },
                            "intendedUseOfMobileNumbers": {
                                "type": "string",
                                "enum": ["Transactional", "Promotional"],
                            },
                            "iConfirmThatMyBusinessHasAValidUseCaseForThisLn": {
                                "type": "boolean",
                                "const": True,
                            },
                        },
                    },
                }
            },
            {
                "template": {
                    "type": "object",
                    "title": "End business",
                    "required": [
                        "endBusinessName",
                        "endBusinessAddress",
                        "city",
                        "state",
                        "country",
                        "postalCode",
                    ],
                    "properties": {
                        "endBusinessName": {**_text(), "title": "Business name"},
                        "endBusinessAddress": _text(200),
                        "endBusinessAddress2": {"type": "string", "maxLength": 200},
                        "city": _text(),
                        "state": {"type": "string", "enum": ["NSW", "VIC", "QLD"]},
                        "country": {"type": "string", "const": "AU"},
                        "postalCode": {"type": "string", "pattern": "^[0-9]{4}$"},
                    },
                }
            },
            {
                "template": {
                    "type": "object",
                    "title": "Contact",
                    "required": ["firstName", "lastName", "phoneNumber"],
                    "properties": {
                        "firstName": _text(),
                        "lastName": _text(),
                        "phoneNumber": _text(16),
                        "age": {"type": "integer", "minimum": 18},
                    },
                }
            },
        ],
    },
    "attachments": [
        {
            "id": LOA_ID,
            "title": "Letter of authorisation",
            "description": "Signed, on the end business's letterhead.",
            "mandatory": True,
            "template": [{"name": "template.rtf", "url": "https://example.invalid/template.rtf"}],
            "allowedMimeTypes": ["application/pdf", "application/rtf", "image/*"],
            "allowedDocumentTypes": [],
        },
        {
            "id": "id-doc",
            "title": "Identity document",
            "mandatory": False,
            "allowedMimeTypes": [],
            "allowedDocumentTypes": ["Passport", "Driver's License"],
        },
    ],
}


def au_data() -> list[Any]:
    """Valid ``requestDetails.data`` for ``AU_REQUIREMENTS`` (the spec's example values)."""
    data: list[Any] = au_registration()["requestDetails"]["data"]
    return data
