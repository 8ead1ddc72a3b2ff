"""The shared services every operation works with."""

from __future__ import annotations

from dataclasses import dataclass

from .clock import Clock
from .config import SandboxConfig
from .inventory import Inventory
from .store import Store


@dataclass(frozen=True, slots=True)
class Backend:
    config: SandboxConfig
    clock: Clock
    store: Store
    inventory: Inventory
