"""Run a subprocess as if the ``sandbox`` extra were not installed.

A ``sitecustomize`` on ``PYTHONPATH`` makes starlette, uvicorn and python-multipart
unimportable (``find_spec`` raises, as for an absent module); pyyaml stays, since pytest
plugins such as pytest-recording need it. Everything else is the real installation.
"""

from __future__ import annotations

import os
from pathlib import Path

BLOCKED = ("starlette", "uvicorn", "python_multipart", "multipart")


def _sitecustomize(blocked: tuple[str, ...]) -> str:
    return f"""
import importlib.abc
import sys

class _NoSandboxExtra(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {blocked!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None

sys.meta_path.insert(0, _NoSandboxExtra())
"""


def env_without_sandbox_extra(
    directory: Path, blocked: tuple[str, ...] = BLOCKED
) -> dict[str, str]:
    """``os.environ`` plus a ``PYTHONPATH`` entry that hides the extra's packages (or the
    top-level modules ``blocked`` names: ``("mcp",)`` for the ``mcp`` extra)."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "sitecustomize.py").write_text(_sitecustomize(blocked), "utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(directory), env.get("PYTHONPATH")]))
    return env
