"""Regenerate docs/examples/report-1.0.2-to-1.0.3.{json,md}: the real 1.0.2 → 1.0.3 update.

Runs the whole pipeline once in a tmp copy of the repo (1.0.2 pinned, locked and generated),
with the 1.0.3 file served over loopback HTTP, and writes the report where the docs link it.

    .venv/bin/python tests/update_spec/make_examples.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from specserver import SpecServer

from update_spec.helpers import OLD, ROOT, V103, make_repo, update

OUT = ROOT / "docs" / "examples"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, SpecServer() as server:
        repo = make_repo(Path(tmp) / "repo")
        for path in repo.history.glob("*.yaml"):
            path.unlink()
        lock = {"openapi/numbers.yaml": repo.lock_json()["openapi/numbers.yaml"]}
        repo.lock.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n", "utf-8")
        repo.pending.unlink(missing_ok=True)
        repo.pin_bytes(OLD)
        repo.regenerate()
        server.add("/numbers.yaml", V103)
        started = time.perf_counter()
        code = update.main(
            [
                "--root",
                str(repo.root),
                "--source",
                server.url("/numbers.yaml"),
                "--report",
                str(OUT / "report-1.0.2-to-1.0.3.json"),
                "--markdown",
                str(OUT / "report-1.0.2-to-1.0.3.md"),
            ]  # fmt: skip
        )
        wall = time.perf_counter() - started
    print(f"exit {code}; wall time {wall:.2f}s; wrote {OUT}/report-1.0.2-to-1.0.3.{{json,md}}")
    return 0 if code in (0, 3) else 1


if __name__ == "__main__":
    raise SystemExit(main())
