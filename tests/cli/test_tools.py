"""The root command (help, version, completion, python -m), and the webhooks, sandbox and
spec groups in process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sinch_numbers.cli._app import GROUPS
from sinch_numbers.cli.sandbox import build_event
from sinch_numbers.webhooks import parse_event, sign

from .conftest import REPO, Cli, clean_env

SECRET = "whsec-0123456789-abcdefghijklmnopqrstuv"


# -- root ---------------------------------------------------------------------------------


def test_help_lists_every_group_and_the_exit_codes(bare_cli: Cli) -> None:
    result = bare_cli("--help")
    assert result.exit_code == 0
    for name in GROUPS:
        assert name in result.stdout
    for code in ("2 usage error", "3 API error 4xx", "4 API error 5xx", "5 outcome unknown"):
        assert code in " ".join(result.stdout.split())
    assert "$SINCH_PROJECT_ID" in result.stdout and "$SINCH_NUMBERS_AUTH" in result.stdout


@pytest.mark.parametrize("group", GROUPS)
def test_every_group_has_help(bare_cli: Cli, group: str) -> None:
    result = bare_cli(group, "--help")
    assert result.exit_code == 0, result.output
    # `mcp` is the command itself (the server), with options and no subcommands
    assert ("--allow-writes" if group == "mcp" else "Commands") in result.stdout


def test_version(bare_cli: Cli) -> None:
    from sinch_numbers import __version__

    assert bare_cli("--version").stdout == f"sinch-numbers {__version__}\n"


def test_shell_completion_is_typers_own(bare_cli: Cli) -> None:
    result = bare_cli("--show-completion", "bash")
    assert result.exit_code == 0
    assert "_SINCH_NUMBERS_COMPLETE" in result.stdout


def test_completion_offers_the_api_values() -> None:
    env = clean_env(
        {
            "_SINCH_NUMBERS_COMPLETE": "complete_bash",
            "COMP_WORDS": "sinch-numbers available search --type T",
            "COMP_CWORD": "4",
        }
    )
    script = shutil.which("sinch-numbers", path=str(Path(sys.executable).parent))
    assert script is not None
    done = subprocess.run([script], capture_output=True, text=True, env=env, check=False)
    assert "TOLL_FREE" in done.stdout


def test_unknown_command_is_a_usage_error(bare_cli: Cli) -> None:
    assert bare_cli("buy").exit_code == 2


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sinch_numbers", "--help"],
        capture_output=True,
        text=True,
        env=clean_env(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Usage: sinch-numbers [OPTIONS] COMMAND" in done.stdout
    assert "orders" in done.stdout


# -- webhooks verify ----------------------------------------------------------------------


def event_body() -> bytes:
    event = build_event("NUMBER_ORDER_PROCESSING", project_id="p-1", status="COMPLETED")
    return json.dumps(event, separators=(",", ":")).encode()


def test_verify_valid_and_invalid_signatures(bare_cli: Cli) -> None:
    body = event_body()
    good = bare_cli(
        "webhooks", "verify", "--secret", SECRET, "--signature", sign(body, SECRET), input=body
    )
    assert good.exit_code == 0, good.output
    shown = json.loads(good.stdout)
    assert shown["valid"] is True and shown["event"]["eventType"] == "NUMBER_ORDER_PROCESSING"
    bad = bare_cli(
        "webhooks",
        "verify",
        "--secret",
        "other-secret",
        "--signature",
        sign(body, SECRET),
        input=body,
    )
    assert bad.exit_code == 1
    assert json.loads(bad.stdout) == {
        "valid": False,
        "reason": "mismatch",
        "error": "X-Sinch-Signature does not match the body",
    }
    tampered = body.replace(b"COMPLETED", b"REJECTED")
    assert (
        bare_cli(
            "webhooks",
            "verify",
            "--secret",
            SECRET,
            "--signature",
            sign(body, SECRET),
            input=tampered,
        ).exit_code
        == 1
    )


def test_verify_reads_headers_files_and_rotated_secrets(bare_cli: Cli, tmp_path: Path) -> None:
    body = event_body()
    dump = tmp_path / "headers.txt"  # as curl -D writes them
    dump.write_text(
        "POST /callbacks HTTP/1.1\nHost: 127.0.0.1:8000\n"
        f"X-Sinch-Signature: {sign(body, SECRET)}\n\n"
    )
    rotated = bare_cli(
        "--table",
        "webhooks",
        "verify",
        "--secret",
        "old-secret",
        "--secret",
        SECRET,
        "--headers",
        str(dump),
        input=body,
    )
    assert rotated.exit_code == 0, rotated.output
    assert rotated.stdout.startswith("valid: NUMBER_ORDER NUMBER_ORDER_PROCESSING COMPLETED")
    as_json = tmp_path / "headers.json"
    as_json.write_text(json.dumps({"x-sinch-signature": sign(body, SECRET)}))
    assert (
        bare_cli(
            "webhooks", "verify", "--secret", SECRET, "--headers", str(as_json), input=body
        ).exit_code
        == 0
    )
    missing = tmp_path / "none.txt"
    missing.write_text("Host: x\n")
    result = bare_cli(
        "--table", "webhooks", "verify", "--secret", SECRET, "--headers", str(missing), input=body
    )
    assert result.exit_code == 1 and "no X-Sinch-Signature header" in result.stderr


def test_verify_secret_from_the_environment_and_usage(bare_cli: Cli) -> None:
    body = event_body()
    env_cli = Cli({**bare_cli.env, "SINCH_NUMBERS_HMAC_SECRET": SECRET})
    assert (
        env_cli("webhooks", "verify", "--signature", sign(body, SECRET), input=body).exit_code == 0
    )
    assert bare_cli("webhooks", "verify", "--secret", SECRET, input=body).exit_code == 2
    assert (
        bare_cli("webhooks", "verify", "--signature", "ab", input=body).exit_code == 2
    )  # no secret


# -- sandbox trigger (into a listener) ----------------------------------------------------


def test_build_event_matches_the_spec_models() -> None:
    raw = build_event(
        "PROVISIONING_TO_SMS_PLATFORM",
        project_id="p",
        status="failed",
        failure_code="campaign_not_available",
    )
    event = parse_event(raw)
    assert event.is_known and str(event.resource_type) == "ACTIVE_NUMBER"
    assert raw["status"] == "FAILED" and raw["failureCode"] == "CAMPAIGN_NOT_AVAILABLE"
    assert event.timestamp is not None and raw["eventId"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["NO_SUCH_EVENT"], "unknown event type 'NO_SUCH_EVENT'; one of: "),
        (["NUMBER_ORDER_PROCESSING", "--status", "DONE"], "unknown value 'DONE'"),
        (["NUMBER_ORDER_PROCESSING", "--failure-code", "INVALID_NNID"], "only with ACTIVE_NUMBER"),
    ],
)
def test_trigger_refuses_what_the_spec_lacks(bare_cli: Cli, args: list[str], message: str) -> None:
    result = bare_cli("sandbox", "trigger", *args, "--url", "http://127.0.0.1:9/")
    assert result.exit_code == 2
    assert message in result.stderr


def test_trigger_without_a_listener_is_exit_4(bare_cli: Cli) -> None:
    result = bare_cli(
        "sandbox", "trigger", "NUMBER_ORDER_PROCESSING", "--url", "http://127.0.0.1:9/"
    )
    assert result.exit_code == 4 and "could not deliver" in result.stderr


# -- sandbox serve ------------------------------------------------------------------------


def test_serve_has_the_flags_of_the_sandbox_cli(
    bare_cli: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    from sinch_numbers.sandbox.__main__ import main

    with pytest.raises(SystemExit):
        main(["--help"])
    standalone = capsys.readouterr().out
    result = bare_cli("sandbox", "serve", "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("usage: sinch-numbers sandbox serve")
    assert result.stdout.split("options:", 1)[1] == standalone.split("options:", 1)[1]


def test_serve_usage_error_is_exit_2(bare_cli: Cli) -> None:
    result = bare_cli("sandbox", "serve", "--fault", "status=200", "--port", "0")
    assert result.exit_code == 2


# -- spec ---------------------------------------------------------------------------------


def test_spec_status_in_this_checkout(bare_cli: Cli) -> None:
    result = bare_cli("spec", "status", "--root", str(REPO))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    lock = json.loads((REPO / "openapi" / "spec.lock.json").read_text())
    assert report["spec"]["version"] == lock["openapi/numbers.yaml"]["version"]
    assert report["spec"]["sha256"] == lock["openapi/numbers.yaml"]["sha256"]
    assert report["spec"]["matchesLock"] and report["generated"]["fromPinnedSpec"]
    assert len(report["generated"]["codeSha256"]) == 64
    assert report["problems"] == [] and report["drift"] is None


def test_spec_status_finds_a_tampered_pin(bare_cli: Cli, tmp_path: Path) -> None:
    copy = tmp_path / "checkout"
    for part in ("openapi", "generated", "scripts/specpipe"):
        shutil.copytree(REPO / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    pin = copy / "openapi" / "numbers.yaml"
    pin.chmod(0o644)
    pin.write_bytes(pin.read_bytes() + b"\n# edited by hand\n")
    result = bare_cli("--table", "spec", "status", "--root", str(copy))
    assert result.exit_code == 1
    assert "DOES NOT match" in result.stdout and "problem:" in result.stdout


def test_spec_commands_outside_a_checkout_say_so(bare_cli: Cli, tmp_path: Path) -> None:
    for command in (["status"], ["update", "--dry-run"], ["diff", __file__, __file__]):
        result = bare_cli("spec", *command, "--root", str(tmp_path))
        assert result.exit_code == 2, command
        assert "checkout of the sinch-numbers repository" in result.stderr


def test_spec_diff_classifies_the_recorded_upgrade(bare_cli: Cli) -> None:
    old = REPO / "openapi" / "history" / "numbers-1.0.2.yaml"
    new = REPO / "openapi" / "numbers.yaml"
    result = bare_cli("spec", "diff", str(old), str(new), "--root", str(REPO))
    report = json.loads(result.stdout)
    assert report["changes"] and set(report["summary"]) == {"breaking", "non-breaking", "info"}
    assert result.exit_code == (1 if report["summary"]["breaking"] else 0)
    same = bare_cli("spec", "diff", str(new), str(new), "--root", str(REPO))
    assert same.exit_code == 0
    assert json.loads(same.stdout)["changes"] == []
