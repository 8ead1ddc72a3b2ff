"""How long does ``scripts/regenerate`` take, and is its output the same every time?

    python tests/bench/bench_regenerate.py [--quick]

Runs the whole regeneration (spec normalization, openapi-python-client, the tolerant-reader
runtime, the facade modules) into temporary directories several times, and prints the median
wall time against the goal of the speed issue (<= 3 s on a 2-core machine) and whether every
run wrote byte-identical trees, identical to the committed ``generated/`` too.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _goals import goal

ROOT = Path(__file__).resolve().parents[2]


def tree_digest(root: Path) -> str:
    """sha256 over every file's relative path and bytes (``__pycache__`` left out)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else 7
    seconds: list[float] = []
    digests: set[tuple[str, str]] = set()
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            out, facade = Path(tmp) / "generated", Path(tmp) / "facade"
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "scripts" / "regenerate"),
                    "--output",
                    str(out),
                    "--facade-dir",
                    str(facade),
                ],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            seconds.append(time.perf_counter() - started)
            digests.add((tree_digest(out), tree_digest(facade)))
    committed = tree_digest(ROOT / "generated")
    same = len(digests) == 1
    matches = same and next(iter(digests))[0] == committed
    median = statistics.median(seconds)
    print(f"scripts/regenerate, {runs} runs: median {median:.2f} s, min {min(seconds):.2f} s")
    print(f"  every run byte-identical: {same}; equal to the committed generated/: {matches}")
    goal("regenerate wall time", median, 3.0, unit="s")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
