"""Fixtures for the update-spec tests: clean environment, loopback spec server, repo copies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .helpers import PROXY_VARS, Repo, make_repo, update

from specserver import SpecServer  # isort: skip  (tests/ is on sys.path via helpers)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy for loopback requests; no ambient source or cassette override."""
    for var in (*PROXY_VARS, "SINCH_NUMBERS_SPEC_SOURCE", update.ENV_REPLAY):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def server() -> Iterator[SpecServer]:
    with SpecServer() as srv:
        yield srv


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    """A tmp copy of the repo at the pinned 1.0.3 (generated/ matches it)."""
    return make_repo(tmp_path / "repo")
