"""The figure summary's refresh functions run without JIT compilation (PostgreSQL).

Their statements read one view of sixteen branches, so their cost estimates cross
``jit_above_cost`` as soon as a few thousand projects are refreshed, and LLVM then compiled
the plan before its first row: about 4 of the 13 seconds of a bulk refresh of 50,000 projects
(an import's), for a plan that runs once. The same holds, at smaller sizes, for the
per-statement refresh and the rebuild.
"""

from django.db import migrations

FUNCTIONS = (
    "coopdev_figures_refresh(bigint[])",
    "coopdev_figures_refresh_bulk(bigint[])",
    "coopdev_figures_rebuild()",
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for function in FUNCTIONS:
        schema_editor.execute(f"ALTER FUNCTION {function} SET jit = off")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for function in FUNCTIONS:
        schema_editor.execute(f"ALTER FUNCTION {function} RESET jit")


class Migration(migrations.Migration):
    dependencies = [("projects", "0008_figure_summary_deferred")]

    operations = [migrations.RunPython(create, drop)]
