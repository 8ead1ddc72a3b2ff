"""The ``sinch-numbers-sandbox`` console script: one line instead of a traceback without the
``sandbox`` extra, else ``python -m sinch_numbers.sandbox``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ._project import MissingExtraError


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from .sandbox.__main__ import main as serve
    except MissingExtraError as exc:
        print(f"sinch-numbers-sandbox: {exc}", file=sys.stderr)
        return 1
    return serve(argv)


if __name__ == "__main__":
    sys.exit(main())
