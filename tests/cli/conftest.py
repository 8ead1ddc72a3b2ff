"""Fixtures for the CLI tests: one sandbox on loopback (reset before each test), the CLI in
process (Typer's CliRunner) and as the installed console script (a subprocess), both pointed
at the sandbox through the environment variables users set."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from sinch_numbers.cli._app import app
from sinch_numbers.sandbox import Sandbox

REPO = Path(__file__).resolve().parents[2]
#: The console script that `pip install '.[cli]'` put beside this interpreter.
SCRIPT = Path(sys.executable).parent / "sinch-numbers"
#: Variables that would point the CLI somewhere else, cleared for every run.
CLEARED = (
    "SINCH_PROJECT_ID",
    "SINCH_KEY_ID",
    "SINCH_KEY_SECRET",
    "SINCH_NUMBERS_BASE_URL",
    "SINCH_NUMBERS_AUTH_URL",
    "SINCH_NUMBERS_AUTH",
    "SINCH_NUMBERS_HMAC_SECRET",
    "SINCH_NUMBERS_LOG",
)


@pytest.fixture(scope="session")
def shared_sandbox() -> Iterator[Sandbox]:
    with Sandbox(review_delay=0.2, provisioning_delay=0.05, tick=0.01) as sb:
        yield sb


@pytest.fixture
def sb(shared_sandbox: Sandbox) -> Sandbox:
    shared_sandbox.reset()
    return shared_sandbox


def sandbox_env(sb: Sandbox) -> dict[str, str]:
    return {
        "SINCH_PROJECT_ID": sb.project_id,
        "SINCH_KEY_ID": sb.key_id,
        "SINCH_KEY_SECRET": sb.key_secret,
        "SINCH_NUMBERS_BASE_URL": sb.base_url,
        "SINCH_NUMBERS_AUTH_URL": sb.auth_url,
    }


@dataclass
class Cli:
    """``cli("active", "list", "--json")``: the app in process, against the sandbox."""

    env: dict[str, str | None]

    def __call__(self, *args: str, input: str | bytes | None = None) -> Result:
        result = CliRunner().invoke(app, list(args), input=input, env=self.env)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception  # a bug, not an exit code: show its traceback
        return result


@pytest.fixture
def cli(sb: Sandbox) -> Cli:
    return Cli({**dict.fromkeys(CLEARED), **sandbox_env(sb)})


@pytest.fixture
def bare_cli() -> Cli:
    """The app with no credentials or endpoints in the environment."""
    return Cli(dict.fromkeys(CLEARED))


@dataclass
class Script:
    """``script("active", "list")``: the installed console script, in a subprocess."""

    env: dict[str, str]
    cwd: Path

    def __call__(
        self, *args: str, input: bytes | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(SCRIPT), *args],
            input=input.decode() if input is not None else None,
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.cwd,
            timeout=timeout,
            check=False,
        )

    def popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [str(SCRIPT), *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.env,
            cwd=self.cwd,
        )


def clean_env(extra: Mapping[str, str] = {}) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    env.update(extra)
    env.pop("COLUMNS", None)
    return env


@pytest.fixture
def script(sb: Sandbox, tmp_path: Path) -> Script:
    assert SCRIPT.exists(), f"{SCRIPT} is missing: install the project (make install)"
    return Script(clean_env(sandbox_env(sb)), tmp_path)


def lines_of_json(text: str) -> list[Any]:
    import json

    return [json.loads(line) for line in text.splitlines() if line.strip()]


def first_available(sb: Sandbox, region: str = "US", kind: str = "LOCAL") -> str:
    """A number on sale in the sandbox, read through its own API (no CLI involved)."""
    from sinch_numbers import NumbersClient

    with NumbersClient(
        sb.project_id, sb.key_id, sb.key_secret, base_url=sb.base_url, auth_url=sb.auth_url
    ) as client:
        found = client.available_numbers.search(region_code=region, type=kind, size=1)
        return str(found.available_numbers[0].phone_number)


def args(*parts: str | Sequence[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        out.extend([part] if isinstance(part, str) else part)
    return out
