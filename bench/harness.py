"""A small benchmark harness: fresh databases of a given size, timed runs, p50/p95 printed.

Each benchmark runs in its own process per (database, size) so Django is configured once
for that database. Databases are built with the demo generator's ``build_synthetic`` and
kept between runs (``var/bench/`` for SQLite, ``coopdev_bench_<n>`` on PostgreSQL): a
second run only times.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def database_url(backend: str, n_projects: int) -> str:
    if backend == "sqlite":
        path = ROOT / "var" / "bench" / f"bench-{n_projects}.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/coopdev_bench_{n_projects}"


def ensure_pg_database(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        exists = conn.execute("select 1 from pg_database where datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'create database "{name}"')


def pg_reachable() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001 - any failure means "not reachable" here
        return False


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coopdev.settings")
    os.environ.setdefault("COOPDEV_DATA_DIR", str(ROOT / "var"))
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()


def ensure_dataset(n_projects: int) -> None:
    """Migrate and fill the configured database with ``n_projects`` synthetic projects (once)."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    from coopdev.projects.models import Project

    have = Project.objects.count()
    if have == n_projects:
        return
    if have:
        Project.objects.all().delete()
    from django.db import connection

    from coopdev.demo.generator import build_synthetic

    started = time.perf_counter()
    # From 100k projects on PostgreSQL, the generator builds 20k and the database copies them
    # (with every row the figures read) under new identifiers: the same shape and spread,
    # minutes instead of an hour of ORM inserts.
    copies = n_projects // 20_000 if connection.vendor == "postgresql" and n_projects >= 100_000 else 1
    base = n_projects // copies
    build_synthetic(
        n_projects=base,
        n_organisations=max(62, n_projects // 50),
        seed=1,
        progress=progress_bar("build"),
    )
    if copies > 1:
        replicate_projects(copies - 1)
    built = Project.objects.count()
    print(f"  built {built:,} projects in {time.perf_counter() - started:.1f} s", flush=True)


def replicate_projects(extra_copies: int) -> None:
    """Copy every project ``extra_copies`` times on PostgreSQL, with its countries, regions,
    sectors, SDG goals and targets, tags and participants (identifiers get a ``-C<k>`` suffix)."""
    from django.db import connection, transaction

    from coopdev.projects.models import Project

    columns = [f.column for f in Project._meta.concrete_fields if f.column != "id"]
    select = ", ".join(
        "p.iati_identifier || '-C' || k.k" if c == "iati_identifier" else f"p.{c}" for c in columns
    )
    children = (
        "projects_projectcountry",
        "projects_projectregion",
        "projects_projectsector",
        "projects_projecttag",
        "projects_participatingorg",
        "projects_project_sdg_goals",
        "projects_project_sdg_targets",
    )
    # The pre-aggregated figures' triggers (projects migration 0004) would refresh every copied
    # project once per table copied; they are off for the copy and the figures rebuilt once after.
    summary_triggers = _summary_triggers(connection)
    with transaction.atomic(), connection.cursor() as cursor:
        for table, trigger in summary_triggers:
            cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
        cursor.execute(
            f"INSERT INTO projects_project ({', '.join(columns)}) "  # noqa: S608 - model columns
            f"SELECT {select} FROM projects_project p CROSS JOIN generate_series(1, %s) AS k(k)",
            [extra_copies],
        )
        cursor.execute(
            "CREATE TEMP TABLE bench_idmap ON COMMIT DROP AS "
            "SELECT o.id AS old_id, n.id AS new_id FROM projects_project o "
            "CROSS JOIN generate_series(1, %s) AS k(k) "
            "JOIN projects_project n ON n.iati_identifier = o.iati_identifier || '-C' || k.k",
            [extra_copies],
        )
        for table in children:
            cursor.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                "AND column_name NOT IN ('id', 'project_id') ORDER BY ordinal_position",
                [table],
            )
            cols = [row[0] for row in cursor.fetchall()]
            listed = ", ".join(cols)
            cursor.execute(
                f"INSERT INTO {table} (project_id, {listed}) "  # noqa: S608 - catalogue names
                f"SELECT m.new_id, {', '.join('c.' + col for col in cols)} FROM {table} c "
                "JOIN bench_idmap m ON m.old_id = c.project_id"
            )
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no ALTER TABLE with foreign-key checks pending
        for table, trigger in summary_triggers:
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
        if summary_triggers:
            cursor.execute("SELECT coopdev_figures_rebuild()")
        cursor.execute("ANALYZE")


def _summary_triggers(connection) -> list[tuple[str, str]]:
    """(table, trigger) of the figure summary's triggers, when the database has them."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND t.tgname LIKE '%\\_summary\\_%'"
        )
        return list(cursor.fetchall())


def progress_bar(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\r  {label} [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def timed(fn: Callable[[], object], *, runs: int, warmup: int = 3) -> dict[str, float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "runs": runs,
        "p50_ms": statistics.median(samples),
        "p95_ms": samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))],
        "max_ms": samples[-1],
    }


def run_child(script: str, backend: str, n_projects: int, extra: list[str] | None = None) -> int:
    """Run ``script`` in a fresh process configured for (backend, size)."""
    url = database_url(backend, n_projects)
    if backend == "postgres":
        ensure_pg_database(url.rsplit("/", 1)[1])
    cmd = [sys.executable, str(ROOT / "bench" / script), "--url", url, "--n", str(n_projects), *(extra or [])]
    return subprocess.call(cmd)
