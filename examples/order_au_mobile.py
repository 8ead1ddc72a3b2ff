"""Buy an Australian mobile number with a number order, against a local sandbox.

Run it::

    python examples/order_au_mobile.py

It starts a ``Sandbox`` (the ``sandbox`` extra), then walks the whole KYC workflow:
requirements -> registration -> attachment -> submit -> wait. Against the real API, build
``NumbersClient()`` from ``SINCH_PROJECT_ID`` / ``SINCH_KEY_ID`` / ``SINCH_KEY_SECRET``
instead, use your own registration data and letter, and wait with a longer
``poll_interval`` (reviews take hours) or use callbacks (see docs/orders.md).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from sinch_numbers import NumbersClient
from sinch_numbers.orders import OrderWorkflow, RegistrationInvalidError, start
from sinch_numbers.sandbox import Sandbox

REGISTRATION = [
    # one group per requirement rule, in order: see order.requirements.groups
    [
        {
            "senderId": "+61411111112",
            "purposeOfTheTraffic": "One Time Password",
            "intendedUseOfMobileNumbers": "Transactional",
            "iConfirmThatMyBusinessHasAValidUseCaseForThisLn": True,
        }
    ],
    {
        "endBusinessName": "Example Pty Ltd",
        "endBusinessAddress": "1 Collins Street",
        "city": "Melbourne",
        "state": "VIC",
        "country": "AU",
        "postalCode": "3000",
    },
    {"firstName": "Jane", "lastName": "Doe", "phoneNumber": "+61411111113"},
]


def show_requirements(order: OrderWorkflow) -> None:
    left = str(order.time_left).split(".")[0]
    print(f"Order {order.id}: {order.phone_numbers}, reserved for another {left}")
    for field in order.requirements.fields:
        flag = "required" if field.required else "optional"
        limits = f", max {field.max_length} chars" if field.max_length else ""
        choices = f", one of {list(field.allowed_values)}" if field.allowed_values else ""
        print(f"  {field.path} ({field.type}, {flag}{limits}{choices})")
    for wanted in order.requirements.attachments:
        kind = "mandatory" if wanted.mandatory else "optional"
        print(
            f"  file {wanted.id}: {wanted.title} ({kind}; {', '.join(wanted.allowed_mime_types)})"
        )


def buy(client: NumbersClient, letter: Path) -> str:
    numbers = client.available_numbers.search(region_code="AU", type="MOBILE", size=1)
    phone_number = numbers.available_numbers[0].phone_number

    order = start(client, region_code="AU", number_type="MOBILE", phone_number=phone_number)
    show_requirements(order)
    print("Missing:", *order.missing(), sep="\n  - ")

    try:  # checked locally first: nothing is sent while a field is wrong
        order.set_registration([REGISTRATION[0], {"city": "Melbourne"}, REGISTRATION[2]])
    except RegistrationInvalidError as exc:
        print(exc)
    order.set_registration(REGISTRATION)

    letter_id = order.requirements.mandatory_attachments[0].id
    order.attach(letter_id, letter)
    assert not order.missing(), order.missing()

    order.submit()
    final = order.wait(
        timeout=30, poll_interval=0.2, on_progress=lambda o: print(f"Order is {o.state}")
    )
    if final.state != "COMPLETED":
        print("Not bought:", *order.logs, sep="\n  ")
        return str(final.state)
    active = client.active_numbers.get(phone_number)
    print(f"Bought {active.phone_number}: order {final.state}")
    return str(final.state)


def main() -> int:
    with Sandbox(review_delay=0.5) as sb, tempfile.TemporaryDirectory() as tmp:
        letter = Path(tmp) / "letter-of-authorisation.pdf"
        letter.write_bytes(b"%PDF-1.4\n% the signed letter of authorisation\n")
        client = NumbersClient(
            sb.project_id, sb.key_id, sb.key_secret, base_url=sb.base_url, auth_url=sb.auth_url
        )
        with client:
            return 0 if buy(client, letter) == "COMPLETED" else 1


if __name__ == "__main__":
    sys.exit(main())
