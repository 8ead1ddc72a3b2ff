"""Code for the top-level discriminated ``oneOf`` components the generator skips.

openapi-python-client only renders a ``oneOf`` as a union *inside* a model's property; a
component that is itself a ``oneOf`` (``CallbackPayload``, ``VoiceConfiguration``, ...) gets no
name and no parser. ``CallbackPayload`` is only used by ``x-webhooks``, so without this the
event models could not be chosen at all. For each such component we emit a module with a type
alias and a ``parse_<name>()`` that dispatches on the discriminator, falling back to the
variants' shared base model (or the first variant) for a value this spec does not know, so
nothing Sinch adds later breaks parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Variant:
    value: str
    class_name: str
    module: str


@dataclass(frozen=True)
class DiscriminatedUnion:
    name: str
    class_name: str
    module: str
    property_name: str
    variants: tuple[Variant, ...]
    fallback: Variant
    default: Variant


def snake(name: str) -> str:
    """The generator's module naming: ``VoiceConfigurationEST`` -> ``voice_configuration_est``."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9a-zA-Z]+", name) if part)


def find_unions(spec: dict[str, Any]) -> list[DiscriminatedUnion]:
    """Every component schema that is a discriminated ``oneOf`` of ``$ref``s, in document order."""
    schemas = spec["components"]["schemas"]
    found = []
    for name, schema in schemas.items():
        discriminator = schema.get("discriminator")
        if not discriminator or not schema.get("oneOf"):
            continue
        mapping = discriminator.get("mapping") or {
            m["$ref"].rsplit("/", 1)[-1]: m["$ref"] for m in schema["oneOf"]
        }
        variants = tuple(
            Variant(value, pascal(ref.rsplit("/", 1)[-1]), snake(ref.rsplit("/", 1)[-1]))
            for value, ref in mapping.items()
        )
        fallback = _shared_base(schemas, mapping.values()) or variants[0]
        defaults = [
            variant
            for variant, ref in zip(variants, mapping.values(), strict=True)
            if schemas[ref.rsplit("/", 1)[-1]].get("x-discriminator-default")
        ]
        found.append(
            DiscriminatedUnion(
                name=name,
                class_name=pascal(name),
                module=snake(name),
                property_name=discriminator["propertyName"],
                variants=variants,
                fallback=fallback,
                default=defaults[0] if defaults else fallback,
            )
        )
    return found


def _shared_base(schemas: dict[str, Any], refs: Any) -> Variant | None:
    """The first ``allOf`` reference all variants share, if any (e.g. ``CallbackPayloadCommon``)."""
    bases = set()
    for ref in refs:
        members = schemas[ref.rsplit("/", 1)[-1]].get("allOf") or [{}]
        bases.add(members[0].get("$ref"))
    if len(bases) != 1 or None in bases:
        return None
    base = next(iter(bases)).rsplit("/", 1)[-1]
    return Variant("", pascal(base), snake(base))


def render(union: DiscriminatedUnion) -> str:
    """Python source of ``models/<module>.py`` for one union."""
    imports = {(v.module, v.class_name) for v in (*union.variants, union.fallback)}
    lines = [
        f'"""``{union.name}``: a ``oneOf`` chosen by ``{union.property_name}``."""',
        "",
        "from collections.abc import Mapping",
        "from typing import Any",
        "",
        "from ..types import odd_discriminator",
    ]
    lines += [f"from .{module} import {cls}" for module, cls in sorted(imports)]
    alias_members = " | ".join(v.class_name for v in union.variants)
    fallback_note = "" if union.fallback in union.variants else f" | {union.fallback.class_name}"
    lines += [
        "",
        f"{union.class_name} = {alias_members}{fallback_note}",
        "",
        "",
        f"def parse_{union.module}(",
        '    data: Mapping[str, Any], _path: str = ""',
        f") -> {union.class_name}:",
        f'    """Build the variant named by ``{union.property_name}``; never raises on server',
        "    data.",
        "",
        f"    A missing ``{union.property_name}`` reads as ``{union.default.class_name}``; a value",
        f"    this spec does not list as ``{union.fallback.class_name}``, keeping every field.",
        "    Both are reported to ``sinch_numbers_api.conformance``.",
        '    """',
        f'    discriminator = data.get("{union.property_name}")',
    ]
    for variant in union.variants:
        lines += [
            f'    if discriminator == "{variant.value}":',
            f"        return {variant.class_name}.from_dict(data, _path)",
        ]
    lines += [
        "    if discriminator is None:",
        f'        odd_discriminator(_path, "{union.property_name}", None, '
        f'"{union.default.class_name}")',
        f"        return {union.default.class_name}.from_dict(data, _path)",
        f'    odd_discriminator(_path, "{union.property_name}", discriminator, '
        f'"{union.fallback.class_name}")',
        f"    return {union.fallback.class_name}.from_dict(data, _path)",
        "",
    ]
    return "\n".join(lines)
