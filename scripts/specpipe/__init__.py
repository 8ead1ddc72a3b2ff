"""Spec pipeline: fetch, validate and pin Sinch's Numbers OpenAPI file.

The pinned bytes in ``openapi/`` are what the client is generated from, so this
package treats them as a lockfile-managed artefact: content-hash change
detection, byte-for-byte pinning and crash-safe (atomic) writes.
"""

from __future__ import annotations

__all__ = ["atomic", "fetch", "lock"]
