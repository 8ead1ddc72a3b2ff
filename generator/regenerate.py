"""Turn the pinned spec into ``generated/``: normalize, generate, post-process, swap in atomically.

Deterministic: the same spec, generator version and ``generator/`` give byte-identical output,
so ``git status`` stays clean after a second run and CI can diff a fresh regeneration against
the committed tree. The spec's sha256 and the generator version live once, in
``GENERATED.json``; each file carries only a fixed header, so a spec update's diff shows just
what changed.

Crash-safe: everything is built in a temporary directory outside the repository; only the
finished trees are moved in, the facade modules first and ``generated/`` last, so
``GENERATED.json`` (which records the spec's and the facade modules' sha256) marks a complete
install. A run killed at any point leaves either the old or the new files plus, at worst, a
hidden ``.generated.incoming-<pid>`` folder that the next run removes; ``scripts/fetch-spec
--verify`` and ``scripts/update-spec`` notice a ``GENERATED.json`` that does not match the pin
and regenerate. SIGTERM (a cancelled CI job) cleans up like an error. Written files get the
modes git checks out (``0o666 & ~umask`` files, ``0o777 & ~umask`` directories).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

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
NORMALIZED_NAME = "numbers.normalized.yaml"
#: hidden folders a killed run may leave beside ``generated/`` (older versions staged there)
STALE_PATTERNS = (".regenerate-*", ".facade-*", "generated.old")
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


def build_facade(out_dir: Path, facade_dir: Path, view: Path) -> list[str]:
    """Render the overlay's resource modules against the just-generated package in ``out_dir``.

    Returns the names of the modules written into ``facade_dir``.
    """
    env = {**os.environ, "PYTHONPATH": str(out_dir)}
    cmd = [
        sys.executable,
        str(GENERATOR_DIR / "facade.py"),
        "--spec", str(view),
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


def packaged_spec(raw: bytes, spec: dict[str, object] | None = None) -> bytes:
    """The spec shipped as ``sinch_numbers_api/openapi.yaml``: the upstream bytes (``spec``, if
    given, is what they parse to), unless they carry ``x-codeSamples`` (other SDKs' snippets);
    then the document without them."""
    if spec is None:
        spec = normalize.load(raw)
    clean = copy.deepcopy(spec)
    normalize.strip_code_samples(clean)
    return raw if clean == spec else normalize.dump(clean).encode("utf-8")


def build(spec_path: Path, out_dir: Path, view_path: Path) -> dict[str, object]:
    """Write a complete ``generated/`` tree into the empty directory ``out_dir``; the Python
    view the generator reads goes to ``view_path`` (outside the tree: it is not shipped)."""
    check_generator_version()
    raw = spec_path.read_bytes()
    spec = normalize.load(raw)
    portable = normalize.portable(spec)
    view = normalize.python_view(spec)
    normalized_text = (
        "# Normalized by generator/normalize.py from openapi/numbers.yaml (generator/README.md):\n"
        "# the portable view, upstream constraints kept. Do not edit: run scripts/regenerate.\n"
        + normalize.dump(portable)
    )
    (out_dir / NORMALIZED_NAME).write_text(normalized_text, encoding="utf-8")
    view_text = normalize.dump(view)
    view_path.write_text(view_text, encoding="utf-8")

    out_pkg = out_dir / PACKAGE
    run_generator(view_path, out_pkg)
    add_runtime(spec, out_pkg)
    add_unions(view, out_pkg)
    name_operations(view, out_pkg)
    ruff(
        ["check", ".", "--fix-only", "--quiet", "--select", "F401,I,UP", "--unsafe-fixes"], out_pkg
    )
    ruff(["format", ".", "--quiet"], out_pkg)
    add_headers(out_pkg)
    # The upstream spec ships with the package (without other SDKs' x-codeSamples): the
    # sandbox validates against it and other tools can read what a release was generated from.
    (out_pkg / "openapi.yaml").write_bytes(packaged_spec(raw, spec))
    (out_pkg / "py.typed").touch()

    manifest: dict[str, object] = {
        "spec": _display_path(spec_path),
        "spec_sha256": sha256(raw),
        "spec_version": str(spec.get("info", {}).get("version")),
        "normalized_sha256": sha256(normalized_text.encode("utf-8")),
        "python_view_sha256": sha256(view_text.encode("utf-8")),
        "generator": f"{GENERATOR_NAME} {GENERATOR_VERSION}",
        "package": PACKAGE,
        "operations": sum(1 for _ in normalize.iter_operations(spec)),
    }
    write_manifest(out_dir, manifest)
    return manifest


def write_manifest(out_dir: Path, manifest: dict[str, object]) -> None:
    (out_dir / "GENERATED.json").write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


def _display_path(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else resolved.name


def fix_modes(tree: Path) -> None:
    """Give everything under ``tree`` the modes git checks out under the current umask
    (``tempfile.mkdtemp`` makes 0700 directories, which would end up in the repository)."""
    mask = os.umask(0)
    os.umask(mask)
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        os.chmod(path, (0o777 if path.is_dir() else 0o666) & ~mask)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(output: Path) -> list[Path]:
    """Remove what a killed run left beside ``output`` (hidden incoming/backup folders of dead
    processes, older versions' staging folders); returns what was removed."""
    removed = []
    candidates = [p for pattern in STALE_PATTERNS for p in output.parent.glob(pattern)]
    for pattern in (f".{output.name}.incoming-*", f".{output.name}.old-*"):
        for path in output.parent.glob(pattern):
            pid = path.name.rsplit("-", 1)[-1]
            if not (pid.isdigit() and _alive(int(pid))):
                candidates.append(path)
    for path in sorted(set(candidates)):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def replace_tree(source: Path, target: Path) -> None:
    """Swap ``target`` for ``source`` by renames: a failure never leaves a half-written tree."""
    backup = target.with_name(f".{target.name}.old-{os.getpid()}")
    if backup.exists():
        shutil.rmtree(backup)
    if target.exists():
        target.rename(backup)
    try:
        source.rename(target)
    except BaseException:
        if backup.exists() and not target.exists():
            backup.rename(target)
        raise
    if backup.exists():
        shutil.rmtree(backup)


def install(work: Path, output: Path, facade_dir: Path, names: list[str]) -> None:
    """Move the finished trees in: facade modules first, ``generated/`` (with GENERATED.json,
    the marker of a complete install) last. Each move is a rename on the target's filesystem.
    Generated facade modules that are no longer generated (a resource that is gone, an older
    layout) are removed."""
    pid = os.getpid()
    facade_dir.mkdir(parents=True, exist_ok=True)
    for stale in generated_facade_modules(facade_dir):
        if stale.name not in names:
            stale.unlink()
    for name in names:
        staged = facade_dir / f".{name}.{pid}.tmp"
        try:
            shutil.copy2(work / "facade" / name, staged)
            os.replace(staged, facade_dir / name)
        finally:
            staged.unlink(missing_ok=True)
    incoming = output.with_name(f".{output.name}.incoming-{pid}")
    try:
        shutil.copytree(work / "generated", incoming, symlinks=True)
        replace_tree(incoming, output)
    finally:
        if incoming.exists():
            shutil.rmtree(incoming, ignore_errors=True)


class Terminated(Exception):
    """SIGTERM (a cancelled CI job): unwind like an error so every ``finally`` cleans up."""


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise Terminated(f"terminated by signal {signum}")


def regenerate(spec: Path, output: Path, facade_dir: Path) -> dict[str, object]:
    """Build in a temporary directory outside the repository, then install."""
    output.parent.mkdir(parents=True, exist_ok=True)
    clean_stale(output)
    work = Path(tempfile.mkdtemp(prefix="sinch-numbers-regenerate-"))
    try:
        (work / "generated").mkdir()
        (work / "facade").mkdir()
        view = work / "numbers.python.yaml"
        manifest = build(spec, work / "generated", view)
        names = build_facade(work / "generated", work / "facade", view)
        manifest["facade_sha256"] = {
            name: sha256((work / "facade" / name).read_bytes()) for name in names
        }
        write_manifest(work / "generated", manifest)
        fix_modes(work)
        install(work, output, facade_dir, names)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return manifest


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
    facade_dir: Path = args.facade_dir or (
        FACADE_DIR if output == (ROOT / "generated").resolve() else output.parent / "facade"
    )
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        manifest = regenerate(args.spec, output, facade_dir)
    except (RegenerateError, subprocess.CalledProcessError, OSError, Terminated) as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 1
    finally:
        signal.signal(signal.SIGTERM, previous)
    elapsed = time.perf_counter() - started
    print(
        f"regenerated {output.name}/ from {args.spec.name} {manifest['spec_version']} "
        f"(sha256 {str(manifest['spec_sha256'])[:12]}, {manifest['operations']} operations) "
        f"in {elapsed:.1f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
