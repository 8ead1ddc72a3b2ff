"""How fast does ``sinch-numbers`` start? Run: python tests/bench/bench_cli.py [--quick]

Whole processes, as a user runs them: ``sinch-numbers --help`` and ``sinch-numbers --json
regions list`` against a sandbox on loopback (started here, once, in a separate process),
next to ``python -c "import httpx"`` and an empty interpreter. Medians of interleaved runs
(machine drift hits every case alike); ratios are against ``import httpx`` in the same run.

Also printed: what the CLI adds to ``import sinch_numbers`` (the package it lives in, which
any command needs): Typer, the group modules (``--help`` loads all of them, a command only
its own), and for ``--help`` Typer's Rich help. Each command imports what it uses (the
generated models, the sandbox, Rich tables) only when it runs.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "sinch-numbers"


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{command} failed: {done.stderr.decode()}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    rounds = 5 if parser.parse_args().quick else 15
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "sinch_numbers.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert sandbox.stdout is not None
        found = re.search(r"http://\S+", sandbox.stdout.readline())
        assert found, "the sandbox did not start"
        env = {
            **os.environ,
            "SINCH_PROJECT_ID": "sandbox-project",
            "SINCH_KEY_ID": "sandbox-key-id",
            "SINCH_KEY_SECRET": "sandbox-key-secret",
            "SINCH_NUMBERS_BASE_URL": found.group(0),
            "SINCH_NUMBERS_AUTH_URL": found.group(0) + "/oauth2/token",
        }
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            'python -c "import httpx"': [sys.executable, "-c", "import httpx"],
            'python -c "import sinch_numbers"': [sys.executable, "-c", "import sinch_numbers"],
            "sinch-numbers --version": [str(SCRIPT), "--version"],
            "sinch-numbers --help": [str(SCRIPT), "--help"],
            "sinch-numbers --json regions list": [str(SCRIPT), "--json", "regions", "list"],
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for command in cases.values():  # warm the file cache and bytecode once
            timed(command, env)
        for _ in range(rounds):
            for name, command in cases.items():
                times[name].append(timed(command, env))
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)
    medians = {name: statistics.median(values) for name, values in times.items()}
    baseline = medians['python -c "import httpx"']
    print(f"whole-process wall time, median of {rounds} interleaved runs:")
    for name, value in medians.items():
        print(f"  {name:<36} {value * 1000:7.0f} ms  {value / baseline:.2f}x import httpx")
    library = medians['python -c "import sinch_numbers"']
    for name in ("sinch-numbers --version", "sinch-numbers --help"):
        extra = (medians[name] - library) / baseline
        print(f"  {name} over import sinch_numbers: {extra:.2f}x import httpx")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
