"""Suite-wide: failures the last spec update predicted are labelled as such.

``scripts/update-spec`` writes the tests it expects an update to break, with the reason, to
``openapi/pending.json`` (``tests/pinned.py`` reads it only when it was written for the pin).
A failing test on that list gets a "predicted by the spec update" section, and the summary says
how many failures were predicted and how many were not: a reviewer looks at the latter first.
Nothing is skipped or turned into an expected failure; predicted tests still fail.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pytest
from pinned import pending

_PREDICTED: dict[str, str] = {
    str(item.get("test")): str(item.get("reason")) for item in pending()["expected_test_failures"]
}
_FAILED: dict[str, list[str]] = {"predicted": [], "unpredicted": []}


def _prediction(nodeid: str) -> str | None:
    """The reason for ``nodeid``, or for the test it parametrizes."""
    return _PREDICTED.get(nodeid) or _PREDICTED.get(nodeid.split("[", 1)[0])


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    if not report.failed or not _PREDICTED:
        return
    reason = _prediction(item.nodeid)
    if reason is not None:
        report.sections.append(("predicted by the last spec update", reason))
    _FAILED["predicted" if reason else "unpredicted"].append(item.nodeid)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _PREDICTED or not (_FAILED["predicted"] or _FAILED["unpredicted"]):
        return
    terminalreporter.section("spec update (openapi/pending.json)")
    terminalreporter.line(
        f"{len(_FAILED['predicted'])} failure(s) predicted by the last spec update, "
        f"{len(_FAILED['unpredicted'])} not predicted"
    )
    for nodeid in _FAILED["unpredicted"]:
        terminalreporter.line(f"not predicted: {nodeid}")
