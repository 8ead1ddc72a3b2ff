"""Every command of available, active, regions, callbacks and emergency, in process against
the sandbox: what is printed (the API's JSON, JSON lines, tables), what reaches the API,
confirmation, and the exit code of each kind of error."""

from __future__ import annotations

import json

import pytest

from sinch_numbers.sandbox import Sandbox

from .conftest import Cli, first_available, lines_of_json

ADDRESS = [
    "--display-name", "Example Inc", "--street-number", "1600",
    "--street-info", "Pennsylvania Ave NW", "--city", "Washington", "--state", "DC",
    "--postal-code", "20500",
]  # fmt: skip


def rent(cli: Cli, sb: Sandbox, *extra: str) -> str:
    number = first_available(sb)
    result = cli("available", "rent", number, "--yes", *extra)
    assert result.exit_code == 0, result.output
    return number


# -- available ----------------------------------------------------------------------------


def test_search_prints_the_api_json_when_stdout_is_not_a_terminal(cli: Cli) -> None:
    result = cli("available", "search", "--region", "us", "--type", "local", "--size", "3")
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    numbers = body["availableNumbers"]
    assert len(numbers) == 3
    assert {n["regionCode"] for n in numbers} == {"US"}  # camelCase, as Sinch sends it
    assert all(n["phoneNumber"].startswith("+1") and "setupPrice" in n for n in numbers)


def test_search_filters_and_jsonl(cli: Cli) -> None:
    result = cli(
        "available", "search", "--region", "US", "--type", "LOCAL", "--capability", "SMS",
        "--pattern", "+1206", "--search-pattern", "start", "--size", "2", "--jsonl",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    numbers = lines_of_json(result.stdout)
    assert len(numbers) == 2
    assert all(n["phoneNumber"].startswith("+1206") and "SMS" in n["capability"] for n in numbers)


def test_search_table(cli: Cli) -> None:
    result = cli(
        "--table", "available", "search", "--region", "US", "--type", "LOCAL", "--size", "1"
    )
    assert result.exit_code == 0, result.output
    assert "number" in result.stdout and "2.00 USD" in result.stdout
    with pytest.raises(ValueError):
        json.loads(result.stdout)


def test_get_available_number(cli: Cli, sb: Sandbox) -> None:
    number = first_available(sb)
    result = cli("available", "get", number)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["phoneNumber"] == number


def test_rent_with_yes_rents_and_configures(cli: Cli, sb: Sandbox) -> None:
    number = first_available(sb)
    result = cli(
        "available", "rent", number, "--yes", "--service-plan-id", "plan-1",
        "--callback-url", "https://example.com/cb",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["phoneNumber"] == number
    active = sb.state.active_number(number)
    assert active is not None
    sms = active["smsConfiguration"]  # provisioned to the plan by a job (docs/sandbox.md)
    assert "plan-1" in (sms.get("servicePlanId"), sms["scheduledProvisioning"]["servicePlanId"])
    assert active["callbackUrl"] == "https://example.com/cb"


def test_rent_without_yes_and_without_a_terminal_is_refused(cli: Cli, sb: Sandbox) -> None:
    number = first_available(sb)
    result = cli("available", "rent", number)
    assert result.exit_code == 2
    assert "refused" in result.stderr and "--yes" in result.stderr
    assert result.stdout == ""
    assert sb.state.is_available(number)  # nothing was sent
    assert sb.state.active_numbers() == []


def test_global_yes_works_too(cli: Cli, sb: Sandbox) -> None:
    number = first_available(sb)
    assert cli("--yes", "available", "rent", number).exit_code == 0
    assert sb.state.active_number(number) is not None


def test_rent_any(cli: Cli, sb: Sandbox) -> None:
    refused = cli("available", "rent-any", "--region", "US", "--type", "LOCAL")
    assert refused.exit_code == 2 and sb.state.active_numbers() == []
    result = cli(
        "available", "rent-any", "--region", "US", "--type", "LOCAL", "--capability", "SMS",
        "--pattern", "+1206", "--search-pattern", "START", "--yes",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    number = json.loads(result.stdout)["phoneNumber"]
    assert number.startswith("+1206")
    assert [n["phoneNumber"] for n in sb.state.active_numbers()] == [number]


# -- active -------------------------------------------------------------------------------


def test_list_json_merges_pages_and_keeps_total_size(cli: Cli, sb: Sandbox) -> None:
    rented = sorted(rent(cli, sb) for _ in range(3))
    result = cli("active", "list", "--page-size", "2", "--json")
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert sorted(n["phoneNumber"] for n in body["activeNumbers"]) == rented
    assert body["totalSize"] == 3


def test_list_jsonl_streams_every_page_and_limit_stops(cli: Cli, sb: Sandbox) -> None:
    rented = sorted(rent(cli, sb) for _ in range(3))
    every = lines_of_json(cli("active", "list", "--page-size", "1", "--jsonl").stdout)
    assert sorted(n["phoneNumber"] for n in every) == rented
    limited = cli("active", "list", "--page-size", "1", "--limit", "2", "--jsonl")
    assert len(lines_of_json(limited.stdout)) == 2


def test_list_filters_and_table(cli: Cli, sb: Sandbox) -> None:
    number = rent(cli, sb)
    assert lines_of_json(cli("active", "list", "--region", "se", "--jsonl").stdout) == []
    table = cli("--table", "active", "list", "--region", "US", "--type", "LOCAL")
    assert number in table.stdout
    empty = cli("--table", "active", "list", "--region", "SE")
    assert "(none)" in empty.stdout


def test_get_update_release(cli: Cli, sb: Sandbox) -> None:
    number = rent(cli, sb)
    assert json.loads(cli("active", "get", number).stdout)["phoneNumber"] == number
    updated = cli("active", "update", number, "--display-name", "Support line", "--app-id", "app-9")
    assert updated.exit_code == 0, updated.output
    body = json.loads(updated.stdout)
    assert body["displayName"] == "Support line"
    voice = body["voiceConfiguration"]  # set up by a job, like SMS
    assert "app-9" in (voice.get("appId"), voice["scheduledVoiceProvisioning"]["appId"])
    refused = cli("active", "release", number)
    assert refused.exit_code == 2 and sb.state.active_number(number) is not None
    released = cli("active", "release", number, "-y")
    assert released.exit_code == 0, released.output
    assert json.loads(released.stdout)["phoneNumber"] == number
    assert sb.state.active_number(number) is None


def test_update_with_nothing_to_change_is_refused_locally(cli: Cli, sb: Sandbox) -> None:
    number = rent(cli, sb)
    result = cli("active", "update", number)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: EmptyUpdateError: update() needs at least one of")


# -- regions, callbacks -------------------------------------------------------------------


def test_regions(cli: Cli) -> None:
    body = json.loads(cli("regions", "list").stdout)
    codes = {r["regionCode"] for r in body["availableRegions"]}
    assert {"US", "AU"} <= codes
    mobile = lines_of_json(cli("regions", "list", "--type", "mobile", "--jsonl").stdout)
    assert mobile and all("MOBILE" in r["types"] for r in mobile)


def test_callbacks_hide_the_secret_unless_asked(cli: Cli) -> None:
    updated = cli("callbacks", "update", "--hmac-secret", "s3cret-value-0123456789-abcdefghijkl")
    assert updated.exit_code == 0, updated.output
    assert "s3cret-value-0123456789-abcdefghijkl" not in updated.output
    assert json.loads(updated.stdout)["hmacSecret"].startswith("[hidden")
    shown = cli("callbacks", "get", "--show-secret")
    assert json.loads(shown.stdout)["hmacSecret"] == "s3cret-value-0123456789-abcdefghijkl"
    assert "s3cret-value-0123456789-abcdefghijkl" not in cli("--table", "callbacks", "get").output


def test_callbacks_update_reads_the_secret_from_stdin(cli: Cli) -> None:
    assert (
        cli(
            "callbacks",
            "update",
            "--hmac-secret",
            "-",
            input="from-stdin-0123456789-abcdefghijklmn\n",
        ).exit_code
        == 0
    )
    assert (
        json.loads(cli("callbacks", "get", "--show-secret").stdout)["hmacSecret"]
        == "from-stdin-0123456789-abcdefghijklmn"
    )
    refused = cli("callbacks", "update")  # no terminal to ask on
    assert refused.exit_code == 2 and "--hmac-secret" in refused.stderr


# -- emergency ----------------------------------------------------------------------------


def test_emergency_address_life_cycle(cli: Cli, sb: Sandbox) -> None:
    number = rent(cli, sb)
    checked = cli("emergency", "validate", number, *ADDRESS)
    assert checked.exit_code == 0, checked.output
    assert "validationResult" in json.loads(checked.stdout)
    refused = cli("emergency", "provision", number, *ADDRESS)
    assert refused.exit_code == 2
    assert cli("emergency", "get", number).exit_code == 3  # still none: 404
    provisioned = cli("emergency", "provision", number, *ADDRESS, "--yes")
    assert provisioned.exit_code == 0, provisioned.output
    got = json.loads(cli("emergency", "get", number).stdout)
    assert got["city"] == "Washington" and got["postalCode"] == "20500"
    assert cli("emergency", "deprovision", number).exit_code == 2  # asks first
    removed = cli("emergency", "deprovision", number, "--yes")
    assert removed.exit_code == 0, removed.output
    assert removed.stdout == ""  # the API answers with no body
    assert cli("emergency", "get", number).exit_code == 3


# -- errors -------------------------------------------------------------------------------


def test_api_4xx_is_one_line_and_exit_3(cli: Cli) -> None:
    result = cli("active", "get", "+12025550199")
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: NotFoundError: 404 NOT_FOUND: ")
    assert "Traceback" not in result.output


def test_api_5xx_is_exit_4(cli: Cli, sb: Sandbox) -> None:
    sb.faults.add("status=503,count=10,route=NumberService_ListAvailableRegions")
    result = cli("--max-retries", "1", "regions", "list")
    assert result.exit_code == 4
    assert result.stderr.startswith("error: InternalServerError: 503")


def test_connection_error_is_exit_4(bare_cli: Cli) -> None:
    result = bare_cli(
        "--project-id", "p", "--key-id", "k", "--key-secret", "s", "--auth", "basic",
        "--base-url", "http://127.0.0.1:9", "--max-retries", "0", "regions", "list",
    )  # fmt: skip
    assert result.exit_code == 4
    assert result.stderr.startswith("error: APIConnectionError")


def test_outcome_unknown_is_exit_5_with_the_reconcile_hint(cli: Cli, sb: Sandbox) -> None:
    number = first_available(sb)
    sb.faults.add("drop,count=1,route=NumberService_RentNumber")
    result = cli("available", "rent", number, "--yes")
    assert result.exit_code == 5
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: OutcomeUnknownError: ")
    assert f"client.active_numbers.get('{number}')" in lines[0]


def test_bad_phone_number_is_exit_2_before_anything_is_sent(cli: Cli, sb: Sandbox) -> None:
    result = cli("active", "get", "12345")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: InvalidPhoneNumberError")


def test_missing_credentials_say_how_to_give_them(bare_cli: Cli) -> None:
    result = bare_cli("regions", "list")
    assert result.exit_code == 2
    assert "SINCH_PROJECT_ID" in result.stderr and "--sandbox" in result.stderr


def test_debug_shows_the_traceback_and_keeps_the_exit_code(cli: Cli) -> None:
    result = cli("--debug", "active", "get", "+12025550199")
    assert result.exit_code == 3
    assert "Traceback (most recent call last)" in result.stderr
    assert "error: NotFoundError" in result.stderr
    assert "DEBUG sinch_numbers: Request GET " in result.stderr  # the request log
    assert "sandbox-key-secret" not in result.output  # redacted


def test_sandbox_flag_runs_against_an_embedded_sandbox(bare_cli: Cli) -> None:
    result = bare_cli(
        "--sandbox", "available", "search", "--region", "US", "--type", "LOCAL", "--size", "1"
    )
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["availableNumbers"]) == 1
