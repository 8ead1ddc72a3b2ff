"""``python -m sinch_numbers.sandbox``: the start line, serving, clean stop."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from sinch_numbers.sandbox.__main__ import main


def test_cli_prints_one_line_and_serves(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sinch_numbers.sandbox",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--db",
            str(tmp_path / "cli.sqlite3"),
            "--fault",
            "status=503,count=1,route=NumberService_ListAvailableRegions",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.fullmatch(r"sandbox listening on (http://127\.0\.0\.1:(\d+))\n", line)
        assert match, line
        assert int(match.group(2)) > 0
        base = match.group(1)
        with httpx.Client(
            base_url=f"{base}/v1/projects/sandbox-project",
            auth=("sandbox-key-id", "sandbox-key-secret"),
            trust_env=False,
            timeout=5,
        ) as api:
            assert api.get("/availableRegions").status_code == 503
            assert api.get("/availableRegions").status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert out == ""  # exactly one line in total
    assert "sandbox-key-secret" not in err


def test_cli_rejects_bad_fault_spec(capsys: object) -> None:
    assert main(["--port", "0", "--fault", "status=200"]) == 2
