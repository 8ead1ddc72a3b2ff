"""Does the sandbox start on the updated checkout, and which operations can it not serve?

Runs ``python -m sinch_numbers.sandbox --port 0`` with the checkout's ``overlay/`` and
``generated/`` first on ``PYTHONPATH`` (so it serves the newly pinned spec), waits for its
one ``sandbox listening on URL`` line, asks ``GET /_sandbox/health`` and stops it. An operation
without a handler answers 501 there and is listed; a sandbox that does not start at all is a
finding of the update (every sandbox-based test would fail).
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

__all__ = ["STARTUP_TIMEOUT", "check_sandbox"]

STARTUP_TIMEOUT = 60.0
_PREFIX = "sandbox listening on "


def _env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    paths = [str(root / "overlay"), str(root / "generated")]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _first_line(proc: subprocess.Popen[str], timeout: float) -> str | None:
    assert proc.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if selector.select(timeout=max(0.0, deadline - time.monotonic())):
                return proc.stdout.readline()
            if proc.poll() is not None:
                return None
    return None


def check_sandbox(root: Path, timeout: float = STARTUP_TIMEOUT) -> dict[str, Any]:
    """``{"started": bool, "unhandled_operations": [...], "spec_version", "detail"}``."""
    root = Path(root).resolve()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sinch_numbers.sandbox", "--port", "0", "--log-level", "error"],
        cwd=root,
        env=_env(root),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = _first_line(proc, timeout) or ""
        if not line.startswith(_PREFIX):
            proc.kill()
            _, err = proc.communicate(timeout=10)
            tail = " / ".join((err or line or "no output").strip().splitlines()[-3:])
            return {"started": False, "unhandled_operations": [], "detail": tail}
        url = line[len(_PREFIX) :].strip()
        with httpx.Client(trust_env=False, timeout=10) as http:  # loopback: never a proxy
            health = http.get(f"{url}/_sandbox/health").raise_for_status().json()
        return {
            "started": True,
            "unhandled_operations": sorted(health.get("unhandledOperations") or []),
            "spec_version": health.get("specVersion"),
            "detail": f"served {health.get('specVersion')} on {url}",
        }
    except (OSError, ValueError, httpx.HTTPError) as exc:
        return {"started": False, "unhandled_operations": [], "detail": f"{exc}"}
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
