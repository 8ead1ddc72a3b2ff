"""A number order's registration: read from a file, or asked for at the terminal.

The questions come from each requirement group's JSON Schema (titles, descriptions, allowed
values, lengths). The answers are checked with ``Requirements.validate``, the check that
``set_registration`` runs before sending, and only the fields it flags are asked again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ._errors import CLIError
from ._output import stderr_console

if TYPE_CHECKING:
    from rich.console import Console

    from sinch_numbers.orders import Requirements, Violation

__all__ = ["ask", "complete", "load"]

DATA: Final = "requestDetails.data"
_STEP = re.compile(r"\[(\d+)\]|\.([^.\[\]]+)")
#: Rounds of "fix what the check flagged" before giving up (each round asks every flagged field).
MAX_ROUNDS: Final = 5


class _Skip:
    """An optional field left blank."""


SKIP: Final = _Skip()


def load(path: Path) -> dict[str, Any]:
    """The ``requestDetails`` in a JSON file: the registration body ``{"requestDetails":
    {"data": [...]}}`` (as in Sinch's docs), ``{"data": [...]}``, or just the list."""
    from sinch_numbers.orders._inputs import request_details

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CLIError(f"cannot read the registration file {path}: {exc}") from None
    if isinstance(raw, Mapping) and isinstance(raw.get("requestDetails"), Mapping):
        raw = raw["requestDetails"]
    return request_details(raw)


def ask(requirements: Requirements) -> dict[str, Any]:
    """Ask for every group of the registration, then for whatever the check flags."""
    _require_askable(requirements)
    console = stderr_console()
    console.print(
        f"[bold]Registration for {requirements.region_code} {requirements.number_type}[/bold] "
        f"({len(requirements.groups)} part(s); blank skips an optional field)",
        highlight=False,
    )
    data = []
    for group in requirements.groups:
        assert group.schema is not None
        label = group.title or f"part {group.index + 1}"
        data.append(_ask(console, group.schema, label, required=True))
    return complete(requirements, {"data": data})


def complete(requirements: Requirements, details: dict[str, Any]) -> dict[str, Any]:
    """Ask again for each field ``requirements.validate`` flags, until nothing is flagged."""
    from sinch_numbers.orders import RegistrationInvalidError

    violations = requirements.validate(details)
    if not violations:
        return details
    _require_askable(requirements)
    console = stderr_console()
    for _ in range(MAX_ROUNDS):
        if not violations:
            return details
        asked: list[tuple[int | str, ...]] = []
        for violation in violations:
            steps = _steps(violation.field)
            if steps is None:
                raise RegistrationInvalidError(violations)
            if any(steps[: len(done)] == done for done in asked):
                continue  # a part around it was asked again already
            asked.append(steps)
            console.print(f"[red]{violation}[/red]", highlight=False)
            _fix(console, requirements, details, steps, violation)
        violations = requirements.validate(details)
    if violations:
        raise RegistrationInvalidError(violations)
    return details


# -- asking -------------------------------------------------------------------------------


def _require_askable(requirements: Requirements) -> None:
    if not requirements.fields_understood or any(g.schema is None for g in requirements.groups):
        raise CLIError(
            "this region's requirements have parts this version cannot ask for; write the "
            "registration in a JSON file and pass --registration FILE (see `orders requirements`)"
        )


def _ask(console: Console, schema: Mapping[str, Any], label: str, *, required: bool) -> Any:
    """One value of ``schema``: an object field by field, a list entry by entry, or a leaf."""
    description = schema.get("description")
    if isinstance(schema.get("properties"), Mapping):
        console.print(f"[bold]{label}[/bold]", highlight=False)
        if isinstance(description, str):
            console.print(f"  {description}", style="dim", highlight=False)
        listed = schema.get("required")
        needed: list[Any] = listed if isinstance(listed, list) else []
        found: dict[str, Any] = {}
        for name, sub in schema["properties"].items():
            if not isinstance(sub, Mapping):
                continue
            value = _ask(console, sub, str(sub.get("title") or name), required=name in needed)
            if value is not SKIP:
                found[name] = value
        return found
    if schema.get("type") == "array" and isinstance(schema.get("items"), Mapping):
        return _ask_list(console, schema, label, required=required)
    return _ask_leaf(console, schema, label, required=required)


def _ask_list(console: Console, schema: Mapping[str, Any], label: str, *, required: bool) -> Any:
    from rich.prompt import Confirm

    least = schema.get("minItems", 1 if required else 0)
    most = schema.get("maxItems")
    entries: list[Any] = []
    while most is None or len(entries) < most:
        if len(entries) >= least and not Confirm.ask(
            f"Add {'another' if entries else 'an'} entry to {label}?",
            console=console,
            default=False,
        ):
            break
        entries.append(
            _ask(console, schema["items"], f"{label} #{len(entries) + 1}", required=True)
        )
    return entries if entries or required else SKIP


def _ask_leaf(console: Console, schema: Mapping[str, Any], label: str, *, required: bool) -> Any:
    from rich.prompt import Confirm, FloatPrompt, IntPrompt, Prompt

    hint = _hint(schema)
    question = f"{label}{' (optional)' if not required else ''}{hint}"
    if "const" in schema and not isinstance(schema["const"], bool):
        console.print(f"{label}: {schema['const']}", highlight=False)  # nothing to choose
        return schema["const"]
    choices = schema.get("enum")
    if isinstance(choices, list) and choices:
        for i, choice in enumerate(choices, 1):
            console.print(f"  {i}) {choice}", highlight=False)
        picked = Prompt.ask(
            question,
            console=console,
            choices=[str(i) for i in range(1, len(choices) + 1)] + ([] if required else [""]),
            show_choices=False,
        )
        return SKIP if picked == "" else choices[int(picked) - 1]
    kind = schema.get("type")
    if kind == "boolean" or "const" in schema:
        return Confirm.ask(question, console=console)
    if kind in ("integer", "number"):
        if required:
            return (IntPrompt if kind == "integer" else FloatPrompt).ask(question, console=console)
        text = Prompt.ask(question, console=console, default="", show_default=False)
        if text == "":
            return SKIP
        try:
            return int(text) if kind == "integer" else float(text)
        except ValueError:
            return text  # the check flags it, and it is asked again
    while True:
        text = Prompt.ask(question, console=console, default="", show_default=False)
        if text or not required:
            return text if text else SKIP
        console.print("required: please type a value", style="red", highlight=False)


def _hint(schema: Mapping[str, Any]) -> str:
    parts = []
    if isinstance(schema.get("maxLength"), int):
        parts.append(f"at most {schema['maxLength']} characters")
    if isinstance(schema.get("pattern"), str):
        parts.append(f"format {schema['pattern']}")
    for key, sign in (("minimum", ">="), ("maximum", "<=")):
        if isinstance(schema.get(key), int | float):
            parts.append(f"{sign} {schema[key]}")
    return f" [dim]({'; '.join(parts)})[/dim]" if parts else ""


# -- fixing flagged fields ----------------------------------------------------------------


def _steps(field: str) -> tuple[int | str, ...] | None:
    """``requestDetails.data[1].city`` -> ``(1, "city")``; None for a path elsewhere."""
    if not field.startswith(DATA):
        return None
    rest = field[len(DATA) :]
    steps: list[int | str] = []
    position = 0
    for match in _STEP.finditer(rest):
        if match.start() != position:
            return None
        steps.append(int(match.group(1)) if match.group(1) is not None else match.group(2))
        position = match.end()
    return tuple(steps) if position == len(rest) else None


def _schema_at(requirements: Requirements, steps: Sequence[int | str]) -> Mapping[str, Any] | None:
    if not steps or not isinstance(steps[0], int) or steps[0] >= len(requirements.groups):
        return None
    schema: Any = requirements.groups[steps[0]].schema
    for step in steps[1:]:
        if not isinstance(schema, Mapping):
            return None
        if isinstance(step, int):
            prefix = schema.get("prefixItems")
            schema = (
                prefix[step]
                if isinstance(prefix, list) and step < len(prefix)
                else schema.get("items")
            )
        else:
            properties = schema.get("properties")
            schema = properties.get(step) if isinstance(properties, Mapping) else None
    return schema if isinstance(schema, Mapping) else None


def _fix(
    console: Console,
    requirements: Requirements,
    details: dict[str, Any],
    steps: tuple[int | str, ...],
    violation: Violation,
) -> None:
    from sinch_numbers.orders import RegistrationInvalidError

    data = details.setdefault("data", [])
    if not isinstance(data, list):
        raise RegistrationInvalidError([violation])
    if not steps:  # the number of groups is wrong: ask for the missing ones
        if len(data) > len(requirements.groups):
            raise RegistrationInvalidError([violation])
        for group in requirements.groups[len(data) :]:
            assert group.schema is not None
            data.append(
                _ask(console, group.schema, group.title or f"part {group.index + 1}", required=True)
            )
        return
    schema = _schema_at(requirements, steps)
    if schema is None:
        raise RegistrationInvalidError([violation])
    label = str(schema.get("title") or steps[-1])
    _put(data, steps, _ask(console, schema, label, required=True))


def _put(container: Any, steps: Sequence[int | str], value: Any) -> None:
    """Set ``value`` at ``steps`` inside ``container``, making the lists and objects on the way."""
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        following: Any = {} if last or isinstance(steps[i + 1], str) else []
        if isinstance(step, int):
            if not isinstance(container, list):
                raise CLIError(f"the registration has no list where {DATA}{steps} needs one")
            while len(container) <= step:
                container.append(following)
            if last:
                container[step] = value
            elif not isinstance(container[step], dict | list):
                container[step] = following
            container = container[step]
        else:
            if not isinstance(container, dict):
                raise CLIError(f"the registration has no object where {DATA}{steps} needs one")
            if last:
                container[step] = value
            else:
                container = container.setdefault(step, following)
