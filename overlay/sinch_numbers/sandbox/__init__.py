"""A stateful local Numbers API for tests, docs and offline development.

``with Sandbox() as sb:`` serves every operation of the pinned
``numbers.yaml`` on loopback; see ``docs/sandbox.md``. This subpackage needs
the ``sandbox`` extra (starlette, uvicorn, python-multipart, pyyaml).
"""

from __future__ import annotations

from sinch_numbers._project import require_sandbox_extra

require_sandbox_extra()  # one clear line instead of an ImportError deep inside starlette

from .config import (  # noqa: E402
    DEFAULT_KEY_ID,
    DEFAULT_KEY_SECRET,
    DEFAULT_PROJECT_ID,
    SandboxConfig,
)
from .faults import FaultRule, Faults  # noqa: E402
from .server import Sandbox  # noqa: E402
from .state import CallbackRecord, SandboxState  # noqa: E402

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
