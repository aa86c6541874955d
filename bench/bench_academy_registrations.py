"""Benchmark: 2,000 concurrent Academy registrations over HTTP against one session (PostgreSQL, gunicorn).

    .venv/bin/python bench/bench_academy_registrations.py                 # defaults below
    .venv/bin/python bench/bench_academy_registrations.py --attempts 500 --threads 32 --workers 4
    .venv/bin/python bench/bench_academy_registrations.py --rate 100      # open loop: 100 arrivals/s

Standalone (not in ``bench/run.py``: it has no (backend, size) axis, it is PostgreSQL only).
The script creates a fresh database ``coopdev_bench_academy`` on ``BENCH_PG_URL`` (default
postgres://postgres@127.0.0.1:5432/postgres), runs ``coopdev migrate`` there, creates one
session with the seed's default seats (100: 20 staff, 20 per ICA region) and a second one for
the warm-up, starts gunicorn with sync workers (two per core, as behind a buffering proxy;
``--worker-threads`` for gthread) on a free loopback port, registers ``--warmup`` people on
the second session, then lets clients register from several processes (closed loop:
``--threads`` people each registering one after another; open loop, ``--rate``: people arrive
at a fixed rate whether or not the earlier ones were answered). Each attempt GETs the session
page (CSRF cookie and token, consent version) and POSTs the form on the same connection where
the server keeps it open, as a browser does. Arrivals come from the four regions in turn, one
in ten with an allow-listed staff address. Afterwards it reads the database and prints the
seats held per pool against the pool's quota (overbooked seats must be 0), the HTTP status
counts, latency percentiles and throughput. Figures are printed, never asserted; the database
is dropped unless ``--keep``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from urllib.parse import urlencode

import psycopg

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PG_ADMIN_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
DB_NAME = "coopdev_bench_academy"
SLUG = "bench-session"
WARMUP_SLUG = "warm-up-session"
COUNTRIES = ("KE", "BR", "IN", "IT")  # one per ICA region
TOKEN_RE = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
CONSENT_RE = re.compile(rb'name="consent_version" value="(\d+)"')

CREATE_SESSION = f"""
import datetime as dt
from django.utils import timezone
from coopdev.academy.models import ConsentText, Session
ConsentText.objects.get_or_create(version=1, defaults={{"text": "We process your data to allocate seats."}})
for slug in ("{SLUG}", "{WARMUP_SLUG}"):
    Session.objects.create(slug=slug, title=slug, starts_at=timezone.now() + dt.timedelta(days=14))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def admin_execute(sql: str) -> None:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(sql)


def drop_database() -> None:
    admin_execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')


def wait_for_server(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", f"/academy/s/{SLUG}/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit("gunicorn did not answer in time")


class HTTPError(Exception):
    """The server's answer could not be read as HTTP."""


class Attempt:
    """One person registering: GET the form, POST it. Only the POST's latency is the registration's.

    The client is asyncio on plain sockets: a thread per waiting person would spend more of
    the two cores on the interpreter's lock than on the requests, and its own queueing would
    count as the server's latency.
    """

    def __init__(self, port: int, n: int, timeout: float, keep_alive: bool, slug: str = SLUG) -> None:
        self.port, self.n, self.timeout, self.keep_alive, self.slug = port, n, timeout, keep_alive, slug
        self.get_latency: float | None = None
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def _request(self, method: str, body: bytes = b"", headers: dict | None = None):
        # A browser sends the POST on the connection it loaded the form on (keep-alive); with
        # --no-keep-alive, or when the server closes it, the next request opens its own.
        if self.streams is None:
            self.streams = await asyncio.open_connection("127.0.0.1", self.port)
        reader, writer = self.streams
        lines = [f"{method} /academy/s/{self.slug}/ HTTP/1.1", f"Host: 127.0.0.1:{self.port}"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        lines += [f"Content-Length: {len(body)}"] if method == "POST" else []
        lines += ["Connection: keep-alive" if self.keep_alive else "Connection: close"]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        head = await reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        parts = status_line.split(" ", 2)
        if len(parts) < 2 or not parts[1].isdigit():
            raise HTTPError(status_line)
        fields: dict[str, str] = {}
        cookies = []
        for line in header_lines:
            if ":" in line:
                name, _, value = line.partition(":")
                if name.lower() == "set-cookie":
                    cookies.append(value.strip())
                fields[name.lower()] = value.strip()
        if "content-length" in fields:
            content = await reader.readexactly(int(fields["content-length"]))
        else:
            content = await reader.read()
        if not self.keep_alive or fields.get("connection", "").lower() == "close":
            await self.close()
        return int(parts[1]), "; ".join(cookies), content

    async def close(self) -> None:
        if self.streams is not None:
            writer = self.streams[1]
            self.streams = None
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    async def run(self) -> tuple[str, float | None, float | None]:
        try:
            return await asyncio.wait_for(self._run(), self.timeout)
        except TimeoutError:
            return "error timeout", None, self.get_latency
        finally:
            await self.close()

    async def _run(self) -> tuple[str, float | None, float | None]:
        try:
            get_started = time.perf_counter()
            status, cookie, page = await self._request("GET")
            self.get_latency = time.perf_counter() - get_started
            token, consent = TOKEN_RE.search(page), CONSENT_RE.search(page)
            csrf = re.search(r"csrftoken=([^;]+)", cookie)
            if status != 200 or not (token and consent and csrf):
                return f"GET {status}", None, self.get_latency
            staff = self.n % 10 == 0
            form = {
                "name": f"Bench Person {self.n}",
                "email": f"bench{self.n}@{'ica.coop' if staff else 'example.org'}",
                "country": COUNTRIES[self.n % 4],
                "staff_claimed": "on" if staff else "",
                "gender": ("woman", "man", "unsaid")[self.n % 3],
                "age_band": ("young", "35-54", "55+")[self.n % 3],
                "consent": "on",
                "consent_version": consent.group(1).decode(),
                "csrfmiddlewaretoken": token.group(1).decode(),
            }
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={csrf.group(1)}",
            }
            started = time.perf_counter()
            status, _cookie, body = await self._request("POST", urlencode(form).encode(), headers)
            latency = time.perf_counter() - started
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, HTTPError) as exc:
            return f"error {type(exc).__name__}", None, self.get_latency
        if status == 200 and b"Check your e-mail" in body:
            return "200 registered", latency, self.get_latency
        return f"{status} refused", latency, self.get_latency


async def _attempts(
    port: int,
    numbers: list[int],
    concurrency: int,
    timeout: float,
    rate: float,
    t0: float,
    keep_alive: bool,
    slug: str,
) -> list[tuple[str, float | None, float | None]]:
    """Closed loop (``rate`` 0): ``concurrency`` people, each registering one after another.
    Open loop: person k arrives at ``t0 + k / rate`` whether or not earlier ones were answered,
    as a crowd does."""
    await asyncio.sleep(max(0.0, t0 - time.time()))
    if rate:

        async def arrive(n: int) -> tuple[str, float | None, float | None]:
            await asyncio.sleep(max(0.0, t0 + n / rate - time.time()))
            return await Attempt(port, n, timeout, keep_alive, slug).run()

        return list(await asyncio.gather(*(arrive(n) for n in numbers)))
    queue = list(reversed(numbers))
    results: list[tuple[str, float | None, float | None]] = []

    async def person() -> None:
        while queue:
            results.append(await Attempt(port, queue.pop(), timeout, keep_alive, slug).run())

    await asyncio.gather(*(person() for _ in range(concurrency)))
    return results


def client_process(
    port: int, numbers: list[int], threads: int, timeout: float, rate: float, t0: float, keep_alive: bool
) -> list[tuple[str, float | None, float | None]]:
    """One client process: its share of the attempts on one event loop."""
    return asyncio.run(_attempts(port, numbers, threads, timeout, rate, t0, keep_alive, SLUG))


def warm_up(port: int, args: argparse.Namespace) -> None:
    """Registrations on a second session before the measured ones, so that every worker has
    loaded its templates, catalogues and connection: registration opening on a live site
    meets warm processes, and a cold start would otherwise be most of the slowest 1%."""
    numbers = list(range(10**6, 10**6 + args.warmup))
    concurrency = max(2, args.workers * max(1, args.worker_threads))
    asyncio.run(_attempts(port, numbers, concurrency, args.timeout, 0, 0, args.keep_alive, WARMUP_SLUG))


def drive_clients(
    port: int, args: argparse.Namespace
) -> tuple[Counter[str], list[float], list[float], float]:
    """Run the attempts from ``--client-processes`` processes (one Python process's GIL would
    otherwise be the bottleneck and add its own queueing to the latencies it measures).

    Every process starts at the same moment ``t0`` (a second ahead, so starting them does not
    count); returns the outcomes, the POST and GET latencies, and the seconds from ``t0`` to
    the last answer."""
    procs = max(1, args.client_processes)
    numbers = list(range(1, args.attempts + 1))
    shares = [numbers[i::procs] for i in range(procs)]
    threads = max(1, args.threads // procs)
    t0 = time.time() + 1.0
    outcomes: Counter[str] = Counter()
    latencies: list[float] = []
    get_latencies: list[float] = []
    with ProcessPoolExecutor(max_workers=procs) as pool:
        futures = [
            pool.submit(client_process, port, share, threads, args.timeout, args.rate, t0, args.keep_alive)
            for share in shares
        ]
        for future in as_completed(futures, timeout=args.budget):
            for outcome, latency, get_latency in future.result():
                outcomes[outcome] += 1
                if latency is not None:
                    latencies.append(latency)
                if get_latency is not None:
                    get_latencies.append(get_latency)
    return outcomes, latencies, get_latencies, time.time() - t0


def seat_report(conn: psycopg.Connection) -> tuple[list[tuple], int]:
    """Per pool: quota (base + transfers), seats held, waiting; and the overbooked seats."""
    session_id, *base = conn.execute(
        "SELECT id, staff_seats, seats_africa, seats_americas, seats_asia_pacific, seats_europe "
        "FROM academy_session WHERE slug = %s",
        [SLUG],
    ).fetchone()
    pools = ("staff", "africa", "americas", "asia-pacific", "europe")
    quota = dict(zip(pools, base, strict=True))
    for from_pool, to_pool, seats in conn.execute(
        "SELECT from_pool, to_pool, seats FROM academy_seattransfer WHERE session_id = %s", [session_id]
    ):
        quota[from_pool] -= seats
        quota[to_pool] += seats
    counts = {
        (pool, state, holds): n
        for pool, state, holds, n in conn.execute(
            "SELECT pool, state, holds_seat, count(*) FROM academy_registration "
            "WHERE session_id = %s GROUP BY pool, state, holds_seat",
            [session_id],
        )
    }
    rows, overbooked = [], 0
    for pool in pools:
        held = sum(n for (p, _s, holds), n in counts.items() if p == pool and holds)
        confirmed = sum(n for (p, s, _h), n in counts.items() if p == pool and s == "confirmed")
        waiting = sum(n for (p, _s, holds), n in counts.items() if p == pool and not holds)
        overbooked += max(0, held - quota[pool])
        rows.append((pool, quota[pool], held, confirmed, waiting))
    return rows, overbooked


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--attempts", type=int, default=2000)
    parser.add_argument(
        "--threads",
        type=int,
        default=64,
        help="concurrent people in all (closed loop), across the client processes",
    )
    parser.add_argument("--client-processes", type=int, default=4)
    parser.add_argument(
        "--rate", type=float, default=0.0, help="open loop: arrivals per second (0: closed loop of --threads)"
    )
    parser.add_argument("--workers", type=int, default=min(8, 2 * (os.cpu_count() or 2)))
    parser.add_argument(
        "--worker-threads",
        type=int,
        default=1,
        help="threads per gunicorn worker (> 1: gthread workers; default 1: sync workers behind a proxy)",
    )
    parser.add_argument(
        "--no-keep-alive",
        dest="keep_alive",
        action="store_false",
        help="a new connection for every request (default: the POST reuses the GET's, as a browser does)",
    )
    parser.add_argument(
        "--warmup", type=int, default=200, help="registrations on another session first, not counted"
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="per request, seconds")
    parser.add_argument("--budget", type=float, default=600.0, help="whole run, seconds")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()

    db_url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + DB_NAME
    data_dir = ROOT / "var" / "bench" / "academy"
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "COOPDEV_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "coopdev.settings",
        "COOPDEV_DEBUG": "",
    }
    drop_database()
    admin_execute(f'CREATE DATABASE "{DB_NAME}"')
    server = None
    try:
        subprocess.run([BIN / "coopdev", "migrate", "-v0"], env=env, check=True, cwd=ROOT)  # noqa: S603
        subprocess.run([BIN / "coopdev", "shell", "-c", CREATE_SESSION], env=env, check=True, cwd=ROOT)  # noqa: S603
        port = free_port()
        server = subprocess.Popen(  # noqa: S603
            [BIN / "gunicorn", "coopdev.wsgi:application", "--bind", f"127.0.0.1:{port}"]
            + ["--workers", str(args.workers), "--timeout", "60", "--log-level", "warning"]
            + (["--threads", str(args.worker_threads)] if args.worker_threads > 1 else []),
            env=env,
            cwd=ROOT,
        )
        wait_for_server(port, time.monotonic() + 60)

        warm_up(port, args)
        outcomes, latencies, get_latencies, elapsed = drive_clients(port, args)

        with psycopg.connect(db_url) as conn:
            rows, overbooked = seat_report(conn)
            total = conn.execute(
                "SELECT count(*) FROM academy_registration r JOIN academy_session s ON s.id = r.session_id "
                "WHERE s.slug = %s",
                [SLUG],
            ).fetchone()[0]
            capacity = conn.execute(
                "SELECT capacity FROM academy_session WHERE slug = %s", [SLUG]
            ).fetchone()[0]
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if not args.keep:
            drop_database()

    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    server_kind = (
        f"gthread workers x {args.worker_threads} threads" if args.worker_threads > 1 else "sync workers"
    )
    connections = "keep-alive" if args.keep_alive else "a connection per request"
    mode = (
        f"open loop, {args.rate:g} arrivals/s" if args.rate else f"closed loop, {args.threads} client threads"
    )
    print(
        f"# Academy registrations: {args.attempts} attempts, {mode} in {args.client_processes} processes, "
        f"gunicorn {args.workers} {server_kind}, {connections}, "
        f"PostgreSQL, {os.cpu_count()} cores, load after: {load}"
    )
    print(f"warm-up: {args.warmup} registrations on another session before the measured ones (not counted)")
    print(f"attempts: {sum(outcomes.values())}   registrations written: {total}")
    print("outcomes (POST status):", ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items())))
    print(f"{'pool':<14}{'quota':>7}{'held':>7}{'confirmed':>11}{'waiting':>9}")
    for pool, quota, held, confirmed, waiting in rows:
        print(f"{pool:<14}{quota:>7}{held:>7}{confirmed:>11}{waiting:>9}")
    print(f"seats held: {sum(r[2] for r in rows)} of capacity {capacity}   overbooked seats: {overbooked}")
    if latencies:
        ms = [x * 1000 for x in latencies]
        print(
            f"POST latency ms: p50 {percentile(ms, 50):.0f}  p95 {percentile(ms, 95):.0f}  "
            f"p99 {percentile(ms, 99):.0f}  max {max(ms):.0f}"
        )
    if get_latencies:
        ms = [x * 1000 for x in get_latencies]
        print(
            f"GET (form page) latency ms: p50 {percentile(ms, 50):.0f}  p95 {percentile(ms, 95):.0f}  "
            f"p99 {percentile(ms, 99):.0f}  max {max(ms):.0f}"
        )
    print(
        f"wall time {elapsed:.1f} s   registrations/s {len(latencies) / elapsed:.1f}   "
        f"HTTP requests/s (GET+POST) {(len(latencies) + sum(outcomes.values())) / elapsed:.1f}"
    )


if __name__ == "__main__":
    main()
