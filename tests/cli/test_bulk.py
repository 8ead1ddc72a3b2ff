"""``sinch-numbers bulk``: input from a file or a filter, journal and resume, dry runs,
confirmation, exit codes, and ``bulk status``."""

from __future__ import annotations

import json
from pathlib import Path

from sinch_numbers.sandbox import Sandbox

from .conftest import Cli

UPDATE = "NumberService_UpdateActiveNumber"
RELEASE = "NumberService_ReleaseNumber"


def numbers_file(tmp_path: Path, numbers: list[str]) -> str:
    path = tmp_path / "numbers.txt"
    path.write_text("# the fleet\n" + "\n".join(numbers) + "\n\n")
    return str(path)


def test_update_from_a_file_with_a_journal_then_status(
    cli: Cli, sb: Sandbox, tmp_path: Path
) -> None:
    numbers = sb.seed_active(12)
    journal = str(tmp_path / "run.db")
    source = numbers_file(tmp_path, numbers)
    args = (
        "bulk",
        "update",
        "--display-name",
        "fleet",
        "--from-file",
        source,
        "--journal",
        journal,
    )
    result = cli(*args, "--yes")
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["summary"] == {"done": 12, "failed": 0, "skipped": 0, "unknown": 0, "pending": 0}
    assert [r["status"] for r in body["results"]] == ["done"] * 12
    assert {n["displayName"] for n in sb.state.active_numbers()} == {"fleet"}

    again = cli(*args, "--yes")  # the same command resumes: nothing left to send
    assert again.exit_code == 0 and json.loads(again.stdout)["requests"] == 0
    assert sb.requests.count(route=UPDATE) == 12

    status = cli("bulk", "status", "--journal", journal)
    assert status.exit_code == 0, status.output
    recorded = json.loads(status.stdout)
    assert recorded["operation"] == "update" and recorded["summary"]["done"] == 12


def test_release_by_filter_needs_yes_without_a_terminal(
    cli: Cli, sb: Sandbox, tmp_path: Path
) -> None:
    numbers = sb.seed_active(5)
    journal = str(tmp_path / "run.db")
    refused = cli("bulk", "release", "--filter-pattern", "+1206", "--journal", journal)
    assert refused.exit_code == 2
    assert "pass --yes" in refused.stderr
    assert sb.requests.count(route=RELEASE) == 0
    done = cli("bulk", "release", "--filter-pattern", "+1206", "--journal", journal, "--yes")
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["summary"]["done"] == 1  # one seeded number is in 206
    assert sb.requests.per_number(RELEASE) == {numbers[0]: 1}


def test_dry_run_relink_sms_writes_nothing_and_shows_changes(
    cli: Cli, sb: Sandbox, tmp_path: Path
) -> None:
    numbers = sb.seed_active(4, service_plan_id="plan-old")
    result = cli(
        "--table", "bulk", "relink-sms", "--service-plan-id", "plan-new", "--filter-region",
        "us", "--dry-run",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "would_change" in result.stdout and "plan plan-old -> plan plan-new" in result.stdout
    assert "relink_sms: 4 would change, 0 unchanged, 0 failed" in result.stdout
    assert sb.requests.count(method="PATCH") == 0
    assert {n["smsConfiguration"]["servicePlanId"] for n in sb.state.active_numbers()} == {
        "plan-old"
    }
    assert len(numbers) == 4


def test_relink_sms_and_voice(cli: Cli, sb: Sandbox, tmp_path: Path) -> None:
    numbers = sb.seed_active(3, service_plan_id="plan-old")
    source = numbers_file(tmp_path, numbers)
    sms = cli(
        "bulk", "relink-sms", "--service-plan-id", "plan-new", "--from-file", source,
        "--journal", str(tmp_path / "sms.db"), "--poll-interval", "0.02", "--yes",
    )  # fmt: skip
    assert sms.exit_code == 0, sms.output
    voice = cli(
        "bulk", "relink-voice", "--app-id", "app-new", "--from-file", source,
        "--journal", str(tmp_path / "voice.db"), "--poll-interval", "0.02", "--yes",
    )  # fmt: skip
    assert voice.exit_code == 0, voice.output
    for n in sb.state.active_numbers():
        assert n["smsConfiguration"] == {"servicePlanId": "plan-new"}
        assert n["voiceConfiguration"]["appId"] == "app-new"


def test_failures_set_the_exit_code(cli: Cli, sb: Sandbox, tmp_path: Path) -> None:
    numbers = sb.seed_active(2)
    source = numbers_file(tmp_path, [*numbers, "+12069999999"])
    failed = cli(
        "--table", "bulk", "update", "--display-name", "x", "--from-file", source,
        "--journal", str(tmp_path / "run.db"), "--yes",
    )  # fmt: skip
    assert failed.exit_code == 1
    assert "+12069999999" in failed.stdout and "not an active number" in failed.stdout
    assert "update: 2 done, 1 failed, 0 skipped, 0 unknown" in failed.stdout

    sb.faults.inject(503, route=RELEASE)
    unknown = cli(
        "bulk", "release", "--from-file", numbers_file(tmp_path, numbers[:1]),
        "--journal", str(tmp_path / "release.db"), "--yes",
    )  # fmt: skip
    assert unknown.exit_code == 5  # outcome unknown: check, then retry


def test_bad_usage_sends_nothing(cli: Cli, sb: Sandbox, tmp_path: Path) -> None:
    numbers = numbers_file(tmp_path, ["+12065550100", "not-a-number"])
    cases = [
        ("bulk", "release", "--journal", "x.db", "--yes"),  # no numbers
        ("bulk", "release", "--from-file", numbers, "--filter-region", "US", "--journal", "x"),
        ("bulk", "release", "--from-file", numbers, "--yes"),  # no journal
        ("bulk", "update", "--from-file", numbers, "--journal", "x.db", "--yes"),  # no field
        ("bulk", "relink-sms", "--from-file", numbers, "--journal", "x.db", "--yes"),
        ("bulk", "update", "--display-name", "a", "--from-file", numbers, "--journal",
         str(tmp_path / "j.db"), "--yes"),  # not E.164
        ("bulk", "status", "--journal", str(tmp_path / "missing.db")),
    ]  # fmt: skip
    for args in cases:
        result = cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.startswith("error: ")
    assert [e for e in sb.requests.entries() if e.route != "OAuth2Token"] == []
