"""The update-spec report: a JSON contract for tools and a Markdown summary for humans.

Why two renderings of one dict: the scheduled workflow opens a pull request whose
body is the Markdown, while other tools (and the workflow's own "is it breaking?"
step) read the JSON. Markdown is rendered *from* the JSON dict, so the two never
disagree. Both are deterministic apart from ``duration_seconds``/``timings``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from specpipe.atomic import atomic_write_bytes
from specpipe.diff import SEVERITIES

__all__ = [
    "MAX_MARKDOWN_CHARS",
    "REQUIRED_KEYS",
    "render_json",
    "render_markdown",
    "write_json",
    "write_text",
]

#: keys other tools rely on (docs/update-spec.md); more may be added, none removed
REQUIRED_KEYS = (
    "source",
    "source_reachable",
    "old",
    "new",
    "changed",
    "changes",
    "api_breaks",
    "regenerated",
    "cassettes",
)
#: GitHub rejects PR bodies over 65 536 characters; leave room for the action's footer
MAX_MARKDOWN_CHARS = 60_000
_TABLE_ROWS = 150
_TITLES = {
    "breaking": "Breaking changes",
    "non-breaking": "Non-breaking changes",
    "info": "Info",
}


def render_json(report: Mapping[str, Any]) -> bytes:
    """Stable bytes: 2-space indent, UTF-8, trailing newline (key order as built)."""
    missing = [key for key in REQUIRED_KEYS if key not in report]
    if missing:
        raise ValueError(f"report lacks required keys: {missing}")
    return (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_json(path: Path, report: Mapping[str, Any]) -> None:
    """Atomically write the JSON report (a half-written report would mislead the workflow)."""
    atomic_write_bytes(Path(path), render_json(report))


def write_text(path: Path, text: str) -> None:
    atomic_write_bytes(Path(path), text.encode("utf-8"))


def _short(sha: str | None) -> str:
    return f"`{sha[:12]}`" if sha else "—"


def _cell(text: Any) -> str:
    """Table-safe cell: no newlines, escaped pipes."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _headline(report: Mapping[str, Any]) -> str:
    old = report.get("old") or {}
    new = report.get("new") or {}
    counts = report.get("summary") or {}
    repaired = " (completed an interrupted update)" if report.get("repair") else ""
    if report.get("error"):
        return "# Sinch Numbers spec update failed"
    if not report.get("changed"):
        if report.get("repair") and report.get("regenerated"):
            return f"# Sinch Numbers spec: repaired the checkout ({new.get('version')})"
        if not report.get("source_reachable", True):
            return f"# Sinch Numbers spec: source unreachable, kept the pinned {old.get('version')}"
        return f"# Sinch Numbers spec: no change ({old.get('version')})"
    arrow = f"{old.get('version')} → {new.get('version')}"
    if old.get("version") == new.get("version"):
        arrow += " (info.version not bumped)"
    breaking = counts.get("breaking", 0)
    if report.get("exit_status") == 3 or breaking:
        what = f"{breaking} breaking change{'s' if breaking != 1 else ''}"
        if not breaking:
            what = "breaking (see API breaks / sandbox / cassettes)"
        return f"# Sinch Numbers spec update {arrow}: {what}{repaired}"
    kinds = {c.get("kind") for c in report.get("changes") or []}
    severities = {c.get("severity") for c in report.get("changes") or []}
    if counts.get("non-breaking", 0) or "non-breaking" in severities:
        what = "non-breaking"
    elif kinds <= {"docs-only", "info-version-changed"} and "docs-only" in kinds:
        what = "docs-only"
    else:
        what = "info only"
    return f"# Sinch Numbers spec update {arrow}: {what}{repaired}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A Markdown table of at most ``_TABLE_ROWS`` rows (cells already escaped)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows[:_TABLE_ROWS]]
    if len(rows) > _TABLE_ROWS:
        filler = ["…"] * (len(header) - 1)
        lines.append(
            "| "
            + " | ".join([*filler, f"{len(rows) - _TABLE_ROWS} more in the JSON report"])
            + " |"
        )
    return lines


def _change_table(changes: Sequence[Mapping[str, Any]]) -> list[str]:
    rows = [
        [f"`{_cell(c.get('kind'))}`", f"`{_cell(c.get('location'))}`", _cell(c.get("detail"))]
        for c in changes
    ]
    return _table(("kind", "location", "detail"), rows)


def _folded(lines: list[str], count: int, limit: int = 15) -> list[str]:
    if count > limit:
        return ["<details><summary>show</summary>", "", *lines, "", "</details>", ""]
    return [*lines, ""]


def _api_break_text(item: Any) -> str:
    if isinstance(item, Mapping):
        return str(item.get("detail") or item.get("object") or item)
    return str(item)


def _changelog_draft(report: Mapping[str, Any]) -> list[str]:
    old = report.get("old") or {}
    new = report.get("new") or {}
    changes = report.get("changes") or []
    breaking = [c for c in changes if c.get("severity") == "breaking"]
    added_ops = [c for c in changes if c.get("kind") == "operation-added"]
    if report.get("dry_run"):
        done = "dry run: not pinned or regenerated yet"
    elif report.get("regenerated"):
        done = "client regenerated"
    else:
        done = "pinned; client not regenerated yet"
    lines = [
        f"- Spec: Sinch Numbers {old.get('version')} → {new.get('version')} "
        f"(sha256 {str(new.get('sha256'))[:12]}); {done}.",
    ]
    if added_ops:
        lines.append(f"- Added: {len(added_ops)} operation(s).")
    for change in breaking[:20]:
        lines.append(f"- **Breaking**: {_cell(change.get('detail')).split(';')[0]}.")
    if len(breaking) > 20:
        lines.append(f"- **Breaking**: … and {len(breaking) - 20} more (see the report).")
    return lines


def _sandbox_section(report: Mapping[str, Any]) -> list[str]:
    sandbox = report.get("sandbox") or {}
    status = sandbox.get("status")
    out = ["## Sandbox", ""]
    if status == "failed":
        return [*out, f"**Does not start**: {_cell(sandbox.get('detail'))}", ""]
    if status != "ok":
        return [*out, f"Not checked: {_cell(sandbox.get('detail'))}", ""]
    unhandled = list(sandbox.get("unhandled_operations") or [])
    out.append(f"Starts ({_cell(sandbox.get('detail'))}).")
    if unhandled:
        out += [
            "",
            f"No handler yet, answers 501 ({len(unhandled)}): "
            + ", ".join(f"`{op}`" for op in unhandled)
            + " (write one in `overlay/sinch_numbers/sandbox/handlers.py`).",
        ]
    return [*out, ""]


def _finding_rows(findings: Sequence[Mapping[str, Any]]) -> list[str]:
    rows = [
        [
            f"`{_cell(f.get('cassette'))}`",
            f"`{_cell(f.get('operation'))}`",
            f"`{_cell(f.get('change') or f.get('kind'))}`",
            _cell(f.get("detail")),
        ]
        for f in findings
    ]
    return _table(("cassette", "operation", "change", "detail"), rows)


def _cassette_section(report: Mapping[str, Any]) -> list[str]:
    cassettes = report.get("cassettes") or {}
    out = ["## Cassette replay", ""]
    if cassettes.get("skipped"):
        return [*out, f"Skipped: {_cell(cassettes['skipped'])}", ""]
    passed, failed = cassettes.get("passed", 0), cassettes.get("failed", 0)
    line = f"passed **{passed}**, failed **{failed}**"
    if "failed_new" in cassettes:
        line += (
            f" (new with this update: **{cassettes.get('failed_new', 0)}**, known from an "
            f"earlier update: **{cassettes.get('failed_known', 0)}**)"
        )
    out += [line, ""]
    uncovered = list(cassettes.get("operations_without_cassette") or [])
    if uncovered:
        out += [
            f"No cassette yet ({len(uncovered)}): "
            + ", ".join(f"`{op}`" for op in uncovered)
            + " (record one: docs/cassettes.md)",
            "",
        ]
    if "findings" not in cassettes:  # a replay that does not explain itself: raw lines
        out += [f"- {_cell(f)}" for f in (cassettes.get("failures") or [])[:50]]
        return [*out, ""] if cassettes.get("failures") else out
    behaviour = list(cassettes.get("behaviour_changes") or [])
    removed = list(cassettes.get("removed_under_test") or [])
    setup = list(cassettes.get("setup_needs") or [])
    known = list(cassettes.get("known") or [])
    stale = list(cassettes.get("stale_declarations") or [])
    if behaviour:
        out += [f"### Behaviour changes of the operation under test ({len(behaviour)})", ""]
        out += _folded(_finding_rows(behaviour), len(behaviour))
    if removed:
        out += [f"### Cassettes that test a removed operation ({len(removed)})", ""]
        out += [
            f"- `{_cell(f.get('cassette'))}` tests `{_cell(f.get('operation'))}`: delete it "
            "and its case in `tests/cassettes/test_cases.py`"
            for f in removed
        ]
        out.append("")
    if setup:
        touched = sorted({c for s in setup for c in s.get("cassettes") or []})
        out += [
            f"### Setup noise: {len(setup)} operation(s) in the setup of "
            f"{len(touched)} cassette(s)",
            "",
        ]
        for item in setup:
            names = ", ".join(f"`{c}`" for c in item.get("cassettes") or [])
            changes = ", ".join(item.get("changes") or [])
            out.append(f"- setup needs `{_cell(item.get('operation'))}` ({changes}): {names}")
        out.append("")
    if known:
        out += [f"### Known failures carried from an earlier update ({len(known)})", ""]
        rows = [
            f"- `{_cell(f.get('cassette'))}` `{_cell(f.get('operation'))}` "
            f"({_cell(f.get('role'))}, {_cell(f.get('change'))}) since "
            f"{_cell(f.get('known_since'))}"
            for f in known
        ]
        out += _folded(rows, len(known))
    if stale:
        out += [f"### Declared differences that no longer happen ({len(stale)})", ""]
        out += [
            f"- {_cell(s.get('version'))} `{_cell(s.get('key'))}`: {_cell(s.get('kind'))} "
            "(remove it from `tests/cassettes/expected_differences.yaml`)"
            for s in stale
        ]
        out.append("")
    return out


def _tests_section(report: Mapping[str, Any]) -> list[str]:
    expected = list(report.get("expected_test_failures") or [])
    if not expected:
        if report.get("regenerated"):
            return ["## Tests expected to fail (0)", "", "None predicted.", ""]
        return []
    rows = [[f"`{_cell(item.get('test'))}`", _cell(item.get("reason"))] for item in expected]
    lines = _table(("test", "why"), rows)
    head = [f"## Tests expected to fail ({len(expected)})", ""]
    head += ["Also in `openapi/pending.json`; no other test should fail.", ""]
    return head + _folded(lines, len(expected))


def render_markdown(report: Mapping[str, Any]) -> str:
    """A pull-request body: headline, versions, changes, API breaks, sandbox, cassettes,
    tests expected to fail, facade, CHANGELOG draft. Every count is the JSON's."""
    old = report.get("old") or {}
    new = report.get("new") or {}
    counts = report.get("summary") or {}
    changes: list[Mapping[str, Any]] = list(report.get("changes") or [])
    out = [_headline(report), ""]
    if report.get("error"):
        out += [f"**Error:** {_cell(report['error'])}", ""]
        out += ["The pinned spec, the lock and `generated/` were left untouched.", ""]
    for line in report.get("repair") or []:
        out += [f"> **Repair:** {_cell(line)}", ""]
    reach = "reachable" if report.get("source_reachable") else "unreachable"
    out += [
        f"Source: `{report.get('source')}` ({reach})",
        "",
        "| | old | new |",
        "|---|---|---|",
        f"| info.version | {old.get('version')} | {new.get('version')} |",
        f"| sha256 | {_short(old.get('sha256'))} | {_short(new.get('sha256'))} |",
        "",
    ]
    if report.get("changed") or report.get("regenerated"):
        summary = " · ".join(f"{sev}: **{counts.get(sev, 0)}**" for sev in SEVERITIES)
        regenerated = "yes" if report.get("regenerated") else "no"
        out += [
            f"{summary} · API breaks: **{len(report.get('api_breaks') or [])}** · "
            f"regenerated: {regenerated} · exit status {report.get('exit_status')}",
            "",
        ]
        if report.get("history_file"):
            out += [f"Previous pin kept as `{report['history_file']}`.", ""]
        for severity in SEVERITIES:
            subset = [c for c in changes if c.get("severity") == severity]
            if not subset:
                continue
            out += [f"## {_TITLES[severity]} ({len(subset)})", ""]
            table = _change_table(subset)
            out += [*table, ""] if severity == "breaking" else _folded(table, len(subset))

        api_breaks = list(report.get("api_breaks") or [])
        compare = report.get("api_compare") or {}
        out += [f"## Public API breaks in `sinch_numbers_api` ({len(api_breaks)})", ""]
        if compare.get("status") not in (None, "ok"):
            out += [f"Not compared: {_cell(compare.get('detail'))}", ""]
        elif not api_breaks:
            out += ["griffe found no breaking change in the generated package.", ""]
        else:
            shown = api_breaks[:_TABLE_ROWS]
            out += [f"- {_cell(_api_break_text(item))}" for item in shown]
            if len(api_breaks) > len(shown):
                out.append(f"- … {len(api_breaks) - len(shown)} more in the JSON report")
            out.append("")

        if "sandbox" in report:
            out += _sandbox_section(report)
        out += _cassette_section(report)
        out += _tests_section(report)

        new_ops = list(report.get("new_operations") or [])
        needs = list(report.get("needs_friendly_name") or [])
        if new_ops or needs:
            out += ["## Facade", ""]
            if new_ops:
                out += [
                    "| new operation | facade method | needs a friendly name |",
                    "|---|---|---|",
                ]
                for op in new_ops:
                    method = f"`client.{op['facade']}`" if op.get("facade") else "—"
                    flag = "**yes**" if op.get("needs_friendly_name") else "no (named by rule)"
                    out.append(f"| `{_cell(op.get('operation_id'))}` | {method} | {flag} |")
                out.append("")
            if needs:
                out += [
                    "Add entries to `generator/facade.yaml` for: "
                    + ", ".join(f"`{n}`" for n in needs),
                    "",
                ]
        if report.get("changed"):
            out += ["## CHANGELOG draft", "", *_changelog_draft(report), ""]
    elif not report.get("error"):
        notes = "Nothing was pinned or regenerated."
        out += [notes, ""]
    for note in report.get("notes") or []:
        out += [f"> {_cell(note)}", ""]
    out += ["<sub>Generated by `scripts/update-spec` (docs/update-spec.md).</sub>", ""]
    text = "\n".join(out)
    if len(text) > MAX_MARKDOWN_CHARS:
        cut = text[: MAX_MARKDOWN_CHARS - 200].rsplit("\n", 1)[0]
        text = cut + "\n\n… (truncated; the JSON report has everything)\n"
    return text
