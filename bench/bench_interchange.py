"""Benchmark: IATI import into the database, peak memory as files grow, CSV export rate.

    python bench/bench_interchange.py --url postgres://postgres@127.0.0.1:5432/x --n 100000
    python bench/run.py --only interchange --sizes 100000 --backends postgres

It uses a database of its own (``coopdev_bench_interchange`` on PostgreSQL,
``var/bench/interchange.sqlite3``), never the synthetic datasets of the other benchmarks.
For each size (``--n`` and, for the memory curve, n/20 and n/5) it:

1. writes a realistic IATI 2.03 file with ``coopdev.interchange.generate`` (kept in var/bench/);
2. times a parse-only pass (``lxml.etree.iterparse`` on ``iati-activity``, clearing as it goes);
3. imports the file into an emptied database in a child process, with validation on (the
   official XSD per activity, codelists, platform rules) and reports activities/s, the ratio to
   the parse-only pass, the child's peak resident memory (``ru_maxrss``), and the CPU time per
   activity of the client (all its threads) and of its PostgreSQL backend (``/proc``), which
   say where the time goes even on a loaded machine, how busy the writer thread was (the
   writes run behind the reading, ``interchange/writebehind.py``), and the seconds of the
   import's serial end (the last batch's writes with the summary's final upsert, the commit),
   and the garbage collector's collections during the import (``interchange/collector.py``);
   then runs the same file through the import's stages without the database (parse and XSD;
   reading into records; reading and the codelist checks), each as a share of a parse-only
   pass made beside them: the most the import could reach if the database cost nothing;
4. exports every imported project as CSV (the zip of six tables, and the projects table alone)
   in a child process: rows/s and peak memory.

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"


def own_url(url: str) -> str:
    if url.startswith("sqlite"):
        return f"sqlite:///{BENCH_DIR / 'interchange.sqlite3'}"
    return url.rsplit("/", 1)[0] + "/coopdev_bench_interchange"


def setup(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coopdev.settings")
    os.environ.setdefault("COOPDEV_DATA_DIR", str(ROOT / "var"))
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def server_cpu_seconds() -> float | None:
    """CPU time used so far by this connection's PostgreSQL backend (Linux, local server only):
    with the client's own CPU time it says where the time goes whatever the machine's load."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- child processes ------------------------------------------------------------------------------


def child_reset(url: str) -> None:
    """Migrate once, then empty every table the import writes."""
    setup(url)
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", interactive=False, verbosity=0)
    from coopdev.interchange.models import ImportedActivity, ImportJob
    from coopdev.organisations.models import Organisation
    from coopdev.projects.models import Project

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f'TRUNCATE "{Project._meta.db_table}" CASCADE')
    else:
        ImportedActivity.objects.all().delete()
        ImportJob.objects.all().delete()
        for model in Project._meta.related_objects:
            model.related_model._base_manager.all().delete()
        Project.sdg_goals.through.objects.all().delete()
        Project.sdg_targets.through.objects.all().delete()
        Project.objects.all().delete()
    Organisation.objects.filter(iati_identifier__startswith="XM-COOP-").delete()


def child_import(url: str, path: str) -> None:
    setup(url)
    from coopdev.interchange.services import import_file
    from coopdev.reference import fx

    fx.to_eur(1, "USD", __import__("datetime").date(2020, 1, 2))  # load the ECB history before timing
    from lxml import etree

    from coopdev.interchange.readers import reader_for
    from coopdev.interchange.readers.iati import activity_schema
    from coopdev.interchange.validation import Checker, Codes

    # Where the time goes: the same file through each stage, without the database, beside a
    # parse-only pass of its own (the machine's speed drifts between processes).
    stages = {}
    started = time.perf_counter()
    parse_only(Path(path))
    stages["parse-only"] = time.perf_counter() - started
    schema = activity_schema()
    started = time.perf_counter()
    for _event, el in etree.iterparse(path, events=("end",), tag="iati-activity"):
        schema.validate(el)
        el.clear()
        while el.getprevious() is not None:
            del el.getparent()[0]
    stages["parse+xsd"] = time.perf_counter() - started
    started = time.perf_counter()
    count = sum(1 for _ in reader_for(path=Path(path), filename="x").activities())
    stages["read (parse+xsd+map)"] = time.perf_counter() - started
    checker = Checker(codes=Codes.load(), filename="x", tabular=False)
    started = time.perf_counter()
    for read in reader_for(path=Path(path), filename="x").activities():
        checker.check(read.record)
    stages["read+codelists"] = time.perf_counter() - started
    # Where the import's own time goes: the writes run behind the reading in a thread of their
    # own (``writebehind``); the serial end is the last batch's writes with the figure summary's
    # final upsert (``ProjectWriter.finish``), then the commit.
    from django.db import connections

    from coopdev.interchange import persist

    ends = {"last writes + summary upsert": 0.0, "commit": 0.0, "writer thread busy": 0.0}

    def timed(name, function):
        def run(*args, **kwargs):
            begun = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                ends[name] += time.perf_counter() - begun

        return run

    writes = persist.ProjectWriter._writes

    def timed_writes(self, *args, **kwargs):
        return timed("writer thread busy", writes(self, *args, **kwargs))

    persist.ProjectWriter.finish = timed("last writes + summary upsert", persist.ProjectWriter.finish)  # type: ignore[method-assign]
    persist.ProjectWriter._writes = timed_writes  # type: ignore[method-assign]
    backend = type(connections["default"])
    backend._commit = timed("commit", backend._commit)  # type: ignore[method-assign]
    # The cyclic garbage collector's collections during the import, by generation
    # (``interchange/collector.py`` keeps the full ones out of an import).
    import gc

    collections = {0: [0, 0.0], 1: [0, 0.0], 2: [0, 0.0]}
    began = [0.0]

    def on_collection(phase, info):
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            entry = collections[info["generation"]]
            entry[0] += 1
            entry[1] += time.perf_counter() - began[0]

    gc.callbacks.append(on_collection)
    server_before = server_cpu_seconds()
    cpu_before = time.process_time()
    started = time.perf_counter()
    report = import_file(path=Path(path))
    elapsed = time.perf_counter() - started
    client_cpu = time.process_time() - cpu_before
    server_after = server_cpu_seconds()
    gc.callbacks.remove(on_collection)
    print(
        json.dumps(
            {
                "created": report.created,
                "refused": report.refused,
                "errors": [str(e) for e in report.errors[:3]],
                "seconds": elapsed,
                "client_cpu": client_cpu,
                "server_cpu": None
                if server_before is None or server_after is None
                else server_after - server_before,
                "peak_mb": peak_mb(),
                "stages": {name: count / seconds for name, seconds in stages.items()},
                "ends": ends,
                "gc": collections,
            }
        )
    )


def child_export(url: str, table: str) -> None:
    setup(url)
    from coopdev.interchange.exporters import export_stream
    from coopdev.projects.models import Project

    projects = Project.objects.all()
    started = time.perf_counter()
    size = 0
    newlines = 0
    for chunk in export_stream(fmt="csv", projects=projects, table=table or None):
        size += len(chunk)
        if table:
            newlines += chunk.count(b"\n")
    elapsed = time.perf_counter() - started
    if not table:  # count the rows of the zip's six tables
        from coopdev.interchange.exporters import TABLES
        from coopdev.interchange.exporters.tables import table_rows

        newlines = sum(sum(1 for _ in table_rows(t, projects)) for t in TABLES)
    print(json.dumps({"rows": newlines, "bytes": size, "seconds": elapsed, "peak_mb": peak_mb()}))


def run(args: list[str]) -> dict:
    out = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        print(out.stderr[-3000:], file=sys.stderr)
        raise SystemExit(out.returncode)
    return json.loads(out.stdout.strip().splitlines()[-1]) if out.stdout.strip() else {}


# -- the parent -------------------------------------------------------------------------------------


def parse_only(path: Path) -> float:
    from lxml import etree

    started = time.perf_counter()
    count = 0
    for _event, el in etree.iterparse(str(path), events=("end",), tag="iati-activity"):
        count += 1
        el.clear()
        while el.getprevious() is not None:
            del el.getparent()[0]
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--n", type=int, required=True, help="activities in the largest file")
    parser.add_argument("--child", choices=["reset", "import", "export"])
    parser.add_argument("--file", default="")
    parser.add_argument("--table", default="")
    parser.add_argument("--sizes", default="", help="comma-separated sizes (default n/20, n/5, n)")
    args = parser.parse_args()
    url = own_url(args.url)
    if args.child == "reset":
        return child_reset(url)
    if args.child == "import":
        return child_import(url, args.file)
    if args.child == "export":
        return child_export(url, args.table)

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    if url.startswith("postgres"):
        sys.path.insert(0, str(ROOT / "bench"))
        from harness import ensure_pg_database

        ensure_pg_database("coopdev_bench_interchange")
    sys.path.insert(0, str(ROOT / "src"))
    from coopdev.interchange.generate import iati_file_write

    vendor = "postgresql" if url.startswith("postgres") else "sqlite"
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else sorted({max(args.n // 20, 100), args.n // 5, args.n})
    )
    for n in sizes:
        path = BENCH_DIR / f"iati-{n}.xml"
        if not path.exists():
            started = time.perf_counter()
            iati_file_write(path=path, activities=n)
            print(f"  generated {n:,} activities, {path.stat().st_size / 1e6:.1f} MB in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)  # fmt: skip
        mb = path.stat().st_size / 1e6
        parse_rate = parse_only(path)
        run(["--url", args.url, "--n", str(n), "--child", "reset"])
        result = run(["--url", args.url, "--n", str(n), "--child", "import", "--file", str(path)])
        rate = result["created"] / result["seconds"]
        print(
            f"import       {vendor:<10} {n:>8,} activities {mb:7.1f} MB  {rate:8,.0f} activities/s "
            f"({100 * rate / parse_rate:4.1f}% of parse-only {parse_rate:,.0f}/s)  "
            f"peak {result['peak_mb']:6.0f} MB"
            + (f"  REFUSED {result['refused']}: {result['errors']}" if result["refused"] else ""),
            flush=True,
        )
        per = 1e6 / max(result["created"], 1)
        server = result.get("server_cpu")
        print(
            f"  CPU per activity: client {result['client_cpu'] * per:.0f} µs (all threads)"
            + (f", PostgreSQL backend {server * per:.0f} µs" if server is not None else ""),
            flush=True,
        )
        ends = result["ends"]
        busy = ends.pop("writer thread busy", 0.0)
        print(
            f"  writes behind the reading: writer thread busy {busy:.1f} s of {result['seconds']:.1f} s "
            f"({100 * busy / result['seconds']:.0f}%); at the end, the client waiting: "
            + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in ends.items()),
            flush=True,
        )
        gc = result["gc"]
        print(
            "  garbage collections during the import: "
            + ", ".join(
                f"{name} {gc[str(g)][0]:,} ({gc[str(g)][1]:.1f} s)"
                for g, name in ((0, "young"), (1, "middle"), (2, "full"))
            ),
            flush=True,
        )
        print(
            "  stages without the database (% of their own parse-only pass): "
            + ", ".join(
                f"{name} {rate:,.0f}/s ({100 * rate / result['stages']['parse-only']:.0f}%)"
                for name, rate in result["stages"].items()
                if name != "parse-only"
            )
            + f"; parse-only {result['stages']['parse-only']:,.0f}/s; load average {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        if n == max(sizes):
            for table in ("projects", ""):
                exp = run(["--url", args.url, "--n", str(n), "--child", "export", "--table", table])
                print(
                    f"csv export   {vendor:<10} {n:>8,} projects   {table or 'zip of 6 tables':<16} "
                    f"{exp['rows']:>9,} rows  {exp['rows'] / exp['seconds']:9,.0f} rows/s  "
                    f"{exp['bytes'] / 1e6:6.1f} MB  peak {exp['peak_mb']:6.0f} MB",
                    flush=True,
                )


if __name__ == "__main__":
    main()
