# ruff: noqa: S608 - the SQL is built from constants of this file and 0008, no input.
"""The deferred figure refresh in two steps, so a bulk writer can refresh batch by batch (PostgreSQL).

0008's ``coopdev_figures_refresh_bulk(ids)`` did everything at once before the commit: an
import of 100,000 activities waited 15-24 s for it at its end, with nothing else to do. Now:

- ``coopdev_figures_refresh_stage(ids)`` brings the facts of projects ``ids`` up to date (old
  facts out, new facts in) and adds their signed difference, summed per group, to the
  transaction's temporary ``coopdev_figures_pending``. An import calls it after each batch,
  while it reads and builds the next one.
- ``coopdev_figures_refresh_flush()`` adds the pending sums to the summary in one upsert (in key
  order, as every refresh does) and removes the groups left empty.
- ``coopdev_figures_refresh_bulk(ids)`` is the two in a row, as before.

A project staged twice is exact too: the second stage takes out the facts the first put in.
Between a stage and the flush the summary lacks the pending sums, exactly as it lacked the
deferred projects before; the temporary tables go with the transaction (or its savepoint).
"""

from importlib import import_module

from django.db import migrations

_0008 = import_module("coopdev.projects.migrations.0008_figure_summary_deferred")
FACT_COLUMNS = _0008.FACT_COLUMNS
SUMMARY_COLUMNS = _0008.SUMMARY_COLUMNS
SIGNED_TABLE = _0008.SIGNED_TABLE
SUMS = ", ".join(f"sum({c})" for c in SUMMARY_COLUMNS.split(", ")[3:])

STAGE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION coopdev_figures_refresh_stage(ids bigint[]) RETURNS void AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    -- One table of signed facts for the whole transaction, emptied by TRUNCATE: the statements
    -- below keep their plans from one batch to the next (a table created per call made
    -- PostgreSQL plan the sixteen-branch fact query again each time: 8 us a project).
    {SIGNED_TABLE.replace("CREATE TEMP TABLE", "CREATE TEMP TABLE IF NOT EXISTS")};
    TRUNCATE coopdev_figures_signed;
    INSERT INTO coopdev_figures_signed
    SELECT -1, project_id, dim, key, -vt, -vm, -vt_n, -vm_n, -people, -women, -men, -reporting
      FROM projects_figurefact WHERE project_id = ANY(ids);
    DELETE FROM projects_figurefact WHERE project_id = ANY(ids);
    INSERT INTO projects_figurefact ({FACT_COLUMNS})
    SELECT {FACT_COLUMNS} FROM projects_figurefact_source WHERE project_id = ANY(ids);
    INSERT INTO coopdev_figures_signed SELECT 1, {FACT_COLUMNS} FROM projects_figurefact WHERE project_id = ANY(ids);
    -- No ANALYZE (a sixth of the stage's time): the aggregation below is hashed whatever the
    -- estimates, and the join's estimate comes from the table's size.
    CREATE TEMP TABLE IF NOT EXISTS coopdev_figures_pending (LIKE projects_figuresummary) ON COMMIT DROP;
    -- Hash the aggregation (the groups are few, the rows many); sorting them cost most of the time.
    PERFORM set_config('enable_sort', 'off', true);
    INSERT INTO coopdev_figures_pending ({SUMMARY_COLUMNS})
    WITH slices AS (
        SELECT DISTINCT sign, project_id, slice FROM (
            SELECT sign, project_id, '*'::varchar AS slice FROM coopdev_figures_signed WHERE dim = 'all'
            UNION ALL SELECT sign, project_id, 'status:' || key FROM coopdev_figures_signed WHERE dim = 'all'
            UNION ALL SELECT sign, project_id, 'sdg:' || key FROM coopdev_figures_signed WHERE dim = 'sdg'
            UNION ALL SELECT sign, project_id, 'org:' || key FROM coopdev_figures_signed WHERE dim = 'org'
            UNION ALL SELECT sign, project_id, 'region:' || key FROM coopdev_figures_signed
                       WHERE dim = 'ica' AND key <> ''
            UNION ALL SELECT sign, project_id, key FROM coopdev_figures_signed WHERE dim = 'in'
        ) s
    )
    SELECT s.slice, f.dim, CASE WHEN f.dim = 'all' THEN '' ELSE f.key END AS key,
           sum(f.sign) AS n, sum(f.vt) AS vt, sum(f.vm) AS vm, sum(f.vt_n) AS vt_n, sum(f.vm_n) AS vm_n,
           sum(f.people) AS people, sum(f.women) AS women, sum(f.men) AS men, sum(f.reporting) AS reporting
      FROM coopdev_figures_signed f JOIN slices s ON s.project_id = f.project_id AND s.sign = f.sign
     WHERE f.dim <> 'in'
     GROUP BY 1, 2, 3;
    PERFORM set_config('enable_sort', 'on', true);
END;
$$ LANGUAGE plpgsql SET work_mem = '64MB' SET enable_sort = on SET jit = off;
"""

FLUSH_FUNCTION = f"""
CREATE OR REPLACE FUNCTION coopdev_figures_refresh_flush() RETURNS void AS $$
DECLARE
    zs varchar[];
    zd varchar[];
    zk varchar[];
BEGIN
    IF to_regclass('pg_temp.coopdev_figures_pending') IS NULL THEN
        RETURN;
    END IF;
    -- Upserted in key order, as the per-statement refresh does, so concurrent writers lock the
    -- summary's rows in the same order.
    WITH changed AS (
        INSERT INTO projects_figuresummary AS t ({SUMMARY_COLUMNS})
        SELECT slice, dim, key, {SUMS} FROM coopdev_figures_pending
         GROUP BY slice, dim, key
        HAVING sum(n) <> 0 OR sum(vt) <> 0 OR sum(vm) <> 0 OR sum(vt_n) <> 0 OR sum(vm_n) <> 0
            OR sum(people) <> 0 OR sum(women) <> 0 OR sum(men) <> 0 OR sum(reporting) <> 0
         ORDER BY slice, dim, key
        ON CONFLICT (slice, dim, key) DO UPDATE SET
            n = t.n + EXCLUDED.n, vt = t.vt + EXCLUDED.vt, vm = t.vm + EXCLUDED.vm,
            vt_n = t.vt_n + EXCLUDED.vt_n, vm_n = t.vm_n + EXCLUDED.vm_n,
            people = t.people + EXCLUDED.people, women = t.women + EXCLUDED.women,
            men = t.men + EXCLUDED.men, reporting = t.reporting + EXCLUDED.reporting
        RETURNING t.slice, t.dim, t.key, t.n
    )
    SELECT array_agg(slice), array_agg(dim), array_agg(key) INTO zs, zd, zk FROM changed WHERE n = 0;
    -- A group no project is in any more disappears, as it does from the selectors' GROUP BY.
    IF zs IS NOT NULL THEN
        DELETE FROM projects_figuresummary t USING unnest(zs, zd, zk) AS z(slice, dim, key)
         WHERE t.slice = z.slice AND t.dim = z.dim AND t.key = z.key AND t.n = 0;
    END IF;
    DROP TABLE coopdev_figures_pending;
END;
$$ LANGUAGE plpgsql SET jit = off;
"""

BULK_FUNCTION = """
CREATE OR REPLACE FUNCTION coopdev_figures_refresh_bulk(ids bigint[]) RETURNS void AS $$
BEGIN
    PERFORM coopdev_figures_refresh_stage(ids);
    PERFORM coopdev_figures_refresh_flush();
END;
$$ LANGUAGE plpgsql SET jit = off;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(STAGE_FUNCTION)
    schema_editor.execute(FLUSH_FUNCTION)
    schema_editor.execute(BULK_FUNCTION)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(_0008.BULK_REFRESH_FUNCTION)
    schema_editor.execute("ALTER FUNCTION coopdev_figures_refresh_bulk(bigint[]) SET jit = off")
    schema_editor.execute("DROP FUNCTION IF EXISTS coopdev_figures_refresh_stage(bigint[])")
    schema_editor.execute("DROP FUNCTION IF EXISTS coopdev_figures_refresh_flush()")


class Migration(migrations.Migration):
    dependencies = [("projects", "0009_figure_summary_no_jit")]

    operations = [migrations.RunPython(create, drop)]
