"""Emergency (E911) addresses of US voice numbers, with deterministic validation.

Validation outcome (documented magic): a full street suffix ("Main Street")
is a ``NEAR_MATCH`` corrected to its abbreviation ("Main St"); an unknown US
state, a postal code that is not five digits, or ``00000`` is a ``NO_MATCH``
with two candidate addresses; anything else is an ``EXACT_MATCH``.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from .errors import invalid_field, not_found
from .store import Doc, Tx

_SUFFIXES = {
    "street": "St",
    "avenue": "Ave",
    "road": "Rd",
    "boulevard": "Blvd",
    "drive": "Dr",
    "lane": "Ln",
    "court": "Ct",
    "place": "Pl",
    "highway": "Hwy",
}
_US_STATES = set(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split()
)
_ADDRESS_FIELDS = (
    "streetNumber",
    "streetInfo",
    "location",
    "city",
    "state",
    "postalCode",
    "postalCodePlusFour",
)


def check_number(doc: Doc) -> None:
    if doc["regionCode"] != "US" or "VOICE" not in doc["capability"]:
        raise invalid_field(
            "phoneNumber", "emergency addresses are only available for US numbers with VOICE"
        )


def _clean(address: dict[str, Any]) -> dict[str, str]:
    return {k: str(address[k]) for k in _ADDRESS_FIELDS if address.get(k) not in (None, "")}


def _plus_four(address: dict[str, str]) -> str:
    key = "|".join(address.get(k, "") for k in ("streetNumber", "streetInfo", "postalCode"))
    return f"{int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 10000:04d}"


def _abbreviate(street: str) -> str:
    words = street.split()
    if words and words[-1].lower() in _SUFFIXES:
        words[-1] = _SUFFIXES[words[-1].lower()]
    return " ".join(words)


def validate(phone_number: str, display_name: str, address: dict[str, Any]) -> dict[str, Any]:
    """A ``ValidateAddressResponse`` for ``address``."""
    sent = _clean(address)
    validated = dict(sent)
    validated.setdefault("postalCodePlusFour", _plus_four(sent))
    result: dict[str, Any] = {
        "phoneNumber": phone_number,
        "displayName": display_name,
        "validatedAddress": validated,
        "correctedAddress": {},
        "candidateAddresses": [],
    }
    postal = sent.get("postalCode", "")
    if (
        sent.get("state", "").upper() not in _US_STATES
        or not re.fullmatch(r"[0-9]{5}", postal)
        or (postal == "00000")
    ):
        result["validationResult"] = "NO_MATCH"
        result["validationMessage"] = "Address doesn't match any known address"
        result["candidateAddresses"] = _candidates(sent)
        return result
    corrected = dict(
        validated, state=sent["state"].upper(), streetInfo=_abbreviate(sent["streetInfo"])
    )
    if corrected != validated:
        result["validationResult"] = "NEAR_MATCH"
        result["validationMessage"] = "Address is a near match"
        result["correctedAddress"] = corrected
    else:
        result["validationResult"] = "EXACT_MATCH"
        result["validationMessage"] = "Address is a perfect match"
    return result


def _candidates(sent: dict[str, str]) -> list[dict[str, str]]:
    base = (
        int(sent.get("streetNumber", "100") or "100")
        if sent.get("streetNumber", "").isdigit()
        else 100
    )
    found = []
    for offset, street in ((2, "Elm St"), (4, "Oak St")):
        candidate = {
            "streetNumber": str(base + offset),
            "streetInfo": street,
            "city": sent.get("city", "Springfield"),
            "state": "IL",
            "postalCode": "62701",
        }
        candidate["postalCodePlusFour"] = _plus_four(candidate)
        found.append(candidate)
    return found


def provision(tx: Tx, doc: Doc, body: dict[str, Any]) -> dict[str, Any]:
    check_number(doc)
    outcome = validate(doc["phoneNumber"], body["displayName"], body["address"])
    if outcome["validationResult"] == "NO_MATCH":
        raise invalid_field(
            "address", "matches no known address; check it with emergencyAddress:validate"
        )
    address = outcome["correctedAddress"] or outcome["validatedAddress"]
    doc["_emergency"] = {"displayName": body["displayName"], "address": address}
    tx.save_active_number(doc)
    return dict(address)


def current(doc: Doc) -> dict[str, Any]:
    stored = doc.get("_emergency")
    if stored is None:
        raise not_found(
            "EmergencyAddress",
            doc["phoneNumber"],
            f"No emergency address is provisioned for {doc['phoneNumber']}.",
        )
    return dict(stored["address"])


def deprovision(tx: Tx, doc: Doc) -> None:
    current(doc)
    del doc["_emergency"]
    tx.save_active_number(doc)
