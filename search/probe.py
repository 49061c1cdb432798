"""Send the hostile request set (search/probe_cases.py) to a running site and time it.

`python manage.py probe_site URL` (search/management/commands/probe_site.py) fails on any
5xx, connection error or timeout, and on any case slower than FACTOR × the median of
ordinary queries. Standard library only (urllib): it runs wherever the project runs.
"""

from __future__ import annotations

import json
import statistics
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import asdict, dataclass, field

from search.probe_cases import (
    Case,
    all_cases,
    junk_cases,
    normal_paths,
    search_cases,
)

__all__ = ["Case", "all_cases", "fetch", "junk_cases", "run", "search_cases"]

FACTOR = 10.0
TIMEOUT = 30.0
NORMAL_ROUNDS = 3
# A case over the budget is timed again (best of SLOW_RETRIES + 1): one scheduler hiccup
# on a busy machine is not a slow query, a query that is slow every time is.
SLOW_RETRIES = 2


# -- running against a live site --------------------------------------------------------
@dataclass
class Result:
    group: str
    path: str
    status: int  # 0: no HTTP answer (connection refused, reset, timeout)
    seconds: float
    ok_status: bool
    slow: bool = False
    error: str = ""


@dataclass
class Report:
    base_url: str
    normal_median: float
    normal_max: float
    budget: float
    factor: float = FACTOR
    results: list[Result] = field(default_factory=list)

    @property
    def failures(self) -> list[Result]:
        return [r for r in self.results if r.status == 0 or r.status >= 500 or r.slow]

    @property
    def unexpected(self) -> list[Result]:
        """Answers that are not 5xx but not what the case expects either (reported only)."""
        return [r for r in self.results if not r.ok_status and r not in self.failures]

    def groups(self) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for r in self.results:
            g = out.setdefault(r.group, {"cases": 0, "statuses": Counter(), "times": []})
            g["cases"] += 1
            g["statuses"][r.status] += 1
            g["times"].append(r.seconds)
        return {
            name: {
                "cases": g["cases"],
                "statuses": dict(sorted(g["statuses"].items())),
                "median_ms": round(statistics.median(g["times"]) * 1000, 1),
                "max_ms": round(max(g["times"]) * 1000, 1),
                "max_vs_normal": round(max(g["times"]) / self.normal_median, 1)
                if self.normal_median
                else None,
            }
            for name, g in out.items()
        }

    def as_dict(self) -> dict:
        return {
            "base_url": self.base_url,
            "cases": len(self.results),
            "normal_median_ms": round(self.normal_median * 1000, 1),
            "normal_max_ms": round(self.normal_max * 1000, 1),
            "budget_ms": round(self.budget * 1000, 1),
            "factor": self.factor,
            "groups": self.groups(),
            "failures": [asdict(r) for r in self.failures],
            "unexpected": [asdict(r) for r in self.unexpected],
            "ok": not self.failures,
        }


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # a 301 is an answer, not a hop
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, timeout: float = TIMEOUT) -> tuple[int, float, bytes, str]:
    """(status, seconds, body, error): never raises for an HTTP or network failure."""
    request = urllib.request.Request(url, headers={"User-Agent": "fazhi-probe/1"})
    started = time.perf_counter()
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            body = response.read()
            return response.status, time.perf_counter() - started, body, ""
    except urllib.error.HTTPError as error:
        body = error.read()
        return error.code, time.perf_counter() - started, body, ""
    except (urllib.error.URLError, OSError) as error:
        return 0, time.perf_counter() - started, b"", f"{type(error).__name__}: {error}"


def measure_normal(base_url: str, rounds: int = NORMAL_ROUNDS) -> list[float]:
    times = []
    for path in normal_paths():
        fetch(base_url + path)  # warm-up: first searcher, jieba's first cut
    for _ in range(rounds):
        for path in normal_paths():
            status, seconds, _, error = fetch(base_url + path)
            if status != 200:
                raise RuntimeError(f"a normal query failed: {path} → {status} {error}")
            times.append(seconds)
    return times


def run(
    base_url: str,
    cases: list[Case] | None = None,
    *,
    factor: float = FACTOR,
    delay: float = 0.0,
) -> Report:
    base_url = base_url.rstrip("/")
    normal = measure_normal(base_url)
    median = statistics.median(normal)
    report = Report(base_url, median, max(normal), budget=factor * median, factor=factor)
    for case in cases if cases is not None else all_cases():
        status, seconds, _, error = fetch(base_url + case.path)
        tries = 0
        while status and status < 500 and seconds > report.budget and tries < SLOW_RETRIES:
            tries += 1
            again = fetch(base_url + case.path)
            if again[0] == status:
                seconds = min(seconds, again[1])
        report.results.append(
            Result(
                group=case.group,
                path=case.path,
                status=status,
                seconds=seconds,
                ok_status=status in case.allowed,
                slow=bool(status) and seconds > report.budget,
                error=error,
            )
        )
        if delay:
            time.sleep(delay)  # pacing for a site behind nginx's rate limit
    return report


def format_text(report: Report) -> str:
    lines = [
        f"probe of {report.base_url}: {len(report.results)} hostile requests",
        f"normal query: median {report.normal_median * 1000:.1f} ms, "
        f"max {report.normal_max * 1000:.1f} ms; budget {report.budget * 1000:.1f} ms "
        f"({report.factor:g}× median)",
        "",
        f"{'input class':34} {'cases':>5}  {'statuses':26} {'median':>8} {'max':>8} {'max/normal':>10}",
    ]
    for name, g in report.groups().items():
        statuses = " ".join(f"{code or 'ERR'}×{n}" for code, n in g["statuses"].items())
        lines.append(
            f"{name:34} {g['cases']:>5}  {statuses:26} {g['median_ms']:>6.1f}ms "
            f"{g['max_ms']:>6.1f}ms {g['max_vs_normal'] or 0:>9.1f}×"
        )
    lines.append("")
    for r in report.unexpected:
        lines.append(f"unexpected status {r.status}: {r.path[:120]}")
    for r in report.failures:
        why = "slow" if r.slow else (r.error or f"HTTP {r.status}")
        lines.append(f"FAIL ({why}, {r.seconds * 1000:.0f} ms): {r.path[:120]}")
    lines.append("OK: no 5xx, nothing slower than the budget." if not report.failures else "FAILED")
    return "\n".join(lines)


def format_json(report: Report) -> str:
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)
