"""At a real terminal (a pseudo-terminal, so stdin is a TTY): the money-safety question
answered no and yes, and an order whose registration is asked for field by field from the
region's requirements, with a wrong answer caught by the local check and asked again."""

from __future__ import annotations

import os
import re
import select
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sinch_numbers.sandbox import Sandbox

from .conftest import SCRIPT, Script, first_available

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")


class Terminal:
    """The console script on a pseudo-terminal; ``expect`` reads until a pattern shows."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path) -> None:
        self._master, slave = os.openpty()
        self.process = subprocess.Popen(
            [str(SCRIPT), *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**env, "NO_COLOR": "1", "COLUMNS": "200", "TERM": "xterm"},
            cwd=cwd,
            close_fds=True,
        )
        os.close(slave)
        self.seen = ""

    def expect(self, pattern: str, timeout: float = 20) -> str:
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while not regex.search(self.seen):
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{pattern!r} not shown; the terminal shows:\n{self.seen}")
            ready, _, _ = select.select([self._master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self._master, 4096).decode("utf-8", "replace")
                except OSError:  # the process ended and closed the terminal
                    chunk = ""
                if not chunk and self.process.poll() is not None:
                    raise AssertionError(f"{pattern!r} not shown before exit:\n{self.seen}")
                self.seen += ANSI.sub("", chunk)
        found = regex.search(self.seen)
        assert found is not None
        self.seen = self.seen[found.end() :]
        return found.group(0)

    def send(self, line: str) -> None:
        os.write(self._master, line.encode() + b"\r")

    def wait(self, timeout: float = 30) -> int:
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([self._master], [], [], 0.05)
            if ready:
                try:
                    self.seen += ANSI.sub(
                        "", os.read(self._master, 4096).decode("utf-8", "replace")
                    )
                except OSError:
                    break
        return self.process.wait(timeout=max(deadline - time.monotonic(), 1))

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self._master)


@pytest.fixture
def terminal(script: Script) -> Iterator[type[Terminal]]:
    opened: list[Terminal] = []

    def open_terminal(*args: str) -> Terminal:
        term = Terminal(list(args), script.env, script.cwd)
        opened.append(term)
        return term

    yield open_terminal  # type: ignore[misc]
    for term in opened:
        term.close()


def test_rent_asks_shows_the_price_and_no_sends_nothing(terminal: Any, sb: Sandbox) -> None:
    number = first_available(sb)
    term = terminal("available", "rent", number)
    term.expect(rf"Rent \{number}")
    term.expect(r"setup 0\.00 USD, then 2\.00 USD every 1 month")
    term.expect(r"Go ahead\? \[y/N\]")
    term.send("n")
    assert term.wait() == 2
    assert "cancelled: nothing was sent" in term.seen
    assert sb.state.is_available(number)


def test_rent_asks_and_yes_rents(terminal: Any, sb: Sandbox) -> None:
    number = first_available(sb)
    term = terminal("available", "rent", number)
    term.expect(r"Go ahead\? \[y/N\]")
    term.send("y")
    assert term.wait() == 0, term.seen
    assert f"rented {number}" in term.seen  # a table on a terminal
    assert sb.state.active_number(number) is not None


def test_order_registration_is_asked_field_by_field(terminal: Any, sb: Sandbox) -> None:
    number = first_available(sb, "AU", "MOBILE")
    term = terminal("orders", "start", number, "--region", "AU", "--type", "MOBILE")
    term.expect(r"Registration for AU MOBILE")
    answers = [
        (r"Sender ID \(at most 16 characters\)", number),
        (r"1\) One Time Password", None),
        (r"Purpose of the traffic", "1"),
        (r"Intended use of the mobile numbers", "1"),
        (r"I confirm that my business has a valid use case for this number", "y"),
        (r"Add another entry to Use case\?", "n"),
        (r"Business name", "Example Pty Ltd"),
        (r"Address \(at most 200 characters\)", "1 Collins Street"),
        (r"Address line 2 \(optional\)", ""),
        (r"City", "Melbourne"),
        (r"Country: AU", None),  # a constant: filled in, not asked
        (r"Postal code \(format", "30"),  # wrong: four digits
        (r"State", "7"),  # VIC
        (r"First name", "Jane"),
        (r"Last name", "Doe"),
        (r"Phone number \(E\.164\)", number),
        (r"Email \(optional", ""),
        (r"requestDetails\.data\[1\]\.postalCode: '30' does not match", None),
        (r"Postal code \(format", "3000"),
        (r"Go ahead\? \[y/N\]", "y"),
    ]
    for prompt, answer in answers:
        term.expect(prompt)
        if answer is not None:
            term.send(answer)
    assert term.wait() == 0, term.seen
    orders = sb.state.orders()
    assert len(orders) == 1
    from sinch_numbers import NumbersClient

    with NumbersClient(
        sb.project_id, sb.key_id, sb.key_secret, base_url=sb.base_url, auth_url=sb.auth_url
    ) as client:
        stored = client.number_orders.get_registration(orders[0]["idNumberOrder"]).to_dict()
    data = stored["requestDetails"]["data"]
    assert data[0] == [
        {
            "senderId": number,
            "purposeOfTheTraffic": "One Time Password",
            "intendedUseOfMobileNumbers": "Transactional",
            "iConfirmThatMyBusinessHasAValidUseCaseForThisLn": True,
        }
    ]
    assert data[1] == {
        "endBusinessName": "Example Pty Ltd",
        "endBusinessAddress": "1 Collins Street",
        "city": "Melbourne",
        "country": "AU",
        "postalCode": "3000",
        "state": "VIC",
    }
    assert data[2] == {"firstName": "Jane", "lastName": "Doe", "phoneNumber": number}
