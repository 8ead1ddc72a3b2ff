"""One line per goal of the speed issue, in the form ``scripts/bench`` gathers into its table.

GOAL | <figure> | <measured> | <goal> | OK or MISSED
"""

from __future__ import annotations


def goal(figure: str, value: float, limit: float, unit: str = "x", higher: bool = False) -> str:
    """The goal line for ``value`` against ``limit`` (at most, or with ``higher`` at least)."""
    met = value >= limit if higher else value <= limit
    shown = f"{value:.2f}{unit}" if unit == "x" else f"{value:.2f} {unit}"
    bound = f"{'>=' if higher else '<='} {limit:.2f}{unit if unit == 'x' else ' ' + unit}"
    line = f"GOAL | {figure} | {shown} | {bound} | {'OK' if met else 'MISSED'}"
    print(line, flush=True)
    return line
