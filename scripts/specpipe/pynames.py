"""Python names openapi-python-client 0.29.1 derives from spec names.

A copy of the generator's ``strings`` rules (ClassName, PythonIdentifier), so the classifier
can say which Python names change without importing the generator (0.3 s).
tests/update_spec/test_diff.py checks the copy against the real module.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from keyword import iskeyword
from pathlib import Path

import yaml

__all__ = ["Naming"]

_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def _sanitize(value: str) -> str:
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)


def _split_words(value: str) -> list[str]:
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)


def _fix_reserved(value: str) -> str:
    return f"{value}_" if value in _RESERVED or iskeyword(value) else value


def _pascal(value: str) -> str:
    words = _split_words(_sanitize(value))
    return "".join(w.capitalize() if not w.isupper() else w for w in words)


def _snake(value: str) -> str:
    return "_".join(_split_words(_sanitize(value))).lower()


@dataclass(frozen=True)
class Naming:
    """Python names the generator derives from spec names (plus generator/config.yaml overrides)."""

    class_overrides: Mapping[str, str] = field(default_factory=dict)
    field_prefix: str = "field_"

    @classmethod
    def from_config(cls, path: Path) -> Naming:
        """Read ``class_overrides`` and ``field_prefix`` from the generator's config.yaml."""
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except FileNotFoundError:
            return cls()
        overrides = {
            str(key): str(value["class_name"])
            for key, value in (data.get("class_overrides") or {}).items()
            if isinstance(value, dict) and value.get("class_name")
        }
        return cls(overrides, str(data.get("field_prefix") or "field_"))

    def class_name(self, key: str) -> str:
        name = self._class(key)
        override = self.class_overrides.get(name)
        return self._class(override) if override else name

    def _class(self, value: str) -> str:
        safe = _fix_reserved(_pascal(value))
        if not safe.isidentifier():
            safe = _fix_reserved(_pascal(f"{self.field_prefix}{safe}"))
        return safe

    def identifier(self, value: str) -> str:
        """snake_case argument, attribute, function or module name."""
        safe = _sanitize(value)
        leading_underscore = safe.startswith("_")
        safe = _fix_reserved(_snake(safe))
        if not safe.isidentifier() or leading_underscore:
            safe = f"{self.field_prefix}{safe}"
        return safe
