"""Searching the numbers for sale: inventory minus active and reserved numbers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import unquote

from .backend import Backend
from .errors import invalid_field, not_found
from .inventory import CatalogNumber
from .store import Tx

DEFAULT_SEARCH_SIZE = 100


def search_digits(pattern: str | None) -> str | None:
    """The digit sequence a ``numberPattern.pattern`` asks for (``None``: no filter).

    A leading ``+`` is dropped, also when it arrives percent-encoded (the spec's own example
    is written ``%2B120``) or as a space (an unencoded ``+`` in a query string). The spec
    types the pattern as any string, so text that is no digit sequence is a valid search
    that matches no number, not an error."""
    text = unquote(pattern or "").strip()
    if text.startswith("+"):
        text = text[1:]
    return text or None


def matches(phone_number: str, digits: str | None, search_pattern: str | None) -> bool:
    """Whether the E.164 digits (without ``+``) start with, contain or end with
    ``digits``; ``CONTAINS`` when no search pattern is given."""
    if digits is None:
        return True
    number = phone_number.lstrip("+")
    if search_pattern == "START":
        return number.startswith(digits)
    if search_pattern == "END":
        return number.endswith(digits)
    return digits in number


def has_capabilities(offered: Iterable[str], wanted: Sequence[str] | None) -> bool:
    return not wanted or set(wanted) <= set(offered)


def candidates(
    backend: Backend,
    tx: Tx,
    region_code: str,
    number_type: str,
    *,
    digits: str | None = None,
    search_pattern: str | None = None,
    capabilities: Sequence[str] | None = None,
) -> Iterator[CatalogNumber]:
    """Available numbers of a segment matching the criteria, in catalogue order."""
    taken = tx.taken_numbers()
    for number in backend.inventory.segment(region_code, number_type):
        if (
            number.phone_number not in taken
            and matches(number.phone_number, digits, search_pattern)
            and has_capabilities(number.capabilities, capabilities)
        ):
            yield number


def search(backend: Backend, tx: Tx, query: dict[str, Any]) -> dict[str, Any]:
    size = query.get("size") or DEFAULT_SEARCH_SIZE
    if size < 0:
        raise invalid_field("size", "must not be negative")
    found = candidates(
        backend,
        tx,
        query["regionCode"],
        query["type"],
        digits=search_digits(query.get("numberPattern.pattern")),
        search_pattern=query.get("numberPattern.searchPattern"),
        capabilities=query.get("capabilities"),
    )
    numbers: list[dict[str, Any]] = []
    for number in found:
        if len(numbers) == size:
            break
        numbers.append(number.available_number())
    return {"availableNumbers": numbers}


def get_available(backend: Backend, tx: Tx, phone_number: str) -> CatalogNumber:
    """The number if it is for sale right now, else 404."""
    number = backend.inventory.get(phone_number)
    if number is None or tx.is_taken(phone_number):
        raise not_found(
            "AvailableNumber",
            phone_number,
            f"Phone number {phone_number} is not available.",
        )
    return number


def regions(backend: Backend, types: Sequence[str] | None) -> dict[str, Any]:
    found = [
        {"regionCode": code, "regionName": name, "types": kinds}
        for code, name, kinds in backend.inventory.regions()
        if not types or set(types) & set(kinds)
    ]
    return {"availableRegions": found}
