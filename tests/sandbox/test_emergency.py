"""Emergency addresses: provision, read, validate, deprovision."""

from __future__ import annotations

import httpx
import pytest

from .conftest import assert_error

NUMBER = "+12025550134"
ADDRESS = {
    "streetNumber": "12345",
    "streetInfo": "Main St",
    "city": "Springfield",
    "state": "IL",
    "postalCode": "62701",
}


@pytest.fixture
def rented(api: httpx.Client) -> str:
    assert api.post(f"/availableNumbers/{NUMBER}:rent", json={}).status_code == 200
    return f"/activeNumbers/{NUMBER}/emergencyAddress"


def test_provision_get_deprovision(api: httpx.Client, rented: str) -> None:
    assert_error(api.get(rented), 404, "NOT_FOUND")
    body = {"displayName": "HQ", "address": ADDRESS}
    provisioned = api.post(f"{rented}:provision", json=body)
    assert provisioned.status_code == 200, provisioned.text
    address = provisioned.json()
    assert {k: address[k] for k in ADDRESS} == ADDRESS
    assert len(address["postalCodePlusFour"]) == 4
    assert api.get(rented).json() == address
    removed = api.post(f"{rented}:deprovision")
    assert removed.status_code == 200 and removed.content == b""
    assert_error(api.get(rented), 404, "NOT_FOUND")
    assert_error(api.post(f"{rented}:deprovision"), 404, "NOT_FOUND")


def test_provision_corrects_near_matches_and_refuses_no_match(
    api: httpx.Client, rented: str
) -> None:
    near = api.post(
        f"{rented}:provision",
        json={"displayName": "HQ", "address": {**ADDRESS, "streetInfo": "Main Street"}},
    )
    assert near.json()["streetInfo"] == "Main St"
    nowhere = api.post(
        f"{rented}:provision",
        json={"displayName": "HQ", "address": {**ADDRESS, "postalCode": "00000"}},
    )
    assert_error(nowhere, 400, "INVALID_ARGUMENT", field="address")
    incomplete = api.post(f"{rented}:provision", json={"displayName": "HQ", "address": {}})
    assert_error(incomplete, 400, "INVALID_ARGUMENT", field="address.streetNumber")


@pytest.mark.parametrize(
    ("change", "result"),
    [
        ({}, "EXACT_MATCH"),
        ({"streetInfo": "Main Street"}, "NEAR_MATCH"),
        ({"state": "XX"}, "NO_MATCH"),
    ],
)
def test_validate(api: httpx.Client, rented: str, change: dict[str, str], result: str) -> None:
    response = api.post(
        f"{rented}:validate", json={"displayName": "User Name", "address": {**ADDRESS, **change}}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["phoneNumber"] == NUMBER and body["displayName"] == "User Name"
    assert body["validationResult"] == result
    assert bool(body["correctedAddress"]) == (result == "NEAR_MATCH")
    assert len(body["candidateAddresses"]) == (2 if result == "NO_MATCH" else 0)


def test_emergency_needs_an_active_us_voice_number(api: httpx.Client) -> None:
    body = {"displayName": "HQ", "address": ADDRESS}
    missing = api.post(f"/activeNumbers/{NUMBER}/emergencyAddress:provision", json=body)
    assert_error(missing, 404, "NOT_FOUND")
