"""The orders commands in process against the sandbox: requirements, start (with a
registration file, or refused without one off a terminal), status, attach, submit, wait,
resume; and that a bad registration stops everything before an order exists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spec_examples import au_registration

from sinch_numbers.sandbox import Sandbox

from .conftest import CLEARED, Cli, first_available, sandbox_env

LETTER = b"%PDF-1.4\n% the signed letter of authorisation\n"


def registration_file(tmp_path: Path, sender: str) -> Path:
    """The spec's AU registration example, with a real sender and contact number."""
    body: dict[str, Any] = au_registration()
    data = body["requestDetails"]["data"]
    data[0][0]["senderId"] = sender
    data[2]["phoneNumber"] = sender
    path = tmp_path / "registration.json"
    path.write_text(json.dumps(body))
    return path


def start_au(cli: Cli, sb: Sandbox, tmp_path: Path) -> tuple[str, str]:
    number = first_available(sb, "AU", "MOBILE")
    result = cli(
        "orders", "start", number, "--region", "AU", "--type", "MOBILE",
        "--registration", str(registration_file(tmp_path, number)), "--yes",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    return shown["numberOrder"]["idNumberOrder"], number


def attach_letter(cli: Cli, order_id: str, tmp_path: Path) -> Any:
    """Upload the letter the AU order asks for; returns the order as shown afterwards."""
    status = json.loads(cli("orders", "status", order_id).stdout)
    letter_id = status["registration"]["attachments"][0]["attachmentId"]
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(LETTER)
    attached = cli("orders", "attach", order_id, letter_id, str(letter))
    assert attached.exit_code == 0, attached.output
    return json.loads(attached.stdout)


def test_requirements_json_is_the_api_json(cli: Cli) -> None:
    result = cli("orders", "requirements", "--region", "AU", "--type", "MOBILE")
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["fields"]["schema"] == "/schema/policySchema-v1.json"
    assert len(body["fields"]["rules"]) == 3
    assert body["attachments"][0]["mandatory"] is True


def test_requirements_table_and_a_region_without_any(cli: Cli) -> None:
    table = cli("--table", "orders", "requirements", "--region", "AU", "--type", "MOBILE")
    assert "senderId" in table.stdout and "Letter of authorisation" in table.stdout
    none = cli("--table", "orders", "requirements", "--region", "US", "--type", "LOCAL")
    assert "need no registration" in none.stdout
    assert (
        json.loads(cli("orders", "requirements", "--region", "US", "--type", "LOCAL").stdout) == {}
    )


def test_start_with_a_registration_file_then_attach_submit_wait(
    cli: Cli, sb: Sandbox, tmp_path: Path
) -> None:
    order_id, number = start_au(cli, sb, tmp_path)
    order = sb.state.order(order_id)
    assert order is not None and order["state"] == "CREATED"

    status = json.loads(cli("orders", "status", order_id).stdout)
    assert status["numberOrder"]["orderNumbers"][0]["phoneNumber"] == number
    assert status["registration"]["requestDetails"]["data"][1]["city"] == "Victoria"
    assert len(status["missing"]) == 1 and "Letter of authorisation" in status["missing"][0]

    assert attach_letter(cli, order_id, tmp_path)["missing"] == []

    refused = cli("orders", "submit", order_id)
    assert refused.exit_code == 2 and sb.state.order(order_id)["state"] == "CREATED"  # type: ignore[index]
    submitted = cli("orders", "submit", order_id, "--yes")
    assert submitted.exit_code == 0, submitted.output
    assert json.loads(submitted.stdout)["numberOrder"]["state"] == "IN_REVIEW"

    waited = cli("orders", "wait", order_id, "--poll-interval", "0.05", "--timeout", "20")
    assert waited.exit_code == 0, waited.output
    assert json.loads(waited.stdout)["numberOrder"]["state"] == "COMPLETED"
    assert sb.state.active_number(number) is not None


def test_start_without_a_registration_and_without_a_terminal_sends_nothing(
    cli: Cli, sb: Sandbox
) -> None:
    number = first_available(sb, "AU", "MOBILE")
    result = cli("orders", "start", number, "--region", "AU", "--type", "MOBILE", "--yes")
    assert result.exit_code == 2
    assert "--registration" in result.stderr and "nothing was sent" in result.stderr
    assert sb.state.orders() == []


def test_a_bad_registration_file_is_refused_before_the_order_exists(
    cli: Cli, sb: Sandbox, tmp_path: Path
) -> None:
    number = first_available(sb, "AU", "MOBILE")
    path = registration_file(tmp_path, number)
    body = json.loads(path.read_text())
    del body["requestDetails"]["data"][1]["city"]
    body["requestDetails"]["data"][1]["state"] = "XX"
    path.write_text(json.dumps(body["requestDetails"]["data"]))  # the bare list works too
    result = cli(
        "orders", "start", number, "--region", "AU", "--type", "MOBILE",
        "--registration", str(path), "--yes",
    )  # fmt: skip
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith(
        "error: RegistrationInvalidError: registration is invalid (checked locally"
    )
    assert "requestDetails.data[1].city: required field is missing" in line
    assert "requestDetails.data[1].state" in line
    assert len(result.stderr.splitlines()) == 1
    assert sb.state.orders() == []


def test_start_refused_without_yes(cli: Cli, sb: Sandbox, tmp_path: Path) -> None:
    number = first_available(sb, "AU", "MOBILE")
    result = cli(
        "orders", "start", number, "--region", "AU", "--type", "MOBILE",
        "--registration", str(registration_file(tmp_path, number)),
    )  # fmt: skip
    assert result.exit_code == 2 and "refused" in result.stderr
    assert sb.state.orders() == []


def test_quantity_order_needs_no_registration_in_the_us(cli: Cli, sb: Sandbox) -> None:
    result = cli(
        "orders", "start", "--region", "US", "--type", "LOCAL", "--quantity", "2",
        "--pattern", "+1206", "--search-pattern", "START", "--yes",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    numbers = [n["phoneNumber"] for n in shown["numberOrder"]["orderNumbers"]]
    assert len(numbers) == 2 and all(n.startswith("+1206") for n in numbers)
    assert shown["missing"] == []


def test_number_and_quantity_together_are_a_local_error(cli: Cli, sb: Sandbox) -> None:
    number = first_available(sb)
    result = cli(
        "orders", "start", number, "--region", "US", "--type", "LOCAL", "--quantity", "2", "--yes"
    )
    assert result.exit_code == 2 and "exactly one of" in result.stderr
    assert sb.state.orders() == []


def test_resume_sets_a_missing_registration(cli: Cli, sb: Sandbox, tmp_path: Path) -> None:
    number = first_available(sb, "DE", "LOCAL")
    # An order created by someone else, without registration (straight through the API).
    from sinch_numbers import NumbersClient
    from sinch_numbers.orders import start

    with NumbersClient(
        sb.project_id, sb.key_id, sb.key_secret, base_url=sb.base_url, auth_url=sb.auth_url
    ) as client:
        order_id = start(client, region_code="DE", number_type="LOCAL", phone_number=number).id
    shown = json.loads(cli("orders", "resume", order_id).stdout)  # no terminal: only shows
    assert "registration: not set yet" in shown["missing"][0]
    path = tmp_path / "de.json"
    path.write_text(json.dumps({"data": [
        {"endBusinessName": "Beispiel GmbH", "endBusinessAddress": "Hauptstr. 1",
         "city": "Berlin", "country": "DE", "postalCode": "10115"},
        {"firstName": "Erika", "lastName": "Muster", "phoneNumber": "+4915112345678"},
    ]}))  # fmt: skip
    resumed = cli("orders", "resume", order_id, "--registration", str(path))
    assert resumed.exit_code == 0, resumed.output
    missing = json.loads(resumed.stdout)["missing"]
    assert len(missing) == 1 and "Proof of address" in missing[0]


def test_status_table_says_what_is_missing_and_how(cli: Cli, sb: Sandbox, tmp_path: Path) -> None:
    order_id, number = start_au(cli, sb, tmp_path)
    table = cli("--table", "orders", "status", order_id).stdout
    assert f"number order {order_id}" in table and number in table
    assert "reserved for another" in table
    assert f"sinch-numbers orders attach {order_id}" in table


def test_attach_checks_the_file_before_sending(cli: Cli, sb: Sandbox, tmp_path: Path) -> None:
    order_id, _ = start_au(cli, sb, tmp_path)
    status = json.loads(cli("orders", "status", order_id).stdout)
    letter_id = status["registration"]["attachments"][0]["attachmentId"]
    wrong = tmp_path / "letter.txt"
    wrong.write_text("not a pdf")
    result = cli("orders", "attach", order_id, letter_id, str(wrong))
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "error: AttachmentInvalidError: attachment is invalid (checked locally"
    )


def test_wait_on_an_order_that_ends_rejected_exits_1(cli: Cli, sb: Sandbox, tmp_path: Path) -> None:
    number = first_available(sb, "AU", "MOBILE")
    path = registration_file(tmp_path, number)
    body = json.loads(path.read_text())
    body["requestDetails"]["data"][1]["endBusinessName"] = "SANDBOX_REJECT"  # docs/sandbox.md
    path.write_text(json.dumps(body))
    started = cli(
        "orders", "start", number, "--region", "AU", "--type", "MOBILE",
        "--registration", str(path), "--yes",
    )  # fmt: skip
    order_id = json.loads(started.stdout)["numberOrder"]["idNumberOrder"]
    attach_letter(cli, order_id, tmp_path)
    assert cli("orders", "submit", order_id, "--yes").exit_code == 0
    waited = cli(
        "--table", "orders", "wait", order_id, "--poll-interval", "0.05", "--timeout", "20"
    )
    assert waited.exit_code == 1, waited.output
    assert "REJECTED" in waited.stdout and "review: Dear Customer" in waited.stdout


def test_wait_that_times_out_exits_1(tmp_path: Path) -> None:
    with Sandbox(review_delay=60) as slow:  # the review outlasts the wait
        cli = Cli({**dict.fromkeys(CLEARED), **sandbox_env(slow)})
        order_id, _ = start_au(cli, slow, tmp_path)
        attach_letter(cli, order_id, tmp_path)
        assert cli("orders", "submit", order_id, "--yes").exit_code == 0
        waited = cli("orders", "wait", order_id, "--poll-interval", "0.05", "--timeout", "0.2")
    assert waited.exit_code == 1
    progress, error = waited.stderr.splitlines()  # off a terminal, state changes are lines
    assert progress == f"order {order_id} is IN_REVIEW"
    assert error.startswith("error: OrderWaitTimeoutError: number order")
    assert "still IN_REVIEW after 0.2s" in error


def test_wait_on_an_order_never_submitted_is_refused(cli: Cli, sb: Sandbox, tmp_path: Path) -> None:
    order_id, _ = start_au(cli, sb, tmp_path)
    result = cli("orders", "wait", order_id, "--poll-interval", "0.05")
    assert result.exit_code == 2
    assert "OrderStateError" in result.stderr and "submit" in result.stderr


@pytest.mark.parametrize("command", ["status", "attach", "submit", "wait", "resume"])
def test_unknown_order_is_exit_3(cli: Cli, command: str, tmp_path: Path) -> None:
    extra = {"attach": ["01jxn2251d0shhamtbykft2xzx", str(tmp_path)]}.get(command, [])
    if command == "attach":
        (tmp_path / "f.pdf").write_bytes(LETTER)
        extra[1] = str(tmp_path / "f.pdf")
    result = cli("orders", command, "no-such-order", *extra)
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith("error: NotFoundError: 404")
