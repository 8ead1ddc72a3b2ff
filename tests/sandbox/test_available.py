"""Inventory, number search, single number check and regions."""

from __future__ import annotations

import httpx
import phonenumbers
import pytest
from phonenumbers import PhoneNumberType

from sinch_numbers.sandbox import Sandbox
from sinch_numbers.sandbox.inventory import Inventory

from .conftest import assert_error

_TYPES = {
    "LOCAL": {PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE},
    "MOBILE": {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE},
    "TOLL_FREE": {PhoneNumberType.TOLL_FREE},
}


@pytest.mark.parametrize("seed", [0, 7])
def test_inventory_numbers_are_valid_e164_of_their_region_and_type(seed: int) -> None:
    inventory = Inventory(seed)
    assert len(inventory) >= 1000
    segments = {(n.region_code, n.number_type) for n in inventory}
    assert {("US", "LOCAL"), ("US", "TOLL_FREE"), ("GB", "MOBILE"), ("SE", "MOBILE")} <= segments
    assert {("DE", "LOCAL"), ("AU", "MOBILE")} <= segments
    for number in inventory:
        parsed = phonenumbers.parse(number.phone_number)
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.region_code_for_number(parsed) == number.region_code
        assert phonenumbers.number_type(parsed) in _TYPES[number.number_type], number
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == (
            number.phone_number
        )


def test_inventory_is_deterministic_per_seed() -> None:
    first = [n.phone_number for n in Inventory(3)]
    assert first == [n.phone_number for n in Inventory(3)]
    assert first != [n.phone_number for n in Inventory(4)]
    # The spec's example numbers are always for sale, whatever the seed.
    for seed in (3, 4):
        assert Inventory(seed).get("+61411111112") is not None
        assert Inventory(seed).get("+12025550134") is not None


def test_search_by_region_and_type(api: httpx.Client) -> None:
    response = api.get("/availableNumbers", params={"regionCode": "SE", "type": "MOBILE"})
    assert response.status_code == 200
    found = response.json()["availableNumbers"]
    assert len(found) == 100  # default size
    first = found[0]
    assert first["regionCode"] == "SE" and first["type"] == "MOBILE"
    assert first["phoneNumber"].startswith("+467")
    assert first["setupPrice"] == {"currencyCode": "USD", "amount": "0.00"}
    assert first["monthlyPrice"]["currencyCode"] == "USD"
    assert first["paymentIntervalMonths"] == 1
    assert first["supportingDocumentationRequired"] is False
    au = api.get("/availableNumbers", params={"regionCode": "AU", "type": "MOBILE", "size": 1})
    assert au.json()["availableNumbers"][0]["supportingDocumentationRequired"] is True


@pytest.mark.parametrize(
    ("pattern", "where", "check"),
    [
        ("1208", "START", lambda n: n.startswith("+1208")),
        ("+1208", "START", lambda n: n.startswith("+1208")),
        ("77", "CONTAINS", lambda n: "77" in n),
        ("42", "END", lambda n: n.endswith("42")),
    ],
)
def test_search_by_pattern(api: httpx.Client, pattern: str, where: str, check: object) -> None:
    params = {
        "regionCode": "US",
        "type": "LOCAL",
        "numberPattern.pattern": pattern,
        "numberPattern.searchPattern": where,
        "size": 1000,
    }
    found = api.get("/availableNumbers", params=params).json()["availableNumbers"]
    assert found
    assert all(check(n["phoneNumber"]) for n in found)  # type: ignore[operator]


def test_search_by_capabilities_and_size(api: httpx.Client) -> None:
    base = {"regionCode": "US", "type": "LOCAL", "size": 1000}
    everything = api.get("/availableNumbers", params=base).json()["availableNumbers"]
    sms_only = [n for n in everything if n["capability"] == ["SMS"]]
    both = api.get(
        "/availableNumbers",
        params=[*base.items(), ("capabilities", "SMS"), ("capabilities", "VOICE")],
    ).json()["availableNumbers"]
    assert both and all(set(n["capability"]) == {"SMS", "VOICE"} for n in both)
    assert len(both) < len(everything)
    assert sms_only, "the inventory has some SMS-only numbers"
    three = api.get("/availableNumbers", params={**base, "size": 3}).json()["availableNumbers"]
    assert len(three) == 3


def test_search_validates_parameters(api: httpx.Client) -> None:
    missing = api.get("/availableNumbers", params={"type": "LOCAL"})
    assert_error(missing, 400, "INVALID_ARGUMENT", field="regionCode")
    bad_type = api.get("/availableNumbers", params={"regionCode": "US", "type": "FAX"})
    assert_error(bad_type, 400, "INVALID_ARGUMENT", field="type")
    bad_size = api.get(
        "/availableNumbers", params={"regionCode": "US", "type": "LOCAL", "size": "x"}
    )
    assert_error(bad_size, 400, "INVALID_ARGUMENT", field="size")
    bad_cap = api.get(
        "/availableNumbers", params={"regionCode": "US", "type": "LOCAL", "capabilities": "FAX"}
    )
    assert_error(bad_cap, 400, "INVALID_ARGUMENT", field="capabilities[0]")
    unknown_region = api.get("/availableNumbers", params={"regionCode": "FR", "type": "LOCAL"})
    assert unknown_region.json() == {"availableNumbers": []}


@pytest.mark.parametrize("spelling", ["+12025550134", "%2B12025550134"])
def test_get_available_number(api: httpx.Client, spelling: str) -> None:
    response = api.get(f"/availableNumbers/{spelling}")
    assert response.status_code == 200
    assert response.json()["phoneNumber"] == "+12025550134"


def test_get_available_number_errors(api: httpx.Client, sb: Sandbox) -> None:
    missing = api.get("/availableNumbers/+12025550000")
    error = assert_error(missing, 404, "NOT_FOUND")
    assert error["details"][0]["resourceType"] == "AvailableNumber"
    assert error["details"][0]["resourceName"] == "+12025550000"
    assert_error(api.get("/availableNumbers/12345"), 400, "INVALID_ARGUMENT", field="phoneNumber")
    api.post("/availableNumbers/+12025550134:rent", json={})
    assert_error(api.get("/availableNumbers/+12025550134"), 404, "NOT_FOUND")
    assert not sb.state.is_available("+12025550134")


def test_regions(api: httpx.Client) -> None:
    regions = api.get("/availableRegions").json()["availableRegions"]
    by_code = {r["regionCode"]: r for r in regions}
    assert set(by_code) == {"AU", "DE", "GB", "SE", "US"}
    assert by_code["US"] == {
        "regionCode": "US",
        "regionName": "United States",
        "types": ["LOCAL", "TOLL_FREE"],
    }
    mobile = api.get("/availableRegions", params={"types": "MOBILE"}).json()["availableRegions"]
    assert {r["regionCode"] for r in mobile} == {"AU", "DE", "GB", "SE"}
    both = api.get("/availableRegions", params=[("types", "TOLL_FREE"), ("types", "MOBILE")])
    assert len(both.json()["availableRegions"]) == 5
    assert_error(api.get("/availableRegions", params={"types": "X"}), 400, "INVALID_ARGUMENT")
