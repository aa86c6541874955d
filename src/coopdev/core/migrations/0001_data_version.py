"""The ``figures`` data version and the triggers that change it on every write it depends on."""

from django.db import migrations, models

# Every table whose rows change a figure selector's answer (values, shares, names shown in rows).
FIGURE_TABLES = (
    "projects_project",
    "projects_projectcountry",
    "projects_projectregion",
    "projects_projectsector",
    "projects_project_sdg_goals",
    "projects_participatingorg",
    "organisations_organisation",
    "reference_country",
    "reference_region",
    "reference_sdggoal",
    "reference_sectorcategory",
)


def create_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    schema_editor.execute("INSERT INTO core_dataversion (scope, token) VALUES ('figures', 'initial')")
    if vendor == "postgresql":
        # One statement-level trigger per table: a bulk insert of 10,000 rows changes the token once.
        schema_editor.execute(
            """
            CREATE OR REPLACE FUNCTION coopdev_figures_changed() RETURNS trigger AS $$
            BEGIN
                UPDATE core_dataversion SET token = md5(random()::text || clock_timestamp()::text)
                WHERE scope = 'figures';
                RETURN NULL;
            END;
            $$ LANGUAGE plpgsql;
            """
        )
        for table in FIGURE_TABLES:
            schema_editor.execute(
                f"CREATE TRIGGER {table}_figures AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION coopdev_figures_changed()"
            )
    elif vendor == "sqlite":
        # SQLite has row-level triggers only; the update of one indexed row is cheap.
        for table in FIGURE_TABLES:
            for event in ("INSERT", "UPDATE", "DELETE"):
                schema_editor.execute(
                    f"CREATE TRIGGER {table}_figures_{event.lower()} AFTER {event} ON {table} "  # noqa: S608
                    "BEGIN UPDATE core_dataversion SET token = hex(randomblob(8)) "
                    "WHERE scope = 'figures'; END"
                )
    else:  # pragma: no cover - only the two supported databases
        raise NotImplementedError(f"no data-version triggers for {vendor}")


def drop_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in FIGURE_TABLES:
        if vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_figures ON {table}")
        else:
            for event in ("insert", "update", "delete"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_figures_{event}")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS coopdev_figures_changed()")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("projects", "0001_initial"),
        ("organisations", "0001_initial"),
        ("reference", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("scope", models.CharField(max_length=40, unique=True, verbose_name="scope")),
                ("token", models.CharField(max_length=40, verbose_name="token")),
            ],
            options={"verbose_name": "data version", "verbose_name_plural": "data versions"},
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
