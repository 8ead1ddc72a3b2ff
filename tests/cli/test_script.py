"""The installed ``sinch-numbers`` console script, as a subprocess, against a real sandbox on
loopback: the number life cycle, the refusal, an order end to end, webhook signatures made
by ``sinch_numbers.webhooks.sign``, ``sandbox trigger`` into ``webhooks listen``, and
``spec status`` in this checkout."""

from __future__ import annotations

import json
import re
import signal
import subprocess
from pathlib import Path

import httpx

from sinch_numbers.sandbox import Sandbox
from sinch_numbers.webhooks import sign

from .conftest import REPO, Script, lines_of_json
from .test_orders import LETTER, registration_file

SECRET = "whsec-0123456789-abcdefghijklmnopqrstuv"


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr}"
    return done.stdout


def test_search_rent_list_update_release(script: Script, sb: Sandbox) -> None:
    found = json.loads(
        ok(script("available", "search", "--region", "US", "--type", "LOCAL", "--size", "2"))
    )
    first, second = (n["phoneNumber"] for n in found["availableNumbers"])
    for number in (first, second):
        rented = json.loads(ok(script("available", "rent", number, "--yes")))
        assert rented["phoneNumber"] == number
    listed = json.loads(ok(script("active", "list", "--json")))
    assert sorted(n["phoneNumber"] for n in listed["activeNumbers"]) == sorted([first, second])
    streamed = lines_of_json(ok(script("--jsonl", "active", "list", "--page-size", "1")))
    assert sorted(n["phoneNumber"] for n in streamed) == sorted([first, second])
    updated = json.loads(ok(script("active", "update", first, "--display-name", "Front desk")))
    assert updated["displayName"] == "Front desk"
    assert sb.state.active_number(first)["displayName"] == "Front desk"  # type: ignore[index]
    released = json.loads(ok(script("active", "release", first, "--yes")))
    assert released["phoneNumber"] == first
    assert sb.state.active_number(first) is None and sb.state.active_number(second) is not None


def test_refusal_without_yes_sends_nothing(script: Script, sb: Sandbox) -> None:
    found = json.loads(
        ok(script("available", "search", "--region", "US", "--type", "LOCAL", "--size", "1"))
    )
    number = found["availableNumbers"][0]["phoneNumber"]
    done = script("available", "rent", number)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("error: refused: Rent ") and "--yes" in done.stderr
    assert sb.state.is_available(number) and sb.state.active_numbers() == []


def test_an_order_end_to_end_with_a_registration_file(
    script: Script, sb: Sandbox, tmp_path: Path
) -> None:
    found = json.loads(
        ok(script("available", "search", "--region", "AU", "--type", "MOBILE", "--size", "1"))
    )
    number = found["availableNumbers"][0]["phoneNumber"]
    registration = registration_file(tmp_path, number)
    started = json.loads(ok(script(
        "orders", "start", number, "--region", "AU", "--type", "MOBILE",
        "--registration", str(registration), "--yes",
    )))  # fmt: skip
    order_id = started["numberOrder"]["idNumberOrder"]
    letter_id = started["registration"]["attachments"][0]["attachmentId"]
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(LETTER)
    assert (
        json.loads(ok(script("orders", "attach", order_id, letter_id, str(letter))))["missing"]
        == []
    )
    assert (
        json.loads(ok(script("orders", "submit", order_id, "--yes")))["numberOrder"]["state"]
        == "IN_REVIEW"
    )
    final = json.loads(
        ok(script("orders", "wait", order_id, "--poll-interval", "0.05", "--timeout", "30"))
    )
    assert final["numberOrder"]["state"] == "COMPLETED"
    assert json.loads(ok(script("active", "get", number)))["phoneNumber"] == number


def test_webhooks_verify_against_sign(script: Script) -> None:
    body = (
        b'{"eventId":"e-1","resourceType":"ACTIVE_NUMBER","resourceId":"+12025550134",'
        b'"eventType":"PROVISIONING_TO_SMS_PLATFORM","status":"SUCCEEDED"}'
    )
    good = script(
        "webhooks", "verify", "--secret", SECRET, "--signature", sign(body, SECRET), input=body
    )
    assert json.loads(ok(good))["valid"] is True
    bad = script(
        "webhooks",
        "verify",
        "--secret",
        SECRET,
        "--signature",
        sign(body + b" ", SECRET),
        input=body,
    )
    assert bad.returncode == 1 and json.loads(bad.stdout)["reason"] == "mismatch"


def test_sandbox_trigger_into_webhooks_listen(script: Script) -> None:
    listener = script.popen("webhooks", "listen", "--port", "0", "--secret", SECRET, "--count", "3")
    try:
        assert listener.stderr is not None and listener.stdout is not None
        line = listener.stderr.readline()
        match = re.match(r"listening on (http://127\.0\.0\.1:\d+) ", line)
        assert match, line
        url = match.group(1) + "/sinch/callbacks"
        sent = json.loads(
            ok(
                script(
                    "sandbox",
                    "trigger",
                    "NUMBER_ORDER_PROCESSING",
                    "--url",
                    url,
                    "--secret",
                    SECRET,
                    "--status",
                    "COMPLETED",
                )
            )
        )
        assert sent["status"] == 200
        unsigned = script("sandbox", "trigger", "PROVISIONING_TO_SMS_PLATFORM", "--url", url)
        assert unsigned.returncode == 3  # the listener answers 401: a 4xx
        wrong = script(
            "sandbox",
            "trigger",
            "PROVISIONING_TO_SMS_PLATFORM",
            "--url",
            url,
            "--secret",
            "not-the-secret",
        )
        assert wrong.returncode == 3
        out, err = listener.communicate(timeout=30)
    finally:
        if listener.poll() is None:
            listener.kill()
            listener.communicate()
    assert listener.returncode == 0, err
    received = lines_of_json(out)
    assert [r["status"] for r in received] == [200, 401, 401]
    assert received[0]["valid"] and received[0]["path"] == "/sinch/callbacks"
    assert received[0]["event"] == sent["event"]
    assert received[0]["event"]["status"] == "COMPLETED"
    assert "X-Sinch-Signature" in received[1]["error"]


def test_sandbox_serve_then_use_it(script: Script, tmp_path: Path) -> None:
    server = script.popen("sandbox", "serve", "--port", "0", "--db", str(tmp_path / "s.sqlite3"))
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        match = re.fullmatch(r"sandbox listening on (http://127\.0\.0\.1:\d+)\n", line)
        assert match, line
        env = {
            **script.env,
            "SINCH_NUMBERS_BASE_URL": match.group(1),
            "SINCH_NUMBERS_AUTH": "basic",
            "SINCH_PROJECT_ID": "sandbox-project",
            "SINCH_KEY_ID": "sandbox-key-id",
            "SINCH_KEY_SECRET": "sandbox-key-secret",
        }
        regions = json.loads(ok(Script(env, script.cwd)("regions", "list")))
        assert regions["availableRegions"]
        with httpx.Client(base_url=match.group(1), trust_env=False) as raw:
            assert raw.get("/v1/projects/sandbox-project/availableRegions").status_code == 401
    finally:
        server.send_signal(signal.SIGINT)
        server.communicate(timeout=15)
    assert server.returncode == 0


def test_spec_status_in_this_checkout(script: Script) -> None:
    inside = Script(script.env, REPO / "generator")  # found from a subdirectory
    report = json.loads(ok(inside("spec", "status")))
    assert report["checkout"] == str(REPO)
    assert report["problems"] == []
    elsewhere = script("spec", "status")  # script.cwd is a temporary directory
    assert elsewhere.returncode == 2
    assert "not in one" in elsewhere.stderr
