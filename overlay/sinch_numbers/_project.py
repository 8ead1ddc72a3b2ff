"""Facts about the project that messages point to: the docs site and the ``sandbox`` extra.

Importing this module costs nothing beyond ``sinch_numbers`` itself, so the sandbox's
console script and the pytest fixtures can explain a missing extra in one line.
"""

from __future__ import annotations

import importlib.util

__all__ = [
    "DOCS_URL",
    "SANDBOX_INSTALL",
    "MissingExtraError",
    "missing_sandbox_modules",
    "require_sandbox_extra",
]

#: The documentation site (also ``Documentation`` in ``[project.urls]`` and mkdocs' site_url).
DOCS_URL = "https://sinch-numbers.github.io/sinch-numbers/"
SANDBOX_INSTALL = "pip install 'sinch-numbers[sandbox]'"

#: Distribution -> its import names (any one will do) of what the ``sandbox`` extra installs.
_SANDBOX_MODULES = {
    "starlette": ("starlette",),
    "uvicorn": ("uvicorn",),
    "python-multipart": ("python_multipart", "multipart"),  # the old name before 0.0.13
    "pyyaml": ("yaml",),
}


class MissingExtraError(ModuleNotFoundError):
    """An optional part of sinch-numbers was used without its extra installed."""


def missing_sandbox_modules() -> list[str]:
    """Distributions of the ``sandbox`` extra that cannot be imported (nothing is imported)."""
    return [
        dist
        for dist, modules in _SANDBOX_MODULES.items()
        if not any(_importable(module) for module in modules)
    ]


def require_sandbox_extra(what: str = "the sinch-numbers sandbox") -> None:
    """Raise :class:`MissingExtraError` (one line: what is missing, how to install it)."""
    missing = missing_sandbox_modules()
    if missing:
        raise MissingExtraError(
            f"{what} needs the 'sandbox' extra ({', '.join(missing)} not installed): "
            f"{SANDBOX_INSTALL}",
            name="sinch_numbers.sandbox",
        )


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False
