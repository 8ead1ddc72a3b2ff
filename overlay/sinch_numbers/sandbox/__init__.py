"""A stateful local Numbers API for tests, docs and offline development.

``with Sandbox() as sb:`` serves every operation of the pinned
``numbers.yaml`` on loopback; see ``docs/sandbox.md``. This subpackage needs
the ``sandbox`` extra (starlette, uvicorn, python-multipart, pyyaml).
"""

from __future__ import annotations

from .config import DEFAULT_KEY_ID, DEFAULT_KEY_SECRET, DEFAULT_PROJECT_ID, SandboxConfig
from .faults import FaultRule, Faults
from .server import Sandbox
from .state import CallbackRecord, SandboxState

__all__ = [
    "DEFAULT_KEY_ID",
    "DEFAULT_KEY_SECRET",
    "DEFAULT_PROJECT_ID",
    "CallbackRecord",
    "FaultRule",
    "Faults",
    "Sandbox",
    "SandboxConfig",
    "SandboxState",
]
