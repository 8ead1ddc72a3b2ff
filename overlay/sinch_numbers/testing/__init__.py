"""Test your code against the sandbox: pytest fixtures and signed callback events.

Installed with the ``sandbox`` extra, pytest finds the fixtures by itself (a ``pytest11``
entry point): ``sinch_sandbox``, ``sinch_client``, ``async_sinch_client`` and
``sinch_faults``. This module has the helpers to import: :func:`signed_event` and
:func:`post_signed_event` (these two need no extra). See ``docs/testing.md``.
"""

from __future__ import annotations

from .events import SignedEvent, post_signed_event, signed_event
from .faults import SinchFaults

__all__ = ["SignedEvent", "SinchFaults", "post_signed_event", "signed_event"]
