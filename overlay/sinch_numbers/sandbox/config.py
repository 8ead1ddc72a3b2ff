"""Every knob of the sandbox in one immutable value, with documented defaults."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from .faults import FaultRule
from .shapes import SHAPES, Shapes

DEFAULT_PROJECT_ID = "sandbox-project"
DEFAULT_KEY_ID = "sandbox-key-id"
DEFAULT_KEY_SECRET = "sandbox-key-secret"


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """Settings of one sandbox. ``key_secret`` is kept out of ``repr``."""

    project_id: str = DEFAULT_PROJECT_ID
    key_id: str = DEFAULT_KEY_ID
    key_secret: str = field(default=DEFAULT_KEY_SECRET, repr=False)
    #: Seed of the available-number inventory (same seed, same numbers).
    seed: int = 0
    #: SQLite file that keeps state across restarts; ``None`` keeps it in memory.
    db: str | None = None
    #: Lifetime of access tokens in seconds; ``expires_in`` is its integer part.
    token_lifetime: float = 3600.0
    #: Seconds an order stays ``IN_REVIEW`` before reaching its outcome.
    review_delay: float = 2.0
    #: Seconds an SMS/voice provisioning job takes (``IN_PROGRESS`` from half-way).
    provisioning_delay: float = 1.0
    #: Seconds a number order reserves its numbers (sets ``expireTime``).
    reservation_seconds: float = 1800.0
    #: Largest accepted attachment upload, in bytes (larger gets 413).
    max_attachment_bytes: int = 10 * 1024 * 1024
    #: Retries of a failed callback delivery (after the first attempt).
    callback_retries: int = 3
    #: Delay before the first retry; doubled for each further retry.
    callback_backoff: float = 1.0
    #: Per-attempt timeout of a callback POST, in seconds.
    callback_timeout: float = 5.0
    #: Deliver callbacks to any host; by default only to loopback (``localhost``, 127.0.0.0/8,
    #: ``::1``), so that a sandbox never sends traffic off the machine by accident.
    allow_external_callbacks: bool = False
    #: How often background work (timers, callback deliveries) is checked.
    tick: float = 0.05
    #: Fault-injection rules active from the start.
    faults: tuple[FaultRule, ...] = ()
    #: API requests per second; the surplus gets 429 with ``Retry-After`` (None: no limit).
    rate_limit: float | None = None
    #: Largest burst the rate limit lets through (default: a tenth of a second's worth).
    rate_limit_burst: int | None = None
    #: Active numbers to seed at start (synthetic US numbers; see ``Sandbox.seed_active``).
    seed_active: int = 0
    #: ``"server"``: answer like Sinch's servers (explicit nulls, voice configurations without
    #: ``type``); ``"spec"``: exactly as numbers.yaml describes (see ``shapes``).
    shapes: Shapes = "server"

    def __post_init__(self) -> None:
        for name in (
            "token_lifetime",
            "review_delay",
            "provisioning_delay",
            "reservation_seconds",
            "callback_backoff",
        ):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if self.tick <= 0 or self.callback_timeout <= 0:
            raise ValueError("tick and callback_timeout must be positive")
        if self.max_attachment_bytes < 1 or self.callback_retries < 0:
            raise ValueError("max_attachment_bytes must be >= 1, callback_retries >= 0")
        if self.rate_limit is not None and not self.rate_limit > 0:
            raise ValueError("rate_limit must be positive")
        if self.seed_active < 0:
            raise ValueError("seed_active must not be negative")
        if self.shapes not in SHAPES:
            raise ValueError(f"shapes must be one of {', '.join(SHAPES)}, not {self.shapes!r}")
        if not (self.project_id and self.key_id and self.key_secret):
            raise ValueError("project_id, key_id and key_secret must not be empty")

    def replace(self, **changes: object) -> SandboxConfig:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
