"""Examples from the pinned spec, read from ``openapi/numbers.yaml``, never copied into tests."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "numbers.yaml"


@functools.cache
def _examples() -> dict[str, Any]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    examples: dict[str, Any] = spec["components"]["examples"]
    return examples


def example(name: str) -> Any:
    """A deep copy of ``components.examples[name].value``: callers may change it freely."""
    return copy.deepcopy(_examples()[name]["value"])


def au_registration() -> dict[str, Any]:
    """The spec's AU MOBILE registration body: ``{"requestDetails": {"data": [3 groups]}}``."""
    body: dict[str, Any] = example("australianRegistration")
    return body
