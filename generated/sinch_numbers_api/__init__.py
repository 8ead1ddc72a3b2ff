# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""A client library for accessing Numbers | Sinch"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

#: The ``sinch-numbers`` distribution ships this package; ``overlay/sinch_numbers/_version.py``
#: holds the version, and the installed metadata carries it here.
_DISTRIBUTION = "sinch-numbers"


def __getattr__(name: str) -> Any:
    # Lazy: the client classes load with their module on first use (the endpoint modules only
    # annotate with them), and importlib.metadata costs more to import than this whole module.
    if name in __all__:
        from . import client

        value = getattr(client, name)
        globals()[name] = value
        return value
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version(_DISTRIBUTION)
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
