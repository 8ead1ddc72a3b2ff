"""Run one test body against the sync and the async workflow.

Test bodies are ``async`` and write ``await fl.do(order.submit())``: for the sync flavour the
call already happened and ``do`` just returns its value.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any

from sinch_numbers import orders


@dataclass(frozen=True)
class Flavor:
    name: str

    @property
    def is_async(self) -> bool:
        return self.name == "async"

    async def do(self, value: Any) -> Any:
        return await value if inspect.isawaitable(value) else value

    async def start(self, client: Any, **kwargs: Any) -> Any:
        if self.is_async:
            return await orders.start_async(client, **kwargs)
        return orders.start(client, **kwargs)

    async def resume(self, client: Any, state_or_id: Any, **kwargs: Any) -> Any:
        if self.is_async:
            return await orders.resume_async(client, state_or_id, **kwargs)
        return orders.resume(client, state_or_id, **kwargs)


SYNC = Flavor("sync")
ASYNC = Flavor("async")
FLAVORS = [SYNC, ASYNC]
