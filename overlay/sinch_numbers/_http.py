"""The httpx clients this package creates for itself, sharing one TLS context per process.

Building an ``ssl.SSLContext`` (loading the CA bundle) takes tens of milliseconds, and httpx
builds one for every client it creates. A service that makes a client per tenant or per
request pays that each time, for identical contexts; we build the context once per set of
trust settings and hand it to every client. The trust settings are httpx's own: the
``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` environment variables when set (read at each client's
creation, so a change is honoured), else certifi's bundle. Anyone who needs other TLS settings
passes their own ``http_client=`` (with their own ``verify=``), which we never change.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import ssl

__all__ = ["new_async_client", "new_client", "shared_ssl_context"]

_contexts: dict[tuple[str, str], ssl.SSLContext] = {}
_lock = threading.Lock()


def _trust_settings() -> tuple[str, str]:
    """What httpx's ``verify=True`` would trust: (SSL_CERT_FILE, SSL_CERT_DIR); empty if unset."""
    cert_file = os.environ.get("SSL_CERT_FILE") or ""
    return cert_file, "" if cert_file else os.environ.get("SSL_CERT_DIR") or ""


def shared_ssl_context() -> ssl.SSLContext:
    """The process's TLS context for the current trust settings, built on first use.

    An ``SSLContext`` may serve many connections and threads at once; nothing here changes it
    after it is built.
    """
    key = _trust_settings()
    context = _contexts.get(key)
    if context is None:
        with _lock:
            context = _contexts.get(key)
            if context is None:
                context = _contexts[key] = httpx.create_ssl_context(verify=True, trust_env=True)
    return context


def new_client(timeout: float | httpx.Timeout) -> httpx.Client:
    """An ``httpx.Client`` as ``httpx.Client(timeout=...)`` would make it, minus the TLS cost."""
    return httpx.Client(timeout=timeout, verify=shared_ssl_context())


def new_async_client(timeout: float | httpx.Timeout) -> httpx.AsyncClient:
    """The async twin of :func:`new_client`."""
    return httpx.AsyncClient(timeout=timeout, verify=shared_ssl_context())
