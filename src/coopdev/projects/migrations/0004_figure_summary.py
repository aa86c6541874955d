# ruff: noqa: S608 - the SQL is built from constants of this file, no input.
"""Exact pre-aggregated figures on PostgreSQL, kept current by triggers (see
``coopdev.projects.summary``).

``projects_figurefact`` holds what each published project contributes to each figure: one row
per (project, figure dimension, group), with its value already split by the published
percentages exactly as the selectors compute it (the same SQL expression per row, so the same
numeric result to the last digit). ``projects_figuresummary`` holds the sums of those rows per
*slice* of projects: all published projects (``*``), each SDG, ICA region, sector category, the
health sector, activity status and organisation. Statement-level triggers on every table a
figure reads replace the facts of the projects a statement touched and apply the difference to
the sums in the same statement, so the sums are right inside the writing transaction and roll
back with it. A change of reference data that moves countries between regions rebuilds both
tables (names are not kept here: the selectors read them from the reference tables). SQLite gets nothing here: at the sizes it serves, the selectors' own queries are fast.

No foreign keys, as with the search table: Django's test flush truncates its own tables, and
PostgreSQL refuses to truncate a table another one references; the triggers follow instead.
"""

from django.db import migrations

HEALTH = ("121", "122", "123")  # coopdev.projects.selectors.HEALTH_SECTOR_CATEGORIES

# The facts of every published project; a ``WHERE project_id = ANY(...)`` on the view is pushed
# down into each branch (every branch filters or groups on the project).
# Shares use the selectors' own expression, value * coalesce(percentage, 100) / 100, row by row.
_SHARE = "coalesce(p.{value} * coalesce(x.percentage, 100) / 100, 0)"
_ST, _SM = _SHARE.format(value="total_value_eur"), _SHARE.format(value="managed_value_eur")
_HEALTH_LIST = ", ".join(f"'{c}'" for c in HEALTH)
_PUBLISHED = "p.publication_state = 'published'"

FACT_VIEW = f"""
CREATE VIEW projects_figurefact_source AS
SELECT p.id AS project_id, 'all'::varchar AS dim, p.activity_status::varchar AS key,
       coalesce(p.total_value_eur, 0) AS vt, coalesce(p.managed_value_eur, 0) AS vm,
       (p.total_value_eur IS NOT NULL)::int AS vt_n, (p.managed_value_eur IS NOT NULL)::int AS vm_n,
       coalesce(p.people_reached, 0)::bigint AS people, coalesce(p.people_reached_women, 0)::bigint AS women,
       coalesce(p.people_reached_men, 0)::bigint AS men, (p.people_reached IS NOT NULL)::int AS reporting
  FROM projects_project p WHERE {_PUBLISHED}
UNION ALL
SELECT p.id, 'org', p.reporting_org_id::varchar, coalesce(p.total_value_eur, 0), coalesce(p.managed_value_eur, 0),
       (p.total_value_eur IS NOT NULL)::int, (p.managed_value_eur IS NOT NULL)::int, 0, 0, 0, 0
  FROM projects_project p WHERE {_PUBLISHED}
UNION ALL
SELECT p.id, 'span',
       coalesce(extract(year FROM coalesce(p.actual_start, p.planned_start))::int::varchar, '') || ':' ||
       coalesce(extract(year FROM coalesce(p.actual_end, p.planned_end))::int::varchar, ''),
       coalesce(p.total_value_eur, 0), coalesce(p.managed_value_eur, 0), 0, 0, 0, 0, 0, 0
  FROM projects_project p WHERE {_PUBLISHED}
UNION ALL
SELECT x.project_id, 'country', x.country_id::varchar, {_ST}, {_SM}, 0, 0, 0, 0, 0, 0
  FROM projects_projectcountry x JOIN projects_project p ON p.id = x.project_id WHERE {_PUBLISHED}
UNION ALL
SELECT x.project_id, 'ica', coalesce(c.ica_region_id::varchar, ''), sum({_ST}), sum({_SM}), 0, 0, 0, 0, 0, 0
  FROM projects_projectcountry x JOIN projects_project p ON p.id = x.project_id
  JOIN reference_country c ON c.code = x.country_id WHERE {_PUBLISHED} GROUP BY x.project_id, c.ica_region_id
UNION ALL
SELECT x.project_id, 'm49c', coalesce(c.m49_continent_id::varchar, ''), sum({_ST}), sum({_SM}), 0, 0, 0, 0, 0, 0
  FROM projects_projectcountry x JOIN projects_project p ON p.id = x.project_id
  JOIN reference_country c ON c.code = x.country_id WHERE {_PUBLISHED} GROUP BY x.project_id, c.m49_continent_id
UNION ALL
SELECT x.project_id, 'm49s', coalesce(c.m49_subregion_id::varchar, ''), sum({_ST}), sum({_SM}), 0, 0, 0, 0, 0, 0
  FROM projects_projectcountry x JOIN projects_project p ON p.id = x.project_id
  JOIN reference_country c ON c.code = x.country_id WHERE {_PUBLISHED} GROUP BY x.project_id, c.m49_subregion_id
UNION ALL
SELECT x.project_id, 'regional', '', sum({_ST}), sum({_SM}), 0, 0, 0, 0, 0, 0
  FROM projects_projectregion x JOIN projects_project p ON p.id = x.project_id WHERE {_PUBLISHED}
  GROUP BY x.project_id
UNION ALL
SELECT p.id, 'nogeo', '', coalesce(p.total_value_eur, 0), coalesce(p.managed_value_eur, 0), 0, 0, 0, 0, 0, 0
  FROM projects_project p WHERE {_PUBLISHED}
   AND NOT EXISTS (SELECT 1 FROM projects_projectcountry c WHERE c.project_id = p.id)
   AND NOT EXISTS (SELECT 1 FROM projects_projectregion r WHERE r.project_id = p.id)
UNION ALL
SELECT x.project_id, 'sector', x.category_id::varchar, sum({_ST}), sum({_SM}), 0, 0, 0, 0, 0, 0
  FROM projects_projectsector x JOIN projects_project p ON p.id = x.project_id
 WHERE {_PUBLISHED} AND x.category_id IS NOT NULL
   AND (x.vocabulary = '1' OR (x.vocabulary = '2' AND NOT EXISTS (
        SELECT 1 FROM projects_projectsector f WHERE f.project_id = x.project_id AND f.vocabulary = '1')))
 GROUP BY x.project_id, x.category_id
UNION ALL
SELECT p.id, 'nosector', '', coalesce(p.total_value_eur, 0), coalesce(p.managed_value_eur, 0), 0, 0, 0, 0, 0, 0
  FROM projects_project p WHERE {_PUBLISHED}
   AND NOT EXISTS (SELECT 1 FROM projects_projectsector s WHERE s.project_id = p.id
                   AND s.vocabulary IN ('1', '2') AND s.category_id IS NOT NULL)
UNION ALL
SELECT x.project_id, 'sdg', x.sdggoal_id::varchar, coalesce(p.total_value_eur, 0), coalesce(p.managed_value_eur, 0),
       0, 0, 0, 0, 0, 0
  FROM projects_project_sdg_goals x JOIN projects_project p ON p.id = x.project_id WHERE {_PUBLISHED}
UNION ALL
SELECT p.id, 'nosdg', '', 0, 0, 0, 0, 0, 0, 0, 0
  FROM projects_project p WHERE {_PUBLISHED}
   AND NOT EXISTS (SELECT 1 FROM projects_project_sdg_goals g WHERE g.project_id = p.id)
UNION ALL
SELECT x.project_id, 'in', 'cat:' || x.category_id, 0, 0, 0, 0, 0, 0, 0, 0
  FROM projects_projectsector x JOIN projects_project p ON p.id = x.project_id
 WHERE {_PUBLISHED} AND x.category_id IS NOT NULL GROUP BY x.project_id, x.category_id
UNION ALL
SELECT x.project_id, 'in', 'cat:health', 0, 0, 0, 0, 0, 0, 0, 0
  FROM projects_projectsector x JOIN projects_project p ON p.id = x.project_id
 WHERE {_PUBLISHED} AND x.category_id IN ({_HEALTH_LIST}) GROUP BY x.project_id
UNION ALL
SELECT x.project_id, 'in', 'org:' || x.organisation_id, 0, 0, 0, 0, 0, 0, 0, 0
  FROM projects_participatingorg x JOIN projects_project p ON p.id = x.project_id
 WHERE {_PUBLISHED} AND x.organisation_id IS NOT NULL AND x.organisation_id <> p.reporting_org_id
 GROUP BY x.project_id, x.organisation_id
"""

FACT_COLUMNS = "project_id, dim, key, vt, vm, vt_n, vm_n, people, women, men, reporting"
SUMMARY_COLUMNS = "slice, dim, key, n, vt, vm, vt_n, vm_n, people, women, men, reporting"


def _summed(facts: str) -> str:
    """The summary rows of a set of signed facts ``{facts}(sign, <fact columns>)``: every fact
    counted in every slice its project belongs to."""
    return f"""
    slices AS (
        SELECT DISTINCT sign, project_id, slice FROM (
            SELECT sign, project_id, '*'::varchar AS slice FROM {facts} WHERE dim = 'all'
            UNION ALL SELECT sign, project_id, 'status:' || key FROM {facts} WHERE dim = 'all'
            UNION ALL SELECT sign, project_id, 'sdg:' || key FROM {facts} WHERE dim = 'sdg'
            UNION ALL SELECT sign, project_id, 'org:' || key FROM {facts} WHERE dim = 'org'
            UNION ALL SELECT sign, project_id, 'region:' || key FROM {facts} WHERE dim = 'ica' AND key <> ''
            UNION ALL SELECT sign, project_id, key FROM {facts} WHERE dim = 'in'
        ) s
    ),
    summed AS (
        SELECT s.slice, f.dim, CASE WHEN f.dim = 'all' THEN '' ELSE f.key END AS key,
               sum(f.sign) AS n, sum(f.sign * f.vt) AS vt, sum(f.sign * f.vm) AS vm,
               sum(f.sign * f.vt_n) AS vt_n, sum(f.sign * f.vm_n) AS vm_n,
               sum(f.sign * f.people) AS people, sum(f.sign * f.women) AS women,
               sum(f.sign * f.men) AS men, sum(f.sign * f.reporting) AS reporting
          FROM {facts} f JOIN slices s ON s.project_id = f.project_id AND s.sign = f.sign
         WHERE f.dim <> 'in'
         GROUP BY 1, 2, 3
    )"""


REFRESH_FUNCTION = f"""
CREATE OR REPLACE FUNCTION coopdev_figures_refresh(ids bigint[]) RETURNS void AS $$
DECLARE
    zs varchar[];
    zd varchar[];
    zk varchar[];
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    -- One statement: the old facts out, the new facts in, their difference added to the sums.
    -- Rows are upserted in key order so that concurrent writers lock them in the same order.
    WITH old AS (
        DELETE FROM projects_figurefact WHERE project_id = ANY(ids) RETURNING {FACT_COLUMNS}
    ), new AS (
        INSERT INTO projects_figurefact ({FACT_COLUMNS})
        SELECT {FACT_COLUMNS} FROM projects_figurefact_source WHERE project_id = ANY(ids)
        RETURNING {FACT_COLUMNS}
    ), signed AS (
        SELECT -1 AS sign, * FROM old UNION ALL SELECT 1, * FROM new
    ), {_summed("signed")}, changed AS (
        INSERT INTO projects_figuresummary AS t ({SUMMARY_COLUMNS})
        SELECT {SUMMARY_COLUMNS} FROM summed
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
    -- A group no project is in any more disappears, as it does from the selectors' GROUP BY.
    IF zs IS NOT NULL THEN
        DELETE FROM projects_figuresummary t USING unnest(zs, zd, zk) AS z(slice, dim, key)
         WHERE t.slice = z.slice AND t.dim = z.dim AND t.key = z.key AND t.n = 0;
    END IF;
END;
$$ LANGUAGE plpgsql;
"""

REBUILD_FUNCTION = f"""
CREATE OR REPLACE FUNCTION coopdev_figures_rebuild() RETURNS void AS $$
BEGIN
    TRUNCATE projects_figurefact, projects_figuresummary;
    INSERT INTO projects_figurefact ({FACT_COLUMNS}) SELECT {FACT_COLUMNS} FROM projects_figurefact_source;
    WITH signed AS (SELECT 1 AS sign, * FROM projects_figurefact), {_summed("signed")}
    INSERT INTO projects_figuresummary ({SUMMARY_COLUMNS}) SELECT {SUMMARY_COLUMNS} FROM summed;
    ANALYZE projects_figurefact;
    ANALYZE projects_figuresummary;
END;
$$ LANGUAGE plpgsql;
"""

# Statement-level triggers with transition tables: a bulk write of 10,000 rows refreshes its
# projects in one pass. Updates of a project's own row refresh it only when a column the figures
# read changed (titles, descriptions and timestamps change far more often).
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

TOUCH_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION coopdev_figures_touch_project() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
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
    IF TG_OP = 'INSERT' THEN
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

CREATE OR REPLACE FUNCTION coopdev_figures_touch_reference() RETURNS trigger AS $$
BEGIN
    -- Countries moved between regions: rare (reference data), and every project may move.
    IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.code = n.code
                WHERE (o.ica_region_id, o.m49_continent_id, o.m49_subregion_id)
                      IS DISTINCT FROM (n.ica_region_id, n.m49_continent_id, n.m49_subregion_id)) THEN
        PERFORM coopdev_figures_rebuild();
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""

CHILD_TABLES = (
    "projects_projectcountry",
    "projects_projectregion",
    "projects_projectsector",
    "projects_project_sdg_goals",
    "projects_participatingorg",
)

# (trigger name, table, function) of every trigger, for ``harness`` and for ``drop``.
TRIGGERS = [
    ("projects_project", "coopdev_figures_touch_project"),
    *((table, "coopdev_figures_touch_child") for table in CHILD_TABLES),
]


def _triggers_sql() -> list[str]:
    statements = []
    for table, function in TRIGGERS:
        statements += [
            f"CREATE TRIGGER {table}_summary_ins AFTER INSERT ON {table} "
            f"REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
            f"CREATE TRIGGER {table}_summary_upd AFTER UPDATE ON {table} "
            f"REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
            f"CREATE TRIGGER {table}_summary_del AFTER DELETE ON {table} "
            f"REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
            f"CREATE TRIGGER {table}_summary_trunc AFTER TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
        ]
    statements.append(
        "CREATE TRIGGER reference_country_summary_upd AFTER UPDATE ON reference_country "
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
        "EXECUTE FUNCTION coopdev_figures_touch_reference()"
    )
    return statements


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    execute(
        "CREATE TABLE projects_figurefact (project_id bigint NOT NULL, dim varchar(10) NOT NULL, "
        "key varchar(60) NOT NULL, vt numeric NOT NULL, vm numeric NOT NULL, vt_n integer NOT NULL, "
        "vm_n integer NOT NULL, people bigint NOT NULL, women bigint NOT NULL, men bigint NOT NULL, "
        "reporting integer NOT NULL)"
    )
    execute("CREATE INDEX projects_figurefact_project ON projects_figurefact (project_id)")
    execute(
        "CREATE TABLE projects_figuresummary (slice varchar(80) NOT NULL, dim varchar(10) NOT NULL, "
        "key varchar(60) NOT NULL, n bigint NOT NULL, vt numeric NOT NULL, vm numeric NOT NULL, "
        "vt_n bigint NOT NULL, vm_n bigint NOT NULL, people bigint NOT NULL, women bigint NOT NULL, "
        "men bigint NOT NULL, reporting bigint NOT NULL, PRIMARY KEY (slice, dim, key))"
    )
    execute(FACT_VIEW)
    execute(REFRESH_FUNCTION)
    execute(REBUILD_FUNCTION)
    execute(TOUCH_FUNCTIONS)
    for statement in _triggers_sql():
        execute(statement)
    execute("SELECT coopdev_figures_rebuild()")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    for table, _function in TRIGGERS:
        for suffix in ("ins", "upd", "del", "trunc"):
            execute(f"DROP TRIGGER IF EXISTS {table}_summary_{suffix} ON {table}")
    execute("DROP TRIGGER IF EXISTS reference_country_summary_upd ON reference_country")
    for function in (
        "coopdev_figures_touch_project()",
        "coopdev_figures_touch_child()",
        "coopdev_figures_touch_reference()",
        "coopdev_figures_rebuild()",
        "coopdev_figures_refresh(bigint[])",
    ):
        execute(f"DROP FUNCTION IF EXISTS {function}")
    execute("DROP VIEW IF EXISTS projects_figurefact_source")
    execute("DROP TABLE IF EXISTS projects_figuresummary")
    execute("DROP TABLE IF EXISTS projects_figurefact")


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0003_project_search_text"),
        ("reference", "0001_initial"),
        ("organisations", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop)]
