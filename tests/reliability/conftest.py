"""The reliability suite reuses the facade tests' loopback API and operation table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from facade.loopback import LoopbackAPI


@pytest.fixture
def api() -> Iterator[LoopbackAPI]:
    with LoopbackAPI() as server:
        yield server
