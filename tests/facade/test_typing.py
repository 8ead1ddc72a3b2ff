"""``mypy --strict`` accepts the facade as users write it (typing_sample.py) and catches misuse."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = Path(__file__).with_name("typing_sample.py")

# Each line marked "# E: <code>" must get exactly that mypy error; no other line any.
MISUSE = """\
from typing import assert_type

from sinch_numbers_api.models.available_number import AvailableNumber

from sinch_numbers import NumbersClient

client = NumbersClient()
PHONE = "+12065550100"
assert_type(client.active_numbers.get("+12065550100"), AvailableNumber)  # E: assert-type
client.active_numbers.get(12065550100)  # E: arg-type
client.active_numbers.update("+12065550100", display_name=5)  # E: arg-type
client.available_numbers.search(region_code="US")  # E: call-arg
client.active_numbers.list(region_code="US").iter_pages().total_size  # E: attr-defined
client.with_options(timeout=1).no_such_resource  # E: attr-defined
client.active_numbers.with_raw_response.get(12065550100)  # E: arg-type
client.active_numbers.with_raw_response.get(PHONE).parse().no_such_field  # E: attr-defined
client.active_numbers.with_raw_response.list().parse().active_numbers_typo  # E: attr-defined
"""


def test_mypy_strict(tmp_path: Path) -> None:
    misuse = tmp_path / "misuse.py"
    misuse.write_text(MISUSE, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--show-error-codes",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(SAMPLE),
            str(misuse),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,  # pyproject.toml's [tool.mypy] puts generated/ and overlay/ on the path
        timeout=300,
    )
    errors = re.findall(r"^(.+?):(\d+): error: .*\[([\w-]+)\]$", done.stdout, re.MULTILINE)
    in_sample = [e for e in errors if Path(e[0]).name == SAMPLE.name]
    assert in_sample == [], done.stdout
    expected = {
        (number, match.group(1))
        for number, line in enumerate(MISUSE.splitlines(), start=1)
        if (match := re.search(r"# E: ([\w-]+)", line))
    }
    found = {(int(line), code) for path, line, code in errors if Path(path).name == misuse.name}
    assert found == expected, done.stdout + done.stderr
    assert done.returncode == 1
