"""Turn the pinned spec into ``generated/``: normalize, generate, post-process, swap in atomically.

Deterministic: the same spec, generator version and ``generator/`` give byte-identical output,
so ``git status`` stays clean after a second run and CI can diff a fresh regeneration against
the committed tree. The spec's sha256 and the generator version live once, in
``GENERATED.json``; each file carries only a fixed header, so a spec update's diff shows just
what changed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

GENERATOR_DIR = Path(__file__).resolve().parent
ROOT = GENERATOR_DIR.parent
sys.path.insert(0, str(GENERATOR_DIR))

import normalize  # noqa: E402
import unions  # noqa: E402

GENERATOR_NAME = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
PACKAGE = "sinch_numbers_api"
FACADE_DIR = ROOT / "overlay" / "sinch_numbers" / "resources"
#: Header of every module generator/facade.py writes: tells them from the handwritten ones
#: (``_base.py``, ``__init__.py``) in the same directory.
FACADE_HEADER = (
    "# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.\n"
    "# Do not edit: change generator/ and run scripts/regenerate.\n"
)
HEADER = (
    "# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.\n"
    "# Do not edit: change generator/ and run scripts/regenerate.\n"
)
#: Warnings the generator may print that we have looked at and accept (substring match).
KNOWN_WARNINGS: tuple[str, ...] = ()


class RegenerateError(Exception):
    pass


def check_generator_version() -> None:
    from importlib.metadata import version

    found = version(GENERATOR_NAME)
    if found != GENERATOR_VERSION:
        raise RegenerateError(
            f"{GENERATOR_NAME} {found} is installed; generator/ targets exactly "
            f"{GENERATOR_VERSION} "
            "(its templates are not a stable API). Install the dev extra."
        )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def run_generator(normalized: Path, out_pkg: Path) -> str:
    """Run openapi-python-client; return its output, failing on any warning we do not know."""
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    cmd = [
        str(Path(bindir) / "openapi-python-client"),
        "generate",
        "--path", str(normalized),
        "--config", str(GENERATOR_DIR / "config.yaml"),
        "--custom-template-path", str(GENERATOR_DIR / "templates"),
        "--meta", "none",
        "--output-path", str(out_pkg),
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0 or not (out_pkg / "__init__.py").exists():
        raise RegenerateError(f"openapi-python-client failed:\n{output}")
    unexplained = [
        line
        for line in output.splitlines()
        if ("warning" in line.lower() or "error" in line.lower())
        and not any(known in line for known in KNOWN_WARNINGS)
    ]
    if unexplained:
        raise RegenerateError(
            "openapi-python-client printed warnings generator/ does not explain:\n" + output
        )
    return output


def add_unions(spec: dict[str, object], out_pkg: Path) -> None:
    """Emit parsers for top-level discriminated unions and export them from ``models``."""
    models = out_pkg / "models"
    init = models / "__init__.py"
    text = init.read_text(encoding="utf-8")
    exports = []
    for union in unions.find_unions(spec):
        (models / f"{union.module}.py").write_text(unions.render(union), encoding="utf-8")
        names = [union.class_name, f"parse_{union.module}"]
        exports += names
        # the lazy __init__ (templates/models_init.py.jinja): a type-checking import and a
        # name -> module entry per export; ruff sorts the imports afterwards
        text = _insert_after(
            text, "if TYPE_CHECKING:\n", f"    from .{union.module} import {', '.join(names)}\n"
        )
        text = _insert_after(
            text,
            "_MODULES: dict[str, str] = {\n",
            "".join(f'    "{name}": ".{union.module}",\n' for name in names),
        )
    text = _insert_after(text, "__all__ = (\n", "".join(f'    "{e}",\n' for e in exports))
    head, rest = text.split("_MODULES: dict[str, str] = {\n", 1)
    entries, tail = rest.split("}\n", 1)
    entries = "".join(sorted(entries.splitlines(keepends=True), key=str.lower))
    init.write_text(f"{head}_MODULES: dict[str, str] = {{\n{entries}}}\n{tail}", encoding="utf-8")


def _insert_after(text: str, marker: str, addition: str) -> str:
    if marker not in text:
        raise RegenerateError(f"models/__init__.py has no {marker.strip()!r} (template changed?)")
    return text.replace(marker, marker + addition, 1)


def add_runtime(spec: dict[str, object], out_pkg: Path) -> None:
    """Render the hand-written runtime modules of ``generator/runtime/`` into the package."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(GENERATOR_DIR / "runtime")),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    info = spec.get("info")
    version = str(info.get("version")) if isinstance(info, dict) else "unknown"
    for name in sorted(env.list_templates(extensions=["jinja"])):
        target = out_pkg / name.removesuffix(".jinja")
        target.write_text(env.get_template(name).render(spec_version=version), encoding="utf-8")


def name_operations(spec: dict[str, object], out_pkg: Path) -> None:
    """Put each operation's real operationId into its endpoint module's ``OPERATION_ID``.

    The generator hands templates only the snake_case module name (``number_service_get_...``);
    conformance deviations and users need the spec's own ``NumberService_GetActiveNumber``.
    """
    from openapi_python_client.strings import PythonIdentifier

    by_module = {
        str(PythonIdentifier(op["operationId"], "field_")): op["operationId"]
        for op in normalize.iter_operations(spec)
    }
    for module in sorted((out_pkg / "api").rglob("*.py")):
        text = module.read_text(encoding="utf-8")
        if f'OPERATION_ID = "{module.stem}"' not in text:
            continue
        if module.stem not in by_module:
            raise RegenerateError(f"no operationId in the spec for {module.name}")
        text = text.replace(
            f'OPERATION_ID = "{module.stem}"', f"OPERATION_ID = {by_module[module.stem]!r}", 1
        )
        module.write_text(text, encoding="utf-8")


def ruff(args: list[str], cwd: Path) -> None:
    """Run ruff with the repo's settings and no cache, so output never depends on the cwd."""
    ruff_bin = Path(sys.executable).parent / "ruff"
    command, rest = args[0], args[1:]
    settings = ["--config", str(ROOT / "pyproject.toml"), "--no-cache"]
    subprocess.run(
        [str(ruff_bin), command, *settings, *rest], cwd=cwd, check=True, capture_output=True
    )


def add_headers(out_pkg: Path) -> None:
    for path in sorted(out_pkg.rglob("*.py")):
        path.write_text(HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")


def build_facade(out_dir: Path, facade_dir: Path) -> list[str]:
    """Render the overlay's resource modules against the just-generated package in ``out_dir``.

    Returns the names of the modules written into ``facade_dir``.
    """
    env = {**os.environ, "PYTHONPATH": str(out_dir)}
    cmd = [
        sys.executable,
        str(GENERATOR_DIR / "facade.py"),
        "--spec", str(out_dir / "numbers.normalized.yaml"),
        "--out-dir", str(facade_dir),
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise RegenerateError(f"facade generation failed:\n{proc.stdout}{proc.stderr}")
    names = sorted(proc.stdout.split())
    files = [str(facade_dir / name) for name in names]
    ruff(["check", "--fix-only", "--quiet", "--select", "F401,F541,I", *files], ROOT)
    ruff(["format", "--quiet", *files], ROOT)
    return names


def generated_facade_modules(directory: Path) -> list[Path]:
    """The modules of ``directory`` that generator/facade.py wrote (by their first line)."""
    found = []
    for path in sorted(directory.glob("*.py")):
        with path.open(encoding="utf-8") as file:
            if file.readline() == FACADE_HEADER.splitlines(keepends=True)[0]:
                found.append(path)
    return found


def build(spec_path: Path, out_dir: Path) -> dict[str, object]:
    """Write a complete ``generated/`` tree into the empty directory ``out_dir``."""
    check_generator_version()
    raw = spec_path.read_bytes()
    spec = yaml.safe_load(raw)
    normalized = normalize.normalize(spec)
    normalized_text = (
        "# Normalized by generator/normalize.py from openapi/numbers.yaml (generator/README.md).\n"
        "# Do not edit: run scripts/regenerate.\n" + normalize.dump(normalized)
    )
    normalized_path = out_dir / "numbers.normalized.yaml"
    normalized_path.write_text(normalized_text, encoding="utf-8")

    out_pkg = out_dir / PACKAGE
    run_generator(normalized_path, out_pkg)
    add_runtime(spec, out_pkg)
    add_unions(normalized, out_pkg)
    name_operations(normalized, out_pkg)
    ruff(
        ["check", ".", "--fix-only", "--quiet", "--select", "F401,I,UP", "--unsafe-fixes"], out_pkg
    )
    ruff(["format", ".", "--quiet"], out_pkg)
    add_headers(out_pkg)
    # The exact upstream bytes ship with the package: the sandbox validates against them and
    # other tools can read the spec a given release was generated from.
    (out_pkg / "openapi.yaml").write_bytes(raw)
    (out_pkg / "py.typed").touch()

    manifest = {
        "spec": _display_path(spec_path),
        "spec_sha256": sha256(raw),
        "spec_version": str(spec.get("info", {}).get("version")),
        "normalized_sha256": sha256(normalized_text.encode("utf-8")),
        "generator": f"{GENERATOR_NAME} {GENERATOR_VERSION}",
        "package": PACKAGE,
        "operations": sum(1 for _ in normalize.iter_operations(spec)),
    }
    (out_dir / "GENERATED.json").write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return manifest


def _display_path(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else resolved.name


def replace_tree(source: Path, target: Path) -> None:
    """Swap ``target`` for ``source`` by renames: a failure never leaves a half-written tree."""
    backup = target.with_name(target.name + ".old")
    if backup.exists():
        shutil.rmtree(backup)
    if target.exists():
        target.rename(backup)
    source.rename(target)
    if backup.exists():
        shutil.rmtree(backup)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="regenerate", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi" / "numbers.yaml")
    parser.add_argument(
        "--output", type=Path, default=ROOT / "generated", help="directory to (re)create"
    )
    parser.add_argument(
        "--facade-dir",
        type=Path,
        default=None,
        help="directory for the overlay's generated resource modules "
        "(default overlay/sinch_numbers/resources/, or beside --output when --output is given)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    output: Path = args.output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".regenerate-", dir=output.parent))
    facade_dir: Path = args.facade_dir or (
        FACADE_DIR if output == (ROOT / "generated").resolve() else output.parent / "facade"
    )
    try:
        manifest = build(args.spec, staging)
        facade_tmp = Path(tempfile.mkdtemp(prefix=".facade-", dir=staging.parent))
        try:
            names = build_facade(staging, facade_tmp)
            replace_tree(staging, output)
            facade_dir.mkdir(parents=True, exist_ok=True)
            for stale in generated_facade_modules(facade_dir):
                if stale.name not in names:  # a resource that is gone, or the old layout
                    stale.unlink()
            for name in names:
                os.replace(facade_tmp / name, facade_dir / name)
        finally:
            shutil.rmtree(facade_tmp, ignore_errors=True)
    except (RegenerateError, subprocess.CalledProcessError, OSError) as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 1
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    elapsed = time.perf_counter() - started
    print(
        f"regenerated {output.name}/ from {args.spec.name} {manifest['spec_version']} "
        f"(sha256 {str(manifest['spec_sha256'])[:12]}, {manifest['operations']} operations) "
        f"in {elapsed:.1f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
