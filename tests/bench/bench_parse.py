"""Parsing cost: one 1,000-number ``ListActiveNumbersResponse`` page, tolerant reader vs before.

    python tests/bench/bench_parse.py [--quick] [--before REV]

Three readers of the same page, each in its own interpreter, in interleaved rounds:
``json.loads`` alone (the baseline), the committed generated package's ``from_dict``, and the
``from_dict`` of the package as it was at ``--before`` (default: the commit before the tolerant
reader), extracted from git into a temporary directory. The page is spec-shaped, since the
strict reader of before raises on the server-shaped one (explicit nulls, voice configurations
without ``type``); the tolerant reader is also timed on the server-shaped page. Prints medians
and the ratios; the issue's goal is a tolerant reader within 10 % of before.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from _goals import goal

ROOT = Path(__file__).resolve().parents[2]
BEFORE = "21e991e"  # last commit with the strict from_dict templates
PAGE_SIZE = 1000

WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from sinch_numbers_api.models.list_active_numbers_response import ListActiveNumbersResponse
try:  # deviations go to a de-duplicating sink, as the client's conformance record does
    from sinch_numbers_api import conformance
    seen = {}
    quiet = lambda: conformance.collecting(lambda d: seen.setdefault(d.key, d))
except ImportError:  # the package of before has no conformance module
    import contextlib
    quiet = contextlib.nullcontext
text = open(sys.argv[2], encoding="utf-8").read()
mode, number = sys.argv[3], int(sys.argv[4])
best = []
with quiet():
    for _ in range(number):
        start = time.perf_counter()
        data = json.loads(text)
        if mode == "model":
            ListActiveNumbersResponse.from_dict(data)
        best.append(time.perf_counter() - start)
print(json.dumps(sorted(best)[: max(1, number // 2)]))
"""


def page(server_shaped: bool) -> dict[str, object]:
    numbers = []
    for i in range(PAGE_SIZE):
        sms: dict[str, object] = {"servicePlanId": f"plan-{i % 7}"}
        voice: dict[str, object] = {"type": "RTC", "appId": f"app-{i % 5}"}
        if server_shaped:
            sms |= {"scheduledProvisioning": None, "campaignId": ""}
            voice |= {"scheduledVoiceProvisioning": None, "lastUpdatedTime": None}
            if i % 4 == 0:
                del voice["type"]
        numbers.append(
            {
                "phoneNumber": f"+1206555{i:04d}",
                "projectId": "51bc3f40-f266-4ca8-8938-a1ed0ff32b9a",
                "displayName": f"line {i}",
                "regionCode": "US",
                "type": "LOCAL",
                "capability": ["SMS", "VOICE"],
                "money": {"currencyCode": "USD", "amount": "2.00"},
                "paymentIntervalMonths": 1,
                "nextChargeDate": "2026-12-01T10:00:00.123456Z",
                "expireAt": "2026-12-01T10:00:00.123456Z",
                "smsConfiguration": sms,
                "voiceConfiguration": voice,
                "callbackUrl": "https://example.com/callback",
            }
        )
    return {"activeNumbers": numbers, "nextPageToken": "abc", "totalSize": PAGE_SIZE}


def extract_generated(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "generated"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "generated"


def run(tree: Path, body: Path, mode: str, number: int) -> list[float]:
    done = subprocess.run(
        [sys.executable, "-c", WORKER, str(tree), str(body), mode, str(number)],
        capture_output=True,
        text=True,
        check=True,
    )
    samples: list[float] = json.loads(done.stdout)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--before", default=BEFORE, help="git revision to compare with")
    args = parser.parse_args(argv)
    rounds, number = (3, 20) if args.quick else (7, 40)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        before = extract_generated(args.before, work / "before")
        current = ROOT / "generated"
        spec_body, server_body = work / "spec.json", work / "server.json"
        spec_body.write_text(json.dumps(page(False)), encoding="utf-8")
        server_body.write_text(json.dumps(page(True)), encoding="utf-8")
        rows = {
            "json.loads (spec-shaped page)": (current, spec_body, "json"),
            f"from_dict before ({args.before})": (before, spec_body, "model"),
            "from_dict tolerant (spec-shaped page)": (current, spec_body, "model"),
            "from_dict tolerant (server-shaped page)": (current, server_body, "model"),
        }
        samples: dict[str, list[float]] = {name: [] for name in rows}
        for round_ in range(rounds):
            names = list(rows)
            names = names[round_ % len(names) :] + names[: round_ % len(names)]
            for name in names:
                samples[name] += run(*rows[name], number)
    median = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    base = median["json.loads (spec-shaped page)"]
    old = median[f"from_dict before ({args.before})"]
    print(
        f"json.loads + from_dict of one page of {PAGE_SIZE} active numbers; "
        f"median ms of {rounds}x{number} (best half)"
    )
    for name, ms in median.items():
        print(f"  {name:<44} {ms:8.2f} ms  {ms / base:5.2f}x json.loads")
    tolerant = median["from_dict tolerant (spec-shaped page)"]
    ratio = tolerant / old
    verdict = "OK" if ratio <= 1.10 else "MISSED"
    print(f"tolerant reader vs before: {ratio:.2f}x (goal <= 1.10x) {verdict}")
    goal("from_dict of a 1,000-number page vs json.loads", tolerant / base, 2.0)
    goal("tolerant reader vs the strict one of before", ratio, 1.10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
