"""Indexes that read the largest organisations of a slice in order (``summary.organisations``):
with thousands of organisations, sorting them all for the top ten was most of the figure's time."""

from django.db import migrations

ORDER = "(CASE WHEN {known} = 0 THEN NULL ELSE {value} END) DESC NULLS LAST"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for basis, value, known in (("total", "vt", "vt_n"), ("managed", "vm", "vm_n")):
        schema_editor.execute(
            f"CREATE INDEX projects_figuresummary_org_{basis} ON projects_figuresummary "
            f"(slice, {ORDER.format(known=known, value=value)}) WHERE dim = 'org'"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for basis in ("total", "managed"):
        schema_editor.execute(f"DROP INDEX IF EXISTS projects_figuresummary_org_{basis}")


class Migration(migrations.Migration):
    dependencies = [("projects", "0004_figure_summary")]

    operations = [migrations.RunPython(create, drop)]
