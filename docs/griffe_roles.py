"""A griffe extension for the API reference: Sphinx roles in docstrings become code.

The docstrings use ``:class:`Name``` and friends (read well in an editor, and Sphinx-style
is what ``help()`` readers expect); mkdocstrings does not interpret roles, so they would
show literally. Here ``:role:`~a.b.Name``` becomes ```Name``` (``b.Name`` without ``~``).
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|data|attr|exc|mod|obj|const):`(~?)([^`]+)`")


def _plain(match: re.Match[str]) -> str:
    target = match.group(2)
    return f"`{target.rsplit('.', 1)[-1] if match.group(1) else target}`"


class SphinxRoles(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = _ROLE.sub(_plain, obj.docstring.value)
