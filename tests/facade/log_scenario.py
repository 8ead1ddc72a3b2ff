"""Run by test_secrets.py in a fresh interpreter with ``SINCH_NUMBERS_LOG=debug``.

Exercises everything that could put a secret in a log line (token request and response,
bearer and basic ``Authorization`` headers, a 401 refresh, an ``hmacSecret`` in a request
body, a retried 503, a failed purchase), sync and async, then prints what must not appear
in the logs as JSON on stdout. The logs themselves go to stderr.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facade.loopback import KEY_ID, KEY_SECRET, PROJECT, LoopbackAPI, Reply
from sinch_numbers import AsyncNumbersClient, NumbersClient, OutcomeUnknownError

PHONE = "+12065550100"
HMAC_SECRET = "hmac-S3CRET-value-42"


def main() -> None:
    with LoopbackAPI() as api:
        options = {"base_url": api.base_url, "auth_url": api.token_url, "timeout": 5}
        api.script(
            "GET",
            f"/v1/projects/{PROJECT}/activeNumbers/%2B12065550100",
            Reply(503, headers={"Retry-After": "0"}),
        )
        api.script(
            "POST",
            f"/v1/projects/{PROJECT}/availableNumbers/%2B12065550100:rent",
            Reply(500, {"error": {"code": 500, "status": "INTERNAL", "message": "x"}}),
        )
        api.script(
            "PATCH",
            f"/v1/projects/{PROJECT}/callbackConfiguration",
            Reply(200, {"projectId": PROJECT, "hmacSecret": HMAC_SECRET}),
        )
        with NumbersClient(PROJECT, KEY_ID, KEY_SECRET, **options) as client:
            client.active_numbers.get(PHONE)
            api.expire_tokens()
            client.regions.list()  # 401, token refresh, resend
            client.callback_configuration.update(hmac_secret=HMAC_SECRET)
            with contextlib.suppress(OutcomeUnknownError):
                client.available_numbers.rent(PHONE)
        with NumbersClient(PROJECT, KEY_ID, KEY_SECRET, auth="basic", **options) as client:
            client.active_numbers.get(PHONE)

        async def run_async() -> None:
            async with AsyncNumbersClient(PROJECT, KEY_ID, KEY_SECRET, **options) as aclient:
                await aclient.active_numbers.get(PHONE)
                await aclient.callback_configuration.update(hmac_secret=HMAC_SECRET)

        asyncio.run(run_async())
        secrets = [
            KEY_SECRET,
            base64.b64encode(f"{KEY_ID}:{KEY_SECRET}".encode()).decode(),
            HMAC_SECRET,
            *api.issued_tokens,
        ]
    json.dump({"secrets": secrets, "tokens": len(api.issued_tokens)}, sys.stdout)


if __name__ == "__main__":
    main()
