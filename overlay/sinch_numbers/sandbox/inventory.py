"""The deterministic catalogue of numbers for sale.

Generated from a seed, so every sandbox started with the same seed offers the
same numbers. Numbers are realistic, valid E.164 numbers of their region and
type (``tests/sandbox`` checks each one with ``phonenumbers``). Numbers used as
examples in the spec (``+12025550134``, ``+61411111112``, ...) are always
included, so the spec's examples work verbatim.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

Segment = tuple[str, str]  # (regionCode, numberType)

CURRENCY = "USD"

REGION_NAMES = {
    "AU": "Australia",
    "DE": "Germany",
    "GB": "United Kingdom",
    "SE": "Sweden",
    "US": "United States",
}

SMS_VOICE = ("SMS", "VOICE")


@dataclass(frozen=True, slots=True)
class CatalogNumber:
    """A number the sandbox can sell, with its fixed price and capabilities."""

    phone_number: str
    region_code: str
    number_type: str
    capabilities: tuple[str, ...]
    setup_price: str
    monthly_price: str
    payment_interval_months: int
    supporting_documentation_required: bool

    @property
    def digits(self) -> str:
        return self.phone_number[1:]

    def available_number(self) -> dict[str, Any]:
        """The ``AvailableNumber`` representation."""
        return {
            "phoneNumber": self.phone_number,
            "regionCode": self.region_code,
            "type": self.number_type,
            "capability": list(self.capabilities),
            "setupPrice": money(self.setup_price),
            "monthlyPrice": money(self.monthly_price),
            "paymentIntervalMonths": self.payment_interval_months,
            "supportingDocumentationRequired": self.supporting_documentation_required,
        }

    def number_price(self) -> dict[str, Any]:
        """The ``NumberPrice`` of an order line."""
        return {
            "setupPrice": money(self.setup_price),
            "monthlyPrice": money(self.monthly_price),
            "paymentIntervalMonths": self.payment_interval_months,
        }


def money(amount: str) -> dict[str, str]:
    return {"currencyCode": CURRENCY, "amount": amount}


# -- generation plans ---------------------------------------------------------
Generator = Callable[[random.Random], list[str]]


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def _nanp(area_codes: Iterable[str], run: int) -> Generator:
    """North American numbers, in runs of consecutive lines (carriers sell blocks)."""
    codes = list(area_codes)

    def generate(rng: random.Random) -> list[str]:
        area = rng.choice(codes)
        while True:
            exchange = rng.choice("23456789") + _digits(rng, 2)
            if exchange[1:] != "11" and exchange not in {"555", "950", "958", "959", "976"}:
                break
        start = rng.randrange(1000, 10000 - run)
        return [f"1{area}{exchange}{start + i:04d}" for i in range(run)]

    return generate


def _ranges(prefixes: Iterable[str], length: int, run: int = 1) -> Generator:
    """National numbers of ``length`` digits starting with one of ``prefixes``,
    ``run`` consecutive numbers at a time."""
    choices = list(prefixes)

    def generate(rng: random.Random) -> list[str]:
        prefix = rng.choice(choices)
        tail = length - len(prefix)
        first = rng.randrange(10 ** (tail - 1), 10**tail - run)
        return [f"{prefix}{first + i:0{tail}d}" for i in range(run)]

    return generate


@dataclass(frozen=True, slots=True)
class _Plan:
    region: str
    type: str
    count: int
    generate: Generator
    capabilities: tuple[tuple[tuple[str, ...], float], ...]
    setup: str
    monthly: str
    documents: bool
    fixed: tuple[tuple[str, tuple[str, ...]], ...] = ()


_US_AREAS = (
    "201 202 206 208 212 213 214 217 303 305 312 347 404 407 415 480 503 512 "
    "602 617 646 702 704 713 718 720 801 808 917 919"
).split()
_TOLL_FREE = ("800", "833", "844", "855", "866", "877", "888")

_PLANS: tuple[_Plan, ...] = (
    _Plan(
        "US",
        "LOCAL",
        480,
        _nanp(_US_AREAS, run=4),
        ((SMS_VOICE, 0.85), (("VOICE",), 0.1), (("SMS",), 0.05)),
        "0.00",
        "2.00",
        False,
        fixed=(
            ("+12025550134", SMS_VOICE),
            ("+13059394139", SMS_VOICE),
            ("+12085550199", SMS_VOICE),
        ),
    ),
    _Plan(
        "US",
        "TOLL_FREE",
        120,
        _nanp(_TOLL_FREE, run=2),
        ((SMS_VOICE, 0.9), (("VOICE",), 0.1)),
        "0.00",
        "3.00",
        False,
    ),
    _Plan(
        "GB",
        "MOBILE",
        120,
        _ranges(
            ["7400", "7401", "7418", "7441", "7471", "7478", "7723", "7787", "7903", "7955"], 10
        ),
        ((SMS_VOICE, 1.0),),
        "0.00",
        "1.50",
        False,
        fixed=(("+447478727259", SMS_VOICE),),
    ),
    _Plan(
        "GB",
        "LOCAL",
        80,
        _ranges(["2033", "2038", "2080", "16135", "16182", "13155", "12149"], 10, run=2),
        ((("VOICE",), 1.0),),
        "0.00",
        "1.00",
        True,
    ),
    _Plan(
        "SE",
        "MOBILE",
        100,
        _ranges(["70", "72", "73", "76", "79"], 9),
        ((SMS_VOICE, 1.0),),
        "0.00",
        "4.00",
        False,
    ),
    _Plan(
        "SE",
        "LOCAL",
        60,
        _ranges(["87", "31", "11"], 9),
        ((("VOICE",), 1.0),),
        "0.00",
        "3.00",
        False,
        fixed=(("+46113232516", ("VOICE",)),),
    ),
    _Plan(
        "DE",
        "LOCAL",
        100,
        _ranges(["30", "89", "40", "69", "221"], 10, run=2),
        ((("VOICE",), 1.0),),
        "2.00",
        "2.50",
        True,
    ),
    _Plan(
        "DE",
        "MOBILE",
        60,
        _ranges(["151", "152", "157", "160", "176"], 11),
        ((SMS_VOICE, 1.0),),
        "5.00",
        "8.00",
        True,
    ),
    _Plan(
        "AU",
        "MOBILE",
        120,
        _ranges(["40", "41", "42", "43", "46"], 9),
        ((SMS_VOICE, 0.7), (("SMS",), 0.3)),
        "1.00",
        "1.00",
        True,
        fixed=(("+61411111112", ("SMS",)),),
    ),
)

_COUNTRY_CODES = {"US": "1", "GB": "44", "SE": "46", "DE": "49", "AU": "61"}


def _plan_numbers(plan: _Plan, seed: int) -> list[CatalogNumber]:
    rng = random.Random(f"sinch-numbers-sandbox:{seed}:{plan.region}:{plan.type}")
    cc = "" if plan.region == "US" else _COUNTRY_CODES[plan.region]
    found: dict[str, tuple[str, ...]] = dict(plan.fixed)
    while len(found) < plan.count:
        for national in plan.generate(rng):
            number = f"+{cc}{national}"
            if number not in found and len(found) < plan.count:
                found[number] = _pick_capabilities(rng, plan.capabilities)
    return [
        CatalogNumber(
            phone_number=number,
            region_code=plan.region,
            number_type=plan.type,
            capabilities=caps,
            setup_price=plan.setup,
            monthly_price=plan.monthly,
            payment_interval_months=1,
            supporting_documentation_required=plan.documents,
        )
        for number, caps in sorted(found.items())
    ]


def _pick_capabilities(
    rng: random.Random, weighted: tuple[tuple[tuple[str, ...], float], ...]
) -> tuple[str, ...]:
    roll, total = rng.random(), 0.0
    for caps, weight in weighted:
        total += weight
        if roll < total:
            return caps
    return weighted[-1][0]


class Inventory:
    """All numbers for sale, indexed by number and by (region, type)."""

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        self._segments: dict[Segment, list[CatalogNumber]] = {
            (plan.region, plan.type): _plan_numbers(plan, seed) for plan in _PLANS
        }
        self._by_number = {n.phone_number: n for ns in self._segments.values() for n in ns}

    def __len__(self) -> int:
        return len(self._by_number)

    def __iter__(self) -> Any:
        return iter(self._by_number.values())

    def get(self, phone_number: str) -> CatalogNumber | None:
        return self._by_number.get(phone_number)

    def segment(self, region_code: str, number_type: str) -> list[CatalogNumber]:
        return self._segments.get((region_code, number_type), [])

    def offers(self, region_code: str, number_type: str) -> bool:
        return (region_code, number_type) in self._segments

    def regions(self) -> list[tuple[str, str, list[str]]]:
        """(regionCode, regionName, types) of every region, sorted by code."""
        types: dict[str, list[str]] = {}
        for region, kind in self._segments:
            types.setdefault(region, []).append(kind)
        return [(code, REGION_NAMES[code], sorted(types[code])) for code in sorted(types)]


@functools.cache
def inventory(seed: int) -> Inventory:
    """The (immutable, shared) inventory for ``seed``."""
    return Inventory(seed)
