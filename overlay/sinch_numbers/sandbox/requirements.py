"""KYC requirements per region and number type, and registration validation.

Shaped like the live API (and the spec's AU example): ``fields.rules[i].template``
is the JSON Schema of ``requestDetails.data[i]``; ``attachments`` lists the files.
Segments without requirements answer 404 "Number requirements not found" as live, or, in
spec-exact shapes, 200 with nothing required (see ``orders.lookup_requirements``).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

from .errors import FieldViolation
from .spec import violations

POLICY_SCHEMA = "/schema/policySchema-v1.json"

MIME_DOCUMENTS = ["application/pdf", "image/jpeg", "image/png"]


@dataclass(frozen=True, slots=True)
class RequiredAttachment:
    id: str
    title: str
    description: str
    mandatory: bool
    allowed_mime_types: tuple[str, ...] = ()
    allowed_document_types: tuple[str, ...] = ()
    template_name: str | None = None

    def to_json(self) -> dict[str, Any]:
        templates = []
        if self.template_name:
            templates.append(
                {
                    "name": self.template_name,
                    "url": f"https://sandbox.invalid/templates/{self.template_name}",
                }
            )
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "mandatory": self.mandatory,
            "template": templates,
            "allowedMimeTypes": list(self.allowed_mime_types),
            "allowedDocumentTypes": list(self.allowed_document_types),
        }


@dataclass(frozen=True)
class Requirements:
    region_code: str
    number_type: str
    groups: tuple[Mapping[str, Any], ...]
    attachments: tuple[RequiredAttachment, ...]

    def to_json(self) -> dict[str, Any]:
        """The ``NumberRequirements`` body."""
        return {
            "fields": {
                "schema": POLICY_SCHEMA,
                "rules": [{"template": dict(group)} for group in self.groups],
            },
            "attachments": [a.to_json() for a in self.attachments],
        }

    def attachment(self, attachment_id: str) -> RequiredAttachment | None:
        return next((a for a in self.attachments if a.id == attachment_id), None)

    @functools.cached_property
    def _validator(self) -> Draft202012Validator:
        return Draft202012Validator(
            {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {
                        "type": "array",
                        "prefixItems": [dict(g) for g in self.groups],
                        "minItems": len(self.groups),
                        "maxItems": len(self.groups),
                    }
                },
            }
        )

    def check(self, request_details: Any) -> list[FieldViolation]:
        """Violations of ``requestDetails`` against these requirements."""
        return violations(self._validator, request_details, "requestDetails")


def _text(title: str, max_length: int = 100, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "title": title, "minLength": 1, "maxLength": max_length, **extra}


_PHONE = {"type": "string", "title": "Phone number (E.164)", "minLength": 3, "maxLength": 16}

_AU_USE_CASE = {
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
            "senderId": _PHONE | {"title": "Sender ID"},
            "purposeOfTheTraffic": {
                "type": "string",
                "title": "Purpose of the traffic",
                "enum": [
                    "One Time Password",
                    "Notifications",
                    "Marketing",
                    "Customer Support",
                    "Two-Way Conversations",
                ],
            },
            "intendedUseOfMobileNumbers": {
                "type": "string",
                "title": "Intended use of the mobile numbers",
                "enum": ["Transactional", "Promotional", "Conversational"],
            },
            "iConfirmThatMyBusinessHasAValidUseCaseForThisLn": {
                "type": "boolean",
                "title": "I confirm that my business has a valid use case for this number",
                "const": True,
            },
        },
    },
}


def _business_address(country: str, states: list[str] | None, postal: str) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "endBusinessName": _text("Business name"),
        "endBusinessAddress": _text("Address", 200),
        "endBusinessAddress2": {"type": "string", "title": "Address line 2", "maxLength": 200},
        "city": _text("City"),
        "country": {"type": "string", "title": "Country", "const": country},
        "postalCode": {"type": "string", "title": "Postal code", "pattern": postal},
    }
    required = ["endBusinessName", "endBusinessAddress", "city", "country", "postalCode"]
    if states is not None:
        properties["state"] = {"type": "string", "title": "State", "enum": states}
        required.insert(3, "state")
    return {
        "type": "object",
        "title": "End business",
        "required": required,
        "properties": properties,
    }


_CONTACT = {
    "type": "object",
    "title": "Contact person",
    "required": ["firstName", "lastName", "phoneNumber"],
    "properties": {
        "firstName": _text("First name"),
        "lastName": _text("Last name"),
        "phoneNumber": _PHONE,
        "email": {"type": "string", "title": "Email", "pattern": r"^[^@\s]+@[^@\s]+\.[^@\s]+$"},
    },
}

_AU_STATES = ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"]

_REQUIREMENTS: dict[tuple[str, str], Requirements] = {
    ("AU", "MOBILE"): Requirements(
        "AU",
        "MOBILE",
        (_AU_USE_CASE, _business_address("AU", _AU_STATES, r"^[0-9]{4}$"), _CONTACT),
        (
            RequiredAttachment(
                id="01jxn2251d0shhamtbykft2xzx",
                title="Letter of authorisation",
                description="The signed letter of authorisation (use the template) on the "
                "end business's letterhead.",
                mandatory=True,
                allowed_mime_types=(*MIME_DOCUMENTS, "application/rtf"),
                template_name="template.rtf",
            ),
        ),
    ),
    ("DE", "LOCAL"): Requirements(
        "DE",
        "LOCAL",
        (_business_address("DE", None, r"^[0-9]{5}$"), _CONTACT),
        (
            RequiredAttachment(
                id="01jxn22r7kq4d5m0b8w3c6e9ha",
                title="Proof of address",
                description="A document, at most three months old, showing the business "
                "name and an address in the number's local area.",
                mandatory=True,
                allowed_mime_types=tuple(MIME_DOCUMENTS),
                allowed_document_types=("Utility Bill", "Bank Statement", "Government Letter"),
            ),
        ),
    ),
    ("DE", "MOBILE"): Requirements(
        "DE",
        "MOBILE",
        (_business_address("DE", None, r"^[0-9]{5}$"), _CONTACT),
        (
            RequiredAttachment(
                id="01jxn23c2xv7t1s9f4g6p8r0mb",
                title="Identity document",
                description="An identity document of the contact person.",
                mandatory=True,
                allowed_mime_types=tuple(MIME_DOCUMENTS),
                allowed_document_types=("Passport", "ID Card", "Driver's License"),
            ),
        ),
    ),
    ("GB", "LOCAL"): Requirements(
        "GB",
        "LOCAL",
        (_business_address("GB", None, r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$"),),
        (
            RequiredAttachment(
                id="01jxn23yd2m8c4k7a1z5q3w6tn",
                title="Proof of address (optional)",
                description="Speeds up the review; not required.",
                mandatory=False,
                allowed_mime_types=(),
            ),
        ),
    ),
}


def requirements_for(region_code: str, number_type: str) -> Requirements | None:
    return _REQUIREMENTS.get((region_code, number_type))
