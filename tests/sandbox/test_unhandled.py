"""An operation of the pinned spec without a sandbox handler (new upstream, not written yet):
the sandbox still starts, says so once in its log and in ``GET /_sandbox/health``, and answers
that operation ``501`` in Sinch's error shape while every other operation keeps working.

The handler is taken away for the test (``HANDLERS`` is the registry the app reads when it
starts); the rehearsal (tests/update_spec/test_rehearsal.py) does the same with a real new
operation in a spec update.
"""

from __future__ import annotations

import logging

import httpx
import pytest
from pinned import pending

from sinch_numbers.sandbox import Sandbox
from sinch_numbers.sandbox.handlers import HANDLERS

REGIONS = "NumberService_ListAvailableRegions"


@pytest.fixture
def unhandled(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delitem(HANDLERS, REGIONS)
    return REGIONS


def test_starts_logs_lists_and_answers_501(
    unhandled: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="sinch_numbers.sandbox"):
        sandbox = Sandbox()
    expected = sorted({unhandled, *pending()["operations_without_sandbox_handler"]})
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [f"sandbox: no handler for {', '.join(expected)} (they answer 501)"]
    with sandbox as sb, httpx.Client(base_url=sb.base_url, trust_env=False, timeout=5) as http:
        health = http.get("/_sandbox/health").json()
        assert health["unhandledOperations"] == expected
        assert health["status"] == "ok"
        auth = (sb.key_id, sb.key_secret)
        response = http.get(f"/v1/projects/{sb.project_id}/availableRegions", auth=auth)
        assert response.status_code == 501
        assert response.json() == {
            "error": {
                "code": 501,
                "message": f"The sandbox does not implement {unhandled} yet; GET "
                "/_sandbox/health lists the operations it cannot serve.",
                "status": "UNIMPLEMENTED",
                "details": [],
            }
        }
        # Everything else is served as before.
        other = http.get(f"/v1/projects/{sb.project_id}/activeNumbers", auth=auth)
        assert other.status_code == 200


def test_health_lists_what_the_last_spec_update_left_unhandled() -> None:
    """With the real handlers: only operations openapi/pending.json lists (none, normally)."""
    with Sandbox() as sb, httpx.Client(base_url=sb.base_url, trust_env=False, timeout=5) as http:
        listed = http.get("/_sandbox/health").json()["unhandledOperations"]
    assert listed == sorted(pending()["operations_without_sandbox_handler"])
