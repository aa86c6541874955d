# ruff: noqa: S608 - the SQL is built from constants of this file, no input.
"""Figure summary maintenance that a bulk writer can defer to one set-based refresh (PostgreSQL).

An import of 100,000 activities ran the statement-level triggers of 0004 some 300 times (one
per table per batch), each re-adding its batch to the ~10,000 summary groups: about 60% of
PostgreSQL's time in the import. Now, when the transaction-local setting
``coopdev.defer_summary`` is ``on`` (``set_config(..., true)``, see
``coopdev.projects.summary.defer_begin``), the triggers of projects and their figure tables do
nothing, and the writer, which knows the projects it wrote, calls
``coopdev_figures_refresh_bulk(ids)`` before it commits: the same exact refresh (old facts out,
new facts in, the difference added to the sums, empty groups removed), in the same transaction,
so the figures still roll back with the data. Any write not made under the setting is
maintained by the triggers as before; TRUNCATE always is.

The bulk refresh aggregates through temporary tables it analyses, so PostgreSQL plans the
million-row aggregation with real row counts and hashes it (the CTE of the per-statement refresh
is estimated at a few rows, which made it sort every row of facts x slices, spilling to disk).
"""

from django.db import migrations

FACT_COLUMNS = "project_id, dim, key, vt, vm, vt_n, vm_n, people, women, men, reporting"
SUMMARY_COLUMNS = "slice, dim, key, n, vt, vm, vt_n, vm_n, people, women, men, reporting"

# The facts of the refreshed projects with their sign already applied (old facts negated), so
# the aggregation sums columns instead of multiplying every row.
SIGNED_TABLE = (
    "CREATE TEMP TABLE coopdev_figures_signed (sign integer, project_id bigint, dim varchar, "
    "key varchar, vt numeric, vm numeric, vt_n integer, vm_n integer, people bigint, women bigint, "
    "men bigint, reporting integer) ON COMMIT DROP"
)

BULK_REFRESH_FUNCTION = f"""
CREATE OR REPLACE FUNCTION coopdev_figures_refresh_bulk(ids bigint[]) RETURNS void AS $$
DECLARE
    zs varchar[];
    zd varchar[];
    zk varchar[];
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    DROP TABLE IF EXISTS pg_temp.coopdev_figures_signed;
    DROP TABLE IF EXISTS pg_temp.coopdev_figures_summed;
    {SIGNED_TABLE};
    WITH old AS (
        DELETE FROM projects_figurefact WHERE project_id = ANY(ids) RETURNING {FACT_COLUMNS}
    ), new AS (
        INSERT INTO projects_figurefact ({FACT_COLUMNS})
        SELECT {FACT_COLUMNS} FROM projects_figurefact_source WHERE project_id = ANY(ids)
        RETURNING {FACT_COLUMNS}
    )
    INSERT INTO coopdev_figures_signed
    SELECT -1, project_id, dim, key, -vt, -vm, -vt_n, -vm_n, -people, -women, -men, -reporting FROM old
    UNION ALL SELECT 1, * FROM new;
    ANALYZE coopdev_figures_signed;
    -- Hash the aggregation (the groups are few, the rows many); sorting them cost most of the time.
    PERFORM set_config('enable_sort', 'off', true);
    CREATE TEMP TABLE coopdev_figures_summed ON COMMIT DROP AS
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
    -- Upserted in key order, as the per-statement refresh does, so concurrent writers lock the
    -- summary's rows in the same order.
    WITH changed AS (
        INSERT INTO projects_figuresummary AS t ({SUMMARY_COLUMNS})
        SELECT {SUMMARY_COLUMNS} FROM coopdev_figures_summed
         WHERE n <> 0 OR vt <> 0 OR vm <> 0 OR vt_n <> 0 OR vm_n <> 0
            OR people <> 0 OR women <> 0 OR men <> 0 OR reporting <> 0
         ORDER BY slice, dim, key
        ON CONFLICT (slice, dim, key) DO UPDATE SET
            n = t.n + EXCLUDED.n, vt = t.vt + EXCLUDED.vt, vm = t.vm + EXCLUDED.vm,
            vt_n = t.vt_n + EXCLUDED.vt_n, vm_n = t.vm_n + EXCLUDED.vm_n,
            people = t.people + EXCLUDED.people, women = t.women + EXCLUDED.women,
            men = t.men + EXCLUDED.men, reporting = t.reporting + EXCLUDED.reporting
        RETURNING t.slice, t.dim, t.key, t.n
    )
    SELECT array_agg(slice), array_agg(dim), array_agg(key) INTO zs, zd, zk FROM changed WHERE n = 0;
    IF zs IS NOT NULL THEN
        DELETE FROM projects_figuresummary t USING unnest(zs, zd, zk) AS z(slice, dim, key)
         WHERE t.slice = z.slice AND t.dim = z.dim AND t.key = z.key AND t.n = 0;
    END IF;
    DROP TABLE coopdev_figures_signed;
    DROP TABLE coopdev_figures_summed;
END;
$$ LANGUAGE plpgsql SET work_mem = '64MB' SET enable_sort = on;
"""

# 0004's columns of a project that the figures read.
PROJECT_COLUMNS = (
    "publication_state",
    "total_value_eur",
    "managed_value_eur",
    "people_reached",
    "people_reached_women",
    "people_reached_men",
    "reporting_org_id",
    "activity_status",
    "actual_start",
    "planned_start",
    "actual_end",
    "planned_end",
)
_OLD = ", ".join(f"o.{c}" for c in PROJECT_COLUMNS)
_NEW = ", ".join(f"n.{c}" for c in PROJECT_COLUMNS)


def _touch_functions(deferrable: bool) -> str:
    skip = (
        "    IF TG_OP <> 'TRUNCATE' AND current_setting('coopdev.defer_summary', true) = 'on' THEN\n"
        "        RETURN NULL;  -- the writer refreshes its projects before it commits\n"
        "    END IF;\n"
        if deferrable
        else ""
    )
    return f"""
CREATE OR REPLACE FUNCTION coopdev_figures_touch_project() RETURNS trigger AS $$
BEGIN
{skip}    IF TG_OP = 'INSERT' THEN
        PERFORM coopdev_figures_refresh(ARRAY(SELECT id FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM coopdev_figures_refresh(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE ({_OLD}) IS DISTINCT FROM ({_NEW})
        ));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM coopdev_figures_refresh(ARRAY(SELECT id FROM old_rows));
    ELSE
        TRUNCATE projects_figurefact, projects_figuresummary;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION coopdev_figures_touch_child() RETURNS trigger AS $$
BEGIN
{skip}    IF TG_OP = 'INSERT' THEN
        PERFORM coopdev_figures_refresh(ARRAY(SELECT DISTINCT project_id FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM coopdev_figures_refresh(ARRAY(
            SELECT project_id FROM new_rows UNION SELECT project_id FROM old_rows
        ));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM coopdev_figures_refresh(ARRAY(SELECT DISTINCT project_id FROM old_rows));
    ELSE
        PERFORM coopdev_figures_rebuild();
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(BULK_REFRESH_FUNCTION)
    schema_editor.execute(_touch_functions(deferrable=True))


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(_touch_functions(deferrable=False))
    schema_editor.execute("DROP FUNCTION IF EXISTS coopdev_figures_refresh_bulk(bigint[])")


class Migration(migrations.Migration):
    dependencies = [("projects", "0007_project_demo_index")]

    operations = [migrations.RunPython(create, drop)]
