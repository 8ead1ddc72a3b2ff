"""Fresh regenerations shared by the whole test run, across pytest-xdist workers.

``scripts/regenerate`` takes seconds per spec, and several test modules need the same fresh
tree (the cross-version matrix, the determinism check). :func:`regenerated` makes each one
once per run: the first worker to ask builds it under a file lock in the run's shared
temporary directory, the others wait for it and reuse it. A failed build is not cached.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DONE = ".complete"


def shared_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run's temporary directory that every xdist worker sees (their basetemps' parent)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def regenerated(
    tmp_path_factory: pytest.TempPathFactory, spec: Path, *, hash_seed: str = "1"
) -> Path:
    """A directory with ``generated/`` and ``facade/`` regenerated from ``spec`` with
    ``PYTHONHASHSEED=hash_seed``; built once per test run. Raises ``pytest.fail`` with the
    generator's output when it fails."""
    digest = hashlib.sha256(spec.read_bytes()).hexdigest()[:16]
    home = shared_dir(tmp_path_factory) / "regenerated"
    home.mkdir(exist_ok=True)
    out = home / f"{digest}-seed{hash_seed}"
    with (home / f"{out.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if (out / DONE).exists():
            return out
        shutil.rmtree(out, ignore_errors=True)
        command = [
            sys.executable,
            str(ROOT / "scripts" / "regenerate"),
            "--spec", str(spec),
            "--output", str(out / "generated"),
            "--facade-dir", str(out / "facade"),
        ]  # fmt: skip
        proc = subprocess.run(
            command,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if proc.returncode != 0:
            pytest.fail(f"regenerate {spec.name} failed:\n{proc.stdout}{proc.stderr}")
        (out / DONE).touch()
    return out
