"""Find the Python code blocks of a Markdown page, with the comments that steer them.

A fenced block whose info string is ``python`` or ``py`` is a snippet. An HTML comment
(invisible on GitHub, PyPI and the docs site) on the lines just above it can say more:

- ``<!-- snippet: skip REASON -->``: not run; the reason is required.
- ``<!-- snippet: setup`` ... ``-->``: Python run first, in the page's namespace (the names a
  fragment takes for granted: a ``client``, a ``body``, ...); ``_sandbox`` is the sandbox
  the page runs against (to rent a number the text assumes you own, or inject a fault).
- ``<!-- snippet: pytest -->``: the block is a whole pytest test file; it must pass.

Every other snippet runs as is, after the page's earlier snippets, in one namespace per page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Kind = Literal["run", "skip", "pytest"]

LANGUAGES = frozenset({"python", "py"})
_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_DIRECTIVE = re.compile(r"<!--\s*snippet:\s*(?P<word>[a-z]+)(?P<rest>.*?)-->", re.DOTALL)


class SnippetSyntaxError(ValueError):
    """A page's snippet comments are malformed (e.g. a skip without a reason)."""


@dataclass(frozen=True, slots=True)
class Snippet:
    path: Path
    line: int  # 1-based line of the first code line
    code: str
    kind: Kind = "run"
    setup: str = ""
    setup_line: int = 0
    reason: str = ""

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


def parse(path: Path, text: str | None = None) -> list[Snippet]:
    """The Python snippets of ``path``, in page order."""
    lines = (path.read_text("utf-8") if text is None else text).splitlines()
    snippets: list[Snippet] = []
    pending: list[tuple[str, str, int]] = []  # directives waiting for the next block
    comment: list[str] | None = None
    comment_line = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if comment is not None:
            comment.append(line)
            if "-->" in line:
                _directive("\n".join(comment), comment_line, path, pending)
                comment = None
            i += 1
            continue
        if line.lstrip().startswith("<!--") and "snippet:" in line:
            if "-->" in line:
                _directive(line, i + 1, path, pending)
            else:
                comment, comment_line = [line], i + 1
            i += 1
            continue
        match = _FENCE.match(line)
        if match is None:
            if line.strip() and pending:
                raise SnippetSyntaxError(
                    f"{path}:{pending[-1][2]}: a snippet comment must be followed by a code block"
                )
            i += 1
            continue
        fence, indent = match["fence"], len(match["indent"])
        language = (match["info"].split() or [""])[0].lower()
        end = i + 1
        while end < len(lines) and not lines[end].strip().startswith(fence):
            end += 1
        rows = lines[i + 1 : end]
        body = "\n".join(row[indent:] if row[:indent].isspace() else row for row in rows)
        if language in LANGUAGES:
            snippets.append(_snippet(path, i + 2, body, pending))
        elif pending:
            raise SnippetSyntaxError(
                f"{path}:{pending[-1][2]}: snippet comments apply to python blocks only"
            )
        pending = []
        i = end + 1
    if comment is not None or pending:
        raise SnippetSyntaxError(f"{path}: a snippet comment is not followed by a code block")
    return snippets


def _directive(text: str, line: int, path: Path, pending: list[tuple[str, str, int]]) -> None:
    match = _DIRECTIVE.search(text)
    if match is None:
        raise SnippetSyntaxError(f"{path}:{line}: malformed snippet comment")
    word, rest = match["word"], match["rest"]
    if word not in ("skip", "setup", "pytest"):
        raise SnippetSyntaxError(f"{path}:{line}: unknown snippet directive {word!r}")
    if word == "skip" and not rest.strip(" \t-—:"):
        raise SnippetSyntaxError(f"{path}:{line}: 'snippet: skip' needs a reason")
    if word == "setup" and rest.strip() and not rest.lstrip(" \t").startswith("\n"):
        raise SnippetSyntaxError(f"{path}:{line}: put setup code on the lines after 'setup'")
    pending.append((word, rest, line))


def _snippet(path: Path, line: int, code: str, pending: list[tuple[str, str, int]]) -> Snippet:
    kind: Kind = "run"
    setup, setup_line, reason = "", 0, ""
    for word, rest, at in pending:
        if word == "setup":
            # The code starts on the line after "<!-- snippet: setup".
            setup, setup_line = rest.lstrip(" \t").removeprefix("\n").rstrip(), at + 1
        elif word == "skip":
            kind, reason = "skip", rest.strip(" \t\n-—:")
        else:
            kind = "pytest"
    return Snippet(path, line, code, kind, setup, setup_line, reason)
