"""Printing results: the API's JSON (``--json``, the default off a terminal), one object per
line (``--jsonl``), or a Rich table on a terminal. Results go to stdout, everything else to
stderr, so ``sinch-numbers ... | jq`` always sees clean JSON.

Commands hand over the API's JSON (``model.to_dict()``: camelCase, unknown fields kept), so
what is printed is what Sinch sent, whatever the mode.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["Column", "Output", "cell", "stderr_console", "stdout_console"]

Mode: TypeAlias = Literal["table", "json", "jsonl"]
Getter: TypeAlias = "str | Callable[[Mapping[str, Any]], Any]"


def stdout_console() -> Console:
    from rich.console import Console

    return Console(soft_wrap=False)


def stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: ``value`` is a dotted path into the object (``money.amount``) or a
    function of it."""

    header: str
    value: Getter
    #: Keep the cell on one line (phone numbers, IDs): other columns wrap instead.
    no_wrap: bool = False

    def of(self, item: Mapping[str, Any]) -> Any:
        if callable(self.value):
            return self.value(item)
        return dig(item, self.value)


def dig(item: Mapping[str, Any], path: str) -> Any:
    found: Any = item
    for part in path.split("."):
        found = found.get(part) if isinstance(found, Mapping) else None
    return found


def cell(value: Any) -> str:
    """A JSON value as table text: prices as ``2.00 USD``, lists joined, booleans yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Mapping):
        if _is_money(value):
            return f"{value['amount']} {value['currencyCode']}"
        return ", ".join(f"{k}={cell(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(cell(v) for v in value)
    return str(value)


def _is_money(value: Mapping[str, Any]) -> bool:
    return "amount" in value and "currencyCode" in value


def flatten(data: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """``(dotted.key, text)`` rows of a JSON object, nested objects and lists spelled out."""
    for key, value in data.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, Mapping) and value and not _is_money(value):
            yield from flatten(value, name)
        elif isinstance(value, list) and any(isinstance(v, Mapping) for v in value):
            for i, item in enumerate(value):
                if isinstance(item, Mapping):
                    yield from flatten(item, f"{name}[{i}]")
                else:
                    yield f"{name}[{i}]", cell(item)
        else:
            yield name, cell(value)


class Output:
    """Where and how one command prints its result."""

    def __init__(self, mode: Mode) -> None:
        self.mode: Mode = mode

    @classmethod
    def choose(cls, *, json: bool, jsonl: bool, table: bool) -> Output:
        if jsonl:
            return cls("jsonl")
        if json:
            return cls("json")
        if table or sys.stdout.isatty():
            return cls("table")
        return cls("json")

    # -- one object -------------------------------------------------------------------------

    def show(self, data: Mapping[str, Any], *, title: str | None = None) -> None:
        """One API object: as JSON, or a field/value table."""
        if self.mode != "table":
            self._json(data)
            return
        from rich.table import Table
        from rich.text import Text

        table = Table(title=title, show_header=False, title_justify="left", title_style="bold")
        table.add_column("field", style="cyan", no_wrap=True)
        table.add_column("value", overflow="fold")
        for key, text in flatten(data):
            table.add_row(key, Text(text))
        stdout_console().print(table)

    def lines(self, text: str) -> None:
        """Plain text for the table mode (a summary, a hint) on stdout."""
        from rich.text import Text

        stdout_console().print(Text(text), soft_wrap=True)  # one line stays one line

    # -- lists ------------------------------------------------------------------------------

    def show_list(
        self,
        items: Iterable[Mapping[str, Any]],
        columns: Sequence[Column],
        *,
        key: str,
        extra: Callable[[], Mapping[str, Any]] = dict,
        title: str | None = None,
    ) -> int:
        """A list: ``{key: [...], **extra()}`` as JSON, one item per line, or a table.

        ``items`` is consumed lazily: with ``--jsonl`` each item is printed as it arrives.
        ``extra`` is called after the items (for ``totalSize``). Returns the item count.
        """
        if self.mode == "jsonl":
            count = 0
            for item in items:
                self._json(item)
                count += 1
            return count
        collected = list(items)
        if self.mode == "json":
            self._json({key: collected, **extra()})
            return len(collected)
        from rich import box
        from rich.table import Table
        from rich.text import Text

        table = Table(
            title=title,
            title_justify="left",
            title_style="bold",
            box=box.SIMPLE_HEAD,
            show_edge=False,
        )
        for column in columns:
            table.add_column(column.header, overflow="fold", no_wrap=column.no_wrap)
        for item in collected:
            table.add_row(*(Text(cell(column.of(item))) for column in columns))
        console = stdout_console()
        if collected:
            console.print(table)
        else:
            console.print("(none)", style="dim")
        return len(collected)

    # -- raw --------------------------------------------------------------------------------

    def _json(self, data: Any) -> None:
        if self.mode == "jsonl":
            self.json_line(data)
            return
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()

    def json(self, data: Any) -> None:
        """Print ``data`` as JSON whatever the mode (for commands whose result is JSON)."""
        self._json(data)

    def json_line(self, data: Any) -> None:
        """Print ``data`` as one line of JSON (an item of a stream)."""
        sys.stdout.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
        sys.stdout.flush()
