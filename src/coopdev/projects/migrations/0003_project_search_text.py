# ruff: noqa: S608 - the SQL is built from constants of this file (column and language names), no input.
"""A search table of each project's identifier, titles and descriptions in every language,
lower-cased, kept by database triggers (see ``coopdev.projects.filters.text_search_q``).

The explore search had to read ten JSON values per project per query (titles and descriptions in
five languages); one text column per project is several times faster, and triggers keep it right
whatever writes the project (forms, imports' bulk writes, the admin, raw SQL).
"""

from django.db import migrations

LANGUAGES = ("en", "it", "tr", "es", "fr")


def _expression(vendor: str, row: str) -> str:
    if vendor == "postgresql":
        parts = [
            f"coalesce({row}.title->>'{c}', '') || ' ' || coalesce({row}.description->>'{c}', '')"
            for c in LANGUAGES
        ]
    else:
        parts = [
            f"coalesce(json_extract({row}.title, '$.{c}'), '') || ' ' || coalesce(json_extract({row}.description, '$.{c}'), '')"
            for c in LANGUAGES
        ]
    return f"lower({row}.iati_identifier || ' ' || " + " || ' ' || ".join(parts) + ")"


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    execute = schema_editor.execute
    if vendor == "postgresql":
        # No foreign key: Django's test flush truncates its own tables, and PostgreSQL refuses to
        # truncate a table another one references. Triggers remove the rows instead.
        execute("CREATE TABLE projects_projectsearch (project_id bigint PRIMARY KEY, text text NOT NULL)")
        execute(
            f"""
            CREATE OR REPLACE FUNCTION coopdev_project_search() RETURNS trigger AS $$
            BEGIN
                INSERT INTO projects_projectsearch (project_id, text) VALUES (NEW.id, {_expression(vendor, "NEW")})
                ON CONFLICT (project_id) DO UPDATE SET text = EXCLUDED.text;
                RETURN NULL;
            END;
            $$ LANGUAGE plpgsql;
            """
        )
        execute(
            "CREATE TRIGGER projects_project_search AFTER INSERT OR UPDATE OF iati_identifier, title, description "
            "ON projects_project FOR EACH ROW EXECUTE FUNCTION coopdev_project_search()"
        )
        execute(
            """
            CREATE OR REPLACE FUNCTION coopdev_project_search_delete() RETURNS trigger AS $$
            BEGIN
                IF TG_OP = 'TRUNCATE' THEN
                    TRUNCATE projects_projectsearch;
                ELSE
                    DELETE FROM projects_projectsearch WHERE project_id = OLD.id;
                END IF;
                RETURN NULL;
            END;
            $$ LANGUAGE plpgsql;
            """
        )
        execute(
            "CREATE TRIGGER projects_project_search_delete AFTER DELETE ON projects_project "
            "FOR EACH ROW EXECUTE FUNCTION coopdev_project_search_delete()"
        )
        execute(
            "CREATE TRIGGER projects_project_search_truncate AFTER TRUNCATE ON projects_project "
            "FOR EACH STATEMENT EXECUTE FUNCTION coopdev_project_search_delete()"
        )
    else:
        execute(
            "CREATE TABLE projects_projectsearch (project_id integer NOT NULL PRIMARY KEY, text text NOT NULL)"
        )
        for event in ("INSERT", "UPDATE OF iati_identifier, title, description"):
            name = "insert" if event == "INSERT" else "update"
            execute(
                f"CREATE TRIGGER projects_project_search_{name} AFTER {event} ON projects_project BEGIN "
                f"INSERT OR REPLACE INTO projects_projectsearch (project_id, text) VALUES (NEW.id, {_expression(vendor, 'NEW')}); END"
            )
        # SQLite has no TRUNCATE: Django's flush deletes, and this trigger follows.
        execute(
            "CREATE TRIGGER projects_project_search_delete AFTER DELETE ON projects_project BEGIN "
            "DELETE FROM projects_projectsearch WHERE project_id = OLD.id; END"
        )
    execute(
        f"INSERT INTO projects_projectsearch (project_id, text) SELECT p.id, {_expression(vendor, 'p')} "
        "FROM projects_project p"
    )


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        for name in (
            "projects_project_search",
            "projects_project_search_delete",
            "projects_project_search_truncate",
        ):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON projects_project")
        schema_editor.execute("DROP FUNCTION IF EXISTS coopdev_project_search()")
        schema_editor.execute("DROP FUNCTION IF EXISTS coopdev_project_search_delete()")
    else:
        for name in ("insert", "update", "delete"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS projects_project_search_{name}")
    schema_editor.execute("DROP TABLE IF EXISTS projects_projectsearch")


class Migration(migrations.Migration):
    dependencies = [("projects", "0002_projectrevision")]

    operations = [migrations.RunPython(create, drop)]
