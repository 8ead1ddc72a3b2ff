"""``sinch-numbers spec``: the spec pipeline of a checkout of this repository (``openapi/``,
``generator/``, ``scripts/``). The installed package carries no pipeline, so these commands
say so, and stop, anywhere else."""

from __future__ import annotations

import filecmp
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Final

import typer

from ._errors import EXIT_NO, EXIT_USAGE, CLIError
from ._options import JsonFlag
from ._state import state

app = typer.Typer(
    name="spec",
    help="The spec pipeline, in a checkout of the sinch-numbers repository: status, update, diff.",
    no_args_is_help=True,
)

PIN: Final = "openapi/numbers.yaml"
LOCK: Final = "openapi/spec.lock.json"
MANIFEST: Final = "generated/GENERATED.json"
PACKAGE: Final = "generated/sinch_numbers_api"
FACADE: Final = (
    "overlay/sinch_numbers/resources/_generated.py",
    "overlay/sinch_numbers/resources/_accessors.py",
)
#: update-spec's own exit codes (docs/update-spec.md); its usage error becomes ours.
UPDATE_USAGE: Final = 64

Root = Annotated[
    Path | None,
    typer.Option(
        "--root",
        file_okay=False,
        help="the checkout \\[default: the one around the current directory]",
    ),
]


def find_checkout(root: Path | None) -> Path:
    """The repository checkout at ``root``, or around the current directory."""
    start = (root or Path.cwd()).resolve()
    for candidate in [start] if root is not None else [start, *start.parents]:
        if (candidate / LOCK).is_file() and (candidate / "scripts" / "specpipe").is_dir():
            return candidate
    where = "--root" if root is not None else f"the current directory ({start})"
    raise CLIError(
        "the `spec` commands work on a checkout of the sinch-numbers repository (openapi/, "
        f"generator/, scripts/), and {where} is not in one: run them inside a clone, or pass "
        "--root DIR (the installed package has no spec pipeline)"
    )


def _python(root: Path) -> str:
    """The checkout's own environment (it has the generator), else this interpreter."""
    venv = root / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


@app.command()
def update(
    root: Root = None,
    source: Annotated[
        str | None, typer.Option(help="URL or path of numbers.yaml \\[default: Sinch's]")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="fetch, diff and report only; write nothing")
    ] = False,
    report: Annotated[
        Path | None, typer.Option(help="write the JSON report here ('-' for stdout)")
    ] = None,
    markdown: Annotated[
        Path | None, typer.Option(help="write the Markdown summary here \\[default: stdout]")
    ] = None,
    regenerate: Annotated[
        bool, typer.Option(help="regenerate the code (with API compare and cassette replay)")
    ] = True,
    cassettes: Annotated[bool, typer.Option(help="replay the recorded cassettes")] = True,
) -> None:
    """Fetch the spec, classify the changes, pin, regenerate, report (scripts/update-spec).

    Exit codes are update-spec's: 0 no change or non-breaking, 3 breaking (applied),
    1 error (nothing touched).
    """
    checkout = find_checkout(root)
    command = [
        _python(checkout),
        str(checkout / "scripts" / "update-spec"),
        "--root",
        str(checkout),
    ]
    for flag, value in (("--source", source), ("--report", report), ("--markdown", markdown)):
        if value is not None:
            command += [flag, str(value)]
    if dry_run:
        command.append("--dry-run")
    if not regenerate:
        command.append("--no-regenerate")
    if not cassettes:
        command.append("--no-cassettes")
    code = subprocess.run(command, check=False).returncode
    raise typer.Exit(EXIT_USAGE if code == UPDATE_USAGE else code)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _code_files(root: Path) -> Iterator[tuple[str, Path]]:
    package = root / PACKAGE
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path.relative_to(root).as_posix(), path
    for name in FACADE:
        if (root / name).is_file():
            yield name, root / name


def code_sha256(root: Path) -> str:
    """One hash of the generated code: every file of the package and the facade, by path."""
    digest = hashlib.sha256()
    for name, path in _code_files(root):
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _drift(root: Path) -> list[str]:
    """Files that differ from a fresh regeneration of the pinned spec (as .ci/run checks)."""
    with tempfile.TemporaryDirectory(prefix="sinch-numbers-spec-status-") as tmp:
        fresh = Path(tmp)
        run = subprocess.run(
            [
                _python(root),
                str(root / "scripts" / "regenerate"),
                "--output",
                str(fresh / "generated"),
                "--facade-dir",
                str(fresh / "facade"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            raise CLIError(f"regenerating failed: {(run.stderr or run.stdout).strip()}", EXIT_NO)
        found = _differences(
            filecmp.dircmp(root / "generated", fresh / "generated", ignore=["__pycache__"]),
            "generated",
        )
        for name in FACADE:
            if not filecmp.cmp(root / name, fresh / "facade" / Path(name).name, shallow=False):
                found.append(name)
        return found


def _differences(compared: filecmp.dircmp[str], where: str) -> list[str]:
    found = [f"{where}/{n}" for n in compared.left_only + compared.right_only + compared.diff_files]
    found += [f"{where}/{n}" for n in compared.funny_files]
    for name, sub in sorted(compared.subdirs.items()):
        found += _differences(sub, f"{where}/{name}")
    return sorted(found)


@app.command()
def status(
    ctx: typer.Context,
    root: Root = None,
    drift: Annotated[
        bool,
        typer.Option(
            "--drift/--no-drift",
            help="also regenerate into a temporary directory and compare (about 10 s)",
        ),
    ] = False,
    json_: JsonFlag = False,
) -> None:
    """The pinned spec (version, sha256, source), the generated code (its spec, its sha256),
    and whether they agree (exit 1 when not)."""
    checkout = find_checkout(root)
    lock = json.loads((checkout / LOCK).read_text(encoding="utf-8"))
    pinned = lock.get(PIN, {})
    manifest = json.loads((checkout / MANIFEST).read_text(encoding="utf-8"))
    pin_sha = _sha256(checkout / PIN)
    report: dict[str, Any] = {
        "checkout": str(checkout),
        "spec": {
            "path": PIN,
            "version": pinned.get("version"),
            "sha256": pin_sha,
            "matchesLock": pin_sha == pinned.get("sha256"),
            "source": pinned.get("source"),
            "fetchedAt": pinned.get("fetched_at"),
        },
        "generated": {
            "specVersion": manifest.get("spec_version"),
            "specSha256": manifest.get("spec_sha256"),
            "fromPinnedSpec": manifest.get("spec_sha256") == pin_sha,
            "generator": manifest.get("generator"),
            "operations": manifest.get("operations"),
            "codeSha256": code_sha256(checkout),
        },
        "history": sorted(k for k in lock if k != PIN),
        "drift": None,
    }
    problems = []
    if not report["spec"]["matchesLock"]:
        problems.append(f"{PIN} does not match its sha256 in {LOCK}")
    if not report["generated"]["fromPinnedSpec"]:
        problems.append(f"{MANIFEST} names another spec: {str(manifest.get('spec_sha256'))[:12]}")
    if drift:
        changed = _drift(checkout)
        report["drift"] = {"clean": not changed, "files": changed}
        if changed:
            problems.append(f"{len(changed)} generated file(s) differ from a fresh regeneration")
    report["problems"] = problems
    out = state(ctx).output(json=json_)
    if out.mode != "table":
        out.json(report)
    else:
        spec, code = report["spec"], report["generated"]
        out.lines(f"checkout   {checkout}")
        out.lines(
            f"spec       {PIN} {spec['version']} sha256 {pin_sha[:12]} "
            f"({'matches' if spec['matchesLock'] else 'DOES NOT match'} {LOCK})"
        )
        out.lines(f"source     {spec['source']} (fetched {spec['fetchedAt']})")
        out.lines(
            f"generated  from {code['specVersion']} sha256 {str(code['specSha256'])[:12]} "
            f"by {code['generator']}, {code['operations']} operations"
        )
        out.lines(f"code       sha256 {code['codeSha256'][:12]}")
        if report["drift"] is None:
            out.lines("drift      not checked (--drift regenerates and compares)")
        else:
            out.lines(
                "drift      "
                + ("none" if report["drift"]["clean"] else ", ".join(report["drift"]["files"]))
            )
        for problem in report["problems"]:
            out.lines(f"problem:   {problem}")
    if report["problems"]:
        raise typer.Exit(EXIT_NO)


@app.command()
def diff(
    ctx: typer.Context,
    old: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="the older spec")],
    new: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="the newer spec")],
    root: Root = None,
    json_: JsonFlag = False,
) -> None:
    """Classify the changes between two OpenAPI files for users of the generated client
    (exit 1 when any is breaking). JSON or YAML; for any tooling, in any language."""
    checkout = find_checkout(root)
    sys.path.insert(0, str(checkout / "scripts"))
    try:
        import yaml
        from specpipe.diff import diff_documents, summarize
    except ImportError as exc:
        raise CLIError(
            f"`spec diff` needs the checkout's dev environment ({exc.name} is missing): run "
            "`make install` there, and use its .venv"
        ) from None
    finally:
        sys.path.remove(str(checkout / "scripts"))
    documents = []
    for path in (old, new):
        try:
            documents.append(yaml.safe_load(path.read_bytes()))
        except yaml.YAMLError as exc:
            raise CLIError(f"{path} is not JSON or YAML: {exc}") from None
    changes = diff_documents(documents[0], documents[1])
    summary = summarize(changes)
    rows = [change.to_json() for change in changes]
    out = state(ctx).output(json=json_)
    if out.mode != "table":
        out.json({"old": str(old), "new": str(new), "summary": summary, "changes": rows})
    else:
        for row in rows:  # details are sentences: a block each reads better than a table
            out.lines(f"{row['severity']:<12} {row['kind']}  {row['location']}")
            out.lines(f"             {row['detail']}")
        out.lines(", ".join(f"{count} {severity}" for severity, count in summary.items()))
    if summary.get("breaking"):
        raise typer.Exit(EXIT_NO)
