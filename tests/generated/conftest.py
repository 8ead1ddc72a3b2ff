"""Shared fixtures: the pinned spec, its normalized form, a loopback wire server and a client."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "numbers.yaml"
GENERATED = ROOT / "generated"
NORMALIZED_PATH = GENERATED / "numbers.normalized.yaml"

# tests/ holds wireserver.py; make it importable however pytest laid out sys.path.
_TESTS = str(ROOT / "tests")
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from sinch_numbers_api import Client  # noqa: E402
from wireserver import WireServer  # noqa: E402

#: HTTP methods an OpenAPI path item can hold operations for.
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def spec_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """``(path, method, operation)`` for every REST operation under ``paths``, in document order."""
    return [
        (path, method, item[method])
        for path, item in spec["paths"].items()
        for method in METHODS
        if method in item
    ]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s until a non-reference object is reached."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture
def wire() -> Iterator[WireServer]:
    with WireServer() as server:
        yield server


@pytest.fixture
def client(wire: WireServer) -> Iterator[Client]:
    # Plain http on loopback: verify_ssl=False only skips loading the CA bundle (~40 ms a test).
    client = Client(
        base_url=wire.url,
        timeout=httpx.Timeout(5.0),
        verify_ssl=False,
        raise_on_unexpected_status=True,
    )
    with client:
        yield client
