"""A web-server log analyser in the style of a real maintenance script:
regular expressions parse each line into a dataclass, bad lines are
counted, a context manager times (in a fixed, fake clock) each phase, and
the report shows status codes, slowest endpoints, traffic per hour, client
percentiles and a simple anomaly detector."""
import re
import json
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Dict, List, Optional

LOG = r"""
192.168.1.10 - - [12/Mar/2024:09:15:02 +0000] "GET /index.html HTTP/1.1" 200 5123 0.012
192.168.1.11 - ann [12/Mar/2024:09:15:07 +0000] "POST /api/login HTTP/1.1" 302 120 0.230
10.0.0.5 - - [12/Mar/2024:09:47:59 +0000] "GET /api/items?page=2 HTTP/1.1" 200 20441 0.410
10.0.0.5 - - [12/Mar/2024:10:02:13 +0000] "GET /api/items?page=3 HTTP/1.1" 200 19003 0.385
192.168.1.10 - - [12/Mar/2024:10:05:55 +0000] "GET /missing HTTP/1.1" 404 312 0.004
this line is garbage
172.16.0.9 - bob [12/Mar/2024:10:30:00 +0000] "DELETE /api/items/7 HTTP/1.1" 204 0 0.120
172.16.0.9 - bob [12/Mar/2024:10:30:01 +0000] "DELETE /api/items/8 HTTP/1.1" 500 77 2.950
10.0.0.5 - - [12/Mar/2024:11:00:42 +0000] "GET /api/items?page=4 HTTP/1.1" 200 18200 0.399
192.168.1.12 - - [12/Mar/2024:11:11:11 +0000] "GET /index.html HTTP/1.1" 304 0 0.002
192.168.1.12 - - [12/Mar/2024:11:11:12 +0000] "GET /static/app.js HTTP/1.1" 200 88011 0.050
10.0.0.7 - - [12/Mar/2024:11:59:59 +0000] "GET /api/items?page=1 HTTP/1.1" 200 20011 0.402
10.0.0.7 - - [12/Mar/2024:12:00:00 +0000] "PATCH /api/items/3 HTTP/1.1" 400 210 0.011
192.168.1.10 - - [12/Mar/2024:12:45:31 +0000] "GET /index.html HTTP/2.0" 200 5123 0.010
"""

LINE = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) - (?P<user>\S+) \[(?P<day>\d+)/(?P<mon>\w+)/(?P<year>\d+):'
    r'(?P<hour>\d\d):(?P<min>\d\d):(?P<sec>\d\d) [+-]\d{4}\] "(?P<method>[A-Z]+) (?P<path>\S+) '
    r'HTTP/(?P<version>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)$')


@dataclass
class Hit:
    ip: str
    user: Optional[str]
    hour: int
    method: str
    path: str
    status: int
    size: int
    secs: float
    query: Dict[str, str] = field(default_factory=dict)

    @property
    def endpoint(self) -> str:
        return re.sub(r"/\d+$", "/{id}", self.path.split("?")[0])

    @property
    def ok(self) -> bool:
        return self.status < 400


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def tick(self, amount):
        self.now += amount
        return self.now


@contextmanager
def phase(name, clock, timings):
    start = clock.now
    try:
        yield
    finally:
        clock.tick(0.125)
        timings.append((name, round(clock.now - start, 3)))


def parse(text: str):
    hits: List[Hit] = []
    bad = 0
    for raw in text.strip().splitlines():
        m = LINE.match(raw.strip())
        if not m:
            bad += 1
            continue
        g = m.groupdict()
        query = dict(part.split("=", 1) for part in g["path"].partition("?")[2].split("&") if "=" in part)
        hits.append(Hit(g["ip"], None if g["user"] == "-" else g["user"], int(g["hour"]), g["method"],
                        g["path"], int(g["status"]), int(g["size"]), float(g["secs"]), query))
    return hits, bad


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def report(hits, bad):
    lines = [f"{len(hits)} requests parsed, {bad} bad line(s)"]
    classes = Counter(f"{h.status // 100}xx" for h in hits)
    lines.append("status classes: " + ", ".join(f"{k}={v}" for k, v in sorted(classes.items())))
    by_endpoint = defaultdict(list)
    for h in hits:
        by_endpoint[(h.method, h.endpoint)].append(h.secs)
    lines.append("slowest endpoints (mean seconds):")
    ranked = sorted(by_endpoint.items(), key=lambda kv: (-sum(kv[1]) / len(kv[1]), kv[0]))
    for (method, ep), secs in ranked[:4]:
        lines.append(f"  {method:<6} {ep:<20} {sum(secs) / len(secs):7.3f}s over {len(secs)}")
    per_hour = Counter(h.hour for h in hits)
    lines.append("traffic per hour:")
    for hour in range(min(per_hour), max(per_hour) + 1):
        lines.append(f"  {hour:02d}:00 {'#' * per_hour[hour]:<6} {per_hour[hour]}")
    sizes = [h.size for h in hits]
    lines.append("bytes p50={:.0f} p90={:.0f} max={:,}".format(percentile(sizes, 50), percentile(sizes, 90), max(sizes)))
    users = Counter(h.user for h in hits if h.user)
    lines.append(f"users: {dict(users)}; anonymous share {sum(1 for h in hits if not h.user) / len(hits):.0%}")
    mean = sum(h.secs for h in hits) / len(hits)
    spread = (sum((h.secs - mean) ** 2 for h in hits) / len(hits)) ** 0.5
    outliers = [h for h in hits if h.secs > mean + 2 * spread]
    lines.append(f"latency mean {mean:.3f}s, sd {spread:.3f}s, outliers: {[(o.method, o.path, o.status) for o in outliers]}")
    pages = sorted(int(h.query["page"]) for h in hits if "page" in h.query)
    missing = sorted(set(range(1, max(pages) + 1)) - set(pages))
    lines.append(f"item pages fetched {pages}, never fetched {missing}")
    return "\n".join(lines)


if __name__ == "__main__":
    clock, timings = FakeClock(), []
    with phase("parse", clock, timings):
        hits, bad = parse(LOG)
    with phase("report", clock, timings):
        text = report(hits, bad)
    print(text)
    print("timings:", timings)
    errors = [h for h in hits if not h.ok]
    print(json.dumps([{"ip": h.ip, "status": h.status, "endpoint": h.endpoint} for h in errors], indent=1))
    print(hits[0])
    try:
        with phase("failing", clock, timings):
            raise RuntimeError("disk full")
    except RuntimeError as e:
        print("phase failed:", e, timings[-1])
