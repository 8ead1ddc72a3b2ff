"""``examples/order_au_mobile.py`` runs as documented: ``python examples/order_au_mobile.py``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_example_buys_a_number_from_its_own_sandbox() -> None:
    pytest.importorskip("starlette")
    done = subprocess.run(
        [sys.executable, "examples/order_au_mobile.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "registration is invalid (checked locally, nothing was sent)" in done.stdout
    assert "Order is COMPLETED" in done.stdout
    assert "Bought +61" in done.stdout
